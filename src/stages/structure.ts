/**
 * Stages 6 and 7: headings, then measures, in one walk over a document's paragraphs, because a
 * measure belongs to the section open where it stands. Which numbered lines are headings and which
 * are measures follows spec/what-counts.md: a numbered line standing alone is a heading, a numbered
 * line with a body is a measure, never both. Nesting follows the numbering systems' ranks.
 */
import type { Findings } from "../diagnostics/report.js";
import { inlineMarkers, leadingMarker, systemById, type MarkerMatch, type NumberingSystem } from "../numbering/registry.js";
import { BOX_LABEL, DATA_LINE, FORM_TITLE, isColonSubhead, isNumberedTitle, isTitleLike, RESPONSIBILITY_NOTE } from "../text/chars.js";
import { Passage } from "../text/passage.js";
import { LIST_GROUP } from "./blocks.js";
import type { DraftDocument, Para } from "./repair.js";

export interface SectionDraft {
  key: number;
  parentKey: number | null;
  level: number;
  title: Passage;
  subtitle: Passage | null;
  implicit: boolean;
  rank: number;
  /** The numbering system of its marker (（三）提升…), when it has one. */
  systemId?: string;
}

export interface MeasureDraft {
  key: number;
  sectionKey: number | null;
  parentKey: number | null;
  seriesKey: string;
  marker: string;
  ordinal: number | null;
  /** From the marker to the end of the body. */
  whole: Passage;
  /** Where the marker as printed stands in `whole` (the word of a quoted lead stands after its “). */
  markerAt: number;
  markerLength: number;
  /** The body after the marker. */
  body: Passage;
  /** Index of the paragraph the measure starts in. */
  para: number;
}

export interface Structure {
  sections: SectionDraft[];
  measures: MeasureDraft[];
  /** For each paragraph, the section open at its start (null before the first). */
  paraSection: Array<number | null>;
}

const LEAD_IN = /^(在|围绕|针对)[^,;。:!?]{1,30}(方面|领域)(?=[,:])/u;
const PLAIN_HEADING_TOP = 9;
const PLAIN_HEADING_NESTED = 25;
/** 前言, 引言, 结语: unnumbered parts at the level of the first numbered ones (一、, the rank of chinese-dun). */
const FRONT_OR_BACK = /^(前言|引言|序言|导言|结语|结束语|后记)$/u;
const FRONT_OR_BACK_RANK = 13;
const MD_ITEM_RANK = 30;

interface SeriesState {
  key: string;
  systemId: string;
  last: number | null;
  count: number;
}

/** The first of a series of subheads (【基本案情】, 案例一：…案): never the subtitle of the heading above it. */
const SERIES_SUBHEAD = /^【[^】]{2,16}】$|^(?:典型)?案例\s*[一二三四五六七八九十\d]{1,3}\s*:|^第[一二三四五六七八九十]阶段/u;

