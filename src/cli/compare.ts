/**
 * `check` (re-extract and compare with a committed dataset) and `diff` (compare two datasets): the
 * same report, as text for people or JSON for bots. Exit 0 when equal, 1 when not, 2 on usage errors.
 * Also the CSV writer of the main command (`--format csv --out DIR`), since both are file I/O around
 * pure functions of src/compare and src/tables.
 */
import { Option, type Command } from "commander";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { compareDatasets, type Report } from "../compare/diff.js";
import { formatReport } from "../compare/format.js";
import { parseDataset } from "../compare/load.js";
import { buildDataset } from "../emit.js";
import { extractBytes, type ExtractResult } from "../pipeline.js";
import type { Dataset } from "../schema.js";
import { csvTables } from "../tables/csv.js";
import { collectInputs, reason } from "./inputs.js";
import { EXIT, UsageError, type Io, type RegisterCommand } from "./run.js";

type ReportFormat = "text" | "json";

export const registerCompare: RegisterCommand = (program, io, setExit) => {
  // Options after a subcommand's name belong to the subcommand (`check … --format json` must not
  // reach the main command's --format); the main command's own parsing is unchanged.
  program.enablePositionalOptions();

  program
    .command("check")
    .description("re-extract the inputs and compare with a dataset written before; exit 1 when they differ")
    .argument("<inputs...>", "the files and folders the dataset was extracted from, as given then")
    .requiredOption("--against <dataset>", "the dataset to compare with (JSON, YAML or JSONL, as written by --out)")
    .addOption(reportFormat())
    .option("--encoding <name>", "force the input encoding, as when the dataset was written")
    .action(async (inputs: string[], options: { against: string; format: ReportFormat; encoding?: string }) => {
      const before = loadDataset(io, options.against, "--against");
      const after = await extractInputs(io, inputs, options.encoding);
      setExit(emitReport(io, compareDatasets(before, after), options.format, "check", options.against, "the extraction"));
    });

  program
    .command("diff")
    .description("compare two datasets: documents, sections, measures and figures added, removed or changed")
    .argument("<old>", "the earlier dataset")
    .argument("<new>", "the later dataset")
    .addOption(reportFormat())
    .action((oldPath: string, newPath: string, options: { format: ReportFormat }) => {
      const before = loadDataset(io, oldPath, "old");
      const after = loadDataset(io, newPath, "new");
      setExit(emitReport(io, compareDatasets(before, after), options.format, "diff", oldPath, newPath));
    });
};

function reportFormat(): Option {
  return new Option("-f, --format <format>", "report format").choices(["text", "json"]).default("text");
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
  const results: ExtractResult[] = [{ documents: [], diagnostics }];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = file.absolute === null ? await io.stdin() : readFileSync(file.absolute);
    } catch (error) {
      results.push({ documents: [], diagnostics: [{ severity: "error", code: "file-unreadable", message: `Cannot read ${file.path}: ${reason(error)}; check the path.`, path: file.path, span: null }] });
      continue;
    }
    try {
      results.push(extractBytes(bytes, { path: file.path, forceEncoding: encoding }));
    } catch (error) {
      results.push({ documents: [], diagnostics: [{ severity: "error", code: "internal-error", message: `policy-extract failed on this file (a bug; please report it with the file): ${(error as Error).message}`, path: file.path, span: null }] });
    }
  }
  return buildDataset(results);
}

/**
 * Writes the dataset as CSV tables into the folder `dir`. A new folder is written as a temp folder beside it and
 * renamed into place; into an existing folder each file goes through its own temp file and rename.
 * Either way a reader never sees a half-written file.
 */
export function writeCsvTables(dir: string, shown: string, dataset: Dataset): void {
  const tables = csvTables(dataset);
  let exists = false;
  try {
    exists = statSync(dir).isDirectory() || fail(`--out ${shown} is a file; --format csv writes four files into a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  const temp = join(dirname(dir), `.${basename(dir)}.${process.pid}.tmp`);
  try {
    if (exists) {
      for (const table of tables) {
        const file = join(dir, table.name);
        writeFileSync(`${file}.${process.pid}.tmp`, table.text);
        renameSync(`${file}.${process.pid}.tmp`, file);
      }
    } else {
      mkdirSync(temp);
      for (const table of tables) writeFileSync(join(temp, table.name), table.text);
      renameSync(temp, dir);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    for (const table of tables) rmSync(join(dir, `${table.name}.${process.pid}.tmp`), { force: true });
    throw new UsageError(`cannot write --out ${shown}: ${reason(error)}`);
  }
}

function fail(message: string): never {
  throw new UsageError(message);
}
