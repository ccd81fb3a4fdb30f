/**
 * The colours of what the CLI writes on stderr: chalk's when stderr is a terminal (and NO_COLOR is not
 * set), plain text otherwise. chalk is loaded only then: its colour detection loads node:tty and
 * node:net, about 13 ms of every run, for output that is mostly piped or written to a file.
 */
import type { Io } from "./run.js";

export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
}

const PLAIN: Paint = { red: (text) => text, yellow: (text) => text, bold: (text) => text };

export async function paintFor(io: Pick<Io, "stderrIsTTY" | "env">): Promise<Paint> {
  if (!io.stderrIsTTY || io.env.NO_COLOR !== undefined) return PLAIN;
  const { Chalk } = await import("chalk");
  return new Chalk({ level: 1 });
}
