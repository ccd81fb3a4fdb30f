/**
 * Numbering systems as data. Each descriptor says how its marker is written, what number a marker
 * stands for, where it may stand (start of a paragraph, or also inside one after punctuation), whether
 * a line it starts may be a heading, and its rank in the usual hierarchy (GB/T 9704: 一、 above （一）
 * above 1. above （1）; 章 above 节 above 条). Shared stages only ever ask the registry.
 */
import { smallChineseNumber } from "../text/chars.js";
import { isWhiteSpace } from "../text/passage.js";

export type Placement = "block" | "inline";
export type Role = "heading" | "measure" | "either";

export interface NumberingSystem {
  id: string;
  /** Example of the marker, for documentation and diagnostics. */
  example: string;
  /** Lower ranks stand above higher ranks when both number headings or measures of one document. */
  rank: number;
  /** block: only at the start of a paragraph; inline: also after punctuation inside one. */
  placement: Placement;
  role: Role;
  /** Matches a marker at the start of the text given; group 1 is the numeral where there is one. */
  pattern: RegExp;
  /** Every character a match of the pattern may start with: a text starting otherwise is not tried. */
  starts: string;
  ordinal(numeral: string, marker: string): number | null;
  /** Inline systems only count as a series from this many items (a lone 首先 is just a word). */
  minSeries: number;
}

/** 一 … 九十九, well formed (so that 十四五 is never read as a numeral). */
const CN = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])";
const NUM = "[一二三四五六七八九十百零〇\\d]{1,5}";
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
const romanOrdinal = (numeral: string) => ROMAN.indexOf(numeral) + 1;
const chinese = (numeral: string) => {
  const value = smallChineseNumber(numeral);
  return Number.isNaN(value) ? null : value;
};
const CN_STARTS = "一二三四五六七八九十";
const SEQUENCE_WORDS: Record<string, number | null> = { 首先: 1, 第一: 1, 其次: 2, 第二: 2, 再次: 3, 第三: 3, 最后: null };

