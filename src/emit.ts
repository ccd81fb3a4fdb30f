/**
 * The last stages: gather per-file results into one dataset in a fixed order, validate it against
 * the schema, and serialize it. Sorting compares strings by code unit, never by locale, so the bytes
 * are the same on every machine and for every input order.
 */
import { createRequire } from "node:module";
import { toolVersion } from "./version.js";
import { datasetCheck, diagnosticListCheck, documentCheck, SCHEMA_VERSION, type Dataset, type Diagnostic, type PolicyDocument } from "./schema.js";
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
  const dataset = { ...datasetHead(), documents, diagnostics };
  const checked = datasetCheck.safeParse(dataset, documents.length);
  if (!checked.success) throw new InvalidOutputError(describeIssue(dataset, checked.error.issues[0]!));
  return checked.data as Dataset;
}

function datasetHead(): Pick<Dataset, "schemaVersion" | "generator"> {
  return { schemaVersion: SCHEMA_VERSION, generator: { name: "policy-extract", version: toolVersion() } };
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

/**
 * The dataset as a stream of text, for runs too large to hold whole: the opening, then each file's
 * documents (checked and rendered where they were extracted, in a worker), then the closing with the
 * file-level diagnostics. The pieces concatenate to the bytes serialize() gives for the whole dataset.
 */
export type StreamFormat = "json" | "jsonl";

const utf8 = new TextEncoder();

/**
 * Checks a document against the schema and renders it, in UTF-8, as it stands in the streamed dataset; throws
 * InvalidOutputError on a bug. The document itself is rendered, not zod's copy of it: assemble builds
 * every object in the schema's key order (the streamed-output test compares the two), and a second copy
 * of a large file's documents would double the memory its rendering takes.
 */
export function renderDocument(document: PolicyDocument, format: StreamFormat): Uint8Array {
  const checked = documentCheck.safeParse(document);
  if (!checked.success) throw new InvalidOutputError(describeIssue({ documents: [document] }, { ...checked.error.issues[0]!, path: ["documents", 0, ...checked.error.issues[0]!.path] }).replace("documents[0]", "documents[…]"));
  if (format === "jsonl") return utf8.encode(`${JSON.stringify(document)}\n`);
  // A document stands two levels deep in the dataset: stringified two arrays deep, it comes out indented
  // as it is there, and the arrays' brackets ("[\n  [\n" and "\n  ]\n]", six ASCII bytes each) are cut
  // off the bytes. (Re-indenting a stringified document line by line costs as much again as
  // stringifying it; cutting the string instead of the bytes would copy it.)
  const bytes = utf8.encode(JSON.stringify([[document]], null, 2));
  return bytes.subarray(6, bytes.length - 6);
}

/**
 * A file's documents checked and rendered, each in UTF-8 (DatasetStream adds what stands between them).
 * Each is encoded as soon as it is rendered, so a large file's output is never held as text and bytes
 * at once, and never copied into one buffer.
 */
export function renderFile(documents: PolicyDocument[], format: StreamFormat): Uint8Array[] {
  return documents.map((document) => renderDocument(document, format));
}

/** Joins rendered files (renderFile) with the dataset's opening and closing into serialize()'s bytes. */
export class DatasetStream {
  private documentCount = 0;

  /** `write` gets the output in order, a few pieces at a time (one call per file). */
  constructor(
    private readonly format: StreamFormat,
    private readonly write: (chunks: ReadonlyArray<string | Uint8Array>) => void,
  ) {
    if (format === "json") write([`${JSON.stringify(datasetHead(), null, 2).slice(0, -2)},\n  "documents": [`]);
  }

  /**
   * One file's documents as renderFile gave them. Files come in output order: sorted by path, as
   * buildDataset orders them.
   */
  add(rendered: ReadonlyArray<string | Uint8Array>): void {
    if (rendered.length === 0) return;
    const chunks: Array<string | Uint8Array> = [];
    for (const document of rendered) {
      if (this.format === "json") chunks.push(this.documentCount > 0 ? ",\n" : "\n");
      chunks.push(document);
      this.documentCount++;
    }
    this.write(chunks);
  }

  /** The file-level diagnostics close a JSON dataset (JSONL holds documents only). */
  end(diagnostics: Diagnostic[]): void {
    if (this.format === "jsonl") return;
    const checked = diagnosticListCheck.safeParse([...diagnostics].sort(compareDiagnostics), 0);
    if (!checked.success) throw new InvalidOutputError(`the output failed its schema in diagnostics: ${checked.error.issues[0]!.message}. Nothing was written; please report this with the input file.`);
    const list = JSON.stringify(checked.data, null, 2).replaceAll("\n", "\n  ");
    this.write([`${this.documentCount > 0 ? "\n  " : ""}],\n  "diagnostics": ${list}\n}\n`]);
  }
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
