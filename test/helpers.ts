/** Test helpers: run the CLI in-process and capture what it writes. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { run } from "../src/cli/run.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { cwd?: string; stdin?: Uint8Array | string; env?: Record<string, string | undefined>; tty?: boolean } = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const utf8 = new TextDecoder();
  const code = await run({
    argv,
    stdin: async () => (typeof options.stdin === "string" ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    stdout: (chunk) => {
      stdout += typeof chunk === "string" ? chunk : utf8.decode(chunk, { stream: true });
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stderrIsTTY: options.tty ?? false,
  });
  return { code, stdout, stderr };
}

/** The folders tempDir made for the test file being run: removed when it ends (a run makes about fifty, some of 400 files). */
const madeDirs: string[] = [];
afterAll(() => {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = "policy-extract-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

export const ROOT = join(import.meta.dirname, "..");
export const SEED = join(ROOT, "seeds", "000_7ff1af6d190f772b.txt");

/** How many fixture cases a test corpus copies: the tests that use one check the CLI, and must not slow down as the fixture corpus grows. */
const SAMPLE_CASES = 80;

/**
 * A folder of the first SAMPLE_CASES fixture inputs and the seed, `copies` times over (batch-0/, batch-1/, …),
 * plus an empty file, a PDF and a binary file that the CLI skips or refuses.
 */
export function sampleCorpus(prefix: string, copies: number): string {
  const dir = tempDir(prefix);
  const fixtures = join(ROOT, "fixtures", "corpus");
  const cases = readdirSync(fixtures).sort().filter((name) => statSync(join(fixtures, name)).isDirectory()).slice(0, SAMPLE_CASES);
  for (let copy = 0; copy < copies; copy++) {
    const sub = join(dir, `batch-${copy}`);
    mkdirSync(sub);
    for (const name of cases) {
      const input = readdirSync(join(fixtures, name)).find((file) => file.startsWith("input."))!;
      copyFileSync(join(fixtures, name, input), join(sub, `${name}${input.slice("input".length)}`));
    }
    copyFileSync(SEED, join(sub, "seed.txt"));
  }
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "notes.pdf"), "%PDF-1.4");
  writeFileSync(join(dir, "binary.txt"), new Uint8Array([0, 1, 2, 255, 254, 0, 0, 7]));
  return dir;
}
