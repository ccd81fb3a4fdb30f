/**
 * Bad input through the real command line: each case gets one clear line naming the file and saying
 * what to do, the exit code of EXIT, no stack trace, and the other files' results intact. Cases that
 * need a real process (a closed pipe, Ctrl-C, a hard time limit) run bin/policy-extract.js.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { EXIT } from "../src/cli/run.js";
import { ROOT, runCli, SEED, tempDir } from "./helpers.js";

// A file that holds this word makes the segment stage throw: how an internal error is reported.
vi.mock("../src/stages/segment.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/stages/segment.js")>();
  return {
    ...real,
    segment: (...args: Parameters<typeof real.segment>) => {
      if (args[0].some((block) => block.passage.text.includes("TRIGGER-A-BUG"))) throw new Error("segment: cannot read property 'x' of undefined");
      return real.segment(...args);
    },
  };
});

const BIN = join(ROOT, "bin/policy-extract.js");
const BAD = join(ROOT, "fixtures/bad");
const GOOD = "壬市行动方案\n\n一、主要目标\n\n到2027年,全市新能源汽车保有量超过50万辆。\n";
const NO_STACK = /\n\s+at |Error:|node:internal/;

/** The real command in a child process, killed after `limitMs`; resolves with what it did. */
function runBin(args: string[], options: { cwd?: string; limitMs?: number; input?: string } = {}): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; ms: number; killed: boolean }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn("node", [BIN, ...args], { cwd: options.cwd ?? ROOT });
    let stdout = "";
    let stderr = "";
    let killed = false;
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, options.limitMs ?? 60_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, killed });
    });
    child.stdin.end(options.input ?? "");
  });
}

describe("bad bytes: skipped with an error naming the file; the rest goes on; exit 1", () => {
  it("refuses the PNG, PDF, .docx, NUL and invalid-byte fixtures, decodes GBK and Big5, and warns on empty files", async () => {
    const dir = tempDir();
    cpSync(BAD, join(dir, "bad"), { recursive: true });
    writeFileSync(join(dir, "bad", "good.txt"), GOOD);
    const result = await runCli(["bad", "--out", "out.json"], { cwd: dir });
    expect(result.code).toBe(EXIT.inputErrors);
    const errors = result.stderr.split("\n").filter((line) => line.startsWith("error "));
    expect(errors).toEqual([
      expect.stringMatching(/^error bad\/image\.png\.txt: This is a PNG image, not text; convert it to \.txt or \.md first/),
      expect.stringMatching(/^error bad\/invalid\.txt: The bytes are neither UTF-8 nor valid .*; convert the file to UTF-8 or pass --encoding\.$/),
      expect.stringMatching(/^error bad\/nul\.txt: This is a binary file \(it holds NUL bytes\), not text/),
      expect.stringMatching(/^error bad\/report\.docx\.txt: This is a \.docx\/\.xlsx or zip archive, not text/),
      expect.stringMatching(/^error bad\/scan\.pdf\.txt: This is a PDF, not text; .*pdftotext/),
    ]);
    expect(result.stderr).not.toMatch(NO_STACK);
    const dataset = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
    const docs = dataset.documents.map((d: { source: { path: string; encoding: string }; title: string }) => [d.source.path, d.source.encoding, d.title]);
    expect(docs).toEqual([
      ["bad/big5-plan.txt", "big5", "臺北市推動人工智慧行動方案"],
      ["bad/big5-short.txt", "big5", "國務院"],
      ["bad/gbk-plan.txt", "gb18030", "重庆市推动人工智能行动方案"],
      ["bad/gbk-short.txt", "gb18030", "一是"],
      ["bad/good.txt", "utf-8", "壬市行动方案"],
    ]);
    const gbk = dataset.documents[2];
    expect(gbk.diagnostics).toEqual([expect.objectContaining({ severity: "info", code: "encoding-guessed", path: "bad/gbk-plan.txt" })]);
    expect(gbk.targets.map((t: { value: number; unit: string; quote: string }) => [t.value, t.unit, t.quote])).toEqual([[70, "%", "超过70%"]]);
    const warnings = dataset.diagnostics.filter((d: { severity: string }) => d.severity === "warning");
    expect(warnings.map((d: { code: string; path: string }) => [d.code, d.path])).toEqual([
      ["file-empty", "bad/blank.txt"],
      ["file-empty", "bad/empty.txt"],
    ]);
  });

  it("an empty or whitespace-only input alone: no document, a warning, exit 0", async () => {
    for (const stdin of ["", " \r\n\t\n　\n"]) {
      const result = await runCli(["-"], { stdin });
      expect(result.code).toBe(EXIT.ok);
      const dataset = JSON.parse(result.stdout);
      expect(dataset.documents).toEqual([]);
      expect(dataset.diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "file-empty", path: "stdin" })]);
    }
  });

  it("--encoding forces one: a wrong one is an error naming the file, an unknown one names the choices", async () => {
    const forced = await runCli([join(BAD, "big5-plan.txt"), "--encoding", "big5"]);
    expect(forced.code).toBe(EXIT.ok);
    expect(JSON.parse(forced.stdout).documents[0].diagnostics).toEqual([]);
    const wrong = await runCli(["fixtures/bad/gbk-plan.txt", "--encoding", "utf-8"], { cwd: ROOT });
    expect(wrong.code).toBe(EXIT.inputErrors);
    expect(wrong.stderr).toMatch(/^error fixtures\/bad\/gbk-plan\.txt: The bytes are not valid utf-8; check --encoding; convert the file/m);
    const unknown = await runCli(["fixtures/bad/gbk-plan.txt", "--encoding", "latin9"], { cwd: ROOT });
    expect(unknown.stderr).toMatch(/--encoding latin9 is not supported; use utf-8, utf-16le, utf-16be, gb18030, gbk or big5/);
  });
});

