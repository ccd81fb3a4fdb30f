/**
 * Reads a dataset file's text (JSON, YAML or JSONL, as `policy-extract` writes them) for comparison.
 * Accepts datasets from older and newer versions of the same schemaVersion: fields added since
 * (captions, parts, a measure's parentId) get their defaults, and fields this version does not know
 * are kept and compared as they are. A different schemaVersion is refused with a clear message.
 */
import { parse as parseYaml } from "yaml";
import { parseDataset as checkDataset, SCHEMA_VERSION, type Dataset } from "../schema.js";

export type Loaded = { dataset: Dataset; error: null } | { dataset: null; error: string };

/** `name` is how messages refer to the file; its extension picks the reader. */
export function parseDataset(text: string, name: string): Loaded {
  const fail = (error: string): Loaded => ({ dataset: null, error });
  let value: unknown;
  try {
    if (/\.ya?ml$/i.test(name)) value = parseYaml(text.replace(/^\uFEFF/, ""));
    else if (/\.(jsonl|ndjson)$/i.test(name)) value = fromJsonLines(text);
    else value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return fail(`${name} is not a policy-extract dataset: ${(error as Error).message.split("\n")[0]}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("documents" in value)) {
    return fail(`${name} is not a policy-extract dataset: it has no "documents"`);
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return fail(`${name} has schemaVersion ${JSON.stringify(version ?? null)}, but this policy-extract reads schemaVersion "${SCHEMA_VERSION}"; re-extract it with this version to compare`);
  }
  const filled = withDefaults(value as Record<string, unknown>);
  const parsed = checkDataset(filled);
  if (parsed.success) return { dataset: parsed.data as Dataset, error: null };
  // keys a newer version added are not an error: they are compared as they are
  const real = parsed.error.issues.filter((issue) => issue.code !== "unrecognized_keys");
  if (real.length === 0) return { dataset: filled as unknown as Dataset, error: null };
  const issue = real[0]!;
  const at = issue.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "");
  return fail(`${name} is not a valid policy-extract dataset: ${at || "(top level)"}: ${issue.message}`);
}

/** JSONL holds documents only; the header fields are taken as this version's. */
function fromJsonLines(text: string): unknown {
  const documents = text.split(/\r?\n/).filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as unknown);
  return { schemaVersion: SCHEMA_VERSION, generator: { name: "policy-extract", version: "(jsonl)" }, documents, diagnostics: [] };
}

function withDefaults(dataset: Record<string, unknown>): Record<string, unknown> {
  const documents = Array.isArray(dataset.documents) ? dataset.documents : [];
  return {
    ...dataset,
    diagnostics: dataset.diagnostics ?? [],
    documents: documents.map((document: Record<string, unknown>) =>
      typeof document !== "object" || document === null
        ? document
        : {
            ...document,
            captions: document.captions ?? [],
            measures: Array.isArray(document.measures) ? document.measures.map((m: Record<string, unknown>) => ({ ...m, parts: m?.parts ?? [], parentId: m?.parentId ?? null })) : document.measures,
          },
    ),
  };
}
