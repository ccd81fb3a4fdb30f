/**
 * Stage 5: restore reading order on a printed page. Three repairs, each an info diagnostic with its
 * place so a reader can audit it, and each left undone (with a warning) when the evidence is thin:
 * - pull quotes: a short paragraph that repeats, often abridged, a sentence of the body is dropped;
 * - column breaks: a paragraph that ends mid-sentence is joined with the paragraph that continues it;
 * - displaced sections: text printed after an article's end mark goes back to the article it belongs
 *   to, judged by the abbreviation it uses, the series it completes and the fragment that ends it.
 */
import type { Findings } from "../diagnostics/report.js";
import { inlineMarkers, leadingMarker } from "../numbering/registry.js";
import { isColonSubhead, isNumberedTitle, isTitleLike, LIST_BULLET, PARAGRAPH_END, RESPONSIBILITY_NOTE, smallChineseNumber } from "../text/chars.js";
import { Passage, type Range } from "../text/passage.js";
import { lineBlock, runOnItemStarts, type Block } from "./blocks.js";
import { POLICY_TITLE, type Genre, type Segment } from "./segment.js";
import { firstAtOrAfter, lastAtOrBefore } from "../text/sorted.js";

/** A paragraph in reading order: one or more blocks joined, with the first block's layout. */
export interface Para {
  passage: Passage;
  block: Block;
  /** Ends mid-sentence with nothing found to continue it. */
  unfinished: boolean;
}

export interface DraftDocument {
  title: Passage | null;
  byline: string | null;
  continuedFrom: string | null;
  captions: Passage[];
  genre: Genre;
  /** See Segment.attached. */
  attached: boolean;
  /** See Segment.dateYear. */
  dateYear: number | null;
  /** See Segment.endMarks. */
  endMarks: number[];
  paras: Para[];
}

export function repair(segments: Segment[], findings: Findings): DraftDocument[] {
  dropPullQuotes(segments, findings);
  // (the width is the copy's, measured over all its texts: a short text of a wrapped copy has too few lines to tell)
  const width = wrapWidth(segments.flatMap((seg) => seg.body));
  const body = segments.flatMap((seg) => seg.body);
  const indented = width > 0 && indentsParagraphs(body);
  const spaced = width > 0 && !indented && spacesParagraphs(body, width);
  const drafts = segments.map((seg) => ({ seg, doc: toDraft(seg, { width, indented, spaced }, findings) }));
  const documents: DraftDocument[] = [];
  for (const { seg, doc } of drafts) {
    if (seg.kind === "document") {
      const tail = displacedTail(doc, documents);
      if (tail && !placeOrphan(tail.orphan, documents, findings)) doc.paras.splice(tail.at, 0, ...tail.removed);
      documents.push(doc);
      continue;
    }
    // (a fragment that was all pull quote has nothing left to place)
    if (doc.title === null && doc.paras.length === 0) continue;
    const home = placeOrphan(doc, documents, findings);
    // a fragment that finishes no sentence on the page stays where it was printed
    if (!home && doc.title === null && documents.length > 0) {
      documents[documents.length - 1]!.paras.push(...doc.paras);
      continue;
    }
    // An article of its own that merely lacks a byline (a brief) is no doubtful case; a fragment is.
    const looksWhole = !doc.paras[doc.paras.length - 1]?.unfinished && !/^[一二三四五六七八九十]+是/u.test(doc.paras[0]?.passage.text ?? "");
    if (!home && looksWhole) documents.push(doc);
    else if (!home) {
      findings.report(
        "displaced-section-kept",
        `Text after an end mark (“${doc.title?.text ?? ""}”) has no byline and no evidence ties it to an article; it was kept as its own document.`,
        doc.title ? doc.title.toRange(0, doc.title.length) : null,
      );
      documents.push(doc);
    }
  }
  for (const doc of documents) {
    for (const para of doc.paras) {
      // (a list's bullet that stops without punctuation is the list's style, not a break)
      // (nor does a clause that ends in a semicolon at a wrapped line's end, kept open in case the next line went on)
      if (para.unfinished && !LIST_BULLET.test(para.passage.text) && !para.passage.text.endsWith(";")) {
        const last = lastCharStart(para.passage.text);
        findings.report("column-break-doubtful", "This paragraph ends mid-sentence and nothing after it reads as its continuation; it was left as printed.", para.passage.toRange(last, para.passage.length));
      }
    }
  }
  return documents;
}

// ---------------------------------------------------------------------------------------------
// Pull quotes

const GRAM = 6;
/** A pull quote repeats a sentence of its own page: search that far around it (a page is 10–20 thousand characters). */
const SEARCH_WINDOW = 24_000;

/**
 * The blocks' text without white space, punctuation and symbols, end to end in one array of UTF-16
 * code units (no strings: only lengths and code units are compared); block i is [starts[i], starts[i + 1]).
 */
function strippedBody(blocks: Block[]): { hay: Uint16Array; starts: number[] } {
  const hay = new Uint16Array(blocks.reduce((sum, block) => sum + block.passage.length, 0));
  const starts: number[] = [];
  let length = 0;
  for (const block of blocks) {
    starts.push(length);
    const text = block.passage.text;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
        if (!STRIPPED.test(text.slice(i, i + 2))) {
          hay[length++] = code;
          hay[length++] = text.charCodeAt(i + 1);
        }
        i++;
      } else if (!isStrippedUnit(code)) hay[length++] = code;
    }
  }
  starts.push(length);
  return { hay: hay.subarray(0, length), starts };
}

const STRIPPED = /^[\s\p{P}\p{S}]$/u;
/** Per code unit outside a surrogate pair, learnt on first sight: 0 unknown, 1 kept, 2 stripped. */
const strippedUnits = new Uint8Array(0x10000);

function isStrippedUnit(code: number): boolean {
  if (strippedUnits[code] === 0) strippedUnits[code] = STRIPPED.test(String.fromCharCode(code)) ? 2 : 1;
  return strippedUnits[code] === 2;
}

