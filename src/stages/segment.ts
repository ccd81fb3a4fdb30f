/**
 * Stage 4: blocks to documents. A file may hold several documents: the articles of a newspaper page
 * (title, byline, body, end mark), a cover notice and the plan it issues, attachments printed in full.
 * Lines that are metadata (bylines, captions, end marks, 文号, 主送, signatures and dates, scraper
 * headers) are taken out of the body here, into the document's fields where the contract has one.
 * Text printed after an article's end mark without a title and byline of its own is an "orphan"
 * segment: the repair stage decides where it belongs.
 */
import { Findings } from "../diagnostics/report.js";
import { leadingMarker } from "../numbering/registry.js";
import { BOX_LABEL, DATA_LINE, FORM_TITLE, isTitleLike } from "../text/chars.js";
import { Passage } from "../text/passage.js";
import type { Block } from "./blocks.js";

export type Genre = "policy" | "news";

export interface Segment {
  kind: "document" | "orphan";
  title: Passage | null;
  byline: string | null;
  continuedFrom: string | null;
  captions: Passage[];
  body: Block[];
  genre: Genre;
  /** Printed under an attachment's label (附件1) after a policy in the same file: it is part of what that policy sets. */
  attached: boolean;
  /** The year of the document's date (its signature date, or a page's 发布时间): the year it speaks from. */
  dateYear: number | null;
  /** Where end marks ((记者 郭东), (完)) stood inside the body, as normalized offsets: a part printed before one may be another article's. */
  endMarks: number[];
}

type Role =
  | { kind: "body" }
  | { kind: "title" }
  | { kind: "meta" }
  | { kind: "caption" }
  | { kind: "byline"; byline: string; rest: number }
  | { kind: "continued"; label: string; rest: number }
  | { kind: "end"; byline: string | null }
  | { kind: "body-end"; byline: string | null; cut: number }
  | { kind: "body-cut"; cut: number }
  | { kind: "date" }
  | { kind: "attachment" };

// a mark (■ □ ◎ ●) or 文/ 文/图 may come first; 记者手记 and 记者观察 are columns, not bylines
const BYLINE_LINE =
  /^[■□◎●◆▲]?\s*(?:文\s*\/\s*图|文\s*\/|图\s*\/)?\s*((?:[\u4e00-\u9fa5]{1,6}(?:报|新闻|客户端))?(?:全媒体|融媒体|首席)?(?:记者|评论员)|本报通讯员|本报特约记者|新华社记者|特约记者|通讯员)(?!手记|观察|调查|来信|述评|札记)[\s\u4e00-\u9fa5·、]{0,30}$/u;
// (a county paper's or media centre's dateline names the place: 宜溪讯(县融媒体中心记者…), 蒲源融媒讯(记者…))
const BYLINE_PREFIX =
  /^(本报讯|央视网消息|(?:据)?(?:新华社|本报|中新社|中新网|人民网|新华网|央视网|中国新闻网)[\u4e00-\u9fa5]{0,8}\d{1,2}月\d{1,2}日[电讯]|(?:据)?新华社电|[\u4e00-\u9fa5]{2,10}讯(?=\s*\([^()]{0,12}?(?:记者|通讯员)))(?:\s*\([^()]{0,12}?(?:记者|通讯员)[^)]{1,40}\)|\s+记者[\s\u4e00-\u9fa5·]{2,20}报道)?/u;
/** A commentary's byline: a mark and a name (□ 江　帆, ■ 晓舟). */
const MARKED_NAME = /^[■□◎●◆▲]\s*[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){1,2}$/u;
const END_BYLINE = /^\((本报记者|本报通讯员|新华社记者|记者|通讯员)[^)]{1,40}\)$/u;
// (a bulletin's item ends with its source: (市发展改革委供稿))
// (and a digest item's source: (来源：大众日报))
const END_MARK = /^\((完|[\u4e00-\u9fa5]\s*[\u4e00-\u9fa5]?\s*[讯宣]|本报综合|据[^)]{2,20}|[^()]{2,30}(?:供稿|报送|提供)|来源:[^()]{2,40})\)$|^——完——$|^[—\-–_=\s]*END[—\-–_=\s]*$/u;
const CONTINUED = /^\((?:上接|接上|接)第?\s*(?:[A-Z]?\d+|[一二三四五六七八九十]+)\s*版\)/u;
// a table's or a figure's caption (表1　主要农产品产量, 表　2026年…安排, 续表2) is no heading either
const CAPTION = /^(图为|图:|图片:|▲|上图|下图|左图|右图|编者按)|[\s)]摄\)?$|^\(?[\u4e00-\u9fa5\s]{0,12}摄\)?$|^(?:续|附)?[表图]\s*[A-Z]?[\d一二三四五六七八九十]{0,3}(?:[-.]\d{1,2}){0,2}\s+(?=[\u4e00-\u9fa5\d《“])(?!.*[。;!?]$)/u;
const BOILERPLATE_LABELS = [
  "索引号", "信息分类", "名称:", "发布机构", "发文机关", "发文单位", "成文日期", "生成日期", "发布日期", "发文日期", "公开日期", "生效日期", "主题分类", "主题词", "体裁分类", "发文字号",
  "文号", "有效性", "信息来源", "来源", "浏览次数", "阅读次数", "访问量", "公开方式", "公开属性", "答复类别", "办理类别", "字号", "【字体", "打印本页", "【打印", "【关闭", "关闭窗口", "【大】", "Copyright", "©", "版权所有", "分享到", "当前位置",
  "您当前的位置", "首页\\s*>", "扫一扫", "责任编辑", "编辑:", "校对:", "审核:", "标题:", "相关链接", "附件下载", "发布时间", "更新时间", "发稿时间",
  "请输入关键词", "建议使用", "您是本站", "您是第", "本站总访问量", "跳转到", "返回顶部", "隐私声明", "扫一扫在手机", "【相关", "【我要纠错", "【纠错", "【收藏", "上一篇", "下一篇", "上一版", "下一版", "主办单位", "承办单位", "主办:", "承办:", "网站标识码", "网站地图", "联系我们", "无障碍(?:浏览|阅读|模式|版)?$", "地址:", "邮编:", "本版", "版式设计", "新闻热线", "联系地址", "联系电话", "联系人:", "传真:", "电子邮箱", "邮政编码", "抄送:", "抄报:",
  // a public account's page (原创 作者 阅读 1.2万, 点击上方蓝字关注我们, 往期推荐, 阅读原文)
  "原创", "作者:", "点击上方", "点击蓝字", "阅读\\d", "阅读原文", "阅读量", "往期推荐", "往期回顾", "推荐阅读", "终审:", "初审:", "点个", "长按", "扫码关注", "识别二维码", "数据来源:", "资料来源:",
  // (and the lines the page prints under it: 预览时标签不可点, 微信扫一扫 / 关注该公众号)
  "预览时标签不可点", "微信扫一扫", "关注该公众号", "轻点两下取消",
  // a news site's chrome (小字号, 分享让更多人看到, 【时长】, 【编辑】)
  "小字号", "大字号", "中字号", "分享让更多人看到", "分享\\s*收藏", "分享\\s*点赞", "【时长】", "【编辑】", "【审核】", "【记者】",
  // a newspaper's masthead lines (国内统一连续出版物号 CN42-0038, 邮发代号 37-1)
  "国内统一连续出版物号", "国际标准连续出版物号", "邮发代号",
  // (and an e-paper's links back: 返回目录, 返回首页)
  "返回目录", "返回首页", "返回本版",
];
// (a label may stand in brackets: 【发布日期：2025-08-06】【信息来源：…】)
const BOILERPLATE = new RegExp(`^[【\\[]?(${BOILERPLATE_LABELS.join("|")})`, "u");
/** The labels' first characters: a line that starts with none of them skips the white-space strip and the test. */
const BOILERPLATE_FIRST = new Set([...BOILERPLATE_LABELS.map((label) => label.charAt(0)), "【", "["]);
// (a reply's carries its signer: 鹏环建复〔2025〕14号　　签发人：罗振华; and its class may stand alone: A类)
// (or a rule's date and number under its title: (2026年3月9日　澄商规〔2026〕2号))
const DOC_NUMBER = /^\(?[\u4e00-\u9fa5]{0,14}[〔[(【]\d{4}[〕\])】]\s*\d{1,4}\s*号\)?(?:\s+签发人\s*:\s*[\u4e00-\u9fa5]{2,4})?$|^\(?[A-C]类\)?$|^\(\d{4}年\d{1,2}月\d{1,2}日\s*[\u4e00-\u9fa5]{1,14}[〔[]\d{4}[〕\]]\s*\d{1,4}号\)$/u;
const ADDRESSEE = /^(各[\u4e00-\u9fa5]|[\u4e00-\u9fa5]{2,20}(人民政府|委员会|各部门|有关单位|办公厅))[^。!?]{0,120}:$/u;
// (a plan dated by its month under its title: (2026年3月))
// (or to its hour: (2025年6月18日15时30分))
const DATE_LINE = /^\(?(\d{4}|[〇零一二三四五六七八九]{4})\s?年\s?[\d一二三四五六七八九十]{1,2}\s?月(?:\s?[\d一二三四五六七八九十]{1,3}\s?日(?:\d{1,2}时(?:\d{1,2}分)?)?)?\)?$/u;
// (not a word that merely ends like one: 良好开局, 全部, 大厅)
const SIGNATURE = /^[\u4e00-\u9fa5()]{2,60}(人民政府|政府|办公厅|办公室|督查室|研究室|委员会|委|(?<![开结格布大全战僵变定胜败终时当新])局|(?<![全内外局头东西南北底腹细干俱])部|(?<![大客餐展舞])厅|中心|协会|公司|小组|调查队|指挥部|管委会|管理委员会|研究院|研究所|学会|联合会|商会|工会)$/u;
/** A masthead over a document: the issuer's 红头 (某市人民政府办公室文件), or the site a page was taken from. */
const SITE_NAME = /^[\u4e00-\u9fa5]{2,30}(门户网站|政府网|政务网|网站|客户端|融媒体中心|数字报|电子报|数字报刊)$/u;
/** A site's breadcrumb (新华网 > 地方频道 > 正文, 人民网 >> 地方 >> 正文). */
const BREADCRUMB = /^[^>]{1,12}(?:\s*>{1,2}\s*[^>]{1,12}){1,5}$/u;
/** A page's date and source (2025-03-18 07:45　来源：霁阳日报), or where a commentary was printed ((《澄江日报》2025年9月3日 01版)). */
const DATED_SOURCE = /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|作者|编辑)\s*:/u;
/** A public account's date line under its name: the day, the hour and the province (2026年03月27日 18:05 江西). */
const POST_DATE_LINE = /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s+\d{1,2}:\d{2}(?:\s+[\u4e00-\u9fa5]{2,4})?$/u;
/** A contact's line: a name and a telephone number (宁溪县第一小学　0831-7221506). */
const CONTACT_LINE = /^[\u4e00-\u9fa5()]{2,30}(?:\s*(?:电话|联系电话|咨询电话)\s*:?)?\s+(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})$/u;
/** A prompt to scan a code (扫描二维码 关注我们, 扫码参与意见反馈👇, (二维码)): the page's, not the text's. */
const QR_LINE = /^(?:扫描?(?:下方|上方|左侧|右侧)?(?:二维码|小程序码)|扫码|长按(?:识别|扫描)|\(?二维码\)?$)[^。;]{0,24}$/u;
/** A post's date line, a prompt to scan a code, or a contact's number; each tried only where its mark stands. */
function isPostChrome(text: string): boolean {
  return (text.includes(":") && POST_DATE_LINE.test(text)) || (/[扫长二(]/u.test(text.charAt(0)) && QR_LINE.test(text)) || (/\d$/u.test(text) && CONTACT_LINE.test(text));
}

/** A broadcast's slug line (霁川广播电视台　《霁川新闻联播》　2025年5月20日). */
const BROADCAST_SLUG = /^[\u4e00-\u9fa5]{2,12}(?:广播电视台|电视台|广播电台|融媒体中心)\s*《/u;
const PRINTED_IN = /^\(《[^》]{2,12}》\s*\d{4}年\d{1,2}月\d{1,2}日\s*[\d一二三四五六七八九十]{1,3}\s*版\)$/u;
/** A site's navigation bar (首页 | 机构 | 政务公开, 无障碍 | 长者模式 | English): three or more short items between bars. */
const NAV_BAR = /^[^|]{1,12}(\|[^|]{1,12}){2,}$/u;
const ATTACHMENT_LABEL = /^附件\s*\d{0,2}\s*:?$|^附\s*:$/u;
const ATTACHMENT_LIST = /^附件\s*:\s*\S/u;
/** A law's adoption note under its title: (2024年11月22日…会议通过), (…批准). */
const ADOPTION_NOTE = /^\(\d{4}年\d{1,2}月\d{1,2}日[^()]{0,120}(?:通过|批准|公布|修正|修订|施行)[^()]{0,40}\)$/u;
/** The 版记's issue line: the issuing office and the date it was printed (…办公室 2025年6月11日印发). */
// (and a minutes' issuer and date under its number: 榕湖区人民政府办公室　　　　2025年9月18日)
const ISSUE_LINE = /^(?:[\u4e00-\u9fa5()]{2,40}\s+)?\d{4}年\d{1,2}月\d{1,2}日\s*印发(?:\s*\(共印\d+份\))?$|^[\u4e00-\u9fa5()]{2,30}(?:办公室|办公厅|人民政府|委员会|督查室|研究室|局|中心|气象台|台|站)\s{2,}\d{4}年\d{1,2}月\d{1,2}日(?:\d{1,2}时)?$/u;
// (and an order's or announcement's number under its title: 第37号, (第十九号))
const PUBLIC_NOTE = /^\((此件|此页|本文)[^)]{0,20}\)$|^\(共印\d+份\)$|^\(?(?:\d{4}\s*年)?第\s*[\d一二三四五六七八九十百]{1,5}\s*号\)?$/u;
/**
 * An office bulletin's masthead (青　枫　信　息 / 第18期(总第326期) / …办公室编　2025年6月16日), and a
 * compilation's cover (…政策汇编 / (第一辑) / …委员会　编): the documents are what they hold.
 */
