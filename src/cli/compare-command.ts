/** The work of `check` and `diff`: load datasets, re-extract, compare, and print the report. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compareDatasets, type Report } from "../compare/diff.js";
import { formatReport } from "../compare/format.js";
import { parseDataset } from "../compare/load.js";
import { buildDataset } from "../emit.js";
import type { Dataset } from "../schema.js";
import type { ReportFormat } from "./compare.js";
import { collectInputs, reason } from "./inputs.js";
import { extractFiles } from "./pool.js";
import { EXIT, UsageError, type Io } from "./run.js";

export async function check(io: Io, inputs: string[], options: { against: string; format: ReportFormat; encoding?: string }): Promise<number> {
  const before = loadDataset(io, options.against, "--against");
  const after = await extractInputs(io, inputs, options.encoding);
  return emitReport(io, compareDatasets(before, after), options.format, "check", options.against, "the extraction");
}

export function diff(io: Io, oldPath: string, newPath: string, options: { format: ReportFormat }): number {
  const before = loadDataset(io, oldPath, "old");
  const after = loadDataset(io, newPath, "new");
  return emitReport(io, compareDatasets(before, after), options.format, "diff", oldPath, newPath);
}

function emitReport(io: Io, report: Report, format: ReportFormat, command: string, before: string, after: string): number {
  io.stdout(format === "json" ? `${JSON.stringify({ before, after, ...report }, null, 2)}\n` : formatReport(report, command, before, after));
  return report.equal ? EXIT.ok : EXIT.inputErrors;
}

function loadDataset(io: Io, path: string, role: string): Dataset {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read the ${role} dataset ${path}: ${reason(error)}`);
  }
  const loaded = parseDataset(text, path);
  if (loaded.error !== null) throw new UsageError(loaded.error);
  return loaded.dataset;
}

/** The extraction as the main command does it, without writing. */
async function extractInputs(io: Io, inputs: string[], encoding: string | undefined): Promise<Dataset> {
  const { files, diagnostics } = collectInputs(inputs, io.cwd);
  return buildDataset([{ documents: [], diagnostics }, ...(await extractFiles(io, files, { encoding, progress: false }, 1))]);
}