function dropPullQuotes(segments: Segment[], findings: Findings): void {
  // Pull quotes are a newspaper device: only pages with bylines or page-turn marks have them.
  if (!segments.some((seg) => seg.byline !== null || seg.continuedFrom !== null)) return;
  const onPage = new Set(segments.filter((seg) => seg.genre === "news" || seg.kind === "orphan").flatMap((seg) => seg.body));
  const blocks = segments.flatMap((seg) => seg.body);
  // The body as one stripped text, so a sentence broken by a column break still matches whole.
  const { hay, starts } = strippedBody(blocks);
  const strippedLength = (i: number) => starts[i + 1]! - starts[i]!;
  // (one without its full stop counts where it interrupts a sentence: after a line that ends mid-sentence)
  const interrupts = (index: number) => index > 0 && endsMidSentence(blocks[index - 1]!.passage.text);
  const standing = (index: number) => !interrupts(index) && isStandingQuoteCandidate(blocks[index]!, strippedLength(index));
  // (a quotation standing whole on its line is tried first: a wrapped body line holding the end of the sentence it
  // repeats, 最大的资源宝库,要把‘一湖盐’做成‘一条链’。”省工, would otherwise be taken for the quote, and the quote kept)
  const candidates = blocks
    .map((block, index) => (onPage.has(block) && (isPullQuoteCandidate(block, strippedLength(index), interrupts(index)) || standing(index)) ? index : -1))
    .filter((i) => i >= 0)
    .sort((a, b) => Number(!QUOTED_WHOLE.test(blocks[a]!.passage.text)) - Number(!QUOTED_WHOLE.test(blocks[b]!.passage.text)) || a - b);
  if (candidates.length === 0) return;
  const grams = new GramIndex(hay, candidates.map((i) => ({ start: starts[i]!, end: starts[i + 1]! })));

  const dropped = new Set<Block>();
  // (a pull quote printed twice repeats the body twice: the second copy is found in the body, not in the first)
  const droppedAt = new Uint8Array(hay.length);
  for (const index of candidates) {
    const block = blocks[index]!;
    const ownStart = starts[index]!;
    const ownEnd = starts[index + 1]!;
    const quoteLength = ownEnd - ownStart;
    const covered = new Uint8Array(quoteLength);
    const sources = new Set<number>();
    for (let p = 0; p + GRAM <= quoteLength; p++) {
      const at = grams.nearestOutside(ownStart + p, ownStart, ownEnd, droppedAt);
      if (at < 0) continue;
      covered.fill(1, p, p + GRAM);
      sources.add(blockAt(starts, at));
    }
    // an abridged quote inside a broken sentence (每个县至少建成… for 每个县(市、区)至少建成…) shares shorter
    // pieces with the sentence it repeats: its three-character pieces found in that sentence (on both sides
    // of the quote, and where its longer pieces stand) count too, once half of it is found in longer ones
    // (and where the sentence goes on after it: else the line may be that sentence's own continuation)
    const resumes = index + 1 < blocks.length && continuesSentence(blocks[index + 1]!.passage.text);
    // a line standing between paragraphs without a stop (机收率由12%提高到41%) may be a subhead: a pull quote
    // only when it abridges a paragraph next to it (甘蔗机收率由5年前的12%提高到41%), all of it found there
    const unpunctuated = standing(index) && !isPullQuoteCandidate(block, quoteLength, false);
    if (unpunctuated && [...sources].some((source) => Math.abs(source - index) > 2)) continue;
    // (a phrase of one clause inside a broken sentence, 让“小积分”撬动乡村治理“大变化”。 for 让“小积分”撬动了乡村治理的
    // “大变化”, may drop a word every few characters: two fifths of it in longer pieces is enough there)
    const oneClause = interrupts(index) && resumes && !/[,;。!?](?![”’」』]?[。!?]?$)/u.test(block.passage.text);
    const longShare = oneClause ? 0.4 : 0.5;
    if (sources.size > 0 && ((interrupts(index) && resumes) || unpunctuated) && covered.includes(0) && covered.reduce((sum, c) => sum + c, 0) >= quoteLength * longShare) {
      const around = new Set([...sources, index - 1, index + 1]);
      coverShortPieces(hay, ownStart, covered, [...around].map((i) => ({ start: starts[i]!, end: starts[i + 1]! })));
    }
    const coverage = covered.reduce((sum, c) => sum + c, 0) / quoteLength;
    const sourceLength = [...sources].reduce((sum, i) => sum + strippedLength(i), 0);
    // (a phrase without a comma inside a broken sentence that goes on after it is a quote that may reword more of
    // what it repeats: 酒庄带动1.2万户农户户均增收1.8万元 for 全市1.2万户农户户均增收1.8万元; a wrapped line has commas;
    // its own closing stop is no comma)
    const needed = unpunctuated ? 1 : oneClause ? 0.75 : 0.85;
    // (a source as short as the quote is a line printed twice, unless the quote breaks a sentence that goes on after it)
    if (coverage >= needed && sourceLength >= quoteLength * (interrupts(index) && resumes ? 1 : 1.3) && ![...sources].some((i) => dropped.has(blocks[i]!))) {
      dropped.add(block);
      droppedAt.fill(1, ownStart, ownEnd);
      findings.report("pull-quote-dropped", `This paragraph repeats a sentence of the body (a pull quote): “${block.passage.text.slice(0, 24)}…”; it was dropped.`, block.passage.toRange(0, block.passage.length));
    }
  }
  if (dropped.size === 0) return;
  for (const seg of segments) seg.body = seg.body.filter((block) => !dropped.has(block));
}

/** A quotation standing whole on its line: “盐湖是青海最大的资源宝库,要把‘一湖盐’做成‘一条链’。” */
const QUOTED_WHOLE = /^[“「『][^“”「」『』]+[”」』]$/u;

const SHORT_PIECE = 3;

/** Marks in `covered` the quote's pieces of SHORT_PIECE characters that stand in one of the source blocks. */
function coverShortPieces(hay: Uint16Array, quoteStart: number, covered: Uint8Array, sources: Range[]): void {
  for (let p = 0; p + SHORT_PIECE <= covered.length; p++) {
    if (covered[p] === 1 && covered[p + SHORT_PIECE - 1] === 1) continue;
    const found = sources.some(({ start, end }) => {
      for (let at = start; at + SHORT_PIECE <= end; at++) if (sameRun(hay, at, quoteStart + p, SHORT_PIECE)) return true;
      return false;
    });
    if (found) covered.fill(1, p, p + SHORT_PIECE);
  }
}

/** 31 to the power GRAM - 1: what the first character of a gram adds to its hash. */
const LEAD_WEIGHT = 31 ** (GRAM - 1);

/**
 * Every position in `hay` of each gram of the `wanted` stretches, found in one pass with a rolling
 * hash: positions whose hash falls in a bucket of a wanted gram are listed per bucket, in order. A
 * bucket may hold other grams too, so readers compare the characters (sameGram).
 */
