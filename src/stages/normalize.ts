/**
 * Stage 2: one spelling for what sources spell many ways, so rules are written once. Full-width
 * ASCII (digits, letters, ，；：（）！？％) becomes ASCII, the ideographic and no-break spaces become a
 * space, line endings become \n, and zero-width characters and emoji (📌一、…, 👇👇👇) go. In a plain-text copy
 * of a web page, HTML left in the text (<strong>, <br>, &nbsp;, &ldquo;) is markup, not words: tags go,
 * entities become their character. `toSource` maps every normalized offset (and the end offset) back to
 * the decoded source, which is what spans cite.
 */
import { endianness } from "node:os";

export interface Normalized {
  text: string;
  /** toSource[i] is the source offset of normalized offset i; length text.length + 1. */
  toSource: Int32Array;
  /** The HTML markup read out of the source, in source order (see Markup); empty for most files. */
  markup: Markup[];
}

/** A tag or entity in the source [start, end), and the text it stands for ("" for a tag, “ for &ldquo;). */
export interface Markup {
  start: number;
  end: number;
  text: string;
}

export interface NormalizeOptions {
  /**
   * Read HTML tags and entities as markup. For plain text only: a Markdown parser reads its own HTML,
   * and there &nbsp;&nbsp;&nbsp;&nbsp; turned into spaces would open a code block.
   */
  markup?: boolean;
  /**
   * Keep tabs as tabs (plain text only: a Markdown parser reads a tab as indentation): a tab-separated table
   * keeps its empty cells and its cells with spaces inside (第八条　供热期为…).
   */
  tabs?: boolean;
}

/** What normalUnit returns for a character that goes. */
const DROP = -1;

export function normalize(source: string, options: NormalizeOptions = {}): Normalized {
  const length = source.length;
  const markup = options.markup ? markupIn(source) : [];
  let nextMarkup = 0;
  // Code units into an array, not pieces into a string: Chinese text rewrites its punctuation (，：（）)
  // every few characters, and thousands of slices joined cost more than one pass over an array.
  const units = new Uint16Array(length);
  const toSource = new Int32Array(length + 1);
  let out = 0;
  let changed = false;
  for (let i = 0; i < length; i++) {
    const at = i;
    let code = source.charCodeAt(i);
    if (nextMarkup < markup.length && markup[nextMarkup]!.start === i) {
      // a tag goes whole; an entity stands as its character, cited at its "&"
      const { end, text } = markup[nextMarkup++]!;
      changed = true;
      i = end - 1;
      if (text === "") continue;
      code = text.charCodeAt(0);
    }
    // an emoji (a pair of surrogates in U+1F000–U+1FAFF) decorates a line: it would hide a marker after it
    if (code >= 0xd83c && code <= 0xd83e && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      changed = true;
      i++;
      continue;
    }
    const unit = code === 0x09 && options.tabs ? code : normalUnit(code, source.charCodeAt(i + 1));
    if (unit !== code) changed = true;
    if (unit === DROP) continue;
    units[out] = unit;
    toSource[out++] = at;
  }
  toSource[out] = length;
  return { text: changed ? fromUnits(units, out) : source, toSource: toSource.subarray(0, out + 1), markup };
}

/**
 * HTML tags as web pages print text in them, and the entities such pages use. Only these: a "<" before
 * a digit or a Chinese word (PM2.5<35) is text, and so is an "&" that names no entity.
 */
