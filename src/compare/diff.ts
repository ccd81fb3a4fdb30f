/**
 * The semantic difference between two datasets: documents, sections, measures, figures and
 * diagnostics added, removed, changed, renumbered or moved. Pure functions over Dataset objects; the
 * CLI (check, diff) reads the files and prints `formatReport`'s text or the report as JSON.
 *
 * Matching, in order of trust:
 * - documents: same source path and title; then same title and sha256 under a new path (a renamed
 *   file); then same title under a new path (renamed and edited); then same path and id (retitled).
 * - items within a matched document: same content (every field but id, position and references);
 *   then same id. Ids are positional, so content first keeps a removed measure from reading as
 *   "every later measure changed": the later ones read as renumbered instead.
 * References (sectionId, measureId, parentId, series) are compared through the old -> new id map, so
 * renumbering an item does not also report every item that points at it.
 */
import type { Dataset, Diagnostic, PolicyDocument } from "../schema.js";

export type ChangeKind = "added" | "removed" | "renamed" | "changed" | "renumbered" | "moved";
export type Entity = "document" | "section" | "measure" | "target" | "diagnostic";

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface Change {
  kind: ChangeKind;
  entity: Entity;
  /** The document's id on the side that has it (the new side when both do). */
  document: string | null;
  /** The item's id (the document's own id for documents, the code for diagnostics). */
  id: string;
  /** The old id, when it differs from `id`. */
  oldId: string | null;
  /** The source file, on the side that has it (the new side when both do). */
  path: string | null;
  /** The old path, when it differs from `path` (a renamed file). */
  oldPath: string | null;
  line: number | null;
  oldLine: number | null;
  /** A few words a reader recognises: a title, a marker and the start of the text, a quote. */
  label: string;
  fields: FieldChange[];
}

export interface Report {
  equal: boolean;
  /** Differences by kind; an item counts once. Notes are not counted. */
  counts: Record<ChangeKind, number>;
  changes: Change[];
  /** Things worth knowing that are not differences: the generator version, changed source bytes. */
  notes: string[];
}

type Item = Record<string, unknown> & { id: string };
type IdMap = Map<string, string>;

const KIND_ORDER: ChangeKind[] = ["added", "removed", "renamed", "changed", "renumbered", "moved"];
const ENTITY_ORDER: Entity[] = ["document", "section", "measure", "target", "diagnostic"];
/** Where an item stands, not what it says: a difference here alone is a move. */
const POSITION_FIELDS = new Set(["id", "span", "parts"]);
/** Fields holding ids of other items, with the table the id belongs to. */
const REFERENCES: Record<string, "sections" | "measures"> = { sectionId: "sections", measureId: "measures" };
const DOCUMENT_OWN = new Set(["id", "source", "sections", "measures", "targets", "diagnostics"]);

export function compareDatasets(before: Dataset, after: Dataset): Report {
  const changes: Change[] = [];
  const notes: string[] = [];
  if (before.generator.version !== after.generator.version) {
    notes.push(`generator version ${before.generator.version} -> ${after.generator.version} (not counted as a difference)`);
  }

  const pairs = matchDocuments(before.documents, after.documents);
  const shaNoted = new Set<string>();
  for (const [old, now] of pairs.matched) {
    changes.push(...compareDocuments(old, now));
    if (old.source.sha256 !== now.source.sha256 && !shaNoted.has(now.source.path)) {
      shaNoted.add(now.source.path);
      notes.push(`${now.source.path}: source bytes changed (sha256 ${old.source.sha256.slice(0, 12)} -> ${now.source.sha256.slice(0, 12)})`);
    }
  }
  for (const old of pairs.removed) changes.push(documentChange("removed", old, null));
  for (const now of pairs.added) changes.push(documentChange("added", null, now));
  changes.push(...compareDiagnostics(before.diagnostics, after.diagnostics, null, null));

  changes.sort(compareChanges);
  const counts = Object.fromEntries(KIND_ORDER.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const change of changes) counts[change.kind] += 1;
  return { equal: changes.length === 0, counts, changes, notes };
}

function matchDocuments(before: PolicyDocument[], after: PolicyDocument[]) {
  const matched: [PolicyDocument, PolicyDocument][] = [];
  const oldLeft = [...before];
  const newLeft = [...after];
  const pass = (same: (a: PolicyDocument, b: PolicyDocument) => boolean) => {
    for (const old of [...oldLeft]) {
      const k = newLeft.findIndex((now) => same(old, now));
      if (k < 0) continue;
      matched.push([old, newLeft[k]!]);
      newLeft.splice(k, 1);
      oldLeft.splice(oldLeft.indexOf(old), 1);
    }
  };
  pass((a, b) => a.source.path === b.source.path && a.title === b.title);
  pass((a, b) => a.title === b.title && a.source.sha256 === b.source.sha256);
  pass((a, b) => a.title !== "" && a.title === b.title);
  pass((a, b) => a.source.path === b.source.path && a.id === b.id);
  return { matched, removed: oldLeft, added: newLeft };
}

