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

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return {
      decoded: utf16,
      findings: [{ code: "encoding-guessed", message: `No BOM, but the bytes read as ${utf16.encoding} text (detected); pass --encoding if that is wrong.` }],
    };
  }

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

function tryDecode(bytes: Uint8Array, encoding: string, fatal = true): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * GB18030 or Big5. chardet is reliable on long text; on a few characters it often ranks Big5 first for
 * GBK bytes (both decode almost any double-byte run). So each candidate is decoded and the one whose
 * text reads most like Chinese (common characters, few rare ones) wins; chardet breaks ties.
 */
function detectLegacy(bytes: Uint8Array): string {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const gb = tryDecode(sample, "gb18030", false);
  const big5 = tryDecode(sample, "big5", false);
  const scoreGb = gb === null ? -Infinity : chineseScore(gb);
  const scoreBig5 = big5 === null ? -Infinity : chineseScore(big5);
  if (scoreGb !== scoreBig5) return scoreGb > scoreBig5 ? "gb18030" : "big5";
  for (const { name } of chardet.analyse(sample)) {
    const lower = name.toLowerCase();
    if (lower === "big5") return "big5";
    if (lower === "gb18030" || lower === "gbk" || lower === "gb2312") return "gb18030";
  }
  return "gb18030";
}

/** Frequent characters of policy and news text, simplified and traditional. */
const COMMON = new Set(
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研需区省市县乡镇村推进加快深化完善健全落实保障服务创新发展改革开放领导责任工作规划方案意见通知办法措施目标任务重点领域产业企业项目投资资金技术科技数字智能网络数据平台安全生态环境绿色能源交通城乡居民就业教育医疗卫生文化旅游农业农村扶贫经济社会治理监管审批标准质量人才培训支持鼓励引导促进提升提高实施组织协调统筹机制体系建设管理综合重大万亿元亿元人口百分之约超过达到力争以上以下左右增长降低减少亿万千百零" +
    "國務院關於實現進發會議對開與產業經濟數據網絡標準質量機構體系資金項目農業區縣鄉鎮醫療衛生環境態綠色能源交團隊從為這個們說時來應當會過還後種麼裡間點問題動學習規劃劃辦義務員長門東車電腦話語書報導線總統設計劃區專業務級層隊軍歷史將國際體育傳統廣場價格貿易銀行稅收費層級導向質優勢鄉鎮城鄉縣級機關黨風廉政紀檢監察條例辦法規則執行實施細則條款財政預算審計與為讓這樣對於關係發揮過程進一步強化推動創新轉型升級現代化治理體制機制構建優化營商環境擴大內需穩定就業增長較",
);

/** Common characters count for a decoding, other Han characters and replacement or private-use characters against it. */
function chineseScore(text: string): number {
  let score = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (COMMON.has(char)) score += 2;
    else if (code >= 0x4e00 && code <= 0x9fff) score -= 1;
    else if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff) || code >= 0x20000 || (code >= 0x3400 && code <= 0x4dbf)) score -= 3;
  }
  return score;
}

/**
 * UTF-16 without a BOM (Windows "Unicode" saved by some tools): the NUL high bytes of its ASCII (line
 * ends, digits) stand at odd offsets (LE) or at even ones (BE); a few Han characters (一 is U+4E00) put
 * a NUL on the other side. The decoded text must then read as text: no control characters.
 */
function utf16WithoutBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const probe = Math.min(bytes.length, 8192) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const encoding = odd >= 2 && odd > even * 4 ? "utf-16le" : even >= 2 && even > odd * 4 ? "utf-16be" : null;
  // at least one ASCII character (a line end) in 64, so that a few stray NULs do not decide it
  if (!encoding || Math.max(even, odd) * 64 < probe / 2) return null;
  const text = tryDecode(bytes, encoding);
  if (text === null || /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u.test(text) || chineseScore(text) < 0) return null;
  return { text, encoding };
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
  const probe = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < probe; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return "a binary file (it holds NUL bytes)";
    // text holds tab, line feed, form feed, carriage return and (in old files) escape; little else below 0x20
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  if (controls > 8 && controls * 10 > probe) return "a binary file (it holds many control bytes)";
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