class GramIndex {
  private readonly mask: number;
  /**
   * The positions chained per bucket, bucket after bucket, each bucket's in ascending order: bucket b
   * holds positions[bucketStarts[b] .. bucketStarts[b + 1]), so a lookup jumps straight to the search
   * window (a long file of many pages holds the same gram hundreds of times).
   */
  private readonly bucketStarts: Int32Array;
  private readonly positions: Int32Array;

  constructor(
    readonly hay: Uint16Array,
    wanted: Range[],
  ) {
    // about two buckets per wanted gram: most other grams fall in a bucket of none
    const wantedCount = wanted.reduce((sum, { start, end }) => sum + end - start, 0);
    const mask = (1 << Math.max(10, Math.ceil(Math.log2(wantedCount * 2 + 1)))) - 1;
    const isWanted = new Uint8Array(mask + 1);
    for (const { start, end } of wanted) for (let at = start; at + GRAM <= end; at++) isWanted[hashAt(hay, at) & mask] = 1;
    const grams = Math.max(0, hay.length - GRAM + 1);
    const bucketOf = new Int32Array(grams);
    const bucketStarts = new Int32Array(mask + 2);
    let hash = grams > 0 ? hashAt(hay, 0) : 0;
    for (let at = 0; at < grams; at++) {
      const bucket = hash & mask;
      bucketOf[at] = isWanted[bucket] === 1 ? bucket : -1;
      if (isWanted[bucket] === 1) bucketStarts[bucket + 1]!++;
      // on to the gram at at + 1: drop hay[at], take in hay[at + GRAM]
      if (at + 1 < grams) hash = (Math.imul(hash - Math.imul(hay[at]!, LEAD_WEIGHT), 31) + hay[at + GRAM]!) | 0;
    }
    for (let bucket = 1; bucket <= mask + 1; bucket++) bucketStarts[bucket]! += bucketStarts[bucket - 1]!;
    const positions = new Int32Array(bucketStarts[mask + 1]!);
    const fill = bucketStarts.slice(0, mask + 1);
    for (let at = 0; at < grams; at++) if (bucketOf[at]! >= 0) positions[fill[bucketOf[at]!]!++] = at;
    this.mask = mask;
    this.bucketStarts = bucketStarts;
    this.positions = positions;
  }

  /**
   * The position nearest to [ownStart, ownEnd), outside it and within the search window, of the gram at `gramAt`; -1 if none.
   * Positions marked in `skip` (pull quotes dropped already) are no source.
   */
  nearestOutside(gramAt: number, ownStart: number, ownEnd: number, skip: Uint8Array): number {
    const bucket = hashAt(this.hay, gramAt) & this.mask;
    // the first position of the bucket that can stand in the window before the quote
    const end = this.bucketStarts[bucket + 1]!;
    const positions = this.positions;
    const lo = firstAtOrAfter(this.bucketStarts[bucket]!, end, (i) => positions[i]!, ownStart - SEARCH_WINDOW);
    let best = -1;
    let bestDistance = SEARCH_WINDOW;
    for (let i = lo; i < end; i++) {
      const at = this.positions[i]!;
      if ((at + GRAM > ownStart && at < ownEnd) || skip[at] === 1) continue;
      const distance = at < ownStart ? ownStart - at : at - ownEnd;
      if (distance > bestDistance) {
        // ascending order: after the quote, positions only get farther
        if (at >= ownEnd) break;
        continue;
      }
      if (sameGram(this.hay, at, gramAt)) {
        best = at;
        bestDistance = distance;
      }
    }
    return best;
  }
}

function hashAt(hay: Uint16Array, at: number): number {
  let hash = 0;
  for (let k = 0; k < GRAM; k++) hash = (Math.imul(hash, 31) + hay[at + k]!) | 0;
  return hash;
}

function sameGram(hay: Uint16Array, a: number, b: number): boolean {
  return sameRun(hay, a, b, GRAM);
}

function sameRun(hay: Uint16Array, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (hay[a + k] !== hay[b + k]) return false;
  return true;
}

function isPullQuoteCandidate(block: Block, strippedLength: number, interrupts: boolean): boolean {
  const text = block.passage.text;
  // (a short one stands in quotation marks or inside a broken sentence: “改造不是简单的‘刷墙涂漆’。”)
  const shortest = interrupts || /^[“「『]/u.test(text) ? 8 : 12;
  if (block.kind !== "line" || strippedLength < shortest || strippedLength > 120) return false;
  // a quoted pull quote (“就业是最基本的民生……”) ends in its closing mark
  // (or stands quoted whole, “…补贴”, with no full stop)
  // (a box's bulleted line, ▲地区生产总值　突破2000亿元, states a figure the body may state too: no quote)
  return (interrupts || /[。!?][”’」』]?$/u.test(text) || /^[“「][^“”「」]+[”」]$/u.test(text)) && leadingMarker(text) === null && !/^[■□◆◇▲●◎]/u.test(text);
}

/**
 * A short line without a stop that holds a figure or a quotation (机收率由12%提高到41%, 让科研人员“来了就能干…”):
 * a subhead or a pull quote, which dropPullQuotes tells apart by the paragraphs next to it.
 */
function isStandingQuoteCandidate(block: Block, strippedLength: number): boolean {
  const text = block.passage.text;
  // (a subhead in two parts spaced apart, 改造小区120个　惠及居民3万户, is a newspaper's subhead)
  return block.kind === "line" && strippedLength >= 8 && strippedLength <= 40 && isTitleLike(text, 48) && /[\d“]/u.test(text) && !/\s/u.test(text) && !/^[■□◆◇▲●◎【]/u.test(text) && leadingMarker(text) === null;
}

function blockAt(starts: number[], offset: number): number {
  return Math.max(0, lastAtOrBefore(starts.length, (i) => starts[i]!, offset));
}

// ---------------------------------------------------------------------------------------------
// Column breaks

/** A line that may be a heading: short, no sentence punctuation, and not a 一是-style series item. */
function mayBeHeading(text: string): boolean {
  if (isTitleLike(text, 90) && POLICY_TITLE.test(text)) return true;
  // (a line ending in a limit word or a particle, …贷款总额不超过 / 150万元…, is a sentence broken off)
  if (DANGLING_END.test(text)) return false;
  const marker = leadingMarker(text);
  if (marker && marker.system.placement === "inline") return false;
  // (a numbered line of clauses past a heading's length, 2、建设…基地,累计培训…8000人次,带动…年均增收, is an item broken off)
  if (marker && marker.system.role !== "measure") {
    const rest = text.slice(marker.bodyStart);
    // (a heading that is its marker alone: 前言, 附录A)
    if (marker.system.role === "heading" && rest.trim().length === 0) return true;
    return isNumberedTitle(rest) && !(rest.length > 40 && rest.includes(","));
  }
  return isTitleLike(text);
}