function compareDocuments(old: PolicyDocument, now: PolicyDocument): Change[] {
  const fields = diffFields(pick(old, (key) => !DOCUMENT_OWN.has(key)), pick(now, (key) => !DOCUMENT_OWN.has(key)));
  for (const key of ["encoding", "format"] as const) {
    if (old.source[key] !== now.source[key]) fields.push({ field: `source.${key}`, old: old.source[key], new: now.source[key] });
  }
  const renamed = old.source.path !== now.source.path;
  const changes: Change[] = [];
  if (renamed || fields.length > 0 || old.id !== now.id) {
    changes.push({ ...documentChange(renamed ? "renamed" : fields.length > 0 ? "changed" : "renumbered", old, now), fields });
  }

  const sections = matchItems(old.sections as Item[], now.sections as Item[]);
  const measures = matchItems(old.measures as Item[], now.measures as Item[]);
  const targets = matchItems(old.targets as Item[], now.targets as Item[]);
  const maps = { sections: sections.map, measures: measures.map };
  const place = { document: now.id, path: now.source.path };
  const oldPlace = { document: old.id, path: old.source.path };
  for (const [entity, result] of [["section", sections], ["measure", measures], ["target", targets]] as const) {
    for (const [a, b] of result.pairs) {
      const change = compareItems(entity, a, b, maps, place, oldPlace);
      if (change) changes.push(change);
    }
    for (const a of result.removed) changes.push(itemChange("removed", entity, a, null, oldPlace, null));
    for (const b of result.added) changes.push(itemChange("added", entity, null, b, place, null));
  }
  changes.push(...compareDiagnostics(old.diagnostics, now.diagnostics, old, now));
  return changes;
}

/** Pairs items by content, then by id; the rest are removed or added. */
function matchItems(before: Item[], after: Item[]): { pairs: [Item, Item][]; removed: Item[]; added: Item[]; map: IdMap } {
  const pairs: [Item, Item][] = [];
  const newTaken = new Set<number>();
  const oldTaken = new Set<number>();
  const newKeys = after.map(contentKey);
  before.forEach((old, i) => {
    const key = contentKey(old);
    // among equal candidates the one with the same id, else the first
    const candidates = after.map((_, k) => k).filter((k) => !newTaken.has(k) && newKeys[k] === key);
    const best = candidates.find((k) => after[k]!.id === old.id) ?? candidates[0] ?? -1;
    if (best >= 0) {
      newTaken.add(best);
      oldTaken.add(i);
      pairs.push([old, after[best]!]);
    }
  });
  const newById = new Map(after.map((now, k) => [now.id, k]));
  before.forEach((old, i) => {
    const k = newById.get(old.id);
    if (oldTaken.has(i) || k === undefined || newTaken.has(k)) return;
    newTaken.add(k);
    oldTaken.add(i);
    pairs.push([old, after[k]!]);
  });
  return {
    pairs,
    removed: before.filter((_, i) => !oldTaken.has(i)),
    added: after.filter((_, k) => !newTaken.has(k)),
    map: new Map(pairs.map(([old, now]) => [old.id, now.id])),
  };
}

function contentKey(item: Item): string {
  return canonical(pick(item, (key) => !POSITION_FIELDS.has(key) && !isReference(key)));
}

function isReference(key: string): boolean {
  return key in REFERENCES || key === "parentId" || key === "series";
}

function compareItems(entity: Entity, old: Item, now: Item, maps: Record<"sections" | "measures", IdMap>, place: Place, oldPlace: Place): Change | null {
  const fields = diffFields(pick(old, (key) => !POSITION_FIELDS.has(key) && !isReference(key)), pick(now, (key) => !POSITION_FIELDS.has(key) && !isReference(key)));
  for (const key of Object.keys({ ...old, ...now }).filter(isReference)) {
    const table = key === "parentId" ? (entity === "section" ? "sections" : "measures") : key === "series" ? "measures" : REFERENCES[key]!;
    const was = old[key];
    const translated = typeof was === "string" ? (maps[table].get(was) ?? `${was} (removed)`) : was;
    if (!equal(translated, now[key])) fields.push({ field: key, old: was ?? null, new: now[key] ?? null });
  }
  const moved = !equal(old.span, now.span) || !equal(old.parts, now.parts);
  const kind: ChangeKind | null = fields.length > 0 ? "changed" : old.id !== now.id ? "renumbered" : moved ? "moved" : null;
  return kind ? itemChange(kind, entity, old, now, place, fields, oldPlace) : null;
}

