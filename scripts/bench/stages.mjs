/**
 * Times each pipeline stage over a corpus, in one thread: `node scripts/bench/stages.mjs <dir>` prints JSON.
 * The loop mirrors extract()/extractBytes() in src/pipeline.ts stage by stage (keep the two in step); a
 * check at the start compares its output with extractBytes() on a sample, so drift shows as a warning.
 * Also times the floor (read + decode + one number+unit regex pass) and remark-parse alone.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const dist = new URL("../../dist/", import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const [{ Findings }, { DocumentSchema }, { assembleDocument, toDiagnostic }, { toBlocks }, { decode }, { extractFigures, extractTableFigures }, { normalize }, { repair }, { segment }, { structure }, { SourceMap }, { buildDataset, serialize }, { extractBytes }] =
  await Promise.all(["diagnostics/report.js", "schema.js", "stages/assemble.js", "stages/blocks.js", "stages/decode.js", "stages/figures.js", "stages/normalize.js", "stages/repair.js", "stages/segment.js", "stages/structure.js", "text/source-map.js", "emit.js", "pipeline.js"].map(load));

export const STAGES = ["read", "decode", "normalize", "blocks", "segment", "repair", "structure", "figures", "assemble/validate", "serialize"];

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

/** One file through the stages; adds each stage's time to `time[format][stage]`. */
function extractTimed(full, path, time, peak) {
  const format = /\.md$/.test(path) ? "markdown" : "text";
  const t = time[format];
  let at = performance.now();
  const lap = (stage) => {
    const now = performance.now();
    t[stage] += now - at;
    const heap = process.memoryUsage().heapUsed;
    if (heap > peak[stage]) peak[stage] = heap;
    at = performance.now();
  };
  const bytes = readFileSync(full);
  lap("read");
  const { decoded, findings: decodeFindings } = decode(bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const notes = decodeFindings.map((finding) => toDiagnostic(finding, path, null));
  lap("decode");
  if (!decoded) return { documents: [], diagnostics: notes };
  const text = decoded.text;
  const source = { path, sha256, encoding: decoded.encoding, format };
  const findings = new Findings();
  const normalized = normalize(text);
  const map = new SourceMap(text, normalized.toSource);
  lap("normalize");
  if (normalized.text.trim().length === 0) return { documents: [], diagnostics: [...notes, { severity: "warning", code: "file-empty", message: "The file holds no text, so it gives no document.", path, span: null }] };
  const blocks = toBlocks(normalized.text, format);
  lap("blocks");
  const segments = segment(blocks, findings);
  lap("segment");
  const drafts = repair(segments, findings);
  lap("repair");
  const stem = (path.split("/").pop() ?? path).replace(/\.[^.]+$/, "");
  const owners = findings.list.map((finding) => ownerOf(finding, drafts));
  lap("assemble/validate");
  const documents = drafts.map((draft, index) => {
    const docFindings = new Findings();
    const shape = structure(draft, docFindings);
    lap("structure");
    const targets = figuresOf(draft, shape, false, docFindings);
    lap("figures");
    const own = [...findings.list.filter((_, k) => owners[k] === index), ...docFindings.list];
    const document = DocumentSchema.parse(assembleDocument({ id: `${stem}#${index + 1}`, source, draft, structure: shape, targets, findings: sortFindings(own) }, map));
    document.diagnostics.unshift(...notes);
    lap("assemble/validate");
    return document;
  });
  const loose = findings.list.filter((_, k) => owners[k] === null).map((finding) => toDiagnostic(finding, path, map));
  lap("assemble/validate");
  return { documents, diagnostics: documents.length > 0 ? loose : [...notes, ...loose] };
}

// ---- copied from src/pipeline.ts (not exported there) ----
function figuresOf(draft, shape, explain, findings) {
  const options = { defaultKind: draft.genre === "policy" ? "goal" : "status", explain };
  const headingParas = new Set(shape.sections.filter((s) => !s.implicit).map((s) => s.title));
  const out = [];
  draft.paras.forEach((para, index) => {
    if (headingParas.has(para.passage) || shape.sections.some((s) => s.subtitle === para.passage)) return;
    const found = para.block.kind === "table" ? extractTableFigures(para.block.rows, options) : extractFigures(para.passage, options, findings);
    for (const target of found) {
      const measure = shape.measures.findLast((m) => m.para <= index && m.whole.toRanges(0, m.whole.length).some((r) => r.start <= target.range.start && target.range.start < r.end));
      out.push({ ...target, sectionKey: measure?.sectionKey ?? shape.paraSection[index] ?? null, measureKey: measure?.key ?? null });
    }
  });
  return out;
}
function ownerOf(finding, drafts) {
  const at = finding.range?.start;
  if (at === undefined) return null;
  let nearest = null;
  let nearestStart = -1;
  for (let index = 0; index < drafts.length; index++) {
    const draft = drafts[index];
    const passages = draft.title ? [draft.title, ...draft.paras.map((p) => p.passage)] : draft.paras.map((p) => p.passage);
    for (const passage of passages) {
      for (const range of passage.toRanges(0, passage.length)) {
        if (range.start <= at && at < range.end) return index;
        if (range.start <= at && range.start > nearestStart) {
          nearest = index;
          nearestStart = range.start;
        }
      }
    }
  }
  return nearest;
}
function sortFindings(findings) {
  return [...findings].sort((a, b) => (a.range?.start ?? -1) - (b.range?.start ?? -1) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
// ---- end of copy ----

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
  const sample = list.filter((_, i) => i % 25 === 0).slice(0, 12);
  const drift = sample.filter((full) => JSON.stringify(extractTimed(full, rel(full), { text: zero(), markdown: zero() }, zero())) !== JSON.stringify(extractBytes(readFileSync(full), { path: rel(full) }))).map(rel);

  const results = { text: [], markdown: [] };
  for (const full of list) results[/\.md$/.test(full) ? "markdown" : "text"].push(extractTimed(full, rel(full), time, peak));
  for (const format of ["text", "markdown"]) {
    let at = performance.now();
    const dataset = buildDataset(results[format]);
    time[format]["assemble/validate"] += performance.now() - at;
    peak["assemble/validate"] = Math.max(peak["assemble/validate"], process.memoryUsage().heapUsed);
    at = performance.now();
    const json = serialize(dataset, "json");
    time[format].serialize += performance.now() - at;
    peak.serialize = Math.max(peak.serialize, process.memoryUsage().heapUsed, json.length > 0 ? 0 : 0); // json is still alive here
  }
  results.text = results.markdown = null;

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

  return { dir, sizes, time, peakHeap: peak, floorMs: floor, floorHits: hits, remarkMs: remark, maxRssKb: process.resourceUsage().maxRSS, drift };
}

if (process.argv[2]) process.stdout.write(JSON.stringify(run(process.argv[2])));
