/**
 * The last stages: gather per-file results into one dataset in a fixed order, validate it against
 * the schema, and serialize it. Sorting compares strings by code unit, never by locale, so the bytes
 * are the same on every machine and for every input order.
 */
import { createRequire } from "node:module";
import { toolVersion } from "./version.js";
import { DatasetSchema, SCHEMA_VERSION, type Dataset, type Diagnostic, type PolicyDocument } from "./schema.js";
import type { ExtractResult } from "./pipeline.js";

export type OutputFormat = "json" | "yaml" | "jsonl";

export { toolVersion };

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One dataset from per-file results, in a fixed order, validated. Throws only on a bug (invalid output). */
export function buildDataset(results: ExtractResult[]): Dataset {
  const documents: PolicyDocument[] = results
    .flatMap((result) => result.documents.map((document, position) => ({ document, position })))
    .sort((a, b) => byCodeUnit(a.document.source.path, b.document.source.path) || a.position - b.position)
    .map(({ document }) => document);
  const diagnostics: Diagnostic[] = results.flatMap((result) => result.diagnostics).sort(compareDiagnostics);
  const dataset = { schemaVersion: SCHEMA_VERSION, generator: { name: "policy-extract", version: toolVersion() }, documents, diagnostics };
  const checked = DatasetSchema.safeParse(dataset);
  if (!checked.success) throw new InvalidOutputError(describeIssue(dataset, checked.error.issues[0]!));
  return checked.data as Dataset;
}

/** The output does not meet its own schema: a bug in policy-extract, never the user's input. */
export class InvalidOutputError extends Error {
  override name = "InvalidOutputError";
}

/** Names the failing item: its place in the dataset, its document and source file, and what is wrong. */
function describeIssue(dataset: { documents: PolicyDocument[] }, issue: { path: PropertyKey[]; message: string }): string {
  const place = issue.path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("").replace(/^\./, "");
  const document = issue.path[0] === "documents" && typeof issue.path[1] === "number" ? dataset.documents[issue.path[1]] : undefined;
  const owner = document ? ` (document ${document.id} from ${document.source.path})` : "";
  return `the output failed its schema at ${place}${owner}: ${issue.message}. Nothing was written; please report this with the input file.`;
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
      const YAML = createRequire(import.meta.url)("yaml") as typeof import("yaml");
      return YAML.stringify(dataset, { lineWidth: 0, aliasDuplicateObjects: false });
    }
  }
}
