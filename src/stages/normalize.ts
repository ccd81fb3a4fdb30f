/**
 * Stage 2: one spelling for what sources spell many ways, so rules are written once. Full-width
 * ASCII (digits, letters, ，；：（）！？％) becomes ASCII, the ideographic and no-break spaces become a
 * space, line endings become \n, and zero-width characters go. `toSource` maps every normalized
 * offset (and the end offset) back to the decoded source, which is what spans cite.
 */
export interface Normalized {
  text: string;
  /** toSource[i] is the source offset of normalized offset i; length text.length + 1. */
  toSource: Int32Array;
}

export function normalize(source: string): Normalized {
  const toSource = new Int32Array(source.length + 1);
  const out: string[] = [];
  let chunkStart = 0;
  let length = 0;
  // Copy runs of unchanged characters in one slice: most text needs no rewriting.
  const flush = (upTo: number) => {
    if (upTo > chunkStart) {
      out.push(source.slice(chunkStart, upTo));
      for (let i = chunkStart; i < upTo; i++) toSource[length++] = i;
    }
  };
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const replacement = replace(code, source.charCodeAt(i + 1));
    if (replacement === undefined) continue;
    flush(i);
    if (replacement !== "") {
      out.push(replacement);
      toSource[length++] = i;
    }
    chunkStart = i + 1;
  }
  flush(source.length);
  toSource[length] = source.length;
  return { text: out.join(""), toSource: toSource.subarray(0, length + 1) };
}

/** undefined: keep the character; "": drop it; otherwise its normal form (always one code unit). */
function replace(code: number, next: number): string | undefined {
  if (code < 0x80) {
    if (code === 0x0d) return next === 0x0a ? "" : "\n";
    if (code === 0x09) return " ";
    return undefined;
  }
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  switch (code) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x2002:
    case 0x2003:
      return " ";
    case 0x200b: // zero-width space, joiners and a stray BOM
    case 0x200c:
    case 0x200d:
    case 0xfeff:
      return "";
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return "\n";
    default:
      return undefined;
  }
}
