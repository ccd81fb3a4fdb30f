/**
 * Stage 3: normalized text to blocks. Plain text and Markdown are two adapters that produce the same
 * Block type, so no later stage asks which format a block came from. A plain-text block is one
 * non-empty line (government sites put one paragraph on a line, often without blank lines between);
 * Markdown paragraphs are split into their lines for the same reason.
 */
import { GROUP_HEADER, smallChineseNumber, withoutSpreading } from "../text/chars.js";
import { Passage, trimmedBounds, type Range } from "../text/passage.js";
import { markdownBlocks } from "./markdown.js";

export type BlockKind = "line" | "heading" | "item" | "table";

export interface ListInfo {
  ordered: boolean;
  /** The number an ordered item stands for; null for unordered items. */
  ordinal: number | null;
  /** The marker as printed ("1." "-" "*"). */
  marker: string;
  markerRange: Range;
}

export interface Block {
  kind: BlockKind;
  /** The block's text without surrounding white space (and, in Markdown, without markup). */
  passage: Passage;
  /** Markdown heading depth (1-6), or the nesting depth of a list item (1 = top). */
  depth: number;
  list: ListInfo | null;
  /** Length of a bold lead at the start of the block (Markdown **…**), 0 when none. */
  strongLead: number;
  /**
   * The rest of a line that opened with a byline or 上接 (本报讯(记者 XX)记者从县供销合): the body's first
   * words, never a heading, and unfinished unless it ends a sentence.
   */
  opensBody?: boolean;
  /**
   * A line that stands whole as printed and is never a heading: an entry of a list of names or bodies (a 名单:
   * 王建国　　…科长, 自贡市荣县应急管理局), or a form's table caption or group label (第二十条第(一)项).
   */
  entry?: boolean;
  /** A line printed with a paragraph's indent (one to four spaces): its printed width is two characters more. */
  indented?: boolean;
  /** The display columns of white space before a line's text: where a layout copy's cells stand counts from the line's start. */
  indent?: number;
  /** A blank line stands before the line: in a copy that separates its paragraphs so, a line without one goes on with the paragraph. */
  afterBlank?: boolean;
  /** Table rows of cells, for kind "table". */
  rows: Passage[][];
  /** The unit a table states for all its cells (单位：% above it), when it states one. */
  tableUnit?: string;
}

export type Format = "text" | "markdown";

export function toBlocks(normalized: string, format: Format): Block[] {
  const blocks = format === "markdown" ? markdownBlocks(normalized) : textBlocks(normalized, 0, normalized.length);
  return markListEntries(groupTables(blocks));
}

/**
 * A line of a list: a person's name spaced apart from the post (王建国　　…科长, 吉克阿依(女,彝族)　　…), or
 * a body's name (…应急管理局, …镇人民政府, …第三大队); short, no marker and no punctuation of a sentence.
 */
const LIST_ENTRY = /^(?:[\u4e00-\u9fa5·]{1,4}(?: [\u4e00-\u9fa5·]{1,3})?(?:\([^()]{1,8}\))?\s{2,}[^\s。;!?:,]{2,36}|[\u4e00-\u9fa5·]{1,4}(?: [\u4e00-\u9fa5·]{1,3})?(?:\([^()]{1,8}\))? [^\s。;!?:,]{2,36}(?:长|主任|书记|员|师|委员|经理|干部|教师|医生|专家|代表)|[^\s。;!?:,、“《]{4,36}(?:局|科|处|室|股|政府|队|中心|公司|院|所|站|委员会|委|办|办公室|村|社区|街道|镇|乡|学校|中学|小学|幼儿园|医院|协会|商会|合作社|厂|馆|部|厅|集团|银行|行))$/u;
/** How many such lines in a row make a list: fewer may be a title block, or headings without a body. */
const LIST_ENTRIES_IN_A_ROW = 5;

/** A list's group line between its entries: 南宁市(4名), 自治区直属单位(2名); a heading of its own. */
export const LIST_GROUP = /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))?[\u4e00-\u9fa5]{2,16}\(\d{1,3}[名个家人位]\)$/u;

/**
 * Marks the lines of lists of names (a 名单's entries, one per line) as entries: runs of LIST_ENTRIES_IN_A_ROW or
 * more, group lines between them left as they are.
 */
function markListEntries(blocks: Block[]): Block[] {
  const isEntry = (k: number) => blocks[k]!.kind === "line" && blocks[k]!.passage.length <= 40 && LIST_ENTRY.test(blocks[k]!.passage.text);
  for (let i = 0; i < blocks.length; ) {
    let end = i;
    let entries = 0;
    while (end < blocks.length && (isEntry(end) || (entries > 0 && blocks[end]!.kind === "line" && LIST_GROUP.test(blocks[end]!.passage.text)))) {
      if (isEntry(end)) entries++;
      end++;
    }
    if (entries >= LIST_ENTRIES_IN_A_ROW) for (let k = i; k < end; k++) if (isEntry(k)) blocks[k]!.entry = true;
    i = Math.max(end, i + 1);
  }
  return blocks;
}

export function lineBlock(passage: Passage, indented = false, indent = 0, afterBlank = false): Block {
  // (every line block has the same fields, set in one order: one object shape for the stages that read them)
  return { kind: "line", passage, depth: 0, list: null, strongLead: 0, indented, indent, afterBlank, rows: [] };
}

