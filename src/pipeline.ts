/**
 * The stage order, on one screen. Each stage takes data and a findings list and returns data; nothing
 * here touches files or the process (that is src/cli/). `extract` is the library API.
 */
import { createHash } from "node:crypto";
import { Findings, type Finding } from "./diagnostics/report.js";
import type { Diagnostic, PolicyDocument } from "./schema.js";
import { assembleDocument, toDiagnostic } from "./stages/assemble.js";
import { toBlocks, type Format } from "./stages/blocks.js";
import { decode } from "./stages/decode.js";
import { extractFigures, extractTableAndCellFigures, planYearOf, type FigureOptions, type Kind, type TargetDraft } from "./stages/figures.js";
import { normalize } from "./stages/normalize.js";
import { repair, type DraftDocument } from "./stages/repair.js";
import { POLICY_TITLE, segment } from "./stages/segment.js";
import { structure, type MeasureDraft, type Structure } from "./stages/structure.js";
import { SourceMap } from "./text/source-map.js";
import { lastAtOrBefore } from "./text/sorted.js";

export interface ExtractOptions {
  /** The path the documents cite (POSIX separators); also names them: file stem + '#' + position. */
  path?: string;
  /** text or markdown; by default from the path's extension (.md, .markdown), else text. */
  format?: Format;
  /** Report every number ruled out as a figure (number-not-figure). */
  explain?: boolean;
  /** Encoding recorded for text given as a string (extractBytes records the one it decoded). */
  encoding?: string;
  /** sha256 of the raw bytes; by default of the text's UTF-8 bytes. */
  sha256?: string;
  /** Called as each stage ends, with its name: `npm run bench` times the stages of this very code with it. */
  onStage?: (stage: StageName) => void;
}

export type StageName = "decode" | "normalize" | "blocks" | "segment" | "repair" | "structure" | "figures" | "assemble";

export interface ExtractResult {
  documents: PolicyDocument[];
  /** Problems that belong to no document (unreadable input, bad encoding, an empty file). */
  diagnostics: Diagnostic[];
}

/**
 * Extracts the documents of one decoded text. Never throws for any input text. The documents are
 * checked against the schema before output: when a dataset is built from them (buildDataset), or file
 * by file when the CLI streams its output (renderFile).
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const path = options.path ?? "stdin";
  const format = options.format ?? formatOf(path);
  const source = {
    path,
    sha256: options.sha256 ?? createHash("sha256").update(text, "utf8").digest("hex"),
    encoding: options.encoding ?? "utf-8",
    format,
  };
  const lap = options.onStage ?? (() => {});
  const findings = new Findings();
  const normalized = normalize(text, { markup: format === "text", tabs: format === "text" });
  const map = new SourceMap(text, normalized.toSource, normalized.markup);
  lap("normalize");
  if (normalized.text.trim().length === 0) {
    return { documents: [], diagnostics: [{ severity: "warning", code: "file-empty", message: "The file holds no text, so it gives no document.", path, span: null }] };
  }

  const blocks = toBlocks(normalized.text, format);
  lap("blocks");
  const segments = segment(blocks, findings);
  lap("segment");
  const drafts = repair(segments, findings);
  lap("repair");

  const stem = stemOf(path);
  const owners = ownersOf(findings.list, drafts);
  const owned = drafts.map((): Finding[] => []);
  findings.list.forEach((finding, k) => {
    const owner = owners[k];
    if (owner !== null && owner !== undefined) owned[owner]!.push(finding);
  });
  let lastDateYear: number | null = null;
  const documents = drafts.map((draft, index) => {
    const docFindings = new Findings();
    const shape = structure(draft, docFindings);
    lap("structure");
    // a plan printed after the notice that issues it speaks from the notice's date
    lastDateYear = draft.dateYear ?? lastDateYear;
    const targets = figuresOf(draft, shape, options.explain ?? false, docFindings, lastDateYear);
    lap("figures");
    const own = [...owned[index]!, ...docFindings.list];
    // checked against the schema before output: by buildDataset, or per file by renderFile when streamed
    const document = assembleDocument({ id: `${stem}#${index + 1}`, source, draft, structure: shape, targets, findings: sortFindings(own) }, map);
    lap("assemble");
    return document;
  });
  if (documents.length === 0) findings.report("no-document", "The text holds only metadata (captions, bylines, headers or dates) and no document body, so it gives no document.");
  const loose = findings.list.filter((_, k) => owners[k] === undefined || owners[k] === null).map((finding) => toDiagnostic(finding, path, map));
  lap("assemble");
  return { documents, diagnostics: loose };
}

/** Decodes raw bytes, then extracts; decoding problems are diagnostics, never exceptions. */
export function extractBytes(bytes: Uint8Array, options: ExtractOptions & { forceEncoding?: string } = {}): ExtractResult {
  const path = options.path ?? "stdin";
  const { decoded, findings } = decode(bytes, options.forceEncoding);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const notes = findings.map((finding) => toDiagnostic(finding, path, null));
  options.onStage?.("decode");
  if (!decoded) return { documents: [], diagnostics: notes };
  const result = extract(decoded.text, { ...options, encoding: decoded.encoding, sha256 });
  // an encoding guess belongs to every document of the file
  for (const document of result.documents) document.diagnostics.unshift(...notes);
  return { documents: result.documents, diagnostics: result.documents.length > 0 ? result.diagnostics : [...notes, ...result.diagnostics] };
}

