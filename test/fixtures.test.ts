import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset, serialize } from "../src/emit.js";
import { extractBytes } from "../src/pipeline.js";
import { ROOT } from "./helpers.js";

const corpus = join(ROOT, "fixtures/corpus");
const cases = readdirSync(corpus).filter((name) => existsSync(join(corpus, name, "expected.json"))).sort();

describe("fixture corpus: re-extraction gives the expected dataset, byte for byte", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(12));
  for (const name of cases) {
    it(`${name}: ${readFileSync(join(corpus, name, "ABOUT"), "utf8").trim()}`, () => {
      const input = existsSync(join(corpus, name, "input.md")) ? "input.md" : "input.txt";
      const path = `fixtures/corpus/${name}/${input}`;
      const dataset = buildDataset([extractBytes(readFileSync(join(ROOT, path)), { path })]);
      expect(serialize(dataset, "json")).toBe(readFileSync(join(corpus, name, "expected.json"), "utf8"));
    });
  }
});