/** Each non-empty line of normalized[from, to) as a block. */
export function textBlocks(normalized: string, from: number, to: number): Block[] {
  const blocks: Block[] = [];
  let lineStart = from;
  let blank = true;
  while (lineStart < to) {
    let lineEnd = normalized.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const { start, end } = withoutHtmlEnds(normalized, trimmedBounds(normalized, lineStart, lineEnd));
    if (end > start) {
      const indented = start - lineStart >= 1 && start - lineStart <= 4;
      const indent = start > lineStart ? displayWidth(normalized.slice(lineStart, start)) : 0;
      for (const [from, to] of articlesOfLine(normalized, start, end)) {
        for (const [a, b] of itemsOfLine(normalized, from, to)) blocks.push(lineBlock(Passage.of(normalized, a, b), a === start && indented, a === start ? indent : 0, a === start && blank));
      }
      blank = false;
    } else blank = true;
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/** Leftovers of a web page at a line's ends (&nbsp;, <br>): no part of the text. */
const HTML_TAIL = /(?:\s|&nbsp;|<br\s*\/?>|<\/?p>)+$/iu;
const HTML_HEAD = /^(?:\s|&nbsp;|<br\s*\/?>|<\/?p>)+/iu;

/** The bounds without web leftovers at either end; tried only where a line ends in > or ; or starts with & or <. */
function withoutHtmlEnds(text: string, bounds: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = bounds;
  if (end > start && (text.charCodeAt(end - 1) === 0x3e || text.charCodeAt(end - 1) === 0x3b)) {
    const tail = HTML_TAIL.exec(text.slice(start, end));
    if (tail) end = start + tail.index;
  }
  if (end > start && (text.charCodeAt(start) === 0x26 || text.charCodeAt(start) === 0x3c)) {
    const head = HTML_HEAD.exec(text.slice(start, end));
    if (head) start += head[0].length;
  }
  return { start, end };
}

/** An item of a (一)(二)(三) series run on inside a paragraph, after a stop or a comma. */
const RUN_ON_ITEM = /[,;:。]\s*\(([一二三四五六七八九十]{1,3})\)(?=[\u4e00-\u9fa5“])/gu;
/** The same for a (1)(2)(3) series, looked for in a line that opens with (1). */
const RUN_ON_ARABIC_ITEM = /[,;:。]\s*\((\d{1,2})\)(?=[\u4e00-\u9fa5“])/gu;
/** And for a 1. 2. 3. series, in a line that opens with 1. (after a stop only: 1.5 and 2.3万 are numbers). */
const RUN_ON_DOT_ITEM = /[;。]\s*(\d{1,2})\.(?!\d)(?=[\u4e00-\u9fa5“])/gu;

/**
 * A line's items when a (一)(二)(三) or (1)(2)(3) series runs on inside it (…提出,(一)扩大老年助餐服务,…(二)拓展…):
 * one block each, as if printed one per line, when two or more follow each other in order; else the line whole.
 */
function itemsOfLine(text: string, start: number, end: number): Array<[number, number]> {
  // (the line's own text is searched, never the rest of the file: a file with few brackets stays linear)
  const cuts = runOnItemStarts(text.slice(start, end));
  if (cuts.length === 0) return [[start, end]];
  const edges = [start, ...cuts.map((cut) => start + cut), end];
  return edges.slice(1).map((to, k): [number, number] => {
    const bounds = trimmedBounds(text, edges[k]!, to);
    return [bounds.start, bounds.end];
  }).filter(([a, b]) => b > a);
}

/** Where the run-on items of a line start (never 0), or none when the line holds no run-on series in order. */
export function runOnItemStarts(line: string): number[] {
  if (line.length < 12) return [];
  const cuts: Array<{ at: number; ordinal: number }> = [];
  // (a note's label may stand before its first item: 注:1.…;2.…;3.…)
  const firstDot = /^(?:(?:注|说明|备注|附注)\s*:\s*)?(\d{1,2})\.(?!\d)/u.exec(line);
  if (!firstDot && !line.includes("(")) return [];
  const firstArabic = firstDot ? null : /^\((\d{1,2})\)/u.exec(line);
  const first = firstDot ?? firstArabic ?? /^\(([一二三四五六七八九十]{1,3})\)/u.exec(line);
  const ordinalOf = firstDot || firstArabic ? Number : smallChineseNumber;
  if (first) cuts.push({ at: 0, ordinal: ordinalOf(first[1]!) });
  for (const m of line.matchAll(firstDot ? RUN_ON_DOT_ITEM : firstArabic ? RUN_ON_ARABIC_ITEM : RUN_ON_ITEM)) cuts.push({ at: m.index + m[0].search(/[(\d]/u), ordinal: ordinalOf(m[1]!) });
  const inOrder = cuts.length >= 2 && cuts.every((cut, k) => k === 0 || cut.ordinal === cuts[k - 1]!.ordinal + 1);
  return inOrder ? cuts.map((cut) => cut.at).filter((at) => at > 0) : [];
}

/** An article that starts a line (第6条 …). */
const ARTICLE_START = /^第[\d一二三四五六七八九十百]{1,5}条\s/u;
/** An article run on after the previous one's last sentence, spaced apart (…5万元。 第7条 创新券…). */
const RUN_ON_ARTICLE = /。\s+(?=第[\d一二三四五六七八九十百]{1,5}条\s)/gu;

/** A line's articles: one piece, unless articles were run together on it (a web page's lost line breaks). */
function articlesOfLine(text: string, start: number, end: number): Array<[number, number]> {
  if (text.charCodeAt(start) !== 0x7b2c || !ARTICLE_START.test(text.slice(start, start + 12))) return [[start, end]];
  const line = text.slice(start, end);
  const pieces: Array<[number, number]> = [];
  let from = start;
  for (const m of line.matchAll(RUN_ON_ARTICLE)) {
    pieces.push([from, start + m.index + 1]);
    from = start + m.index + m[0].length;
  }
  pieces.push([from, end]);
  return pieces;
}

const TABLE_ROW = /^\|.*\|$/;
/** A pipe table typed without its outer bars (考核项目 | 分值(分) | 评分标准): a header of three or more cells. */
const BARE_PIPE_HEADER = /^[^|]{1,30}(?:\|[^|]{1,30}){2,}\|?$/u;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/**
 * Runs of pipe-table lines (Markdown tables, and text tables typed the same way) become one table block,
 * and so do indicator tables whose columns are spaced apart (copied from Word or PDF, see spacedTable).
 */
function groupTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== "line" || !TABLE_ROW.test(block.passage.text)) {
      const spaced = block.kind !== "line" ? null : BOX_LINE.test(block.passage.text) ? boxTable(blocks, i) : block.passage.text.includes("|") ? bareTable(blocks, i) : (cellPerLineTable(blocks, i) ?? raggedTable(blocks, i) ?? spacedTable(blocks, i) ?? tabbedTable(blocks, i));
      if (spaced) {
        // (a template table's caption on the line above its header, 第二十条第(一)项, is no heading)
        const above = out[out.length - 1];
        if (above?.kind === "line" && above.passage === blocks[i - 1]?.passage && (("caption" in spaced && spaced.caption) || ARTICLE_CAPTION.test(above.passage.text))) above.entry = true;
        out.push(spaced.table);
        i = spaced.end - 1;
      } else out.push(block);
      continue;
    }
    let j = i;
    const lines: Passage[] = [];
    while (j < blocks.length && blocks[j]!.kind === "line" && TABLE_ROW.test(blocks[j]!.passage.text)) lines.push(blocks[j++]!.passage);
    if (lines.length < 2) {
      out.push(block);
      continue;
    }
    const rows = lines.filter((line) => !TABLE_RULE.test(line.text)).map(splitCells);
    out.push(withUnitAbove({ kind: "table", passage: joinLines(lines), depth: 0, list: null, strongLead: 0, rows }, blocks, i));
    i = j - 1;
  }
  return out;
}