const BULLETIN_HEAD = /^[\u4e00-\u9fa5]{2,12}(?:信息|简报|动态|专报|快报|要情|通讯)$|^[\u4e00-\u9fa5]{2,20}(?:公报|政报)\s*(?:\d{4}\s*年)?\s*第\s*\d{1,4}\s*期(?:\s*\(总第\s*\d{1,5}\s*期\))?$|^[\u4e00-\u9fa5“”]{2,40}(?:汇编|选编)$|^\(第[一二三四五六七八九十\d]{1,3}[辑册卷]\)$|^第\s*\d{1,4}\s*期(?:\(总第\s*\d{1,5}\s*期\))?$|^[\u4e00-\u9fa5()]{2,40}(?:办公室|办公厅|委员会|局|中心|研究室|处)\s*编(?:\s+.{0,20})?$|^[\u4e00-\u9fa5()]{2,40}\s+编$/u;
/** A digest's issue line: 2025年第41期(10月13日—10月19日)　　本期编辑：何苗. */
const ISSUE_LINE_OF_DIGEST = /^(?:\d{4}年)?第\s*\d{1,4}\s*期(?:\s*\([^()]{0,30}\))?(?:\s+[^。!?;]{0,30})?$/u;
export const POLICY_TITLE =
  /(方案|规划|意见|办法|条例|规定|细则|通知|决定|纲要|计划|措施|指引|指南|公告|通告|要点|规则|制度|批复|答复|复函|报告|清单|目录|登记表|申请表|规范|标准|导则|准则|公示|启事|须知|预案|公约|民约|章程|守则|白皮书|申报表|申领表|审批表|报名表|推荐表|承诺书)(\s*\([^)]{0,30}\))?$/u;

