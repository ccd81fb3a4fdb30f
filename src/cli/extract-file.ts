/**
 * One file, start to end: read, decode, extract and, when the output is streamed (JSON, JSONL), check
 * and render its documents too. The pool's workers (worker.ts) and the main thread both call
 * extractFile, so both paths give the same results.
 */
import { readFileSync } from "node:fs";
import { renderFile, type StreamFormat } from "../emit.js";
import { extractBytes, type ExtractResult } from "../pipeline.js";
import type { Diagnostic, PolicyDocument } from "../schema.js";
import { reason } from "./inputs.js";

export interface FileTask {
  /** The path the dataset cites. */
  path: string;
  /** Where to read it. Workers get paths, never the text: they read and decode their own files. */
  absolute: string;
  encoding?: string;
  explain: boolean;
  /** Stream the output: the documents come back checked and rendered as text, not as objects. */
  render?: StreamFormat;
}

/** What the summary line and the error lines need from a file's documents. */
export interface Tally {
  documents: number;
  measures: number;
  targets: number;
  warnings: number;
  /** The documents' error diagnostics, each printed on stderr. */
  errors: Diagnostic[];
}

export interface FileOutcome extends ExtractResult {
  /**
   * The documents as output (renderFile) in UTF-8, when the task asked for it; `documents` is then
   * empty. Encoded here, in the worker, so the main thread only writes bytes: about half the size of
   * the text to send, and no work left that all workers would wait on.
   */
  rendered: Uint8Array[] | null;
  tally: Tally;
}

/** Reads (unless the bytes are given, as for standard input) and extracts one file; throws only on invalid output (a bug). */
export function extractFile(task: Omit<FileTask, "absolute"> & { absolute: string | null }, given?: Uint8Array): FileOutcome {
  const result = extractResult(task, given);
  const tally = tallyOf(result.documents);
  if (!task.render) return { ...result, rendered: null, tally };
  return { documents: [], diagnostics: result.diagnostics, rendered: renderFile(result.documents, task.render), tally };
}

function extractResult(task: Omit<FileTask, "absolute"> & { absolute: string | null }, given?: Uint8Array): ExtractResult {
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

function tallyOf(documents: PolicyDocument[]): Tally {
  const tally: Tally = { documents: documents.length, measures: 0, targets: 0, warnings: 0, errors: [] };
  for (const document of documents) {
    tally.measures += document.measures.length;
    tally.targets += document.targets.length;
    for (const diagnostic of document.diagnostics) {
      if (diagnostic.severity === "warning") tally.warnings++;
      else if (diagnostic.severity === "error") tally.errors.push(diagnostic);
    }
  }
  return tally;
}

