/**
 * The HTML report: a dataset and its source texts in, one self-contained HTML page out. Pure and
 * deterministic (no clock, no randomness, no locale), so the same input gives the same bytes. All
 * source text is escaped; the page loads nothing from the network (its CSP forbids it).
 */
import type { Dataset, Diagnostic, Measure, PolicyDocument, Section, Span, Target } from "../schema.js";
import { CLIENT_SCRIPT, STYLE } from "./assets.js";
import { linesByDocument, linesOf, locate, piecesOf, type Line, type Mark } from "./layout.js";

export interface ReportSource {
  /** The decoded source text the spans point into; null when it could not be read again. */
  text: string | null;
  /** ok; changed (sha256 differs from the dataset's, so places may be off); missing (not readable). */
  status: "ok" | "changed" | "missing";
  /** Why it is changed or missing, for the reader. */
  note?: string;
}

export interface ReportOptions {
  /** The page title; by default from the documents' source paths. */
  title?: string;
}

type Field = [name: string, value: string, ref?: string];

interface Item {
  doc: number;
  kind: string;
  label: string;
  fields: Field[];
}

const COMPARATOR: Record<Target["comparator"], string> = { gt: ">", gte: "≥", lt: "<", lte: "≤", eq: "=", approx: "≈" };

/** Renders the report. `sources` maps each document's source.path to its text. */
export function renderReport(dataset: Dataset, sources: ReadonlyMap<string, ReportSource>, options: ReportOptions = {}): string {
  const items: Record<string, Item> = {};
  const documents = dataset.documents;
  const marksByDoc = documents.map((document, doc) => marksOf(document, doc, sources.get(document.source.path)?.text ?? null, items));

  // the lines each document shows, worked out per source file (documents of one file share lines)
  const shownByDoc: Array<Set<number> | null> = documents.map(() => null);
  const linesByPath = new Map<string, Line[]>();
  for (const path of unique(documents.map((d) => d.source.path))) {
    const text = sources.get(path)?.text;
    if (text == null) continue;
    const lines = linesOf(text);
    linesByPath.set(path, lines);
    const docs = documents.map((d, index) => (d.source.path === path ? index : -1)).filter((index) => index >= 0);
    const shown = linesByDocument(text, lines, docs.map((index) => marksByDoc[index]!));
    docs.forEach((index, k) => (shownByDoc[index] = shown[k]!));
  }

  const paths = unique(documents.map((d) => d.source.path));
  const title = options.title ?? `policy-extract report: ${paths.length > 0 ? paths.join(", ") : "no documents"}`;
  const body = documents
    .map((document, doc) => {
      const source = sources.get(document.source.path) ?? { text: null, status: "missing" as const };
      const lines = linesByPath.get(document.source.path) ?? [];
      return renderDocument(document, doc, source, lines, shownByDoc[doc] ?? new Set(), marksByDoc[doc]!);
    })
    .join("\n");

  const data = { items };
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="${esc(`${dataset.generator.name} ${dataset.generator.version}`)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
<h1>${esc(title)}</h1>
<p class="meta">${esc(`${dataset.generator.name} ${dataset.generator.version}`)} · schema ${esc(dataset.schemaVersion)} · ${count(documents.length, "document")} · ${count(sum(documents, (d) => d.sections.length), "heading")} · ${count(sum(documents, (d) => d.measures.length), "measure")} · ${count(sum(documents, (d) => d.targets.length), "figure")}</p>
${legend()}
${renderSourceNotes(paths, sources)}
${documents.length > 0 ? `<nav class="docnav" aria-label="Documents"><ol>${documents.map((d, doc) => `<li><a href="#doc${doc}">${esc(d.title || d.id)}</a> <span class="muted">${esc(d.id)}</span></li>`).join("")}</ol></nav>` : `<p class="empty">The dataset holds no documents.</p>`}
${renderDiagnosticList(dataset.diagnostics, null, "Diagnostics outside any document")}
</header>
<main>
${body}
</main>
<script type="application/json" id="pe-data">${jsonForScript(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

function marksOf(document: PolicyDocument, doc: number, text: string | null, items: Record<string, Item>): Mark[] {
  const ref = (id: string) => `d${doc}-${id}`;
  const limit = text?.length ?? 0;
  const clamp = (span: Span) => ({ start: Math.min(span.start, limit), end: Math.min(span.end, limit) });
  const marks: Mark[] = [];

  const firstStart = Math.min(...[...document.sections, ...document.measures, ...document.targets].map((x) => x.span.start), limit);
  const titleAt = text ? locate(text, document.title, firstStart) : null;
  items[ref("doc")] = {
    doc,
    kind: "document",
    label: document.title,
    fields: [
      ["id", document.id],
      ["title", document.title],
      ["byline", show(document.byline)],
      ["continuedFrom", show(document.continuedFrom)],
      ["source", `${document.source.path} (${document.source.encoding}, ${document.source.format})`],
      ["sha256", document.source.sha256],
      ["policies", document.policies.join(" ") || "—"],
      ["captions", document.captions.join(" / ") || "—"],
    ],
  };
  if (titleAt) marks.push({ ref: ref("doc"), kind: "title", variant: "", intervals: [titleAt] });

  for (const section of document.sections) {
    items[ref(section.id)] = { doc, kind: "heading", label: section.title, fields: sectionFields(section, ref) };
    marks.push({ ref: ref(section.id), kind: "section", variant: section.implicit ? "implicit" : "", intervals: [clamp(section.span)] });
  }
  for (const measure of document.measures) {
    items[ref(measure.id)] = { doc, kind: "measure", label: `${measure.marker} ${measure.text}`, fields: measureFields(measure, ref) };
    marks.push({ ref: ref(measure.id), kind: "measure", variant: "", intervals: [measure.span, ...measure.parts].map(clamp) });
  }
  for (const target of document.targets) {
    items[ref(target.id)] = { doc, kind: `figure (${target.kind})`, label: target.quote, fields: targetFields(target, ref) };
    marks.push({ ref: ref(target.id), kind: "target", variant: target.kind, intervals: [clamp(target.span)] });
  }
  document.diagnostics.forEach((diagnostic, index) => {
    const id = `diag${index + 1}`;
    items[ref(id)] = { doc, kind: `diagnostic (${diagnostic.severity})`, label: diagnostic.code, fields: diagnosticFields(diagnostic) };
    if (diagnostic.span) marks.push({ ref: ref(id), kind: "diagnostic", variant: diagnostic.severity, intervals: [clamp(diagnostic.span)] });
  });
  return marks;
}

function sectionFields(section: Section, ref: (id: string) => string): Field[] {
  return [
    ["id", section.id],
    ["level", String(section.level)],
    ["title", section.title],
    ["subtitle", show(section.subtitle)],
    ["implicit", String(section.implicit)],
    section.parentId ? ["parent", section.parentId, ref(section.parentId)] : ["parent", "—"],
    ["place", place(section.span)],
  ];
}

function measureFields(measure: Measure, ref: (id: string) => string): Field[] {
  return [
    ["id", measure.id],
    ["marker", measure.marker],
    ["ordinal", show(measure.ordinal)],
    ["series", measure.series],
    measure.sectionId ? ["section", measure.sectionId, ref(measure.sectionId)] : ["section", "—"],
    measure.parentId ? ["parent", measure.parentId, ref(measure.parentId)] : ["parent", "—"],
    ["text", measure.text],
    ["place", place(measure.span)],
    ["parts", measure.parts.map(place).join("; ") || "—"],
  ];
}

function targetFields(target: Target, ref: (id: string) => string): Field[] {
  return [
    ["id", target.id],
    ["kind", target.kind],
    ["indicator", target.indicator || "—"],
    ["value", target.to === null ? String(target.value) : `${target.value}–${target.to}`],
    ["unit", target.unit],
    ["comparator", `${target.comparator} (${COMPARATOR[target.comparator]})`],
    ["year", show(target.year)],
    ["from", show(target.from)],
    ["base", target.base ? `${target.base.value} ${target.base.unit}` : "—"],
    ["period", show(target.period)],
    ["hedged", String(target.hedged)],
    ["binding", show(target.binding)],
    ["quote", target.quote],
    target.sectionId ? ["section", target.sectionId, ref(target.sectionId)] : ["section", "—"],
    target.measureId ? ["measure", target.measureId, ref(target.measureId)] : ["measure", "—"],
    ["place", place(target.span)],
  ];
}

function diagnosticFields(diagnostic: Diagnostic): Field[] {
  return [
    ["code", diagnostic.code],
    ["severity", diagnostic.severity],
    ["message", diagnostic.message],
    ["place", diagnostic.span ? place(diagnostic.span) : "—"],
  ];
}

function renderDocument(document: PolicyDocument, doc: number, source: ReportSource, lines: Line[], shown: Set<number>, marks: Mark[]): string {
  const ref = (id: string) => `d${doc}-${id}`;
  const chips = [
    count(document.sections.length, "heading"),
    count(document.measures.length, "measure"),
    count(document.targets.length, "figure"),
    count(document.diagnostics.length, "diagnostic"),
  ];
  const meta = [
    `<span class="mono">${esc(document.id)}</span>`,
    esc(document.source.path),
    document.byline ? esc(document.byline) : "",
    document.continuedFrom ? esc(document.continuedFrom) : "",
  ].filter(Boolean);
  const figures = document.targets;
  return `<section class="doc" id="doc${doc}" data-doc="${doc}">
<header class="dochead">
<h2><a href="#${esc(ref("doc"))}" data-ref="${esc(ref("doc"))}">${esc(document.title || document.id)}</a></h2>
<p class="meta">${meta.join(" · ")}</p>
<p class="chips">${chips.map((chip) => `<span class="chip">${chip}</span>`).join("")}</p>
${document.policies.length > 0 ? `<p class="policies">${document.policies.map((p) => `<span>${esc(p)}</span>`).join("")}</p>` : ""}
</header>
<div class="grid">
<nav class="outline" aria-label="Outline">
<details open><summary>Outline</summary>
${renderOutline(document, ref)}
</details>
</nav>
<div class="source" lang="zh-Hans">
${renderSource(source, document, lines, shown, marks)}
</div>
<aside class="details" id="details-${doc}" aria-live="polite">
<p class="hint">Click a highlight, an outline entry or a table row to see its fields here.</p>
</aside>
</div>
<div class="below">
<section class="figures">
<h3>Figures</h3>
${figures.length > 0 ? `${renderChart(figures, ref)}\n${renderFigureTable(figures, ref)}` : `<p class="empty">No figures in this document.</p>`}
</section>
${renderDiagnosticList(document.diagnostics, doc, "Diagnostics")}
</div>
</section>`;
}

function renderOutline(document: PolicyDocument, ref: (id: string) => string): string {
  const childSections = (parent: string | null) => document.sections.filter((s) => s.parentId === parent);
  const measuresIn = (sectionId: string | null) => document.measures.filter((m) => m.sectionId === sectionId && m.parentId === null);
  const childMeasures = (parent: string) => document.measures.filter((m) => m.parentId === parent);
  const measureItem = (measure: Measure): string => {
    const children = childMeasures(measure.id);
    return `<li class="o-m"><a href="#${esc(ref(measure.id))}" data-ref="${esc(ref(measure.id))}"><b>${esc(measure.marker)}</b> ${esc(clip(measure.text, 16))}</a>${children.length > 0 ? `<ul>${children.map(measureItem).join("")}</ul>` : ""}</li>`;
  };
  const sectionItem = (section: Section): string => {
    const inner = [...measuresIn(section.id).map(measureItem), ...childSections(section.id).map(sectionItem)];
    return `<li class="o-s${section.implicit ? " implicit" : ""}"><a href="#${esc(ref(section.id))}" data-ref="${esc(ref(section.id))}">${esc(section.title)}</a>${inner.length > 0 ? `<ul>${inner.join("")}</ul>` : ""}</li>`;
  };
  const top = [...measuresIn(null).map(measureItem), ...childSections(null).map(sectionItem)];
  // sections whose parent is not in the list still show, at the top
  const known = new Set(document.sections.map((s) => s.id));
  const orphans = document.sections.filter((s) => s.parentId !== null && !known.has(s.parentId)).map(sectionItem);
  const all = [...top, ...orphans];
  return all.length > 0 ? `<ul class="tree">${all.join("")}</ul>` : `<p class="empty">No headings or measures.</p>`;
}

function renderSource(source: ReportSource, document: PolicyDocument, lines: Line[], shown: Set<number>, marks: Mark[]): string {
  if (source.text === null) {
    return `<p class="warn">The source ${esc(document.source.path)} is not available${source.note ? ` (${esc(source.note)})` : ""}, so its text cannot be shown; the outline, figures and diagnostics below still can.</p>`;
  }
  const text = source.text;
  const out: string[] = [];
  if (source.status === "changed") out.push(`<p class="warn">The source changed since the dataset was made${source.note ? ` (${esc(source.note)})` : ""}: highlights may stand in the wrong place.</p>`);
  const emitted = new Set<string>();
  let previous = -1;
  const indices = [...shown].sort((a, b) => a - b);
  for (const index of indices) {
    if (previous !== -1 && index > previous + 1) out.push(`<div class="gap">⋯ lines ${previous + 2}–${index} are not part of this document ⋯</div>`);
    else if (previous === -1 && index > 0 && lines.slice(0, index).some((l) => text.slice(l.start, l.end).trim() !== "")) out.push(`<div class="gap">⋯ lines 1–${index} are not part of this document ⋯</div>`);
    previous = index;
    const line = lines[index]!;
    const lineMarks = marks.filter((mark) => mark.intervals.some((i) => i.start <= line.end && i.end >= line.start));
    const html = piecesOf(line, lineMarks)
      .map((piece) => {
        const content = esc(text.slice(piece.start, piece.end));
        if (piece.marks.length === 0) return content;
        const classes = ["pc", ...unique(piece.marks.map((m) => `k-${m.kind}`)), ...unique(piece.marks.filter((m) => m.variant).map((m) => `v-${m.variant}`))];
        if (piece.starts.some((m) => m.kind === "measure")) classes.push("m-start");
        if (piece.start === piece.end) classes.push("pin");
        const first = piece.starts.find((m) => !emitted.has(m.ref));
        if (first) emitted.add(first.ref);
        const more = piece.starts.filter((m) => m !== first && !emitted.has(m.ref));
        // an element holds one id: further marks that begin here get an empty anchor each
        const anchors = more.map((m) => {
          emitted.add(m.ref);
          return `<a class="anchor" id="${esc(m.ref)}"></a>`;
        });
        return `${anchors.join("")}<span class="${classes.join(" ")}"${first ? ` id="${esc(first.ref)}"` : ""} data-refs="${esc(piece.marks.map((m) => m.ref).join(" "))}">${content}</span>`;
      })
      .join("");
    const blank = text.slice(line.start, line.end).trim() === "";
    out.push(`<div class="ln${blank ? " blank" : ""}" data-n="${line.number}">${html}</div>`);
  }
  const last = lines.length - 1;
  if (previous !== -1 && previous < last && lines.slice(previous + 1).some((l) => text.slice(l.start, l.end).trim() !== "")) out.push(`<div class="gap">⋯ lines ${previous + 2}–${last + 1} are not part of this document ⋯</div>`);
  if (indices.length === 0) out.push(`<p class="empty">No source lines belong to this document.</p>`);
  return out.join("\n");
}

function renderFigureTable(figures: Target[], ref: (id: string) => string): string {
  const head = [
    ["id", "num"],
    ["kind", "text"],
    ["indicator", "text"],
    ["value", "num"],
    ["unit", "text"],
    ["comparator", "text"],
    ["year", "num"],
    ["quote", "text"],
  ] as const;
  const rows = figures.map((t, index) => {
    const cells: Array<[string, string | number | null]> = [
      [t.id, index],
      [t.kind, t.kind],
      [t.indicator || "—", t.indicator],
      [t.to === null ? String(t.value) : `${t.value}–${t.to}`, t.base?.value ?? t.value],
      [t.unit, t.unit],
      [COMPARATOR[t.comparator], t.comparator],
      [show(t.year), t.year],
      [t.quote, t.quote],
    ];
    return `<tr data-ref="${esc(ref(t.id))}" tabindex="0" class="k-${t.kind}">${cells.map(([shownText, key]) => `<td data-key="${esc(key === null ? "" : String(key))}">${esc(shownText)}</td>`).join("")}</tr>`;
  });
  return `<div class="tablewrap"><table class="figtable">
<thead><tr>${head.map(([name, type], col) => `<th scope="col" aria-sort="none"><button type="button" data-col="${col}" data-type="${type}">${name}</button></th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table></div>`;
}

/** Goals by year: a column per year, one labelled block per goal; figures with no year are left out. */
function renderChart(figures: Target[], ref: (id: string) => string): string {
  const goals = figures.filter((t) => t.kind === "goal" && t.year !== null);
  if (goals.length === 0) return `<p class="empty">No goals with a year to chart.</p>`;
  const years = unique(goals.map((t) => t.year!)).sort((a, b) => a - b);
  const columns = years.map((year) => goals.filter((t) => t.year === year));
  const tallest = Math.max(...columns.map((c) => c.length));
  const colWidth = 92;
  const block = 22;
  const top = 22;
  const left = 8;
  const height = top + tallest * block + 30;
  const width = left + years.length * colWidth + 8;
  const parts: string[] = [];
  columns.forEach((column, k) => {
    const x = left + k * colWidth;
    const baseY = top + tallest * block;
    parts.push(`<text class="yr" x="${x + colWidth / 2 - 4}" y="${baseY + 18}" text-anchor="middle">${years[k]}</text>`);
    parts.push(`<text class="n" x="${x + colWidth / 2 - 4}" y="${baseY - column.length * block - 6}" text-anchor="middle">${column.length}</text>`);
    column.forEach((t, i) => {
      const y = baseY - (i + 1) * block;
      const label = `${COMPARATOR[t.comparator] === "=" ? "" : COMPARATOR[t.comparator]}${t.to === null ? t.value : `${t.value}–${t.to}`}${t.unit}`;
      parts.push(
        `<g class="bar${t.hedged ? " hedged" : ""}" data-ref="${esc(ref(t.id))}" tabindex="0" role="button"><title>${esc(`${t.id} ${t.indicator}: ${t.quote} (${t.year})`)}</title><rect x="${x}" y="${y + 1}" width="${colWidth - 8}" height="${block - 3}" rx="3"></rect><text x="${x + (colWidth - 8) / 2}" y="${y + block / 2 + 4}" text-anchor="middle">${esc(clip(label, 10))}</text></g>`,
      );
    });
  });
  parts.push(`<line class="axis" x1="${left - 4}" x2="${width - 4}" y1="${top + tallest * block + 1}" y2="${top + tallest * block + 1}"></line>`);
  return `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Goals by year">${parts.join("")}</svg><figcaption>Goals by year (${count(goals.length, "goal")}; hover for the indicator, click to find it in the text)</figcaption></figure>`;
}

function renderDiagnosticList(diagnostics: Diagnostic[], doc: number | null, heading: string): string {
  if (diagnostics.length === 0) return doc === null ? "" : `<section class="diags"><h3>${esc(heading)}</h3><p class="empty">No diagnostics.</p></section>`;
  const items = diagnostics.map((diagnostic, index) => {
    const ref = doc === null ? null : `d${doc}-diag${index + 1}`;
    const where = diagnostic.span ? `line ${diagnostic.span.line}, column ${diagnostic.span.column}` : diagnostic.path ?? "";
    const link = ref && diagnostic.span ? `<a href="#${esc(ref)}" data-ref="${esc(ref)}">${esc(where)}</a>` : esc(where);
    return `<li class="sev-${diagnostic.severity}"><span class="sev">${diagnostic.severity}</span> <code>${esc(diagnostic.code)}</code> ${link}<br><span class="msg">${esc(diagnostic.message)}</span></li>`;
  });
  return `<section class="diags"><h3>${esc(heading)}</h3><ul>${items.join("")}</ul></section>`;
}

function renderSourceNotes(paths: string[], sources: ReadonlyMap<string, ReportSource>): string {
  const notes = paths
    .map((path) => ({ path, source: sources.get(path) }))
    .filter(({ source }) => !source || source.status !== "ok")
    .map(({ path, source }) => {
      const status = source?.status ?? "missing";
      const what = status === "changed" ? "changed since the dataset was made; highlights may stand in the wrong place" : "could not be read again; its text is not shown";
      return `<li><code>${esc(path)}</code> ${what}${source?.note ? ` (${esc(source.note)})` : ""}</li>`;
    });
  return notes.length > 0 ? `<ul class="warn sourcenotes">${notes.join("")}</ul>` : "";
}

function legend(): string {
  return `<p class="legend"><span class="pc k-title">title</span> <span class="pc k-section">heading</span> <span class="pc k-measure m-start">measure</span> <span class="pc k-target v-goal">goal figure</span> <span class="pc k-target v-status">status figure</span> <span class="pc k-diagnostic v-info">diagnostic</span></p>`;
}

/** JSON inside a script element: nothing in it may close the element or open a comment. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

function place(span: Span): string {
  return `line ${span.line}, column ${span.column} (offsets ${span.start}–${span.end})`;
}

function show(value: string | number | null): string {
  return value === null ? "—" : String(value);
}

function clip(text: string, length: number): string {
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join("")}…` : text;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function sum<T>(list: T[], of: (item: T) => number): number {
  return list.reduce((total, item) => total + of(item), 0);
}

function unique<T>(list: T[]): T[] {
  return list.filter((item, index) => list.indexOf(item) === index);
}
