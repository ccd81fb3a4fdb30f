/**
 * Stage 8: quantitative figures. Each number with a unit in a quantitative statement becomes a
 * Target: its comparator from the words around it, goal or status from the sentence's cues, the year
 * and plan period stated before it in the same sentence, and a short indicator. Numbers that are not
 * figures (dates, years, document numbers, names like 5G or “33618”, counts of the text's own parts,
 * denominators) are ruled out with a reason, which --explain reports.
 */
import type { Findings } from "../diagnostics/report.js";
import { baseOf, parseArabic, parseChineseNumeral } from "../numbers/parse.js";
import { Passage, type Range } from "../text/passage.js";

export type Comparator = "gt" | "gte" | "lt" | "lte" | "eq" | "approx";

export interface TargetDraft {
  kind: "goal" | "status";
  indicator: string;
  value: number;
  to: number | null;
  from: number | null;
  unit: string;
  base: { value: number; unit: string } | null;
  comparator: Comparator;
  year: number | null;
  period: string | null;
  hedged: boolean;
  binding: "约束性" | "预期性" | null;
  quote: string;
  range: Range;
  /** Ranges of the quote in the normalized text (more than one when the quote spans a repair). */
  ranges: Range[];
}

export interface FigureOptions {
  /** Kind to use when a sentence has no goal or status cue. */
  defaultKind: "goal" | "status";
  explain: boolean;
}

const NUM_AR = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
/** Chinese numerals; a trailing 万 or 亿 is left to the unit (两万套: 2 万套), as with Arabic numbers. */
const NUM_CN = "[零〇一二两三四五六七八九十百千点]+";
/** Units, longest first so that 个 never shadows 个月, 个工作日 or 个百分点. */
const PLAIN_UNITS = [
  "个百分点", "百分点", "个工作日", "工作日", "千瓦时", "平方公里", "平方米", "立方米", "标准煤", "微克/立方米", "个月",
  "美元", "人民币", "人次", "千瓦", "兆瓦", "吉瓦", "公里", "千米", "公顷", "分钟", "小时", "学时", "课时", "周岁", "千克", "公斤",
  "%", "‰", "倍", "番", "元", "人", "户", "家", "个", "项", "所", "座", "台", "套", "辆", "架", "艘", "吨", "瓦", "米", "亩", "张", "件",
  "名", "位", "篇", "部", "场", "次", "条", "处", "株", "头", "只", "床", "间", "栋", "册", "种", "岁", "天", "度", "斤", "成", "分",
];
const UNIT_BASE = `(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)?(?:${PLAIN_UNITS.map((u) => u.replace(/[/]/g, "\\/")).join("|")})|日(?=内|以内|之内)|年(?=内|以内|以上|之内|$|[,。;])|万亿|千亿|亿|万`;
/** number, optional 余/多, unit; 百分之X stands apart. */
const FIGURE = new RegExp(
  String.raw`(百分之(${NUM_CN}))|(?<![\dA-Za-z.])(${NUM_AR}|${NUM_CN})\s*(余|多)?\s*(${UNIT_BASE})(?!\d)`,
  "gu",
);
const SPECIAL = /(超)(百|千|万|亿)(家|个|项|人|元|亿元|万元)|(上亿)|翻(一|两|二|三)番/gu;
const CHANGE = new RegExp(
  String.raw`(?:从|由)[^,;。!?从由]{0,12}?(?<![\d.])(${NUM_AR}|${NUM_CN})\s*(${UNIT_BASE})?\s*[^,;。!?从由\d]{0,8}?(?:减少|下降|降低|增加|增长|提高|提升|扩大|缩小|压减|压缩|降|升|上升)(?:到|至)[^,;。!?\d]{0,10}?(${NUM_AR}|${NUM_CN})\s*(${UNIT_BASE})`,
  "gu",
);
/** 二百元以上五百元以下: a range, as fines and eligibility bands are written. */
const BAND = new RegExp(String.raw`(${NUM_AR}|${NUM_CN})\s*(${UNIT_BASE})以上\s*(${NUM_AR}|${NUM_CN})\s*(${UNIT_BASE})以下`, "gu");
const LOWER_END = new RegExp(String.raw`(${NUM_AR})\s*(?:—|-|~|至)\s*$`, "u");
const RANGE_TAIL = new RegExp(String.raw`^\s*(?:—|-|~|～|至|到)\s*(${NUM_AR}|${NUM_CN})\s*(${UNIT_BASE})?`, "u");