/** Words no heading ends with: a limit, a verb of change, a particle (not 目的's) or a preposition waiting for what follows. */
const DANGLING_END = /(?:不超过|不低于|不少于|不高于|不大于|不小于|超过|低于|达到|提高到|提升到|增加到|降低到|下降到|控制在|保持在|稳定在|(?<!目)的|和|与|及|或|按|对|由|从|向|比)$/u;

const CLOSING_MARK = /[”’)」』》\]】]$/u;
const SENTENCE_THEN_CLOSING = /[。!?…;:][”’)」』》\]】]+$/u;
// (a one-character note goes on inside its sentence: 重点镇(乡) / 15个, 100万元(含) / 以上)
const BRACKETED_NOTE = /[(【[][^()【】[\]]{2,20}[)】\]]$/u;

const ARTICLE_REFERENCE = /^第[\d一二三四五六七八九十百]{1,5}条(?:规定|的规定|第|之|所)/u;
/** What a reference to a text's article stands after: its title, or the text naming itself (依照本办法). */
const REFERRED_TEXT = /(?:》|本(?:办法|条例|规定|细则|法|决定|措施|方案|规则|意见|章|节))$/u;
/** An article's paragraph or item referred to, broken after its 第: 第十八条第 / (二)项规定. */
const ITEM_REFERENCE = /^\(?[\d一二三四五六七八九十]{1,3}\)?[项款目](?:规定|的规定|之|所|中)/u;

/**
 * Whether a line that opens like an article or an item (第十条规定…, (二)项规定…) goes on a sentence
 * broken just before it: a reference to a text's article or item, not the next article.
 */
function continuesReference(previous: string, line: string): boolean {
  // (and the next of a list of articles referred to: 《若干措施》第五条、 / 第六条有关内容…)
  return (REFERRED_TEXT.test(previous) && ARTICLE_REFERENCE.test(line)) || (previous.endsWith("第") && ITEM_REFERENCE.test(line)) || (/第[\d一二三四五六七八九十百]{1,5}条(?:、|和|及|或|至)$/u.test(previous) && /^第[\d一二三四五六七八九十百]{1,5}条/u.test(line));
}

/** A form's or a guide's field on a line of its own (法定办结时限：20个工作日): whole as it stands. */
const FIELD_LINE = /^[\u4e00-\u9fa5][\u4e00-\u9fa5 ]{1,12}:\s*\S/u;

function endsMidSentence(text: string): boolean {
  // (a bulleted line stands whole, unless it runs long and stops mid-sentence: ●…由五个工作日压 / 缩至两个工作日。)
  const bulletWhole = LIST_BULLET.test(text) && (text.length < 24 || !/[\u4e00-\u9fa5\d]$/u.test(text));
  if (mayBeHeading(text) || bulletWhole || (text.length <= 40 && FIELD_LINE.test(text))) return false;
  // a closing mark ends a paragraph only after a sentence's end (…获得感。”); 推行“基层检查、上级诊断” / 模式,… goes on,
  // while a short bracketed note at the end ((预期性), (试行)) closes its line
  if (CLOSING_MARK.test(text)) return !SENTENCE_THEN_CLOSING.test(text) && !BRACKETED_NOTE.test(text) && !RESPONSIBILITY_NOTE.test(text);
  // (a line broken after a decimal point, 不少于2. / 5万吨。, stops inside a number)
  return !PARAGRAPH_END.test(text) || /\d\.$/u.test(text);
}

/** Whether `text` can continue a sentence: no marker, no heading, and not a new lead-in. */
function continuesSentence(text: string): boolean {
  return leadingMarker(text) === null && !mayBeHeading(text) && !LIST_BULLET.test(text);
}

/**
 * The width a copy was hard-wrapped at (a PDF's lines, 30–40 characters): the length most lines of 20 or more
 * characters share (give or take one), when at least a third of them and at least ten do; 0 for text that is not wrapped.
 */
function wrapWidth(blocks: Block[]): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const block of blocks) {
    const length = block.passage.length;
    if (block.kind !== "line" || length < NARROWEST_WRAP || length > 60) continue;
    long++;
    counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts) {
    // one less or more counts too: a line may end in a half-width character
    const near = count + (counts.get(length - 1) ?? 0) + (counts.get(length + 1) ?? 0);
    if (near > bestCount) [best, bestCount] = [length, near];
  }
  // (a newspaper's narrow columns, 12–19 characters, need most lines at their width: lists and tables hold many short lines)
  if (best < 20) return bestCount >= 20 && bestCount * 2 >= long ? best : 0;
  return bestCount >= 10 && bestCount * 3 >= long ? best : 0;
}

/** The narrowest wrap width read: a newspaper column of twelve characters. */
const NARROWEST_WRAP = 12;

/**
 * A paragraph's first line that reads as a title, broken off a sentence that goes on below: indented where
 * the line under it is not (　　现将《…行动计划(2025—2027年)》 / 印发给你们,…), or a document's name alone
 * with its verb on the next line (《…行动计划》 / 已经市政府同意,…). A heading stands whole: the line under
 * it opens a paragraph of its own, indented like it or not at all, or is a heading too.
 */
function opensWrappedParagraph(block: Block, next: Block | undefined): boolean {
  if (block.kind !== "line" || next === undefined || next.kind !== "line" || /[。!?;:…]$/u.test(block.passage.text) || !continuesSentence(next.passage.text) || !/[,。;]/u.test(next.passage.text)) return false;
  if (block.indented && !next.indented && !block.passage.text.startsWith("【") && leadingMarker(block.passage.text) === null) return true;
  return BOOK_TITLE_LINE.test(block.passage.text) && NAMED_DOCUMENT_VERB.test(next.passage.text);
}

const BOOK_TITLE_LINE = /^(?:现将|将|把)?《[^《》]+》$/u;
/** What a notice says of the document it issues, after its name: 已经…同意, 印发给你们. */
const NAMED_DOCUMENT_VERB = /^(?:已经|已|经|现|印发|予以)/u;

