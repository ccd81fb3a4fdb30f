/**
 * The report as text for people: one line per difference, `path:line: kind entity document id …`,
 * so editors and CI logs link to the place. Items that only moved are grouped per document and line
 * shift, so inserting a paragraph reads as one line, not forty.
 */
import type { Change, ChangeKind, FieldChange, Report } from "./diff.js";

const ENTITY_WORD = { document: "document", section: "section", measure: "measure", target: "figure", diagnostic: "diagnostic" } as const;
const MAX_IDS = 12;

/** `before` and `after` name the two sides in the summary line (plan.json, the extraction). */
export function formatReport(report: Report, command: string, before: string, after: string): string {
  const lines: string[] = [];
  const moved = new Map<string, Change[]>();
  for (const change of report.changes) {
    if (change.kind !== "moved") {
      lines.push(changeLine(change));
      continue;
    }
    const shift = (change.line ?? 0) - (change.oldLine ?? 0);
    const key = `${change.path}\u0000${change.document}\u0000${shift}`;
    const group = moved.get(key) ?? [];
    if (group.length === 0) {
      moved.set(key, group);
      lines.push(key); // a placeholder, replaced below so the group keeps its place in the order
    }
    group.push(change);
  }
  const text = lines.map((line) => (moved.has(line) ? movedLine(moved.get(line)!) : line));
  for (const note of report.notes) text.push(`note: ${note}`);
  text.push(summaryLine(report, command, before, after));
  return `${text.join("\n")}\n`;
}

function summaryLine(report: Report, command: string, before: string, after: string): string {
  const total = report.changes.length;
  if (total === 0) return `policy-extract ${command}: no differences between ${before} and ${after}`;
  const parts = (Object.entries(report.counts) as [ChangeKind, number][]).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
  return `policy-extract ${command}: ${total} difference${total === 1 ? "" : "s"} between ${before} and ${after} (${parts.join(", ")})`;
}

function where(change: Change): string {
  return `${change.path ?? "(no file)"}${change.line === null ? "" : `:${change.line}`}`;
}

function changeLine(change: Change): string {
  const id = change.entity === "document" ? (change.oldId ? `${change.oldId} -> ${change.id}` : change.id) : `${change.document ?? "(dataset)"} ${change.oldId ? `${change.oldId} -> ${change.id}` : change.id}`;
  const head = `${where(change)}: ${change.kind} ${ENTITY_WORD[change.entity]} ${id}`;
  const label = change.label ? ` ${quote(change.label, change.entity === "diagnostic" ? 80 : 40)}` : "";
  const extra: string[] = [];
  if (change.oldPath) extra.push(`from ${change.oldPath}`);
  if (change.oldLine !== null && change.line !== null && change.oldLine !== change.line) extra.push(`line ${change.oldLine} -> ${change.line}`);
  const tail = extra.length > 0 ? ` (${extra.join(", ")})` : "";
  const fields = change.fields.length > 0 ? `: ${change.fields.map(fieldText).join("; ")}` : "";
  return `${head}${label}${tail}${fields}`;
}

function movedLine(group: Change[]): string {
  const first = group[0]!;
  const shift = (first.line ?? 0) - (first.oldLine ?? 0);
  const how = shift === 0 ? "within their lines" : `${Math.abs(shift)} line${Math.abs(shift) === 1 ? "" : "s"} ${shift > 0 ? "down" : "up"}`;
  const ids = group.slice(0, MAX_IDS).map((change) => change.id);
  const more = group.length > MAX_IDS ? ` … (+${group.length - MAX_IDS} more)` : "";
  const count = `${group.length} item${group.length === 1 ? "" : "s"}`;
  return `${where(first)}: moved ${first.document} ${count} ${how} (span only): ${ids.join(", ")}${more}`;
}

function fieldText(change: FieldChange): string {
  if (typeof change.old === "string" && typeof change.new === "string") {
    const [a, b] = aroundFirstDifference(change.old, change.new);
    return `${change.field} ${a} -> ${b}`;
  }
  return `${change.field} ${show(change.old)} -> ${show(change.new)}`;
}

/** Long strings are cut to a window around where they first differ, so the change is visible. */
function aroundFirstDifference(a: string, b: string): [string, string] {
  const width = 30;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  const start = common > 10 ? common - 8 : 0;
  const cut = (s: string) => `${start > 0 ? "…" : ""}${s.slice(start, start + width)}${s.length > start + width ? "…" : ""}`;
  return [JSON.stringify(cut(a)), JSON.stringify(cut(b))];
}

function show(value: unknown): string {
  const text = JSON.stringify(value ?? null);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function quote(text: string, width: number): string {
  return JSON.stringify(text.length > width ? `${text.slice(0, width)}…` : text);
}