export function structure(doc: DraftDocument, findings: Findings): Structure {
  const sections: SectionDraft[] = [];
  const measures: MeasureDraft[] = [];
  const paraSection: Array<number | null> = [];
  const stack: SectionDraft[] = [];
  let implicit: SectionDraft | null = null;
  let measureStack: Array<{ measure: MeasureDraft; rank: number; article: boolean }> = [];
  let series = new Map<string, SeriesState>();
  let seriesCount = 0;
  const lastOrdinalBySystem = new Map<string, number>();
  let numberedHeadingSeen = false;
  let lastHeadingPara = -2;
  // (a standard prints its name again over its first clause, under its 前言: the title, not a section)
  const titleText = doc.title?.text.replace(/\s+/gu, "") ?? null;
  // a blank form printed in full (…育儿补贴申领表) has field labels on lines of their own (姓名, 出生日期, 本人承诺),
  // not headings
  const isForm = titleText !== null && FORM_TITLE.test(titleText);

  const currentSection = () => implicit ?? stack[stack.length - 1] ?? null;
  const resetScope = () => {
    measureStack = [];
    series = new Map();
  };
  const openSection = (title: Passage, rank: number, isImplicit: boolean): SectionDraft => {
    let parent: SectionDraft | null;
    let level: number;
    if (isImplicit) {
      parent = stack[stack.length - 1] ?? null;
      level = (parent?.level ?? 1) + 1;
    } else {
      implicit = null;
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
      parent = stack[stack.length - 1] ?? null;
      level = stack.length + 1;
    }
    const section: SectionDraft = { key: sections.length, parentKey: parent?.key ?? null, level, title, subtitle: null, implicit: isImplicit, rank };
    sections.push(section);
    if (isImplicit) implicit = section;
    else stack.push(section);
    resetScope();
    return section;
  };

  const addMeasure = (para: number, passage: Passage, marker: MarkerMatch | { marker: string; ordinal: number | null; start: number; bodyStart: number; systemId: string }, end: number, parentKey: number | null): MeasureDraft => {
    const systemId = "system" in marker ? marker.system.id : marker.systemId;
    const section = currentSection();
    const scope = `${section?.key ?? "-"}:${parentKey ?? "-"}:${systemId}`;
    let state = series.get(scope);
    const ordinal = systemId === "quoted-lead" ? (state ? state.count + 1 : 1) : marker.ordinal;
    const continues = state !== undefined && (ordinal === null || state.last === null || ordinal > state.last);
    if (!continues) {
      state = { key: `q${++seriesCount}`, systemId, last: null, count: 0 };
      series.set(scope, state);
      const runsOn = ordinal !== null && lastOrdinalBySystem.get(systemId) === ordinal - 1;
      if (ordinal !== null && ordinal > 1 && !runsOn && systemId !== "sequence") {
        findings.report("ordinal-gap", `The series ${marker.marker}… starts at ${ordinal}, not at 1; its first items may be printed elsewhere.`, passage.toRange(marker.start, marker.bodyStart));
      }
    } else if (ordinal !== null && state!.last !== null && ordinal > state!.last + 1 && systemId !== "sequence") {
      findings.report("ordinal-gap", `The series skips from ${state!.last} to ${ordinal} at ${marker.marker}.`, passage.toRange(marker.start, marker.bodyStart));
    }
    state!.last = ordinal ?? state!.last;
    state!.count += 1;
    if (ordinal !== null) lastOrdinalBySystem.set(systemId, ordinal);
    const measure: MeasureDraft = {
      key: measures.length,
      sectionKey: section?.key ?? null,
      parentKey,
      seriesKey: state!.key,
      marker: marker.marker,
      ordinal: systemId === "quoted-lead" ? ordinal : marker.ordinal,
      whole: passage.slice(marker.start, end),
      markerAt: systemId === "quoted-lead" ? 1 : 0,
      markerLength: marker.marker.length,
      body: passage.slice(marker.bodyStart, end).trim(),
      para,
    };
    measures.push(measure);
    return measure;
  };

  for (let i = 0; i < doc.paras.length; i++) {
    const para = doc.paras[i]!;
    const { passage, block } = para;
    const text = passage.text;
    paraSection.push(currentSection()?.key ?? null);

    if (block.kind === "table") continue;
    if (block.kind === "heading") {
      openSection(passage, block.depth, false);
      lastHeadingPara = i;
      continue;
    }

    const lead = block.kind === "item" ? null : leadingMarker(text);
    // (or the title again with its issuer before it: 关于调整…的公告 / 松岭县交通运输局关于调整…的公告)
    if (lead === null && block.kind === "line" && titleText !== null && text.length <= 90 && titleText.length >= 8 && isTitleLike(text, 90) && text.replace(/\s+/gu, "").endsWith(titleText)) continue;
    const headingRank = block.kind === "line" && !(isForm && lead === null) ? headingRankOf(doc.paras, i, lead, numberedHeadingSeen) : null;
    if (headingRank !== null) {
      const previous = sections[sections.length - 1];
      // (a list's group line under a heading, 二、先进个人(24名) / 南宁市(4名), is a heading of its own;
      // so is the first subhead of a series: 一、…虚假宣传案 / 【基本案情】, 四、典型案例 / 案例一：…案, 第一阶段：…)
      // (nor a part's name that stands again under each case: 案例1… / 基本案情 … 案例2… / 基本案情)
      if (!lead && lastHeadingPara === i - 1 && previous && !previous.implicit && previous.subtitle === null && !BOX_LABEL.test(text) && !LIST_GROUP.test(text) && !SERIES_SUBHEAD.test(text) && !(text.length <= 8 && doc.paras.some((other, k) => k !== i && other.passage.text === text))) {
        previous.subtitle = passage;
      } else {
        const section = openSection(passage, headingRank, false);
        if (lead) {
          numberedHeadingSeen = true;
          section.systemId = lead.system.id;
        }
      }
      lastHeadingPara = i;
      paraSection[i] = currentSection()?.key ?? null;
      continue;
    }

    // A lead-in phrase (在…方面, a bold first sentence) opens an implicit section; the rest of its paragraph follows.
    let scanFrom = 0;
    const leadIn = lead ? null : LEAD_IN.exec(text);
    if (leadIn) {
      openSection(passage.slice(0, leadIn[0].length), 0, true);
      scanFrom = leadIn[0].length;
    } else if (block.strongLead > 0 && !lead && block.kind === "line") {
      const title = passage.slice(0, block.strongLead).trim();
      const trimmed = title.slice(0, title.text.replace(/[。:,;.!?\s]+$/u, "").length);
      // a bold lead of words opens a section; bold punctuation alone does not
      if (/[\p{L}\p{N}]/u.test(trimmed.text)) openSection(trimmed, 0, true);
    }
    paraSection[i] = currentSection()?.key ?? null;

    // Block-level measures: a Markdown list item, or a paragraph opening with a marker.
    if (block.kind === "item" && block.list) {
      const rank = MD_ITEM_RANK + block.depth;
      while (measureStack.length > 0 && measureStack[measureStack.length - 1]!.rank >= rank) measureStack.pop();
      const list = block.list;
      const systemId = list.ordered ? "markdown-ordered" : "markdown-bullet";
      const itemPassage = Passage.join([new Passage(list.marker, [{ at: 0, start: list.markerRange.start, length: list.marker.length }]), new Passage(" ", []), passage]);
      const measure = addMeasure(i, itemPassage, { marker: list.marker, ordinal: list.ordinal, start: 0, bodyStart: list.marker.length + 1, systemId }, itemPassage.length, measureStack[measureStack.length - 1]?.measure.key ?? null);
      measureStack.push({ measure, rank, article: false });
      scanInline(i, passage, 0, measure.key);
      continue;
    }
    if (lead && lead.system.placement === "block" && acceptsBlockMarker(doc.paras, i, lead)) {
      const rank = lead.system.rank;
      // an item of the series whose earlier members are headings ((三)提升… then (四)整治村容村貌。开展…) is their sibling
      if (!implicit && stack.length > 0 && stack[stack.length - 1]!.systemId === lead.system.id) {
        while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
        resetScope();
        paraSection[i] = currentSection()?.key ?? null;
      }
      while (measureStack.length > 0 && measureStack[measureStack.length - 1]!.rank >= rank) measureStack.pop();
      const parent = measureStack[measureStack.length - 1]?.measure.key ?? null;
      let whole = passage;
      const article = lead.system.id === "article";
      if (article) whole = withClauses(doc.paras, i, passage);
      // (an article's items end where its next clause (款) starts: the article holds that)
      else if (!measureStack.some((open) => open.article)) {
        const listed = doc.genre === "policy" ? withClausesAfterList(doc.paras, i, passage, rank) : null;
        const parent = measureStack[measureStack.length - 1];
        const underList = parent !== undefined && introducesList(doc.paras[parent.measure.para]!.passage.text);
        if (listed) whole = listed;
        // (in news only before the item's next sibling, 三、… / 鼓励…比例不低于70%。 / 四、…, and not after a question
        // (1.补贴如何计算? / 答:…) or a table's row: elsewhere a paragraph after an item is the reporter's again)
        else if (runsOn(passage.text.slice(lead.bodyStart), underList) || ((doc.genre === "policy" || !/[?？\t]/u.test(passage.text)) && goesOnBeforeNextItem(doc.paras, i, rank, underList, doc.genre === "policy" ? null : lead.system.id))) whole = withRunOn(doc.paras, i, passage, rank);
      }
      // a task's note of who does it, printed on the line after it, is the task's; so are its field lines
      // (牵头单位：… / 配合单位：… / 完成时限：…), however many
      if (whole === passage) {
        const notes: Passage[] = [];
        for (let k = i + 1; k < doc.paras.length && doc.paras[k]!.block.kind === "line" && isNoteLine(doc.paras[k]!.passage.text); k++) notes.push(doc.paras[k]!.passage);
        if (notes.length > 0) whole = Passage.join([passage, ...notes.flatMap((note) => [new Passage("\n", []), note])]);
      }
      const measure = addMeasure(i, whole, lead, whole.length, parent);
      measureStack.push({ measure, rank, article });
      scanInline(i, passage, lead.bodyStart, measure.key);
      continue;
    }

    // An unmarked paragraph ends open block measures, except an article, whose clauses (款) run on, also after its items.
    const top = measureStack[measureStack.length - 1];
    if (!lead && top && !top.article && scanFrom === 0 && inlineMarkers(text).length === 0) {
      while (measureStack.length > 0 && !measureStack[measureStack.length - 1]!.article) measureStack.pop();
    }
    const parentKey = measureStack[measureStack.length - 1]?.measure.key ?? null;
    const startsWithInline = lead && lead.system.placement === "inline" ? lead : null;
    // a paragraph that is one inline item (①…) goes on over the unmarked paragraphs between it and its next
    // sibling (②…); after a series' last item they may as well close the list or the section, so they stay apart
    const oneItem = startsWithInline !== null && doc.genre === "policy" && scanFrom === 0 && inlineMarkers(text, 1).length === 0;
    const scanned = oneItem && goesOnBeforeNextItem(doc.paras, i, startsWithInline.system.rank, false, startsWithInline.system.id) ? withRunOn(doc.paras, i, passage, startsWithInline.system.rank) : passage;
    scanInline(i, scanned, scanFrom, parentKey, startsWithInline);
  }

  /** Inline series (一是…二是…, 首先…其次…, ①②) inside one paragraph, from `from` on. */
  function scanInline(paraIndex: number, passage: Passage, from: number, parentKey: number | null, leadMarker: MarkerMatch | null = null): void {
    const text = passage.text;
    const found = inlineMarkers(text, Math.max(from, 1)).filter((m) => m.start >= from);
    if (leadMarker) found.unshift(leadMarker);
    if (found.length === 0) return;
    const accepted = found.filter((marker) => acceptsInline(marker, found, doc.paras, paraIndex));
    // each item ends where the next item of its system starts: found from the end, in one pass
    const ends = new Array<number>(accepted.length);
    const nextStart = new Map<string, number>();
    for (let k = accepted.length - 1; k >= 0; k--) {
      const marker = accepted[k]!;
      ends[k] = nextStart.get(marker.system.id) ?? text.length;
      nextStart.set(marker.system.id, marker.start);
    }
    // an item of a lower-ranked system nests in the latest item of a higher-ranked one (一是… ①…②…)
    const latest = new Map<string, MeasureDraft>();
    accepted.forEach((marker, k) => {
      let enclosing: MeasureDraft | undefined;
      for (const [systemId, measure] of latest) if (systemId !== marker.system.id && systemById(systemId).rank < marker.system.rank && (!enclosing || measure.key > enclosing.key)) enclosing = measure;
      latest.set(marker.system.id, addMeasure(paraIndex, passage, marker, ends[k]!, enclosing?.key ?? parentKey));
    });
  }

  return { sections, measures, paraSection };
}