/** A numbered line that reads as a title but whose sentence ends on the next line (…比重不低 / 于3%。). */
function isTail(previous: Para, block: Block): boolean {
  const text = block.passage.text;
  return previous.block.kind === "line" && leadingMarker(previous.passage.text) !== null && !PARAGRAPH_END.test(previous.passage.text) && previous.passage.length >= 20 && text.length <= 12 && /[。;]$/u.test(text) && leadingMarker(text) === null;
}

/**
 * Whether a numbered line that reads as a title is the next item of a list of clauses broken off by a page's end:
 * its previous sibling ended in ;, so it ends in a stop too (“(一)…作业除外; / “(二)使用高音广播喇叭或者采用其他持续 /
 * — 21 — / 反复发出高噪声的方法招揽顾客;).
 */
function isBrokenClauseItem(previous: Para | undefined, text: string): boolean {
  if (previous === undefined || !previous.passage.text.endsWith(";") || PARAGRAPH_END.test(text)) return false;
  const lead = leadingMarker(text);
  if (lead === null || lead.ordinal === null) return false;
  const before = leadingMarker(previous.passage.text);
  return before !== null && before.system.id === lead.system.id && before.ordinal !== null && before.ordinal + 1 === lead.ordinal;
}

/** A line's length with its indent: in a copy set at a fixed width, a paragraph's indented first line holds two characters fewer. */
function printedWidth(block: Block): number {
  return block.passage.length + (block.indented ? 2 : 0);
}

/** ASCII that normalize() made of full-width punctuation: a full character wide where the copy was printed. */
const FULL_WIDTH_IN_PRINT = new Set([...",;:()!?"].map((c) => c.charCodeAt(0)));

/** The same with half-width characters (digits, %) counted as half: a line of figures holds more of them. */
function printedHalfWidth(block: Block): number {
  const text = block.passage.text;
  let halves = 0;
  // (normalizing made the text's full-width punctuation ASCII: ,;:()!? were printed a full character wide)
  for (let i = 0; i < text.length; i++) halves += text.charCodeAt(i) < 0x80 && !FULL_WIDTH_IN_PRINT.has(text.charCodeAt(i)) ? 1 : 2;
  return halves / 2 + (block.indented ? 2 : 0);
}

/**
 * Whether `next` goes on from `line`, a line about as long as the width the copy was wrapped at (counted
 * either way: copies differ in how they set digits): unless it opens with a marker.
 */
function goesOnAtWidth(line: Block, next: Block, width: number): boolean {
  return width > 0 && line.kind === "line" && (Math.abs(line.passage.length - width) <= 2 || Math.abs(printedWidth(line) - width) <= 2 || Math.abs(printedHalfWidth(line) - width) <= 1) && leadingMarker(next.passage.text) === null && !LIST_BULLET.test(next.passage.text);
}

/** Whether `next` is the next line of a text wrapped at a fixed width after `line`: as long as it, give or take two, and unmarked. */
function wrapsAtWidth(line: Block, next: Block): boolean {
  const width = line.passage.length;
  return width >= 20 && Math.abs(next.passage.length - width) <= 2 && leadingMarker(next.passage.text) === null && !LIST_BULLET.test(next.passage.text);
}

/**
 * How a copy is laid out: the width it was hard-wrapped at (0: not wrapped), and whether it indents its paragraphs'
 * first lines or puts a blank line between its paragraphs.
 */
interface Layout {
  width: number;
  indented: boolean;
  spaced: boolean;
}

/**
 * Whether a copy hard-wrapped at `width` puts a blank line between its paragraphs and none inside them: four in five
 * lines after a paragraph's short last line have one, four in five lines after a full line inside a sentence do not.
 */
function spacesParagraphs(blocks: Block[], width: number): boolean {
  let starts = 0;
  let blankStarts = 0;
  let inside = 0;
  let blankInside = 0;
  for (let k = 1; k < blocks.length; k++) {
    if (blocks[k - 1]!.kind !== "line" || blocks[k]!.kind !== "line") continue;
    const above = blocks[k - 1]!.passage.text;
    // (an item's line opens a paragraph anyway, blank line or not: 2.实施农村公路提质…, 02　峤白高速公路)
    if (/[。!?;]$/u.test(above) && printedWidth(blocks[k - 1]!) < width - 3) {
      if (leadingMarker(blocks[k]!.passage.text) !== null || /^\d{2}\s/u.test(blocks[k]!.passage.text)) continue;
      starts++;
      if (blocks[k]!.afterBlank) blankStarts++;
    } else if (!PARAGRAPH_END.test(above) && Math.abs(printedHalfWidth(blocks[k - 1]!) - width) <= 2) {
      inside++;
      if (blocks[k]!.afterBlank) blankInside++;
    }
  }
  return starts >= 5 && inside >= 10 && blankStarts * 5 >= starts * 4 && blankInside * 5 <= inside;
}

/** Whether a copy marks its paragraphs by indenting their first lines: four in five lines after a sentence's end are. */
function indentsParagraphs(blocks: Block[]): boolean {
  let starts = 0;
  let indented = 0;
  for (let k = 1; k < blocks.length; k++) {
    if (blocks[k - 1]!.kind !== "line" || blocks[k]!.kind !== "line" || !/[。!?;]$/u.test(blocks[k - 1]!.passage.text)) continue;
    starts++;
    if (blocks[k]!.indented) indented++;
  }
  return starts >= 5 && indented * 5 >= starts * 4;
}

