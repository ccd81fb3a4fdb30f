/**
 * The Markdown adapter of the blocks stage: unified + remark-parse give the structure (headings, lists,
 * emphasis); text nodes give the words, each aligned back to its offsets so that titles lose their
 * markup but keep exact spans. The parser is loaded on first use: plain-text runs never pay for it.
 */
import { createRequire } from "node:module";
import { Passage, type Piece } from "../text/passage.js";
import { lineBlock, type Block } from "./blocks.js";

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

type Parse = (text: string) => MdNode;
let parseMarkdown: Parse | undefined;

function parser(): Parse {
  if (!parseMarkdown) {
    // require() of these ES modules is synchronous on Node >= 20.19, which keeps extract() synchronous.
    const require = createRequire(import.meta.url);
    const { unified } = require("unified") as typeof import("unified");
    const remarkParse = (require("remark-parse") as typeof import("remark-parse")).default;
    const processor = unified().use(remarkParse);
    parseMarkdown = (text) => processor.parse(text) as unknown as MdNode;
  }
  return parseMarkdown;
}

/**
 * micromark's time grows faster than the square of the nesting depth (1,000 nested list levels take
 * about a minute). No policy text nests this deep, so such input is read line by line instead: list
 * items, headings and lines, each line's container prefix (indentation, >) read as its depth.
 */
const MAX_CONTAINER_PREFIX = 200;
const CONTAINER_PREFIX = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

function tooDeep(normalized: string): boolean {
  for (let start = 0; start < normalized.length; ) {
    let end = normalized.indexOf("\n", start);
    if (end < 0) end = normalized.length;
    // only a long enough line can hold a long prefix; the regex reads no further than the prefix
    if (end - start > MAX_CONTAINER_PREFIX && CONTAINER_PREFIX.exec(normalized.slice(start, start + MAX_CONTAINER_PREFIX + 16))![0].length > MAX_CONTAINER_PREFIX) return true;
    start = end + 1;
  }
  return false;
}

/**
 * micromark's time grows faster than the length of one document (on a 2 MB file, 1.2 s of 4 went to
 * its edit map alone; a 10 MB file took 48 s), so a long text is parsed in sections of about this many
 * characters, each cut just before an ATX heading at the start of a line. Such a heading always starts
 * a top-level block (it is never a paragraph's continuation, nor inside a list item), so the tree is
 * the same, except inside fenced code, which is never cut, and for a link reference defined in one
 * section and used in another, which then stays literal text.
 */