/** Inline markers of systems that need a series (首先 needs 其次) count only when the series is there. */
function acceptsInline(marker: MarkerMatch, found: MarkerMatch[], paras: Para[], index: number): boolean {
  const system = marker.system;
  if (system.minSeries <= 1) return true;
  const sameHere = found.filter((m) => m.system.id === system.id).length;
  if (sameHere >= system.minSeries) return true;
  // a series laid out one item per paragraph: look at the neighbouring paragraphs' openings
  return hasSiblingNearby(paras, index, marker);
}

function acceptsBlockMarker(paras: Para[], index: number, lead: MarkerMatch): boolean {
  if (lead.system.minSeries <= 1) return true;
  return hasSiblingNearby(paras, index, lead);
}

/**
 * Whether a paragraph near `index` opens with a sibling of `marker`: the same system, another item of it
 * (two 首先 are no series: 首先,请…局长介绍… / 首先,我代表市民政局…).
 */
function hasSiblingNearby(paras: Para[], index: number, marker: MarkerMatch): boolean {
  return neighbours(paras, index).some((p) => {
    const lead = leadingMarker(p.passage.text);
    return lead?.system.id === marker.system.id && (lead.ordinal !== marker.ordinal || lead.ordinal === null);
  });
}

/** The paragraphs three either side: a series' items may have paragraphs between them (首先… 同时… 其次…). */
function neighbours(paras: Para[], index: number): Para[] {
  return [paras[index - 1], paras[index + 1], paras[index - 2], paras[index + 2], paras[index - 3], paras[index + 3]].filter((p): p is Para => p !== undefined);
}

