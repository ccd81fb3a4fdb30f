/** policy-extract's library API: extract documents, headings, measures and figures from Chinese policy text. */
export { extract, extractBytes, type ExtractOptions, type ExtractResult, type StageName } from "./pipeline.js";
export { buildDataset, DatasetStream, renderFile, serialize, type OutputFormat, type StreamFormat } from "./emit.js";
export { CODES, type DiagnosticCode } from "./diagnostics/codes.js";
export { SYSTEMS as NUMBERING_SYSTEMS } from "./numbering/registry.js";
export * from "./schema.js";
