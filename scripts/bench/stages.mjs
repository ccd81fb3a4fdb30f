/**
 * Times each pipeline stage over a corpus, in one thread: `node scripts/bench/stages.mjs <dir>` prints JSON.
 * The stages are timed inside the real extractBytes() through its onStage hook, so the figures are those
 * of the code the CLI runs; "render" is the CLI's per-file schema check and JSON rendering (renderFile).
 * Also times the floor (read + decode + one number+unit regex pass) and remark-parse alone. All after a
 * warm-up pass over the same files: these are the figures of a long run (the CLI rows of the bench are
 * cold); the warm-up pass's own times are returned too (firstPass).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";

const dist = new URL("../../dist/", import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const [{ decode }, { renderFile }, { extractBytes }] = await Promise.all(["stages/decode.js", "emit.js", "pipeline.js"].map(load));

export const STAGES = ["read", "decode", "normalize", "blocks", "segment", "repair", "structure", "figures", "assemble", "render"];

function files(dir) {
  const out = [];
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop();
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) stack.push(full);
      else if (/\.(txt|md)$/.test(name)) out.push(full);
    }
  }
  return out.sort();
}

/** One file through the pipeline and the renderer; adds each stage's time to `time[format][stage]`. */
function extractTimed(full, path, time, peak) {
  const t = time[/\.md$/.test(path) ? "markdown" : "text"];
  let at = performance.now();
  const lap = (stage) => {
    const now = performance.now();
    t[stage] += now - at;
    const heap = getHeapStatistics().used_heap_size; // process.memoryUsage() reads /proc: too slow per stage
    if (heap > peak[stage]) peak[stage] = heap;
    at = performance.now();
  };
  const bytes = readFileSync(full);
  lap("read");
  const result = extractBytes(bytes, { path, onStage: lap });
  at = performance.now();
  const rendered = renderFile(result.documents, "json");
  lap("render");
  return rendered.length;
}

const NUMBER_UNIT = /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:%|％|个百分点|[万亿千]?(?:元|人|家|个|项|吨|辆|户|所|座|公里|平方米|千瓦))/gu;

export function run(dir) {
  const list = files(dir);
  const rel = (full) => full.slice(dir.length + 1);
  const sizes = { text: { files: 0, bytes: 0 }, markdown: { files: 0, bytes: 0 } };
  for (const full of list) {
    const s = sizes[/\.md$/.test(full) ? "markdown" : "text"];
    s.files++;
    s.bytes += statSync(full).size;
  }
  const zero = () => Object.fromEntries(STAGES.map((stage) => [stage, 0]));
  const time = { text: zero(), markdown: zero() };
  const peak = zero(); // highest heapUsed seen at the end of each stage
  // Warm up first (JIT, regex compilation) with one whole pass, timed apart: the code a long run spends
  // its time in is optimized for the variety of the corpus, which a sample of files does not show
  // (after a sample of 60 files the timed pass still ran at half its steady speed). remark-parse, timed
  // after the pipeline, gets the same warm-up, so warm code compares with warm code.
  const firstPass = { text: zero(), markdown: zero() };
  for (const full of list) extractTimed(full, rel(full), firstPass, zero());
  for (const full of list) extractTimed(full, rel(full), time, peak);

  // The floor: read + decode + one number+unit regex pass, over the plain-text files.
  let floor = performance.now();
  let hits = 0;
  for (const full of list) {
    if (/\.md$/.test(full)) continue;
    const { decoded } = decode(readFileSync(full));
    if (decoded) for (const _ of decoded.text.matchAll(NUMBER_UNIT)) hits++;
  }
  floor = performance.now() - floor;

  // remark-parse's own parse, on the same Markdown files (read and decoded as the pipeline does).
  const require = createRequire(new URL("../../package.json", import.meta.url));
  const { unified } = require("unified");
  const processor = unified().use(require("remark-parse").default);
  const texts = list.filter((full) => /\.md$/.test(full)).map((full) => decode(readFileSync(full)).decoded?.text ?? "");
  let remark = performance.now();
  for (const text of texts) processor.parse(text);
  remark = performance.now() - remark;

  return { dir, sizes, time, firstPass, peakHeap: peak, floorMs: floor, floorHits: hits, remarkMs: remark, maxRssKb: process.resourceUsage().maxRSS };
}

if (process.argv[2]) process.stdout.write(JSON.stringify(run(process.argv[2])));
