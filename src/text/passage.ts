/**
 * A Passage is text that extractors read as one string although it may come from several places of
 * the normalized text: a paragraph joined across a column break, a fragment returned from elsewhere,
 * a Markdown heading with its emphasis markers left out. Extractors report offsets local to the
 * passage; `toRange` maps them back, so every cited span stays exact.
 */
import { lastAtOrBefore } from "./sorted.js";

export interface Range {
  start: number;
  end: number;
}

/** Local offsets [at, at + length) of the passage stand at [start, start + length) of the normalized text. */
export interface Piece {
  at: number;
  start: number;
  length: number;
}

export class Passage {
  constructor(
    readonly text: string,
    readonly pieces: readonly Piece[],
  ) {}

  /** A passage that is one contiguous range of `normalized`. */
  static of(normalized: string, start: number, end: number): Passage {
    return new Passage(normalized.slice(start, end), [{ at: 0, start, length: end - start }]);
  }

  static join(parts: readonly Passage[]): Passage {
    let text = "";
    const pieces: Piece[] = [];
    for (const part of parts) {
      for (const piece of part.pieces) pieces.push({ at: piece.at + text.length, start: piece.start, length: piece.length });
      text += part.text;
    }
    return new Passage(text, pieces);
  }

  get length(): number {
    return this.text.length;
  }

  /** Offset in the normalized text of local offset `at` (a position before a character). */
  position(at: number): number {
    const piece = this.pieceAt(at);
    return piece.start + Math.min(at - piece.at, piece.length);
  }

  /** The normalized range covering local [from, to): the first piece's start to the last piece's end. */
  toRange(from: number, to: number): Range {
    if (to <= from) {
      const at = this.position(from);
      return { start: at, end: at };
    }
    const first = this.pieceAt(from);
    const last = this.pieceAt(to - 1);
    return { start: first.start + (from - first.at), end: last.start + (to - last.at) };
  }

  /** The distinct normalized ranges local [from, to) touches, in passage order. */
  toRanges(from: number, to: number): Range[] {
    const ranges: Range[] = [];
    for (const piece of this.pieces) {
      const lo = Math.max(from, piece.at);
      const hi = Math.min(to, piece.at + piece.length);
      if (hi > lo) ranges.push({ start: piece.start + (lo - piece.at), end: piece.start + (hi - piece.at) });
    }
    return ranges;
  }

  slice(from: number, to: number = this.text.length): Passage {
    from = Math.max(0, Math.min(from, this.text.length));
    to = Math.max(from, Math.min(to, this.text.length));
    const pieces: Piece[] = [];
    for (const piece of this.pieces) {
      const lo = Math.max(from, piece.at);
      const hi = Math.min(to, piece.at + piece.length);
      if (hi > lo) pieces.push({ at: lo - from, start: piece.start + (lo - piece.at), length: hi - lo });
    }
    return new Passage(this.text.slice(from, to), pieces);
  }

  /** The passage without leading and trailing white space. */
  trim(): Passage {
    const { start, end } = trimmedBounds(this.text, 0, this.text.length);
    return this.slice(start, end);
  }

  private pieceAt(at: number): Piece {
    const pieces = this.pieces;
    if (pieces.length === 0) return { at: 0, start: 0, length: 0 };
    return pieces[Math.max(0, lastAtOrBefore(pieces.length, (i) => pieces[i]!.at, at))]!;
  }
}

/** [start, end) narrowed past the white space String.prototype.trim removes, without copying the text. */
export function trimmedBounds(text: string, start: number, end: number): Range {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** White space as String.prototype.trim and \s see it: ASCII white space, line terminators, U+FEFF and the Zs spaces. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
