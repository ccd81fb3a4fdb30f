/**
 * The command line, as a function: run({argv, stdin, stdout, stderr, cwd, env}) returns the exit code,
 * so every usage error and exit path is testable in-process. Only this folder touches files, streams
 * and the environment.
 */
import { Command, CommanderError, Option } from "commander";
import { closeSync, openSync, renameSync, rmSync, statSync, writevSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { OutputFormat } from "../emit.js";
import type { Diagnostic } from "../schema.js";
import type { Tally } from "./extract-file.js";
// the core (stages, zod, emitter) loads on demand, in the preAction hook: --version and --help stay fast
import { buildDataset, compareDiagnostics, datasetJsonSchema, eachExtracted, extractFiles, loadCore, openDatasetStream, parseJobs, serialize, toolVersion } from "./pool.js";
import { applyShard, parseShard, type Shard } from "./shard.js";
import { registerMerge } from "./merge.js";
import { collectInputs, reason } from "./inputs.js";
import { trackTemp, untrackTemp } from "./temp-files.js";
import { registerReport } from "./report.js";
import { registerCompare } from "./compare.js";
import { paintFor, type Paint } from "./paint.js";

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, internal: 70 } as const;

/** A subcommand module: adds its command to the program; its action reports the exit code through setExit. */
export type RegisterCommand = (program: Command, io: Io, setExit: (code: number) => void) => void;

/** Subcommands beyond extraction and schema (check, diff, report, merge): one module each. */
const SUBCOMMANDS: RegisterCommand[] = [registerReport, registerCompare, registerMerge];

export interface Io {
  argv: string[];
  stdin: () => Promise<Uint8Array>;
  /** The data: text, or UTF-8 bytes rendered by a worker. */
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (colour and progress only then). */
  stderrIsTTY: boolean;
}

/** A mistake in how the tool was called: one line on stderr, exit code 2, nothing written. */
export class UsageError extends Error {}

const HELP_EXIT_CODES = `
Exit codes:
  0  success
  1  extraction finished, but some input had errors (unreadable, binary, bad encoding);
     the rest of the dataset was still written
  2  usage error (unknown option, bad value, --out is a folder): nothing was written
  70 internal error (a bug in policy-extract): nothing was written; the message names the file`;