function toDraft(seg: Segment, { width, indented, spaced }: Layout, findings: Findings): DraftDocument {
  const paras: Para[] = [];
  // (subheads about a colon stand whole where the text prints two or more: 五年答卷:跨越赶超迈大步)
  const colonSubheads = seg.body.filter((block) => block.kind === "line" && isColonSubhead(block.passage.text)).length >= 2;
  let lastLine: Block | null = null;
  for (let index = 0; index < seg.body.length; index++) {
    const block = seg.body[index]!;
    const previous = paras[paras.length - 1];
    const line = lastLine;
    lastLine = block;
    // (a copy hard-wrapped at a fixed width breaks lines of one length: such a line goes on, title-like or not,
    // and so does the line after one of that width, however short (…划 / 定古树名, cut by a page's end);
    // so does a numbered item whose short tail (于3%。) stands on the next line, and 一、 / 二、三产业 broken after 一、)
    // (an article named after a title, 按照《若干措施》 / 第十条规定…, is a reference, not the next article)
    // (in a copy that indents its paragraphs, a line flush left under a full line that ended a sentence goes on with
    // the paragraph: 　　12.本措施自印发之日起施行,有效期至2027年4月30日。 / 各项奖补政策…不重复享受。; so does a line
    // with no blank line above it in a copy that puts one between paragraphs)
    const joins = previous !== undefined && line !== null && block.kind === "line" && !block.entry && !(colonSubheads && isColonSubhead(block.passage.text)) && (previous.unfinished ? continuesSentence(block.passage.text) || wrapsAtWidth(previous.block, block) || goesOnAtWidth(line, block, width) || /[一二三四五六七八九十]、$/u.test(previous.passage.text) || continuesReference(previous.passage.text, block.passage.text) : isTail(previous, block) || (((indented && !block.indented) || (spaced && !block.afterBlank)) && goesOnAtWidth(line, block, width)));
    if (previous && joins) {
      const joinAt = previous.passage.length;
      previous.passage = Passage.join([previous.passage, block.passage]);
      previous.unfinished = endsMidSentence(previous.passage.text);
      // cite the last character before the break and the first after it, whole (never half a surrogate pair)
      const citeEnd = joinAt + (isHighSurrogate(block.passage.text.charCodeAt(0)) && block.passage.length > 1 ? 2 : 1);
      findings.report("column-break-joined", `A sentence broken by a column break was joined: “…${previous.passage.text.slice(Math.max(0, joinAt - 8), joinAt)}” + “${block.passage.text.slice(0, 8)}…”.`, previous.passage.toRange(lastCharStart(previous.passage.text.slice(0, joinAt)), citeEnd));
      continue;
    }
    const text = block.passage.text;
    // (a closing quotation mark with no stop before it, 深化“高效办成一件事”, ends no sentence at a wrapped line's end,
    // nor does a semicolon end a paragraph there (…同比增长9.8%; / 钾肥产量836万吨…: an item's ; is followed by a marker);
    // a closing bracket may end a heading's period: (二)集中攻坚阶段(2024年5月—2025年12月))
    const endsSentence = PARAGRAPH_END.test(text) && !text.endsWith(";") && !(/[”’」』]$/u.test(text) && !SENTENCE_THEN_CLOSING.test(text));
    const atWidth = width > 0 && block.kind === "line" && (Math.abs(text.length - width) <= 1 || Math.abs(printedWidth(block) - width) <= 1 || Math.abs(printedHalfWidth(block) - width) <= 1) && !endsSentence && !LIST_BULLET.test(text);
    const unfinished = block.entry || (colonSubheads && isColonSubhead(text)) ? false : block.opensBody ? !PARAGRAPH_END.test(text) : atWidth || ((block.kind === "line" || block.kind === "item") && (endsMidSentence(text) || isBrokenClauseItem(previous, text))) || opensWrappedParagraph(block, seg.body[index + 1]);
    paras.push({ passage: block.passage, block, unfinished });
  }
  return { title: seg.title, byline: seg.byline, continuedFrom: seg.continuedFrom, captions: seg.captions, genre: seg.genre, attached: seg.attached, dateYear: seg.dateYear, endMarks: seg.endMarks, paras: paras.flatMap(splitRunOnItems) };
}

/**
 * A paragraph joined across a break may only now show a run-on (一)(二)(三) series (its items stood on both
 * sides of the break): one paragraph per item, as the blocks stage gives a line that holds one whole.
 */
function splitRunOnItems(para: Para): Para[] {
  if (para.block.kind !== "line" || para.passage === para.block.passage) return [para];
  const cuts = runOnItemStarts(para.passage.text);
  if (cuts.length === 0) return [para];
  const edges = [0, ...cuts, para.passage.length];
  return edges.slice(1).map((to, k) => {
    const passage = para.passage.slice(edges[k]!, to).trim();
    return { passage, block: lineBlock(passage), unfinished: k === cuts.length ? para.unfinished : false };
  });
}

/** Where the last character of `text` starts: one unit back, or two for a character outside the BMP. */
function lastCharStart(text: string): number {
  const n = text.length;
  const low = text.charCodeAt(n - 1);
  return n >= 2 && isLowSurrogate(low) && isHighSurrogate(text.charCodeAt(n - 2)) ? n - 2 : Math.max(0, n - 1);
}

// code units, not a /u regular expression: in Unicode mode [\ud800-\udbff] matches lone surrogates only
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// ---------------------------------------------------------------------------------------------
// Displaced sections

/** More articles than a newspaper page holds. */
const PAGE_ARTICLES = 12;

interface Evidence {
  score: number;
  reasons: string[];
  /** The orphan, a fragment without a title, finishes the candidate's last sentence. */
  finishesLast: boolean;
  /** Index of the paragraph where the orphan's series resumes in the candidate document. */
  resumeAt: number;
}

function placeOrphan(orphan: DraftDocument, documents: DraftDocument[], findings: Findings): DraftDocument | null {
  let best: { doc: DraftDocument; evidence: Evidence } | null = null;
  // a displaced section belongs to an article of its own page: the last few documents before it
  for (const doc of documents.slice(-PAGE_ARTICLES)) {
    const evidence = weighEvidence(orphan, doc);
    if (evidence.score >= 2 && (!best || evidence.score > best.evidence.score)) best = { doc, evidence };
  }
  if (!best) return null;
  const { doc, evidence } = best;

  if (evidence.finishesLast) {
    // the orphan's first words end the article's last, unfinished sentence: joined, the rest follows
    const open = doc.paras[doc.paras.length - 1]!;
    const [fragment, ...rest] = orphan.paras;
    const joinAt = open.passage.length;
    open.passage = Passage.join([open.passage, fragment!.passage]);
    open.unfinished = fragment!.unfinished;
    doc.paras.push(...rest);
    findings.report("fragment-rejoined", `The fragment “${fragment!.passage.text.slice(0, 12)}…” completes the unfinished sentence “…${open.passage.text.slice(Math.max(0, joinAt - 8), joinAt)}” printed elsewhere; they were joined.`, fragment!.passage.toRange(0, fragment!.passage.length));
    return doc;
  }
  let moved: Para[] = [];
  const last = orphan.paras[orphan.paras.length - 1];
  if (evidence.resumeAt >= 0) {
    const runEnd = runEndFrom(doc.paras, evidence.resumeAt);
    let runStart = evidence.resumeAt;
    const fragment = doc.paras[runStart - 1];
    if (last?.unfinished && fragment && isFragment(fragment)) {
      runStart -= 1;
      const joinAt = last.passage.length;
      last.passage = Passage.join([last.passage, fragment.passage]);
      last.unfinished = false;
      findings.report("fragment-rejoined", `The fragment “${fragment.passage.text.slice(0, 12)}…” completes the unfinished sentence “…${last.passage.text.slice(Math.max(0, joinAt - 8), joinAt)}” printed elsewhere; they were joined.`, fragment.passage.toRange(0, fragment.passage.length));
      moved = doc.paras.slice(evidence.resumeAt, runEnd);
    } else {
      moved = doc.paras.slice(evidence.resumeAt, runEnd);
    }
    doc.paras.splice(runStart, runEnd - runStart);
  }
  const heading: Para[] = orphan.title ? [{ passage: orphan.title, block: lineBlock(orphan.title), unfinished: false }] : [];
  doc.paras.push(...heading, ...orphan.paras, ...moved);
  findings.report(
    "displaced-section-moved",
    `The section “${orphan.title?.text ?? ""}”, printed after another article's end, was returned to “${doc.title?.text ?? ""}” (${evidence.reasons.join("; ")}).`,
    orphan.title ? orphan.title.toRange(0, orphan.title.length) : null,
  );
  return doc;
}

