/** Character classes shared by the stages, written against normalized text (ASCII , ; : ( ) ! ?). */

/** Characters that may end a paragraph; a paragraph ending in anything else is unfinished. */
export const PARAGRAPH_END = /[。!?;:…”’)」』》\]】.．]$/u;
/** A note of who does a task, closing its paragraph or on a line of its own: (责任单位:市财政局,各区人民政府). */
export const RESPONSIBILITY_NOTE = /\((?:责任单位|牵头单位|配合单位|责任部门|牵头部门|主责单位|实施主体|完成时限)\s*:[^()]*\)$/u;

/** Sentence punctuation: a line holding any of these reads as prose, not as a heading. */
export const SENTENCE_PUNCT = /[,;。:!?，；：]/u;
export const SENTENCE_END = /[。!?]/u;
export const CJK = /\p{Script=Han}/u;
/** A box's label (专栏1 主要指标): it heads its own part of a document, never a title or a subtitle. */
export const BOX_LABEL = /^专栏\s*[\d一二三四五六七八九十]+/u;

/** A form's title: 申请表, 申领表, 登记表, 审批表 (not a table of figures: 分配表, 一览表, 指标表). */
export const FORM_TITLE = /(?:申请|申领|申报|登记|审批|审核|备案|报名|推荐|承诺|信息采集)(?:表|书)(?:\([^()]{1,12}\))?$/u;

/** A table column that groups rows (类别: 经济发展 on a group's first row, blank below): never the rows' label. */
export const GROUP_HEADER = /^(?:类别|分类|领域|方面|维度|类型)$/u;

/** A label spread out to a table column's width, as it reads (指　　标 -> 指标, 衣　　着 -> 衣着). */
export function withoutSpreading(text: string): string {
  return text.includes(" ") ? text.replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/gu, "") : text;
}

export const CHINESE_DIGITS = "零〇一二两三四五六七八九十百千";

// a Map, not an object: `char in object` is slow for keys made on the fly
const SMALL_DIGITS = new Map(Object.entries({ 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }));

