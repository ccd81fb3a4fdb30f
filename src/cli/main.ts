/** The process entry: wires run() to the real streams and turns its result into the exit code. */
import { run } from "./run.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function main(): Promise<void> {
  // `policy-extract … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  try {
    process.exitCode = await run({
      argv: process.argv.slice(2),
      stdin: readStdin,
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      cwd: process.cwd(),
      env: process.env,
      stderrIsTTY: Boolean(process.stderr.isTTY),
    });
  } catch (error) {
    process.stderr.write(`policy-extract: internal error (a bug; please report it): ${(error as Error).message}\n`);
    process.exitCode = 70;
  }
}