/** An end byline or (完) printed at the end of the last paragraph rather than on a line of its own. */
const TRAILING_END = /(?<=[。!?”])\s*\((?:(?<byline>(?:本报记者|本报通讯员|新华社记者|记者|通讯员)[^()]{1,40})|完)\)$/u;
/** A page turn printed after a paragraph's last sentence ((下转第十版)): no part of the text. */
const TRAILING_PAGE_TURN = /(?<=[。!?”,;,、\u4e00-\u9fa5\d%])\s*\((?:下转|转)第?\s*(?:[A-Z]?\d+|[一二三四五六七八九十]+)\s*版\)$/u;
/** A newspaper's page header: the paper, the date, the page (临江日报 2025年5月12日 第2版 要闻). */
// (or a page named by its letter and number: 鹭州日报 2026年01月23日 A04版：两会特刊)
const MASTHEAD = /^(?=.{0,60}$)(?=.*\d{4}年\d{1,2}月\d{1,2}日)(?=.*(?:第\s*[\d一二三四五六七八九十]+|(?<![A-Za-z])[A-Z]\d{1,2})\s*版)/u;
/** A newspaper page's name, printed under its masthead: 要闻, 综合, 经济·民生. */
const PAGE_NAME = /^(?:要闻|综合|经济|社会|民生|时政|评论|理论|国际|国内|体育|文化|政务|法治|三农|专版|专题)(?:[·・][\u4e00-\u9fa5]{2,4})?$/u;
/** A public account's post line: its name, date and time, and where it posted from (松岭交通 2026-01-15 07:45 发表于湖北). */
const POST_LINE = /^[\u4e00-\u9fa5A-Za-z0-9·]{2,20}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?(?:\s*发表于[\u4e00-\u9fa5]{2,4})?$/u;
/** The label over an e-paper page's list of its headlines. */
const PAGE_HEADLINES_LABEL = /^本版(?:标题|导读|要目|目录)(?:导航)?\s*:?$/u;
/** An e-paper page's label without its date: the paper and the page (渠阳日报 · 第05版:经济·物流). */
// (or the page alone under the paper's date: 第A03版：两会特刊)
const PAGE_LABEL = /^[\u4e00-\u9fa5]{2,8}(?:日报|晚报|时报|商报|报)\s*[·•|]?\s*(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}\s*)?第\s*[A-Z]?\d{1,3}\s*版|^第\s*[A-Z]?\d{1,3}\s*版(?:\s*:\s*[\u4e00-\u9fa5·]{2,10})?$/u;
/** A page header without 第N版: the date and the weekday (经济·民生 2025年6月13日 星期五 3), or the page's editors. */
const PAGE_HEADER = /^(?=.{0,70}$)(?:.*\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]|.*编辑:.*校对:)/u;
/** A box's headline after its column's label and a bar: 图说丨…成绩单, 数读|…, 图解｜… */
// (or a dot, the year it counts before it: 数说2025·沄川答卷, or a space: 图解　今后五年主要目标)
const BOX_HEADLINE = /^(?:图说|图解|数说|数读|一图读懂|图表|数据)(?:\s*(?:\d{4}\s*)?[丨|｜·・]\s*|\s+)\S/u;
/** The same label run into its headline (数读“十四五”雁汀养老服务), a box only where a value line follows. */
const GLUED_BOX_HEADLINE = /^(?:图说|图解|数说|数读)[“"\u4e00-\u9fa5][^。,;!?]{3,30}$/u;
/** A box's value line: a number and its unit alone (38.6万人, 1086个). */
const VALUE_LINE = /^\d[\d.,]*\s*(?:%|[万亿千]?[\u4e00-\u9fa5]{1,3})$/u;

/** Whether a title is a box's headline (图说丨…, or 数读… where a value line follows it). */
function isBoxHeadline(text: string, next = ""): boolean {
  // (or a bulleted line of figures: 数说政府工作报告 / ●规上工业增加值　增长8.6%)
  return BOX_HEADLINE.test(text) || (GLUED_BOX_HEADLINE.test(text) && (VALUE_LINE.test(next) || (/^[●■▲◆]/u.test(next) && /\d/u.test(next))));
}
const BRIEFS_TITLE = /^[■●◆▲□]?[\u4e00-\u9fa5]{0,4}(简讯|快讯|短讯|速递|速览|动态|传真|集锦)[■●◆▲□]?$/u;
// (a page may be lettered: 转A3版)
const PAGE_TURN = /^\((?:下转|转)第?\s*(?:[A-Z]?\d+|[一二三四五六七八九十]+)\s*版\)$/u;

/** A line of nothing but symbols and emoji (👇👇👇, ★★★): decoration; so is a page number (— 3 —) or a form's stamp line ((盖章)). */
const PAGE_NUMBER = /^[—\-–·]\s*\d{1,3}\s*[—\-–·]$|^第\s*\d{1,3}\s*页(?:\s*[,/]?\s*共\s*\d{1,3}\s*页)?$/u;
// (and a transcript's marks on lines of their own, [掌声], (热烈掌声), and a table's 续表 at a page's top)
const DECORATION = new RegExp(`^[^\\p{L}\\p{N}]+$|${PAGE_NUMBER.source}|^(?:\\((?:盖章|公章|签字|签章|签名|印章)\\)\\s*)+(?:年\\s+月\\s+日)?$|^年\\s+月\\s+日$|^[(\\[【]?(?:热烈)?(?:掌声|鼓掌|笑声)[)\\]】]?$|^续表$`, "u");
/**
 * A standard's cover: its classification codes (ICS 91.040.30, CCS P 32), its number (DB53/T 1287—2025),
 * its kind (云岭省地方标准), its English title, its dates (2025-08-15发布 2025-11-15实施) and issuer (…局 发布).
 */
// (its series alone, DB37, the standard it replaces, 代替DB52/T 1126—2016, and its kind and issuer letter-spaced)
const STANDARD_COVER = /^(?:ICS|CCS)\s+[\w.\s]+$|^[A-Z]{2,4}\d{2}$|^代替\s*[A-Z]{2,4}\d{0,2}(?:\/[TZ])?\s*\d|^[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){1,9}\s*(?:地\s*方\s*标\s*准|国\s*家\s*标\s*准|行\s*业\s*标\s*准|团\s*体\s*标\s*准)$|^[\u4e00-\u9fa5]{2,30}\s+发\s*布$|^[A-Z]{2,4}\d{0,2}(?:\/[TZ])?\s*\d+(?:\.\d+)?\s*[—\-–]\s*\d{4}$|^[A-Za-z][A-Za-z ,'()-]{10,}$|^\d{4}-\d{2}-\d{2}\s*发布.*实施$/u;
/** A newspaper's name on a line of its own (汀兰日报), or a page's header with its editor (A04　三农　　责任编辑:龙飞). */
// (with its page's number set far to its right: 苍岭日报　　　…　　3)
const PAPER_NAME = /^[\u4e00-\u9fa5]{2,6}(?:日报|晚报|时报|商报|都市报|早报)(?:\s{4,}[A-Z]?\d{1,2})?$|^(?=.{0,40}$).*责任编辑\s*:/u;
/** A bulletin's issue number (第9期, 2025年第9期, 第18期(总第326期)). */
const ISSUE_NUMBER = /^(?:\d{4}\s*年)?第\s*[\d一二三四五六七八九十]{1,4}\s*期(?:\s*\(总第\s*\d{1,5}\s*期\))?$/u;
/** A paper's short name (清江报, 宛丰报): not a word for a kind of report (喜报, 简报, 通报). */
const PAPER_NAME_SHORT = /^[\u4e00-\u9fa5]{1,4}报$(?<!喜报|捷报|简报|快报|周报|月报|年报|通报|公报|情报|海报|汇报|画报|晨报|电报|预报|举报|申报|学报)/u;
/** An attachment offered for download by its file name (…一览表.xlsx). */
const FILE_NAME = /\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)$/iu;

function roleOf(block: Block): Role {
  // (a page's information box may be a list: - **索引号：** …, - **发布机构：** …)
  // (and so is a list of files to download: - [申报表.docx](…))
  if (block.kind === "item" && block.passage.length <= 80 && (INFO_BOX_LABEL.test(block.passage.text.replace(/\s+/g, "")) || FILE_NAME.test(block.passage.text))) return { kind: "meta" };
  // (an attachment's label may be a Markdown heading: ## 附件)
  if (block.kind === "heading" && ATTACHMENT_LABEL.test(block.passage.text.trim())) return { kind: "attachment" };
  // (and a page's label may be its first heading: # 渠阳日报 · 第05版:经济·物流)
  if (block.kind === "heading" && block.passage.length <= 60 && (MASTHEAD.test(block.passage.text) || PAGE_LABEL.test(block.passage.text))) return { kind: "meta" };
  if (block.kind !== "line") return block.kind === "heading" ? { kind: "title" } : { kind: "body" };
  const text = block.passage.text;
  if (text.length <= 80 && (FILE_NAME.test(text) || DECORATION.test(text) || PAPER_NAME.test(text) || STANDARD_COVER.test(text) || MEETING_FILE.test(text) || FORM_PLACEHOLDER.test(text) || ADOPTED_ON.test(text) || text.includes("连续出版物号"))) return { kind: "meta" };
  // scraped pages space out their labels (索 引 号, 文　　号)
  if (text.length <= 80 && isBoilerplate(text)) return { kind: "meta" };
  // both tests run on every line: the cheap checks first
  if (text.length <= 60 && text.includes("版") && (PAGE_TURN.test(text) || MASTHEAD.test(text) || PAGE_LABEL.test(text))) return { kind: "meta" };
  if (text.length <= 50 && POST_LINE.test(text)) return { kind: "meta" };
  // (and its copyright line: 霁阳日报社版权所有　未经书面授权不得复制或建立镜像)
  if (text.length <= 60 && text.includes("版权所有") && !/[。;]/u.test(text)) return { kind: "meta" };
  // (a site's registration numbers in its footer: 岚ICP备05006218号-1　岚公网安备43302602000113号)
  if (text.length <= 80 && (text.includes("ICP") || text.includes("公网安备")) && /ICP(?:备|证)\s*\d|公网安备\s*\d/u.test(text)) return { kind: "meta" };
  // (a column's label set between dots, ·政策解读·, is no title: the title is under it)
  if (text.length <= 14 && isColumnLabelText(text) && /^[·•・]/u.test(text)) return { kind: "meta" };
  if (text.length <= 70 && (text.includes("星期") || text.includes("校对")) && PAGE_HEADER.test(text)) return { kind: "meta" };
  if (text.includes("|") && NAV_BAR.test(text.replace(/\s+/g, ""))) return { kind: "meta" };
  if (text.includes(">") && BREADCRUMB.test(text)) return { kind: "meta" };
  // a front page's guide to the pages inside (…同比增长5.8% ▶2版)
  if (GUIDE_LINE.test(text)) return { kind: "meta" };
  // a note's tags (#政策学习 #千万工程)
  if (text.charCodeAt(0) === 0x23 && HASHTAGS.test(text)) return { kind: "meta" };
  // a WeChat post's account name, printed twice (沅州文旅 沅州文旅), and its headline behind a cry (收藏!沅州出台…)
  if (text.length <= 41 && isNamePrintedTwice(text)) return { kind: "meta" };
  if (text.length <= 60 && POST_HEADLINE.test(text) && !/[。;]/u.test(text)) return { kind: "title" };
  if (text.length <= 60 && (DATED_SOURCE.test(text) || PRINTED_IN.test(text) || BROADCAST_SLUG.test(text) || isPostChrome(text))) return { kind: "meta" };
  // a speaker's line (南州市发展和改革委员会副主任 陈志远): a transcript's or a speech's, never a heading
  if (text.length <= 40 && SPEAKER.test(text)) return { kind: "meta" };
  if (DOC_NUMBER.test(text) || PUBLIC_NOTE.test(text) || ADOPTION_NOTE.test(text) || ISSUE_LINE.test(text)) return { kind: "meta" };
  if (text.length <= 60 && BULLETIN_HEAD.test(text.length <= 24 ? text.replace(/\s+/gu, "") : text)) return { kind: "meta" };
  if (text.length <= 80 && ISSUE_LINE_OF_DIGEST.test(text)) return { kind: "meta" };
  if (END_BYLINE.test(text)) return { kind: "end", byline: text.slice(1, -1).trim() };
  if (END_MARK.test(text)) return { kind: "end", byline: null };
  if (text.length <= 80 && CAPTION.test(text)) return { kind: "caption" };
  if (text.length <= 30 && BYLINE_LINE.test(text)) return { kind: "byline", byline: text, rest: text.length };
  if (text.length <= 12 && MARKED_NAME.test(text)) return { kind: "byline", byline: text.replace(/^[■□◎●◆▲]\s*/u, ""), rest: text.length };
  const prefix = BYLINE_PREFIX.exec(text);
  if (prefix) return { kind: "byline", byline: prefix[0].trim(), rest: prefix[0].length };
  const continued = CONTINUED.exec(text);
  if (continued) return { kind: "continued", label: continued[0], rest: continued[0].length };
  if (DATE_LINE.test(text)) return { kind: "date" };
  if (ATTACHMENT_LABEL.test(text)) return { kind: "attachment" };
  if (ATTACHMENT_LIST.test(text) || ADDRESSEE.test(text)) return { kind: "meta" };
  if (BOX_LABEL.test(text)) return { kind: "body" };
  // a data box's line, a figure then what it counts (1.79万亿元　全省海洋生产总值), is no headline
  if (DATA_LINE.test(text)) return { kind: "body" };
  if (text.length <= 40 && PROVINCE_HEADLINE.test(text)) return { kind: "title" };
  // policy titles run long (…三年行动计划(2025—2027年)的通知); other titles are short
  // (a glossary's name, 名词解释, is a title where it is printed as an attachment, and a top-level heading in a body)
  if ((isTitleLike(text) || (isTitleLike(text, 90) && POLICY_TITLE.test(text))) && (leadingMarker(text)?.system.id ?? "glossary") === "glossary") return { kind: "title" };
  const pageTurn = text.endsWith("版)") ? TRAILING_PAGE_TURN.exec(text) : null;
  if (pageTurn) return { kind: "body-cut", cut: pageTurn.index };
  const trailingEnd = text.endsWith(")") ? TRAILING_END.exec(text) : null;
  if (trailingEnd) return { kind: "body-end", byline: trailingEnd.groups!.byline?.trim() ?? null, cut: trailingEnd.index };
  return { kind: "body" };
}

/** An amendment decision's last sentence: the law it amends, printed after it in full. */
const REPUBLISHED = /根据本决定[^。]{0,30}重新公布。$/u;
/** A front page's guide line: a story and the page it is on (…同比增长5.8% ▶2版). */
const GUIDE_LINE = /[▶►→]\s*(?:第\s*)?\d{1,2}\s*版\)?$/u;
const HASHTAGS = /^#[^\s#]{1,20}(?:\s+#[^\s#]{1,20})*$/u;
/** A post's headline opening with a cry (收藏!, 重磅!, 速看!): a headline all the same, commas and all. */
const POST_HEADLINE = /^(?:收藏|重磅|速看|速览|关注|好消息|权威发布|最新|提醒|注意|转发|干货)!\s*\S/u;

/** A web page's information box, printed as a list (a list of contacts, 联系电话：…, is a list all the same). */
const INFO_BOX_LABEL = /^(?:索引号|发布机构|发文机关|发文单位|成文日期|生成日期|发布日期|公开日期|文号|发文字号|主题分类|主题词|有效性|信息来源|来源|浏览次数)[:\s]/u;

function isBoilerplate(text: string): boolean {
  return BOILERPLATE_FIRST.has(text.trimStart().charAt(0)) && BOILERPLATE.test(text.replace(/\s+/g, ""));
}

function isNamePrintedTwice(text: string): boolean {
  const space = text.indexOf(" ");
  return space >= 2 && text.slice(0, space) === text.slice(space + 1) && !/[\d,。]/u.test(text);
}
/** The first words of a sentence's second half (50万元的标准…, 1200万亩,让…): a number and its unit, not a year. */
const FRAGMENT_START = /^(?!\d{4}\s*年)\d[\d.,]*\s*(?:%|[万亿千百]?[\u4e00-\u9fa5])/u;
/** A series' later item (三是…): it goes on from items printed before it. */
const SERIES_GOES_ON = /^[二三四五六七八九十]是/u;
const EDITORS_NOTE = /^[【\[]?编者按[】\]]?\s*:/u;

const OPENS_ARTICLE = new Set(["byline", "continued"]);

/** A dated line naming what the table under it shows (2024年全县重点农产品网络销售情况): its caption. */
const DATED_TABLE_CAPTION = /^\d{4}\s*年[^。;,!?:]{2,36}(?:情况|统计|对比|变化|分布|构成)$/u;

/** Marks the caption over a table inside a body: a dated line naming what it shows, after a paragraph, is no heading. */
function markTableCaptions(blocks: Block[], roles: Role[]): void {
  for (let i = 1; i + 1 < blocks.length; i++) {
    if (blocks[i + 1]!.kind !== "table" || blocks[i]!.kind !== "line" || roles[i - 1]!.kind !== "body" || blocks[i - 1]!.kind !== "line") continue;
    if ((roles[i]!.kind === "title" || roles[i]!.kind === "body") && DATED_TABLE_CAPTION.test(blocks[i]!.passage.text)) roles[i] = { kind: "caption" };
  }
}