const BEFORE: Array<[RegExp, Comparator]> = [
  [/(不得超过|不得高于|不得多于|不超过|不高于|不多于|控制在|最多|最高|最长|不大于|未满)\s*$/u, "lte"],
  [/(不得低于|不得少于|不低于|不少于|至少|不小于|年满|满)\s*$/u, "gte"],
  [/(超过|高于|多于|大于|突破|逾|超)\s*$/u, "gt"],
  [/(低于|不到|少于|不足|小于)\s*$/u, "lt"],
  [/(大约|约|近|接近|将近|大概)\s*$/u, "approx"],
  [/(已达到|已达)\s*$/u, "eq"],
  [/(达到|达)\s*$/u, "gte"],
];
const AFTER: Array<[RegExp, Comparator]> = [
  [/^\s*(以上|及以上)/u, "gte"],
  [/^\s*(以下|以内|之内|内)/u, "lte"],
  [/^\s*左右/u, "approx"],
];

const STATUS_CUE = /(已经|已|累计|截至|截止|共有|同比|比上年|上年|去年)/gu;
const GOAL_CUE = /(到\s*\d{4}\s*年|\d{4}\s*年(?:底|末)?(?:前|以前)|力争|争取|努力|目标|预计|计划|确保|将|不得|应当|必须)/gu;
const DONE_CUE = /(完成|建成|实现了|达到了)/gu;
const YEAR = /(\d{4})\s*年(?![\d]{1,2}\s*月\s*\d)/gu;
const PERIOD = /([“"]?)(十[一二三四五六七八九]五)\1?[”"]?/u;

export function extractFigures(passage: Passage, options: FigureOptions, findings: Findings): TargetDraft[] {
  const text = passage.text;
  const targets: TargetDraft[] = [];
  const taken: Array<[number, number]> = [];
  const isTaken = (from: number, to: number) => taken.some(([a, b]) => from < b && to > a);

  for (const sentence of sentences(text)) {
    const body = text.slice(sentence.start, sentence.end);
    const found: Array<Omit<TargetDraft, "kind" | "year" | "period" | "hedged" | "binding" | "indicator" | "range" | "ranges"> & { at: number; end: number; numberAt: number }> = [];

    for (const match of body.matchAll(CHANGE)) {
      const from = parseNumber(match[1]!);
      const value = parseNumber(match[3]!);
      if (Number.isNaN(from) || Number.isNaN(value)) continue;
      const at = sentence.start + match.index!;
      const end = at + match[0].length;
      const unit = match[4]!;
      taken.push([at, end]);
      found.push({ value, to: null, from, unit, base: baseOf(value, unit), comparator: "eq", quote: match[0], at, end, numberAt: at + match[0].lastIndexOf(match[3]!) });
    }
    for (const match of body.matchAll(BAND)) {
      const low = parseNumber(match[1]!);
      const high = parseNumber(match[3]!);
      const at = sentence.start + match.index!;
      const end = at + match[0].length;
      if (Number.isNaN(low) || Number.isNaN(high) || isTaken(at, end) || match[2] !== match[4]) continue;
      taken.push([at, end]);
      found.push({ value: low, to: high, from: null, unit: match[2]!, base: baseOf(low, match[2]!), comparator: "eq", quote: match[0], at, end, numberAt: at });
    }
    for (const match of body.matchAll(SPECIAL)) {
      const at = sentence.start + match.index!;
      const end = at + match[0].length;
      if (isTaken(at, end)) continue;
      let value: number;
      let unit: string;
      let comparator: Comparator;
      if (match[4]) [value, unit, comparator] = [1, "亿", "gte"];
      else if (match[0].startsWith("翻")) [value, unit, comparator] = [parseChineseNumeral(match[5]!), "番", "eq"];
      else if (match[2] === "亿") [value, unit, comparator] = [1, `亿${match[3]!.replace(/^[万亿]/u, "")}`, "gt"];
      else [value, unit, comparator] = [parseChineseNumeral(match[2]!), match[3]!, "gt"];
      taken.push([at, end]);
      found.push({ value, to: null, from: null, unit, base: baseOf(value, unit), comparator, quote: match[0], at, end, numberAt: at });
    }
    for (const match of body.matchAll(FIGURE)) {
      const localAt = match.index!;
      const at = sentence.start + localAt;
      let end = at + match[0].length;
      if (isTaken(at, end)) continue;
      const percentWords = match[1] !== undefined;
      const numeral = percentWords ? match[2]! : match[3]!;
      const unit = percentWords ? "%" : match[5]!;
      const approxWord = percentWords ? undefined : match[4];
      const reason = notAFigure(text, at, end, numeral, unit, percentWords);
      if (reason) {
        if (options.explain) findings.report("number-not-figure", `${match[0]} is not a figure: ${reason}.`, passage.toRange(at, end));
        continue;
      }
      let value = parseNumber(numeral);
      if (Number.isNaN(value)) continue;

      // ranges: 30%—40% (unit on both ends) and 30—40%, 3至5家 (unit on the upper end only)
      let to: number | null = null;
      let numberAt = at;
      const tail = RANGE_TAIL.exec(text.slice(end, end + 16));
      if (tail && (tail[2] === undefined || tail[2] === unit) && !/^\s*(到|至)\s*\d{4}\s*年/u.test(text.slice(end))) {
        const upper = parseNumber(tail[1]!);
        if (!Number.isNaN(upper) && upper > value) {
          to = upper;
          end += tail[0].length;
        }
      }
      const lowerEnd = LOWER_END.exec(text.slice(Math.max(sentence.start, at - 14), at));
      if (to === null && lowerEnd) {
        const lower = parseNumber(lowerEnd[1]!);
        if (!Number.isNaN(lower) && lower < value) {
          to = value;
          value = lower;
          numberAt = at - lowerEnd[0].length;
        }
      }

      let comparator: Comparator = approxWord ? "gt" : "eq";
      let quoteStart = numberAt;
      const before = text.slice(Math.max(sentence.start, numberAt - 6), numberAt);
      for (const [pattern, value] of BEFORE) {
        const hit = pattern.exec(before);
        if (hit) {
          if (!approxWord) comparator = value;
          quoteStart = numberAt - hit[0].length;
          break;
        }
      }
      const after = text.slice(end, end + 4);
      for (const [pattern, value] of AFTER) {
        const hit = pattern.exec(after);
        if (hit) {
          if (comparator === "eq" || comparator === "gte") comparator = value;
          else if (value === "lte" && comparator === "lte") comparator = "lte";
          end += hit[0].length;
          break;
        }
      }
      if (to !== null) comparator = comparator === "gte" || comparator === "gt" || comparator === "lte" ? comparator : "eq";
      taken.push([quoteStart, end]);
      found.push({ value, to, from: null, unit, base: baseOf(value, unit), comparator, quote: text.slice(quoteStart, end), at: quoteStart, end, numberAt });
    }

    found.sort((a, b) => a.at - b.at);
    for (const figure of found) {
      const head = text.slice(sentence.start, figure.numberAt);
      const kind = kindOf(head, text.slice(Math.max(sentence.start, clauseStart(text, figure.at, sentence.start)), figure.numberAt), options.defaultKind);
      let comparator = figure.comparator;
      // a count reported as reached (数量达到161家) states the count itself
      if (kind === "status" && comparator === "gte" && /达到?\s*$/u.test(text.slice(Math.max(0, figure.numberAt - 3), figure.numberAt))) comparator = "eq";
      const years = [...head.matchAll(YEAR)].map((m) => Number(m[1])).filter((y) => y >= 1949 && y <= 2100);
      const period = PERIOD.exec(head)?.[2] ?? null;
      const binding = /约束性/u.test(body) ? "约束性" : /预期性/u.test(body) ? "预期性" : null;
      const { quote, at, end, numberAt: _numberAt, ...rest } = figure;
      targets.push({
        ...rest,
        comparator,
        kind,
        year: years.length > 0 ? years[years.length - 1]! : null,
        period,
        hedged: kind === "goal" && /(力争|争取|努力)/u.test(head),
        binding,
        indicator: indicatorOf(text, figure.at, figure.end, sentence.start, sentence.end),
        quote,
        range: passage.toRange(at, end),
        ranges: passage.toRanges(at, end),
      });
    }
  }
  return targets;
}

function parseNumber(text: string): number {
  return /\d/.test(text) ? parseArabic(text) : parseChineseNumeral(text);
}

/** Why the number at [at, end) is not a figure, or null when it is one. */
function notAFigure(text: string, at: number, end: number, numeral: string, unit: string, percentWords: boolean): string | null {
  const before = text.slice(Math.max(0, at - 3), at);
  const after = text.slice(end, end + 6);
  const chinese = !/\d/.test(numeral);
  if (/第\s*$/u.test(before)) return "an ordinal (第…)";
  if (/每\s*$/u.test(before)) return "a denominator (每…)";
  if (/[〔[【]\s*$/u.test(before)) return "a document number";
  if (/^\s*(方面|领域|重点任务|任务|行动|工程|举措|措施|部分|章|方向|环节|板块|专项|大类|类)/u.test(after) && /^(个|项|大|类|条)$/u.test(unit)) {
    if (!/^\s*大类/u.test(after)) return "a count of the text's own parts";
  }
  if (/(个|项)$/u.test(unit) && /从\s*$/u.test(before) && /^\s*方面/u.test(after)) return "a count of the text's own parts";
  if (/^(分钟|小时|天|个月)$/u.test(unit) && /^[\u4e00-\u9fa5“]/u.test(after) && !/^(以内|内|以上|左右|之内|以下)/u.test(after)) return "part of a name (15分钟生活圈)";
  if (inShortQuote(text, at, end)) return "a name in quotation marks";
  if (/^\s*级/u.test(after)) return "part of a name (千亿级, 三级)";
  if (unit === "年" && !/^\d{1,2}$|^[一二两三四五六七八九十]{1,2}$/u.test(numeral)) return "a year";
  if (/月\s*$/u.test(before) && /^(日|天)/u.test(unit)) return "a date";
  if (chinese && !percentWords && !/^(万|亿)/u.test(unit)) {
    if (/^[一两]$/u.test(numeral)) return "一 as a counting word";
    if (numeral.length === 1 && !/^(%|倍|成)/u.test(unit)) return "a single Chinese numeral counting parts";
    if (/十[一二三四五六七八九]五/u.test(numeral)) return "a plan period (十四五)";
  }
  if (/^\s*[A-Za-z]/u.test(text.slice(end, end + 1)) || /[A-Za-z]$/u.test(before)) return "part of a code or name";
  return null;
}

function inShortQuote(text: string, at: number, end: number): boolean {
  const open = text.lastIndexOf("“", at);
  if (open < 0 || at - open > 10) return false;
  const close = text.indexOf("”", open);
  return close >= end && close - open <= 12 && text.lastIndexOf("”", at - 1) < open;
}

/** Words that set a norm, a limit or a payment: what a plan or regulation requires is a goal. */
const NORMATIVE = /(不低于|不少于|不超过|不高于|不得|最高|最长|给予|补贴|奖励|补助|资助|标准|应当|须|力争|争取)/u;
/** A past year stated plainly at the head of a sentence (2024年,…) reports a result. */
const REPORTED_YEAR = /(?<!到|至)\d{4}\s*年(?!底前|前|以前|末前)/u;

function kindOf(sentenceHead: string, clauseHead: string, fallback: "goal" | "status"): "goal" | "status" {
  if (/(已经|已|累计|截至|截止)/u.test(clauseHead)) return "status";
  if (NORMATIVE.test(clauseHead)) return "goal";
  if (GOAL_CUE.test(sentenceHead)) {
    GOAL_CUE.lastIndex = 0;
    return "goal";
  }
  GOAL_CUE.lastIndex = 0;
  if (STATUS_CUE.test(sentenceHead)) {
    STATUS_CUE.lastIndex = 0;
    return "status";
  }
  STATUS_CUE.lastIndex = 0;
  if (DONE_CUE.test(sentenceHead)) {
    DONE_CUE.lastIndex = 0;
    return "status";
  }
  DONE_CUE.lastIndex = 0;
  if (REPORTED_YEAR.test(sentenceHead) && /(达到|增长|提高|下降|为)/u.test(clauseHead)) return "status";
  return fallback;
}

function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (/[,;:。!?]/u.test(text[i]!)) return i + 1;
  return floor;
}

const LEADING_NOISE = /^(其中|同时|此外|目前|截至目前|截至\S{0,8}?(底|末)|到\d{4}年(底|末)?|\d{4}年(底|末)?前?|[“"]?十[一二三四五六七八九]五[”"]?(期间|时期|末)?|今年|全年|全市|全省|全区|全国)+/u;
const TRAILING_NOISE = /(已经|已|累计|将|要|力争|争取|努力|预计|完成|实现|保持|稳定在|提高到|提升到|增加到|增长到|下降到|减少到|控制在|达到|达|超过|不低于|不少于|不超过|高于|低于|约|为|是|占)+$/u;

/** The short noun phrase a figure measures: the clause's subject before it, else the noun after it. */
function indicatorOf(text: string, at: number, end: number, sentenceStart: number, sentenceEnd: number): string {
  const clause = text.slice(clauseStart(text, at, sentenceStart), at).trim();
  let subject = clause.replace(LEADING_NOISE, "").replace(TRAILING_NOISE, "").replace(/^[\u4e00-\u9fa5]{1,4}的/u, "").trim();
  subject = subject.replace(TRAILING_NOISE, "").replace(/从$/u, "").trim();
  if (subject.length >= 2) return subject;
  const after = text.slice(end, sentenceEnd);
  const noun = /^[^,;。!?、]{1,20}/u.exec(after)?.[0] ?? "";
  const verb = clause.replace(LEADING_NOISE, "").replace(/(累计|已经|已)/gu, "").trim();
  return (verb + noun.replace(/(工作|等)$/u, "")).trim();
}

function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[。!?\n]/u.test(text[i]!)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Figures of a 主要指标 table: one per numeric cell, indicator from the row, year from the column. */
export function extractTableFigures(rows: Passage[][], options: FigureOptions): TargetDraft[] {
  const [header, ...data] = rows;
  if (!header || data.length === 0) return [];
  const columns = header.map((cell) => {
    const year = /(\d{4})\s*年/u.exec(cell.text);
    const text = cell.text;
    const kind: "goal" | "status" | null = /(目标|预期|规划|计划)/u.test(text) ? "goal" : /(基期|现状|基数|完成|实际|现值)/u.test(text) ? "status" : null;
    return { year: year ? Number(year[1]) : null, kind, isBinding: /属性|性质/u.test(text), isUnit: /单位/u.test(text) };
  });
  const maxYear = Math.max(...columns.map((c) => c.year ?? 0));
  const bindingColumn = columns.findIndex((c) => c.isBinding);
  const unitColumn = columns.findIndex((c) => c.isUnit);
  const targets: TargetDraft[] = [];
  for (const row of data) {
    const label = row[0]?.text ?? "";
    const unitInLabel = /[(（]([^)）]{1,8})[)）]\s*$/u.exec(label);
    const indicator = label.replace(/[(（][^)）]{1,8}[)）]\s*$/u, "").trim();
    const rowUnit = (unitColumn >= 0 ? row[unitColumn]?.text : undefined) || unitInLabel?.[1] || "";
    const bindingText = bindingColumn >= 0 ? (row[bindingColumn]?.text ?? "") : "";
    const binding = /约束/u.test(bindingText) ? "约束性" : /预期/u.test(bindingText) ? "预期性" : null;
    row.forEach((cell, c) => {
      if (c === 0 || c === bindingColumn || c === unitColumn) return;
      const column = columns[c];
      if (!column) return;
      const match = /^(≥|≤|>|<|＞|＜)?\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*(%|[\u4e00-\u9fa5]{1,4})?\s*(以上|以下|左右)?$/u.exec(cell.text);
      if (!match) return;
      const value = parseArabic(match[2]!);
      const unit = match[3] ?? rowUnit;
      if (Number.isNaN(value) || !unit) return;
      const comparator: Comparator = match[1] === "≥" || match[4] === "以上" ? "gte" : match[1] === "≤" || match[4] === "以下" ? "lte" : match[1] === ">" || match[1] === "＞" ? "gt" : match[1] === "<" || match[1] === "＜" ? "lt" : match[4] === "左右" ? "approx" : "eq";
      const kind = column.kind ?? (column.year !== null && column.year < maxYear ? "status" : options.defaultKind === "goal" || column.year === maxYear ? "goal" : "status");
      targets.push({
        kind,
        indicator,
        value,
        to: null,
        from: null,
        unit,
        base: baseOf(value, unit),
        comparator,
        year: column.year,
        period: null,
        hedged: false,
        binding,
        quote: cell.text,
        range: cell.toRange(0, cell.length),
        ranges: cell.toRanges(0, cell.length),
      });
    });
  }
  return targets;
}
