import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SEED, tempDir } from "./helpers.js";
import { csvField } from "../src/tables/csv.js";
import type { Dataset } from "../src/schema.js";

/** RFC 4180: fields split by commas, records by CRLF, quoted fields may hold both and "" for a quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === "") {
      const end = (function scan(k: number): number {
        for (;;) {
          const q = text.indexOf('"', k);
          if (q < 0) throw new Error("unterminated quoted field");
          if (text[q + 1] === '"') k = q + 2;
          else return q;
        }
      })(i + 1);
      field = text.slice(i + 1, end).replace(/""/g, '"');
      i = end + 1;
      if (text[i] !== "," && text[i] !== "\r") throw new Error(`stray text after a quoted field at ${i}`);
    } else if (c === ",") {
      record.push(field);
      field = "";
      i += 1;
    } else if (c === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (c === "\n" || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== "" || record.length > 0) throw new Error("last record has no CRLF");
  return records;
}

const cell = (value: unknown) => (value === null ? "" : Array.isArray(value) ? JSON.stringify(value) : String(value));
const span = (s: { start: number; end: number; line: number; column: number }) => [s.start, s.end, s.line, s.column];

/** The rows each table must hold, written out field by field from the dataset. */
function expectedRows(dataset: Dataset): Record<string, unknown[][]> {
  const docs = dataset.documents;
  return {
    "documents.csv": docs.map((d) => [d.id, d.source.path, d.source.sha256, d.source.encoding, d.source.format, d.title, d.byline, d.continuedFrom, d.captions, d.policies]),
    "sections.csv": docs.flatMap((d) => d.sections.map((s) => [d.id, s.id, s.parentId, s.level, s.title, s.subtitle, s.implicit, ...span(s.span)])),
    "measures.csv": docs.flatMap((d) => d.measures.map((m) => [d.id, m.id, m.sectionId, m.series, m.marker, m.ordinal, m.text, ...span(m.span), m.parts, m.parentId])),
    "targets.csv": docs.flatMap((d) =>
      d.targets.map((t) => [d.id, t.id, t.sectionId, t.measureId, t.kind, t.indicator, t.value, t.to, t.from, t.unit, t.base?.value ?? null, t.base?.unit ?? null, t.comparator, t.year, t.period, t.hedged, t.binding, t.quote, ...span(t.span)]),
    ),
  };
}

const HEADERS: Record<string, string> = {
  "documents.csv": "document_id,source_path,source_sha256,source_encoding,source_format,title,byline,continued_from,captions,policies",
  "sections.csv": "document_id,id,parent_id,level,title,subtitle,implicit,span_start,span_end,span_line,span_column",
  "measures.csv": "document_id,id,section_id,series,marker,ordinal,text,span_start,span_end,span_line,span_column,parts,parent_id",
  "targets.csv": "document_id,id,section_id,measure_id,kind,indicator,value,to,from,unit,base_value,base_unit,comparator,year,period,hedged,binding,quote,span_start,span_end,span_line,span_column",
};

describe("--format csv", () => {
  it("writes four tables that read back (RFC 4180) to the dataset's rows", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "seed.txt"), readFileSync(SEED));
    // a quote, a comma and a line break in one document, so quoting is exercised
    writeFileSync(join(dir, "quoted.txt"), '甲市"数字"方案,试行\n\n一、主要目标\n\n到2027年,全市企业超过1.2万家。\n');
    const csv = await runCli([".", "--format", "csv", "--out", "tables", "--quiet"], { cwd: dir });
    const json = await runCli([".", "--quiet"], { cwd: dir });
    expect([csv.code, csv.stdout, csv.stderr]).toEqual([0, "", ""]);
    expect(readdirSync(join(dir, "tables")).sort()).toEqual(["documents.csv", "measures.csv", "sections.csv", "targets.csv"]);
    const expected = expectedRows(JSON.parse(json.stdout) as Dataset);
    for (const [name, rows] of Object.entries(expected)) {
      const text = readFileSync(join(dir, "tables", name), "utf8");
      expect(text.startsWith("\uFEFF")).toBe(true);
      const [header, ...records] = parseCsv(text.slice(1));
      expect(header!.join(",")).toBe(HEADERS[name]);
      expect(records).toEqual(rows.map((row) => row.map(cell)));
    }
    const targets = parseCsv(readFileSync(join(dir, "tables", "targets.csv"), "utf8").slice(1));
    expect(targets.find((row) => row[0] === "quoted#1")?.slice(9, 12)).toEqual(["万家", "12000", "家"]);
    expect(readFileSync(join(dir, "tables", "documents.csv"), "utf8")).toContain('"甲市""数字""方案,试行"');
  });

  it("quotes only the fields that need it", () => {
    expect([csvField("a"), csvField("a,b"), csvField('say "hi"'), csvField("two\nlines"), csvField(null), csvField(false), csvField([1, "x"])]).toEqual([
      "a",
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      "",
      "false",
      '"[1,""x""]"',
    ]);
  });

  it("replaces the tables in an existing folder and leaves no temp files; needs --out and a folder", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "seed.txt"), readFileSync(SEED));
    mkdirSync(join(dir, "tables"));
    writeFileSync(join(dir, "tables", "README"), "keep me");
    writeFileSync(join(dir, "tables", "targets.csv"), "stale");
    expect((await runCli(["seed.txt", "-f", "csv", "-o", "tables", "-q"], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, "tables")).sort()).toEqual(["README", "documents.csv", "measures.csv", "sections.csv", "targets.csv"]);
    expect(readFileSync(join(dir, "tables", "targets.csv"), "utf8")).toMatch(/^\uFEFFdocument_id,id,/);
    expect(readdirSync(dir).sort()).toEqual(["seed.txt", "tables"]);

    const noOut = await runCli(["seed.txt", "-f", "csv"], { cwd: dir });
    expect([noOut.code, noOut.stdout, noOut.stderr]).toEqual([2, "", "policy-extract: --format csv writes four files (documents, sections, measures, targets); name a folder with --out DIR\n"]);
    const onFile = await runCli(["seed.txt", "-f", "csv", "-o", "seed.txt"], { cwd: dir });
    expect([onFile.code, onFile.stderr]).toEqual([2, "policy-extract: --out seed.txt is a file; --format csv writes four files into a folder\n"]);
    expect(existsSync(join(dir, "seed.txt"))).toBe(true);
  });
});
