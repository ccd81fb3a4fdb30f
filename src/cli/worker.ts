/**
 * One file, start to end: read, decode, extract. The pool's workers run the default export on a batch of
 * files; the main thread calls extractFile directly, so both paths give the same results.
 */
import { readFileSync } from "node:fs";
import { extractBytes, type ExtractResult } from "../pipeline.js";
import { reason } from "./inputs.js";

export interface FileTask {
  /** The path the dataset cites. */
  path: string;
  /** Where to read it. Workers get paths, never the text: they read and decode their own files. */
  absolute: string;
  encoding?: string;
  explain: boolean;
}

/** Reads (unless the bytes are given, as for standard input) and extracts one file; never throws. */
export function extractFile(task: Omit<FileTask, "absolute"> & { absolute: string | null }, given?: Uint8Array): ExtractResult {
  let bytes: Uint8Array;
  try {
    bytes = given ?? readFileSync(task.absolute!);
  } catch (error) {
    return { documents: [], diagnostics: [{ severity: "error", code: "file-unreadable", message: `Cannot read ${task.path}: ${reason(error)}; check the path.`, path: task.path, span: null }] };
  }
  try {
    return extractBytes(bytes, { path: task.path, forceEncoding: task.encoding, explain: task.explain });
  } catch (error) {
    // A bug, not the user's mistake: name the file, keep going, and leave nothing half-written.
    return { documents: [], diagnostics: [{ severity: "error", code: "internal-error", message: `policy-extract failed on this file (a bug; please report it with the file): ${(error as Error).message}`, path: task.path, span: null }] };
  }
}

export default function extractBatch(tasks: FileTask[]): ExtractResult[] {
  return tasks.map((task) => extractFile(task));
}