export function segment(given: Block[], findings: Findings): Segment[] {
  const blocks = splitAttachmentTitles(given);
  const roles = blocks.map(roleOf);
  markSignatures(blocks, roles);
  markHeadlines(blocks, roles);
  markBoxQuestions(blocks, roles);
  markEndCredits(blocks, roles);
  markMastheads(blocks, roles);
  markRunningHeads(blocks, roles);
  markAttachmentLists(blocks, roles);
  markFileHeaderCells(blocks, roles);
  markSiteNavigation(blocks, roles);
  markContents(blocks, roles);
  markRelatedLinks(blocks, roles);
  markBriefItems(blocks, roles);
  markTableCaptions(blocks, roles);

  const segments: Segment[] = [];
  let current: Segment | null = null;
  let afterEnd = false; // the previous segment closed with an end mark, signature, date or 附件 label
  let pendingYear: number | null = null; // a page's 发布时间 printed before the title it dates
  const titleLines = new Set<Block>(); // title-like lines that stand in a body (a heading, or an article's title missed)

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = roles[i]!;

    if (role.kind === "title" && opensDocument(blocks, roles, i, afterEnd, current)) {
      const underLabel = i > 0 && roles[i - 1]!.kind === "attachment";
      const titleBlocks: Block[] = [block];
      // (joint issuers stacked over the title, one per line, 某委办公室 / 某局 / 关于…, are its first lines)
      let issuers = isIssuerLine(block.passage.text) ? 1 : 0;
      while (i + 1 < blocks.length && roles[i + 1]!.kind === "title" && blocks[i + 1]!.kind === "line") {
        const next = blocks[i + 1]!.passage.text;
        const stacked = issuers === titleBlocks.length && titleBlocks.length < 4 && isIssuerLine(next);
        if (!stacked && !(titleBlocks.length - issuers < 3 && continuesTitle(next, blocks[i]!.passage.text))) break;
        if (stacked) issuers++;
        titleBlocks.push(blocks[++i]!);
      }
      // (issuer lines alone, with no 关于… under them, are a signature or a masthead: only the first is the title)
      if (issuers > 1 && issuers === titleBlocks.length) {
        i -= titleBlocks.length - 1;
        titleBlocks.length = 1;
      }
      // a speech's subtitle (——2025年1月15日在…会议上) and its speaker are no part of the title or the body
      // so are the issuers printed under a bulletin's title (某市统计局 / 国家统计局某调查队)
      // (past a page's own lines between: # 2026年…政府工作报告 / 发布时间：… / **——2026年1月15日在…会议上**)
      for (let j = i + 1, under = 0; j < blocks.length && under < 4 && j <= i + 6; j++) {
        if (roles[j]!.kind === "meta") continue;
        // (a subtitle wrapped as a PDF copy wraps it: ——2025年1月9日在…人民代表大会 / 第五次会议上)
        const subtitleTail = SPEECH_SUBTITLE.test(blocks[j - 1]!.passage.text) && SUBTITLE_TAIL.test(blocks[j]!.passage.text);
        // (and the speaker's name alone under the occasion and its date: ——在…全体会议上的工作报告 / (2026年1月15日) / 林国栋)
        const speakerName = under > 0 && SPEAKER_NAME.test(blocks[j]!.passage.text.trim());
        if (!((roles[j]!.kind === "title" || roles[j]!.kind === "body" || roles[j]!.kind === "date") && (subtitleTail || speakerName || isUnderTitle(blocks[j]!.passage.text)))) break;
        if (roles[j]!.kind !== "date") roles[j] = { kind: "meta" };
        under++;
      }
      const opensArticle = hasArticleOpening(roles, i + 1);
      current = {
        kind: afterEnd && !opensArticle && !isPolicyTitle(titleBlocks) && current !== null ? "orphan" : "document",
        title: joinPassages(titleBlocks),
        byline: null,
        continuedFrom: null,
        captions: [],
        body: [],
        // a headline with a byline under it is news (我市出台…行动方案), whatever its last word
        // (so is a post's headline, 重磅!青禾出台稳外贸十条措施)
        genre: isPolicyTitle(titleBlocks) && !opensArticle && !POST_HEADLINE.test(titleBlocks[0]!.passage.text) ? "policy" : "news",
        attached: underLabel && segments.some((seg) => seg.kind === "document" && seg.genre === "policy"),
        dateYear: pendingYear,
        endMarks: [],
      };
      pendingYear = null;
      segments.push(current);
      afterEnd = false;
      continue;
    }

    if (role.kind === "meta" || role.kind === "date") {
      const year = dateYearOf(block.passage.text, role.kind === "date");
      if (year !== null) {
        if (current === null) pendingYear = year;
        else current.dateYear ??= year;
      }
    }

    if (current === null) {
      // (an editor's note over the page's first title, however long, is the paper's word on the page: no article)
      // (nor is an attachment's label over the file's first title: 附件1 / 某市…规定 / (征求意见稿))
      if (role.kind === "meta" || role.kind === "caption" || role.kind === "date" || role.kind === "attachment" || EDITORS_NOTE.test(block.passage.text)) continue;
      current = { kind: "document", title: null, byline: null, continuedFrom: null, captions: [], body: [], genre: "news", attached: false, dateYear: pendingYear, endMarks: [] };
      segments.push(current);
      findings.report("no-title", "The text does not open with a title line; the document's title was taken from its first line.", block.passage.toRange(0, block.passage.length));
    }

    switch (role.kind) {
      case "meta":
        // (a bulletin's issue number after a text's body opens the next issue: …请注意防范。 / 2025年第9期)
        if (current.body.length > 0 && ISSUE_NUMBER.test(block.passage.text.trim())) afterEnd = true;
        break;
      case "caption":
        current.captions.push(block.passage);
        break;
      case "byline":
        current.byline ??= role.byline;
        pushRest(current, block, role.rest);
        break;
      case "continued":
        // (a continuation printed under the next page's masthead, after another article's body, (上接第一版)500亩,…,
        // is the rest of the text that turned the page there: an orphan for the repair stage to return)
        if (current.kind === "document" && current.body.length > 0) {
          current = { kind: "orphan", title: null, byline: null, continuedFrom: role.label, captions: [], body: [], genre: current.genre, attached: false, dateYear: current.dateYear, endMarks: [] };
          segments.push(current);
        } else current.continuedFrom ??= role.label;
        pushRest(current, block, role.rest);
        break;
      case "end": {
        // a second reporter's byline closing an article that opened with another's (本报讯(记者 周远)…
        // 南疆林果业迈向精深加工 … (本报记者 刘超)): the title-like line between opened a second article
        const split: number = role.byline && current.kind === "document" && current.genre === "news" && current.byline !== null && /记者|通讯员/u.test(current.byline) && !sharesName(current.byline, role.byline) ? secondArticleAt(current, titleLines, segments) : -1;
        if (split > 0) {
          const body: Block[] = current.body;
          current.body = body.slice(0, split);
          current = { kind: "document", title: body[split]!.passage, byline: role.byline, continuedFrom: null, captions: [], body: body.slice(split + 1), genre: "news", attached: false, dateYear: current.dateYear, endMarks: [] };
          segments.push(current);
        } else if (role.byline) current.byline ??= role.byline;
        if (current.body.length > 0) current.endMarks.push(block.passage.toRange(0, 0).start);
        afterEnd = true;
        break;
      }
      case "body-cut":
        current.body.push({ ...block, passage: block.passage.slice(0, role.cut).trim() });
        break;
      case "body-end":
        current.body.push({ ...block, passage: block.passage.slice(0, role.cut).trim() });
        if (role.byline) current.byline ??= role.byline;
        afterEnd = true;
        break;
      case "date":
        // a date under the title (a bulletin's, a speech's) opens the text; one after the body closes it
        if (current.body.length > 0) afterEnd = true;
        break;
      case "attachment":
        afterEnd = true;
        break;
      default:
        // words after an end mark that finish a sentence (50万元的标准给予奖补,…) or go on with a series (三是…):
        // a part of another article printed out of order, for the repair stage to return
        // (so are sentences after a box's value lines, printed inside an article's broken sentence: 数读… / 38.6万人 /
        // 全市老年人口 / … / 社会力量举办护理院…; a short one closing a sentence too: 图解 / ▲… / 公路1500公里,让…生活。)
        const afterBox = current.kind === "document" && current.title !== null && (BOX_HEADLINE.test(current.title.text) || GLUED_BOX_HEADLINE.test(current.title.text)) && block.kind === "line" && (block.passage.length > 30 || (block.passage.length > 12 && /[。;]$/u.test(block.passage.text))) && /[。;,]/u.test(block.passage.text);
        if ((afterEnd && block.kind === "line" && current.kind === "document" && current.body.length > 0 && (FRAGMENT_START.test(block.passage.text) || SERIES_GOES_ON.test(block.passage.text))) || afterBox) {
          current = { kind: "orphan", title: null, byline: null, continuedFrom: null, captions: [], body: [], genre: current.genre, attached: false, dateYear: current.dateYear, endMarks: [] };
          segments.push(current);
          afterEnd = false;
        }
        current.body.push(block);
        if (role.kind === "title") titleLines.add(block);
        if (afterEnd && block.kind !== "line") afterEnd = false;
        // an amendment decision closes with the law republished after it (…根据本决定作相应修改,重新公布。)
        if (REPUBLISHED.test(block.passage.text)) afterEnd = true;
    }
  }

  // (an orphan fragment has no title: it is part of another text)
  for (const seg of segments) if (seg.title === null && seg.body.length > 0 && seg.kind === "document") seg.title = seg.body[0]!.passage.slice(0, 30);
  return segments;
}

/**
 * A title line opens a new document at the start of the text, when an article opening (byline,
 * 上接) follows it, after an end mark or signature, or when it is a policy title after metadata.
 * A Markdown heading opens one only at the start or when it is a top-level policy title.
 */
