/**
 * Where each extraction stands in its source, for the report: which source lines a document shows,
 * and how each line splits into pieces covered by the same set of marks. Marks may overlap without
 * nesting (a column-break join inside a measure, a figure inside a measure), so every piece lists
 * all marks that cover it rather than nesting elements.
 */
import { lastAtOrBefore } from "../text/sorted.js";

export type MarkKind = "title" | "section" | "measure" | "target" | "diagnostic";

export interface Interval {
  start: number;
  end: number;
}

export interface Mark {
  /** Unique in the report, e.g. "d1-s1.2". */
  ref: string;
  kind: MarkKind;
  /** Extra classes for its pieces (goal or status figure, diagnostic severity). */
  variant: string;
  intervals: Interval[];
}

export interface Piece {
  start: number;
  end: number;
  /** Covering marks, innermost (shortest) first. */
  marks: Mark[];
  /** Marks whose interval starts here (the first piece of that interval). */
  starts: Mark[];
}

export interface Line {
  /** 1-based. */
  number: number;
  start: number;
  /** Before the line break. */
  end: number;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    lines.push({ number: lines.length + 1, start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ number: lines.length + 1, start, end: text.length });
  return lines;
}

/** Index of the line that holds offset (an offset at a line break belongs to the line before it). */
export function lineIndexAt(lines: Line[], offset: number): number {
  return Math.max(0, lastAtOrBefore(lines.length, (i) => lines[i]!.start, offset));
}

/**
 * The lines each document shows: those its marks touch, and the untouched text lines after them
 * (a paragraph with no extraction reads on in the document printed just before it). Blank lines
 * show where both neighbours show. A line may show in more than one document.
 */
export function linesByDocument(text: string, lines: Line[], marksByDoc: Mark[][]): Set<number>[] {
  const claims: Array<Set<number>> = lines.map(() => new Set());
  marksByDoc.forEach((marks, doc) => {
    for (const mark of marks) {
      for (const interval of mark.intervals) {
        const first = lineIndexAt(lines, interval.start);
        const last = lineIndexAt(lines, Math.max(interval.start, interval.end - 1));
        for (let index = first; index <= last; index++) claims[index]!.add(doc);
      }
    }
  });
  const blank = lines.map((line) => text.slice(line.start, line.end).trim() === "");
  // untouched text lines follow the document of the nearest touched line before them, else after them
  const owner: Array<Set<number>> = claims.map((set) => new Set(set));
  let previous: Set<number> | null = null;
  const pending: number[] = [];
  lines.forEach((_, index) => {
    if (blank[index]) return;
    if (claims[index]!.size > 0) {
      previous = claims[index]!;
      for (const waiting of pending.splice(0)) owner[waiting] = new Set([Math.min(...previous)]);
    } else if (previous) owner[index] = new Set([Math.min(...previous)]);
    else pending.push(index);
  });
  const shown = marksByDoc.map(() => new Set<number>());
  owner.forEach((docs, index) => docs.forEach((doc) => shown[doc]!.add(index)));
  // blank lines between two shown lines of a document show too
  for (const set of shown) {
    let last: number | null = null;
    for (let index = 0; index < lines.length; index++) {
      if (blank[index]) continue;
      if (set.has(index)) {
        if (last !== null) for (let gap = last + 1; gap < index; gap++) if (blank[gap]) set.add(gap);
        last = index;
      } else last = null;
    }
  }
  return shown;
}

const KIND_ORDER: Record<MarkKind, number> = { target: 0, diagnostic: 1, title: 2, section: 3, measure: 4 };

/** The pieces of one line: maximal runs covered by the same marks. Empty marks become empty pieces. */
export function piecesOf(line: Line, marks: Mark[]): Piece[] {
  const local: Array<{ mark: Mark; start: number; end: number; origin: number; length: number }> = [];
  for (const mark of marks) {
    const length = mark.intervals.reduce((sum, interval) => sum + (interval.end - interval.start), 0);
    for (const interval of mark.intervals) {
      const start = Math.max(interval.start, line.start);
      const end = Math.min(interval.end, line.end);
      if (start < end || (interval.start === interval.end && interval.start >= line.start && interval.start <= line.end)) {
        local.push({ mark, start, end, origin: interval.start, length });
      }
    }
  }
  const innermostFirst = (a: (typeof local)[number], b: (typeof local)[number]) =>
    a.length - b.length || KIND_ORDER[a.mark.kind] - KIND_ORDER[b.mark.kind] || (a.mark.ref < b.mark.ref ? -1 : a.mark.ref > b.mark.ref ? 1 : 0);
  local.sort(innermostFirst);

  const cuts = new Set<number>([line.start, line.end]);
  for (const item of local) {
    cuts.add(item.start);
    cuts.add(item.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  const started = new Set<string>();
  for (let k = 0; k < points.length; k++) {
    const at = points[k]!;
    const empties = local.filter((item) => item.start === item.end && item.start === at);
    if (empties.length > 0) pieces.push({ start: at, end: at, marks: empties.map((item) => item.mark), starts: empties.map((item) => item.mark) });
    const next = points[k + 1];
    if (next === undefined) break;
    const covering = local.filter((item) => item.start < item.end && item.start <= at && item.end >= next);
    const starts = covering.filter((item) => item.origin === at && !started.has(`${item.mark.ref}@${at}`));
    for (const item of starts) started.add(`${item.mark.ref}@${at}`);
    pieces.push({ start: at, end: next, marks: unique(covering.map((item) => item.mark)), starts: unique(starts.map((item) => item.mark)) });
  }
  return pieces;
}

function unique(marks: Mark[]): Mark[] {
  return marks.filter((mark, index) => marks.indexOf(mark) === index);
}

/** Where a short string (a title, a byline) stands: its last place before `before`, else its first. */
export function locate(text: string, needle: string, before: number): Interval | null {
  const wanted = needle.trim();
  if (wanted === "") return null;
  for (const candidate of [wanted, wanted.split(/\s+/)[0]!]) {
    let best = -1;
    for (let at = text.indexOf(candidate); at !== -1 && at < before; at = text.indexOf(candidate, at + 1)) best = at;
    if (best === -1) best = text.indexOf(candidate);
    if (best !== -1) return { start: best, end: best + candidate.length };
  }
  return null;
}