type PlacedTarget = TargetDraft & { sectionKey: number | null; measureKey: number | null };

/**
 * A plan's review of the period before it (第一章 发展基础, 一、“十四五”时期发展成就, 工作回顾), or a report's
 * account of what was done (预算执行情况, 重点工作推进情况): its figures report what was achieved, so they are
 * status unless a cue says otherwise.
 */
const REVIEW_SECTION = /(发展基础|发展成就|主要成就|重大成就|取得的成就|主要成效|主要成绩|实施情况|发展回顾|推进情况|工作回顾|过去一年|上年工作|取得的成效|取得成效|工作成效|实施成效|发展成效|发展现状|基本情况|进展情况|执行情况|完成情况|运行情况|工作总结|开展情况|办理情况|落实情况|主要做法|工作情况|总体情况|举措和成效|(?:工作|做法|措施|举措)(?:及|和)成效|审计情况|整改情况)/u;
/** A heading that sets a task (夯实产业发展基础): a 发展基础 to build, not one to review. */
const TASK_VERB = /^(夯实|筑牢|巩固|打牢|厚植|强化|提升|加强|完善|推动|推进|做强|做优|优化|健全)/u;
/** A heading whose clause naming a base sets it as a task (夯实产业发展基础; 壮大特色产业，夯实高质量发展基础). */
function isTaskTitle(title: string): boolean {
  const clauses = title.replace(/^\S*?[、.)]\s*|^第\S{1,4}[章节]\s*/u, "").split(/[,\s]+/u);
  return clauses.some((clause) => REVIEW_SECTION.test(clause) && TASK_VERB.test(clause));
}

/** A plan's goals (主要目标, 发展目标): words of a report there (累计, 完成) describe what is to be reached. */
// (a data box's 三年目标(到2027年) too)
const GOALS_SECTION = /((?:^|、|\)|\s)目标$|主要目标|发展目标|总体目标|工作目标|目标任务|预期目标|年度目标|绩效目标$|[一二两三四五六七八九十]年目标|\d{4}年目标|\(到\d{4}年\))/u;
/** The part of a report that plans the next period (2025年工作安排, 预算草案, 下一步工作): its figures are goals. */
// (not the requirements carried out: 关于贯彻落实…省委工作要求方面)
const PLAN_SECTION = /(工作安排|重点工作|主要任务|重点任务|预算草案|预算安排|下一步|下步|下阶段|工作打算|工作思路|(?<!(?:贯彻|落实|部署)[^、]{0,24})工作要求|工作计划|工作重点|(?<!主要)工作措施|(?<!主要)工作举措)/u;
/** A report looks back (统计公报, 督查通报, 预算执行情况的报告): what no cue marks is status. */
/** A reply to a deputy's proposal (…第128号建议的答复): what was done, then 下一步. */
const REPLY_TITLE = /(?:建议|提案|议案)的(?:答复|复函)/u;
// (and so do an audit's report, a rectification's, an inspection's, a year's report on its work, and a reply)
const REPORT_TITLE = new RegExp(String.raw`(公报|通报|总结|执行情况|执行报告|运行报告|监测报告|典型案例|完成情况|运行情况|进展情况|实施情况|评估报告|统计|年鉴|白皮书|审计工作报告|整改情况|执法检查[^。]{0,8}报告|年度报告|情况的报告|调查报告|评价报告|自评报告|分析报告|抽检(?:信息|情况|结果)|不合格[^,。]{0,6}信息|${REPLY_TITLE.source})`, "u");
/** Titles of policies that the document segmenter does not list (it splits pages by them): 若干政策, 实事项目, 政策解读, 任务分工表. */
// (a judicial interpretation, 关于…的解释, states rules too)
const MORE_POLICY_TITLE = /(政策|项目|解读|问答|一问一答|若干|举措|任务|工程|行动|(?:分工|一览|汇总|分解|分配|任务|项目|计划|安排|明细|指标|目标|评分|考核|评价)表|主要指标|清单|的解释|速览)$/u;