function opensDocument(blocks: Block[], roles: Role[], i: number, afterEnd: boolean, current: Segment | null): boolean {
  const block = blocks[i]!;
  // (a numbered heading, # 三、保障措施, is a part of the text, whatever its last word; a policy's title after
  // a signature or a date, ## 某市…实施方案 under the notice issuing it, opens the policy at any depth)
  // (and a file of several top-level titles, # 我省出台… / # 合肥前三季度…, holds as many texts)
  // (and on an e-paper page clipped to Markdown, # 渠阳日报 · 第05版 over ## headlines, the headlines are its texts;
  // so is a headline with a byline under it)
  if (block.kind === "heading") return current === null || (leadingMarker(block.passage.text) === null && current.body.length > 0 && (((POLICY_TITLE.test(block.passage.text) || INTERPRETATION_TITLE.test(block.passage.text)) && (block.depth === 1 || afterEnd)) || (block.depth === topLevel(blocks, roles).depth && topLevel(blocks, roles).titles >= 2) || hasArticleOpening(roles, i + 1)));
  if (current === null) return true;
  // (a title right under a title is its second line; under a photo's caption, the next article's)
  if (current.body.length === 0 && current.byline === null && current.continuedFrom === null && current.captions.length === 0) return false;
  if (hasArticleOpening(roles, i + 1)) return true;
  // a page's column of briefs (民生简讯, 快讯) has no byline but is an item of its own
  // (and so is a commentary titled behind its column's name: 短评：让“民生温度”可感可及)
  if (BRIEFS_TITLE.test(blocks[i]!.passage.text.replace(/\s+/g, "")) || COMMENTARY_TITLE.test(blocks[i]!.passage.text)) return true;
  // so is a box under its column's label (图说丨河南农村公路“十四五”成绩单, 数读|…): its figures are no part of the article
  if (isBoxHeadline(blocks[i]!.passage.text, blocks[i + 1]?.passage.text)) return true;
  // (and a box of bulleted lines holds no headings: a title after them opens the next text, 数说… / ●… / 代表委员热议)
  if (afterEnd || (current.title !== null && /^[●■▲◆]/u.test(current.body[0]?.passage.text ?? "") && isBoxHeadline(current.title.text, current.body[0]!.passage.text))) return true;
  const title = blocks[i]!.passage.text;
  // an interpretation printed after the policy it explains (《…管理办法》解读, 关于《…》的政策解读) is a text of its own,
  // and so is a speech printed after the news of its meeting (在全市组织工作会议上的讲话(摘要))
  if (INTERPRETATION_TITLE.test(title) || SPEECH_TITLE.test(title)) return true;
  // (a blank form's parts, 审核意见 / 乡镇(街道)初审意见, are its own)
  if (current.title !== null && FORM_TITLE.test(current.title.text.replace(/\s+/gu, ""))) return false;
  const previous = roles[i - 1];
  // a text announced as printed in full after the article's words (…白皮书全文如下。) is a text of its own
  if (i > 0 && FULL_TEXT_FOLLOWS.test(blocks[i - 1]!.passage.text)) return true;
  // (so is a Q&A box under its question headline: 购房补贴怎么领?记者帮您问清楚 / 问:…)
  if (QA_HEADLINE.test(title) && blocks[i + 1] !== undefined && /^问\s*:/u.test(blocks[i + 1]!.passage.text)) return true;
  // (a title over two lines names its kind on the second: …关于区十九届人大三次会议 / 第27号建议的答复)
  if (previous !== undefined && previous.kind === "meta" && (POLICY_TITLE.test(title) || (roles[i + 1]?.kind === "title" && POLICY_TITLE.test(blocks[i + 1]!.passage.text)))) return true;
  // a box's headline under its label (链接 / 智能化煤矿分三个等级), an item's under its column's (【公约全文】 / 锦绣社区居民公约)
  if (previous !== undefined && previous.kind === "meta" && (SIDEBAR_LABEL.test(blocks[i - 1]!.passage.text) || (isColumnLabelText(blocks[i - 1]!.passage.text) && !/^[\d.]/u.test(title)))) return true;
  // a speech's title, then its occasion (关于《…(草案)》的说明 / ——2025年6月24日在…会议上)
  // (an interpretation titled apart, 让“山珍”变“金珍” / ——《…实施方案》解读)
  if (blocks[i + 1] !== undefined && INTERPRETATION_SUBTITLE.test(blocks[i + 1]!.passage.text)) return true;
  // (past the title's own second line, (2025—2027年), and metadata)
  let j = i + 1;
  while (j < blocks.length && j <= i + 2 && (roles[j]!.kind === "meta" || (roles[j]!.kind === "title" && PERIOD_LINE.test(blocks[j]!.passage.text)))) j++;
  const next = blocks[j];
  if (next === undefined) return false;
  const opening = next.passage.text.slice(0, 200);
  if (SPEECH_OCCASION.test(opening)) return true;
  // a text printed in full inside an article about it: a policy's title, then (past its adoption note) its
  // preamble (为…,制定以下措施。) or its first article or chapter
  // (and so is a rule printed after the decision that approves it, whatever the text before: 第一章 总则 follows its title)
  return POLICY_TITLE.test(title) && roles[j]!.kind === "body" && ((current.genre === "news" && PREAMBLE.test(opening)) || FIRST_ARTICLE.test(opening));
}

// (and a draft's explanation printed after it: 关于《…(征求意见稿)》的起草说明, 起草说明, 修订说明)
const INTERPRETATION_TITLE = /^(?:关于)?《[^》]{2,60}》(?:的)?(?:(?:政策)?(?:解读|问答)|(?:起草|编制|修订|修改)?说明)$|^(?:起草|编制|修订|修改)说明$/u;
// (or the official who explains it first: ——自治区商务厅负责人解读《…行动方案(2025—2027年)》)
const INTERPRETATION_SUBTITLE = /^[—-]{1,2}\s*(?:.{0,30}《[^》]{2,60}》.{0,12}(?:解读|问答|答记者问)|.{0,30}(?:解读|详解|答记者问)\s*《[^》]{2,60}》)$/u;
const SPEECH_TITLE = /^在[^。,]{2,60}(?:会议|大会|全会|论坛|仪式|座谈会|推进会|动员会)上的(?:讲话|致辞|报告|发言|主旨演讲)(?:\([^()]{1,8}\))?$/u;
/** A plan's period printed under its title: (2025—2027年). */
const PERIOD_LINE = /^\(\d{4}\s*[—\-–~至]\s*\d{4}年\)$/u;
/** A speech's occasion under its title: ——2025年6月24日在市第十五届人大常委会第二十一次会议上. */
const SPEECH_OCCASION = /^[—-]{1,2}\s*(?:\d{4}年\d{1,2}月\d{1,2}日\s*)?在[^。]{2,60}(?:会议|大会|论坛|仪式)上(?:的(?:讲话|报告|说明))?$/u;
/** A rule's first article or chapter (第一条 为了…, 第一章 总则). */
const FIRST_ARTICLE = /^第[一1]\s*(?:条|章)/u;
/** The end of a lead that prints a text in full after it: 白皮书全文如下。, 现将全文刊发如下: */
const FULL_TEXT_FOLLOWS = /(?:全文|原文|正文)(?:刊发|刊登|发布|摘登)?如下\s*[。:]?$/u;

/** A policy's opening sentence: its purpose and that it is made (为…,结合我市实际,制定本方案。). */
// (or a notice's: 根据…有关规定,经市委研究,拟对以下同志任职,现予以公示:)
const PREAMBLE = /^(?:为|根据|按照|依据)[^。]{4,160}(?:制定|制订|特制定|现提出|提出如下|现就|现予以?(?:公示|公告|公布))[^。]{0,20}(?:。|:)/u;

const topLevels = new WeakMap<Block[], { depth: number; titles: number }>();

/** A Markdown file's title level and how many unnumbered titles stand at it (two or more are texts of their own; computed once per file). */
function topLevel(blocks: Block[], roles: Role[]): { depth: number; titles: number } {
  let level = topLevels.get(blocks);
  if (level === undefined) {
    // (1, or 2 where the first-level headings are all page furniture: # 渠阳日报 · 第05版 over ## headlines)
    const firstLevel = blocks.flatMap((block, k) => (block.kind === "heading" && block.depth === 1 ? [k] : []));
    const depth = firstLevel.length > 0 && firstLevel.every((k) => roles[k]!.kind === "meta") ? 2 : 1;
    const titles = blocks.filter((block, k) => block.kind === "heading" && block.depth === depth && roles[k]!.kind !== "meta" && leadingMarker(block.passage.text) === null).length;
    level = { depth, titles };
    topLevels.set(blocks, level);
  }
  return level;
}

/** Whether a byline or (上接第X版) follows within the next few title, caption or meta lines. */
function hasArticleOpening(roles: Role[], from: number): boolean {
  for (let j = from; j < Math.min(roles.length, from + 4); j++) {
    const kind = roles[j]!.kind;
    if (OPENS_ARTICLE.has(kind)) return true;
    if (kind !== "title" && kind !== "caption" && kind !== "meta") return false;
  }
  return false;
}

function isPolicyTitle(titleBlocks: Block[]): boolean {
  return POLICY_TITLE.test(titleBlocks.map((b) => b.passage.text).join("")) || titleBlocks.some((b) => POLICY_TITLE.test(b.passage.text));
}