/**
 * The rank of the heading a paragraph opens, or null when it is not a heading. A numbered line is a
 * heading when what follows its marker is title-like, unless the next line is its sibling in the same
 * system (then both are short list items, i.e. measures).
 */
function headingRankOf(paras: Para[], index: number, lead: MarkerMatch | null, numberedSeen: boolean): number | null {
  const text = paras[index]!.passage.text;
  if (paras[index]!.block.opensBody || paras[index]!.block.entry) return null;
  if (lead) {
    const system: NumberingSystem = lead.system;
    if (system.role === "measure") return null;
    if (system.role === "heading") return system.rank;
    const rest = text.slice(lead.bodyStart);
    if (!isNumberedTitle(rest)) return null;
    const next = paras[index + 1];
    if (next) {
      const nextLead = leadingMarker(next.passage.text);
      if (nextLead?.system.id === system.id && isNumberedTitle(next.passage.text.slice(nextLead.bodyStart))) return null;
    }
    if (!next) return null;
    // (nor is the last of a list of such lines, its items one after another: 4.江西百佳乳业有限公司 / 5.南昌市…有限公司 /
    // (二)赣州市(6家): the lines before it were items for the line after each)
    const previousLead = index > 0 ? leadingMarker(paras[index - 1]!.passage.text) : null;
    if (previousLead?.system.id === system.id && lead.ordinal !== null && previousLead.ordinal === lead.ordinal - 1 && isNumberedTitle(paras[index - 1]!.passage.text.slice(previousLead.bodyStart))) return null;
    // (nor is the next item of a list of paragraphs, its sentence broken off: 1、推行…增收1.8万元。 / 2、建设…,带动…年均增收)
    // (or one that introduces a list in words: 1.购机者…可申请报废更新补贴。 / 2.报废补贴标准按以下规定执行:; a task's
    // name closed by a colon, (五)推进智慧防火:, heads its items)
    if ((rest.includes(",") || (rest.endsWith(":") && /(?:以下|如下|下列)/u.test(rest))) && previousSiblingIsItem(paras, index, lead)) return null;
    return system.rank;
  }
  // (nor a member's line in a roster, its label on the line above or below: 副组长:王志强 区人民政府副区长 / 张 伟 区公安分局…)
  if (NAME_AND_POST.test(text) && [paras[index - 1], paras[index + 1]].some((near) => near !== undefined && ROSTER_LINE.test(near.passage.text))) return null;
  // (nor a speaker's turn in a transcript, 【周明】 again and again or named among the speakers, 【汀川日报记者】)
  if (SPEAKER_TURN.test(text) && (text.endsWith("记者】") || paras.some((other, k) => k !== index && other.passage.text.replace(/\s+/gu, "").includes(text.slice(1, -1))))) return null;
  // (nor a table's name over it: 2025年度住房公积金月缴存额上下限标准表, 老年助餐就餐补贴标准)
  if (paras[index + 1]?.block.kind === "table" && /(?:表|标准|一览|明细|计划|安排|分配|清单)$/u.test(text) && !text.startsWith("专栏")) return null;
  // (a table's total row left alone by a copy that dropped its empty cells, 合计, is no heading)
  // (a subhead about a colon counts where the text prints two or more: 五年答卷:跨越赶超迈大步 / 今后五年:…)
  const colonSubhead = isColonSubhead(text) && paras.filter((para) => isColonSubhead(para.passage.text)).length >= 2;
  if ((!isTitleLike(text, 36) && !colonSubhead) || text.length < 2 || TOTAL_ROW.test(text) || DATA_LINE.test(text)) return null;
  if (/^[\d\s.%-]+$/u.test(text)) return null;
  // (nor a quotation's credit under it: ——市人大代表、霁阳高新区管委会主任　罗振华)
  if (text.startsWith("——")) return null;
  // (nor is an editor's note in brackets: (其余3人略), (以下略))
  // (nor a note in brackets under a table: (以上信息仅指本次抽检标称的…所检项目))
  if (/^\([^()]{0,20}略\)$|^\([^()]{12,}\)$/u.test(text)) return null;
  // (nor a standard's reference to another, GB 5084　农田灌溉水质标准, its unit line, 单位为毫克每千克, or a formula, V=10HφF)
  if (STANDARD_REFERENCE.test(text) || /^单位(?:为|:)/u.test(text) || /[=＝]/u.test(text)) return null;
  // (a data box's lines: a figure alone, 628.5亿元, and the label printed under or over it, 全区边民互市贸易额)
  const isBareFigure = (k: number) => k >= 0 && k < paras.length && BARE_FIGURE.test(paras[k]!.passage.text);
  if (isBareFigure(index) || isBareFigure(index - 1) || (isBareFigure(index + 1) && !/^[【\[]/u.test(text))) return null;
  if (index === paras.length - 1) return null;
  // a preface or an afterword stands beside the numbered parts, not above them
  if (FRONT_OR_BACK.test(text.replace(/\s+/gu, ""))) return FRONT_OR_BACK_RANK;
  return numberedSeen ? PLAIN_HEADING_NESTED : PLAIN_HEADING_TOP;
}

/** A roster's labelled line (组 长:李建国 区人民政府区长, 成 员:…), and a name with its post after it. */
const ROSTER_LINE = /^(?:组\s*长|副\s*组\s*长|成\s*员|主\s*任|副\s*主\s*任|召\s*集\s*人|总\s*指\s*挥|副\s*总\s*指\s*挥)\s*:/u;
const NAME_AND_POST = /^[\u4e00-\u9fa5](?:\s?[\u4e00-\u9fa5]){1,3}\s+[\u4e00-\u9fa5、]{2,36}$/u;

/** A speaker's name in brackets on a line of its own (【周明】, 【汀川日报记者】). */
const SPEAKER_TURN = /^【(?:[\u4e00-\u9fa5]{2,3}|[\u4e00-\u9fa5]{2,12}记者)】$/u;

/** A figure on a line of its own: 628.5亿元, 26个, 1860.4万人次, 38%, 60%以上, 每人每月300元, 百分之五十. */
const BARE_FIGURE = /^(?:每[\u4e00-\u9fa5]{1,4})?(?:\d[\d,]*(?:\.\d+)?\s*(?:%|‰|[万亿]?[\u4e00-\u9fa5]{1,3})|百分之[一二三四五六七八九十百]+)(?:以上|以下|左右|以内)?$/u;

/** Whether the item numbered one before this one, in the same system, is a paragraph with a body (not a heading). */
function previousSiblingIsItem(paras: Para[], index: number, lead: MarkerMatch): boolean {
  if (lead.ordinal === null || lead.ordinal < 2) return false;
  for (let j = index - 1; j >= 0 && j >= index - 12; j--) {
    const text = paras[j]!.passage.text;
    const marker = leadingMarker(text);
    if (marker === null || marker.system.id !== lead.system.id) continue;
    return marker.ordinal === lead.ordinal - 1 && /[。;]$/u.test(text) && !isNumberedTitle(text.slice(marker.bodyStart));
  }
  return false;
}

/**
 * An article (第X条) runs on over its clauses (款), its items ((一)…(四), each a measure of its own too) and
 * its tables up to the next article, chapter or heading: a 款 after the items is the article's still.
 */
function withClauses(paras: Para[], index: number, passage: Passage): Passage {
  const parts = [passage];
  for (let j = index + 1; j < paras.length; j++) {
    const next = paras[j]!;
    // (a table printed inside the article, its 补助标准, is the article's too)
    if (next.block.kind === "table") {
      parts.push(new Passage("\n", []), next.passage);
      continue;
    }
    if (next.block.kind !== "line") break;
    const text = next.passage.text;
    const marker = leadingMarker(text);
    if (marker ? marker.system.rank <= ARTICLE_RANK || isNumberedTitle(text.slice(marker.bodyStart)) : isTitleLike(text, 36)) break;
    parts.push(new Passage("\n", []), next.passage);
  }
  return Passage.join(parts);
}

/**
 * Whether an item's body goes on in the paragraphs after it: it is a run-in title alone ((五)加快发展跨境
 * 电子商务。, its text printed below; not an item of a list another item introduced), or it opens a quotation
 * it does not close (一、将第六条修改为:“…).
 */
function runsOn(body: string, underList: boolean): boolean {
  // (an item of a list (下列职责:) is one short sentence as often as not: no title of a run-in item)
  return (!underList && RUN_IN_TITLE_ONLY.test(body)) || openQuotes(body) > 0;
}

const RUN_IN_TITLE_ONLY = /^[^。!?;:,]{2,30}。$/u;

function openQuotes(text: string): number {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x201c) open++;
    else if (code === 0x201d && open > 0) open--;
  }
  return open;
}

