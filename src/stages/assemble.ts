/**
 * Stage 9: drafts to contract objects. Ids are positional within their parent (s1, s1.2, s1.2.m3,
 * s1.2.m3.t1), so an edit in one section changes that section's ids only; a series is named by its
 * first measure. Every span is resolved here, once, through the source map.
 */
import type { Finding } from "../diagnostics/report.js";
import { severityOf } from "../diagnostics/report.js";
import type { Diagnostic, Measure, PolicyDocument, Section, Source, Span, Target } from "../schema.js";
import type { Range } from "../text/passage.js";
import type { SourceMap } from "../text/source-map.js";
import type { TargetDraft } from "./figures.js";
import type { DraftDocument } from "./repair.js";
import type { Structure } from "./structure.js";

export interface AssembleInput {
  id: string;
  source: Source;
  draft: DraftDocument;
  structure: Structure;
  targets: Array<TargetDraft & { sectionKey: number | null; measureKey: number | null }>;
  findings: Finding[];
}

export function assembleDocument(input: AssembleInput, map: SourceMap): PolicyDocument {
  const { draft, structure } = input;
  const sectionIds = new Map<number, string>();
  const childCount = new Map<number | null, number>();
  const sections: Section[] = structure.sections.map((section) => {
    const n = (childCount.get(section.parentKey) ?? 0) + 1;
    childCount.set(section.parentKey, n);
    const id = section.parentKey === null ? `s${n}` : `${sectionIds.get(section.parentKey)}.${n}`;
    sectionIds.set(section.key, id);
    return {
      id,
      parentId: section.parentKey === null ? null : sectionIds.get(section.parentKey)!,
      level: section.level,
      title: map.text(section.title),
      subtitle: section.subtitle ? map.text(section.subtitle) : null,
      implicit: section.implicit,
      span: map.span(section.title.toRange(0, section.title.length)),
    };
  });

  const measureIds = new Map<number, string>();
  const seriesIds = new Map<string, string>();
  const perScope = new Map<string, number>();
  const measures: Measure[] = structure.measures.map((measure) => {
    const scope = measure.parentKey !== null ? measureIds.get(measure.parentKey)! : measure.sectionKey !== null ? sectionIds.get(measure.sectionKey)! : "";
    const n = (perScope.get(scope) ?? 0) + 1;
    perScope.set(scope, n);
    const id = scope ? `${scope}.m${n}` : `m${n}`;
    measureIds.set(measure.key, id);
    if (!seriesIds.has(measure.seriesKey)) seriesIds.set(measure.seriesKey, id);
    const { span, parts } = spanWithParts(measure.whole.toRanges(0, measure.whole.length), map);
    return {
      id,
      sectionId: measure.sectionKey === null ? null : sectionIds.get(measure.sectionKey)!,
      series: seriesIds.get(measure.seriesKey)!,
      marker: map.text(measure.whole, measure.markerAt, measure.markerAt + measure.markerLength),
      ordinal: measure.ordinal,
      text: map.text(measure.body).replace(/\s*\n\s*/g, "\n"),
      span,
      parts,
      parentId: measure.parentKey === null ? null : measureIds.get(measure.parentKey)!,
    };
  });

  const perContainer = new Map<string, number>();
  const targets: Target[] = input.targets.map((target) => {
    const measureId = target.measureKey === null ? null : measureIds.get(target.measureKey)!;
    const sectionId = target.sectionKey === null ? null : sectionIds.get(target.sectionKey)!;
    const container = measureId ?? sectionId ?? "";
    const n = (perContainer.get(container) ?? 0) + 1;
    perContainer.set(container, n);
    const { span } = spanWithParts(target.ranges, map);
    return {
      id: container ? `${container}.t${n}` : `t${n}`,
      sectionId,
      measureId,
      kind: target.kind,
      indicator: target.indicator,
      value: target.value,
      to: target.to,
      from: target.from,
      unit: target.unit,
      base: target.base,
      comparator: target.comparator,
      year: target.year,
      period: target.period,
      hedged: target.hedged,
      binding: target.binding,
      quote: map.source.slice(span.start, span.end),
      span,
    };
  });

  return {
    id: input.id,
    source: input.source,
    title: draft.title ? map.text(draft.title) : "",
    byline: draft.byline,
    continuedFrom: draft.continuedFrom,
    captions: draft.captions.map((caption) => map.text(caption)),
    policies: policiesOf(draft, map),
    sections,
    measures,
    targets,
    diagnostics: input.findings.map((finding) => toDiagnostic(finding, input.source.path, map)),
  };
}

export function toDiagnostic(finding: Finding, path: string | null, map: SourceMap | null): Diagnostic {
  return {
    severity: severityOf(finding),
    code: finding.code,
    message: finding.message,
    path,
    span: finding.range && map ? map.span(finding.range) : null,
  };
}

/**
 * One span from the first range on, as long as the ranges run forward through the source; ranges
 * that stand elsewhere (a fragment returned from another place) are listed as parts.
 */
function spanWithParts(ranges: Range[], map: SourceMap): { span: Span; parts: Span[] } {
  // the common case, one range: no arrays to build
  if (ranges.length === 1) return { span: map.span(ranges[0]!), parts: [] };
  const source = ranges.map((range) => map.sourceRange(range));
  if (source.length === 0) return { span: map.span({ start: 0, end: 0 }), parts: [] };
  const start = source[0]!.start;
  let end = source[0]!.end;
  const elsewhere: Range[] = [];
  for (const range of source.slice(1)) {
    if (range.start >= end && elsewhere.length === 0) end = range.end;
    else elsewhere.push(range);
  }
  return { span: map.sourceSpan(start, end), parts: elsewhere.map((r) => map.sourceSpan(r.start, r.end)) };
}

/** Titles named in 《》 in order of first mention; a short name the text defines (以下简称《…》) is not another title. */
function policiesOf(draft: DraftDocument, map: SourceMap): string[] {
  // the document's own title may name the policy it is about (《…若干措施》政策问答)
  const text = [draft.title ? map.text(draft.title) : "", ...draft.paras.map((para) => map.text(para.passage))].join("\n");
  const shortNames = new Set([...text.matchAll(/简称\s*(《[^》]{1,30}》)/gu)].map((m) => m[1]!));
  const seen = new Set<string>();
  for (const match of text.matchAll(/《[^《》\n]{1,80}》/gu)) {
    const title = match[0];
    if (!shortNames.has(title) && !seen.has(title)) seen.add(title);
  }
  // a short form the text never defines is the end of a full name it gives (《若干措施》 of 《某市…若干措施》)
  const names = [...seen];
  return names.filter((name) => !names.some((other) => other.length > name.length && other.endsWith(name.slice(1))));
}
