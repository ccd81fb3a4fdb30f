/**
 * The pool's worker module: piscina runs the default export on a batch of files (see pool.ts). The
 * rendered bytes are moved to the main thread, not copied: a 100 MB corpus renders to about 450 MB.
 */
import { move, transferableSymbol, valueSymbol } from "piscina";
import { extractFile, type FileOutcome, type FileTask } from "./extract-file.js";

export default function extractBatch(tasks: FileTask[]): FileOutcome[] {
  const outcomes = tasks.map((task) => extractFile(task));
  // piscina's protocol for a value with transferables inside: the value, and the buffers to move
  const buffers = outcomes.flatMap((outcome) => outcome.rendered?.map((bytes) => bytes.buffer as ArrayBuffer) ?? []);
  return move({ [transferableSymbol]: buffers, [valueSymbol]: outcomes }) as unknown as FileOutcome[];
}
