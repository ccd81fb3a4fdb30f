#!/usr/bin/env node
// Regenerates the expected datasets (run after `npm run build`, then review the diff before committing):
// fixtures/seed/expected.json for seeds/, and fixtures/corpus/<case>/expected.json for each case.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset, serialize } from "../dist/emit.js";
import { extractBytes } from "../dist/pipeline.js";

const root = new URL("..", import.meta.url).pathname;

/** The expected dataset of inputs cited by their paths relative to the project root. */
function write(target, inputs) {
  const dataset = buildDataset(inputs.map((path) => extractBytes(readFileSync(join(root, path)), { path })));
  mkdirSync(join(root, target, ".."), { recursive: true });
  writeFileSync(join(root, target), serialize(dataset, "json"));
  console.log(`wrote ${target}`);
}

const seeds = readdirSync(join(root, "seeds")).filter((f) => /\.(txt|md|markdown)$/.test(f)).sort();
write("fixtures/seed/expected.json", seeds.map((f) => `seeds/${f}`));

// the corpus, and the cases that show gaps the tool still has (scored apart, see test/acceptance.test.ts)
for (const dir of ["fixtures/corpus", "fixtures/known-gaps/corpus"]) {
  const corpus = join(root, dir);
  for (const name of existsSync(corpus) ? readdirSync(corpus).sort() : []) {
    const input = ["input.txt", "input.md"].find((file) => existsSync(join(corpus, name, file)));
    if (input) write(`${dir}/${name}/expected.json`, [`${dir}/${name}/${input}`]);
  }
}