/** A pipe table without outer bars at blocks[i]: its header and the lines after it with bars of their own. */
function bareTable(blocks: Block[], i: number): { table: Block; end: number } | null {
  const head = blocks[i]!.passage.text;
  if (!BARE_PIPE_HEADER.test(head)) return null;
  let end = i + 1;
  while (end < blocks.length && blocks[end]!.kind === "line" && blocks[end]!.passage.text.includes("|") && !TABLE_ROW.test(blocks[end]!.passage.text)) end++;
  // (a site's navigation, 首页 | 机构 | 政务公开, has bars too, but no numbers under its first line)
  if (end - i < 2 || !blocks.slice(i + 1, end).some((block) => /\d/u.test(block.passage.text))) return null;
  const lines = blocks.slice(i, end).map((block) => block.passage);
  const rows = lines.filter((line) => !TABLE_RULE.test(line.text)).map(splitCells);
  return { table: withUnitAbove({ kind: "table", passage: joinLines(lines), depth: 0, list: null, strongLead: 0, rows }, blocks, i), end };
}

/** A line of a table drawn with box characters: a rule (┌───┬───┐) or a row (│科　目│本季发生额│). */
const BOX_LINE = /^[┌├└┏┣┗╔╠╚│┃║]/u;
const BOX_RULE = /^[─━═┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬\s]+$/u;
const BOX_BAR = /[│┃║]/u;

/** A table drawn with box characters at blocks[i]: its rows are the lines between bars, its rules no rows. */
function boxTable(blocks: Block[], i: number): { table: Block; end: number } | null {
  let end = i;
  while (end < blocks.length && blocks[end]!.kind === "line" && BOX_LINE.test(blocks[end]!.passage.text)) end++;
  const lines = blocks.slice(i, end).map((block) => block.passage);
  const rows = lines.filter((line) => !BOX_RULE.test(line.text)).map((line) => barCells(line));
  if (rows.length < 2 || rows.some((row) => row.length < 2)) return null;
  return { table: withUnitAbove({ kind: "table", passage: joinLines(lines), depth: 0, list: null, strongLead: 0, rows }, blocks, i), end };
}

/** The cells between a drawn row's bars (│一、经营收入│ 92.50│ 188.30│), trimmed. */
function barCells(line: Passage): Passage[] {
  const cells: Passage[] = [];
  const text = line.text;
  let start = BOX_BAR.test(text.charAt(0)) ? 1 : 0;
  for (let at = start; at <= text.length; at++) {
    if (at === text.length || BOX_BAR.test(text.charAt(at))) {
      if (at > start) cells.push(line.slice(start, at).trim());
      start = at + 1;
    }
  }
  return cells;
}

/** A table with the unit stated for all its cells on one of the two lines above it (单位：个), when one is. */
function withUnitAbove(table: Block, blocks: Block[], i: number): Block {
  // (one unit line may stand over several tables, each under a heading of its own: 单位：亿元 / ## 一、… / table /
  // ## 二、… / table; a paragraph of prose between ends its reach)
  for (let k = i - 1; k >= 0 && k >= i - 60; k--) {
    const text = blocks[k]!.passage.text;
    // (or at the end of a line naming the unit reporting: 单位名称:青岚县财政局　　单位:万元)
    const unit = TABLE_UNIT.exec(text)?.[1] ?? (k >= i - 2 ? TABLE_UNIT_AFTER_NAME.exec(text)?.[1] : undefined);
    if (unit !== undefined) {
      table.tableUnit = unit;
      break;
    }
    if (k < i - 2 && blocks[k]!.kind !== "heading" && (text.includes("。") || (text.length > 60 && !TABLE_ROW.test(text)))) break;
  }
  return table;
}

