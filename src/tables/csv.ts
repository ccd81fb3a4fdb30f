/**
 * The dataset as four CSV tables (documents, sections, measures, targets) for spreadsheets and data
 * tools: UTF-8 with a BOM (Excel reads it as UTF-8 then), RFC 4180 quoting, CRLF line ends, one header
 * row. Columns come from the Zod schemas in their key order, in snake_case, so a field added to the
 * schema becomes a column by itself; nested objects are flattened (span_start, base_value), arrays are
 * written as JSON text, null as an empty field. Every row starts with document_id.
 */
import type * as z from "zod/mini";
import { DocumentSchema, MeasureSchema, SectionSchema, TargetSchema, type Dataset, type PolicyDocument } from "../schema.js";

export interface Table {
  /** File name: documents.csv, sections.csv, measures.csv, targets.csv. */
  name: string;
  text: string;
}

type Row = Record<string, unknown>;

/** Nested objects flattened into columns: key -> sub-keys. */
const FLATTENED: Record<string, string[]> = {
  span: ["start", "end", "line", "column"],
  base: ["value", "unit"],
  source: ["path", "sha256", "encoding", "format"],
};
/** Document fields that are tables of their own, not columns. */
const NOT_COLUMNS = new Set(["id", "sections", "measures", "targets", "diagnostics"]);

export function csvTables(dataset: Dataset): Table[] {
  const docs = dataset.documents;
  const rows = (pick: (d: PolicyDocument) => Row[]) => docs.flatMap((d) => pick(d).map((row) => ({ document_id: d.id, ...flatten(row) })));
  return [
    table("documents.csv", ["document_id", ...columnsOf(DocumentSchema).filter((key) => !NOT_COLUMNS.has(key)).flatMap(flatColumns)], docs.map((d) => ({ document_id: d.id, ...flatten(d, NOT_COLUMNS) }))),
    table("sections.csv", ["document_id", ...columnsOf(SectionSchema).flatMap(flatColumns)], rows((d) => d.sections)),
    table("measures.csv", ["document_id", ...columnsOf(MeasureSchema).flatMap(flatColumns)], rows((d) => d.measures)),
    table("targets.csv", ["document_id", ...columnsOf(TargetSchema).flatMap(flatColumns)], rows((d) => d.targets)),
  ];
}

/** One CSV field, quoted only when it must be (RFC 4180: comma, quote, CR or LF). */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : Array.isArray(value) ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(name: string, columns: string[], rows: Row[]): Table {
  const lines = [columns.join(","), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(","))];
  return { name, text: `\uFEFF${lines.map((line) => `${line}\r\n`).join("")}` };
}

function columnsOf(schema: z.ZodMiniObject): string[] {
  return Object.keys(schema.shape);
}

function flatColumns(key: string): string[] {
  const subKeys = FLATTENED[key];
  return subKeys ? subKeys.map((sub) => `${snake(key)}_${snake(sub)}`) : [snake(key)];
}

/** camelCase keys to snake_case columns; nested objects flattened; unknown nested objects as JSON. */
function flatten(object: object, skip: Set<string> = new Set()): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(object)) {
    if (skip.has(key)) continue;
    const subKeys = FLATTENED[key];
    if (subKeys) {
      for (const sub of subKeys) row[`${snake(key)}_${snake(sub)}`] = (value as Row | null)?.[sub] ?? null;
    } else {
      row[snake(key)] = typeof value === "object" && value !== null && !Array.isArray(value) ? JSON.stringify(value) : value;
    }
  }
  return row;
}

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