describe("paths: one clear line each, no stack trace", () => {
  it("a missing path, a symlink loop given by name, a dangling link in a folder: exit 1, the rest written", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "good.txt"), GOOD);
    symlinkSync("loop-b", join(dir, "loop-a.txt"));
    symlinkSync("loop-a.txt", join(dir, "loop-b"));
    mkdirSync(join(dir, "folder"));
    symlinkSync("../nowhere.txt", join(dir, "folder", "dangling.txt"));
    symlinkSync(".", join(dir, "folder", "self"));
    const result = await runCli(["good.txt", "missing.txt", "loop-a.txt", "folder"], { cwd: dir });
    expect(result.code).toBe(EXIT.inputErrors);
    const errors = result.stderr.split("\n").filter((line) => line.startsWith("error "));
    expect(errors).toEqual([
      "error folder/dangling.txt: Cannot read folder/dangling.txt: no such file or folder; check the link or permissions.",
      "error loop-a.txt: Cannot read loop-a.txt: too many symbolic links (a link loop); check the path.",
      "error missing.txt: Cannot read missing.txt: no such file or folder; check the path.",
    ]);
    expect(result.stderr).not.toMatch(NO_STACK);
    // the folder's link to itself (folder/self -> .) is walked once
    const paths = JSON.parse(result.stdout).documents.map((d: { source: { path: string } }) => d.source.path);
    expect(paths).toEqual(["good.txt"]);
  });

  it("a file and a folder it may not read (as root, chmod 000 denies nothing: the case is skipped with a note)", async (context) => {
    if (process.getuid?.() === 0) {
      console.warn("bad-input: permission case skipped: tests run as root, and chmod 000 does not deny root reads");
      context.skip();
    }
    const dir = tempDir();
    writeFileSync(join(dir, "secret.txt"), GOOD);
    mkdirSync(join(dir, "locked"));
    spawnSync("chmod", ["000", join(dir, "secret.txt"), join(dir, "locked")]);
    const result = await runCli(["secret.txt", "locked"], { cwd: dir });
    expect(result.code).toBe(EXIT.inputErrors);
    expect(result.stderr).toContain("error secret.txt: Cannot read secret.txt: permission denied");
    expect(result.stderr).toContain("error locked: Cannot list locked: permission denied; check its permissions.");
  });

  it("--out naming a folder, or a folder that does not exist: a usage error (exit 2), nothing written", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    const folder = await runCli(["-", "--out", "out"], { cwd: dir, stdin: GOOD });
    expect([folder.code, folder.stderr]).toEqual([EXIT.usage, "policy-extract: --out out is a folder; give a file path such as out/plan.json\n"]);
    const nowhere = await runCli(["-", "--out", "no/such/plan.json"], { cwd: dir, stdin: GOOD });
    expect(nowhere.code).toBe(EXIT.usage);
    expect(nowhere.stderr).toMatch(/^policy-extract: --out no\/such\/plan\.json: the folder no\/such does not exist; create it first\n$/);
    expect(readdirSync(dir)).toEqual(["out"]);
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });

  it("an internal error names the file and asks for a report; the other files are still written (exit 1)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "good.txt"), GOOD);
    writeFileSync(join(dir, "crash.txt"), `${GOOD}TRIGGER-A-BUG\n`);
    const result = await runCli([".", "--out", "plan.json", "--jobs", "1"], { cwd: dir });
    expect(result.code).toBe(EXIT.inputErrors);
    expect(result.stderr).toMatch(/^error crash\.txt: policy-extract failed on this file \(a bug; please report it with the file\): segment: cannot read/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const dataset = JSON.parse(readFileSync(join(dir, "plan.json"), "utf8"));
    expect(dataset.documents.map((d: { source: { path: string } }) => d.source.path)).toEqual(["good.txt"]);
    expect(dataset.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "internal-error", path: "crash.txt" })]);
  });
});

