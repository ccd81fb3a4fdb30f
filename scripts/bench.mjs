#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --json] [-- --jobs N]`: generates a reproducible corpus (1, 10 and
 * 100 MB; --quick: 1 and 10 MB) in the system temp folder, then measures
 *   - start-up: `node -e 0`, `policy-extract --version` and a one-file run on the seed (median of 7);
 *   - the whole CLI (the bundle bin/ runs, a fresh process per run) at --jobs 1 and --jobs N: MB/s,
 *     files/s, peak RSS, and the speed-up of N jobs over one; the 100 MB corpus's plain text alone (peak
 *     memory) and one 10 MB Markdown file (peak memory) in full runs;
 *   - each pipeline stage in one thread (1 and 10 MB): time, MB/s, files/s, peak heap;
 *   - plain-text pipeline throughput against a floor (read + decode + one number+unit regex pass), and
 *     Markdown pipeline time against remark-parse's own parse, both on the same files in the same run.
 * Run `npm run build` first (the bench measures dist/).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusKey, ensureCorpus, loadSources } from "./bench/corpus.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const asJson = args.includes("--json");
const jobsAt = args.indexOf("--jobs");
const jobs = jobsAt >= 0 ? Number(args[jobsAt + 1]) : availableParallelism();
const MB = 1e6;
const say = (text) => void (asJson ? process.stderr : process.stdout).write(`${text}\n`);
const note = (text) => process.stderr.write(`${text}\n`);

const sizes = quick ? [1, 10] : [1, 10, 100];
const base = join(tmpdir(), `policy-extract-bench-${corpusKey(ROOT)}`);
const sources = loadSources(ROOT);
const corpora = sizes.map((size) => {
  note(`corpus ${size} MB …`);
  return { size, dir: join(base, `${size}mb`), ...ensureCorpus(join(base, `${size}mb`), size * MB, sources) };
});

const work = mkdtempSync(join(tmpdir(), "policy-extract-bench-out-"));