/** A headline reporting what was done: 开展…行动, 召开…会议, 取得…成效. */
const REPORTS_ACTION = /(开展|举办|召开|取得|实现|完成|获批|落地|开通|启动|见效)/u;

/** A headline announcing a policy, kicker and subtitle around it (聚焦新型工业化我市出台…行动方案到2027年…). */
// (and a year's projects announced: 发布2026年十件民生实事项目, 2026年重点民生实事项目出炉)
const NEWS_OF_POLICY = /(出台|印发|发布|制定|推出|实施|部署)[^,;。]{0,30}(方案|规划|意见|办法|条例|措施|计划|纲要|政策|规定|行动|实事项目|重点项目)|(?:实事项目|重点项目|项目清单)(?:出炉|发布|公布)/u;

/** A lead that reports a policy issued: 印发《江南省低空经济高质量发展三年行动方案(2025—2027年)》. */
// (or unnamed: 九部门近日联合印发通知,部署…)
const POLICY_ISSUED = /(印发|出台|发布|制定)了?(?:《[^》]{2,60}(方案|意见|规划|办法|措施|计划|纲要|条例|规定|政策)(?:\([^)]{0,20}\))?》|(?:通知|意见|实施方案|行动方案|若干措施)(?=[,;:。]))/u;

/** A lead that reports the items after it done: 我市重点抓了三件事。 做了以下几方面工作: */
// (not 采取了以下措施: the measures after it are often a scheme's standing terms, 运营满十二个月的…给予补助)
const ITEMS_DONE_LEAD = /了[^,;。!?]{0,10}(?:[两二三四五六七八九十几]|以下|如下)[^,;。!?]{0,6}(?:事|工作|方面|环节|招|步棋|篇文章)[^,;。!?]{0,2}[。:]$/u;
/** A meeting's hearing of a report: 听取和审议了市人民政府关于…工作情况的报告. */
const HEARD_REPORT = /听取(?:和审议)?了[^。]{0,80}(?:报告|汇报)/u;
/** A paragraph opening with an item's marker: 一是, (一), 1., 首先, 第一, */
const ITEM_OPENING = /^(?:[一二三四五六七八九十]是|\(?[一二三四五六七八九十]{1,2}[)、]|\d{1,2}[.、]|首先|其次|再次|最后|第[一二三四五六七八九十]{1,2},)/u;

/**
 * An item opening with a task's title, a verb first and no comma, closed by its stop (第三,持续扩大有效需求。 一是
 * 坚定不移推进产业强市。): a task to do. An item reviewing work names its result after a comma (一是聚焦稳增长,经济回升向好。).
 */
const TASK_ITEM = /^(?:第[一二三四五六七八九十]{1,2},|[一二三四五六七八九十]是|首先,|其次,|再次,|最后,)\s*(?:要)?(?:持续|深化|全力|统筹|坚持|加快|推进|实施|强化|提升|推动|优化|扩大|坚定不移|着力|聚焦|大力|积极|全面|深入|做强|做优|做实|健全|完善|加强|打造|培育|构建|提高|守牢|巩固|促进|深耕|抓好|办好|做好|发展|推行|建立|开展|落实|加大|拓展|丰富|规范)[^,;。!?:]{2,20}。/u;

/**
 * What shows such an item reviews work after all: its title is a result (第五,发展环境持续优化。), or its
 * paragraph reports what is done (今年已开具…, 截至目前).
 */
const TASK_REVIEWED = /^[^。]{0,8}(?:持续|不断|稳步|明显|显著|更加|日益)[\u4e00-\u9fa5]{1,3}。|已经|已(?![\u4e00-\u9fa5]{1,2}的)|截至|以来/u;

