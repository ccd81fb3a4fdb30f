import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset, serialize } from "../src/emit.js";
import { extractBytes } from "../src/pipeline.js";
import { ROOT } from "./helpers.js";

// the corpus, and the cases kept apart because they show gaps the tool still has (see test/acceptance.test.ts)
const dirs = ["fixtures/corpus", "fixtures/known-gaps/corpus"];
const cases = dirs.flatMap((dir) => readdirSync(join(ROOT, dir)).filter((name) => existsSync(join(ROOT, dir, name, "expected.json"))).sort().map((name) => ({ dir, name })));

describe("fixture corpus: re-extraction gives the expected dataset, byte for byte", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(12));
  for (const { dir, name } of cases) {
    const corpus = join(ROOT, dir);
    it(`${name}: ${readFileSync(join(corpus, name, "ABOUT"), "utf8").trim()}`, () => {
      const input = existsSync(join(corpus, name, "input.md")) ? "input.md" : "input.txt";
      const path = `${dir}/${name}/${input}`;
      const dataset = buildDataset([extractBytes(readFileSync(join(ROOT, path)), { path })]);
      expect(serialize(dataset, "json")).toBe(readFileSync(join(corpus, name, "expected.json"), "utf8"));
    });
  }
});
