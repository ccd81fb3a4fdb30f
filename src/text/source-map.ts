/**
 * From normalized ranges back to the decoded source: offsets through the normalize map, line and
 * column (1-based, in code points, per the contract) through a line index built once per file, and
 * text as printed (full-width characters and all) taken from the source, not from the normalized copy.
 */
import type { Span } from "../schema.js";
import type { Markup } from "../stages/normalize.js";
import type { Passage, Range } from "./passage.js";
import { firstAtOrAfter, lastAtOrBefore } from "./sorted.js";

export class SourceMap {
  private readonly lineStarts: number[] = [0];
  /** Offsets of the units that start no code point (second halves of surrogate pairs): columns in O(log n), even on a 10 MB line. */
  private readonly trailing: number[] = [];

  constructor(
    readonly source: string,
    private readonly toSource: Int32Array,
    /** HTML markup in the source (normalize): text leaves it out, and an entity reads as its character. */
    private readonly markup: readonly Markup[] = [],
  ) {
    for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      // a lone low surrogate is a code point of its own (as string iteration counts it)
      if (code >= 0xdc00 && code <= 0xdfff && i > 0 && (source.charCodeAt(i - 1) & 0xfc00) === 0xd800) this.trailing.push(i);
    }
  }

  /** The source range of a normalized range; an end maps to just after its last character. */
  sourceRange(range: Range): Range {
    const start = this.toSource[range.start] ?? this.source.length;
    if (range.end <= range.start) return { start, end: start };
    const last = this.toSource[range.end - 1] ?? this.source.length - 1;
    return { start, end: Math.min(this.source.length, this.markupEndingAt(last) ?? last + 1) };
  }

  /** The end of the entity whose character stands at source offset `at` (…&rdquo;), if one does. */
  private markupEndingAt(at: number): number | undefined {
    if (this.markup.length === 0) return undefined;
    const markup = this.markup;
    const k = firstAtOrAfter(0, markup.length, (i) => markup[i]!.start, at);
    return markup[k]?.start === at ? markup[k]!.end : undefined;
  }

  /** The source [start, end) as a reader sees it: markup out, entities as their characters, line ends as \n. */
  private printed(start: number, end: number): string {
    const markup = this.markup;
    let k = markup.length === 0 ? 0 : firstAtOrAfter(0, markup.length, (i) => markup[i]!.end, start + 1);
    if (k >= markup.length || markup[k]!.start >= end) return this.source.slice(start, end).replace(/\r\n?/g, "\n");
    let out = "";
    let at = start;
    for (; k < markup.length && markup[k]!.start < end; k++) {
      const token = markup[k]!;
      if (token.start > at) out += this.source.slice(at, token.start);
      out += token.text;
      at = Math.max(at, token.end);
    }
    if (at < end) out += this.source.slice(at, end);
    return out.replace(/\r\n?/g, "\n");
  }

  span(range: Range): Span {
    const { start, end } = this.sourceRange(range);
    return this.sourceSpan(start, end);
  }

  /** The span of source offsets [start, end). */
  sourceSpan(start: number, end: number): Span {
    const line = this.lineOf(start);
    const lineStart = this.lineStarts[line - 1]!;
    return { start, end, line, column: start - lineStart - (countBelow(this.trailing, start) - countBelow(this.trailing, lineStart)) + 1 };
  }

  /** The text of passage[from, to) as printed in the source; text no source holds (a joining space) is kept. */
  text(passage: Passage, from = 0, to = passage.length): string {
    let out = "";
    let cursor = from;
    for (const piece of passage.pieces) {
      const lo = Math.max(from, piece.at);
      const hi = Math.min(to, piece.at + piece.length);
      if (hi <= lo) continue;
      if (lo > cursor) out += passage.text.slice(cursor, lo);
      const range = this.sourceRange({ start: piece.start + (lo - piece.at), end: piece.start + (hi - piece.at) });
      out += this.printed(range.start, range.end);
      cursor = hi;
    }
    if (cursor < to) out += passage.text.slice(cursor, to);
    return out;
  }

  private lineOf(offset: number): number {
    const lineStarts = this.lineStarts;
    return Math.max(0, lastAtOrBefore(lineStarts.length, (i) => lineStarts[i]!, offset)) + 1;
  }
}

/** How many of the sorted offsets are below `offset`. */
function countBelow(sorted: number[], offset: number): number {
  return firstAtOrAfter(0, sorted.length, (i) => sorted[i]!, offset);
}