/** The kind a figure without a cue takes in a document: a report reports, a policy plans, news reports. */
function documentKind(draft: DraftDocument): Kind {
  const title = draft.title?.text ?? "";
  if (REPORT_TITLE.test(title)) return "status";
  // (so does a table printed as a policy's attachment: 附件1 / 居民生活用水阶梯价格表 sets the prices; a list of
  // the units named, 见习基地名单, tells what they are)
  if (draft.genre === "policy" || (draft.attached && !/(名单|名录)$/u.test(title.replace(/\([^()]*\)$/u, "")))) return "goal";
  // news of a policy (我市出台制造业数字化转型行动方案; a lead: 日前,省政府办公厅印发《…行动方案》) reports what the policy plans
  if (POLICY_TITLE.test(title) || NEWS_OF_POLICY.test(title)) return "goal";
  // (not a lead that looks back over what was done since: 今年以来,我省…出台《…若干措施》,统筹抓好…)
  if (draft.paras.slice(0, 2).some((para) => POLICY_ISSUED.test(para.passage.text.slice(0, 120)) && !/以来|截至|已经|已/u.test(para.passage.text.slice(0, 60)))) return "goal";
  // (a headline reporting an action carried out, 市市场监管局开展…专项行动, is news of it)
  return draft.byline === null && MORE_POLICY_TITLE.test(title.replace(/\([^()]*\)$/u, "")) && !REPORTS_ACTION.test(title) ? "goal" : "status";
}

function figuresOf(draft: DraftDocument, shape: Structure, explain: boolean, findings: Findings, dateYear: number | null): PlacedTarget[] {
  const defaultKind = documentKind(draft);
  // (in a report whatever has no cue is status anyway: its plan year matters in the part that plans);
  // a policy whose title names no year plans from the year it is dated
  const planFrom = (draft.title ? planYearOf(draft.title.text) : null) ?? (defaultKind === "goal" ? dateYear : null);
  const plain: FigureOptions = { defaultKind, explain, inGoals: false, planFrom, itemsReportWork: REPLY_TITLE.test(draft.title?.text ?? ""), writtenIn: dateYear };
  const byPurpose = {
    plain,
    review: { ...plain, defaultKind: "status", inReview: true },
    goals: { ...plain, defaultKind: "goal", inGoals: true },
    plan: { ...plain, defaultKind: "goal" },
  } satisfies Record<string, FigureOptions>;
  // a report's part on a year after the one it reports (2025年预算执行情况和2026年预算草案: 三、扎实做好2026年财政工作) plans
  // (a speech or report naming no year in its title speaks from its date: 二、关于2026年工作 in one given in 2025 plans)
  const reportYear = defaultKind === "status" ? ((draft.title ? firstYearOf(draft.title.text) : null) ?? dateYear) : null;
  const plansLaterYear = (title: string) => reportYear !== null && (firstYearOf(title) ?? 0) > reportYear;
  // (and its part on the year it reports, 二、2024年主要工作 in a 2024年度工作总结, looks back)
  const isReport = REPORT_TITLE.test(draft.title?.text ?? "");
  const reviewsReportYear = (title: string) => isReport && reportYear !== null && firstYearOf(title) === reportYear && !PLAN_SECTION.test(title);
  // sections are listed parents first: a section without a purpose in its title has its parent's
  const purposes: Array<keyof typeof byPurpose> = [];
  for (const section of shape.sections) {
    const title = section.title.text;
    // a task that builds on a base (夯实产业发展基础) looks ahead, not back
    const own = (REVIEW_SECTION.test(title) && !isTaskTitle(title)) || reviewsReportYear(title) ? "review" : GOALS_SECTION.test(title) ? "goals" : PLAN_SECTION.test(title) || plansLaterYear(title) ? "plan" : null;
    purposes[section.key] = own ?? (section.parentKey !== null ? purposes[section.parentKey]! : "plain");
  }
  // headings and their subtitles name a section; their numbers are not figures
  const headingParas = new Set(shape.sections.flatMap((s) => [...(s.implicit ? [] : [s.title]), ...(s.subtitle ? [s.subtitle] : [])]));
  const out: PlacedTarget[] = [];
  const measureAt = measureIndex(shape);
  // items after a lead that reports them done (我市重点抓了三件事。 / 一是推动流程再造…) report work, as a reply's do
  let afterDoneLead = false;
  draft.paras.forEach((para, index) => {
    const reportedItems = afterDoneLead;
    afterDoneLead = ITEMS_DONE_LEAD.test(para.passage.text) || (afterDoneLead && ITEM_OPENING.test(para.passage.text));
    if (headingParas.has(para.passage)) return;
    const sectionKey = shape.paraSection[index];
    const purposeOptions = byPurpose[sectionKey !== null && sectionKey !== undefined ? purposes[sectionKey]! : "plain"];
    // (a paragraph recounting a report a meeting heard, 会议听取和审议了…的报告。…2024年…追回医保基金1.27亿元, reports)
    const recountsReport = purposeOptions.defaultKind === "goal" && !purposeOptions.inGoals && HEARD_REPORT.test(para.passage.text.slice(0, 120));
    // (and an item run in under a task's title, 第三,持续扩大有效需求。…, sets out a task, in the news of a report too;
    // a reply's items report the work done under such titles: 第三,强化应急供水保障。我局配备应急送水车9辆)
    const setsTask = purposeOptions.defaultKind === "status" && !purposeOptions.inReview && !purposeOptions.itemsReportWork && !reportedItems && TASK_ITEM.test(para.passage.text) && !TASK_REVIEWED.test(para.passage.text);
    const options = reportedItems && ITEM_OPENING.test(para.passage.text) ? { ...purposeOptions, itemsReportWork: true } : recountsReport ? { ...purposeOptions, defaultKind: "status" as const } : setsTask ? { ...purposeOptions, defaultKind: "goal" as const } : purposeOptions;
    const found = para.block.kind === "table" ? extractTableAndCellFigures(para.block.rows, options, findings, para.block.tableUnit) : extractFigures(para.passage, options, findings);
    for (const target of found) {
      const measure = measureAt(target.range.start);
      // placed in place: a copy per figure is measurable garbage on large files
      const placed = target as PlacedTarget;
      placed.sectionKey = measure?.sectionKey ?? shape.paraSection[index] ?? null;
      placed.measureKey = measure?.key ?? null;
      out.push(placed);
    }
  });
  return out;
}

