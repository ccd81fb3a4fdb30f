/** The process entry: wires run() to the real streams and turns its result into the exit code. */
import { EXIT, run } from "./run.js";
import { removePendingTemps } from "./temp-files.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function main(): Promise<void> {
  // Interrupted: remove the half-written temp file; the previous output stays as it was.
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.on(signal, () => {
      removePendingTemps();
      process.exit(code);
    });
  }
  // `policy-extract … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  try {
    process.exitCode = await run({
      argv: process.argv.slice(2),
      stdin: readStdin,
      stdout: (chunk) => void process.stdout.write(chunk),
      stderr: (text) => void process.stderr.write(text),
      cwd: process.cwd(),
      env: process.env,
      stderrIsTTY: Boolean(process.stderr.isTTY),
    });
  } catch (error) {
    // a bug, not the user's mistake: one line, no stack trace, nothing written
    process.stderr.write(`policy-extract: internal error (a bug; please report it): ${(error as Error).message}\n`);
    process.exitCode = EXIT.internal;
  }
}
