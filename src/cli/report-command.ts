/**
 * The work of `policy-extract report`. Inputs are source files and folders (extracted as the main
 * command does), or one dataset written earlier, whose sources are read again from their recorded
 * paths (relative to the cwd) and checked by sha256.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { buildDataset } from "../emit.js";
import { renderReport, type ReportSource } from "../report/render.js";
import { parseDataset, type Dataset } from "../schema.js";
import { decode } from "../stages/decode.js";
import { collectInputs, reason } from "./inputs.js";
import { extractFiles } from "./pool.js";
import { checkWritableTarget, EXIT, UsageError, writeAtomically, type Io } from "./run.js";
import { paintFor, type Paint } from "./paint.js";

export interface ReportOptions {
  out?: string;
  encoding?: string;
  quiet?: boolean;
}

const DATASET_FILE = /\.(json|ya?ml)$/i;

export async function reportCommand(io: Io, inputs: string[], options: ReportOptions): Promise<number> {
  const color = await paintFor(io);
  const outPath = options.out ? resolve(io.cwd, options.out) : null;
  if (outPath) checkWritableTarget(outPath, options.out!, "report.html");

  const datasetInputs = inputs.filter((input) => DATASET_FILE.test(input));
  const { dataset, sources, fileCount } =
    datasetInputs.length > 0 ? fromDataset(io, inputs, datasetInputs, color) : await fromSources(io, inputs, options.encoding);

  const html = renderReport(dataset, sources);
  if (outPath) writeAtomically(outPath, html);
  else io.stdout(html);

  const all = [...dataset.diagnostics, ...dataset.documents.flatMap((d) => d.diagnostics)];
  for (const diagnostic of all.filter((d) => d.severity === "error")) io.stderr(`${color.red("error")} ${diagnostic.path ?? ""}: ${diagnostic.message}\n`);
  if (!options.quiet) {
    const docs = dataset.documents;
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const parts = [
      count(fileCount, "file"),
      count(docs.length, "document"),
      count(docs.reduce((n, d) => n + d.measures.length, 0), "measure"),
      count(docs.reduce((n, d) => n + d.targets.length, 0), "figure"),
    ];
    io.stderr(`${color.bold("policy-extract report")}: ${parts.join(", ")} -> ${outPath ? options.out! : "standard output"}\n`);
  }
  return all.some((d) => d.severity === "error") ? EXIT.inputErrors : EXIT.ok;
}

async function fromSources(io: Io, inputs: string[], encoding: string | undefined): Promise<{ dataset: Dataset; sources: Map<string, ReportSource>; fileCount: number }> {
  const { files, diagnostics } = collectInputs(inputs, io.cwd);
  const results = await extractFiles(io, files, { encoding, progress: false }, 1);
  const sources = new Map<string, ReportSource>();
  files.forEach((file, index) => {
    // the source text as the extraction decoded it (standard input cannot be read twice)
    const recorded = results[index]!.documents[0]?.source.encoding;
    let text: string | null = null;
    if (recorded && file.absolute !== null) {
      try {
        text = decodeAs(readFileSync(file.absolute), recorded);
      } catch {
        text = null;
      }
    }
    if (recorded) sources.set(file.path, text === null ? { text: null, status: "missing", note: "it could not be read again" } : { text, status: "ok" });
  });
  return { dataset: buildDataset([{ documents: [], diagnostics }, ...results]), sources, fileCount: files.length };
}

function fromDataset(io: Io, inputs: string[], datasetInputs: string[], color: Paint): { dataset: Dataset; sources: Map<string, ReportSource>; fileCount: number } {
  if (inputs.length > 1) {
    throw new UsageError(datasetInputs.length > 1 ? "give one dataset at a time (or the source files themselves)" : `${datasetInputs[0]} is a dataset: give either one dataset or source files, not both`);
  }
  const input = datasetInputs[0]!;
  let raw: string;
  try {
    raw = readFileSync(resolve(io.cwd, input), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read the dataset ${input}: ${reason(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = /\.json$/i.test(input) ? JSON.parse(raw) : parseYaml(raw);
  } catch (error) {
    throw new UsageError(`${input} is not valid ${/\.json$/i.test(input) ? "JSON" : "YAML"}: ${(error as Error).message}`);
  }
  const checked = parseDataset(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new UsageError(`${input} is not a policy-extract dataset (${issue ? `${issue.path.join(".") || "top level"}: ${issue.message}` : "schema mismatch"}); write one with policy-extract <inputs> --out ${input}`);
  }
  const dataset = checked.data as Dataset;

  const sources = new Map<string, ReportSource>();
  for (const document of dataset.documents) {
    const { path, sha256, encoding } = document.source;
    if (sources.has(path)) continue;
    const warn = (text: string) => io.stderr(`${color.yellow("warning")} ${path}: ${text}\n`);
    if (path === "stdin") {
      sources.set(path, { text: null, status: "missing", note: "it was read from standard input" });
      warn("was read from standard input, so its text cannot be shown; run the report on the source file instead.");
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(io.cwd, path));
    } catch (error) {
      sources.set(path, { text: null, status: "missing", note: reason(error) });
      warn(`cannot read the source again (${reason(error)}); run the report from the folder the dataset was made in. Its text is left out.`);
      continue;
    }
    const text = decodeAs(bytes, encoding);
    const actual = createHash("sha256").update(bytes).digest("hex");
    if (text === null) {
      sources.set(path, { text: null, status: "missing", note: `it is no longer valid ${encoding}` });
      warn(`the source is no longer valid ${encoding}; its text is left out.`);
    } else if (actual !== sha256) {
      sources.set(path, { text, status: "changed", note: "sha256 differs" });
      warn("the source changed since the dataset was made (sha256 differs); highlights may stand in the wrong place. Extract it again.");
    } else sources.set(path, { text, status: "ok" });
  }
  return { dataset, sources, fileCount: sources.size };
}

/** The text the spans point into: decoded as the dataset records, as extraction did. */
function decodeAs(bytes: Uint8Array, encoding: string): string | null {
  const forced = decode(bytes, encoding).decoded;
  return forced ? forced.text : (decode(bytes).decoded?.text ?? null);
}