/** The year of a date line (2025年4月15日, 二〇二五年四月十五日) or of a page's date label (发布时间：2025-01-24). */
function dateYearOf(text: string, isDateLine: boolean): number | null {
  // (a newspaper page's header dates the page: 河南日报 2026年3月12日 星期四 要闻 2)
  const label = isDateLine ? /^\(?(\d{4}|[〇零一二三四五六七八九]{4})年/u.exec(text) : /^(?:发布时间|发布日期|成文日期|发文日期|印发日期)\s*:?\s*(\d{4})[-年./]|(\d{4})年\d{1,2}月\d{1,2}日(?=星期)/u.exec(text.replace(/\s+/gu, ""));
  if (!label) return null;
  const digits = label[1] ?? label[2]!;
  const year = /^\d+$/u.test(digits) ? Number(digits) : Number([...digits].map((c) => "〇一二三四五六七八九".indexOf(c === "零" ? "〇" : c)).join(""));
  return year >= 1949 && year <= 2100 ? year : null;
}

/** A subtitle under a title, set off by a dash (——在…会议上, ——记…): printed apart, not part of the title. */
const SPEECH_SUBTITLE = /^[—-]{1,2}/u;
/** The end of an occasion wrapped onto a line of its own: 第五次会议上, 全体会议上的工作报告. */
const SUBTITLE_TAIL = /^[^。,;:]{0,30}(?:会议|大会|论坛|仪式|座谈会)上(?:的[\u4e00-\u9fa5]{0,4}(?:讲话|报告|发言|说明))?$/u;
/** A name alone on its line (林国栋, 王　健), not a part's name (前言, 总则). */
const SPEAKER_NAME = /^(?!(?:前\s*言|引\s*言|总\s*则|附\s*则|目\s*录|摘\s*要|序\s*言|结\s*语)$)[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){1,2}$/u;
/** A speech's occasion without its dash, its speaker after it (2026年1月6日在…第六次会议上　区长　邵明哲). */
const DATED_OCCASION = /^\d{4}年\d{1,2}月\d{1,2}日\s*在[^。,]{2,60}(?:会议|大会|论坛|仪式)上(?:\s+[^。,]{0,20})?$/u;
/** A speaker under a speech's title: an office and a name, spaced apart (临江市市长 王建国). */
const SPEAKER = /^[\u4e00-\u9fa5、]{0,30}(?:市长|省长|县长|区长|镇长|乡长|州长|旗长|盟长|主席|主任|书记|局长|厅长|部长|处长|总理|秘书长|负责人|发言人|院长|董事长|总经理|巡视员|调研员|总工程师|总经济师|总规划师|总会计师|所长|站长|行长|会长|校长|检察长|庭长|队长|社长)\s+[\u4e00-\u9fa5·](?:\s*[\u4e00-\u9fa5·]){1,4}$/u;

/** A web page's list of related links (【相关阅读】 and the titles under it) is metadata, not a document. */
function markRelatedLinks(blocks: Block[], roles: Role[]): void {
  for (let i = 0; i < blocks.length; i++) {
    // (or any bracketed label over lines marked as links: 【政策解读】 / · 【图解】一图读懂《…》)
    const text = blocks[i]!.passage.text;
    const overLinks = text.startsWith("【") && /^【[^】]{2,8}】$/u.test(text) && blocks[i + 1] !== undefined && LINK_LINE.test(blocks[i + 1]!.passage.text);
    if (!overLinks && !/^[【\[]?(相关阅读|相关链接|相关文件|相关文章|相关政策|相关解读|相关新闻|相关稿件|延伸阅读|往期推荐|往期回顾|推荐阅读|热门推荐|更多阅读)[】\]]?:?$/u.test(text) && !(SITE_COLUMN.test(text) && blocks[i + 1] !== undefined && LINK_LINE.test(blocks[i + 1]!.passage.text))) continue;
    roles[i] = { kind: "meta" };
    // the links: titles, or lines marked as links (▶ 青禾这3个村入选省级名单!); a printed page's box of
    // related news holds articles instead, a title with a byline under it, which stay
    for (let j = i + 1; j < blocks.length && (roles[j]!.kind === "title" || roles[j]!.kind === "meta" || LINK_LINE.test(blocks[j]!.passage.text) || BARRED_LINK_LINE.test(blocks[j]!.passage.text) || (blocks[j]!.kind === "item" && blocks[j]!.passage.length <= 40)); j++) {
      // (so is a printed box's headline with its text under it: 延伸阅读 / 哪些管道纳入改造范围 / 根据…)
      if (roles[j]!.kind === "title" && (hasArticleOpening(roles, j + 1) || opensBoxText(blocks, roles, j + 1))) break;
      roles[j] = { kind: "meta" };
    }
  }
}

/** A site's column over its list of links (政策解读 / · 图解：一图读懂…). */
const SITE_COLUMN = /^(?:政策解读|热点专题|专题专栏|最新文件|通知公告|工作动态|便民服务)$/u;

/** A commentary's title behind its column's name (短评：让…可感可及). */
const COMMENTARY_TITLE = /^(?:短评|时评|快评|述评|评论|社论)\s*:\s*\S/u;

/** A column's name over an article (【政策解读】, ·政策解读·, 短评, 云栖时评); a 记者手记 heads a box inside its article. */
// (or a label behind a bar, ▍通知公告, and a page's public-affairs column: 政务公开)
const COLUMN_LABEL = /^【[^】]{2,10}】$|^[·•・]\s*[\u4e00-\u9fa5]{2,8}\s*[·•・]$|^[▍▌▎▐]\s*[\u4e00-\u9fa5]{2,8}$|^(?:通知公告|公示公告|政务公开|信息公开|权威发布|政策发布)$|^(?:部门|[市县区省]?政府|[市县区]政府办公室|省政府办公厅)文件$|^(?!的)[\u4e00-\u9fa5]{0,4}(?:短评|时评|快评|述评|政策解读|图解|图片新闻|图片报道|图说)$/u;

// (or a link named by its medium: 图解：一图读懂…12条, 视频：…)
const LINK_LINE = /^[▶►▷→·•]\s*\S.{0,40}$|^[▶►▷→·•]\s*\S.{0,60}\s\d{4}-\d{2}-\d{2}$|^(?:图解|视频|图文解读|文字解读|一图读懂|动漫解读|H5)\s*:\s*\S.{0,40}$/u;
/** The same named behind a bar (图解｜…每亩最高补20元): a link only under a related-links label, a box's headline elsewhere. */
const BARRED_LINK_LINE = /^(?:图解|视频|图文解读|文字解读|一图读懂|动漫解读|H5)\s*[|丨]\s*\S.{0,40}$/u;

/** A column's label (【公约全文】, ▍通知公告), not a label with its value (【责任编辑：许静】). */
function isColumnLabelText(text: string): boolean {
  return !text.includes(":") && COLUMN_LABEL.test(text.replace(/\s+/g, ""));
}

/** A box's label over its headline (链接, 延伸阅读, 一图读懂): the box is a text of its own, titled by the headline. */
const SIDEBAR_LABEL = /^(?:[■□◆◇●◎]\s*)?[【\[]?(?:新闻链接|知识链接|背景链接|政策链接|相关链接|链接|延伸阅读|一图读懂|图解|名词解释|小贴士)[】\]]?:?$/u;

/** A box's headline asked as a question (相关链接 / 积分入学怎么算? / ①基础分:…) titles the box as a statement would. */
// (and a Q&A box's headline over its questions: 购房补贴怎么领?记者帮您问清楚 / 问:哪些人可以申请…)
function markBoxQuestions(blocks: Block[], roles: Role[]): void {
  for (let i = 0; i + 2 < blocks.length; i++) {
    const text = blocks[i]!.passage.text;
    if (blocks[i]!.kind === "line" && roles[i]!.kind === "body" && QA_HEADLINE.test(text) && /^问\s*:/u.test(blocks[i + 1]!.passage.text)) {
      roles[i] = { kind: "title" };
      continue;
    }
    if (!SIDEBAR_LABEL.test(text)) continue;
    const headline = blocks[i + 1]!;
    if (headline.kind === "line" && roles[i + 1]!.kind === "body" && BOX_QUESTION.test(headline.passage.text) && opensBoxText(blocks, roles, i + 2)) roles[i + 1] = { kind: "title" };
  }
}

const BOX_QUESTION = /^[^。;,!?:]{4,30}\?$/u;
const QA_HEADLINE = /^[^。;,!?:]{4,24}\?[^。;,!?:]{0,16}$/u;

/** Whether blocks[at] is a paragraph of prose (a box's text under its headline), not a link or a label. */
function opensBoxText(blocks: Block[], roles: Role[], at: number): boolean {
  const block = blocks[at];
  return block !== undefined && roles[at]!.kind === "body" && block.passage.length >= 20 && /[。:]/u.test(block.passage.text);
}

/** A line under a title that is no part of it and no body: a dash subtitle, a speaker, an issuer, a date. */
function isUnderTitle(text: string): boolean {
  // (a dash item with a sentence, ——加快建设…。, is a measure)
  return (SPEECH_SUBTITLE.test(text) && text.length <= 60 && !/[。;!?]$/u.test(text)) || SPEAKER.test(text) || (text.length <= 80 && DATED_OCCASION.test(text)) || DATE_LINE.test(text) || (text.length <= 40 && SIGNATURE.test(text.replace(/\s+/g, "")));
}

/** Whether a title-like line after a title line goes on with it (a title printed over two lines). */
function continuesTitle(text: string, previous = ""): boolean {
  // (the kind alone on the last line: …三年行动方案(2026—2028年) / 的通知, 关于《…实施细则》 / 的政策解读)
  if (/^的(?:通知|批复|复函|函|决定|公告|通告|意见|报告|请示|政策解读|解读|起草说明|说明)$/u.test(text)) return true;
  if (previous.lastIndexOf("《") > previous.lastIndexOf("》") && text.includes("》")) return true;
  if (text.length <= 40 && SIGNATURE.test(text.replace(/\s+/g, ""))) return false;
  // (a title closed by its bracketed kind, …执行报告（摘要）, is whole)
  if (previous.endsWith(")") && POLICY_TITLE.test(previous) && !/^\(.{2,20}\)$/u.test(text)) return false;
  // (a box's headline, 图说丨…成绩单, is whole: its value lines, 24.6万公里 / 农村公路总里程, are its body)
  if (isBoxHeadline(previous, text)) return false;
  // a heading under the title (第一部分 总则, 【丰富夜间消费业态】, ■发展基础) opens the body
  if (text.startsWith("【") || /^[■□◆◇▲●◎]/u.test(text) || leadingMarker(text) !== null) return false;
  // a dash subtitle or 目录 stands apart (an adoption note is metadata already, see ADOPTION_NOTE)
  if (SPEECH_SUBTITLE.test(text) || isContentsLabel(text)) return false;
  return !SPEAKER.test(text);
}

function isContentsLabel(text: string): boolean {
  // (a standard's is 目次)
  return text.length <= 6 && /^目[录次]$/u.test(text.replace(/\s+/g, ""));
}

/** The field names of a web page's file header (索引号, 发文机关, 成文日期, 有效性). */
const FILE_HEADER_FIELD = /^(?:索\s*引\s*号|主题分类|体裁分类|组配分类|服务对象|发文机关|发布机构|成文日期|发文日期|发布日期|生效日期|废止日期|文\s*号|发文字号|有\s*效\s*性|时\s*效\s*性|公开方式|公开范围|信息来源|所属机构|标\s*题|名\s*称)\s*:?$/u;

/**
 * A web page's file header copied one cell per line (索引号 / 1133…/2026-00102 / 发文机关 / 沐州市人民政府办公室):
 * metadata, field and value, where three or more of its fields stand on lines of their own.
 */
/**
 * A brief's writer credited in brackets after its last sentence, the next article's title after it (…公开透明。 /
 * (罗晓峰) / 积分制要防止…): the brief's end. Only there: (规范性) or (万元) alone on a line are a title's or a
 * table's.
 */
function markEndCredits(blocks: Block[], roles: Role[]): void {
  for (let i = 1; i + 1 < blocks.length; i++) {
    const text = blocks[i]!.passage.text;
    // (the brief may be one paragraph under its dateline: 本报讯(通讯员 罗晓峰)近日,…。 / (罗晓峰))
    if (text.length > 5 || !END_CREDIT.test(text) || (roles[i - 1]!.kind !== "body" && roles[i - 1]!.kind !== "byline") || !/。$/u.test(blocks[i - 1]!.passage.text) || roles[i + 1]!.kind !== "title") continue;
    roles[i] = { kind: "end", byline: null };
  }
}

const END_CREDIT = /^\([\u4e00-\u9fa5]{2,3}\)$/u;

/** A village rule's adoption line, unbracketed: 2025年3月18日经白水村村民代表会议表决通过　白水村村民委员会印发. */
const ADOPTED_ON = /^\d{4}年\d{1,2}月\d{1,2}日经[^。,;]{2,40}(?:通过|批准)(?:\s+[^。,;]{2,30}(?:印发|发布|公布))?$/u;

/** A blank form's places to sign and date (申领人(签字):, (盖章), 年　　月　　日): no signature that ends a text. */
const FORM_PLACEHOLDER = /^[\u4e00-\u9fa5]{0,12}\((?:签字|签名|签章|盖章)\)\s*:?$|^年\s+月\s+日$/u;

/** A meeting's document header, its number after it or on the next line: 雁川市纪委十一届五次全会文件 / (2). */
const MEETING_FILE = /^[\u4e00-\u9fa5]{4,40}(?:会议|全会|大会)文件(?:\s*\(\d{1,3}\))?$|^\(\d{1,3}\)$/u;

/** A site's navigation words (首页 政务公开 政务服务 互动交流 走进禾川), and its address line (www.songxi.gov.cn). */
const NAV_WORD = /^(?:网站)?首页$|^(?:政务公开|政府信息公开|信息公开|政务服务|办事服务|在线办事|互动交流|政民互动|公众参与|机构概况|领导信息|新闻中心|新闻动态|要闻动态|专题专栏|数据开放|依申请公开|政府信息公开(?:指南|制度|年报)|法定主动公开内容|走进[\u4e00-\u9fa5]{2,4}|无障碍(?:浏览|阅读)?|长者模式|English|简体版?|繁[體体]版?|登录|注册|搜索)$/u;
/** A footer's group of links to other sites (友情链接 / 县直部门, then their names one a line). */
const LINK_GROUP_LABEL = /^(?:友情链接|[省市县区]直部门|部门网站|政府网站|乡镇(?:街道)?网站|相关网站)$/u;
/** An office's or a site's name alone on a line, as link lists print them (应急管理部, 县消防救援大队). */
const OFFICE_NAME = /^[\u4e00-\u9fa5]{2,20}(?:政府|局|委员会|委|厅|部|办公室|中心|大队|支队|院|所|网)$/u;
const SITE_ADDRESS = /^(?:https?:\/\/)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/iu;

/**
 * A page's navigation printed as text: lines of navigation words only (首页　　政务公开　　政务服务, or one word a line
 * over three lines or more), and the site's address. Chrome, not a title or a heading.
 */
function markSiteNavigation(blocks: Block[], roles: Role[]): void {
  const words = (k: number) => {
    if (blocks[k]?.kind !== "line") return 0;
    const tokens = blocks[k]!.passage.text.split(/[\s|]+/u).filter((token) => token.length > 0);
    return tokens.length > 0 && tokens.every((token) => NAV_WORD.test(token)) ? tokens.length : 0;
  };
  for (let i = 0; i < blocks.length; i++) {
    let end = i;
    let count = 0;
    if (blocks[i]!.kind === "line" && LINK_GROUP_LABEL.test(blocks[i]!.passage.text.trim())) {
      for (end = i + 1; end < blocks.length && blocks[end]!.kind === "line" && OFFICE_NAME.test(blocks[end]!.passage.text.trim()); end++);
    } else if (blocks[i]!.kind === "line" && SITE_ADDRESS.test(blocks[i]!.passage.text.trim())) end++;
    else {
      for (let n = words(end); n > 0; n = words(end)) {
        count += n;
        end++;
      }
      if (count < 3) continue;
    }
    for (let k = i; k < end; k++) roles[k] = { kind: "meta" };
    // (the site's name stands over them: 松溪县人民政府 / www.songxi.gov.cn / 首页 …)
    for (let k = i - 1; k >= 0 && k >= i - 2 && roles[k]!.kind !== "meta" && isSiteName(blocks[k]!); k--) roles[k] = { kind: "meta" };
    i = end - 1;
  }
}

/** A short line naming an office or its site (峤山县人民政府, 澄川市人力资源和社会保障局), over the site's navigation. */
function isSiteName(block: Block): boolean {
  return block.kind === "line" && block.passage.length <= 24 && (OFFICE_NAME.test(block.passage.text.trim()) || SITE_NAME.test(block.passage.text.trim()));
}

function markFileHeaderCells(blocks: Block[], roles: Role[]): void {
  const fields = blocks.map((block) => block.passage.length <= 8 && FILE_HEADER_FIELD.test(block.passage.text));
  if (fields.filter(Boolean).length < 3) return;
  for (let i = 0; i < blocks.length; i++) {
    if (!fields[i]) continue;
    roles[i] = { kind: "meta" };
    // its value: the next line, short, and not itself a field (a title stays: 标题 / …的通知 is the file's title)
    const next = blocks[i + 1];
    if (next && !fields[i + 1] && next.passage.length <= 40 && !/^(?:标\s*题|名\s*称)/u.test(blocks[i]!.passage.text)) roles[i + 1] = { kind: "meta" };
  }
}

/**
 * A table of contents (目录, then the chapter titles) is metadata: its lines are the headings printed
 * again below, and would open each chapter twice. Taken are the short lines after 目录 that stand again later.
 */
function markContents(blocks: Block[], roles: Role[]): void {
  const at = blocks.findIndex((block) => isContentsLabel(block.passage.text));
  if (at < 0) return;
  roles[at] = { kind: "meta" };
  // (an entry printed with its leader and page, 澜屿市…若干措施……… 1, is the title below it)
  // (a standard numbers its front pages in Roman: 前言 …… II)
  const key = (block: Block) => block.passage.text.replace(/[….·\s]+(?:\d{0,4}|[IVX]{1,4})$/u, "").replace(/\s+/g, "");
  const lastIndex = new Map<string, number>();
  blocks.forEach((block, index) => lastIndex.set(key(block), index));
  // (a standard's appendix is listed on one line, 附录A（规范性）评分计算方法, and headed over three: 附录A / （规范性） / 评分计算方法)
  const listed = (j: number) => lastIndex.get(key(blocks[j]!))! > j || /^附\s*录\s*[A-Z]/u.test(blocks[j]!.passage.text);
  for (let j = at + 1; j < blocks.length && blocks[j]!.passage.text.length <= 40 && listed(j); j++) roles[j] = { kind: "meta" };
}

/** 附件1：某市…工作方案 on one line, an attachment printed in full under it: the label, then its title. */
// (or only 附: when one text is printed after another: 附：岜扣村村规民约三字经)
const ATTACHMENT_WITH_TITLE = /^(附件\s*\d{1,2}\s*:|附\s*:)\s*(?=\S)/u;

/**
 * Splits a line that holds an attachment's label and its title into the two, so the title opens the
 * attachment's document. A run of such lines (附件1：… 附件2：…) lists the attachments, and stays.
 */
function splitAttachmentTitles(blocks: Block[]): Block[] {
  const isLabelled = (block: Block | undefined) => block !== undefined && block.kind === "line" && ATTACHMENT_WITH_TITLE.test(block.passage.text);
  if (!blocks.some(isLabelled)) return blocks;
  return blocks.flatMap((block, i) => {
    if (!isLabelled(block) || isLabelled(blocks[i - 1]) || isLabelled(blocks[i + 1])) return [block];
    const label = ATTACHMENT_WITH_TITLE.exec(block.passage.text)!;
    const title = block.passage.slice(label[0].length).trim();
    if (!isTitleLike(title.text, 90) || !(POLICY_TITLE.test(title.text) || (/^附\s*:/u.test(label[1]!) && isTitleLike(title.text)))) return [block];
    return [{ ...block, passage: block.passage.slice(0, label[1]!.length) }, { ...block, passage: title }];
  });
}

/** A short line naming an issuing body directly before a date line is a signature. */
function markSignatures(blocks: Block[], roles: Role[]): void {
  for (let i = 1; i < blocks.length; i++) {
    if (roles[i]!.kind !== "date") continue;
    // (joint issuers may fill four lines or more, two to a line)
    for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
      // joint issuers are printed on one line, spaced apart
      if (SIGNATURE.test(blocks[j]!.passage.text.replace(/\s+/g, ""))) roles[j] = { kind: "meta" };
      else break;
    }
  }
}