export const SYSTEMS: readonly NumberingSystem[] = [
  { id: "volume", example: "第一篇", rank: 9, placement: "block", role: "heading", pattern: new RegExp(`^第(${NUM})篇`), starts: "第", ordinal: chinese, minSeries: 1 },
  { id: "division", example: "第一部分", rank: 9.5, placement: "block", role: "heading", pattern: new RegExp(`^第(${NUM})部分`), starts: "第", ordinal: chinese, minSeries: 1 },
  { id: "chapter", example: "第一章", rank: 10, placement: "block", role: "heading", pattern: new RegExp(`^第(${NUM})章`), starts: "第", ordinal: chinese, minSeries: 1 },
  { id: "part", example: "第一节", rank: 11, placement: "block", role: "heading", pattern: new RegExp(`^第(${NUM})节`), starts: "第", ordinal: chinese, minSeries: 1 },
  { id: "article", example: "第一条", rank: 12, placement: "block", role: "measure", pattern: new RegExp(`^第\\s?(${NUM})\\s?条(?:之[一二三四五六七八九十]{1,2})?(?=[\\s\\u4e00-\\u9fa5“(【])(?!第|规定|的|所[称列指]|至第|和第|或者第)`), starts: "第", ordinal: chinese, minSeries: 1 },
  { id: "chinese-dun", example: "一、", rank: 13, placement: "block", role: "either", pattern: new RegExp(`^(${CN})(?:、|\\.(?!\\d))`), starts: CN_STARTS, ordinal: chinese, minSeries: 1 },
  // a case release's cases (案例1　李某与某网络科技公司…纠纷案, 案例一：…案): headings over their 基本案情/裁判结果 parts
  { id: "case", example: "案例一", rank: 13.5, placement: "block", role: "heading", pattern: /^(?:典型)?案例\s?([一二三四五六七八九十]{1,3}|\d{1,2})(?=[\s:][^。;]{0,60}$|$)/, starts: "案典", ordinal: (n) => (/\d/.test(n) ? Number(n) : chinese(n)), minSeries: 1 },
  { id: "chinese-paren", example: "（一）", rank: 14, placement: "block", role: "either", pattern: new RegExp(`^\\((${CN})\\)`), starts: "(", ordinal: chinese, minSeries: 1 },
  { id: "enclosed-ideograph", example: "㈠", rank: 14, placement: "block", role: "either", pattern: /^([\u3220-\u3229])/, starts: "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩", ordinal: (n) => n.charCodeAt(0) - 0x3220 + 1, minSeries: 1 },
  // (1.2026年底前…, 1.2025—2026年…, 9.6月底前…: a year or a month after the point is no decimal)
  { id: "arabic-dot", example: "1.", rank: 15, placement: "block", role: "either", pattern: /^(\d{1,3})(?:\.(?!\d)|\.(?=\d{4}\s*(?:[—\-~～至]\s*\d{4}\s*)?年|(?:1[0-2]|[1-9])\s*月)|、(?!\d))/, starts: "0123456789", ordinal: (n) => Number(n), minSeries: 1 },
  // a box's items numbered without punctuation (01　建设…, 1 推进…): a space, then words (not 10 万元; 02　千年古道 is an item)
  { id: "arabic-space", example: "01", rank: 15, placement: "block", role: "either", pattern: /^(0[1-9](?=[ \t]+[\u4e00-\u9fa5“(])|\d{1,2}(?=[ \t]+(?![万亿千百个家项元年月日])[\u4e00-\u9fa5“(]))/, starts: "0123456789", ordinal: (n) => Number(n), minSeries: 1 },
  // outline numbering (1.1 加强组织): the space after it tells it from a decimal (1.5万亿元); a standard may
  // print none (5.1养老机构…), where what follows is no unit (2.3公里, 1.5倍)
  { id: "arabic-outline", example: "1.1", rank: 15.5, placement: "block", role: "either", pattern: /^\d{1,2}\.(\d{1,2})(?=\s+(?![万亿千百个%])[\u4e00-\u9fa5“(]|(?![万亿千百个%倍米公平立吨元亩人户家项名所座台辆条次天年月日小分秒度件只头株套批场间处张余多岁周])[\u4e00-\u9fa5])/, starts: "0123456789", ordinal: (n) => Number(n), minSeries: 1 },
  // a clause of a standard or an emergency plan three levels down (4.2.1 Ⅳ级响应行动：…, 1.0.1 为加强…)
  { id: "arabic-outline-3", example: "1.1.1", rank: 15.7, placement: "block", role: "either", pattern: /^\d{1,2}\.\d{1,2}\.(\d{1,2})(?=\s*(?![万亿千百个%])[\u4e00-\u9fa5\u2160-\u216b“(])/, starts: "0123456789", ordinal: (n) => Number(n), minSeries: 1 },
  // (and four: 6.2.1.1 为失能老年人提供…)
  { id: "arabic-outline-4", example: "1.1.1.1", rank: 15.8, placement: "block", role: "either", pattern: /^\d{1,2}\.\d{1,2}\.\d{1,2}\.(\d{1,2})(?=\s*(?![万亿千百个%])[\u4e00-\u9fa5“(])/, starts: "0123456789", ordinal: (n) => Number(n), minSeries: 1 },
  // a report's glossary, printed after its last part (名词解释), stands beside its parts, not under the last
  { id: "glossary", example: "名词解释", rank: 9, placement: "block", role: "heading", pattern: /^名词解释(?=\s*$)/, starts: "名", ordinal: () => null, minSeries: 1 },
  // a standard's foreword stands beside its chapters (前言 / 1 范围)
  { id: "foreword", example: "前言", rank: 15, placement: "block", role: "heading", pattern: /^(?:前|引)\s*言(?=\s*$)/, starts: "前引", ordinal: () => null, minSeries: 1 },
  // a standard's appendix (附录A（规范性）) stands beside its chapters; its clauses are lettered (A.1, A.0.1, B.2.3)
  { id: "appendix", example: "附录A", rank: 10, placement: "block", role: "heading", pattern: /^附\s*录\s*([A-Z])(?=[\s(]|$)/, starts: "附", ordinal: (n) => n.charCodeAt(0) - 0x40, minSeries: 1 },
  { id: "appendix-clause", example: "A.1", rank: 15.5, placement: "block", role: "either", pattern: /^[A-Z]\.(?:\d{1,2}\.){0,2}(\d{1,2})(?=\s*(?![万亿千百个%])[\u4e00-\u9fa5“(])/, starts: "ABCDEFGHIJKLMNOPQRSTUVWXYZ", ordinal: (n) => Number(n), minSeries: 1 },
  { id: "arabic-paren", example: "（1）", rank: 16, placement: "block", role: "either", pattern: /^\((\d{1,3})\)/, starts: "(", ordinal: (n) => Number(n), minSeries: 1 },
  // a (1)(2) series run on inside a paragraph (1.加大援企稳岗力度。(1)延续…;(2)对吸纳…): items of their own
  { id: "arabic-paren-run-on", example: "。（1）", rank: 16, placement: "inline", role: "measure", pattern: /^\((\d{1,2})\)(?=[\u4e00-\u9fa5“])/, starts: "(", ordinal: (n) => Number(n), minSeries: 2 },
  // a 1. 2. series run on inside a paragraph after a colon or a stop (不予批准:1.出卖…的;2.申请人…的)
  { id: "arabic-dot-run-on", example: ":1.", rank: 15, placement: "inline", role: "measure", pattern: /^(\d{1,2})\.(?!\d)(?=[\u4e00-\u9fa5“])/, starts: "0123456789", ordinal: (n) => Number(n), minSeries: 2 },
  { id: "parenthesized-digit", example: "⑴", rank: 16, placement: "block", role: "either", pattern: /^([\u2474-\u2487])/, starts: "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇", ordinal: (n) => n.charCodeAt(0) - 0x2474 + 1, minSeries: 1 },
  // a closing bracket alone (1） 1)): a series of two or more, so that 3) in prose is no marker
  { id: "arabic-half-paren", example: "1）", rank: 16.5, placement: "block", role: "either", pattern: /^(\d{1,2})\)(?=\s*[\u4e00-\u9fa5“(《])/, starts: "0123456789", ordinal: (n) => Number(n), minSeries: 2 },
  // i. ii. iii. (a series of two or more; a lone i. of a latin list stays the latin list's)
  { id: "roman-dot", example: "i.", rank: 18.7, placement: "block", role: "measure", pattern: /^(i{1,3}|iv|vi{0,3}|ix|x)[.)](?=\s*[\u4e00-\u9fa5“(《])/, starts: "ivx", ordinal: romanOrdinal, minSeries: 2 },
  { id: "latin-dot", example: "a.", rank: 18.5, placement: "block", role: "measure", pattern: /^([a-z])[.)](?=\s*[\u4e00-\u9fa5“(《])/, starts: "abcdefghijklmnopqrstuvwxyz", ordinal: (n) => n.charCodeAt(0) - 0x60, minSeries: 2 },
  // a ⑴⑵ series run on inside a paragraph (主要原因包括:⑴事实认定不清…;⑵违反法定程序…)
  { id: "parenthesized-digit-run-on", example: ":⑴", rank: 16, placement: "inline", role: "measure", pattern: /^([\u2474-\u2487])(?=[\u4e00-\u9fa5“])/, starts: "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇", ordinal: (n) => n.charCodeAt(0) - 0x2474 + 1, minSeries: 2 },
  { id: "circled", example: "①", rank: 17, placement: "inline", role: "measure", pattern: /^([\u2460-\u2473])/, starts: "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", ordinal: (n) => n.charCodeAt(0) - 0x2460 + 1, minSeries: 2 },
  { id: "negative-circled", example: "❶", rank: 17, placement: "inline", role: "measure", pattern: /^([\u2776-\u277f\u278a-\u2793])/, starts: "❶❷❸❹❺❻❼❽❾❿➊➋➌➍➎➏➐➑➒➓", ordinal: (n) => (n.charCodeAt(0) >= 0x278a ? n.charCodeAt(0) - 0x278a : n.charCodeAt(0) - 0x2776) + 1, minSeries: 2 },
  { id: "quoted-lead", example: "“首先”是要", rank: 18, placement: "block", role: "measure", pattern: /^“([\u4e00-\u9fa5]{2,4})”(?=是要|要|是)/, starts: "“", ordinal: () => null, minSeries: 2 },
  { id: "shi", example: "一是", rank: 19, placement: "inline", role: "measure", pattern: new RegExp(`^(${CN})是(?![否非])`), starts: CN_STARTS, ordinal: chinese, minSeries: 1 },
  { id: "yao", example: "一要", rank: 19, placement: "inline", role: "measure", pattern: new RegExp(`^(${CN})要(?![求素件点])`), starts: CN_STARTS, ordinal: chinese, minSeries: 2 },
  { id: "sequence", example: "首先", rank: 19, placement: "inline", role: "measure", pattern: /^(首先|其次|再次|最后)(?=[,:，要是\u4e00-\u9fa5])(?!一)/, starts: "首其再最", ordinal: (n) => SEQUENCE_WORDS[n] ?? null, minSeries: 2 },
  // 第一,…第二,…第三,… written as words, a comma after each
  { id: "ordinal-word", example: "第一，", rank: 19, placement: "inline", role: "measure", pattern: new RegExp(`^第(${CN})(?=[,:])`), starts: "第", ordinal: chinese, minSeries: 2 },
  // 其一,…其二,…其三,…
  { id: "qi-ordinal", example: "其一，", rank: 19, placement: "inline", role: "measure", pattern: new RegExp(`^其(${CN})(?=[,:])`), starts: "其", ordinal: chinese, minSeries: 2 },
  // (not a quotation's credit under it: ——市人大代表、霁阳高新区管委会主任　罗振华)
  { id: "dash", example: "——", rank: 20, placement: "block", role: "measure", pattern: /^(——|--)(?=\s?[\u4e00-\u9fa5“])(?![^。;,!?]*\s[\u4e00-\u9fa5](?:\s?[\u4e00-\u9fa5]){1,3}$)/, starts: "—-", ordinal: () => null, minSeries: 2 },
];

export interface MarkerMatch {
  system: NumberingSystem;
  /** The marker as printed ("一是", "（一）", "第三条"). */
  marker: string;
  ordinal: number | null;
  /** Local offsets of the marker in the text it was found in. */
  start: number;
  end: number;
  /** Where the body starts: after the marker and any space or 、 that follows it. */
  bodyStart: number;
}

/** The marker that starts `text` (a paragraph), if any; after an answer's label (答:(一)…) too. */
export function leadingMarker(text: string): MarkerMatch | null {
  // (an amendment's new wording is quoted, its items too: “(一)有不少于5名公路工程专业技术人员;)
  // (so are a note's items after its label: 注:1.同一刑事案件…, 说明:1.列入…目录的, then 2.… on the next line)
  const first = text.charCodeAt(0);
  const offset = first === 0x7b54 ? (ANSWER_LABEL.exec(text)?.[0].length ?? 0) : first === 0x201c && QUOTED_ITEM.test(text) ? 1 : NOTE_STARTS.has(first) ? (NOTE_LABEL.exec(text)?.[0].length ?? 0) : 0; // 答, “
  const rest = offset > 0 ? text.slice(offset) : text;
  for (const system of systemsStartingWith.get(rest.charCodeAt(0)) ?? []) {
    // (an inline marker after the label, 答:一是…, is found inside the paragraph as any other)
    if (offset > 0 && system.placement === "inline") continue;
    const match = system.pattern.exec(rest);
    if (match) return toMatch(system, match, offset, text);
  }
  return null;
}

const QUOTED_ITEM = /^“(?:\([一二三四五六七八九十\d]{1,3}\)|第[一二三四五六七八九十百\d]{1,5}条)/u;

/** An answer's label in a question-and-answer text: the items of the answer may follow it on its line. */
const ANSWER_LABEL = /^答\s*:\s*/u;
/** A note's label before its first numbered item (注:1., 说明:1., 备注:(1)). */
const NOTE_LABEL = /^(?:注|说明|备注|附注)\s*:\s*(?=\d{1,2}\.(?!\d)|\(\d{1,2}\))/u;
const NOTE_STARTS = new Set([0x6ce8, 0x8bf4, 0x5907, 0x9644]); // 注 说 备 附

/** For each character a marker may start with, the systems (in registry order) whose markers may start with it. */
const systemsStartingWith = new Map<number, NumberingSystem[]>();
for (const system of SYSTEMS) {
  for (const char of system.starts) {
    const code = char.charCodeAt(0);
    systemsStartingWith.set(code, [...(systemsStartingWith.get(code) ?? []), system]);
  }
}

/** A character after which an inline marker may stand, followed by the first character of one. */
// (a digit only after a comma, a colon or a stop and before a point that no digit follows: 1. 2. items; elsewhere a digit starts a number)
const INLINE_START = /[,;:。!?、\s)”](?=[一二三四五六七八九十首其再最第(\u2460-\u2487\u2776-\u277f\u278a-\u2793])|[,;:。](?=\d{1,2}\.(?!\d))/gu;

/** Inline markers inside `text` after `from` (never at the very start: leadingMarker covers that). */
export function inlineMarkers(text: string, from = 0): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  // jump from one possible marker start to the next instead of testing every character
  INLINE_START.lastIndex = Math.max(from, 1) - 1;
  for (let hit = INLINE_START.exec(text); hit !== null; hit = INLINE_START.exec(text)) {
    const i = hit.index + 1;
    if (i < Math.max(from, 1)) continue;
    const rest = text.slice(i, i + 8);
    for (const system of systemsStartingWith.get(text.charCodeAt(i)) ?? []) {
      if (system.placement !== "inline") continue;
      const match = system.pattern.exec(rest);
      if (match) {
        const marker = toMatch(system, match, i, text);
        found.push(marker);
        INLINE_START.lastIndex = marker.end - 1;
        break;
      }
    }
  }
  return withLooseFirstItems(text, from, found);
}

/** First items that follow a word, not punctuation (各部门一要…；二要…, 我们将首先…其次…): kept only when the second item is there. */
const FIRST_ITEM: Array<[string, RegExp]> = [
  ["shi", /一是/gu],
  ["yao", /一要/gu],
  ["sequence", /首先/gu],
  ["ordinal-word", /第一(?=[,:])/gu],
  ["circled", /①/gu],
];

function withLooseFirstItems(text: string, from: number, found: MarkerMatch[]): MarkerMatch[] {
  // a loose first item needs a second item found after it
  if (!found.some((m) => m.ordinal === 2)) return found;
  const added: MarkerMatch[] = [];
  for (const [systemId, pattern] of FIRST_ITEM) {
    const second = found.find((m) => m.system.id === systemId && m.ordinal === 2);
    if (!second || found.some((m) => m.system.id === systemId && m.ordinal === 1 && m.start < second.start)) continue;
    let first: RegExpExecArray | null = null;
    for (const match of text.slice(0, second.start).matchAll(pattern)) if (match.index! >= Math.max(from, 1)) first = match;
    if (!first) continue;
    const system = systemById(systemId);
    const rest = text.slice(first.index!, first.index! + 8);
    const match = system.pattern.exec(rest) ?? /^(首先)/u.exec(rest);
    if (match) added.push(toMatch(system, match, first.index!, text));
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

const AFTER_MARKER = "、,:";

function toMatch(system: NumberingSystem, match: RegExpExecArray, offset: number, text: string): MarkerMatch {
  const marker = match[0];
  const numeral = match[1] ?? marker;
  let bodyStart = offset + marker.length;
  // past white space, 、 and the comma or colon after a word marker (首先,加强用地保障)
  while (bodyStart < text.length && (isWhiteSpace(text.charCodeAt(bodyStart)) || AFTER_MARKER.includes(text.charAt(bodyStart)))) bodyStart++;
  return {
    system,
    // a quoted lead (“首先”是要) is printed with quotes, but its marker is the word
    marker: system.id === "quoted-lead" ? numeral : marker,
    ordinal: system.ordinal(numeral, marker),
    start: offset,
    end: offset + marker.length,
    bodyStart,
  };
}

export function systemById(id: string): NumberingSystem {
  const system = SYSTEMS.find((candidate) => candidate.id === id);
  if (!system) throw new Error(`unknown numbering system ${id}`);
  return system;
}
