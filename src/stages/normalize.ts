/**
 * Stage 2: one spelling for what sources spell many ways, so rules are written once. Full-width
 * ASCII (digits, letters, ，；：（）！？％) becomes ASCII, the ideographic and no-break spaces become a
 * space, line endings become \n, and zero-width characters and emoji (📌一、…, 👇👇👇) go. `toSource` maps every normalized
 * offset (and the end offset) back to the decoded source, which is what spans cite.
 */
import { endianness } from "node:os";

export interface Normalized {
  text: string;
  /** toSource[i] is the source offset of normalized offset i; length text.length + 1. */
  toSource: Int32Array;
}

/** What normalUnit returns for a character that goes. */
const DROP = -1;

export function normalize(source: string): Normalized {
  const length = source.length;
  // Code units into an array, not pieces into a string: Chinese text rewrites its punctuation (，：（）)
  // every few characters, and thousands of slices joined cost more than one pass over an array.
  const units = new Uint16Array(length);
  const toSource = new Int32Array(length + 1);
  let out = 0;
  let changed = false;
  for (let i = 0; i < length; i++) {
    const code = source.charCodeAt(i);
    // an emoji (a pair of surrogates in U+1F000–U+1FAFF) decorates a line: it would hide a marker after it
    if (code >= 0xd83c && code <= 0xd83e && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      changed = true;
      i++;
      continue;
    }
    const unit = normalUnit(code, source.charCodeAt(i + 1));
    if (unit !== code) changed = true;
    if (unit === DROP) continue;
    units[out] = unit;
    toSource[out++] = i;
  }
  toSource[out] = length;
  return { text: changed ? fromUnits(units, out) : source, toSource: toSource.subarray(0, out + 1) };
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
