/**
 * The dataset contract (../shared/spec/dataset-contract.md) as Zod schemas: the single source of truth
 * for the output shape. `schemas/dataset.schema.json` is generated from `DatasetSchema`.
 * Key order here is the key order of every emitted object.
 */
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

// zod/mini (tree-shakable, a fraction of the start-up cost of the classic API) ships no messages:
// English ones, for the rare schema failure that is reported to the user.
z.config(en());

export const SCHEMA_VERSION = "1";

export const SpanSchema = z.strictObject({
  start: z.int().check(z.nonnegative(), z.describe("offset in UTF-16 code units into the decoded source")),
  end: z.int().check(z.nonnegative()),
  line: z.int().check(z.positive(), z.describe("1-based line of start, counted in code points")),
  column: z.int().check(z.positive(), z.describe("1-based column of start, counted in code points")),
}).check(z.refine((span) => span.end >= span.start, { message: "span end before start" }));

export const DiagnosticSchema = z.strictObject({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string().check(z.regex(/^[a-z]+(-[a-z0-9]+)*$/)),
  message: z.string().check(z.minLength(1)),
  path: z.nullable(z.string()),
  span: z.nullable(SpanSchema),
});

export const SectionSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  parentId: z.nullable(z.string()),
  level: z.int().check(z.positive()),
  title: z.string().check(z.minLength(1)),
  subtitle: z.nullable(z.string()),
  implicit: z.boolean(),
  span: SpanSchema,
});

export const MeasureSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  sectionId: z.nullable(z.string()),
  series: z.string().check(z.minLength(1)),
  marker: z.string().check(z.minLength(1)),
  ordinal: z.nullable(z.int()),
  text: z.string(),
  span: SpanSchema,
  /** Further source places the text was assembled from (a displaced fragment); empty when none. */
  parts: z.array(SpanSchema),
  /** The measure this one is an item of (（1） under 1., an item under 第X条), or null. */
  parentId: z.nullable(z.string()),
});

export const TargetSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  sectionId: z.nullable(z.string()),
  measureId: z.nullable(z.string()),
  kind: z.enum(["goal", "status"]),
  indicator: z.string(),
  value: z.number(),
  to: z.nullable(z.number()),
  from: z.nullable(z.number()),
  unit: z.string().check(z.minLength(1)),
  base: z.nullable(z.strictObject({ value: z.number(), unit: z.string().check(z.minLength(1)) })),
  comparator: z.enum(["gt", "gte", "lt", "lte", "eq", "approx"]),
  year: z.nullable(z.int()),
  period: z.nullable(z.string()),
  hedged: z.boolean(),
  binding: z.nullable(z.enum(["约束性", "预期性"])),
  quote: z.string().check(z.minLength(1)),
  span: SpanSchema,
});

export const SourceSchema = z.strictObject({
  path: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  encoding: z.string(),
  format: z.enum(["text", "markdown"]),
});

export const DocumentSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  source: SourceSchema,
  title: z.string(),
  byline: z.nullable(z.string()),
  continuedFrom: z.nullable(z.string()),
  /** Captions (图为…) and editor's notes: metadata, kept out of the body. */
  captions: z.array(z.string()),
  policies: z.array(z.string()),
  sections: z.array(SectionSchema),
  measures: z.array(MeasureSchema),
  targets: z.array(TargetSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export const DiagnosticListSchema = z.array(DiagnosticSchema);

export const DatasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.strictObject({ name: z.literal("policy-extract"), version: z.string() }),
  documents: z.array(DocumentSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type PolicyDocument = z.infer<typeof DocumentSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;

/**
 * Documents checked with a schema's interpreter before it is compiled. zod's compiled check (one
 * generated function) is about eight times faster but takes about 15 ms to build: more than a one-file
 * run spends checking all its documents, a fraction of what a large run saves.
 */
const COMPILE_AFTER = 64;

/** A schema's safeParse, interpreted for the first documents and compiled once there are more. */
export class SchemaCheck<S extends z.ZodMiniType> {
  private compiled: S | null = null;
  private documents = 0;

  constructor(private readonly schema: S) {}

  /** `documents`: how many documents `value` holds (a dataset holds many), to know when compiling pays. */
  safeParse(value: unknown, documents = 1): ReturnType<S["safeParse"]> {
    this.documents += documents;
    if (this.compiled === null && this.documents > COMPILE_AFTER) this.compiled = z.compile(this.schema);
    return (this.compiled ?? this.schema).safeParse(value) as ReturnType<S["safeParse"]>;
  }
}

export const documentCheck = new SchemaCheck(DocumentSchema);
export const datasetCheck = new SchemaCheck(DatasetSchema);
export const diagnosticListCheck = new SchemaCheck(DiagnosticListSchema);

/** A dataset read back (merge, check, diff, report), checked compiled when it holds enough documents to pay. */
export function parseDataset(value: unknown): ReturnType<typeof DatasetSchema.safeParse> {
  const documents = typeof value === "object" && value !== null ? (value as { documents?: unknown }).documents : undefined;
  return datasetCheck.safeParse(value, Array.isArray(documents) ? documents.length : 0);
}

/** The JSON Schema of the dataset, as checked in at schemas/dataset.schema.json. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
  ...z.toJSONSchema(DatasetSchema, { target: "draft-2020-12" }),
  $id: "https://policy-extract.dev/schemas/dataset.schema.json",
  title: "policy-extract dataset",
  } as Record<string, unknown>;
}