// (the kill is a guard against a hang or a quadratic pass, not a speed test: the 10 MB line takes about 30 s on an idle
// 2-CPU machine and took 61 s on one shared with other jobs; speed is the benchmark's)
describe("huge and deep input: finishes, no stack overflow (the real command, killed after 150 s)", () => {
  const sentence = "到2027年，全市培育专精特新企业超过500家，建设智能工厂100个。一是加强组织领导；二是强化要素保障。";

  it("a 10 MB single-line file of sentences", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "long.txt"), `示例市行动方案\n${sentence.repeat(Math.ceil(10_000_000 / sentence.length))}`);
    const result = await runBin(["long.txt", "--format", "jsonl", "-q"], { cwd: dir, limitMs: 150_000 });
    expect({ killed: result.killed, code: result.code, stderr: result.stderr }).toEqual({ killed: false, code: 0, stderr: "" });
    const docs = result.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(docs[0].targets.length).toBeGreaterThan(100_000);
    console.info(`bad-input: 10 MB line of sentences in ${result.ms} ms`);
  }, 180_000);

  it("a 10 MB single line with no sentence end (one sentence, as a scraped page can be)", async () => {
    const dir = tempDir();
    const run = sentence.replace(/[。；]/g, "，");
    writeFileSync(join(dir, "long.txt"), `示例市行动方案\n${run.repeat(Math.ceil(10_000_000 / run.length))}`);
    const result = await runBin(["long.txt", "--format", "jsonl", "-q"], { cwd: dir, limitMs: 150_000 });
    expect({ killed: result.killed, code: result.code, stderr: result.stderr }).toEqual({ killed: false, code: 0, stderr: "" });
    console.info(`bad-input: 10 MB single-sentence line in ${result.ms} ms`);
  }, 180_000);

  it("a 1,000-level nested Markdown list and 1,000 nested block quotes", async () => {
    const dir = tempDir();
    const list = ["# 嵌套清单", ...Array.from({ length: 1000 }, (_, depth) => `${"  ".repeat(depth)}- 第${depth + 1}层,到2026年达到${depth + 1}家`)].join("\n");
    writeFileSync(join(dir, "deep.md"), list);
    writeFileSync(join(dir, "quotes.md"), `# 引用\n\n一、主要目标\n\n${">".repeat(1000)} 到2026年，全市企业达到5家。\n`);
    const result = await runBin(["deep.md", "quotes.md", "-q"], { cwd: dir, limitMs: 150_000 });
    expect({ killed: result.killed, code: result.code, stderr: result.stderr }).toEqual({ killed: false, code: 0, stderr: "" });
    const [deep, quotes] = JSON.parse(result.stdout).documents;
    expect(deep.title).toBe("嵌套清单");
    expect(deep.measures).toHaveLength(1000);
    expect(deep.targets).toHaveLength(1000);
    expect(quotes.targets.map((t: { value: number }) => t.value)).toEqual([5]);
    console.info(`bad-input: 1,000-level Markdown in ${result.ms} ms`);
  }, 180_000);
});

describe("output is never lost or half-written", () => {
  it("`policy-extract … | head`: the reader closes the pipe early; exit 0, nothing on stderr", async () => {
    const child = spawn("node", [BIN, SEED, SEED, SEED, "--format", "yaml", "-q"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // read one chunk, then close our end, as head does
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", (exit) => resolve(exit)));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  }, 30_000);

  it("SIGINT mid-run leaves the previous --out file intact and no temp file", async () => {
    const dir = tempDir();
    const page = readFileSync(SEED, "utf8");
    // about 20 MB of text in one thread: several seconds of work, so the signal lands mid-run
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `p${i}.txt`), page.repeat(120));
    writeFileSync(join(dir, "plan.json"), '{"previous":true}\n');
    const child = spawn("node", [BIN, ".", "--out", "plan.json", "--jobs", "1", "-q"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill("SIGINT");
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on("close", (exit, sig) => resolve([exit, sig])));
    expect(code === 130 || signal === "SIGINT").toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, "plan.json"), "utf8")).toBe('{"previous":true}\n');
    expect(readdirSync(dir).filter((name) => !/^p\d\.txt$/.test(name))).toEqual(["plan.json"]);
  }, 60_000);
});