const shortNameCache = new WeakMap<DraftDocument, string[]>();

/**
 * The short names a document defines (以下简称《行动方案》) or uses for a text defined elsewhere, an article
 * continued from another page: a kind's name alone in book marks (《实施意见》《若干措施》).
 */
function shortNamesOf(doc: DraftDocument): string[] {
  let names = shortNameCache.get(doc);
  if (!names) {
    const found = new Set<string>();
    for (const para of doc.paras) {
      for (const name of definedNames(para)) found.add(name);
      for (const match of para.passage.text.matchAll(SHORT_KIND_NAME)) found.add(match[0]);
    }
    names = [...found];
    shortNameCache.set(doc, names);
  }
  return names;
}

/** The short names a paragraph defines: (以下简称《行动方案》). */
function definedNames(para: Para): string[] {
  return [...para.passage.text.matchAll(/以下简称\s*([《“][^》”]{1,20}[》”])/gu)].map((match) => match[1]!);
}

/** A text's kind alone as its name (《实施意见》, 《若干措施》, 《行动方案》): a short name, defined where the text was named in full. */
const SHORT_KIND_NAME = /《(?:实施|行动|工作|管理|若干|指导|专项)?(?:意见|方案|措施|办法|规划|计划|条例|规定|细则|纲要)》/gu;

/**
 * A numbered part printed inside a later article: a heading whose number goes on from where an earlier text of the
 * page stops and that this article has not used above it (…三、加强市场监管 / (九)… printed, then a brief, then
 * 四、做优企业全周期服务 / (十)…); -1 when there is none.
 */
function numberedPartAt(doc: DraftDocument, documents: DraftDocument[]): number {
  const earlier = documents.slice(-PAGE_ARTICLES);
  const seen = new Set<string>();
  for (let k = 0; k < doc.paras.length - 1; k++) {
    const text = doc.paras[k]!.passage.text;
    const lead = leadingMarker(text);
    if (lead === null) continue;
    const continues = k > 0 && lead.ordinal !== null && lead.ordinal > 1 && !seen.has(lead.system.id) && doc.paras[k]!.block.kind === "line" && mayBeHeading(text);
    if (continues && earlier.some((other) => lastLeadingOrdinal(other.paras, lead.system.id) === lead.ordinal! - 1)) return k;
    seen.add(lead.system.id);
  }
  return -1;
}

/**
 * A section printed inside a later article with no end mark before it: a subhead whose paragraphs use a
 * short name (《方案》) that an earlier news article of the page defines and this article neither defines
 * nor uses above it. It is cut off as an orphan for placeOrphan; `removed` restores it at `at` if it stays.
 */
function displacedTail(doc: DraftDocument, documents: DraftDocument[]): { orphan: DraftDocument; removed: Para[]; at: number } | null {
  // (an article continued from another page, (上接第1版)…, is that article's tail already: nothing in it is displaced)
  if (doc.genre !== "news" || documents.length === 0 || doc.continuedFrom !== null) return null;
  const numbered = numberedPartAt(doc, documents);
  if (numbered >= 0) return cutTail(doc, numbered);
  const earlierNames = new Set(documents.slice(-PAGE_ARTICLES).filter((d) => d.genre === "news").flatMap(shortNamesOf));
  if (earlierNames.size === 0) return null;
  // (names it defines itself; one it only uses is checked below: used above the subhead, it is the article's own)
  const ownNames = new Set(doc.paras.flatMap(definedNames));
  const subheads: number[] = [];
  for (let k = 1; k < doc.paras.length - 1; k++) {
    const text = doc.paras[k]!.passage.text;
    if (doc.paras[k]!.block.kind === "line" && isTitleLike(text, 24) && leadingMarker(text) === null) subheads.push(k);
  }
  if (subheads.length === 0) return null;
  // the first subhead with a name used below it and nowhere above it (title included)
  let cut = Infinity;
  for (const name of earlierNames) {
    if (ownNames.has(name) || doc.title?.text.includes(name)) continue;
    let first = -1;
    let last = -1;
    doc.paras.forEach((para, index) => {
      if (!para.passage.text.includes(name)) return;
      if (first < 0) first = index;
      last = index;
    });
    const k = subheads.find((at) => at <= first && at < last);
    if (k !== undefined && k < cut) cut = k;
  }
  return cut === Infinity ? null : cutTail(doc, cut);
}

/** Cuts a displaced part off `doc` from paragraph `cut` (its title) to the end, or to an end mark printed inside the article. */
function cutTail(doc: DraftDocument, cut: number): { orphan: DraftDocument; removed: Para[]; at: number } {
  // (the part ends at an end mark printed inside the article, (记者 郭东 通讯员 冀工信): what follows is the article's again)
  const cutAt = doc.paras[cut]!.passage.toRange(0, 0).start;
  const endMark = doc.endMarks.find((at) => at > cutAt);
  const resumesAt = endMark === undefined ? -1 : doc.paras.findIndex((para, k) => k > cut && para.passage.toRange(0, 0).start > endMark);
  const removed = resumesAt > cut + 1 ? doc.paras.splice(cut, resumesAt - cut) : doc.paras.splice(cut);
  return { orphan: { ...doc, title: removed[0]!.passage, byline: null, continuedFrom: null, captions: [], endMarks: [], paras: removed.slice(1) }, removed, at: cut };
}

