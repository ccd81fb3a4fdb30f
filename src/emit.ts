/**
 * The last stages: gather per-file results into one dataset in a fixed order, validate it against
 * the schema, and serialize it. Sorting compares strings by code unit, never by locale, so the bytes
 * are the same on every machine and for every input order.
 */
import { createRequire } from "node:module";
import { DatasetSchema, SCHEMA_VERSION, type Dataset, type Diagnostic, type PolicyDocument } from "./schema.js";
import type { ExtractResult } from "./pipeline.js";

export type OutputFormat = "json" | "yaml" | "jsonl";

const require = createRequire(import.meta.url);

export function toolVersion(): string {
  return (require("../package.json") as { version: string }).version;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One dataset from per-file results, in a fixed order, validated. Throws only on a bug (invalid output). */
export function buildDataset(results: ExtractResult[]): Dataset {
  const documents: PolicyDocument[] = results
    .flatMap((result) => result.documents.map((document, position) => ({ document, position })))
    .sort((a, b) => byCodeUnit(a.document.source.path, b.document.source.path) || a.position - b.position)
    .map(({ document }) => document);
  const diagnostics: Diagnostic[] = results.flatMap((result) => result.diagnostics).sort(compareDiagnostics);
  return DatasetSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generator: { name: "policy-extract", version: toolVersion() },
    documents,
    diagnostics,
  }) as Dataset;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return byCodeUnit(a.path ?? "", b.path ?? "") || (a.span?.start ?? -1) - (b.span?.start ?? -1) || byCodeUnit(a.code, b.code) || byCodeUnit(a.message, b.message);
}

export function serialize(dataset: Dataset, format: OutputFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(dataset, null, 2)}\n`;
    case "jsonl":
      return dataset.documents.map((document) => `${JSON.stringify(document)}\n`).join("");
    case "yaml": {
      // loaded only when YAML is asked for: most runs never pay for it
      const YAML = require("yaml") as typeof import("yaml");
      return YAML.stringify(dataset, { lineWidth: 0, aliasDuplicateObjects: false });
    }
  }
}
