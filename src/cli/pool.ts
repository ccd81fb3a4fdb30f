/**
 * Extraction over many files: in this thread, or spread over a piscina worker pool (--jobs N). Workers
 * get paths and read and decode their own files; outcomes are delivered in input order, so the dataset
 * is byte-identical whatever N is.
 *
 * The core (the stages, zod, the emitter) is loaded here on demand, not when the CLI starts, so that
 * `--version` and `--help` stay fast: run() awaits loadCore() before any command's action.
 */
import { InvalidArgumentError } from "commander";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { buildDataset as BuildDataset, compareDiagnostics as CompareDiagnostics, DatasetStream as DatasetStreamClass, serialize as Serialize, StreamFormat } from "../emit.js";
import type { datasetJsonSchema as DatasetJsonSchema } from "../schema.js";
import type { InputFile } from "./inputs.js";
import { startProgress } from "./progress.js";
import type { Io } from "./run.js";
import type { FileOutcome, FileTask } from "./extract-file.js";

export interface ExtractFilesOptions {
  encoding?: string;
  explain?: boolean;
  /** Show a progress bar on a terminal (the CLI turns it off with --quiet). */
  progress?: boolean;
  /** Have each file's documents checked and rendered where they are extracted (see FileOutcome). */
  render?: StreamFormat;
}

/** Below this much input in all, one thread is faster than starting workers (each loads the core). */
const POOL_MIN_BYTES = 256 * 1024;
/**
 * Without --jobs: one worker per this much input, and one CPU fewer than there are. Each worker warms
 * its own JIT (measured on 5.6 MB of small files: the first pass took 1.9 s, the second 0.8 s), and one
 * thread already keeps about 1.3 CPUs busy, V8's garbage collector and compiler running beside it. On a
 * 2-CPU machine two workers were 22% slower than one thread on 10 MB and 3% faster on 78 MB, at three
 * times the memory; `npm run bench` shows both.
 */
const AUTO_BYTES_PER_WORKER = 16 * 1024 * 1024;

/** --jobs as given, or "auto" (not given): see AUTO_BYTES_PER_WORKER. */
export type Jobs = number | "auto";
/** Files go to workers in batches of about this many bytes: fewer messages for many small files. */
const BATCH_BYTES = 128 * 1024;
const BATCH_FILES = 64;

/** One outcome per file, in the order of `files`. */
export async function extractFiles(io: Io, files: InputFile[], options: ExtractFilesOptions, jobs: Jobs): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  await eachExtracted(io, files, options, jobs, (outcome) => void outcomes.push(outcome));
  return outcomes;
}

/**
 * Extracts the files, in this thread or over a worker pool, and hands each outcome to `deliver` in the
 * order of `files` as soon as it and all before it are done: the caller can write the output as it
 * comes, and holds at most the outcomes of the batches in flight.
 */