function weighEvidence(orphan: DraftDocument, doc: DraftDocument): Evidence {
  const evidence: Evidence = { score: 0, reasons: [], resumeAt: -1, finishesLast: false };
  const orphanText = orphan.paras.map((p) => p.passage.text).join("\n");
  // A part without a title: a series' later items, going on from where the article's series stops, or a
  // fragment, finishing the sentence left open where the article ends (its last paragraph)
  if (orphan.title === null) {
    const lead = orphan.paras[0] ? leadingMarker(orphan.paras[0].passage.text) : null;
    if (lead && lead.ordinal !== null) {
      const tail = lastSeriesOrdinal(doc.paras);
      if (tail && tail.systemId === lead.system.id && tail.ordinal + 1 === lead.ordinal) {
        evidence.score += 3;
        evidence.reasons.push(`its series goes on from ${tail.ordinal}, where the article's stops`);
      }
    } else if (doc.paras[doc.paras.length - 1]?.unfinished) {
      evidence.score += 3;
      evidence.finishesLast = true;
      evidence.reasons.push("its first words finish the article's last sentence");
    }
    return evidence;
  }

  for (const name of shortNamesOf(doc)) {
    if (orphanText.includes(name)) {
      evidence.score += 2;
      evidence.reasons.push(`it refers to ${name}, the short name the article defines`);
      break;
    }
  }

  // (a titled part whose first item goes on from the article's last: …(六)… / 优化消费环境 / (七)…)
  const first = orphan.paras[0] ? leadingMarker(orphan.paras[0].passage.text) : null;
  if (first && first.ordinal !== null && first.ordinal > 1 && lastLeadingOrdinal(doc.paras, first.system.id) === first.ordinal - 1) {
    evidence.score += 2;
    evidence.reasons.push(`its first item, ${first.ordinal}, goes on from the article's last`);
    // (and the article's title counts them all: 十条措施 with (一)–(六) printed there and (七)–(十) here)
    const counted = /([二三四五六七八九十]{1,3}|\d{1,2})(?:条|项|个方面)(?:措施|举措|政策|意见|任务)?/u.exec(doc.title?.text ?? "");
    if (counted && (/^\d/u.test(counted[1]!) ? Number(counted[1]) : smallChineseNumber(counted[1]!)) === lastLeadingOrdinal(orphan.paras, first.system.id)) {
      evidence.score += 1;
      evidence.reasons.push(`together they make the ${counted[1]} items its title counts`);
    }
  }

  const tail = lastSeriesOrdinal(orphan.paras);
  const lastPara = orphan.paras[orphan.paras.length - 1];
  if (tail && lastPara?.unfinished) {
    const resumeAt = findResumption(doc.paras, tail.systemId, tail.ordinal + 1);
    if (resumeAt >= 0) {
      evidence.score += 3;
      evidence.resumeAt = resumeAt;
      evidence.reasons.push(`its series stops at ${tail.ordinal} mid-sentence and the article has a series resuming at ${tail.ordinal + 1}`);
      const announced = /从([\d一二三四五六七八九十]+)个方面/u.exec(orphanText);
      const runLength = countRun(doc.paras, resumeAt, tail.systemId);
      if (announced && smallChineseNumber(announced[1]!) === tail.ordinal + runLength) {
        evidence.score += 1;
        evidence.reasons.push(`together they make the ${announced[1]} items it announces`);
      }
    }
  }
  return evidence;
}

const markerCache = new WeakMap<Passage, ReturnType<typeof inlineMarkers>>();

/** The markers of a paragraph, leading and inline; cached, since placing orphans asks again and again. */
function markersOf(para: Para) {
  let markers = markerCache.get(para.passage);
  if (!markers) {
    const text = para.passage.text;
    const lead = leadingMarker(text);
    markers = lead ? [lead, ...inlineMarkers(text, lead.end)] : inlineMarkers(text);
    markerCache.set(para.passage, markers);
  }
  return markers;
}

function lastSeriesOrdinal(paras: Para[]): { systemId: string; ordinal: number } | null {
  for (let i = paras.length - 1; i >= 0; i--) {
    const markers = markersOf(paras[i]!);
    const last = markers[markers.length - 1];
    if (last && last.ordinal !== null && last.system.placement === "inline") return { systemId: last.system.id, ordinal: last.ordinal };
  }
  return null;
}

/** The ordinal of the last paragraph opening with a marker of the system, or null. */
function lastLeadingOrdinal(paras: Para[], systemId: string): number | null {
  for (let i = paras.length - 1; i >= 0; i--) {
    const lead = leadingMarker(paras[i]!.passage.text);
    if (lead?.system.id === systemId) return lead.ordinal;
  }
  return null;
}

/** The paragraph that opens with `ordinal` of the system while the series before it never reached ordinal - 1. */
function findResumption(paras: Para[], systemId: string, ordinal: number): number {
  let lastSeen: number | null = null;
  for (let i = 0; i < paras.length; i++) {
    const lead = leadingMarker(paras[i]!.passage.text);
    if (lead?.system.id === systemId && lead.ordinal === ordinal && lastSeen !== ordinal - 1) return i;
    for (const marker of markersOf(paras[i]!)) if (marker.system.id === systemId) lastSeen = marker.ordinal;
    if (isLeadIn(paras[i]!.passage.text) || mayBeHeading(paras[i]!.passage.text)) lastSeen = null;
  }
  return -1;
}

/** From a resumed series item, the run of paragraphs up to the next heading, lead-in or document end. */
function runEndFrom(paras: Para[], from: number): number {
  let end = from + 1;
  while (end < paras.length && !mayBeHeading(paras[end]!.passage.text) && !isLeadIn(paras[end]!.passage.text)) end++;
  return end;
}

function countRun(paras: Para[], from: number, systemId: string): number {
  let count = 0;
  for (let i = from; i < runEndFrom(paras, from); i++) count += markersOf(paras[i]!).filter((m) => m.system.id === systemId).length;
  return count;
}

/** A paragraph that can be the tail of a sentence: no marker, no heading, no lead-in of its own. */
function isFragment(para: Para): boolean {
  const text = para.passage.text;
  return leadingMarker(text) === null && !mayBeHeading(text) && !isLeadIn(text);
}

const LEAD_IN = /^(在|围绕|针对)[^,;。:!?]{1,30}(方面|领域)[,:]/u;
export function isLeadIn(text: string): boolean {
  return LEAD_IN.test(text);
}