/**
 * The innermost measure whose text holds a normalized offset, found by binary search over the measures'
 * ranges sorted by start (a paragraph may hold tens of thousands of measures and as many figures).
 */
function measureIndex(shape: Structure): (offset: number) => MeasureDraft | undefined {
  const ranges = shape.measures
    .flatMap((measure) => measure.whole.toRanges(0, measure.whole.length).map((range) => ({ start: range.start, end: range.end, measure })))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.measure.key - b.measure.key);
  return (offset) => {
    const last = lastAtOrBefore(ranges.length, (i) => ranges[i]!.start, offset);
    // the nearest range starting at or before the offset, or an enclosing one a few steps back (nesting is shallow)
    for (let k = last; k >= 0 && k > last - 64; k--) if (ranges[k]!.end > offset) return ranges[k]!.measure;
    return undefined;
  };
}

/**
 * For each finding, the document it belongs to: the one whose text holds its place, else (a dropped
 * pull quote) the one printed last before it. Findings with no place belong to the file (null).
 */
function ownersOf(findings: Finding[], drafts: DraftDocument[]): Array<number | null> {
  const places: Array<{ start: number; end: number; doc: number }> = [];
  drafts.forEach((draft, doc) => {
    const passages = draft.title ? [draft.title, ...draft.paras.map((p) => p.passage)] : draft.paras.map((p) => p.passage);
    for (const passage of passages) for (const range of passage.toRanges(0, passage.length)) places.push({ start: range.start, end: range.end, doc });
  });
  places.sort((a, b) => a.start - b.start);
  return findings.map((finding) => {
    const at = finding.range?.start;
    if (at === undefined) return null;
    // the last place starting at or before the finding: it holds the finding, or is the nearest before it
    const last = lastAtOrBefore(places.length, (i) => places[i]!.start, at);
    return last < 0 ? null : places[last]!.doc;
  });
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.range?.start ?? -1) - (b.range?.start ?? -1) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The earliest year a title names (2025年预算执行情况和2026年预算草案: 2025), or null. */
function firstYearOf(title: string): number | null {
  const years = [...title.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].map((m) => Number(m[1]));
  return years.length > 0 ? Math.min(...years) : null;
}

function formatOf(path: string): Format {
  return /\.(md|markdown)$/i.test(path) ? "markdown" : "text";
}

function stemOf(path: string): string {
  const base = path.split("/").pop() ?? path;
  return base.replace(/\.[^.]+$/, "") || base;
}