const MARKUP = /<\/?(?:p|br|strong|b|em|i|u|span|font|div|center|h[1-6]|li|ul|ol|table|tbody|thead|tr|td|th|a|img|section|article|blockquote|sup|sub|hr|small|big|o:p)(?=[\s>/])[^<>\n]{0,300}>|&(?:[a-z]{2,7}|#\d{2,5}|#x[\da-f]{2,4});/giu;
const ENTITIES: Record<string, string> = {
  nbsp: "\u00a0",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  quot: '"',
  apos: "'",
  amp: "&",
  lt: "<",
  gt: ">",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  bull: "•",
  times: "×",
  divide: "÷",
  deg: "°",
  plusmn: "±",
  permil: "‰",
  yen: "¥",
  rarr: "→",
  larr: "←",
};
/** Tags that end a line in a browser: one that stands inside a line (…</p><p>…) breaks it there. */
const LINE_BREAKING_TAG = /^<\/?(?:p|br|div|h[1-6]|li|tr|table|blockquote|hr|section|article)\b/iu;

function markupIn(source: string): Markup[] {
  const markup: Markup[] = [];
  if (!source.includes("<") && !source.includes("&")) return markup;
  for (const match of source.matchAll(MARKUP)) {
    const token = match[0];
    let text = "";
    if (token.startsWith("&")) {
      const name = token.slice(1, -1).toLowerCase();
      const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : name.startsWith("#") ? Number(name.slice(1)) : NaN;
      text = ENTITIES[name] ?? (code >= 0x20 && code <= 0xffff && (code < 0xd800 || code > 0xdfff) ? String.fromCharCode(code) : "");
      if (text === "") continue; // not an entity we know: text as printed
    }
    markup.push({ start: match.index, end: match.index + token.length, text });
  }
  // A run of markup with text on both sides of it on its line (…。</p><p>…) breaks the line once, at its
  // first line-breaking tag; one at a line's start or end (<br> before a line break) only goes.
  for (let first = 0; first < markup.length; ) {
    let last = first;
    while (last + 1 < markup.length && markup[last + 1]!.start === markup[last]!.end) last++;
    const before = source.charCodeAt(markup[first]!.start - 1);
    const after = source.charCodeAt(markup[last]!.end);
    // (charCodeAt gives NaN before the text's start and after its end)
    const insideLine = !Number.isNaN(before) && before !== 0x0a && before !== 0x0d && !Number.isNaN(after) && after !== 0x0a && after !== 0x0d;
    if (insideLine) {
      for (let k = first; k <= last; k++) {
        if (markup[k]!.text !== "" || !LINE_BREAKING_TAG.test(source.slice(markup[k]!.start, markup[k]!.end))) continue;
        markup[k]!.text = "\n";
        break;
      }
    }
    first = last + 1;
  }
  return markup;
}

const LITTLE_ENDIAN = endianness() === "LE";

/** The string of units[0, length): one copy on little-endian machines (all common ones), in slices elsewhere. */
function fromUnits(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, length * 2).toString("utf16le");
  const slices: string[] = [];
  for (let at = 0; at < length; at += 8192) slices.push(String.fromCharCode(...units.subarray(at, Math.min(length, at + 8192))));
  return slices.join("");
}

/** The normal form of a code unit (always one code unit), or DROP. `next` is the unit after it (NaN at the end). */
function normalUnit(code: number, next: number): number {
  if (code < 0x80) {
    if (code === 0x0d) return next === 0x0a ? DROP : 0x0a;
    if (code === 0x09) return 0x20;
    // (a form feed ends a page, and the line on it: — 24 —\f市政府办公室文件 is two lines)
    if (code === 0x0c) return 0x0a;
    return code;
  }
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  switch (code) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x2002:
    case 0x2003:
      return 0x20;
    case 0x200b: // zero-width space, joiners and a stray BOM
    case 0x200c:
    case 0x200d:
    case 0xfe0f: // emoji presentation selector
    case 0x2705: // ✅ ✔ ☑ ⭐ ❗ ❓ ➡ ✨ ⚡ ‼: symbols that decorate a line like emoji
    case 0x2714:
    case 0x2611:
    case 0x2b50:
    case 0x2757:
    case 0x2753:
    case 0x27a1:
    case 0x2728:
    case 0x26a1:
    case 0x203c:
    case 0xfeff:
      return DROP;
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return 0x0a;
    default:
      return code;
  }
}