function splitCells(line: Passage): Passage[] {
  const cells: Passage[] = [];
  const text = line.text;
  let start = text.startsWith("|") ? 1 : 0;
  for (let i = start; i <= text.length; i++) {
    if (i === text.length || text[i] === "|") {
      if (i > start || i < text.length) cells.push(line.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (text.endsWith("|") && cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
  return cells;
}

/** A header cell that makes a spaced line an indicator table's header: a year, a base or target value. */
// (a year may be written without 年 before the value it heads: 2025基期值, 2030目标值)
const YEAR_HEADER = /^(\d{4}年|\d{4}(?=基期|目标|现状|预期|规划|完成|实际|计划)|基期值|目标值|现状值|预期值)/u;
/** What a header line holds somewhere (a YEAR_HEADER cell, a ROW_LABEL_FIRST cell): lines without it are not tried. */
const HEADER_HINT = /\d{4}年|\d{4}(?:基期|目标|现状|预期|规划|完成|实际|计划)|基期值|目标值|现状值|预期值|^(?:[\u4e00-\u9fa5]{0,4}(?:指\s*标|项\s*目|类\s*别|名\s*称)|序\s*号)|[\u4e00-\u9fa5]\((?:%|‰|[\u4e00-\u9fa5]{1,4})\)\s/u;
/** The first header cell of a table without year columns: it names the rows. */
const ROW_LABEL_FIRST = /^[\u4e00-\u9fa5]{0,4}(?:指标|项目|类别|名称)$/u;
/** A table's unit line: 单位：%, 计量单位：万元. */
// (one unit for all its cells: 单位：万亩、万株 names one per column, which is not told here)
const TABLE_UNIT = /^\(?(?:计量)?单位\s*:\s*([^\s,;。()、]{1,8})(?:\([^()]{1,4}\))?\)?$/u;

const TABLE_UNIT_AFTER_NAME = /^(?:单位名称|编制单位|填报单位)\s*:[^:]{2,40}\s(?:计量)?单位\s*:\s*([^\s,;。()、]{1,8})$/u;

/** A table's lines as one passage, a line break between each two (as printed). */
function joinLines(lines: Passage[]): Passage {
  return Passage.join(lines.flatMap((line, k) => (k === 0 ? [line] : [new Passage("\n", []), line])));
}

/** A header cell that names the table's rows or its attributes. */
const LABEL_HEADER = /(指标|属性|单位|项目|类别|名称|地区)/u;
/** A column header that names its unit (任务数(个), 完成率(%)): two of them make a table of counts. */
const UNIT_HEADER = /[\u4e00-\u9fa5]\((?:%|‰|[\u4e00-\u9fa5]{1,4}(?:\/[\u4e00-\u9fa5]{1,3})?)\)$/u;
/** A data cell: a number (≥90, [9], 〔13.5〕, 1,200, 5.5%左右) or a dash for none. */
const VALUE_CELL = /^([[〔]?[≥≤><]?\d[\d.,]*|—+|-+)/u;
/** A cell that is a number and nothing else: a 序号 cell, or a value where a row's label should stand. */
const NUMBER_CELL = /^\d+\.?$/u;

/**
 * A table printed as text, its columns spaced or tab-separated, starting at blocks[i]: a header of three
 * or more short cells that is an indicator table's (a year column, and a 指标/属性 column, a 序号 column
 * or a second year column), a statistical table's (指标 | 全市 | 城市 | 农村) or a task table's (序号 |
 * 重点任务 | 牵头单位), then the lines with as many cells: values after the label, or a number first in a
 * task table. Prose has no runs like that, so nothing else is taken for one.
 */
const HEADER_NOTES = /^(?:\s*\([^()]{1,8}\)){1,6}\s*$/u;

function spacedTable(blocks: Block[], i: number): { table: Block; end: number } | null {
  // every line is tried: rule out the many that cannot be a header before cutting any into cells
  const line = blocks[i]!.passage.text;
  // (a unit line above it, 单位：万亩, says a table follows whatever its header names)
  if (line.length > 120 || (!line.includes(" ") && !line.includes("\t"))) return null;
  const unitAbove = [blocks[i - 1], blocks[i - 2]].some((block) => block !== undefined && TABLE_UNIT.test(block.passage.text));
  if (!HEADER_HINT.test(line) && !unitAbove && !UNIT_HEADER.test(line)) return null;
  const header = spacedCells(blocks[i]!.passage);
  const texts = header.map((cell) => withoutSpreading(cell.text));
  // (two columns do when the second names its unit and the rows under it are a label and a number each:
  // 补贴对象 | 每餐补贴(元) / 80周岁及以上老年人 | 3)
  const pairs = header.length === 2 && UNIT_HEADER.test(texts[1]!) && [1, 2].every((k) => blocks[i + k]?.kind === "line" && /^\S.*\s\d[\d.,]*%?$/u.test(blocks[i + k]!.passage.text) && spacedCells(blocks[i + k]!.passage).length === 2);
  if ((header.length < 3 && !pairs) || header.some((cell) => cell.length > 20)) return null;
  // a year column, and a column naming the rows (指标, 属性), a 序号 column or a second year column; or,
  // in a statistical table without years (指标 全市 城市 农村), a first column naming the rows
  const yearColumns = texts.filter((text) => YEAR_HEADER.test(text)).length;
  const labelled = texts.some((text) => LABEL_HEADER.test(text));
  // a task table (序号 | 重点任务 | 牵头单位 | 完成时限) has numbered rows of words
  const numbered = /^(?:序号|排名|位次|名次)$/u.test(texts[0]!);
  // a first column that groups rows (类别) is printed on a group's first row only: the others are a cell short
  const grouped = GROUP_HEADER.test(texts[0]!);
  // (or a table of counts whose columns name their units: 县(市、区) | 任务数(个) | 已完成(个) | 完成率(%))
  const unitColumns = texts.slice(1).filter((text) => UNIT_HEADER.test(text)).length;
  if (!unitAbove && !pairs && (yearColumns === 0 ? !ROW_LABEL_FIRST.test(texts[0]!) && !(numbered && header.length >= 3) && unitColumns < 2 : !(yearColumns >= 2 || numbered || labelled))) return null;
  const rows = [header];
  let end = i + 1;
  // a header printed over two lines, the second holding only notes under its cells ((基期)　(目标)): the header's
  if (end < blocks.length && blocks[end]!.kind === "line" && HEADER_NOTES.test(blocks[end]!.passage.text)) end++;
  // (in a copy laid out by columns, pdftotext -layout's, the second line's words stand under the cells they finish:
  // 2025年 / 计划投资, 完成率 / (%))
  const columns = layoutColumns(blocks[i]!, header);
  const headerTail = columns !== null && end < blocks.length ? underColumns(blocks[end]!, columns) : null;
  if (headerTail !== null && headerTail.every(({ cell }) => cell.length <= 8 && !VALUE_CELL.test(cell.text))) {
    for (const { column, cell } of headerTail) header[column] = Passage.join([header[column]!, cell]);
    end++;
  }
  // a last column of notes (备注) is empty in most rows: the copy drops the cell
  const notesLast = NOTES_HEADER.test(texts[texts.length - 1]!);
  // a row label wrapped onto a line of its own above the rest of its row (制造业增加值占地区生产总值 / 比重　%　28.6 …)
  let wrappedLabel: { passage: Passage; at: number } | null = null;
  for (; end < blocks.length && blocks[end]!.kind === "line"; end++) {
    const line = blocks[end]!.passage;
    // (in a numbered table a row's first line carries its number: a line of words after it finishes that row, below)
    if (!numbered && wrappedLabel === null && rows.length > 1 && line.length <= 30 && !/[\d。;!?]/u.test(line.text) && spacedCells(line).length === 1 && !PAGE_FOOTER.test(line.text)) {
      wrappedLabel = { passage: line.trim(), at: end };
      continue;
    }
    // a page break inside the table (— 26 — / 兰皋市人民政府公报　2026年第4期): its rows go on after the page's head
    if (rows.length > 1 && PAGE_FOOTER.test(line.text)) {
      const resumes = [end + 1, end + 2, end + 3].find((k) => blocks[k]?.kind === "line" && !PAGE_FOOTER.test(blocks[k]!.passage.text) && rowOfWidth(blocks[k]!.passage, header.length, numbered));
      if (resumes !== undefined && blocks.slice(end + 1, resumes).every((block) => block.kind === "line" && block.passage.length <= 60 && !/[。;!?]/u.test(block.passage.text))) {
        // (the next page may print the header again under 续表1: the rows resume after it)
        end = blocks[resumes]!.passage.text.replace(/\s+/gu, "") === blocks[i]!.passage.text.replace(/\s+/gu, "") ? resumes : resumes - 1;
        continue;
      }
    }
    let cells = withGroupCell(withLabelSplit(spacedCells(line), header.length), header.length, grouped, line);
    // a task table's cell wrapped onto a line of its own ((配合单位:市发展改革委、市科技局)) belongs to the row above,
    // to the cells it stands under where the copy keeps its columns (建设标准厂房22万平方米,引进 / 企业25家以上)
    if (numbered && rows.length > 1 && cells.length < header.length && !NUMBER_CELL.test(cells[0]!.text) && line.length <= 60) {
      // (not a total row, 合计　6960　17.6, nor a page's footer: their numbers stand alone)
      const under = columns !== null && !TOTAL_CELL.test(cells[0]!.text) && !PAGE_FOOTER.test(line.text) ? underColumns(blocks[end]!, columns) : null;
      if (under !== null && under.every(({ column, cell }) => column > 0 && !BARE_NUMBER.test(cell.text))) {
        const above = rows[rows.length - 1]!;
        for (const { column, cell } of under) above[column] = above[column]!.length > 0 ? Passage.join([above[column]!, cell]) : cell;
        continue;
      }
      if (resumesTable(blocks[end + 1], header.length)) continue;
    }
    const total = cells.length >= 2 && TOTAL_CELL.test(cells[0]!.text);
    // (a numbered table's total row has no number: its label stands in the second column, unless its tabs
    // place it in the first, an empty cell after it: 合计\t\t100; a line's leading tab is trimmed with it)
    // (in a table aligned with spaces its cells stand under their columns: 合计   6960   17.6 under 房源数 and 总投资)
    const aligned = total && cells.length < header.length && !line.text.includes("\t") ? (rows.length > 1 ? alignedUnderRow(rows[rows.length - 1]!, blocks[end - 1]!.passage, line) : null) ?? alignedCells(blocks[i]!.passage, line, header.length, numbered ? 1 : 0) : null;
    if (aligned !== null) cells = aligned;
    else if (total && numbered && cells.length < header.length && !(line.text.includes("\t") && cells[1]!.length === 0)) cells = [line.slice(0, 0), ...cells];
    if (notesLast && cells.length === header.length - 1) cells = [...cells, line.slice(line.length, line.length)];
    // a total row whose empty cells the copy dropped (合计	100	), first or last: its cells filled up from the left
    if (total && cells.length <= header.length) {
      rows.push([...cells, ...Array.from({ length: header.length - cells.length }, () => line.slice(line.length, line.length))]);
      continue;
    }
    if (cells.length !== header.length || NUMBER_CELL.test(cells[0]!.text) !== numbered) break;
    if (!numbered && !cells.slice(1).some((cell) => VALUE_CELL.test(cell.text))) break;
    if (wrappedLabel !== null) {
      const label = grouped ? 1 : 0;
      cells = cells.map((cell, k) => (k === label ? Passage.join([wrappedLabel!.passage, cell]) : cell));
      wrappedLabel = null;
    }
    rows.push(cells);
  }
  // (a line that no row followed is no part of the table)
  if (wrappedLabel !== null) end = wrappedLabel.at;
  if (rows.length < 2) return null;
  const lines = blocks.slice(i, end).map((block) => block.passage);
  const table: Block = { kind: "table", passage: joinLines(lines), depth: 0, list: null, strongLead: 0, rows };
  return { table: withUnitAbove(table, blocks, i), end };
}

/** A cell that is a number alone (6960, ≥260, 17.6%): a value of its own, never the rest of a wrapped cell. */
const BARE_NUMBER = /^[≥≤]?-?\d[\d.,]*%?$/u;

/**
 * Where each header cell starts, in display columns from the line's start, when every header cell is one run of
 * characters (no space inside: the copy lays its cells out by columns); null otherwise.
 */
function layoutColumns(headerBlock: Block, header: Passage[]): number[] | null {
  const runs = runColumns(headerBlock.passage.text);
  if (runs.length !== header.length || headerBlock.passage.text.includes("\t")) return null;
  return runs.map((run) => (headerBlock.indent ?? 0) + run.column);
}

/** The words of a line put under the header cells they stand under (a cell's column runs to the next one's start). */
function underColumns(block: Block, columns: number[]): Array<{ column: number; cell: Passage }> | null {
  if (block.kind !== "line" || (block.indent ?? 0) === 0) return null;
  const line = block.passage;
  const spans: Array<{ column: number; from: number; to: number }> = [];
  for (const run of runColumns(line.text)) {
    const at = (block.indent ?? 0) + run.column;
    let column = 0;
    while (column + 1 < columns.length && at >= columns[column + 1]! - 1) column++;
    const last = spans[spans.length - 1];
    // (a cell's words a single space apart are one cell)
    if (last !== undefined && last.column === column) last.to = run.to;
    else spans.push({ column, from: run.from, to: run.to });
  }
  return spans.length > 0 ? spans.map(({ column, from, to }) => ({ column, cell: line.slice(from, to) })) : null;
}

/** How wide a character prints in a monospaced copy: a Han character (or full-width sign) two columns. */
function columnsOf(code: number): number {
  return code >= 0x2e80 ? 2 : 1;
}

/** How wide a text prints, in columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (let at = 0; at < text.length; at++) width += columnsOf(text.charCodeAt(at));
  return width;
}

/** Each run of a spaced line: where it starts and ends in the text and the columns it spans as printed. */
function runColumns(text: string): Array<{ from: number; to: number; column: number; end: number }> {
  const runs: Array<{ from: number; to: number; column: number; end: number }> = [];
  let column = 0;
  let start = -1;
  let startColumn = 0;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 0x20;
    if (code === 0x20 && start >= 0) {
      runs.push({ from: start, to: at, column: startColumn, end: column });
      start = -1;
    } else if (code !== 0x20 && start < 0) {
      start = at;
      startColumn = column;
    }
    column += columnsOf(code);
  }
  return runs;
}

/**
 * A short row's cells put under the header's columns by where they start (each column runs from its header's
 * start to the next one's), its label under `labelColumn` (lines come without their indent), empty cells
 * between; null when two fall under one column or the header's cells are not single runs.
 */
function alignedCells(headerLine: Passage, line: Passage, width: number, labelColumn: number): Passage[] | null {
  const heads = runColumns(headerLine.text);
  const runs = runColumns(line.text);
  if (heads.length !== width || runs.length === 0) return null;
  const shift = heads[labelColumn]!.column - runs[0]!.column;
  const cells: Passage[] = Array.from({ length: width }, () => line.slice(line.length, line.length));
  const used = new Set<number>();
  for (const run of runs) {
    let column = 0;
    while (column + 1 < width && run.column + shift >= heads[column + 1]!.column - 1) column++;
    if (used.has(column)) return null;
    used.add(column);
    cells[column] = line.slice(run.from, run.to);
  }
  return cells;
}

/** Display columns a cell spans in its line, found left to right (a Han character is two wide). */
function cellSpans(line: Passage, cells: Passage[]): Array<{ start: number; end: number }> | null {
  const spans: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const cell of cells) {
    if (cell.length === 0) {
      spans.push({ start: -1, end: -1 });
      continue;
    }
    const found = line.text.indexOf(cell.text, at);
    if (found < 0) return null;
    const start = displayWidth(line.text.slice(0, found));
    spans.push({ start, end: start + displayWidth(cell.text) });
    at = found + cell.length;
  }
  return spans;
}

/**
 * A total row's cells put under the row above's by their right edges (numbers are right-aligned: 合计 … 4650.9 …
 * 240902.0), the shift of indent the copy lost found as the one that lines most of them up; null when none does.
 */
function alignedUnderRow(above: Passage[], aboveLine: Passage, line: Passage): Passage[] | null {
  const spans = cellSpans(aboveLine, above);
  if (spans === null) return null;
  const runs = runColumns(line.text);
  const numeric = runs.filter((run) => /^[≥≤]?-?\d[\d.,]*%?$/u.test(line.text.slice(run.from, run.to)));
  if (numeric.length === 0) return null;
  const isValue = (k: number) => spans[k]!.start >= 0 && VALUE_CELL.test(above[k]!.text);
  const columnOf = (end: number) => spans.findIndex((span, k) => isValue(k) && Math.abs(span.end - end) <= 1);
  let best = { shift: 0, hits: 0 };
  for (const [k, span] of spans.entries()) {
    if (!isValue(k)) continue;
    const shift = span.end - numeric[numeric.length - 1]!.end;
    const hits = numeric.filter((run) => columnOf(run.end + shift) >= 0).length;
    if (hits > best.hits) best = { shift, hits };
  }
  if (best.hits < numeric.length) return null;
  const cells: Passage[] = above.map(() => line.slice(line.length, line.length));
  const used = new Set<number>();
  for (const run of runs) {
    const isNumber = numeric.includes(run);
    // (the label stands under the column whose cell starts nearest to it)
    const column = isNumber ? columnOf(run.end + best.shift) : spans.reduce((nearest, span, k) => (span.start >= 0 && (nearest < 0 || Math.abs(span.start - run.column - best.shift) < Math.abs(spans[nearest]!.start - run.column - best.shift)) ? k : nearest), -1);
    if (column < 0 || used.has(column)) return null;
    used.add(column);
    cells[column] = line.slice(run.from, run.to);
  }
  return cells;
}

/** A page's number printed at its foot (— 26 —). */
const PAGE_FOOTER = /^[—\-–·]\s*\d{1,3}\s*[—\-–·]$/u;

/** Whether a line is a row of `width` cells, numbered as the table's rows are. */
function rowOfWidth(line: Passage, width: number, numbered: boolean): boolean {
  const cells = spacedCells(line);
  return cells.length === width && NUMBER_CELL.test(cells[0]!.text) === numbered;
}

/** A column of notes, empty in most rows. */
const NOTES_HEADER = /^(?:备\s*注|说\s*明|附注)$/u;

/** A table's total row's label. */
const TOTAL_CELL = /^(?:合\s*计|小\s*计|总\s*计|共\s*计)$/u;

/** A header cell printed on a line of its own: a few words without digits or sentence punctuation. */
const HEADER_CELL_LINE = /^[\u4e00-\u9fa5()]{2,10}$/u;

/**
 * A task table copied from a web page one cell per line (序号 / 重点任务 / 责任单位 / 完成时限 / 1 / 建成… /
 * 省发展改革委 / 2027年底 / 2 / …): the header's cells, then rows that each open with their number, 1, 2, 3
 * in order. A row has as many lines as the header has cells; a row with more had a cell wrapped, and its
 * extra lines join its second cell (the task's, the one that runs long). A number in a later column (数量 2)
 * opens no row: a row holds all its cells before the next one opens.
 */
function cellPerLineTable(blocks: Block[], i: number): { table: Block; end: number } | null {
  if (!/^序\s*号$/u.test(blocks[i]!.passage.text)) return null;
  const lineAt = (j: number) => (j < blocks.length && blocks[j]!.kind === "line" ? blocks[j]!.passage : null);
  let j = i + 1;
  while (lineAt(j) && HEADER_CELL_LINE.test(lineAt(j)!.text)) j++;
  const width = j - i;
  if (width < 3 || width > 8) return null;
  const header = blocks.slice(i, j).map((block) => block.passage);
  const rows = [header];
  const opensRow = (at: number, n: number) => lineAt(at)?.text.replace(/\.$/u, "") === String(n);
  while (opensRow(j, rows.length)) {
    const n = rows.length;
    const cells = [lineAt(j)!];
    let k = j + 1;
    // (the last row's cells are only as many as the header's: what follows is the text after the table)
    while (lineAt(k) && lineAt(k)!.length <= 80 && (cells.length < width || (cells.length < width + 3 && !opensRow(k, n + 1) && rowOpensSoon(blocks, k, n + 1)))) cells.push(lineAt(k++)!);
    if (cells.length < width) break;
    const extra = cells.length - width;
    rows.push(extra === 0 ? cells : [cells[0]!, Passage.join(cells.slice(1, 2 + extra).flatMap((cell, c) => (c === 0 ? [cell] : [new Passage(" ", []), cell]))), ...cells.slice(2 + extra)]);
    j = k;
  }
  if (rows.length < 3) return null;
  const lines = blocks.slice(i, j).map((block) => block.passage);
  return { table: withUnitAbove({ kind: "table", passage: joinLines(lines), depth: 0, list: null, strongLead: 0, rows }, blocks, i), end: j };
}

/** Whether row number n opens within the three lines after `at`: the lines before it are the current row's still. */
function rowOpensSoon(blocks: Block[], at: number, n: number): boolean {
  for (let k = at + 1; k <= at + 3 && k < blocks.length && blocks[k]!.kind === "line"; k++) if (blocks[k]!.passage.text.replace(/\.$/u, "") === String(n)) return true;
  return false;
}

/**
 * The runs of non-space characters of a line, each a cell; a label spread out to its column's width
 * (指　　标, 衣　　着: single characters spaced apart at the start of the line) is one cell.
 */
function spacedCells(line: Passage): Passage[] {
  const text = line.text;
  if (text.includes("\t")) return tabbedCells(line);
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    const space = at === text.length || text.charCodeAt(at) === 0x20;
    if (space && start >= 0) {
      runs.push([start, at]);
      start = -1;
    } else if (!space && start < 0) start = at;
  }
  let spread = 0;
  while (spread < runs.length && runs[spread]![1] - runs[spread]![0] === 1 && isHan(text.charCodeAt(runs[spread]![0]))) spread++;
  if (spread >= 2) runs.splice(0, spread, [runs[0]![0], runs[spread - 1]![1]]);
  // (so is a name spaced out inside a row, one space between its characters: 邹　敏, 江　涛)
  for (let k = runs.length - 1; k > 0; k--) {
    const [from, to] = runs[k]!;
    const [previousFrom, previousTo] = runs[k - 1]!;
    if (to - from === 1 && previousTo - previousFrom === 1 && from - previousTo === 1 && isHan(text.charCodeAt(from)) && isHan(text.charCodeAt(previousFrom))) runs.splice(k - 1, 2, [previousFrom, to]);
  }
  return runs.map(([from, to]) => line.slice(from, to));
}

/**
 * Lines of tab-separated cells, three lines or more of as many cells (three or more), whatever the header
 * names (单位\t职务\t值班电话): a table copied from a spreadsheet or a form; no line of it is a title.
 */
function tabbedTable(blocks: Block[], i: number): { table: Block; end: number } | null {
  const first = blocks[i]!.passage;
  if (!first.text.includes("\t")) return null;
  const width = tabbedCells(first).length;
  if (width < 3) return null;
  let end = i + 1;
  while (end < blocks.length && blocks[end]!.kind === "line" && blocks[end]!.passage.text.includes("\t") && tabbedCells(blocks[end]!.passage).length === width) end++;
  if (end - i < 3) return null;
  const lines = blocks.slice(i, end).map((block) => block.passage);
  return { table: withUnitAbove({ kind: "table", passage: joinLines(lines), depth: 0, list: null, strongLead: 0, rows: lines.map(tabbedCells) }, blocks, i), end };
}

/** The article of a law a form's table answers to, over it: 第二十条第(一)项. */
const ARTICLE_CAPTION = /^第[一二三四五六七八九十百\d]{1,5}条(?:第\(?[一二三四五六七八九十\d]{1,3}\)?[项款])?$/u;
/** A template table's cell that holds a count or an amount (0, 2846, 436.52, 11.2%), or nothing. */
const COUNT_CELL = /^(?:-?\d[\d,]*(?:\.\d+)?%?)?$/u;
/** A line between a template table's rows: a caption or a group's label (第二十条第(五)项, 三、本年度办理结果). */
const TABLE_LABEL_LINE = /^[^\t。;!?]{2,40}$/u;

/**
 * A form's tables copied ragged (a government template: 政府信息公开工作年度报告): lines of cells separated by tabs
 * or by two spaces or more, whose cell counts differ, merged cells dropped, captions and group labels on lines of
 * their own. Each
 * header (a row of words over rows of counts) starts a table of its own; a row's words are its label, its
 * counts stand under the header's last columns (右对齐, as merged label cells leave them). The table at
 * blocks[i], through the lines before the next header; `caption` when a caption line stands above it.
 */
function raggedTable(blocks: Block[], i: number): { table: Block; end: number; caption: boolean } | null {
  // (or its columns spaced apart, two spaces or more: 一、本年新收…数量          1108        108          1216)
  const isRowLine = (k: number) => blocks[k]?.kind === "line" && (blocks[k]!.passage.text.includes("\t") || SPACED_CELLS.test(blocks[k]!.passage.text));
  if (!isRowLine(i)) return null;
  // (a row of counts ends in one: 一、本年新收…\t64\t11\t75; an indicator table's ends in words, 预期性, and is not this kind)
  const counts = (k: number) => {
    const cells = spacedCells(blocks[k]!.passage);
    return cells.length >= 2 && cells[cells.length - 1]!.length > 0 && COUNT_CELL.test(cells[cells.length - 1]!.text);
  };
  // (a header holds words only: no count in any cell)
  const words = (k: number) => spacedCells(blocks[k]!.passage).every((cell) => cell.length === 0 || !COUNT_CELL.test(cell.text));
  // (a unit line, 单位：件, starts the next table)
  const isLabelLine = (k: number) => blocks[k]?.kind === "line" && TABLE_LABEL_LINE.test(blocks[k]!.passage.text) && !TABLE_UNIT.test(blocks[k]!.passage.text);
  // the header: words only, with counts on the next tab line
  if (!words(i) || !isRowLine(i + 1) || !counts(i + 1)) return null;
  let end = i + 1;
  let withCounts = 0;
  for (; end < blocks.length; end++) {
    if (isRowLine(end)) {
      // (the next table's header, and the caption lines above it, start the next table)
      // (a header may stand on two lines: 行政复议\t\t\t\t\t行政诉讼 / 结果维持\t结果纠正\t…)
      if (words(end) && isRowLine(end + 1) && (counts(end + 1) || (words(end + 1) && isRowLine(end + 2) && counts(end + 2)))) break;
      if (!counts(end)) return null;
      withCounts++;
      continue;
    }
    if (!(isLabelLine(end) && (isRowLine(end + 1) || (isLabelLine(end + 1) && isRowLine(end + 2))))) break;
  }
  // (the next table's captions belong to it: the lines after this table's last row go back)
  while (end - 1 > i && !isRowLine(end - 1)) end--;
  if (withCounts < 1) return null;
  let header = spacedCells(blocks[i]!.passage);
  // (a table with no line between its rows is read as spacedTable or tabbedTable read it, when they read all of it)
  const lineBetween = blocks.slice(i + 1, end).some((_, k) => !isRowLine(i + 1 + k));
  const regular = lineBetween ? null : (spacedTable(blocks, i) ?? tabbedTable(blocks, i));
  if (regular !== null && regular.end >= end) return { ...regular, caption: false };
  const rows: Passage[][] = [];
  const dataRows = blocks.slice(i + 1, end).filter((_, k) => isRowLine(i + 1 + k)).map((block) => spacedCells(block.passage));
  const countsOf = (cells: Passage[]) => {
    let first = cells.length;
    while (first > 0 && COUNT_CELL.test(cells[first - 1]!.text)) first--;
    return first;
  };
  // (a header naming only the count columns, 自然人 | 法人或其他组织 | 总计 over rows of a label and three counts, or
  // 结果维持 | 结果纠正 | … over rows of counts only, has no label column: one is added)
  if (dataRows.some((cells) => cells.length - countsOf(cells) >= header.length)) header = [blocks[i]!.passage.slice(0, 0), ...header];
  const width = header.length;
  for (const cells of dataRows) {
    const firstCount = countsOf(cells);
    const labelCells = cells.slice(0, firstCount).filter((cell) => cell.length > 0);
    const values = cells.slice(firstCount).slice(-(width - 1));
    const label = labelCells.length > 0 ? Passage.join(labelCells.flatMap((cell, k) => (k === 0 ? [cell] : [new Passage(" ", []), cell]))) : cells[0]!.slice(0, 0);
    const empty = label.slice(label.length, label.length);
    rows.push([label, ...Array.from({ length: width - 1 - values.length }, () => empty), ...values]);
  }
  // the lines between rows (group labels: 三、本年度办理结果) are the table's too
  for (let k = i + 1; k < end; k++) if (!isRowLine(k)) blocks[k]!.entry = true;
  const lines = blocks.slice(i, end).map((block) => block.passage);
  // (or a header's upper line: 行政复议\t\t\t\t\t行政诉讼; never the heading of the part it stands in: 四、…情况)
  const caption = i > 0 && ((isLabelLine(i - 1) && !/^[一二三四五六七八九十]{1,3}、/u.test(blocks[i - 1]!.passage.text)) || (isRowLine(i - 1) && words(i - 1)));
  const table: Block = withUnitAbove({ kind: "table", passage: joinLines(lines), depth: 0, list: null, strongLead: 0, rows: [header, ...rows] }, blocks, i);
  // (a caption may state the unit: 表2  收到和处理政府信息公开申请情况(单位:件))
  const captionUnit = caption ? /\(单位\s*:\s*([^()\s,;、]{1,8})\)$/u.exec(blocks[i - 1]!.passage.text)?.[1] : undefined;
  if (captionUnit !== undefined && table.tableUnit === undefined) table.tableUnit = captionUnit;
  return { table, end, caption };
}

/** A line whose cells are spaced apart: two spaces or more between words. */
const SPACED_CELLS = /\S {2,}\S/u;

/** A tab-separated row's cells: one per tab, empty ones too (合计\t\t\t56000), spaces inside kept. */
function tabbedCells(line: Passage): Passage[] {
  const cells: Passage[] = [];
  const text = line.text;
  for (let from = 0; from <= text.length; ) {
    const tab = text.indexOf("\t", from);
    const to = tab < 0 ? text.length : tab;
    cells.push(line.slice(from, to).trim());
    from = to + 1;
  }
  return cells;
}

/** A grouped table's row without its group cell, given an empty one in its place. */
function withGroupCell(cells: Passage[], wanted: number, grouped: boolean, line: Passage): Passage[] {
  return grouped && cells.length === wanted - 1 ? [line.slice(0, 0), ...cells] : cells;
}

/** Whether a block is a task table's next numbered row (the table goes on after a wrapped cell). */
function resumesTable(block: Block | undefined, width: number): boolean {
  if (block === undefined || block.kind !== "line") return false;
  const cells = spacedCells(block.passage);
  return cells.length === width && NUMBER_CELL.test(cells[0]!.text);
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5;
}

/** A row label typed against its first value (社会保障和就业支出(亿元)18.7): split, when the row is a cell short. */
const LABEL_AND_VALUE = /^(.*[\u4e00-\u9fa5)])(-?\d[\d.,]*%?)$/u;
/** A last value typed against the status word after it (2.36万台(件)完成): split the same way. */
const VALUE_AND_WORD = /^([≥≤]?\d[\d.,]*(?:%|[万亿]?[\u4e00-\u9fa5]{1,2}(?:\([\u4e00-\u9fa5]{1,2}\))?)?)((?:未)?完成|达标|未达标|超额完成|正常|滞后)$/u;

function withLabelSplit(cells: Passage[], wanted: number): Passage[] {
  if (cells.length !== wanted - 1 || cells.length === 0) return cells;
  const glued = LABEL_AND_VALUE.exec(cells[0]!.text);
  if (!glued) {
    // (or a value typed against the word after it, the last column's: 2.36万台(件)完成)
    const last = cells[cells.length - 1]!;
    const valueAndWord = VALUE_AND_WORD.exec(last.text);
    if (!valueAndWord || cells.length < 3) return cells;
    const valueLength = valueAndWord[1]!.length;
    return [...cells.slice(0, -1), last.slice(0, valueLength), last.slice(valueLength)];
  }
  const labelLength = glued[1]!.length;
  return [cells[0]!.slice(0, labelLength), cells[0]!.slice(labelLength), ...cells.slice(1)];
}