// Start-up, wall time of fresh processes (spawning costs the same in each row).
const BIN = join(ROOT, "bin/policy-extract.js");
const SEED = join(ROOT, "seeds", readdirSync(join(ROOT, "seeds")).filter((name) => name.endsWith(".txt")).sort()[0]);
function medianWallMs(args) {
  const times = [];
  for (let k = 0; k < 7; k++) {
    const started = performance.now();
    spawnSync(process.execPath, args, { stdio: "ignore" });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[3];
}
note("start-up …");
const startup = { nodeMs: medianWallMs(["-e", "0"]), versionMs: medianWallMs([BIN, "--version"]), seedMs: medianWallMs([BIN, SEED, "-q", "-o", join(work, "seed.json")]) };

function cli(label, dir, files, bytes, j) {
  note(`cli ${label} --jobs ${j} …`);
  const usage = join(work, "usage.json");
  rmSync(usage, { force: true });
  const child = spawnSync(process.execPath, [join(ROOT, "scripts/bench/cli.mjs"), dir, "-q", "--jobs", String(j), "-o", join(work, "out.json")], { env: { ...process.env, BENCH_USAGE: usage }, encoding: "utf8", maxBuffer: 1 << 26 });
  if (child.status !== 0 && child.status !== 1) return { corpus: label, jobs: j, failed: (child.stderr || `exit ${child.status}`).trim().split("\n").slice(-1)[0] };
  const u = existsSync(usage) ? JSON.parse(readFileSync(usage, "utf8")) : {};
  if (!u.finished) return { corpus: label, jobs: j, failed: (child.stderr || "the CLI did not finish").trim().split("\n").slice(-1)[0] };
  const s = u.wallMs / 1000;
  return { corpus: label, jobs: j, files, mb: bytes / MB, seconds: s, mbPerS: bytes / MB / s, filesPerS: files / s, maxRssMb: u.maxRSS / 1024 };
}
const cliRuns = [];
for (const corpus of corpora) {
  const label = `${corpus.size} MB`;
  if (corpus.size < 100) cliRuns.push(cli(label, corpus.dir, corpus.files, corpus.bytes, 1));
  if (jobs > 1 || corpus.size === 100) cliRuns.push(cli(label, corpus.dir, corpus.files, corpus.bytes, jobs));
  if (corpus.size === 100) for (const j of [1, jobs]) cliRuns.push(cli(`${label}, plain text`, join(corpus.dir, "text"), corpus.text.files, corpus.text.bytes, j));
}
if (!quick) {
  // one 10 MB Markdown file, from the corpus's Markdown texts
  const markdownFile = join(work, "big.md");
  const parts = [];
  let size = 0;
  for (let k = 0; size < 10 * MB; k = (k + 1) % sources.markdown.length) {
    parts.push(sources.markdown[k]);
    size += Buffer.byteLength(sources.markdown[k]) + 2;
  }
  writeFileSync(markdownFile, parts.join("\n\n"));
  cliRuns.push(cli("one 10 MB .md file", markdownFile, 1, size, 1));
}
const speedups = corpora
  .map((corpus) => ({ corpus: `${corpus.size} MB`, one: cliRuns.find((r) => r.corpus === `${corpus.size} MB` && r.jobs === 1), many: cliRuns.find((r) => r.corpus === `${corpus.size} MB` && r.jobs === jobs && jobs > 1) }))
  .filter(({ one, many }) => one && many && !one.failed && !many.failed)
  .map(({ corpus, one, many }) => ({ corpus, jobs, speedup: one.seconds / many.seconds }));

const stageRuns = corpora.filter((c) => c.size <= 10).map((corpus) => {
  note(`stages ${corpus.size} MB …`);
  const child = spawnSync(process.execPath, [join(ROOT, "scripts/bench/stages.mjs"), corpus.dir], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`stage run failed: ${child.stderr}`);
  return { corpus: `${corpus.size} MB`, ...JSON.parse(child.stdout) };
});
rmSync(work, { recursive: true, force: true });

const STAGES = ["read", "decode", "normalize", "blocks", "segment", "repair", "structure", "figures", "assemble", "render"];
const stageTables = stageRuns.map((run) => {
  const bytes = run.sizes.text.bytes + run.sizes.markdown.bytes;
  const files = run.sizes.text.files + run.sizes.markdown.files;
  const total = STAGES.reduce((sum, stage) => sum + run.time.text[stage] + run.time.markdown[stage], 0);
  const rows = STAGES.map((stage) => {
    const ms = run.time.text[stage] + run.time.markdown[stage];
    return { stage, ms, share: ms / total, mbPerS: bytes / MB / (ms / 1000), filesPerS: files / (ms / 1000), peakHeapMb: run.peakHeap[stage] / MB };
  });
  rows.push({ stage: "whole pipeline", ms: total, share: 1, mbPerS: bytes / MB / (total / 1000), filesPerS: files / (total / 1000), peakHeapMb: run.maxRssKb / 1024, rss: true });
  const textMs = STAGES.reduce((sum, stage) => sum + run.time.text[stage], 0);
  const markdownMs = STAGES.reduce((sum, stage) => sum + run.time.markdown[stage], 0);
  const textMbPerS = run.sizes.text.bytes / MB / (textMs / 1000);
  const firstPassTextMbPerS = run.sizes.text.bytes / MB / (STAGES.reduce((sum, stage) => sum + run.firstPass.text[stage], 0) / 1000);
  const floorMbPerS = run.sizes.text.bytes / MB / (run.floorMs / 1000);
  return {
    corpus: run.corpus,
    files,
    mb: bytes / MB,
    rows,
    text: { mbPerS: textMbPerS, firstPassMbPerS: firstPassTextMbPerS, floorMbPerS, multipleOfFloor: textMbPerS / floorMbPerS, floorTimesFaster: floorMbPerS / textMbPerS },
    markdown: { pipelineMs: markdownMs, remarkParseMs: run.remarkMs, timesRemark: markdownMs / run.remarkMs, blocksMs: run.time.markdown.blocks },
  };
});

const report = { node: process.version, cpus: availableParallelism(), jobs, quick, corpusDir: base, startup, cli: cliRuns, speedups, stages: stageTables };
if (asJson) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const f = (n, d = 1) => (n >= 100 ? n.toFixed(0) : n.toFixed(d));
  const table = (head, rows) => {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
    const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(" | ")} |`;
    return [line(head), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...rows.map(line)].join("\n");
  };
  say(`policy-extract bench: node ${process.version}, ${report.cpus} CPUs, corpus in ${base}\n`);
  say(`Start-up (median of 7 fresh processes): node -e 0 ${f(startup.nodeMs, 0)} ms; --version ${f(startup.versionMs, 0)} ms; one-file run on the seed ${f(startup.seedMs, 0)} ms\n`);
  say("Whole CLI (fresh process, JSON to a file)");
  say(table(["corpus", "jobs", "files", "MB", "s", "MB/s", "files/s", "peak RSS MB"], cliRuns.map((r) => (r.failed ? [r.corpus, r.jobs, "", "", "", "", "", `FAILED: ${r.failed}`] : [r.corpus, r.jobs, r.files, f(r.mb), f(r.seconds, 2), f(r.mbPerS, 2), f(r.filesPerS), f(r.maxRssMb, 0)]))));
  for (const s of speedups) say(`--jobs ${s.jobs} over --jobs 1, ${s.corpus}: ${s.speedup.toFixed(2)}x`);
  for (const t of stageTables) {
    say(`\nStages, one thread: ${t.corpus} corpus (${t.files} files, ${f(t.mb)} MB)`);
    say(table(["stage", "ms", "share", "MB/s", "files/s", "peak heap MB"], t.rows.map((r) => [r.stage, f(r.ms, 1), `${(r.share * 100).toFixed(1)}%`, f(r.mbPerS, 2), f(r.filesPerS), r.rss ? `${f(r.peakHeapMb, 0)} (RSS)` : f(r.peakHeapMb, 0)])));
    say(`plain text: ${f(t.text.mbPerS, 2)} MB/s warm (first pass ${f(t.text.firstPassMbPerS, 2)} MB/s); the floor (read + decode + one number+unit regex: ${f(t.text.floorMbPerS, 1)} MB/s) is ${f(t.text.floorTimesFaster, 1)}x faster (goal: within 6x)`);
    say(`Markdown: pipeline ${f(t.markdown.pipelineMs)} ms = ${t.markdown.timesRemark.toFixed(2)}x remark-parse's own parse (${f(t.markdown.remarkParseMs)} ms; blocks stage ${f(t.markdown.blocksMs)} ms)`);
  }
}
