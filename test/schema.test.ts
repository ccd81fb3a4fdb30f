import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CODES } from "../src/diagnostics/codes.js";
import { buildDataset } from "../src/emit.js";
import { extractBytes } from "../src/pipeline.js";
import { datasetJsonSchema } from "../src/schema.js";
import { ROOT, runCli } from "./helpers.js";

describe("the JSON Schema", () => {
  it("checked in at schemas/dataset.schema.json is what the Zod schemas generate (run `npm run schema` when this fails)", () => {
    const checkedIn = readFileSync(join(ROOT, "schemas/dataset.schema.json"), "utf8");
    expect(checkedIn).toBe(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  });

  it("is what `policy-extract schema` prints", async () => {
    const result = await runCli(["schema"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(datasetJsonSchema());
  });

  it("keeps the contract's field names", () => {
    const schema = datasetJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(["schemaVersion", "generator", "documents", "diagnostics"]);
  });
});

describe("the diagnostic catalogue", () => {
  it("lists every code the fixtures and the seed emit", () => {
    const inputs = ["seeds/000_7ff1af6d190f772b.txt", "fixtures/corpus/10-newspaper-page/input.txt", "fixtures/corpus/13-gbk-encoded/input.txt"];
    const dataset = buildDataset(inputs.map((path) => extractBytes(readFileSync(join(ROOT, path)), { path, explain: true })));
    const codes = [...dataset.diagnostics, ...dataset.documents.flatMap((d) => d.diagnostics)].map((d) => d.code);
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(Object.keys(CODES)).toContain(code);
  });
});

describe("output validation", () => {
  it("refuses an output that fails its schema, naming the item, its document and file, so nothing damaged is written", async () => {
    const { extract } = await import("../src/pipeline.js");
    const { InvalidOutputError } = await import("../src/emit.js");
    const { documents } = extract("壬市行动方案\n\n到2027年,全市新能源汽车保有量超过50万辆。\n", { path: "plan.txt" });
    documents[0]!.targets[0]!.value = Number.NaN;
    expect(() => buildDataset([{ documents, diagnostics: [] }])).toThrow(InvalidOutputError);
    expect(() => buildDataset([{ documents, diagnostics: [] }])).toThrow(/documents\[0\]\.targets\[0\]\.value \(document plan#1 from plan\.txt\)/);
  });
});

describe("the streamed dataset (the CLI's JSON and JSONL output)", () => {
  // in path order, as the CLI hands files to the stream
  const inputs = ["fixtures/corpus/01-implementation-plan-levels/input.txt", "fixtures/corpus/13-gbk-encoded/input.txt", "seeds/000_7ff1af6d190f772b.txt"];
  const unreadable = { documents: [], diagnostics: [{ severity: "error" as const, code: "file-unreadable", message: "Cannot read gone.txt: no such file or folder; check the path.", path: "gone.txt", span: null }] };

  it.each(["json", "jsonl"] as const)("concatenates, piece by piece, to the bytes of the whole dataset serialized (%s)", async (format) => {
    const { DatasetStream, renderFile, serialize } = await import("../src/emit.js");
    for (const files of [[], inputs.slice(0, 1), inputs]) {
      const results = [...files.map((path) => extractBytes(readFileSync(join(ROOT, path)), { path })), unreadable];
      let streamed = "";
      const utf8 = new TextDecoder();
      const stream = new DatasetStream(format, (chunks) => chunks.forEach((chunk) => (streamed += typeof chunk === "string" ? chunk : utf8.decode(chunk))));
      for (const result of results) stream.add(renderFile(result.documents, format));
      stream.end(results.flatMap((result) => result.diagnostics));
      // compared as booleans first: a mismatch in 40 KB of JSON would print it all
      expect(streamed === serialize(buildDataset(results), format)).toBe(true);
    }
  });

  it("checks each document before rendering it, and names the one that fails", async () => {
    const { extract } = await import("../src/pipeline.js");
    const { InvalidOutputError, renderFile } = await import("../src/emit.js");
    const { documents } = extract("壬市行动方案\n\n到2027年,全市新能源汽车保有量超过50万辆。\n", { path: "plan.txt" });
    documents[0]!.targets[0]!.unit = "";
    expect(() => renderFile(documents, "json")).toThrow(InvalidOutputError);
    expect(() => renderFile(documents, "jsonl")).toThrow(/targets\[0\]\.unit \(document plan#1 from plan\.txt\)/);
  });
});