/**
 * A masthead is metadata, never the title: a site's name (某市人民政府门户网站) or a column's label anywhere, and an issuer's
 * name or 红头 (某市人民政府督查室, 某市人民政府文件) standing over the 文号 line that precedes the title.
 */
/**
 * A run of ▲ paragraphs (a 简讯 column's items, ▲5月12日，县应急管理局…) is text; a ▲ line standing
 * alone, or one crediting a photo, is a caption.
 */
function markBriefItems(blocks: Block[], roles: Role[]): void {
  const isBriefItem = (at: number) => {
    const text = blocks[at]?.passage.text ?? "";
    return text.startsWith("▲") && !/摄|图为|图片/u.test(text);
  };
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i]!.kind === "caption" && isBriefItem(i) && (isBriefItem(i - 1) || isBriefItem(i + 1))) roles[i] = { kind: "body" };
  }
}

function markMastheads(blocks: Block[], roles: Role[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.passage.text.replace(/\s+/g, "");
    if (roles[i]!.kind !== "title" || text.length > 40) continue;
    // a column's label over the first title of its column (短讯, 【政策解读】) names the column, not the article
    // (past the issue line under it: 政策速递 / 2025年第41期…本期编辑：… / 工信部…)
    const next = roles[i + 1]?.kind === "meta" ? roles[i + 2] : roles[i + 1];
    // (and a page's name under its masthead: 宁岫日报 2026年5月20日 星期三 / 要闻 / 激活数据要素…)
    const isColumnLabel = ((BRIEFS_TITLE.test(text) || COLUMN_LABEL.test(text) || SIDEBAR_LABEL.test(text)) && next?.kind === "title") || (i > 0 && roles[i - 1]!.kind === "meta" && PAGE_NAME.test(text) && next?.kind === "title");
    // (a county paper's short name over its page header, 清江报 / 2026年5月14日 星期四 第4版, is its masthead)
    const isPaperName = PAPER_NAME_SHORT.test(text) && roles[i + 1]?.kind === "meta" && /\d{4}年\d{1,2}月\d{1,2}日|第\s*[\dA-Z]{1,3}\s*版/u.test(blocks[i + 1]!.passage.text);
    // (and so is a bulletin's name over its issue number: 督　查　通　报 / 第9期)
    // (its issuer may stand over it: 桂南市气象台 / 重要天气报告 / 2025年第9期)
    const isBulletinName = text.length <= 12 && blocks[i + 1] !== undefined && ISSUE_NUMBER.test(blocks[i + 1]!.passage.text.trim());
    if (isBulletinName) for (let j = i - 1; j >= 0 && j >= i - 2 && roles[j]!.kind === "title" && blocks[j]!.passage.text.length <= 12; j--) roles[j] = { kind: "meta" };
    if (SITE_NAME.test(text) || isColumnLabel || isPaperName || isBulletinName) roles[i] = { kind: "meta" };
    // (an issuer over the title, 某局 某局 / 关于…的通知 with the 文号 under it, is the title's first line)
    // (a joint 红头 stands on lines of its own, 某局 / 文件 / 某局, or names the issuers one per line)
    // (a reply's class, A类, may stand between)
    else if (isRedHeadLine(text) && [1, 2].some((k) => blocks[i + k] !== undefined && DOC_NUMBER.test(blocks[i + k]!.passage.text) && (k === 1 || roles[i + 1]!.kind === "meta"))) {
      for (let j = i; j >= 0 && roles[j]!.kind === "title" && isRedHeadLine(blocks[j]!.passage.text.replace(/\s+/g, "")); j--) roles[j] = { kind: "meta" };
    }
    // (and a report's author under its occasion: ——2025年10月28日在…会议上 / 省人大常委会执法检查组)
    else if (i > 0 && SPEECH_OCCASION.test(blocks[i - 1]!.passage.text) && (SIGNATURE.test(text) || /[\u4e00-\u9fa5]{2,30}(?:检查组|调研组|督查组|工作组|专题组)$/u.test(text))) roles[i] = { kind: "meta" };
    // (so is a body's name over a page's navigation, 沐州市人民政府 / 首页 > 政务公开 > …: the site's)
    // (and a letterhead over a reply's file table, 萧岭市商务局 / | 提案编号 | … | / # 关于…提案的答复)
    else if (i === 0 && isIssuerLine(text) && blocks[1]?.kind === "table" && FILE_TABLE_FIELD.test(blocks[1].passage.text) && blocks[2] !== undefined && (blocks[2].kind === "heading" || roles[2]!.kind === "title")) {
      roles[0] = { kind: "meta" };
      roles[1] = { kind: "meta" };
    }
    // (or a site's short name, 澄溪人大网 / 首页 >> 监督工作 >> 审议意见)
    else if (i === 0 && (SIGNATURE.test(text) || (text.length <= 12 && /网$/u.test(text))) && roles[1]?.kind === "meta" && /[>|]/u.test(blocks[1]!.passage.text)) roles[i] = { kind: "meta" };
  }
}

/** A reply's or a file's table of particulars: 提案编号, 答复类别, 公开属性, 索引号. */
const FILE_TABLE_FIELD = /(?:提案|建议|议案)编号|答复类别|办理类型|公开属性|公开方式|索引号|发文字号/u;

function isIssuerLine(text: string): boolean {
  return text.length <= 40 && SIGNATURE.test(text.replace(/\s+/g, ""));
}

function isRedHeadLine(text: string): boolean {
  return isIssuerLine(text) || (text.length <= 40 && text.endsWith("文件"));
}

/**
 * A PDF copy's running head (某市人民政府公报　2025年第3期), printed again on every page: a short line
 * without sentence punctuation that stands more than once, next to a page number or a page's first line.
 */
