/** Test helpers: run the CLI in-process and capture what it writes. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

export function tempDir(prefix = "policy-extract-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const ROOT = join(import.meta.dirname, "..");
export const SEED = join(ROOT, "seeds", "000_7ff1af6d190f772b.txt");
