/**
 * Stage 1: bytes to text. UTF-8 with or without BOM, UTF-16 by BOM; otherwise the encoding is
 * detected (chardet) among the legacy Chinese encodings and decoded by Node's own TextDecoder.
 * Binary files are refused with a diagnostic that says what to do instead.
 */
import chardet from "chardet";
import type { Finding } from "../diagnostics/report.js";

export interface Decoded {
  text: string;
  encoding: string;
}

export interface DecodeResult {
  decoded: Decoded | null;
  findings: Finding[];
}

/** Encodings a user may force with --encoding, by the names the output records. */
const FORCEABLE: Record<string, string> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  gb18030: "gb18030",
  gbk: "gb18030",
  gb2312: "gb18030",
  big5: "big5",
};

const MAGIC: Array<[string, number[]]> = [
  ["a PDF", [0x25, 0x50, 0x44, 0x46]],
  ["a .docx/.xlsx or zip archive", [0x50, 0x4b, 0x03, 0x04]],
  ["a legacy .doc/.xls file", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
];

export function decode(bytes: Uint8Array, forced?: string): DecodeResult {
  if (bytes.length === 0) return { decoded: { text: "", encoding: "utf-8" }, findings: [] };

  if (forced !== undefined) {
    const encoding = FORCEABLE[forced.toLowerCase()];
    if (!encoding) {
      return { decoded: null, findings: [{ code: "encoding-unknown", message: `--encoding ${forced} is not supported; use utf-8, utf-16le, utf-16be, gb18030, gbk or big5.` }] };
    }
    return strictDecode(bytes, encoding, `the bytes are not valid ${encoding}; check --encoding`);
  }

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strictDecode(bytes.subarray(3), "utf-8", "the bytes after the UTF-8 BOM are not valid UTF-8");
  if (startsWith(bytes, [0xff, 0xfe])) return strictDecode(bytes.subarray(2), "utf-16le", "the bytes after the UTF-16LE BOM are not valid UTF-16");
  if (startsWith(bytes, [0xfe, 0xff])) return strictDecode(bytes.subarray(2), "utf-16be", "the bytes after the UTF-16BE BOM are not valid UTF-16");

  const kind = binaryKind(bytes);
  if (kind) {
    return { decoded: null, findings: [{ code: "file-binary", message: `This is ${kind}, not text; convert it to .txt or .md first (e.g. with pdftotext or pandoc).` }] };
  }

  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return { decoded: { text: utf8, encoding: "utf-8" }, findings: [] };

  const detected = detectLegacy(bytes);
  const text = tryDecode(bytes, detected);
  if (text === null) {
    return { decoded: null, findings: [{ code: "encoding-invalid", message: `The bytes are neither UTF-8 nor valid ${detected}; convert the file to UTF-8 or pass --encoding.` }] };
  }
  return {
    decoded: { text, encoding: detected },
    findings: [{ code: "encoding-guessed", message: `Not UTF-8 and no BOM: decoded as ${detected} (detected); pass --encoding if that is wrong.` }],
  };
}

function strictDecode(bytes: Uint8Array, encoding: string, problem: string): DecodeResult {
  const text = tryDecode(bytes, encoding);
  if (text === null) return { decoded: null, findings: [{ code: "encoding-invalid", message: `${capitalize(problem)}; convert the file to UTF-8 or pass the right --encoding.` }] };
  return { decoded: { text: text.replace(/^\uFEFF/, ""), encoding }, findings: [] };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Big5 only when the detector prefers it over GB18030; GB18030 decodes every GBK and GB2312 file. */
function detectLegacy(bytes: Uint8Array): string {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const ranked = chardet.analyse(sample);
  for (const { name } of ranked) {
    const lower = name.toLowerCase();
    if (lower === "big5") return "big5";
    if (lower === "gb18030" || lower === "gbk" || lower === "gb2312") return "gb18030";
  }
  return "gb18030";
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return "a binary file (it holds NUL bytes)";
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