export async function eachExtracted(io: Io, files: InputFile[], options: ExtractFilesOptions, jobs: Jobs, deliver: (outcome: FileOutcome, index: number) => void): Promise<void> {
  const sizes = files.map((file) => sizeOf(file.absolute));
  const total = sizes.reduce((a, b) => a + b, 0);
  const progress = startProgress(io, files.length, total, options.progress ?? true);
  const waiting = new Map<number, FileOutcome>();
  let next = 0;
  const settle = (index: number, outcome: FileOutcome) => {
    waiting.set(index, outcome);
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next);
      deliver(ready, next++);
    }
  };
  const onDisk = files.map((_, index) => index).filter((index) => files[index]!.absolute !== null);
  const threads = jobs === "auto" ? Math.min(availableParallelism() - 1, Math.floor(total / AUTO_BYTES_PER_WORKER)) : jobs;
  const usePool = threads > 1 && onDisk.length > 1 && total >= POOL_MIN_BYTES;
  const { extractFile } = await import("./extract-file.js");
  const task = (file: InputFile): FileTask => ({ path: file.path, absolute: file.absolute!, encoding: options.encoding, explain: options.explain ?? false, render: options.render });

  try {
    for (let index = 0; index < files.length; index++) {
      const file = files[index]!;
      if (usePool && file.absolute !== null) continue;
      const bytes = file.absolute === null ? await io.stdin() : undefined;
      settle(index, extractFile({ ...task(file), absolute: file.absolute }, bytes));
      progress.advance(1, sizes[index]!);
      // let signals in between files: Ctrl-C then stops the run there, and the temp file of --out is removed
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (usePool) {
      // require(), not import(): the CLI bundle is CommonJS compiled from V8's code cache, where import() has no loader
      const { Piscina } = createRequire(import.meta.url)("piscina") as typeof import("piscina");
      // in input order, so that the output can be written as it comes with few outcomes waiting
      const batches = batch(onDisk, sizes);
      const pool = new Piscina<FileTask[], FileOutcome[]>({ filename: workerFile(), minThreads: 0, maxThreads: Math.min(threads, batches.length), idleTimeout: 1000 });
      try {
        await Promise.all(
          batches.map(async (indexes) => {
            const out = await pool.run(indexes.map((index) => task(files[index]!)));
            indexes.forEach((index, k) => settle(index, out[k]!));
            progress.advance(indexes.length, weight(indexes, sizes));
          }),
        );
      } finally {
        await pool.destroy();
      }
    }
  } finally {
    progress.done();
  }
}

/** Consecutive files grouped up to BATCH_BYTES / BATCH_FILES; a large file is a batch of its own. */
function batch(indexes: number[], sizes: number[]): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const index of indexes) {
    if (current.length > 0 && (bytes + sizes[index]! > BATCH_BYTES || current.length >= BATCH_FILES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(index);
    bytes += sizes[index]!;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function weight(indexes: number[], sizes: number[]): number {
  return indexes.reduce((sum, index) => sum + sizes[index]!, 0);
}

function sizeOf(absolute: string | null): number {
  if (absolute === null) return 0;
  try {
    return statSync(absolute).size;
  } catch {
    return 0; // unreadable: extractFile reports it
  }
}

/** The compiled worker; when this module runs from src/ (under vitest), the one in dist/ (`npm test` builds first). */
function workerFile(): string {
  const beside = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL("../../dist/cli/worker.js", import.meta.url));
}

// ---- The core, loaded on demand ----

interface Core {
  buildDataset: typeof BuildDataset;
  DatasetStream: typeof DatasetStreamClass;
  compareDiagnostics: typeof CompareDiagnostics;
  serialize: typeof Serialize;
  datasetJsonSchema: typeof DatasetJsonSchema;
  parseDataset: (typeof import("../schema.js"))["parseDataset"];
  SCHEMA_VERSION: string;
}
let loaded: Core | undefined;

/** Loads the stages, the schema and the emitter; commands await this before they run. */
export async function loadCore(): Promise<Core> {
  if (!loaded) {
    const [emit, schema] = await Promise.all([import("../emit.js"), import("../schema.js")]);
    loaded = { buildDataset: emit.buildDataset, DatasetStream: emit.DatasetStream, compareDiagnostics: emit.compareDiagnostics, serialize: emit.serialize, datasetJsonSchema: schema.datasetJsonSchema, parseDataset: schema.parseDataset, SCHEMA_VERSION: schema.SCHEMA_VERSION };
  }
  return loaded;
}

export function core(): Core {
  if (!loaded) throw new Error("the core is used before loadCore() finished (a bug)");
  return loaded;
}

export const buildDataset: typeof BuildDataset = (results) => core().buildDataset(results);
export const serialize: typeof Serialize = (dataset, format) => core().serialize(dataset, format);
export const datasetJsonSchema: typeof DatasetJsonSchema = () => core().datasetJsonSchema();
export const compareDiagnostics: typeof CompareDiagnostics = (a, b) => core().compareDiagnostics(a, b);
export const openDatasetStream = (...args: ConstructorParameters<typeof DatasetStreamClass>) => new (core().DatasetStream)(...args);

export { toolVersion } from "../version.js";

/** commander argParser for --jobs: a whole number of at least 1. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError("expected a whole number of at least 1.");
  return jobs;
}
