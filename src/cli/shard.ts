/**
 * --shard I/N: a deterministic 1/N of the inputs, chosen by a hash of the path the dataset cites, so the
 * same file lands in the same shard on every machine and for every order of the command line.
 */
import { createHash } from "node:crypto";
import { InvalidArgumentError } from "commander";
import type { Diagnostic } from "../schema.js";

/** 1-based: --shard 1/3, 2/3, 3/3 cover the inputs once. */
export interface Shard {
  index: number;
  count: number;
}

/** commander argParser for --shard. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) throw new InvalidArgumentError("expected I/N with 1 <= I <= N, such as 2/4.");
  return { index, count };
}

/** The 1-based shard a cited path belongs to among `count`. */
export function shardOf(path: string, count: number): number {
  const hash = createHash("sha256").update(path, "utf8").digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

/**
 * Keeps, in place, the files and input diagnostics of one shard (in place so the caller's counts follow).
 * A diagnostic with no path belongs to shard 1, so merging the shards gives it once.
 */
export function applyShard(files: Array<{ path: string }>, diagnostics: Diagnostic[], shard: Shard | undefined): void {
  if (!shard || shard.count === 1) return;
  const keep = (path: string | null) => (path === null ? 1 : shardOf(path, shard.count)) === shard.index;
  const kept = files.filter((file) => keep(file.path));
  files.splice(0, files.length, ...kept);
  const keptDiagnostics = diagnostics.filter((diagnostic) => keep(diagnostic.path));
  diagnostics.splice(0, diagnostics.length, ...keptDiagnostics);
}