/**
 * Whether a policy's item goes on in the unmarked paragraphs after it (对…的,市级财政按每部15万元给予补助): when
 * they stand between it and the next marker or heading, and none opens a quotation. Paragraphs after a list's
 * last item that run to the end of the text close the text, not the item; under an item that introduces the
 * list (`underList`) they are that item's. For an inline item (`siblingOf`, its system) only its own next
 * sibling ends the run: paragraphs after a series' last one stay apart.
 */
function goesOnBeforeNextItem(paras: Para[], index: number, rank: number, underList: boolean, siblingOf: string | null = null): boolean {
  let unmarked = 0;
  for (let j = index + 1; j < paras.length; j++) {
    const next = paras[j]!;
    const text = next.passage.text;
    // (a table the item's paragraph points to, 具体见下表, stands before its next sibling: the paragraph is the item's)
    if (next.block.kind === "table" && unmarked > 0) continue;
    if (next.block.kind !== "line") return false;
    const marker = leadingMarker(text);
    // under an item that introduces a list, paragraphs after the list's last item are that item's (withClausesAfterList)
    if (marker !== null) return unmarked > 0 && (!underList || marker.system.rank >= rank) && (siblingOf === null || marker.system.id === siblingOf);
    if (isTitleLike(text, 36)) return unmarked > 0 && !underList && siblingOf === null;
    // (nor a closing formula: 特此通告。)
    if (CLOSES_OR_QUOTES.test(text)) return false;
    // an inline item's run-on holds no items of its own: they are read where they stand; nor, in news, a table's row
    // (产业数字化	30%) or a bracketed note (【条文说明】…)
    if (siblingOf !== null && (inlineMarkers(text).length > 0 || text.includes("\t") || text.startsWith("【"))) return false;
    unmarked++;
  }
  return false;
}