/** 一 … 九十九 (and 〇, 两) as a number; NaN when the text is not a small Chinese numeral. */
export function smallChineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let current = 0;
  for (const char of text) {
    const digit = SMALL_DIGITS.get(char);
    if (digit !== undefined) current = digit;
    else if (char === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else if (char === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else return Number.NaN;
  }
  return total + current;
}

/** Whether a line reads as a heading: short, with no sentence punctuation, not ending mid-clause. */
/** A list item's bullet (●护理型床位占比达到70%以上): the line is an item, whole, not a heading and not a sentence's part. */
export const LIST_BULLET = /^[●•▪◦·]/u;

const COLON_SUBHEAD = /^[■◆▲◇]\s*[^:]{2,12}:[^:]{2,20}$|^【[^:】]{2,12}:[^:】]{2,20}】$|^(?:典型)?案例[一二三四五六七八九十\d]{1,3}\s*:[^:]{2,40}$|^第[一二三四五六七八九十]阶段\s*:[^:]{2,40}$|^(?:短评|时评|快评|述评|评论|社论|编后|记者手记)\s*:[^:]{2,30}$/u;

export function isTitleLike(text: string, maxLength = 40): boolean {
  if (text.length === 0 || text.length > maxLength) return false;
  // a bulleted line (●护理型床位占比达到70%以上) is an item of a list, not a heading
  if (LIST_BULLET.test(text)) return false;
  // (a subhead marked ■ or bracketed may hold a colon: ■ 经济总量：稳居全国第一方阵, 【议起来：居民事居民商】;
  // so may a case's title: 案例一：被告人马某某非法采矿案, and a commentary's behind its column: 短评：让…可感可及)
  if (/[。!?;,，]/u.test(text) || (text.includes(":") && !COLON_SUBHEAD.test(text))) return false;
  if (/[、“《(]$/u.test(text)) return false;
  // a line broken inside a bracket or a quotation (…三年行动方案(2025—2027年)》(以) is a piece of a sentence
  return !hasUnclosed(text, "(", ")") && !hasUnclosed(text, "《", "》") && !hasUnclosed(text, "“", "”");
}

function hasUnclosed(text: string, open: string, close: string): boolean {
  const at = text.lastIndexOf(open);
  return at >= 0 && text.indexOf(close, at) < 0;
}

/**
 * Whether what follows a heading marker (一、 （一） 1. 第一章) reads as a heading: a numbered heading
 * may hold commas (（一）坚持创新驱动，推动产业升级), but no full stop and no punctuation at its end.
 */
export function isNumberedTitle(given: string, maxLength = 50): boolean {
  // (a colon closing a short title introduces what follows: 一、工作目标：, （二）处罚：)
  // (not a rule's clause that lists: 物业服务人应当履行下列职责:)
  if (/:\s*$/u.test(given) && /(应当|下列|不得|禁止)/u.test(given)) return false;
  const rest = given.length <= 16 && !/[,、]/u.test(given) ? given.replace(/:\s*$/u, "") : given;
  if (rest.length === 0 || rest.length > maxLength) return false;
  if (/[。!?;:]/u.test(rest)) return false;
  return !/[,、“《(]$/u.test(rest);
}

/**
 * A data box's line: a figure, then what it counts (1.79万亿元　全省海洋生产总值, 70个　国家级示范区), or what
 * it counts spaced apart from it (智能化煤矿　185座, 井下单班作业人数　较2024年减少20%以上, ▲城镇新增就业　每年4万人以上);
 * never a heading.
 */
// (in Chinese numerals too: 累计服务　四十六万人次, 七点八亿元　计划总投资)
export const DATA_LINE = /^(?!\d{4}\s*年)(?:\d[\d.,]*|[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿点]+)\s*(?:%|[\u4e00-\u9fa5]{1,4})\s+[\u4e00-\u9fa5]|^[▲■●◆]?\s*[\u4e00-\u9fa5“”]{2,14}\s+(?:较\d{4}年)?(?:每年|年均|累计)?(?:增长|减少|下降|提高|降低|达到|超过|突破)?(?:\d[\d.,]*|[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿点]*)\s*(?:%|‰|[\u4e00-\u9fa5]{1,3})(?:以上|以下|左右)?$/u;

/**
 * A subhead of two phrases about a colon, unmarked (五年答卷:跨越赶超迈大步, 今后五年:锚定目标加速奔跑): a heading
 * only where the text prints two or more of them, as a field line (牵头单位:市发改委) never is one.
 */
export function isColonSubhead(text: string): boolean {
  const match = COLON_PAIR.exec(text);
  // (nor is a data box's line, its figure in words after the colon: 新增学位:两千四百个, 通公交率:百分之百)
  return match !== null && !FIELD_LABEL_END.test(match[1]!) && !INSTITUTION_END.test(match[2]!) && !/^(?:约|近|超|逾)?(?:[零〇一二两三四五六七八九十百千万亿]{2}|百分之)/u.test(match[2]!);
}

const COLON_PAIR = /^([\u4e00-\u9fa5“”]{2,8}):([\u4e00-\u9fa5“”]{4,16})$/u;
/** What a form's or a page's field label ends in (责任单位, 完成时限, 联系人, 数据来源, 答). */
const FIELD_LABEL_END = /(?:单位|部门|时限|时间|人|电话|地址|方式|邮箱|期限|日期|依据|对象|编号|类别|来源|名称|标准|内容|范围|条件|地点|主体|职责|要求|材料|程序|流程|渠道|网址|机构|分类|主办|承办|制图|摄影|作者|编辑|审核|记者|通讯员|问|答|注|说明|备注|附件|图表|案例[一二三四五六七八九十\d]*)$/u;
/** A body's name as a field's value (市发展改革委, 县人民政府, 某某公司). */
const INSTITUTION_END = /(?:局|委|办|厅|院|中心|政府|公司|集团|银行|部|所|站|队|会)$/u;