function markRunningHeads(blocks: Block[], roles: Role[]): void {
  const isPageNumber = (block: Block | undefined) => block !== undefined && PAGE_NUMBER.test(block.passage.text);
  if (!blocks.some(isPageNumber)) return;
  const seen = new Map<string, number>();
  for (const block of blocks) {
    // (a table that goes on over a page break holds that page's head among its lines)
    for (const text of block.kind === "table" ? block.passage.text.split("\n") : [block.passage.text]) {
      if (text.length <= 50 && !/[。!?;,]/u.test(text)) seen.set(text, (seen.get(text) ?? 0) + 1);
    }
  }
  // (a running head may repeat the copy's title on one line where the title stands over two: 闽澜市…规划 / 和…纲要(节选))
  const opening = blocks.slice(0, 2).map((block) => block.passage.text.replace(/\s+/gu, "")).join("");
  const repeatsTitle = (text: string) => text.length >= 8 && !/[。!?;,]/u.test(text) && opening.startsWith(text.replace(/\s+/gu, ""));
  const atPageBreak = new Set<string>();
  for (let i = 0; i < blocks.length; i++) if (isPageNumber(blocks[i - 1]) || isPageNumber(blocks[i + 1])) atPageBreak.add(blocks[i]!.passage.text);
  const met = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.passage.text;
    // (a plan's title first stands at the top of the page after its notice's end, 2025年3月12日 / (此件公开发布) /
    // — 1 —: the title, repeated after it as the running head of the plan's pages)
    const first = !met.has(text);
    met.add(text);
    if (first && i >= 2 && isPageNumber(blocks[i - 1]) && POLICY_TITLE.test(text) && (roles[i - 2]!.kind === "date" || PUBLIC_NOTE.test(blocks[i - 2]!.passage.text.trim()))) continue;
    // (the copy's first line is a page's first line too, when it stands again at a page break: an issuer over
    // its title that stands again only as the signature is no running head)
    const repeated = ((seen.get(text) ?? 0) >= 2 || (i >= 2 && repeatsTitle(text))) && (i === 0 ? atPageBreak.has(text) : isPageNumber(blocks[i - 1]) || isPageNumber(blocks[i + 1]));
    if (repeated || ((isPageNumber(blocks[i - 1]) || isPageNumber(blocks[i + 1])) && ISSUE_OF_GAZETTE.test(text))) roles[i] = { kind: "meta" };
  }
}

/** A gazette's running head: its name and issue (霁川市人民政府公报　2025年第3期, 2025年第4期). */
const ISSUE_OF_GAZETTE = /^(?:[\u4e00-\u9fa5]{2,20}(?:公报|政报|通讯))?\s*(?:\d{4}年)?第\s*\d{1,3}\s*期(?:\s*\(总第\s*\d+\s*期\))?$|^[\u4e00-\u9fa5]{2,20}(?:公报|政报)$/u;

/** A commentary's author under its title: a school or office, a title, a name (南屏师范学院教授　章启明). */
const AUTHOR_LINE = /^[\u4e00-\u9fa5]{2,24}(?:教授|副教授|研究员|副研究员|讲师|博士|专家|学者)\s+[\u4e00-\u9fa5](?:\s?[\u4e00-\u9fa5]){1,3}$/u;

/** A name spaced out under a commentary's title (晓　舟): its byline. */
// (not a document's kind spaced out in its title block: 公　　告, 目　　录)
const SPACED_NAME = /^(?!(?:公\s+告|通\s+告|通\s+知|决\s+定|目\s+录|前\s+言|命\s+令)$)[\u4e00-\u9fa5](?:\s+[\u4e00-\u9fa5]){1,2}$/u;

/**
 * A newspaper's headline may hold a colon or a comma (民政部:加快发展农村养老服务, 补贴发得准,更要发得快):
 * a short line of that kind with a byline under it is a title; so is a spaced name under a title a byline.
 */
function markHeadlines(blocks: Block[], roles: Role[]): void {
  // an e-paper's list of the page's headlines (本版标题: / · 岚江出台…) is its furniture: the articles follow
  for (let i = 0; i < blocks.length; i++) {
    if (!PAGE_HEADLINES_LABEL.test(blocks[i]!.passage.text)) continue;
    roles[i] = { kind: "meta" };
    for (let j = i + 1; j < blocks.length && /^[·•●]\s*\S/u.test(blocks[j]!.passage.text); j++) roles[j] = { kind: "meta" };
  }
  // a clipped page's kicker or column label in bold over a Markdown headline (**链通城乡　鲜达万家** / ## 我省出台…,
  // **短评** / ## …): the headline's furniture
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i]!;
    // (not a bracketed note under a title, **(征求意见稿)**, a figure, nor a line over a part's heading: # 第一章 …)
    if (block.kind === "line" && block.strongLead > 0 && block.strongLead >= block.passage.length - 2 && block.passage.length <= 20 && !/[。!?;:,]|^[(\d]/u.test(block.passage.text) && blocks[i + 1]!.kind === "heading" && leadingMarker(blocks[i + 1]!.passage.text) === null) roles[i] = { kind: "meta" };
  }
  // a headline over an interpretation's subtitle is one whatever its commas (技能强省,新政怎么“发力” / ——…解读《…》)
  for (let i = 0; i + 1 < blocks.length; i++) {
    const text = blocks[i]!.passage.text;
    if (roles[i]!.kind === "body" && text.length <= 30 && !/[。!?;:]/u.test(text) && leadingMarker(text) === null && INTERPRETATION_SUBTITLE.test(blocks[i + 1]!.passage.text)) roles[i] = { kind: "title" };
  }
  // a title broken inside its 《》 (关于印发《…工作 / 考核办法》的通知, or over three lines: …《某省 / …行动计划 /
  // (2025—2027年)》的通知): all its lines are the title's
  const isTitlePiece = (text: string) => text.length <= 40 && !/[。!?;]/u.test(text);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const text = blocks[i]!.passage.text;
    if (roles[i]!.kind !== "body" || !isTitlePiece(text) || text.lastIndexOf("《") <= text.lastIndexOf("》")) continue;
    for (let j = i + 1; j <= i + 2 && j < blocks.length && isTitlePiece(blocks[j]!.passage.text) && !blocks[j]!.passage.text.includes("《"); j++) {
      const next = blocks[j]!.passage.text;
      if (!next.includes("》")) continue;
      if (POLICY_TITLE.test(next)) for (let k = i; k <= j; k++) roles[k] = { kind: "title" };
      break;
    }
  }
  for (let i = 0; i + 1 < blocks.length; i++) {
    const text = blocks[i]!.passage.text;
    if (roles[i]!.kind !== "body" || text.length > 30 || !/[,:]/u.test(text) || /[。!?;:]$|[。!?;]/u.test(text) || leadingMarker(text) !== null) continue;
    const next = roles[i + 1]!;
    // (or a kicker over the headline and its deck: 重阳节前夕,记者走访城区老年助餐点 / “家门口的食堂”吃出幸福味 / … / 本报记者…)
    // (a deck may hold a comma too: 全市老年助餐点达412个,日均服务老年人1.8万人次)
    const headlinePiece = (k: number) => roles[k]?.kind === "title" || (roles[k]?.kind === "body" && blocks[k]!.passage.length <= 36 && !/[。!?;:]/u.test(blocks[k]!.passage.text));
    const overHeadline = next.kind === "title" && !text.includes(":") && (roles[i + 2]?.kind === "byline" || (headlinePiece(i + 2) && roles[i + 3]?.kind === "byline"));
    if (next.kind === "byline" || next.kind === "continued" || overHeadline || (i + 2 < blocks.length && SPACED_NAME.test(blocks[i + 1]!.passage.text))) roles[i] = { kind: "title" };
  }
  // a feature's dash subtitle between its headline and byline (——澄源县整治形式主义为基层减负见闻) is the headline's
  for (let i = 0; i + 2 < blocks.length; i++) {
    if (roles[i]!.kind === "title" && roles[i + 1]!.kind === "body" && roles[i + 2]!.kind === "byline" && SPEECH_SUBTITLE.test(blocks[i + 1]!.passage.text) && isUnderTitle(blocks[i + 1]!.passage.text)) roles[i + 1] = { kind: "meta" };
  }
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (roles[i]!.kind === "title" && (roles[i + 1]!.kind === "body" || roles[i + 1]!.kind === "title") && (SPACED_NAME.test(blocks[i + 1]!.passage.text) || AUTHOR_LINE.test(blocks[i + 1]!.passage.text))) {
      roles[i + 1] = { kind: "byline", byline: blocks[i + 1]!.passage.text, rest: blocks[i + 1]!.passage.length };
    }
  }
}

/** The numbered lines after 附件：1.… name attachments; they are metadata, not measures. */
function markAttachmentLists(blocks: Block[], roles: Role[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (!ATTACHMENT_LIST.test(blocks[i]!.passage.text)) continue;
    for (let j = i + 1; j < blocks.length && /^\d{1,2}[.、]/.test(blocks[j]!.passage.text) && isTitleLike(blocks[j]!.passage.text, 60); j++) roles[j] = { kind: "meta" };
  }
}

/**
 * Where a second article starts in a news document's body: its last title-like line without a mark
 * (■, 【, 一、) between two paragraphs (the first article's subheads stand before it); -1 when there is none.
 */
function secondArticleAt(segment: Segment, titleLines: Set<Block>, earlier: Segment[]): number {
  const body = segment.body;
  for (let k = body.length - 2; k >= 1; k--) {
    const block = body[k]!;
    const text = block.passage.text;
    if (!(titleLines.has(block) || PLACE_TITLE.test(text)) || /^[■□◎●◆▲【\[]/u.test(text) || leadingMarker(text) !== null) continue;
    if (titleLines.has(body[k - 1]!) || titleLines.has(body[k + 1]!)) return -1;
    // (a pull quote breaking a sentence, 800亿元以上。 going on under it, opens nothing)
    if (FRAGMENT_START.test(body[k + 1]!.passage.text)) continue;
    // (a part that speaks of a policy an earlier article named (《实施意见》提出…) is that article's, printed out of place)
    const later = body.slice(k + 1).map((b) => b.passage.text).join("");
    const before = body.slice(0, k).map((b) => b.passage.text).join("");
    const named = [...later.matchAll(/《([^》]{2,12})》/gu)].map((m) => m[0]);
    if (named.some((name) => !before.includes(name) && earlier.some((seg) => seg !== segment && seg.body.some((b) => b.passage.text.includes(name))))) return -1;
    return k;
  }
  return -1;
}

/** A feature's title that names its place first (梨树县:黑土地上“种”出新希望). */
const PLACE_TITLE = /^[\u4e00-\u9fa5]{2,6}(?:省|市|县|区|镇|乡|村|州):[^,;。!?:]{4,30}$/u;
/** A news headline led by a province's name (山东：农村低保标准提高至每人每年7200元). */
const PROVINCE_HEADLINE = /^(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆):[^,;。!?:]{4,36}$/u;

/** Whether two bylines name a reporter in common (本报讯(记者 周远) and (周 远)): the same article's. */
function sharesName(first: string, second: string): boolean {
  const names = (byline: string) => byline.replace(/\s+/gu, "").split(/本报讯|本报记者|本报通讯员|新华社记者|记者|通讯员|实习生|[()、,]/u).filter((name) => name.length >= 2);
  const earlier = first.replace(/\s+/gu, "");
  return names(second).some((name) => earlier.includes(name));
}

function pushRest(segment: Segment, block: Block, rest: number): void {
  const passage = block.passage.slice(rest).trim();
  if (passage.length > 0) segment.body.push({ ...block, passage, kind: "line", opensBody: true });
}

/** A title printed over several lines is one title: joined without the line break, each piece in its place. */
function joinPassages(blocks: Block[]): Passage {
  const parts: Passage[] = [];
  for (const block of blocks) {
    const previous = parts[parts.length - 1];
    if (previous && !(/[\u4e00-\u9fa5”》)]$/u.test(previous.text) && /^[\u4e00-\u9fa5“《(\d]/u.test(block.passage.text))) parts.push(new Passage(" ", []));
    parts.push(block.passage);
  }
  return Passage.join(parts);
}