const SECTION_CHARS = 64 * 1024;
const ATX_HEADING_LINE = /^#{1,6}(?:[ \t]|$)/;
const FENCE_LINE = /^ {0,3}(?:```|~~~)/;

/** A page's front matter (--- / title: … / date: … / ---): the converter's metadata, never the text. */
const FRONT_MATTER = /^---[ \t]*\n((?:[ \t]*(?:[A-Za-z_][\w-]*[ \t]*:.*|-[ \t].*|)\n){1,60}?)---[ \t]*(?:\n|$)/u;

/** The text with its front matter blanked out (spaces, the line breaks kept): offsets stay those of the text. */
function withoutFrontMatter(text: string): string {
  const found = FRONT_MATTER.exec(text);
  return found ? found[0].replace(/[^\n]/gu, " ") + text.slice(found[0].length) : text;
}

function parseTree(normalized: string): MdNode {
  const parse = parser();
  if (normalized.length <= SECTION_CHARS) return parse(normalized);
  const children: MdNode[] = [];
  let sectionStart = 0;
  let inFence = false;
  const parseSection = (end: number) => {
    const tree = parse(normalized.slice(sectionStart, end));
    shiftOffsets(tree, sectionStart);
    children.push(...(tree.children ?? []));
    sectionStart = end;
  };
  for (let lineStart = 0; lineStart < normalized.length; ) {
    let lineEnd = normalized.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = normalized.length;
    const head = normalized.slice(lineStart, Math.min(lineEnd, lineStart + 8));
    if (FENCE_LINE.test(head)) inFence = !inFence;
    else if (!inFence && lineStart - sectionStart >= SECTION_CHARS && ATX_HEADING_LINE.test(head)) parseSection(lineStart);
    lineStart = lineEnd + 1;
  }
  parseSection(normalized.length);
  return { type: "root", children };
}

/** Moves a section's tree to where the section stands in the whole text (an explicit stack: trees can be deep). */
function shiftOffsets(tree: MdNode, by: number): void {
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      if (node.position.start.offset !== undefined) node.position.start.offset += by;
      if (node.position.end.offset !== undefined) node.position.end.offset += by;
    }
    if (node.children) stack.push(...node.children);
  }
}

export function markdownBlocks(given: string): Block[] {
  const normalized = withoutFrontMatter(given);
  const title = frontMatterTitle(given);
  const blocks = tooDeep(normalized) ? flatBlocks(normalized) : treeBlocks(normalized);
  // the front matter's title is the text's, unless the text prints it again as a heading
  if (title && !blocks.some((block) => block.kind === "heading" && block.passage.text === title.text)) blocks.unshift({ ...lineBlock(title), kind: "heading", depth: 1 });
  return blocks.map(withoutPandocAttributes);
}

/** The title: line of a page's front matter (title: "云南省…若干措施"), as a passage of the text. */
function frontMatterTitle(given: string): Passage | null {
  const found = FRONT_MATTER.exec(given);
  if (!found) return null;
  const line = /^[ \t]*title[ \t]*:[ \t]*(["']?)(.+?)\1[ \t]*$/mu.exec(found[0]);
  if (!line) return null;
  const start = line.index + line[0].indexOf(line[2]!, line[0].indexOf(":"));
  return Passage.of(given, start, start + line[2]!.length).trim();
}

/** Pandoc's attributes around a block's text ([]{#_Toc187650123 .anchor}三、保障措施, 总体要求 {#sec-1}): markup, not words. */
const PANDOC_ANCHOR = /^(?:\[\]\{[^}]*\}\s*)+/u;
const PANDOC_ATTRIBUTES = /\s*\{#[^}]*\}$/u;
/** A task list's box ([x] 村庄规划…, [ ] …): markup, not words. */
const TASK_BOX = /^\[[ xX]\]\s+/u;

function withoutPandocAttributes(block: Block): Block {
  const text = block.passage.text;
  const lead = PANDOC_ANCHOR.exec(text)?.[0].length ?? (block.kind === "item" ? TASK_BOX.exec(text)?.[0].length ?? 0 : 0);
  const tail = PANDOC_ATTRIBUTES.exec(text)?.[0].length ?? 0;
  if (lead === 0 && tail === 0) return block;
  return { ...block, passage: block.passage.slice(lead, text.length - tail) };
}

/** The blocks of remark's tree. */
function treeBlocks(normalized: string): Block[] {
  const tree = parseTree(normalized);
  const blocks: Block[] = [];
  // An explicit stack, not recursion: deeply nested lists must not exhaust the call stack.
  const stack: Array<{ node: MdNode; listDepth: number }> = [];
  const pushChildren = (node: MdNode, listDepth: number) => {
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, listDepth });
  };
  pushChildren(tree, 0);
  while (stack.length > 0) {
    const { node, listDepth } = stack.pop()!;
    switch (node.type) {
      case "heading": {
        const passage = inlinePassage(normalized, node).trim();
        if (passage.length > 0) blocks.push({ ...lineBlock(passage), kind: "heading", depth: node.depth ?? 1 });
        break;
      }
      case "paragraph":
        blocks.push(...paragraphLines(normalized, node));
        break;
      case "list": {
        const children = node.children ?? [];
        const first = node.start ?? 1;
        // Items are expanded in reverse so that they come off the stack in order.
        for (let i = children.length - 1; i >= 0; i--) {
          stack.push({ node: { ...children[i]!, type: "listItem", ordered: node.ordered ?? false, start: first + i }, listDepth: listDepth + 1 });
        }
        break;
      }
      case "listItem": {
        const [head, ...rest] = node.children ?? [];
        const itemStart = node.position?.start.offset ?? 0;
        const markerMatch = /^(\d{1,9}[.)]|[-*+])/.exec(normalized.slice(itemStart, itemStart + 12));
        const marker = markerMatch?.[1] ?? (node.ordered ? `${node.start}.` : "-");
        const list = {
          ordered: Boolean(node.ordered),
          ordinal: node.ordered ? (node.start ?? null) : null,
          marker,
          markerRange: { start: itemStart, end: itemStart + marker.length },
        };
        for (let i = rest.length - 1; i >= 0; i--) stack.push({ node: rest[i]!, listDepth });
        if (head?.type === "paragraph") {
          const [first, ...more] = paragraphLines(normalized, head);
          if (first) blocks.push({ ...first, kind: "item", depth: listDepth, list });
          blocks.push(...more);
        } else if (head) {
          stack.push({ node: head, listDepth });
        }
        break;
      }
      case "blockquote":
      case "root":
        pushChildren(node, listDepth);
        break;
      case "html":
        blocks.push(...htmlLines(normalized, node));
        break;
      default:
        // code, thematic breaks and definitions hold no policy text.
        break;
    }
  }
  return blocks;
}

const FLAT_LINE = /^(?<prefix>[ \t>]*)(?:(?<hashes>#{1,6})[ \t]+|(?<marker>[-*+]|(?<number>\d{1,9})[.)])[ \t]+)?/;

/** Markdown too deep to parse, line by line: list items keep their marker and depth, headings their level. */
function flatBlocks(normalized: string): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start < normalized.length; ) {
    let end = normalized.indexOf("\n", start);
    if (end < 0) end = normalized.length;
    const groups = FLAT_LINE.exec(normalized.slice(start, Math.min(end, start + MAX_CONTAINER_PREFIX * 50)))!.groups!;
    const prefix = groups.prefix!.length;
    const bodyStart = start + prefix + (groups.hashes ? groups.hashes.length : groups.marker ? groups.marker.length : 0);
    const passage = Passage.of(normalized, bodyStart, end).trim();
    if (passage.length > 0) {
      if (groups.hashes) blocks.push({ ...lineBlock(passage), kind: "heading", depth: groups.hashes.length });
      else if (groups.marker) {
        const ordinal = groups.number === undefined ? null : Number(groups.number);
        const markerStart = start + prefix;
        const list = { ordered: ordinal !== null, ordinal, marker: groups.marker, markerRange: { start: markerStart, end: markerStart + groups.marker.length } };
        blocks.push({ ...lineBlock(passage), kind: "item", depth: Math.floor(prefix / 2) + 1, list });
      } else blocks.push(lineBlock(passage));
    }
    start = end + 1;
  }
  return blocks;
}

const HTML_TAG = /<[^>]*>|&nbsp;|&#160;/giu;

/**
 * The words of an HTML block (<p align="center"><strong>…政策解读</strong></p>): one line block per line,
 * its text between the tags; comments, scripts and styles hold none.
 */
function htmlLines(normalized: string, node: MdNode): Block[] {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (/^\s*<(?:!--|script|style)/iu.test(normalized.slice(start, start + 12))) return [];
  const blocks: Block[] = [];
  for (let lineStart = start; lineStart < end; ) {
    let lineEnd = normalized.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = normalized.slice(lineStart, lineEnd);
    const words: Passage[] = [];
    let at = 0;
    for (const tag of line.matchAll(HTML_TAG)) {
      if (tag.index > at) words.push(Passage.of(normalized, lineStart + at, lineStart + tag.index));
      at = tag.index + tag[0].length;
    }
    if (at < line.length) words.push(Passage.of(normalized, lineStart + at, lineEnd));
    const passage = Passage.join(words).trim();
    if (passage.length > 0) blocks.push(lineBlock(passage));
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/** A paragraph's lines as line blocks, each with its bold lead if it starts with one. */
function paragraphLines(normalized: string, paragraph: MdNode): Block[] {
  const passage = inlinePassage(normalized, paragraph);
  const strongSpans = strongRanges(normalized, paragraph, passage);
  const blocks: Block[] = [];
  let lineStart = 0;
  const text = passage.text;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = passage.slice(lineStart, lineEnd);
    const line = raw.trim();
    if (line.length > 0) {
      const lineOffset = lineStart + (raw.text.length - raw.text.trimStart().length);
      const strong = strongSpans.find((s) => s.from === lineOffset);
      blocks.push(strong ? { ...lineBlock(line), strongLead: strong.to - strong.from } : literalBoldLead(line));
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/**
 * CommonMark does not close **…** between a full stop and a Chinese character (**压实责任。**各区要…),
 * so a bold lead sentence of Word-exported Chinese reaches us as literal asterisks: take them as markup.
 */
function literalBoldLead(line: Passage): Block {
  const match = /^(\*\*|__)(.+?)\1/u.exec(line.text);
  if (!match) return lineBlock(line);
  const inner = match[2]!;
  const rest = line.slice(match[0].length);
  const passage = Passage.join([line.slice(2, 2 + inner.length), rest]);
  return { ...lineBlock(passage), strongLead: inner.length };
}

/** Local ranges of the passage covered by strong (bold) nodes. */
function strongRanges(normalized: string, paragraph: MdNode, passage: Passage): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (const child of paragraph.children ?? []) {
    if (child.type !== "strong" || !child.position) continue;
    const inner = inlinePassage(normalized, child);
    if (inner.pieces.length === 0) continue;
    const first = inner.pieces[0]!.start;
    const last = inner.pieces[inner.pieces.length - 1]!;
    const from = passage.pieces.find((p) => p.start <= first && first < p.start + p.length);
    const to = passage.pieces.find((p) => p.start < last.start + last.length && last.start + last.length <= p.start + p.length);
    if (from && to) out.push({ from: from.at + (first - from.start), to: to.at + (last.start + last.length - to.start) });
  }
  return out;
}

/** The visible text of an inline subtree, each text node aligned to where it stands in `normalized`. */
function inlinePassage(normalized: string, node: MdNode): Passage {
  const parts: Passage[] = [];
  const stack: MdNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === "text" || current.type === "inlineCode") {
      parts.push(alignText(normalized, current));
    } else if (current.type === "break") {
      parts.push(new Passage("\n", []));
    } else if (current.children) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
    }
  }
  return Passage.join(parts);
}

/**
 * remark's text values drop indentation and escapes, so a value is not always the slice at its
 * position. Each line of the value is found in the slice in order; what cannot be found keeps the
 * value's text with the nearest offset, so spans never point outside the node.
 */
function alignText(normalized: string, node: MdNode): Passage {
  const value = node.value ?? "";
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const raw = normalized.slice(start, end);
  if (raw === value) return Passage.of(normalized, start, end);
  const pieces: Piece[] = [];
  let cursor = 0;
  let at = 0;
  for (const line of value.split("\n")) {
    const found = line.length > 0 ? raw.indexOf(line, cursor) : -1;
    if (found >= 0) {
      pieces.push({ at, start: start + found, length: line.length });
      cursor = found + line.length;
    } else if (line.length > 0) {
      // An escaped character changed the line: cite it character by character where each is found.
      for (let k = 0; k < line.length; k++) {
        const hit = raw.indexOf(line[k]!, cursor);
        const offset = hit >= 0 ? hit : Math.min(cursor, raw.length);
        pieces.push({ at: at + k, start: start + offset, length: 1 });
        if (hit >= 0) cursor = hit + 1;
      }
    }
    at += line.length;
    // the newline itself: map it to the newline in the raw text where there is one
    if (at < value.length) {
      const newline = raw.indexOf("\n", cursor);
      pieces.push({ at, start: start + (newline >= 0 ? newline : Math.min(cursor, raw.length)), length: 1 });
      if (newline >= 0) cursor = newline + 1;
      at += 1;
    }
  }
  return new Passage(value, mergePieces(pieces));
}

function mergePieces(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.at + last.length === piece.at && last.start + last.length === piece.start) last.length += piece.length;
    else merged.push({ ...piece });
  }
  return merged;
}
