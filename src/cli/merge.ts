/**
 * `policy-extract merge a.json b.json …`: joins the datasets of --shard runs (or of any runs over
 * disjoint inputs) into the dataset one run over all the inputs would give, byte for byte.
 */
import { Option } from "commander";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { OutputFormat } from "../emit.js";
import type { Dataset } from "../schema.js";
import { reason } from "./inputs.js";
import { buildDataset, core, serialize } from "./pool.js";
import { EXIT, formatFromPath, UsageError, writeAtomically, type RegisterCommand } from "./run.js";

export const registerMerge: RegisterCommand = (program, io, setExit) => {
  program
    .command("merge")
    .description("join the datasets of --shard runs into the dataset one run would give")
    .argument("<datasets...>", "JSON or YAML datasets written by policy-extract")
    .option("-o, --out <file>", "write the dataset here, atomically (default: standard output)")
    .addOption(new Option("-f, --format <format>", "output format (default: from --out's extension, else json)").choices(["json", "yaml", "jsonl"]))
    .action((paths: string[], options: { out?: string; format?: OutputFormat }) => {
      const format = options.format ?? formatFromPath(options.out) ?? "json";
      const outPath = options.out ? resolve(io.cwd, options.out) : null;
      const dataset = mergeDatasets(paths.map((path) => ({ path, dataset: readDataset(resolve(io.cwd, path), path) })));
      const text = serialize(dataset, format);
      if (outPath) writeAtomically(outPath, text);
      else io.stdout(text);
      const errors = [...dataset.diagnostics, ...dataset.documents.flatMap((d) => d.diagnostics)].some((d) => d.severity === "error");
      setExit(errors ? EXIT.inputErrors : EXIT.ok);
    });
};

/** Joins datasets of one schema and generator whose documents come from different files. */
export function mergeDatasets(inputs: Array<{ path: string; dataset: Dataset }>): Dataset {
  const { SCHEMA_VERSION } = core();
  const first = inputs[0]!;
  const owner = new Map<string, string>();
  for (const { path, dataset } of inputs) {
    if (dataset.schemaVersion !== SCHEMA_VERSION) throw new UsageError(`${path} has schemaVersion ${dataset.schemaVersion}; this policy-extract merges version ${SCHEMA_VERSION}`);
    const { name, version } = dataset.generator;
    if (name !== first.dataset.generator.name || version !== first.dataset.generator.version) {
      throw new UsageError(`${path} was written by ${name} ${version}, ${first.path} by ${first.dataset.generator.name} ${first.dataset.generator.version}; rerun the shards with one version`);
    }
    for (const source of new Set(dataset.documents.map((d) => d.source.path))) {
      const seen = owner.get(source);
      if (seen !== undefined && seen !== path) throw new UsageError(`${source} is in both ${seen} and ${path}; merge the outputs of disjoint shards (--shard I/N with one N)`);
      owner.set(source, path);
    }
  }
  const merged = buildDataset(inputs.map(({ dataset }) => ({ documents: dataset.documents, diagnostics: dataset.diagnostics })));
  merged.generator = { ...first.dataset.generator };
  return merged;
}

function readDataset(absolute: string, shown: string): Dataset {
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${shown}: ${reason(error)}`);
  }
  let value: unknown;
  try {
    value = /\.ya?ml$/i.test(absolute) ? (createRequire(import.meta.url)("yaml") as typeof import("yaml")).parse(text) : JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${shown} is not JSON or YAML (${(error as Error).message}); merge reads datasets written with -f json or -f yaml`);
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== undefined && version !== core().SCHEMA_VERSION) throw new UsageError(`${shown} has schemaVersion ${String(version)}; this policy-extract merges version ${core().SCHEMA_VERSION}`);
  const parsed = core().parseDataset(value);
  if (!parsed.success) throw new UsageError(`${shown} is not a policy-extract dataset (JSONL output holds no diagnostics and cannot be merged; write shards as JSON)`);
  return parsed.data as Dataset;
}