interface Place {
  document: string;
  path: string;
}

function itemChange(kind: ChangeKind, entity: Entity, old: Item | null, now: Item | null, place: Place, fields: FieldChange[] | null, oldPlace: Place = place): Change {
  const shown = (now ?? old)!;
  return {
    kind,
    entity,
    document: place.document,
    id: shown.id,
    oldId: old && now && old.id !== now.id ? old.id : null,
    path: place.path,
    oldPath: old && now && oldPlace.path !== place.path ? oldPlace.path : null,
    line: lineOf(shown),
    oldLine: old && now ? lineOf(old) : null,
    label: labelOf(entity, shown),
    fields: fields ?? [],
  };
}

function documentChange(kind: ChangeKind, old: PolicyDocument | null, now: PolicyDocument | null): Change {
  const shown = (now ?? old)!;
  const counts = `${shown.sections.length} sections, ${shown.measures.length} measures, ${shown.targets.length} figures`;
  return {
    kind,
    entity: "document",
    document: shown.id,
    id: shown.id,
    oldId: old && now && old.id !== now.id ? old.id : null,
    path: shown.source.path,
    oldPath: old && now && old.source.path !== now.source.path ? old.source.path : null,
    line: documentLine(shown),
    oldLine: old && now ? documentLine(old) : null,
    label: kind === "added" || kind === "removed" ? `${shown.title} (${counts})` : shown.title,
    fields: [],
  };
}

/**
 * Diagnostics have no id: they are compared as a multiset of (severity, code, message), with the path
 * too for those of the dataset (a document's diagnostics carry its path, which a rename changes).
 */
function compareDiagnostics(before: Diagnostic[], after: Diagnostic[], oldDoc: PolicyDocument | null, newDoc: PolicyDocument | null): Change[] {
  const key = (d: Diagnostic) => canonical([d.severity, d.code, d.message, newDoc ? null : d.path]);
  const left = after.map(key);
  const removed: Diagnostic[] = [];
  for (const d of before) {
    const k = left.indexOf(key(d));
    if (k >= 0) left[k] = "";
    else removed.push(d);
  }
  const added = after.filter((_, k) => left[k] !== "");
  const change = (kind: ChangeKind, d: Diagnostic, doc: PolicyDocument | null): Change => ({
    kind,
    entity: "diagnostic",
    document: doc?.id ?? null,
    id: d.code,
    oldId: null,
    path: d.path ?? doc?.source.path ?? null,
    oldPath: null,
    line: d.span?.line ?? null,
    oldLine: null,
    label: `${d.severity}: ${d.message}`,
    fields: [],
  });
  return [...removed.map((d) => change("removed", d, oldDoc)), ...added.map((d) => change("added", d, newDoc))];
}

function labelOf(entity: Entity, item: Item): string {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  switch (entity) {
    case "section":
      return text(item.title);
    case "measure":
      return `${text(item.marker)}${text(item.text)}`;
    case "target":
      return text(item.quote);
    default:
      return "";
  }
}

function lineOf(item: Item): number | null {
  const span = item.span as { line?: unknown } | undefined;
  return typeof span?.line === "number" ? span.line : null;
}

function documentLine(document: PolicyDocument): number | null {
  const lines = [...document.sections, ...document.measures, ...document.targets].map((item) => item.span.line);
  return lines.length > 0 ? Math.min(...lines) : null;
}

/** Field-by-field differences; plain objects are walked so a change reads as `base.value 1 -> 2`. */
function diffFields(old: Record<string, unknown>, now: Record<string, unknown>, prefix = ""): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of unionKeys(old, now)) {
    const a = old[key];
    const b = now[key];
    if (equal(a, b)) continue;
    if (isPlainObject(a) && isPlainObject(b)) out.push(...diffFields(a, b, `${prefix}${key}.`));
    else out.push({ field: `${prefix}${key}`, old: a === undefined ? null : a, new: b === undefined ? null : b });
  }
  return out;
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...Object.keys(b), ...Object.keys(a).filter((key) => !(key in b))];
}

function pick(object: object, keep: (key: string) => boolean): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([key]) => keep(key)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function equal(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with keys sorted, so files written by other versions (other key orders) compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_, v: unknown) => (isPlainObject(v) ? Object.fromEntries(Object.keys(v).sort().map((key) => [key, v[key]])) : v));
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareChanges(a: Change, b: Change): number {
  return (
    byCodeUnit(a.path ?? "", b.path ?? "") ||
    byCodeUnit(a.document ?? "", b.document ?? "") ||
    (a.line ?? 0) - (b.line ?? 0) ||
    ENTITY_ORDER.indexOf(a.entity) - ENTITY_ORDER.indexOf(b.entity) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    byCodeUnit(a.id, b.id) ||
    byCodeUnit(a.label, b.label)
  );
}
