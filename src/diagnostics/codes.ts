/**
 * The catalogue of diagnostic codes: every code the tool emits is here, with its default severity and
 * what it means. The README's troubleshooting table is written from it; a test checks that every
 * emitted code is listed.
 */
export type Severity = "error" | "warning" | "info";

export interface CodeInfo {
  severity: Severity;
  /** One sentence: what the code means and, where it applies, what to do. */
  summary: string;
}

export const CODES = {
  // reading and decoding
  "file-unreadable": { severity: "error", summary: "The path could not be read (missing, no permission, a dangling link or a link loop); check the path or its permissions." },
  "file-binary": { severity: "error", summary: "The file holds binary data (NUL or control bytes, an image, a PDF or an Office file); convert it to text or Markdown first." },
  "encoding-guessed": { severity: "info", summary: "The file had no BOM and was not valid UTF-8, so its encoding (GB18030/GBK, Big5 or UTF-16) was detected; pass --encoding to force one." },
  "encoding-invalid": { severity: "error", summary: "The bytes are not valid in the forced or detected encoding; pass the right --encoding or convert the file to UTF-8." },
  "encoding-unknown": { severity: "error", summary: "The named --encoding is not one Node.js can decode; use utf-8, utf-16le, utf-16be, gb18030, gbk or big5." },
  "file-empty": { severity: "warning", summary: "The file holds no text, so it gives no document." },
  "no-document": { severity: "warning", summary: "The text holds only metadata (captions, bylines, scraper headers, dates) and no document body, so it gives no document." },
  "file-skipped": { severity: "info", summary: "The file is not .txt, .md or .markdown, so the folder walk skipped it; name it explicitly to read it." },
  // segmentation and repairs
  "no-title": { severity: "warning", summary: "No title line was found at the start of the document; the first line was used." },
  "column-break-joined": { severity: "info", summary: "A sentence broken across a column break was joined with its continuation." },
  "column-break-doubtful": { severity: "warning", summary: "A paragraph ends mid-sentence but nothing after it reads as its continuation; it was left as printed." },
  "pull-quote-dropped": { severity: "info", summary: "A paragraph that repeats a sentence of the body (a pull quote) was dropped." },
  "displaced-section-moved": { severity: "info", summary: "A section printed out of reading order was returned to the document it belongs to." },
  "fragment-rejoined": { severity: "info", summary: "A displaced fragment was joined to the unfinished sentence it completes." },
  "displaced-section-kept": { severity: "warning", summary: "Text printed after an article's end mark could not be placed with confidence; it was kept as its own document." },
  // structure
  "ordinal-gap": { severity: "warning", summary: "A numbered series skips or does not start at its first number; check for text lost or printed elsewhere." },
  "heading-level-guessed": { severity: "info", summary: "A heading's level was inferred from its neighbours because its numbering system had no fixed place." },
  // figures
  "number-not-figure": { severity: "info", summary: "A number in the text was ruled out as a figure (date, year, document number, name, count of the text's own parts); shown with --explain." },
  // internal
  "internal-error": { severity: "error", summary: "A bug in policy-extract stopped this file; please report it with the file that triggered it." },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

export function isKnownCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(CODES, code);
}