export async function run(io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name("policy-extract")
    .description("Turn Chinese policy text into a validated, citable dataset of documents, headings, measures and figures.")
    .version(toolVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text.split("\n")[0]!.replace(/^error: /, "policy-extract: ") + "\n") })
    .showSuggestionAfterError(true)
    .addHelpText("after", HELP_EXIT_CODES);

  program
    .argument("[inputs...]", "files, folders (walked for .txt, .md, .markdown) or - for standard input")
    .option("-o, --out <file>", "write the dataset here, atomically (default: standard output)")
    .addOption(new Option("-f, --format <format>", "output format (default: from --out's extension, else json)").choices(["json", "yaml", "jsonl", "csv"]))
    .option("--encoding <name>", "force the input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk, big5)")
    .option("--explain", "report every number that did not become a figure, with its reason")
    .option("-q, --quiet", "no summary on standard error")
    .option("-j, --jobs <n>", "files to extract at once, in worker threads (default: one per 16 MB of input, up to one fewer than the CPUs)", parseJobs)
    .option("--shard <i/n>", "extract only shard I of N (by a hash of each path); join the outputs with `merge`", parseShard)
    .hook("preAction", async () => void (await loadCore()))
    .action(async (inputs: string[], options: { out?: string; format?: OutputFormat; encoding?: string; explain?: boolean; quiet?: boolean; jobs?: number; shard?: Shard }) => {
      if (inputs.length === 0) throw new UsageError("no input given; name files or folders, or - for standard input (see --help)");
      exitCode = await extractCommand(io, inputs, options, await paintFor(io));
    });

  program
    .command("schema")
    .description("print the JSON Schema of the dataset")
    .action(() => {
      io.stdout(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
    });

  // Further subcommands live in their own modules; each registers itself and sets the exit code.
  const setExit = (code: number) => {
    exitCode = code;
  };
  for (const register of SUBCOMMANDS) register(program, io, setExit);

  try {
    await program.parseAsync(io.argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`policy-extract: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function extractCommand(io: Io, inputs: string[], options: { out?: string; format?: OutputFormat; encoding?: string; explain?: boolean; quiet?: boolean; jobs?: number; shard?: Shard }, color: Paint): Promise<number> {
  const format = options.format ?? formatFromPath(options.out) ?? "json";
  const outPath = options.out ? resolve(io.cwd, options.out) : null;
  const csv = (options.format as string) === "csv"; // four tables into the folder --out names
  if (csv && !outPath) throw new UsageError("--format csv writes four files (documents, sections, measures, targets); name a folder with --out DIR");
  if (outPath && !csv) checkWritableTarget(outPath, options.out!);

  const { files, diagnostics: inputDiagnostics } = collectInputs(inputs, io.cwd);
  applyShard(files, inputDiagnostics, options.shard);
  const jobs = options.jobs ?? "auto";
  const extractOptions = { encoding: options.encoding, explain: options.explain, progress: !options.quiet };
  const tallies: Tally[] = [];
  let fileDiagnostics: Diagnostic[];

  if (!csv && format !== "yaml") {
    // JSON and JSONL are written as the files are extracted: memory stays bounded by the files in flight
    fileDiagnostics = [...inputDiagnostics];
    const target = outPath ? new AtomicFile(outPath) : null;
    try {
      const stream = openDatasetStream(format, target ? (chunks) => target.write(chunks) : (chunks) => chunks.forEach((chunk) => io.stdout(chunk)));
      await eachExtracted(io, files, { ...extractOptions, render: format }, jobs, (outcome) => {
        stream.add(outcome.rendered!);
        tallies.push(outcome.tally);
        fileDiagnostics.push(...outcome.diagnostics);
      });
      stream.end(fileDiagnostics);
      target?.commit();
    } catch (error) {
      target?.abort();
      throw error;
    }
  } else {
    // YAML and CSV are written from the whole dataset
    const outcomes = await extractFiles(io, files, extractOptions, jobs);
    const dataset = buildDataset([{ documents: [], diagnostics: inputDiagnostics }, ...outcomes]);
    if (csv) (await import("./csv-out.js")).writeCsvTables(outPath!, options.out!, dataset);
    else if (outPath) writeAtomically(outPath, serialize(dataset, format));
    else io.stdout(serialize(dataset, format));
    tallies.push(...outcomes.map((outcome) => outcome.tally));
    fileDiagnostics = dataset.diagnostics;
  }

  const errors = [...fileDiagnostics.filter((d) => d.severity === "error").sort(compareDiagnostics), ...tallies.flatMap((tally) => tally.errors)];
  for (const diagnostic of errors) io.stderr(`${color.red("error")} ${diagnostic.path ?? ""}: ${diagnostic.message}\n`);
  const warnings = fileDiagnostics.filter((d) => d.severity === "warning").length + tallies.reduce((n, tally) => n + tally.warnings, 0);
  if (!options.quiet) io.stderr(summaryLine(tallies, warnings, errors.length, files.length, outPath ? options.out! : null, color));
  return errors.length > 0 ? EXIT.inputErrors : EXIT.ok;
}

function summaryLine(tallies: Tally[], warnings: number, errors: number, fileCount: number, out: string | null, color: Paint): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const sum = (field: "documents" | "measures" | "targets") => tallies.reduce((n, tally) => n + tally[field], 0);
  const parts = [
    count(fileCount, "file"),
    count(sum("documents"), "document"),
    count(sum("measures"), "measure"),
    count(sum("targets"), "figure"),
    warnings ? color.yellow(count(warnings, "warning")) : count(0, "warning"),
  ];
  if (errors) parts.push(color.red(count(errors, "error")));
  return `${color.bold("policy-extract")}: ${parts.join(", ")}${out ? ` -> ${out}` : ""}\n`;
}

/** The output format an --out path implies by its extension, if any. */
export function formatFromPath(path: string | undefined): OutputFormat | undefined {
  if (!path) return undefined;
  if (/\.ya?ml$/i.test(path)) return "yaml";
  if (/\.(jsonl|ndjson)$/i.test(path)) return "jsonl";
  if (/\.json$/i.test(path)) return "json";
  return undefined;
}

/** --out must name a file in a folder that exists: one clear usage error otherwise, before any work. */
export function checkWritableTarget(outPath: string, shown: string, example = "plan.json"): void {
  let isFolder = false;
  try {
    isFolder = statSync(outPath).isDirectory();
  } catch {
    // not there yet: fine
  }
  if (isFolder) throw new UsageError(`--out ${shown} is a folder; give a file path such as ${join(shown, example)}`);
  let parentIsFolder = false;
  try {
    parentIsFolder = statSync(dirname(outPath)).isDirectory();
  } catch {
    throw new UsageError(`--out ${shown}: the folder ${dirname(shown)} does not exist; create it first`);
  }
  if (!parentIsFolder) throw new UsageError(`--out ${shown}: ${dirname(shown)} is not a folder`);
}

/** A file written through a temp file beside it and renamed into place at commit: readers see the old file or the new one, never half of one. */
export class AtomicFile {
  private readonly temp: string;
  private readonly fd: number;

  constructor(private readonly outPath: string) {
    this.temp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
    trackTemp(this.temp);
    try {
      this.fd = openSync(this.temp, "w");
    } catch (error) {
      untrackTemp(this.temp);
      throw new UsageError(`cannot write --out ${outPath}: ${reason(error)}`);
    }
  }

  write(chunks: ReadonlyArray<string | Uint8Array>): void {
    try {
      let pending = chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk));
      // one system call for a file's documents; a short write (rare, for regular files) goes on where it stopped
      while (pending.length > 0) {
        let written = writevSync(this.fd, pending);
        while (pending.length > 0 && written >= pending[0]!.length) written -= pending.shift()!.length;
        if (written > 0) pending[0] = pending[0]!.subarray(written);
      }
    } catch (error) {
      this.abort();
      throw new UsageError(`cannot write --out ${this.outPath}: ${reason(error)}`);
    }
  }

  commit(): void {
    try {
      closeSync(this.fd);
      renameSync(this.temp, this.outPath);
    } catch (error) {
      this.abort();
      throw new UsageError(`cannot write --out ${this.outPath}: ${reason(error)}`);
    } finally {
      untrackTemp(this.temp);
    }
  }

  /** Removes the temp file; the previous output, if any, stays as it was. */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temp, { force: true });
    untrackTemp(this.temp);
  }
}

export function writeAtomically(outPath: string, text: string): void {
  const file = new AtomicFile(outPath);
  file.write([text]);
  file.commit();
}
