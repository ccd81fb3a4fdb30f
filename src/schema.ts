/**
 * The dataset contract (../shared/spec/dataset-contract.md) as Zod schemas: the single source of truth
 * for the output shape. `schemas/dataset.schema.json` is generated from `DatasetSchema`.
 * Key order here is the key order of every emitted object.
 */
import { z } from "zod";

export const SCHEMA_VERSION = "1";

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe("offset in UTF-16 code units into the decoded source"),
    end: z.number().int().nonnegative(),
    line: z.number().int().positive().describe("1-based line of start, counted in code points"),
    column: z.number().int().positive().describe("1-based column of start, counted in code points"),
  })
  .strict()
  .refine((span) => span.end >= span.start, { message: "span end before start" });

export const DiagnosticSchema = z
  .object({
    severity: z.enum(["error", "warning", "info"]),
    code: z.string().regex(/^[a-z]+(-[a-z0-9]+)*$/),
    message: z.string().min(1),
    path: z.string().nullable(),
    span: SpanSchema.nullable(),
  })
  .strict();

export const SectionSchema = z
  .object({
    id: z.string().min(1),
    parentId: z.string().nullable(),
    level: z.number().int().positive(),
    title: z.string().min(1),
    subtitle: z.string().nullable(),
    implicit: z.boolean(),
    span: SpanSchema,
  })
  .strict();

export const MeasureSchema = z
  .object({
    id: z.string().min(1),
    sectionId: z.string().nullable(),
    series: z.string().min(1),
    marker: z.string().min(1),
    ordinal: z.number().int().nullable(),
    text: z.string(),
    span: SpanSchema,
    /** Further source places the text was assembled from (a displaced fragment); empty when none. */
    parts: z.array(SpanSchema),
    /** The measure this one is an item of (（1） under 1., an item under 第X条), or null. */
    parentId: z.string().nullable(),
  })
  .strict();

export const TargetSchema = z
  .object({
    id: z.string().min(1),
    sectionId: z.string().nullable(),
    measureId: z.string().nullable(),
    kind: z.enum(["goal", "status"]),
    indicator: z.string(),
    value: z.number().finite(),
    to: z.number().finite().nullable(),
    from: z.number().finite().nullable(),
    unit: z.string().min(1),
    base: z.object({ value: z.number().finite(), unit: z.string().min(1) }).strict().nullable(),
    comparator: z.enum(["gt", "gte", "lt", "lte", "eq", "approx"]),
    year: z.number().int().nullable(),
    period: z.string().nullable(),
    hedged: z.boolean(),
    binding: z.enum(["约束性", "预期性"]).nullable(),
    quote: z.string().min(1),
    span: SpanSchema,
  })
  .strict();

export const SourceSchema = z
  .object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string(),
    format: z.enum(["text", "markdown"]),
  })
  .strict();

export const DocumentSchema = z
  .object({
    id: z.string().min(1),
    source: SourceSchema,
    title: z.string(),
    byline: z.string().nullable(),
    continuedFrom: z.string().nullable(),
    /** Captions (图为…) and editor's notes: metadata, kept out of the body. */
    captions: z.array(z.string()),
    policies: z.array(z.string()),
    sections: z.array(SectionSchema),
    measures: z.array(MeasureSchema),
    targets: z.array(TargetSchema),
    diagnostics: z.array(DiagnosticSchema),
  })
  .strict();

export const DatasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    generator: z.object({ name: z.literal("policy-extract"), version: z.string() }).strict(),
    documents: z.array(DocumentSchema),
    diagnostics: z.array(DiagnosticSchema),
  })
  .strict();

export type Span = z.infer<typeof SpanSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type PolicyDocument = z.infer<typeof DocumentSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;

/** The JSON Schema of the dataset, as checked in at schemas/dataset.schema.json. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema, { target: "draft-2020-12" }),
    $id: "https://policy-extract.dev/schemas/dataset.schema.json",
    title: "policy-extract dataset",
  } as Record<string, unknown>;
}