/** A paragraph that opens a quotation or closes the text (特此通知。, 此复。, 以上意见…): no item's clause. */
// (以上 naming what an item just listed, 以上价格均含污水处理费, is a clause of that item)
const CLOSES_OR_QUOTES = /^(?:[“"「]|特此|此复|以上(?:事项|意见|请示|报告|通知|各项|政策|措施|规定|内容|办法|工作|要求|所列|[,;。]))/u;

/** An item that ends in a colon (物业服务人应当履行下列职责:) introduces the items under it. */
function introducesList(text: string): boolean {
  return /:\s*$/u.test(text);
}

/**
 * An item that introduces a list holds its items and the unmarked paragraphs after them (未实行物业管理的…
 * 落实前款规定的职责。) up to its next sibling or a heading: they are its further clauses, as an article's
 * are. Null when it has no such paragraphs; paragraphs that run to the end of the text close the text.
 */
function withClausesAfterList(paras: Para[], index: number, passage: Passage, rank: number): Passage | null {
  if (!introducesList(passage.text)) return null;
  const first = paras[index + 1] ? leadingMarker(paras[index + 1]!.passage.text) : null;
  if (first === null || first.system.rank <= rank) return null;
  let unmarked = 0;
  let last = -1;
  for (let j = index + 1; j < paras.length; j++) {
    const next = paras[j]!;
    const text = next.passage.text;
    if (next.block.kind !== "line") return null;
    const marker = leadingMarker(text);
    // an unmarked paragraph between two of the list's items is the earlier item's
    if (marker !== null && marker.system.rank > rank) unmarked = 0;
    else if (marker !== null || isTitleLike(text, 36)) {
      if (unmarked > 0) last = j - 1;
      break;
    } else if (CLOSES_OR_QUOTES.test(text)) return null;
    else unmarked++;
  }
  if (last < 0) return null;
  const parts = [passage];
  for (let j = index + 1; j <= last; j++) parts.push(new Passage("\n", []), paras[j]!.passage);
  return Passage.join(parts);
}

/**
 * The item and the unmarked paragraphs after it, up to the next marker or heading; a quotation it opens
 * runs on to its end over the items it holds (增加一条:“…下列规定:(一)…(三)…。”), up to the item's next sibling.
 */
function withRunOn(paras: Para[], index: number, passage: Passage, rank: number): Passage {
  const parts = [passage];
  let open = openQuotes(passage.text);
  for (let j = index + 1; j < paras.length; j++) {
    const next = paras[j]!;
    const text = next.passage.text;
    const marker = leadingMarker(text);
    if (next.block.kind !== "line" || (marker !== null && (open === 0 || marker.system.rank <= rank)) || (marker === null && isTitleLike(text, 36))) break;
    parts.push(new Passage("\n", []), next.passage);
    if (open > 0) {
      open = openQuotes(parts.map((part) => part.text).join(""));
      if (open === 0) break;
    }
  }
  return Passage.join(parts);
}

function isNoteLine(text: string): boolean {
  return (text.startsWith("(") && RESPONSIBILITY_NOTE.test(text) && text.indexOf(")") === text.length - 1) || TASK_FIELD.test(text);
}

/** A task's field on a line of its own: who leads it, who helps, by when. */
const TASK_FIELD = /^(?:责任单位|牵头单位|配合单位|协办单位|责任部门|牵头部门|配合部门|主责单位|责任领导|完成时限|完成时间|时间节点)\s*:\s*\S/u;

/** Articles and what stands above them (章, 节): an article's text stops at any of them. */
const ARTICLE_RANK = 12;

const STANDARD_REFERENCE = /^[A-Z]{2,4}(?:\/[TZ])?\s*\d+(?:\.\d+)*(?:\s*[—\-–]\s*\d{4})?\s+[\u4e00-\u9fa5]/u;
const TOTAL_ROW = /^(?:合\s*计|小\s*计|总\s*计|共\s*计)$/u;
