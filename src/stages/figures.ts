/**
 * Stage 8: quantitative figures. Each number with a unit in a quantitative statement becomes a
 * Target: its comparator from the words around it, goal or status from the sentence's cues, the year
 * and plan period stated before it in the same sentence, and a short indicator. Numbers that are not
 * figures (dates, years, document numbers, names like 5G or “33618”, counts of the text's own parts,
 * denominators, age qualifiers) are ruled out with a reason, which --explain reports.
 */
import type { Findings } from "../diagnostics/report.js";
import { baseOf, parseArabic, parseChineseNumeral, roundSignificant, splitMagnitude } from "../numbers/parse.js";
import { GROUP_HEADER, smallChineseNumber, withoutSpreading } from "../text/chars.js";
import { isWhiteSpace, type Passage, type Range } from "../text/passage.js";
import { triePattern } from "../text/trie-pattern.js";

export type Comparator = "gt" | "gte" | "lt" | "lte" | "eq" | "approx";
export type Kind = "goal" | "status";

export interface TargetDraft {
  kind: Kind;
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
  /** Kind to use when a sentence has no goal or status cue (policy documents: goal; news: status). */
  defaultKind: Kind;
  explain: boolean;
  /** In a plan's goals (主要目标): 累计 and 完成 state what is to be reached, not a report. */
  inGoals?: boolean;
  /**
   * In a review of the last period (工作回顾, 发展基础): what a limit, a standard or a plan's target
   * names (控制在1%以内, 完成年度目标的124%) was achieved; only a deadline or a hedge states a goal.
   */
  inReview?: boolean;
  /** The first year a plan covers, from its title ((2025—2027年), 2025年工作要点, 十五五): its years are not reports. */
  planFrom?: number | null;
  /** A reply to a deputy's proposal: its items led by a task (1、加快配套园治理。…移交…14所) report the work done. */
  itemsReportWork?: boolean;
  /** The year the text is dated (its own date, or its cover notice's): a later year's column can report nothing. */
  writtenIn?: number | null;
}

/**
 * The first year a policy's title says it covers: its period ((2025—2027年)), its year (2025年工作要点,
 * 2025年政府工作报告; the later of two) or its five-year plan (十五五 -> 2026); null when it names none.
 */
export function planYearOf(title: string): number | null {
  const range = /(?<!\d)((?:19|20)\d{2})\s*年?\s*(?:—|-|–|～|至)\s*(?:19|20)\d{2}/u.exec(title);
  if (range) return Number(range[1]);
  // a report on one year and a plan for the next (2024年预算执行情况和2025年预算草案): the plan's year
  const years = [...title.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].map((m) => Number(m[1]));
  if (years.length > 0) return Math.max(...years);
  // (or, formally, 国民经济和社会发展第十五个五年规划)
  const fiveYear = /十([一二三四五六七八九])(?:个)?五/u.exec(title);
  // 十一五 began in 2006, each plan five years after the one before
  return fiveYear ? 2006 + 5 * "一二三四五六七八九".indexOf(fiveYear[1]!) : null;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Thousands separators only as 1,234 (a comma after 83 in 83,2025年 is the sentence's, normalized). */
const NUM_AR = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?`;
/** Chinese numerals; a trailing 万 or 亿 is left to the unit (两万套: 2 万套), as with Arabic numbers. */
// (it never starts with 点: 网点三百个, 试点五十个)
const NUM_CN = "[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千点]*";
/** 一万二千 and 十二万三千: a 万 or 亿 inside the numeral, more digits after it, and no magnitude or 千瓦 after (三百万千瓦). */
const NUM_CN_COMPOUND = "[一二两三四五六七八九十百千]+[万亿]零?[一二两三四五六七八九十百千]+(?![万亿萬億瓦克米])";
const NUM = `(?:${NUM_AR}|${NUM_CN_COMPOUND}|${NUM_CN})`;
/** Magnitudes (traditional 萬 and 億 too) stay in the unit; the base value applies them. */
const MAGNITUDE = `(?:${triePattern(["万亿", "千亿", "百亿", "十亿", "亿", "千万", "百万", "十万", "万", "萬億", "千億", "百億", "億", "千萬", "百萬", "十萬", "萬"])}|千(?![克米瓦伏]))`;
/** Units; the pattern built from them prefers the longest, so 个 never shadows 个月, 个工作日 or 个百分点. */
const PLAIN_UNITS = [
  "%RH", "立方米每秒", "个百分点", "个千分点", "个等级", "人年", "克标准煤", "千分点", "个批次", "个次", "个自然日", "自然日", "分贝", "千克标准煤", "吨标准煤", "微克/立方米", "百分点", "个工作日", "工作日", "千瓦时", "平方公里", "平方米", "立方米", "标准煤",
  "吨公里", "人公里", "毫米", "厘米", "千伏安", "千伏", "个班", "吉瓦时", "兆瓦时", "毫克/升", "微克/升", "毫克/立方米", "日历天", "幅", "幢", "安时", "个基点", "基点", "亩次", "羽", "℃", "个月", "美元", "人民币", "人次", "家次", "户次", "件次", "辆次", "标箱", "千瓦", "兆瓦", "吉瓦", "公里", "千米", "公顷", "分钟", "小时", "学时", "课时", "周岁", "千克", "公斤",
  "/10万", "/万", "/千", "%", "‰", "倍", "番", "元", "人", "户", "戶", "項", "個", "家", "个", "项", "所", "座", "台", "套", "辆", "架", "艘", "吨", "瓦", "米", "亩", "张", "件",
  "名", "位", "篇", "场", "次", "条", "处", "株", "头", "只", "床", "间", "栋", "册", "种", "岁", "天", "度", "斤", "分", "列", "块", "蒸吨", "摄氏度", "场次", "架次", "批次", "航次", "棵", "列次", "趟次", "车次", "笔", "份", "起", "宗", "例", "盏", "支", "轮", "批", "根", "平方千米", "具", "兆帕", "马力", "台套", "台次",
];
// (a standard writes SI units: 300 m, 5 km, 25°, 48 h, 7 d, 125 g, 5 lx, 9 m², 1.0×10⁻² cm/s)
const LATIN_UNITS = "[μµ]g\\/kg|[μµ]g\\/L|[μµ]g\\/m³|mg\\/g|ng\\/kg|g\\/L|CFU\\/g|CFU\\/mL|MPN\\/g|NTU|Tbps|TEU|EFLOPS|PFLOPS|TFLOPS|EFlops|PFlops|TFlops|Gbps|Mbps|Wh\\/kg|mS\\/cm|kWh|MWh|GWh|MPa|kPa|GB|TB|PB|MB|MW|GW|kW|kV|P|V|W\\/\\(m²·K\\)|dB\\(A\\)|km\\/h|cm\\/s|m\\/s|mg\\/m³|mg\\/kg|mg\\/L|g\\/kg|kg\\/m²|g\\/m²|hm²|km²|m²|m³|m2|m3|mm|cm|km|m|mg|kg|g(?!网|基站|手机|信号|时代|技术|应用|用户|终端|专网|覆盖|\\+)|mL|L|dB|Pa|min|h|d(?!打印)|lx|t|°";
const PER = "(?:/(?:千瓦时|百平方公里|平方公里|平方米|立方米|小时|万元|十万人|万人|千人|百人|万户|千户|百户|公斤|千克|年|人|户|天|吨|亩|件|台|次|日|元|秒|晚)(?:·(?:月|年|日))?)?";
// 台阶 and 阶段 are no units (迈上百亿台阶, 两个阶段); 类 counts kinds (电子证照86类), not 类别 or 类型
const UNIT = `${triePattern(PLAIN_UNITS)}(?!阶)${PER}|类(?![别型似])|瓶(?!颈)|棚(?![户改])|门(?![槛户诊类面店前口票卫路禁急])|口(?![径罩岸子腔号令味碑头])|秒(?![杀表针])|卷(?![烟宗入起帘])|首(?![次批个位家轮届期都府先要])|段(?![落位])|锭|桌(?![椅面子])|盘(?![活点查子算整旋棋])|盒(?![装饭子])|顶(?![级层部端尖住替岗撞])|道(?=[,;。、)]|$)|箱(?![体包式子])|周(?=内|以内|以上|以下|左右|后|[,;。)、]|$)|包(?![括含容装干袱裹保联片村户抓])|尾(?![款号声部巴随矿水气数])|(?<![千毫微])克(?![服隆难])${PER}|单(?![位元独项个一])|折(?![算合旧现抵叠扣])|成(?![本果为立效员熟长都交绩型品])|期(?![间限末初满货权])|班次|班(?![子组长级车主底])|款(?![项式])|片(?![区面层])|层(?![次级面楼])|部(?![门委署分级])|群(?![众体组落岛山聊里星])|组(?![织成建团合长件别委队图])|管(?![理控护网道辖委])|升(?![级至到为高温值格入学])|日(?<=(?:提前|至少|不少于|不超过|超过|满|[\\u4e00-\\u9fa5]前)\\s*[\\d零〇一二两三四五六七八九十百]{1,4}\\s*日)|年(?<=(?:连续|满|超过|不少于|不低于|不超过|至少|近|最长|最短|不足|未满|不满|(?<![部充十百万])分)\\s*[\\d一二两三四五六七八九十百]{1,3}\\s*年(?:\\s*、\\s*[\\d一二两三四五六七八九十百]{1,3}\\s*年)*)|年(?<=(?<![\\d.])\\d{1,2}\\s*(?:至|到|—|-|~)\\s*\\d{1,2}\\s*年)|日(?=内|以内|之内|[,;。)]|$)|年(?=内|以内|以上|以下|及以上|及以下|之内|左右|时间|过渡期|期限|有效期|$|[,。;]|的(?<=满\\s*(?:\\d{1,3}|[一二三四五六七八九十百]{1,3})\\s*年的))|(?:${LATIN_UNITS})(?![A-Za-z])`;

/** A number, a magnitude, 余/多, a unit; 百分之X stands apart. */
const FIGURE = new RegExp(
  String.raw`(?<per>百分之|千分之)(?<pct>${NUM_CN})|(?<num>${NUM})\s*(?:(?<mag>${MAGNITUDE})(?<more1>余|多)?\s*(?<unit1>${UNIT})?|(?<more2>余|多)?\s*(?<mag2>${MAGNITUDE})?(?<unit2>${UNIT}))(?:(?<=[\u4e00-\u9fa5])(?<![万亿萬億千百十])|(?!\d))`,
  "gu",
);
/** What a bare hundred, thousand or ten thousand counts (近千家, 上万人次, 千余家). */
const SPECIAL_UNITS = "亿元|万元|美元|亿人次|万人次|人次|万人|万户|万家|万吨|万亩|家|个|项|人|元|户|名|所|套|台|辆|吨|亩|座|条|种|场|次";
/** 超百家 近千家 上万人次 逾千家 千余家, 上亿(人次), 翻(了)一番(多): figures without digits. */
const SPECIAL = new RegExp(
  String.raw`(?<![签节集预制契公条线网以之马早晚路市场面台手迈跨站登])(?<word>超过|突破|超|近|上|逾|约)(?<n>百|千|万|亿)(?<more>余|多)?(?<u>${SPECIAL_UNITS})|(?<![\d零〇一二两三四五六七八九十百千万])(?<n2>百|千|万)(?<more2>余|多)(?<u2>${SPECIAL_UNITS})|(?<shangyi>上亿)(?<shangyiUnit>人次|人|元|户|家|个|件|次|吨)?|翻(?<done>了)?(?<fan>一|两|二|三)番(?<fanMore>多)?`,
  "gu",
);
const YEAR_PHRASE = String.raw`(?:\d{4}\s*年(?:底|末)?的?)?`;
// (精简为: 申请材料由原来的7项精简为3项)
const CHANGE_VERB = "(?:(?:减少|下降|降低|增加|增长|提高|提升|扩大|扩充|扩容|拓展|拓宽|缩小|压减|压缩|缩短|延长|放宽|上调|下调|降|升|上升|跃升|增|减)(?:到|至)|(?:精简|压减|缩减|减少|压缩|缩短|调整|整合|合并|上调|下调)为|调整(?:到|至)|迈上|跨上|跃上)";
const CHANGE = new RegExp(
  String.raw`(?:从|由)[^,;。!?从由]{0,24}?${YEAR_PHRASE}(?<![\d.])(?<from>${NUM})\s*(?<fromUnit>(?:${MAGNITUDE})?(?:${UNIT})|${MAGNITUDE})?\s*[^,;。!?从由\d]{0,8}?${CHANGE_VERB}[^,;。!?\d]{0,10}?${YEAR_PHRASE}(?<to>${NUM})\s*(?<unit>(?:${MAGNITUDE})?(?:${UNIT}))`,
  "gu",
);
/** A change of a share written out (由百分之七十提高至百分之八十): CHANGE's numbers have units after them. */
const PERCENT_CHANGE = new RegExp(String.raw`(?:从|由)[^,;。!?从由]{0,24}?(?<per>百分之|千分之)(?<from>${NUM_CN})\s*[^,;。!?从由\d]{0,8}?${CHANGE_VERB}[^,;。!?\d]{0,10}?\k<per>(?<to>${NUM_CN})`, "gu");
/** rowCells needs a colon, CHANGE 从 or 由, BAND 以上, SPECIAL 超, 亿, 番, or 百/千/万 without digits. */
const WORDS_OF_OTHER_PATTERNS = /[:从由超亿番]|以上|[近上逾约][百千万]|[百千万][余多]/u;
const SPECIAL_HINT = /[超亿番]|[近上逾约][百千万]|[百千万][余多]/u;
/** CHANGE is long (slow to compile, slow to try): run it only where its verb stands. */
const HAS_CHANGE_VERB = new RegExp(CHANGE_VERB, "u");
/** 二百元以上五百元以下: a band, as fines and eligibility limits are written. */
// (or a score band: 80分以上不足90分)
// (a comma may stand between, and the low end be marked included: 1亿元(含)以上、5亿元以下)
const BAND = new RegExp(String.raw`(?<low>${NUM})\s*(?<lowUnit>(?:${MAGNITUDE})?(?:${UNIT}))(?:\(含\))?及?以上\s*[、,]?\s*(?:(?<high>${NUM})\s*(?<highUnit>(?:${MAGNITUDE})?(?:${UNIT}))以下|(?:不足|不到|未满|不满|低于)\s*(?<below>${NUM})\s*(?<belowUnit>(?:${MAGNITUDE})?(?:${UNIT})))`, "gu");
const PERCENT_BAND = new RegExp(String.raw`(?<per>百分之|千分之)(?<low>${NUM_CN})以上\s*\k<per>(?<high>${NUM_CN})以下`, "gu");
/** A table row written as text: 森林蓄积量(亿立方米):2020年基期值5.6,2025年目标值6.2,属性为约束性。 */
const ROW_HEAD = /^(?<indicator>[^,;。:]{2,30}?)\((?<unit>[^()]{1,10})\)\s*:/u;
const ROW_VALUE = new RegExp(String.raw`^\s*(?<sign>≥|≤|>|<)?\s*(?<num>${NUM_AR})\s*(?<after>以上|以下|左右)?(?=\s*(?:\(|[,;。]|$))`, "u");
const ROW_CELL = new RegExp(String.raw`(?<year>\d{4})\s*年\s*(?<column>基期值|目标值|预期值|实际值|现状值|基数|目标)?\s*为?\s*(?<sign>≥|≤|>|<|＞|＜)?\s*(?<num>${NUM_AR})\s*(?<after>以上|以下|左右)?`, "gu");
/** What joins a range's ends (30—40%, 3至5家); an upper end may also follow 到. */
const RANGE_DASHES = "—-~～至";
// (a lower end may be marked included: 24米(含)至40米)
const RANGE_TAIL_STARTS = `${RANGE_DASHES}到(`;
const LOWER_END = new RegExp(String.raw`(?<low>${NUM})\s*(?<lowMag>${MAGNITUDE})?\s*(?:—|-|~|～|至|到)\s*$`, "u");
const RANGE_TAIL = new RegExp(String.raw`^\s*(?:\((?:含|不含)\)\s*)?(?:—|-|~|～|至|到)\s*(?:百分之)?(?<high>${NUM})\s*(?<unit>(?:${MAGNITUDE})?(?:${UNIT})|${MAGNITUDE})?`, "u");

/** Comparator words directly before the number, longest first. */
const BEFORE: Array<[RegExp, Comparator]> = [
  // (a sign in prose, as in a table's cell: 满意度≥90%, ≤3天)
  [/[≥⩾]\s*$/u, "gte"],
  [/[≤⩽]\s*$/u, "lte"],
  // a ceiling reached at most (贷款期限最长可达30年, 补贴最高可达50万元)
  [/(最高|最长|最多|最大)\s*(?:可|能)?\s*(?:达到|达|為|为|至)\s*$/u, "lte"],
  // (a quota: 每户限养1只犬, 限报1项)
  [/((?:不(?:应当|应|宜|得|能|可)?|未|没有)(?:超过|高于|多于|大于)|控制在|最多|最高|最长|上限(?:为|是)?|不得?超過|不得?高於|限(?:养|购|报|领|办|申报|用|乘|住|借)|(?<![\u4e00-\u9fa5])限)\s*$/u, "lte"],
  [/(不(?:应当|应|宜|得|能|可)?(?:低于|少于|小于)|至少|年满|(?<![未不])满|不得?低於|不得?少於|年滿|(?<![未不])滿)\s*$/u, "gte"],
  [/((?<![未没有])超过|高于|多于|大于|突破|逾|超過|高於|多於|大於|(?<![未没有])超)\s*$/u, "gt"],
  [/(低于|不到|少于|不足|小于|未满|不满|低於|少於|小於)\s*$/u, "lt"],
  // (not the 约 of a word: 签约312栋, 节约, 集约)
  [/(大约|(?<![签节集预制契公条合])约|近|接近|将近|大概|大約|約|將近)\s*(?:为|是|占|达|為)?\s*$/u, "approx"],
  [/(已达到|已达|已達到|已達)\s*$/u, "eq"],
  // (not the 达 of 下达 or 转达: 本次下达5790万元)
  [/(达到|(?<![下转传送表抵])达|達到|達|迈上|跨上|站上)\s*(?:每年|年均|每月|每日|每天)?\s*$/u, "gte"],
];
/** Limit words that may stand a few characters before the number (至少建成1个, 不低于…的10%). */
const NEAR_BEFORE: Array<[RegExp, Comparator]> = [
  // (a level named, its value in brackets: 超过警戒水位（20.00米）)
  [/(?<!不)(?:超过|超出|高于)[^\d,;。()]{1,12}\($/u, "gt"],
  [/(?<!不)(?:低于|不足)[^\d,;。()]{1,12}\($/u, "lt"],
  [/(不(?:应当|应|宜|得|能|可)?(?:超过|高于|大于)|最多|最高|最长)[^\d,;。]{1,24}$/u, "lte"],
  [/(至少|不(?:应当|应|宜|得|能|可)?(?:低于|少于|小于))[^\d,;。]{1,24}$/u, "gte"],
  // a share or a multiple of something named between (低于…收入的60%, 超过…总收入的50%, 约占全国的8.7%)
  [/(?<!不)(?:低于|少于|不足|不到)[^\d,;。]{1,24}(?:的|标准)$/u, "lt"],
  [/(?<!不)(?:超过|高于|多于)[^\d,;。]{1,24}(?:的|标准)$/u, "gt"],
  [/(?:约|大约)占[^\d,;。]{0,12}$/u, "approx"],
  // a share reached of something named between (达到最大用电负荷的5%)
  [/(?<!已)达到[^\d,;。]{1,16}的$/u, "gte"],
];
/** A share (30%, 2倍, 七成) of something named between its limit word and its number, no 的 between (不足首期交存额30%). */
const NEAR_BEFORE_SHARE: Array<[RegExp, Comparator]> = [
  [/(?<!不)(?:低于|少于|不足|不到)[^\d,;。]{1,16}$/u, "lt"],
  [/(?<!不)(?:超过|高于|多于)[^\d,;。]{1,16}$/u, "gt"],
];
// (a bound that includes itself says so in brackets: 50亩(含)以上)
const AFTER: Array<[RegExp, Comparator]> = [
  [/^\s*左右/u, "approx"],
  [/^\s*(?:\(含\)\s*)?(及以上|以上)/u, "gte"],
  [/^\s*(?:\(含\)\s*)?(及以下|以下|以内|之内|范围内|范围以内|内|以內|之內|內)/u, "lte"],
];

/** 全市16个区中已有14个区…: a whole whose part is reported done is counted as it stands now. */
const WHOLE_OF_DONE_PART = /^[^,;。]{0,16}?中\s*,?\s*(?:已经|已)有/u;

/** 截至 and 截止 report a state when a time follows (截至2024年底, 截止目前), not inside a noun (申报截止之日). */
const AS_OF = String.raw`(?:截至|截止)\s*(?:\d|[〇零一二三四五六七八九十]|目前|今年|去年|当前|本月|上月|年底|年末|月底)`;
/** The verbs that state a change end in 到: 增加到2024年的85万元 names the year of a value, not a deadline. */
const CHANGE_TO = "(?<!增加|提高|提升|下降|降低|减少|增长|扩大|缩小|上升|压减|压缩)";

// Cues, strongest first (see kindOf).
// (现有 reports a count in its own clause, 全市现有A级景区52家, not a thing: 推动现有滑雪场扩容提质,新增…)
// (已建 before a noun, 已建治理设施, names what was built before: the figure may still be planned)
// (目前 stands inside 项目前期 too)
// (已 that qualifies a noun, 已建成的设施, 已售难交付住房, reports nothing; 仅占28% states what is)
const STATUS_NOW = new RegExp(`(已经|已(?!建[^成设]|售|[\\u4e00-\\u9fa5]{1,2}的)|${AS_OF}|(?<!项)目前|现有(?=[^,;。]{0,16}(?:$|\\d))|仍(?:达|有|占|为|在|高于|低于)|仅(?:占|有|为))`, "u");
// (a reporting period of this or last year's months opens a report: 今年1—5月,全市…)
/** The first months of a year, as a report counts them: 2025年前三季度, 前5个月, 1—5月. */
const REPORTED_MONTHS = String.raw`(?:(?:\d{4}\s*年|今年|去年)?\s*(?:前三季度|前[一二三四五六七八九十两\d]{1,2}个月)|(?:\d{4}\s*年)?1\s*[—\-~至]\s*\d{1,2}\s*月份?)`;
/** An event's day and hour opening a sentence (2025年8月14日凌晨2时许，…造成3人死亡): what happened. */
// (in a report or news, unless the sentence plans: 4月14日，记者从…获悉，…提出到2026年底…达到…)
const DATED_EVENT = new RegExp(String.raw`^\s*(?:\d{4}\s*年)?\d{1,2}\s*月\d{1,2}\s*日(?:(?:凌晨|上午|中午|下午|傍晚|晚上|晚|夜间|\d{1,2}\s*时(?:\d{1,2}\s*分)?许?)+\s*,?|\s*,)`, "u");
// (a survey's finding opens a count of what is: 据初步摸底,全镇共有农村自建房4862栋; 据测算 projects)
const STATUS_SENTENCE = new RegExp(`(${AS_OF}|(?<!项)目前|当前|过去(?:的)?[一二三四五六七八九十两\\d]+年|^\\s*(?:去年|上年|上年度|上一年度?|上一?个?(?:榨季|季度|年度)|过去一年)\\s*,|^\\s*[“"]?(?:过去|以前|以往)(?![一二三四五六七八九十两\\d]+年|的)[\\u4e00-\\u9fa5]|(?:今年|去年|上年)\\s*1\\s*[—\\-~至]\\s*\\d{1,2}\\s*月份?\\s*,|^\\s*(?:[\\u4e00-\\u9fa5]{1,8}(?:指出|介绍|表示)\\s*,\\s*)?(?:今年|年初|入汛|\\d{4}\\s*年)以来\\s*,|^\\s*(?:初步核算\\s*,\\s*)?${REPORTED_MONTHS}\\s*,|^\\s*据(?:初步|不完全)?(?:摸底|统计|调查|排查|普查|核查)\\s*,)`, "u");
/** A clause opening with the months a report covers (；前三季度全省…发行债券合计86.5亿元): reported, comma or not. */
const REPORTED_MONTHS_OPENING = new RegExp(String.raw`^\s*${REPORTED_MONTHS}(?=[\u4e00-\u9fa5,])`, "u");
/** A planned amount in a report (年度目标改造老旧小区120个, 全年计划投资48.6亿元): the plan's word, then no number, before the figure. */
// (not a comparison with it: 比计划推迟2个月)
// (and a task handed down: 省上下达我市粮食播种面积任务515万亩)
// (a class of projects by their planned total, 计划总投资5000万元以上在建项目1,286个, is a statistic's name)
const PLANNED = /(?<![比较按原超])(计划|目标|任务数|任务(?<=下达[^\d,;。]{0,12}任务))(?!的|总投资[^\d,;。]{2}|总投资\s*[\d.,]+\s*[万亿]?元(?:及)?以上)[^\d,;。]{0,16}$/u;
/** A year's first months or quarters (2025年前三季度, 前5个月): a period reported, not a deadline (2025年前). */
const FIRST_MONTHS = "[一二三四五六七八九十两\\d]{1,2}(?:个月|个?季度|月)";
const GOAL_CUE = new RegExp(
  // 预计 plans unless it qualifies a noun (占预计面积的92.5%); 将 before 原来 is 把 (将原来7个环节压减为2个), not a future
  String.raw`(${CHANGE_TO}到\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年|\d{4}\s*年(?:底|末)?(?:前|以前)(?!建成|建设|修建|竣工|${FIRST_MONTHS})|力争|争取|努力|(?:年内|上半年|下半年|年底前)(?=完成|建成|实现|新增|新建|改造|建设|开工|启动)|\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)?\s*(?:前|以前|之前)(?![一二三四五六七八九十两\d])|(?<!(?:落实|贯彻|按照|根据|对照|遵照|工作|部署)[^,;。]{0,30})要求(?=\s*[,:])|(?:会议|全会)(?:强调|决定|部署)(?=\s*[,:])|(?:提出|明确)(?=\s*[,:])|(?<!年度|年初)目标(?!的|任务的)|预计(?![^,;。]{0,4}的)|(?<!年度|年初|比|较)计划(?![的,;。]|总投资[^\d,;。]{2}|总投资\s*[\d.,]+\s*[万亿]?元(?:及)?以上)|有望|据(?:测算|预测|估算)|建成后|展望|规划(?=建设|新建|布局)|确保|(?<!已)将(?!近|原来|原有|原先)|(?<![主重需纲摘概必只])要(?![求素点件闻]|说明|指出|强调|讲|看)|拟)`,
  "u",
);
// (给予…处分 reports a sanction imposed: 给予党纪政务处分19人)
const NORMATIVE = /(不低于|不少于|不小于|不大于|不超过|不高于|不得|不应|不宜|至少|最高|最长|给予(?![^,;。\d]{0,6}(?:处分|处理|警告|问责|诫勉))|应当|须|控制在|原则上|有效期|扣减|扣除|罚款|处以)/u;
/**
 * Words of payments and standards: a policy sets them (补贴标准为每人每月300元), a report counts what was
 * paid (全年发放补贴资金12.6亿元: PAID); 高标准农田 and 标准厂房 are things, not standards.
 */
const PAID = /(全年|累计|共计|共|发放了|兑现了|拨付了)/u;
const PAYMENT = /(补贴|奖励|补助|资助|安排[^,;。]{0,12}资金|(?<!高)标准(?!化|厂房|农田|地|件|体系))/u;
/** What a threshold picks out, then counted as it stands (的龙头企业仅有6家, 的企业已达120家). */
const COUNTED_AFTER = /^的[^,;。\d]{1,10}(?:仅有|只有|已有|共有|现有|已达|达到|达)\s*[\d一二两三四五六七八九十]/u;
const SCHEDULE_GAP = /(?:低于|高于|超过|快于|慢于|落后于?|滞后于?)(?:序时|时间)进度\s*$/u;
/** A standard stated as it stands (保障标准分别为780元, 标准为每人每月780元). */
// (or raised, as a report tells it: 低保标准分别提高到每人每月880元)
const STANDARD_STATED = /标准(?:分别)?(?:为|是|达到|(?:提高|调整|上调|提升)(?:到|至|为))[^,;。]{0,24}$/u;
/** What a report measures of payments made: the area or the people paid (补贴面积398.6万亩), an average paid (亩均补贴105.6元). */
const PAYMENT_MEASURED = /(?:补贴|补助|奖励)(?:面积|对象|人数|户数|农户)|[亩人户]均(?:补贴|补助|奖励)/gu;
/** A payment named after its amount: 按每人800元标准给予培训补贴, 每美元0.02元给予奖励. */
const PAYMENT_AFTER = /^(?:的)?(?:标准)?(?:给予|予以)[^,;。]{0,8}(?:补贴|奖励|补助|资助)/u;
/**
 * A grant's rule, stated in a review too (对每台加装电梯给予10万元补助, 再给予最高3万元, 按每课时50元标准, 给予每个每年3万元,
 * 每年安排3亿元): the rule in force, not an amount paid (2024年共拨付补助资金1260万元, 平均每部电梯补贴20万元).
 */
const GRANT_RULE = /(?<!平均)每[\u4e00-\u9fa5]{1,6}[^,;。\d]{0,10}(?:给予|补助|补贴|奖励|安排)[^,;。\d]{0,4}$|(?:给予|补助|补贴|奖励)[^,;。\d]{0,4}最高[^,;。\d]{0,3}$|按(?:照)?每[\u4e00-\u9fa5]{1,4}$|(?:给予|补助|补贴|奖励)\s*每[\u4e00-\u9fa5]{1,4}$/u;
const STRICT_NORM = /(不得|不应|不大于|不小于|不低于|不少于|不高于|应当|须)\s*[^,;。]{0,12}$/u;
/** What states a goal even in a review of the last period: a deadline ahead, a hedge. */
// (争取 of funds or projects, 争取中央预算内投资4.3亿元, reports what was obtained)
// (a forecast, 预计为352公里左右, is an expectation, not a count)
const REVIEW_GOAL_CUE = new RegExp(String.raw`(${CHANGE_TO}到\s*\d{4}\s*年|\d{4}\s*年(?:底|末)?(?:前|以前)(?!${FIRST_MONTHS})|(?:\d{1,2}\s*月|年)(?:底|末)(?:前|以前)|力争|争取(?![^,;。]{0,16}(?:资金|投资|债券|项目|国债|补助))|下一步|确保|预计(?![^,;。]{0,4}的))`, "u");
// 显示 and 受理 alone are words of plans too (新型显示, 受理率), and so is 共有产权; a threshold (日产生…100公斤以上的单位) is no report (THRESHOLD)
const STATUS_CUE = /(同比|去年|今年以来|以来|经(?:核实|核定|核查|审核|统计)\s*,|下达(?:我|全|本)[县市区省]|连续[一二三四五六七八九十两\d]{1,2}年|由原来的|从原来的|由过去的|(?:数据|统计|调查|监测|结果)显示|实现了|达到了|建成了|完成了|共受理|累计受理|共有(?!产权)|产生|新设立|实际(?:增长|完成|达到|为))/u;
/** What follows a figure that sets a threshold: the 的 of what it qualifies (1亿元以上的企业, 满5年的护理员,给予…). */
// (a second condition may come first: 对运营1年以上且考核合格的农村食堂,给予…)
const THRESHOLD = /^(?:且[^,;。的]{1,10})?的\s*,|^(?:且[^,;。的]{1,10})?的(?:[\u4e00-\u9fa5]{0,6}(?:企业|单位|主体)|项目|人员|家庭|个人|老年人|居民|群众|小区|机构|经营主体|用户|车辆|建筑|园区|场所|区域|[\u4e00-\u9fa5]{1,10},\s*(?:给予|可|应当|须|按|享受|纳入|实行))/u;

/**
 * Verbs that plans use for what is to be done as much as reports use them for what was done: they
 * report only in a sentence that also names a reporting period or a comparison with an earlier one
 * (上半年，全区完成固定资产投资326.5亿元，同比增长8.3%).
 */
const DONE_VERB = /(完成|建成|实现|接待|带动)/u;
/** A reporting period (1—5月, 上半年, 前5个月). */
const PERIOD_WORDS = String.raw`季度|上半年|下半年|[1-9一二三四五六七八九十]+\s*[—-]\s*[0-9一二三四五六七八九十]+月`;
const REPORT_PERIOD = new RegExp(`(${PERIOD_WORDS}|前[1-9一二三四五六七八九十]{1,2}个?月)`, "u");
/** A report's context: a period, or a comparison with last year (同比, 较上年) or a past year (较2024年). */
const REPORT_CONTEXT = new RegExp(`(${PERIOD_WORDS}|同比|环比|(?:较|比)(?:上年|去年|\\d{4}\\s*年))`, "u");
/** The same without a past year compared with (较2024年提高5个百分点 may be a task's). */
const REPORT_NO_BASELINE = new RegExp(`(${PERIOD_WORDS}|同比|环比|(?:较|比)(?:上年|去年))`, "u");
// a date a rule starts from (自2025年6月1日起施行) reports nothing
const VALUE_YEAR = /(?:到|至)\s*(\d{4})\s*年(?:底|末)?的\s*$/u;
const REPORTED_YEAR = /(?<![到至比较与从由—\-~～])(\d{4}|[〇零一二三四五六七八九]{4})\s*年(?!\s*(?:至|到)\s*\d{4}\s*年)(?!底前|前|以前|末前|\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*起)/u;
const HEDGE = /(力争|争取|努力)/u;
/** A policy said to set out what follows: 《政策措施》提出, 方案明确: */
// (or lists its contents: 出台…补贴政策,主要内容包括:①…)
// (a work report's too, recounted in the news, whatever follows: 报告提出,全年安排…, 报告提出新建5G基站1500个, 报告明确了三项
// 硬举措:; not what it set before: 去年报告提出的十件实事)
const POLICY_STATES = /(?:》|方案|意见|措施|规划|计划|通知|办法)(?:还|同时|进一步)?(?:提出|明确|要求|规定)\s*[,:]|报告(?:还|同时|进一步)?(?:提出|明确)(?![的过])|(?:》|方案|意见|措施|办法|细则|政策)\s*,?\s*(?:其)?主要内容(?:包括|有|如下)\s*:/u;
const LAST_YEAR = /(?:去年|上年|上一年)/u;
/** POLICY_STATES' verbs: looked for first, as most sentences hold none. */
const STATING_VERBS = ["提出", "明确", "要求", "规定", "主要内容"];
const PAST_YEAR_OPENING = /^\s*(\d{4})\s*年\s*(?:,|全年|以来|上半年|前三季度)/u;
/** A five-year plan's period as a time of the past (“十四五”期间, 十三五时期, 十四五以来): 十一五 ended in 2010. */
const PAST_FIVE_YEARS = /十([一二三四五六七八九])五[”"]?\s*(?:期间|时期|以来)/u;
/** A base value in brackets after a target (达到75%(2024年为68%)): what that year had. */
const BRACKETED_BASE = /\(\s*\d{4}\s*年(?:底|末)?\s*(?:为|是|:)?\s*$/u;
// (a hedge reaches to the end of its clause group: a ; starts the next, 力争突破100公里;港口…达到1.3亿吨)
const NEXT_ITEM = /;|[,:。]\s*(?:[二三四五六七八九十]是|其次|再次|最后|[②-⑳])/gu;
const PERIOD = /(十[一二三四五六七八九]五)/u;
/** Years in the sentence (a date's too); a baseline (比2020年, 较2023年, 与2020年相比, 从2015年) is not the figure's year. */
// a year that dates a thing (2000年底前建成的小区) is no year of a figure
// (nor is the baseline of a multiple: 是2020年的2.4倍, 恢复到2019年的1.2倍)
// (nor the end of a plan period: 2025—2027年新建…, 2025年至2027年累计…; nor a level compared with: 超过2019年水平)
const YEAR = /(?<![比较与从由同\d])(?<![—\-~～]\s*|\d{4}\s*年\s*至\s*)(?<digits>\d{4}|[〇零一二三四五六七八九]{4})\s*年(?!\s*至\s*\d{4}\s*年)(?!(?:底|末)?(?:前|以前|以后|后)?(?:建成|建设|修建|出生|竣工|开工|登记|注册|成立)的)(?!的\s*[\d.一二两三四五六七八九十]+\s*倍)(?!(?:的)?基础上)(?!(?:同期|的)?水平)/gu;

type Found = Omit<TargetDraft, "kind" | "year" | "period" | "hedged" | "binding" | "indicator" | "range" | "ranges"> & {
  at: number;
  end: number;
  numberAt: number;
  kind?: Kind;
  year?: number | null;
  binding?: TargetDraft["binding"];
  indicator?: string;
};

// ---------------------------------------------------------------------------------------------
// Extraction

export function extractFigures(passage: Passage, given: FigureOptions, findings: Findings): TargetDraft[] {
  const text = passage.text;
  // a paragraph that opens looking ahead (下一步,我们将…; 今后三年…) plans what it counts, in news too
  const opening = text.slice(0, 50);
  const forward = FORWARD_OPENING.test(opening) && !(given.itemsReportWork === true && TASK_ITEM_OPENING.test(opening));
  const options = given.defaultKind === "status" && !given.inReview && forward ? { ...given, defaultKind: "goal" as const } : given;
  const targets: TargetDraft[] = [];
  for (const sentence of sentences(text)) {
    const sentenceFirst = targets.length;
    // the titles of documents (《…行动计划(2023—2025年)》, 《商务部等9部门关于…》) hold no figures and no years
    const body = withoutBookTitles(text.slice(sentence.start, sentence.end));
    const reportedBefore = findings.list.length;
    const found = findInSentence(text, body, sentence, options, findings, passage);
    found.sort((a, b) => a.at - b.at);
    takeBaselines(text, found);
    shareAcrossLists(text, sentence, found);
    yearsRespectively(body, sentence.start, found);
    mergeReplacements(body, sentence.start, found);
    if (options.explain) explainLooseNumbers(text, sentence, found, passage, findings, reportedBefore);
    if (found.length === 0) continue;
    // (a cue inside a quoted slogan, 提出“自筹一部分、争取一部分”的办法, plans nothing)
    const cueBody = withoutQuotedCues(body);
    const cues = sentenceCues(cueBody);
    let previousReached = false;
    let previousEnd = sentence.start;
    // the bound a word before the previous figure set (分别不低于每公里10000元、5000元、3000元): the list's after it share it
    let previousBound: TargetDraft["comparator"] | null = null;
    let previousUnit = "";
    for (const figure of found) {
      // the sentence up to the figure's number: its cues are the ones that stand before the figure
      const headLength = figure.numberAt - sentence.start;
      // (a change's baseline may be what is now, 从目前的42分钟缩短到35分钟: that 目前 dates the baseline only)
      const baselineNow = figure.from !== null ? BASELINE_NOW : null;
      const head = baselineNow ? cueBody.slice(0, headLength).replace(baselineNow, "$1") : cueBody.slice(0, headLength);
      const clauseText = withoutQuotedCues(text.slice(clauseStart(text, figure.at, sentence.start), figure.numberAt));
      const clause = baselineNow ? clauseText.replace(baselineNow, "$1") : clauseText;
      const after = text.slice(figure.end, figure.end + 24);
      // (a count of what there is, the subject of a task: 全市312座小型水库…要, 对辖区内43家企业开展检查)
      const existing = EXISTING_COUNT.test(clause) && !/[%‰元倍成]/u.test(figure.unit) && !BOUNDED.test(figure.quote);
      // (a target named before its value in brackets: 较年度目标（38微克/立方米）高1微克/立方米)
      const kind = figure.kind ?? (/(?:目标|目标值|要求)\($/u.test(clause) ? "goal" : WHOLE_OF_DONE_PART.test(after) || existing ? "status" : TARGET_AFTER.test(after) ? "goal" : setsTerms(figure, after, head, clause, options) && !STATUS_NOW.test(clause.replaceAll("已满", "")) ? "goal" : kindOf(cueBody, head, clause, options, BOUNDED.test(figure.quote)) ?? options.defaultKind);
      let comparator = figure.comparator;
      // a count reported as reached (数量达到161家) states the count itself, unless 以上 says more (达到90%以上);
      // so does the next of a list (分别达到5.32万元和2.71万元), which took 达到 from the first
      const reached: boolean = /达到?\s*$/u.test(text.slice(Math.max(0, figure.numberAt - 3), figure.numberAt)) || (previousReached && figure.at === figure.numberAt && LIST_SEPARATOR.test(text.slice(previousEnd, figure.at)));
      if (kind === "status" && comparator === "gte" && reached && !/(以上|多|余)$/u.test(figure.quote)) comparator = "eq";
      const between = text.slice(previousEnd, figure.at);
      // (至少办好1所县级综合医院和1所县级中医医院: the second count of the same unit is bound too)
      const listed = figure.at === figure.numberAt && (LIST_SEPARATOR.test(between) || (figure.unit === previousUnit && NOUN_LIST_LINK.test(between)));
      if (comparator === "eq" && previousBound !== null && listed) comparator = previousBound;
      previousBound = comparator !== "eq" && comparator !== "approx" && !/(以上|以下|以内|之内|左右|多|余)$/u.test(figure.quote) ? comparator : null;
      previousReached = reached;
      previousEnd = figure.end;
      previousUnit = figure.unit;
      targets.push({
        value: figure.value,
        to: figure.to,
        from: figure.from,
        unit: figure.unit,
        base: figure.base,
        comparator,
        kind,
        year: figure.year !== undefined ? figure.year : lastYearWithin(cues.years, headLength),
        period: cues.period !== null && cues.period.end <= headLength ? cues.period.text : null,
        hedged: kind === "goal" && cues.hedgeEnd <= headLength && !(cues.itemStarts.some((start) => start >= cues.hedgeEnd && start < headLength)),
        binding: figure.binding !== undefined ? figure.binding : bindingAt(cues.bindings, figure.at - sentence.start),
        indicator: figure.indicator ?? indicatorOf(text, figure.at, figure.end, sentence.start, sentence.end),
        quote: figure.quote,
        range: passage.toRange(figure.at, figure.end),
        ranges: passage.toRanges(figure.at, figure.end),
      });
    }
    nameGrowthByOwner(targets.slice(sentenceFirst));
  }
  return targets;
}

/**
 * Whether a figure sets terms, whatever the text around it reports: a threshold (1亿元以上的企业), a
 * payment (按每人800元标准给予补贴), an age of eligibility (为65岁以上老年人), a time limit (3个工作日内办结).
 */
function setsTerms(figure: Found, after: string, head: string, clause: string, options: FigureOptions): boolean {
  // (the first of a list of thresholds shares the last one's 的: 首次突破10亿元、50亿元的企业)
  const listed = after.startsWith("、") ? after.replace(LISTED_FIGURES, "") : after;
  // (a threshold that picks out what a report counts, 超亿元的龙头企业仅有6家, sets nothing)
  if ((THRESHOLD.test(listed) && !COUNTED_AFTER.test(listed)) || PAYMENT_AFTER.test(after) || PAYMENT_AFTER.test(listed)) return true;
  if (/^(?:岁|周岁)$/u.test(figure.unit) && figure.comparator !== "eq" && figure.comparator !== "approx") return true;
  // (points a rule awards or takes, per step or on a condition: 每满1年计2分, 每低1个百分点扣0.5分, 达到100%的得6分;
  // not points taken in a review: …未按期完成竣工验收，扣2.8分)
  if (figure.unit === "分" && (/每[^,;。]{0,16}(?:计|加|扣|减|记)\s*$/u.test(clause) || /的\s*(?:每次|每处|每项)?\s*(?:计|加|扣|减|记|得)\s*$/u.test(clause))) return true;
  if (!TIME_UNIT.test(figure.unit) || !/(?:以内|之内|内)$/u.test(figure.quote)) return false;
  // a time limit shortened (压减至1个工作日以内) is a change the other cues date; so is one in a review or a report's period
  return !options.inReview && !/(压缩|压减|缩短|减少|降|提速)/u.test(clause) && !STATUS_CUE.test(head) && !STATUS_SENTENCE.test(head);
}

/** A quoted phrase holding a word that would plan or hedge (“自筹一部分、争取一部分”): a name, its cue blanked out. */
const QUOTED_CUE = /“[^“”]{0,20}(?:力争|争取|努力|确保|预计|计划|目标|将|要)[^“”]{0,20}”/gu;

/** A category's description in brackets, without figures (B类(列入计划逐步解决)121件): a name, its cue blanked out too. */
const BRACKETED_CUE = /\([^()\d]{0,20}(?:力争|争取|努力|确保|预计|计划|目标|将|要)[^()\d]{0,20}\)/gu;

function withoutQuotedCues(body: string): string {
  const unquoted = body.includes("“") ? body.replace(QUOTED_CUE, (quoted) => `“${"_".repeat(quoted.length - 2)}”`) : body;
  return unquoted.includes("(") ? unquoted.replace(BRACKETED_CUE, (bracketed) => `(${"_".repeat(bracketed.length - 2)})`) : unquoted;
}

/** What a count of what already is opens with: the whole place (全市, 辖区内), or a task's object (对/督促全区). */
const EXISTING_COUNT = /(?:^|[,:;])\s*(?:对|督促|组织|指导|要求)?\s*(?:全市|全县|全区|全省|全镇|全乡|辖区内|辖区|现有|本市|本县|本区)(?:范围内)?的?\s*$/u;

/** A figure that names a target or a requirement (距离60%的规划目标, 接近50%的序时进度要求): what is to be reached. */
const TARGET_AFTER = /^(?:以上|以下|左右)?的[^\d,;。]{0,6}(?:目标|要求)(?!完成|任务完成)/u;
/** A region's extent, as a plan describes it (城市群包括…全域,总面积2.86万平方公里): what it is. */
const REGION_EXTENT = /^\s*[\u4e00-\u9fa5]{0,8}(?:总面积|国土面积|辖区面积|行政区域面积|土地总面积)(?:为|达|约|共)?\s*$/u;
/** A share reached of a target (占规划目标900亿元的54%, 完成年度目标的124%): progress, counted as it stands. */
const PROGRESS_OF_TARGET = /(?:占|完成|达到)[^,;。]{0,12}(?:目标|计划|任务)[^,;。]{0,12}的$/u;

/** The rest of a list of figures after the first (、50亿元、100亿元, 、助餐点每个不超过5万元): to where what they qualify begins. */
const LISTED_FIGURES = /^(?:、\s*[^\d、,;。的]{0,10}?[\d.一二两三四五六七八九十百千万亿]+[^\d、,;。的]{0,4}(?:以上|以下)?)+/u;

/** A change's baseline dated now (从目前的42分钟): that word dates the baseline, not the target. */
const BASELINE_NOW = /(从|由)(?:目前|当前|现在|现有)的?/u;

/** A growth word ending an owner's words (地区生产总值增长): no part of what an amount measures. */
const TRAILING_GROWTH = /(?:同比|年均|比上年|较上年)?(?:增长|提高|提升|下降|降低|减少|增加)$/u;

/** A paragraph's opening that looks ahead (下一步, 今后, 未来三年, 明年) or reports what a policy sets out (《实施方案》提出, 围绕…,方案明确). */
// (or an item of a list of tasks, led by what is to be done: 三是畅通农产品上行渠道, (三)抓好农机作业服务)
// (a speech's too: 第三,抓好要素保障升级; 最后是加强廉洁文化建设)
const TASK_ITEM = String.raw`(?:[一二三四五六七八九十]是要?|\(?[一二三四五六七八九十]{1,2}\)|\d{1,2}[.、]|第[一二三四五六七八九十]{1,2}\s*,|(?:首先|其次|再次|最后)\s*(?:是|,)?)\s*(?:推动|加快|支持|引导|提升|推进|实施|加强|完善|建立|健全|深化|培育|打造|开展|强化|优化|扩大|促进|畅通|落实|构建|抓好|做好|组织|鼓励|提高|稳定|扩种|坚持|保持|聚焦|突出|狠抓|着力|压实|加大)(?![了过])`;
const TASK_ITEM_OPENING = new RegExp(`^${TASK_ITEM}`, "u");
const FORWARD_OPENING = new RegExp(String.raw`^(?:[“"]?(?:下一步|下步|今后|接下来|未来[一二三四五两几]年|明年|[一二三四五六七八九十]要(?!求))|(?:[^,。]{2,16},)?(?:《[^》]{1,30}》|[\u4e00-\u9fa5]{0,12}(?:方案|意见|规划|措施|计划|办法|通知))(?:还|同时|进一步)?(?:提出|明确|要求|规定|指出)|${TASK_ITEM})`, "u");

/** Years listed before 分别 (2026年、2027年分别完成400个、500个). */
const YEARS_RESPECTIVELY = /((?:\d{4}\s*年(?:底|末)?\s*[、和与及]?\s*){2,})分别/u;

/** Years listed before 分别 go, in order, to as many figures after it. */
function yearsRespectively(body: string, offset: number, found: Found[]): void {
  if (!body.includes("分别") || !/\d{4}\s*年\s*[、和与及]/u.test(body)) return;
  const listed = YEARS_RESPECTIVELY.exec(body);
  if (listed) {
    const years = [...listed[1]!.matchAll(/\d{4}/gu)].map((m) => Number(m[0]));
    const after = found.filter((figure) => figure.at >= offset + listed.index + listed[0].length);
    if (after.length === years.length) after.forEach((figure, k) => (figure.year = years[k]!));
    return;
  }
  // 到2027年和2030年,A分别达到94%和95%,B分别达到75%和80%: each 分别 pairs the years with the figures after it
  const deadline = YEAR_LIST.exec(body);
  if (!deadline) return;
  const years = [...deadline[1]!.matchAll(/\d{4}/gu)].map((m) => Number(m[0]));
  for (const each of body.slice(deadline.index + deadline[0].length).matchAll(/分别/gu)) {
    const from = offset + deadline.index + deadline[0].length + each.index;
    const next = found.filter((figure) => figure.at >= from).slice(0, years.length);
    if (next.length === years.length) next.forEach((figure, k) => (figure.year = years[k]!));
  }
}

const YEAR_LIST = /(?:到|至)\s*((?:\d{4}\s*年(?:底|末)?\s*[、和与及]\s*)+\d{4}\s*年(?:底|末)?)/u;

/** The text with what stands inside 《》 blanked out (as many characters, so offsets hold). */
function withoutBookTitles(body: string): string {
  if (!body.includes("《")) return body;
  return body.replace(/《[^《》]{1,80}》/gu, (title) => `《${"_".repeat(title.length - 2)}》`);
}

/** An indicator that names a growth and nothing that grows (年均增长, 同比分别增长). */
const BARE_GROWTH = /^(?:同比|年均|[比较](?:上年|去年|\d{4}年))?(分别)?(?:增长|增速|提高|提升|下降|降低|减少|增加)$/u;

/**
 * A growth whose clause names nothing that grows (地区生产总值突破1.2万亿元,年均增长5.5%) is the growth
 * of the figure before it; with 分别 (接待游客1260万人次,旅游综合收入98亿元,同比分别增长14.5%和16.2%)
 * the growths pair in order with as many figures before them.
 */
function nameGrowthByOwner(sentenceTargets: TargetDraft[]): void {
  for (let first = 0; first < sentenceTargets.length; first++) {
    const growth = BARE_GROWTH.exec(sentenceTargets[first]!.indicator);
    if (!growth) continue;
    let last = first;
    while (growth[1] && last + 1 < sentenceTargets.length && sentenceTargets[last + 1]!.indicator === sentenceTargets[first]!.indicator) last++;
    // a share (为预算的102.3%, 占…的比重) is no owner of a growth
    const owners = sentenceTargets.slice(0, first).filter((target) => !BARE_GROWTH.test(target.indicator) && target.indicator.length >= 2 && !/^[为占]|的$|比重$/u.test(target.indicator));
    const count = last - first + 1;
    if (owners.length === 0 || (growth[1] && owners.length < count)) {
      first = last;
      continue;
    }
    const word = sentenceTargets[first]!.indicator.replace("分别", "");
    const paired = growth[1] ? owners.slice(-count) : [owners[owners.length - 1]!];
    for (let k = first; k <= last; k++) sentenceTargets[k]!.indicator = paired[growth[1] ? k - first : 0]!.indicator + word;
    first = last;
  }
}

/** The figures of one sentence, in the order the patterns find them; each pattern skips text an earlier one took. */
function findInSentence(text: string, body: string, sentence: Range, options: FigureOptions, findings: Findings, passage: Passage): Found[] {
  const found: Found[] = [];
  const offset = sentence.start;
  let m: RegExpExecArray | null;
  // every pattern but FIGURE needs a word of its own (most sentences hold none): test for it before running the pattern
  if (WORDS_OF_OTHER_PATTERNS.test(body)) {
    if (body.includes(":")) found.push(...rowCells(body, offset));
    if ((body.includes("从") || body.includes("由")) && HAS_CHANGE_VERB.test(body)) {
      // (a share changed in words first: CHANGE would read 百分之七十 as 百 of a unit 分)
      const changes = body.includes("分之") ? [PERCENT_CHANGE, CHANGE] : [CHANGE];
      for (const pattern of changes) for (pattern.lastIndex = 0; (m = pattern.exec(body)); ) {
        const g = m.groups!;
        const from = parseNumber(g.from!);
        const value = parseNumber(g.to!);
        const at = offset + m.index;
        const end = at + m[0].length;
        if (Number.isNaN(from) || Number.isNaN(value) || overlapsFound(found, at, end)) continue;
        if (g.per !== undefined) {
          found.push(changeFigure(text, at, end, value, from, g.per === "千分之" ? "‰" : "%", at + m[0].lastIndexOf(g.per)));
          continue;
        }
        // (a rank, 排名由第9位上升到第5位, is no figure)
        if (/第\s*$/u.test(body.slice(0, m.index + m[0].lastIndexOf(g.to!)))) continue;
        // (由“每季度一次”调整为“每月一次”: 一 counts once per period, as 每…一 does anywhere)
        if (/^[1一]$/u.test(g.to!) && /每[\u4e00-\u9fa5]{1,3}$/u.test(body.slice(0, m.index + m[0].lastIndexOf(g.to!)))) continue;
        const fromInUnit = inUnitOf(from, g.fromUnit, g.unit!);
        found.push(changeFigure(text, at, end, value, Number.isNaN(fromInUnit) ? from : fromInUnit, g.unit!, at + m[0].lastIndexOf(g.to!)));
      }
    }
    if (body.includes("以上") && /以下|不足|不到|未满|不满|低于/u.test(body)) {
      const addBand = (match: RegExpExecArray, low: number, to: number, unit: string) => {
        const at = offset + match.index;
        const end = at + match[0].length;
        if (Number.isNaN(low) || Number.isNaN(to) || overlapsFound(found, at, end)) return;
        found.push({ value: low, to, from: null, unit, base: baseOf(low, unit), comparator: "eq", quote: match[0], at, end, numberAt: at });
      };
      for (BAND.lastIndex = 0; (m = BAND.exec(body)); ) {
        const g = m.groups!;
        addBand(m, parseNumber(g.low!), inUnitOf(parseNumber(g.high ?? g.below!), g.highUnit ?? g.belowUnit, g.lowUnit!), g.lowUnit!);
      }
      // (a fine as a share: 百分之一以上百分之二以下, 千分之五以上千分之十以下)
      for (PERCENT_BAND.lastIndex = 0; (m = PERCENT_BAND.exec(body)); ) {
        const low = parseNumber(m.groups!.low!);
        const high = parseNumber(m.groups!.high!);
        if (high > low) addBand(m, low, high, m.groups!.per === "千分之" ? "‰" : "%");
      }
    }
    if (SPECIAL_HINT.test(body)) {
      for (SPECIAL.lastIndex = 0; (m = SPECIAL.exec(body)); ) {
        const g = m.groups!;
        const at = offset + m.index;
        const end = at + m[0].length;
        if (overlapsFound(found, at, end)) continue;
        const special = specialFigure(g);
        // a word after it (翻一番以上) bounds it
        const closing = /^(?:以上|左右)/u.exec(text.slice(end, end + 2))?.[0];
        const comparator = closing === "以上" ? "gte" : closing === "左右" ? "approx" : special.comparator;
        const close = end + (closing?.length ?? 0);
        // 翻了一番: 了 reports it done
        const kind = g.done ? { kind: "status" as const } : {};
        found.push({ value: special.value, to: null, from: null, unit: special.unit, base: baseOf(special.value, special.unit), comparator, quote: text.slice(at, close), at, end: close, numberAt: at, ...kind });
      }
    }
  }
  for (FIGURE.lastIndex = 0; (m = FIGURE.exec(body)); ) {
    // a number glued to a letter or another number's point (5G, v2.5) is no figure: checked here, not by a
    // lookbehind in FIGURE, which would be tried at every character
    if (m.index > 0 && isDigitLetterOrPoint(body.charCodeAt(m.index - 1))) continue;
    if (overlapsFound(found, offset + m.index, offset + m.index + m[0].length)) continue;
    const figure = readFigure(text, offset, sentence, m, options, findings, passage);
    if (figure && !overlapsFound(found, figure.at, figure.end)) found.push(figure);
  }
  if (body.includes("分别")) found.push(...bareListHeads(text, sentence, found));
  return found;
}

/** Bare numbers listed before a figure after 分别 (分别快于全市平均0.3和0.8个百分点): the figure's unit is theirs. */
const BARE_LIST_HEAD = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:、|和|与|及)\s*$/u;

function bareListHeads(text: string, sentence: Range, found: Found[]): Found[] {
  const heads: Found[] = [];
  for (const figure of found) {
    if (figure.at !== figure.numberAt || figure.to !== null || figure.from !== null || !/分别[^,;。]*$/u.test(text.slice(sentence.start, figure.at))) continue;
    let at = figure.at;
    for (let m = BARE_LIST_HEAD.exec(text.slice(Math.max(sentence.start, at - 16), at)); m; m = BARE_LIST_HEAD.exec(text.slice(Math.max(sentence.start, at - 16), at))) {
      const start = at - m[0].length;
      if (overlapsFound(found, start, at) || overlapsFound(heads, start, at)) break;
      const value = Number(m[1]);
      heads.push({ value, to: null, from: null, unit: figure.unit, base: baseOf(value, figure.unit), comparator: figure.comparator, quote: m[1]!, at: start, end: start + m[1]!.length, numberAt: start });
      at = start;
    }
  }
  return heads;
}

/** A figure's baseline stated after it (2000万元,较2025年的800万元大幅增加): the figure's `from`, no figure of its own. */
const BASELINE_AFTER = /^\s*,?\s*(?:较|比)\s*(?:\d{4}\s*年|上年|去年|上一年)(?:度)?的\s*$/u;

function takeBaselines(text: string, found: Found[]): void {
  for (let k = found.length - 1; k > 0; k--) {
    const figure = found[k - 1]!;
    const baseline = found[k]!;
    if (figure.from !== null || figure.to !== null || baseline.at !== baseline.numberAt || !BASELINE_AFTER.test(text.slice(figure.end, baseline.at))) continue;
    const from = inUnitOf(baseline.value, baseline.unit, figure.unit);
    if (Number.isNaN(from)) continue;
    figure.from = from;
    found.splice(k, 1);
  }
}

/** The comparator a quote's closing word states (90%以上, 1小时以内, 5%左右), or null. */
function closingComparator(quote: string): Comparator | null {
  const word = /(左右|以上|以下|以内|之内|范围内|范围以内|内|以內|之內|內)$/u.exec(quote)?.[1];
  return word === undefined ? null : word === "左右" ? "approx" : word === "以上" ? "gte" : "lte";
}

/** What stands between two figures of one list (90%、75%; 14.5%和16.2%). */
const LIST_SEPARATOR = /^\s*(?:、|和|与|及|或|\/)\s*$/u;
/** What stands between two counts of a list whose items name their things (1所县级综合医院和1所…): a noun and a link. */
const NOUN_LIST_LINK = /^[\u4e00-\u9fa5]{1,10}(?:、|和|与|及|以及)$/u;
/** The subject list before 分别 and the verb after it: 普及率、数控化率|分别|超过 90%、75%. */
const RESPECTIVELY = /^(?<subjects>.+)分别(?<verb>[^、,;。\d]{0,6})$/u;

/**
 * Figures in a list (普及率、数控化率分别超过90%、75%) share the comparator word before the first, and
 * where 分别 pairs them with a list of subjects of the same length, each measures its own subject.
 */
function shareAcrossLists(text: string, sentence: Range, found: Found[]): void {
  for (let first = 0; first < found.length; ) {
    let last = first;
    while (last + 1 < found.length && LIST_SEPARATOR.test(text.slice(found[last]!.end, found[last + 1]!.at))) last++;
    if (last > first) shareInList(text, sentence, found.slice(first, last + 1));
    first = last + 1;
  }
}

function shareInList(text: string, sentence: Range, list: Found[]): void {
  const lead = list[0]!;
  for (const figure of list.slice(1)) {
    // a figure with no word of its own before it (its quote starts at its number)
    if (figure.comparator === "eq" && figure.at === figure.numberAt && lead.at < lead.numberAt) figure.comparator = lead.comparator;
  }
  // a word after the last figure covers the list (分别压缩至30小时、1小时以内)
  // (when the last figure has no word of its own before it: 降低5个百分点、控制在15%以内 keeps each its own)
  const last = list[list.length - 1]!;
  const closing = last.at === last.numberAt ? closingComparator(last.quote) : null;
  if (closing) for (const figure of list.slice(0, -1)) if (figure.comparator === "eq" && figure.at === figure.numberAt && closingComparator(figure.quote) === null) figure.comparator = closing;
  const head = RESPECTIVELY.exec(text.slice(clauseStart(text, lead.at, sentence.start), lead.at).trim());
  // the figures after the first have no words of their own: they measure what the first does
  const shared = lead.indicator ?? indicatorOf(text, lead.at, lead.end, sentence.start, sentence.end);
  for (const figure of list) figure.indicator ??= shared;
  if (!head) return;
  // items are joined by 、, the last perhaps by 和 (及 and 与 stand inside words: 普及率, 参与率)
  const subjects = head.groups!.subjects!.replace(LEADING_NOISE, "").split("、");
  const lastTwo = subjects.length + 1 === list.length ? subjects[subjects.length - 1]!.split("和") : [];
  if (lastTwo.length === 2) subjects.splice(subjects.length - 1, 1, ...lastTwo);
  // a short item shares its head noun with the next (城镇和农村居民人均可支配收入): no pairing then
  if (subjects.length !== list.length || subjects.some((subject) => subject.trim().length < 4)) return;
  list.forEach((figure, k) => {
    if (figure.indicator === shared) figure.indicator = subjects[k]!.trim();
  });
}

/**
 * `value` (written in `unit`) in `target`'s unit, when the two differ only in magnitude (7350亿元 in 万亿元:
 * 0.735; 二万元 in 元: 20000); NaN when they measure different things. No unit: the target's.
 */
function inUnitOf(value: number, unit: string | undefined, target: string): number {
  if (unit === undefined || unit === target) return value;
  const own = splitMagnitude(unit);
  const wanted = splitMagnitude(target);
  // a bare magnitude (从6820亿增加到9150亿元) takes the target's base unit
  if (own.baseUnit !== wanted.baseUnit && own.baseUnit !== "") return Number.NaN;
  return roundSignificant((value * own.factor) / wanted.factor);
}

/** What a SPECIAL match (上亿, 翻两番, 超百家) stands for. */
function specialFigure(g: Record<string, string | undefined>): Pick<Found, "value" | "unit" | "comparator"> {
  if (g.shangyi) return { value: 1, unit: `亿${g.shangyiUnit ?? ""}`, comparator: "gte" };
  if (g.fan) return { value: parseChineseNumeral(g.fan), unit: "番", comparator: g.fanMore ? "gt" : "eq" };
  const n = g.n ?? g.n2!;
  const unit = g.u ?? g.u2!;
  // 余/多 and 超/逾 say more, 近/约 about, 上 at least
  const comparator: Comparator = g.more || g.more2 || g.word === "超" || g.word === "超过" || g.word === "突破" || g.word === "逾" ? "gt" : g.word === "近" || g.word === "约" ? "approx" : "gte";
  if (n === "亿") return { value: 1, unit: `亿${unit.replace(/^[万亿]/u, "")}`, comparator };
  return { value: parseChineseNumeral(n), unit, comparator };
}

/** Whether the first character of text[from, to) that is not white space is one of `chars`. */
function firstNonSpaceIn(text: string, from: number, to: number, chars: string): boolean {
  const end = Math.min(to, text.length);
  let at = from;
  while (at < end && isWhiteSpace(text.charCodeAt(at))) at++;
  return at < end && chars.includes(text.charAt(at));
}

/** Whether the last character of text[from, to) that is not white space is one of `chars`. */
function lastNonSpaceIn(text: string, from: number, to: number, chars: string): boolean {
  let at = to - 1;
  while (at >= from && isWhiteSpace(text.charCodeAt(at))) at--;
  return at >= from && chars.includes(text.charAt(at));
}

function overlapsFound(found: Found[], from: number, to: number): boolean {
  for (const figure of found) if (from < figure.end && to > figure.at) return true;
  return false;
}

/** 0-9, A-Z, a-z or a point: a number glued to one of these is part of a name or a longer number. */
function isDigitLetterOrPoint(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2e;
}

/**
 * What the sentence states that a figure's target takes from the part before its number, found once
 * per sentence; a cue counts for a figure when it ends before the figure's number. (Matches of these
 * patterns in a prefix of the sentence are exactly its matches that end within the prefix.)
 */
interface SentenceCues {
  /** Years from 1949 to 2100 (see YEAR), with where each ends. */
  years: Array<{ year: number; end: number }>;
  period: { text: string; end: number } | null;
  /** Where the first hedge word ends; Infinity when there is none. */
  hedgeEnd: number;
  /** Where the items of an inline series after the first start (;二是, ,其次): a hedge in one item is not the next one's. */
  itemStarts: number[];
  /** 约束性 or 预期性 and the stretch of the sentence it binds, [from, to). */
  bindings: Array<{ value: NonNullable<TargetDraft["binding"]>; from: number; to: number }>;
}

/** A binding printed in brackets after a figure (…96%以上(约束性)): it binds its own clause, not the sentence. */
const BINDING_MARK = /\((约束性|预期性)(?:指标)?\)/gu;

function sentenceCues(body: string): SentenceCues {
  const years: SentenceCues["years"] = [];
  if (body.includes("年")) for (const m of body.matchAll(YEAR)) {
    const year = yearOf(m.groups!.digits!);
    if (year >= 1949 && year <= 2100) years.push({ year, end: m.index + m[0].length });
  }
  const period = PERIOD.exec(body);
  const hedge = HEDGE.exec(body);
  return {
    years,
    period: period ? { text: period[1]!, end: period.index + period[0].length } : null,
    // every hedge word is two characters long, so the first to start is the first to end
    hedgeEnd: hedge ? hedge.index + hedge[0].length : Infinity,
    itemStarts: hedge ? [...body.matchAll(NEXT_ITEM)].map((m) => m.index) : [],
    bindings: bindingsOf(body),
  };
}

function bindingsOf(body: string): SentenceCues["bindings"] {
  if (!body.includes("性")) return [];
  const marks = [...body.matchAll(BINDING_MARK)].map((m) => ({ value: m[1] as "约束性" | "预期性", from: clauseStart(body, m.index, 0), to: m.index }));
  if (marks.length > 0) return marks;
  // written out (属性为约束性, 均为预期性指标): the whole sentence
  const value = /约束性/u.test(body) ? "约束性" : /预期性/u.test(body) ? "预期性" : null;
  return value ? [{ value, from: 0, to: Infinity }] : [];
}

/** The binding whose stretch holds the sentence offset `at`, or null. */
function bindingAt(bindings: SentenceCues["bindings"], at: number): TargetDraft["binding"] {
  return bindings.find((binding) => binding.from <= at && at < binding.to)?.value ?? null;
}

/** The last of the years that ends within the first `length` characters, or null. */
function lastYearWithin(years: SentenceCues["years"], length: number): number | null {
  let lo = 0;
  let hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (years[mid]!.end <= length) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? years[lo - 1]!.year : null;
}

/** One FIGURE match read as a figure, or null (with an --explain note) when it is not one. */
function readFigure(text: string, offset: number, sentence: Range, m: RegExpMatchArray, options: FigureOptions, findings: Findings, passage: Passage): Found | null {
  const g = m.groups!;
  const at = offset + m.index!;
  let end = at + m[0].length;
  const percentWords = g.pct !== undefined;
  const numeral = percentWords ? g.pct! : g.num!;
  const unit = percentWords ? (g.per === "千分之" ? "‰" : "%") : g.mag ? g.mag + (g.unit1 ?? "") : (g.mag2 ?? "") + g.unit2!;
  const moreThan = g.more1 ?? g.more2;
  let value = parseNumber(numeral);
  if (Number.isNaN(value)) return null;

  // ranges: 30%—40% (unit on both ends), 30—40% and 3至5家 (unit on the upper end), 8万至10万人
  let to: number | null = null;
  let numberAt = at;
  let finalUnit = unit;
  // the patterns of ranges are tried only where their dash or 至 stands
  const tail = firstNonSpaceIn(text, end, end + 16, RANGE_TAIL_STARTS) ? RANGE_TAIL.exec(text.slice(end, end + 16)) : null;
  if (tail && !/^\s*(到|至)\s*\d{4}\s*年/u.test(text.slice(end))) {
    const tailUnit = tail.groups!.unit;
    const sameUnit = tailUnit === undefined || tailUnit === unit || (/^(万|亿|千)$/u.test(unit) && tailUnit.startsWith(unit));
    const high = parseNumber(tail.groups!.high!);
    // (8000元至2万元: the upper end in the lower end's unit)
    const scaled = !sameUnit && tailUnit !== undefined && !/^(万|亿|千)$/u.test(unit) ? inUnitOf(high, tailUnit, unit) : Number.NaN;
    if (sameUnit && !Number.isNaN(high) && high > value) {
      to = high;
      if (tailUnit) finalUnit = tailUnit;
      end += tail[0].length;
    } else if (!Number.isNaN(scaled) && scaled > value && /^[万亿千]/u.test(tailUnit!)) {
      to = scaled;
      end += tail[0].length;
    }
  }
  const lowerFrom = Math.max(sentence.start, at - 14);
  const lowerEnd = to === null && lastNonSpaceIn(text, lowerFrom, at, RANGE_TAIL_STARTS) ? LOWER_END.exec(text.slice(lowerFrom, at)) : null;
  if (lowerEnd) {
    const low = parseNumber(lowerEnd.groups!.low!);
    if (!Number.isNaN(low) && low < value) {
      to = value;
      value = low;
      numberAt = at - lowerEnd[0].length;
    }
  }

  const reason = notAFigure(text, numberAt, end, numeral, finalUnit, percentWords, lowerEnd !== null);
  if (reason) {
    // a lone Chinese numeral (零部件, 三类) is a word, not a number a reviewer needs to see ruled out
    const isWord = !/\d/.test(numeral) && numeral.length === 1;
    if (options.explain && !isWord) findings.report("number-not-figure", `${m[0]} is not a figure: ${reason}.`, passage.toRange(at, end));
    return null;
  }

  // a negative value stated (自然增长率为-1.35‰, 增长:-0.6%, 同比增长-0.5%, 净融资-86.3亿元): the minus sign is the number's
  if (to === null && text.charCodeAt(numberAt - 1) === 0x2d && /(?:[为是:]|[\u4e00-\u9fa5](?<![至到]))\s*-$/u.test(text.slice(Math.max(sentence.start, numberAt - 3), numberAt))) {
    value = -value;
    numberAt -= 1;
  }
  let comparator: Comparator = moreThan ? "gt" : "eq";
  let quoteStart = numberAt;
  const before = text.slice(Math.max(sentence.start, numberAt - 6), numberAt);
  const word = BEFORE.find(([pattern]) => pattern.test(before));
  // a bound named by its field (最高投标限价：379.2万元, 最低服务年限为5年)
  // (最低生活保障 and 最低工资 name a programme and a wage: 低保对象为3.6万人 counts people)
  // (not the item a comparison picks out: 最低的仅为54.3%)
  const field = word ? null : /(最高|最低)(?!生活保障|工资|的)[^\d,;。]{0,10}[:为是]\s*$/u.exec(text.slice(Math.max(sentence.start, numberAt - 16), numberAt));
  if (field && !moreThan) comparator = field[1] === "最高" ? "lte" : "gte";
  if (word) {
    // (近3年: within the last three years)
    if (!moreThan) comparator = word[1] === "approx" && /近\s*$/u.test(before) && TIME_UNIT.test(finalUnit) ? "lte" : word[1];
    quoteStart = numberAt - word[0].exec(before)![0].length;
  } else if (!moreThan) {
    // (a title between counts as one word: 不低于…《全国工业用地出让最低价标准》的70%)
    const clause = text.slice(clauseStart(text, numberAt, sentence.start), numberAt).replace(/《[^《》]{1,60}》/gu, "《》");
    const near = NEAR_BEFORE.find(([pattern]) => pattern.test(clause)) ?? (/^(?:%|倍|成)$/u.test(finalUnit) ? NEAR_BEFORE_SHARE.find(([pattern]) => pattern.test(clause)) : undefined);
    if (near) comparator = near[1];
  }
  // 增长一倍多: 多 after 倍 makes it more than
  if (finalUnit.endsWith("倍") && text.charAt(end) === "多") {
    comparator = "gt";
    end += 1;
  }
  const afterWord = AFTER.find(([pattern]) => pattern.test(text.slice(end, end + 8)));
  if (afterWord) {
    const [pattern, value] = afterWord;
    if (value === "approx" || comparator === "eq" || comparator === "gte" || (value === "lte" && comparator !== "gt")) comparator = value;
    end += pattern.exec(text.slice(end, end + 8))![0].length;
  }
  // a range states both its ends (控制在40℃～50℃): the words around it say nothing more
  if (to !== null) comparator = "eq";
  return { value, to, from: null, unit: finalUnit, base: baseOf(value, finalUnit), comparator, quote: text.slice(quoteStart, end), at: quoteStart, end, numberAt };
}

/** Cells of a table row written as prose (指标(单位):2020年基期值…,2025年目标值…). */
function rowCells(body: string, offset: number): Found[] {
  const head = ROW_HEAD.exec(body);
  if (!head) return [];
  const unit = head.groups!.unit!;
  const indicator = head.groups!.indicator!.trim().replace(NUMBERING, "");
  const binding = /约束性/u.test(body) ? "约束性" : /预期性/u.test(body) ? "预期性" : null;
  const cells: Found[] = [];
  const matches = [...body.matchAll(ROW_CELL)];
  if (matches.length === 0) return rowValue(body, offset, head, unit, indicator, binding);
  // cells without a column word (2020年35,2025年32): the earliest year is the base, as in a table
  const earliest = Math.min(...matches.map((m) => Number(m.groups!.year)));
  for (const m of matches) {
    const g = m.groups!;
    const value = parseArabic(g.num!);
    if (Number.isNaN(value)) continue;
    const sign = g.sign;
    const comparator = cellComparator(sign, g.after);
    // the cell's quote starts at its sign (≥90) or its number
    const numberOffset = m[0].lastIndexOf(g.num!);
    const numberStart = offset + m.index! + (sign ? m[0].lastIndexOf(sign, numberOffset) : numberOffset);
    const end = offset + m.index! + m[0].length;
    cells.push({
      value,
      to: null,
      from: null,
      unit,
      base: baseOf(value, unit),
      comparator,
      quote: "",
      at: numberStart,
      end,
      numberAt: numberStart,
      kind: g.column ? (/(基期|实际|现状|基数)/u.test(g.column) ? "status" : "goal") : matches.length >= 2 && Number(g.year) === earliest ? "status" : "goal",
      year: Number(g.year),
      binding,
      indicator,
    });
  }
  return cells.map((cell) => ({ ...cell, quote: body.slice(cell.at - offset, cell.end - offset) }));
}

/** A table row with one value and no year (森林覆盖率(%):42(约束性)): kind and year from the sentence's cues. */
function rowValue(body: string, offset: number, head: RegExpExecArray, unit: string, indicator: string, binding: TargetDraft["binding"]): Found[] {
  const value = ROW_VALUE.exec(body.slice(head[0].length));
  if (!value) return [];
  const number = parseArabic(value.groups!.num!);
  if (Number.isNaN(number)) return [];
  const at = offset + head[0].length + value.index + value[0].length - value[0].trimStart().length;
  const end = offset + head[0].length + value.index + value[0].length;
  return [{ value: number, to: null, from: null, unit, base: baseOf(number, unit), comparator: cellComparator(value.groups!.sign, value.groups!.after), quote: body.slice(at - offset, end - offset), at, end, numberAt: at, binding, indicator }];
}

/**
 * With --explain, every Arabic number of the sentence is accounted for: a figure, ruled out above
 * with its reason, or (here) a number with no unit after it, named by what it is.
 */
/** Reports the sentence's numbers that neither became a figure nor were ruled out already (findings from `reportedBefore` on). */
function explainLooseNumbers(text: string, sentence: Range, found: Found[], passage: Passage, findings: Findings, reportedBefore: number): void {
  const body = text.slice(sentence.start, sentence.end);
  // only this sentence's own findings can cover its numbers: earlier ones stand elsewhere in the text
  const explained = findings.list.slice(reportedBefore).filter((f) => f.code === "number-not-figure" && f.range).map((f) => f.range!);
  for (const m of body.matchAll(/\d+(?:[.,]\d+)*/gu)) {
    const at = sentence.start + m.index!;
    const end = at + m[0].length;
    if (found.some((f) => f.at <= at && end <= f.end)) continue;
    const range = passage.toRange(at, end);
    if (explained.some((r) => r.start <= range.start && range.end <= r.end)) continue;
    findings.report("number-not-figure", `${m[0]} is not a figure: ${looseReason(text, at, end)}.`, range);
  }
}

function looseReason(text: string, at: number, end: number): string {
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(end, end + 2);
  if (/^\s*年/u.test(after) && end - at === 4) return /^\s*年\s*\d/u.test(text.slice(end, end + 4)) ? "a date" : "a year";
  if (/^\s*(月|日)/u.test(after) || /月\s*$/u.test(before)) return "a date";
  if (/[〔[【]\s*$/u.test(before) || /^\s*[〕\]】]/u.test(after) || /^\s*号/u.test(after)) return "a document number";
  if (/第\s*$/u.test(before)) return "an ordinal (第…)";
  if (/[A-Za-z]/u.test(after.charAt(0)) || /[A-Za-z]$/u.test(before)) return "part of a code or name";
  if (inShortQuote(text, at, end)) return "a name in quotation marks";
  if (/^[-—]\d|^\d{3}/u.test(text.slice(end, end + 4)) || end - at >= 7) return "a phone number or code";
  return "no unit follows it";
}

/** A table cell's comparator, from a sign before its number (≥90) or a word after it (90以上). */
function cellComparator(sign: string | undefined, after: string | undefined): Comparator {
  if (sign === "≥" || after === "以上") return "gte";
  if (sign === "≤" || after === "以下" || after === "以内") return "lte";
  if (sign === ">" || sign === "＞") return "gt";
  if (sign === "<" || sign === "＜") return "lt";
  return after === "左右" ? "approx" : "eq";
}

function parseNumber(text: string): number {
  return /\d/.test(text) ? parseArabic(text) : parseChineseNumeral(text);
}

function yearOf(digits: string): number {
  return /\d/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
}

/** What makes a small Chinese numeral a limit, not a count of parts: 七个工作日内, 三年以上, 不超过两只. */
const LIMIT_AFTER = /^\s*(?:内|以内|之内|以上|以下|及以上|及以下|左右)/u;
// (and a notice period, 提前三日公告)
const LIMIT_BEFORE = /(?:超过|少于|低于|多于|大于|小于|至少|不足|最多|满|提前)\s*$/u;
const TIME_UNIT = /^(?:日|天|周|个月|月|年|小时|分钟|个工作日|工作日)$/u;

/** A quote that bounds its figure (30%以上, 3个工作日以内, 5%左右): the language of targets more than of reports. */
const BOUNDED = /(以上|以内|以下|左右)$/u;

/** Why the number at [at, end) is not a figure, or null when it is one. */
function notAFigure(text: string, at: number, end: number, numeral: string, unit: string, percentWords: boolean, inRange: boolean): string | null {
  const before = text.slice(Math.max(0, at - 3), at);
  const after = text.slice(end, end + 8);
  const chinese = !/\d/.test(numeral);
  if (/第\s*$/u.test(before)) return "an ordinal (第…)";
  // a fraction (三分之一) is no score
  if (unit === "分" && after.startsWith("之")) return "a fraction (三分之一)";
  // (nor a page footer's screen size: 建议使用1920×1080分辨率浏览)
  if (unit === "分" && after.startsWith("辨率")) return "a screen resolution";
  // a box item's number, padded and spaced from its words (02　千年古道…, 03 万亩茶园…)
  if (/^0\d$/u.test(numeral) && /^\s/u.test(text.slice(at + 2, at + 3))) return "an item number (02　…)";
  // (and a clause's number opening its line, a space after it: 　3　门窗洞口宽度…, 4.1　根据道路功能…)
  if (/^\d{1,2}(?:\.\d{1,2}){0,3}$/u.test(numeral) && /^\s/u.test(text.slice(at + numeral.length, at + numeral.length + 1)) && /(?:^|\n)\s*$/u.test(text.slice(Math.max(0, at - 4), at)) && /^[\u4e00-\u9fa5]/u.test(after)) return "an item number (4.1　根据…)";
  if (/[前后]\s*$/u.test(before) && /^(名|位)$/u.test(unit)) return "a rank (前3名, 排名后3位)";
  if (unit === "期" && chinese && /[\u4e00-\u9fa5]$/u.test(before)) return "a phase of a project (二期)";
  // (a class named in words, 三类人员, 一类地区, is no count of kinds: 电子证照86类 is)
  if (unit === "类" && chinese) return "a class (三类)";
  // a service hotline (12345, 12333人社服务热线)
  if (/^12\d{3}$/u.test(numeral) && (/(拨打|热线|电话|致电)\s*$/u.test(before) || /^\s*(?:人社|政务|服务|热线|便民|市民|投诉|举报|价格|消费)/u.test(text.slice(at + numeral.length, at + numeral.length + 4)))) return "a hotline number (12345)";
  // (a span that qualifies those a measure serves is a condition: 近3年内未发生…, 对连续3年保持规模以上的企业)
  // a service round the clock (24小时值班, 24小时抢修电话, 24小时便利店) names a duty's hours, not a figure (24小时内 is a limit)
  if (unit === "小时" && numeral === "24" && /^\s*(?:应急)?(?:值班|值守|在线|不间断|服务|抢修|热线|营业|开放|监控|巡查|运行|运转|待命|畅通|便利店|药店|书店|自助|不打烊)/u.test(after)) return "round the clock (24小时值班)";
  // (连续6个月以上 and 连续3个月未缴纳 are conditions a rule sets: they stay)
  if ((unit === "年" || (/^(?:个月|天|个季度)$/u.test(unit) && /连续\s*$/u.test(before) && !/^\s*(?:以上|以下|以内|之内|内|未|不|无|没有|欠)/u.test(after))) && /(过去|近|今后|未来|此前|这|连续)\s*$/u.test(before) && !/^\s*(?:内|以内|之内)/u.test(after) && !(/近\s*$/u.test(before) && !/^\s*(?:来|以来|,)/u.test(after)) && !(/^(?:对|凡)/u.test(text.slice(clauseStart(text, at, 0), at)) && /^[^,;。]{0,16}的/u.test(after))) return "a span of time (过去五年)";
  // a day of the month opening a report (15日,鹤川市…)
  if (unit === "日" && /^\s*,/u.test(after) && !/[\u4e00-\u9fa5]$/u.test(before.replace(/\s+$/u, "")) && Number(numeral) <= 31) return "a date (15日)";
  if (/^[十百千]$/u.test(numeral) && /(数|几|若干)\s*$/u.test(before)) return "a vague count (数十家)";
  if (unit === "分" && /\d\s*(时|点)\s*$/u.test(before)) return "a time of day (23时30分)";
  if (/每\s*$/u.test(before)) return "a denominator (每…)";
  if (/\d\s*:\s*$/u.test(before)) return "a ratio (1:1.2万)";
  // 每改造1个老旧小区(奖补50万元), 每300户至500户(设置1个)
  const wider = text.slice(Math.max(0, at - 12), at);
  if ((/^[1一]$/u.test(numeral) && /^(个|家|户|座|所|栋|套|项|辆|台|名|人|处|间|条|个百分点|百分点|%)$/u.test(unit) && /每[\u4e00-\u9fa5]{1,3}$/u.test(wider) && !EACH_GETS.test(wider)) || /每\s*\d+[^\d,;。]{0,4}(至|到|—|-|~)\s*$/u.test(wider) || /每连续[\u4e00-\u9fa5]{0,4}$/u.test(wider) || PER_ACTIVITY.test(wider)) return "a denominator (每…)";
  // buildings numbered in an estate (锦绣花园小区1—12栋), a voltage class before its equipment (110千伏变电站)
  if (/^(栋|幢)$/u.test(unit) && /(小区|花园|苑|家园|公寓|大厦|社区|村)\s*$/u.test(wider)) return "building numbers (1—12栋)";
  if (unit === "千伏" && /^[\u4e00-\u9fa5]/u.test(after) && !/^(?:及以上|以上|以下|及以下)/u.test(after)) return "a voltage class (110千伏变电站)";
  if (/[〔[【]\s*$/u.test(before)) return "a document number";
  if (unit === "°" && /(?:北纬|南纬|东经|西经)\s*(?:[\d.]+\s*°\s*[—\-~～至]\s*)?$/u.test(text.slice(Math.max(0, at - 16), at))) return "a place's coordinates (北纬37°—39°)";
  if (/^\s*级/u.test(after)) return "part of a name (千亿级, 三级)";
  // (an age or a term, 树龄100年以上 and 三百年, is no year: a year has four digits)
  if (unit === "年" && !/^\d{1,3}(?:\.\d+)?$|^[一二两三四五六七八九十百]{1,3}$/u.test(numeral)) return "a year";
  if (unit === "年" && /^\d{1,2}\.(?:19|20)\d{2}$/u.test(numeral)) return "an item's number before a year (2.2024年,…)";
  // (a period named as what it was: “十四五”时期是…极不平凡的五年)
  // (a recent stretch a report looks back over, 近3个月未组织演练, 近三年来: no figure either)
  if (/^(?:个月|天|周|个季度)$/u.test(unit) && /近\s*$/u.test(before) && /^\s*(?:来|以来|未|没有|无|均|都|中|里)/u.test(after)) return "a span of time (近3个月)";
  if (unit === "年" && /是[^,;。]{0,24}的\s*$/u.test(text.slice(Math.max(0, at - 30), at)) && /^\s*(?:[,;。]|$)/u.test(after)) return "a span named (…是极不平凡的五年)";
  if (/月\s*$/u.test(before) && /^(日|天)/u.test(unit)) return "a date";
  if (/K\d{1,5}\s*\+\s*$/u.test(text.slice(Math.max(0, at - 8), at))) return "a mileage stake (K1187+150段)";
  // (and so is a date range's end: 2025年12月15日至19日)
  if (unit === "日" && /\d{1,2}月\d{1,2}日\s*(?:至|到|—|-|~)\s*$/u.test(text.slice(Math.max(0, at - 10), at))) return "a date";
  // (not a time before something: 申请前6个月内, 期满前3个月)
  if (unit === "个月" && /(?:^|[,;。:\s]|年|今年|去年|全年)前\s*$/u.test(text.slice(Math.max(0, at - 3), at)) && !/^\s*(?:内|以内)/u.test(after)) return "a reporting period (前5个月)";
  if (/^(个|项|条|类|章|节)$/u.test(unit) && /^\s*(?:“[^”]{1,8}”的?)?(具体|重点|主要|政策|支持)?(方面|领域|重点任务|任务|行动|工程|举措|措施|部分|章|方向|环节|板块|专项(?![\u4e00-\u9fa5]{0,4}(?:资金|债券|债|工作组|小组|行动|检查|审计|整治))|类)/u.test(after)) {
    return "a count of the text's own parts";
  }
  // (but 包括先进制造业项目52个、… counts projects: a noun stands between)
  if (/^(个|条|章|节|项)$/u.test(unit) && /(?:(?:分为|共[分有]?\d)[^。其]*|包括[^。\u4e00-\u9fa5]{0,2})$/u.test(text.slice(Math.max(0, at - 16), at)) && /^\s*(部分|条|章|节|、|。|,|;|$)/u.test(after)) {
    return "a count of the text's own parts";
  }
  // (nor an evaluation's own indicator system: 4个一级指标、11个二级指标和27个三级指标)
  if (/^(个|项)$/u.test(unit) && /^\s*[一二三四五]级指标/u.test(after)) return "a count of the text's own parts (4个一级指标)";
  // (nor the grades a scheme is divided into: 应急响应由低到高分为Ⅳ级、Ⅲ级、Ⅱ级、Ⅰ级四个等级)
  if (unit === "个等级" && /(?:分为|分成|划分为|设定为|设为)[^,;。]*$/u.test(text.slice(Math.max(0, at - 40), at))) return "a count of the text's own classes (分为四个等级)";
  // (a package's size names a product: 5升桶装花生油)
  if (/^\s*(?:桶装|瓶装|袋装|罐装|盒装|装)/u.test(after)) return "part of a product's name (5升桶装)";
  // (nor when words of praise stand between: 提出7条硬核措施, 出台12条务实举措)
  if (unit === "条" && /(?:提出|推出|出台|制定|明确|细化|包括|涵盖|共)\s*$/u.test(wider) && /^\s*[\u4e00-\u9fa5]{1,4}(?:举措|措施)/u.test(after)) return "a count of the text's own parts";
  // (nor when the count follows what it counts: 共明确6个方面重点任务40项, 细化为重点任务18项)
  if (/^(项|条)$/u.test(unit) && /(?:明确|细化|提出|部署|梳理|列出|分解|确定|包括|涵盖|共)[^,;。]{0,12}(?:重点任务|主要任务|工作任务|具体任务|任务|举措|措施|政策措施)\s*$/u.test(wider)) return "a count of the text's own parts";
  // (so is the step of a points rule: 每满1年计2分, 社保缴费每满12个月计1分, and a spacing: 每隔50米)
  if (/每满\s*$/u.test(wider)) return "a points rule's step (每满1年计2分)";
  if (/每隔\s*$/u.test(wider)) return "a spacing (每隔50米)";
  // (a window a measurement or a duty covers: 过去3小时, 24小时降雨量, 24小时待命)
  if (unit === "小时" && (/(?:过去|未来|最近)\s*$/u.test(before) || /^\s*(?:降雨量|降水量|雨量|待命|值守|值班|在线|不间断|开放|全天候)/u.test(after))) return "a window of time (24小时降雨量)";
  // (and a date range's end without its month: 预计19日至21日)
  if (unit === "日" && /\d{1,2}日\s*(?:至|到|—|-|~)\s*$/u.test(text.slice(Math.max(0, at - 6), at))) return "a date";
  // a scoring rule's step (每低于目标值1个百分点扣2分, 完成率每低10%扣3分) is a denominator, as 每万人 is
  if (/每(?:低于?|高于?|超过?|少于?|多于?|减少|增加|下降|提高|延误|逾期)(?:目标值|标准值?|计划)?\s*$/u.test(wider) && /^\s*(?:扣|加|减|奖|罚)/u.test(after)) return "a scoring rule's step (每低1个百分点扣2分)";
  // (nor are counts of a plan's indicators in a report on it: 15项主要指标中,11项达到或超过预期,4项未完成)
  // (an evaluation's indicators, 18项评价指标中有15项进入全省前列, are what it measured: figures)
  if (unit === "项" && (/^\s*(?:(?:主要|约束性|预期性)?指标|(?:基本)?(?:达到|超过|完成|实现|符合|未达到|未完成|未实现|低于|滞后)[^,;。\d]{0,8}(?:预期|目标|计划|进度))/u.test(text.slice(end, end + 14)) || (/[,、]\s*$/u.test(before) && INDICATORS_AMONG.test(text.slice(Math.max(0, at - 40), at))))) return "a count of a plan's indicators";
  // (a text's own length: 《若干措施》共18条, 本办法共十二条, 全文共分五章)
  if (/^(个|条|章|节|项|部分)$/u.test(unit) && /(?:》|本(?:方案|办法|条例|规定|措施|意见|细则|规划|决定)|全文|征求意见稿|送审稿|草案)\s*(?:共|共计|共分|分为)\s*(?:[\d一二三四五六七八九十]{1,3}\s*(?:章|节|部分)\s*)?$/u.test(wider)) return "a count of the text's own parts";
  // (a rule's articles and chapters, named by its genre: 村规民约共十二条, 条例共七章)
  if (/^(条|章|节)$/u.test(unit) && /(?:公约|民约|规约|章程|守则|条例|办法|规定|细则)\s*(?:共|共计|共分|分为)\s*(?:[\d一二三四五六七八九十]{1,3}\s*(?:章|节)\s*)?$/u.test(wider) && /^\s*(?:[,;。、]|$)/u.test(after)) return "a count of the text's own parts";
  // a name of a reach (15分钟生活圈, 1小时经济圈), not a time limit (3天办结, 5至10分钟可达)
  if (/^(分钟|小时|天|个月)$/u.test(unit) && /^[\u4e00-\u9fa5“]{0,10}圈|^(便民|生活|服务|健身|就医|通勤|养老|文化|阅读|就业)/u.test(text.slice(end, end + 12))) return "part of a name (15分钟生活圈)";
  // so is a distance that names a coverage (公交站点500米覆盖率, 500米公交站点覆盖率)
  if (/^(米|公里|千米)$/u.test(unit) && /^[\u4e00-\u9fa5]{0,6}(覆盖率|覆盖面)/u.test(after)) return "part of a name (500米覆盖率)";
  // (the age of those a measure serves, 对80周岁以上老年人每餐补贴3元, is its eligibility threshold)
  // (the last of a list of ages after 年满, 年满70周岁、75周岁、80周岁的, is one of the list)
  if (/^(岁|周岁)$/u.test(unit) && !AGE_OF_THOSE_SERVED.test(text.slice(Math.max(0, at - 8), at)) && !/年满[^,;。]{0,24}、\s*$/u.test(text.slice(Math.max(0, at - 30), at)) && /^(及以上|以上|以下|及以下|左右)?(?!以内|之内)[\u4e00-\u9fa5]/u.test(after) && !/^(及以上|以上|以下|及以下|左右)?(的|人员|者)?[,;。]/u.test(after)) return "an age qualifier (65岁及以上老年人, 40岁左右干部)";
  if (inShortQuote(text, at, end)) return "a name in quotation marks";
  // a bare 千 or 百 before 万/亿 is a scale (节约千万元资金, 百亿元级), unless 近/超/上 counts it
  // (迈上千亿元台阶: a scale reached, not a count)
  if (/^[百千]$/u.test(numeral) && /^(万|亿)/u.test(unit) && (!/(近|超|(?<![迈跨站登])上|逾|(?<![签节集预制契公条])约|达)\s*$/u.test(before) || /^\s*(?:台阶|级)/u.test(after))) return "a scale (千万元资金)";
  if (chinese && !percentWords && !/^(万|亿)/u.test(unit) && !inRange) {
    // a limit in days, months or years (一年内, 两个月以内) or a cap (不超过两只) is a figure all the same
    // (and so is a term: 不得超过一小时, 有效期为一年)
    const limit = TIME_UNIT.test(unit) && (LIMIT_AFTER.test(after) || LIMIT_BEFORE.test(before) || /(?:有效期|试用期|服务期|公示期|过渡期)(?:为|是)?\s*$/u.test(text.slice(Math.max(0, at - 5), at)));
    // (两 counts where it ends its clause, 单程票价两元。, or counts places and bodies: 两个紧密型医共体)
    const countsThings = !/^[零〇]/u.test(numeral) && COUNTED_THINGS.test(after);
    // (and a measure bounded, 不小于一公里, 一公顷以上, is one)
    const measured = /^(公里|千米|米|公顷|亩|平方米|立方米|吨|公斤|千克|千瓦)$/u.test(unit) && (LIMIT_BEFORE.test(before) || LIMIT_AFTER.test(after) || /^\s*(?:以上|以下)/u.test(after));
    if (/^[一两]$/u.test(numeral) && !/^(倍|番|成)/u.test(unit) && !limit && !measured && !(numeral === "两" && (LIMIT_BEFORE.test(before) || countsThings || /^\s*([,;。)]|$)/u.test(after)))) return "一 as a counting word";
    // a count after its noun (培育龙头企业五家。) is a figure; before a noun (四个全面, 三类) it names parts
    // (but 十件民生实事 counts the projects a report promises, and 十个乡镇卫生院 the clinics)
    if (numeral.length === 1 && !/^(%|倍|成)/u.test(unit) && !/^\s*([,;。、)]|$)/u.test(after) && !LIMIT_AFTER.test(after) && !LIMIT_BEFORE.test(before) && !/^(?:民生)?实事/u.test(after) && !countsThings) return "a single Chinese numeral counting parts";
    if (/十[一二三四五六七八九]五/u.test(numeral)) return "a plan period (十四五)";
  }
  if (!/^[A-Za-z]/u.test(unit) && (/^\s*[A-Za-z]/u.test(text.slice(end, end + 1)) || /[A-Za-z]$/u.test(before))) return "part of a code or name";
  return null;
}

/** Counts that open the clauses after a plan's indicators are named (16项主要指标中,11项…,3项…,2项进度滞后) count them too. */
const INDICATORS_AMONG = /[\d一二三四五六七八九十]项(?:主要|约束性|预期性)?指标中[^。;]*$/u;

/**
 * What stands before the age of those a measure serves (对80周岁以上, 为全县65周岁以上, 为本市户籍60周岁以上,
 * 收托2岁以下): a preposition or a verb of serving, then at most where they live.
 */
const AGE_OF_THOSE_SERVED = /(?:对|为|向|凡|在|满|(?<!拥)有|收托|招收|接收|照护)(?:全[省市县区镇乡]|本[省市县区镇乡]?(?:户籍)?|辖区内?|城乡|农村|城镇)?\s*$/u;

/** An activity's unit a rate is given per (每加油100升少计量1.8升, 每投资1亿元奖励): a denominator. */
const PER_ACTIVITY = /每(?:加油|生产|投资|销售|消耗|使用|处理|种植|养殖|收购|运输|引进|新增|增加|减少|提高|降低|超出|超过)\s*$/u;
/** What each one gets or must have (每户至少1人, 每村配备1名): the count, not a denominator as 每改造1个 is. */
const EACH_GETS = /(?:至少|最少|最多|不少于|不超过|不低于|配备|配置|设立|设置|选派|明确)$/u;

/** Places, bodies and facilities a count counts (十个乡镇卫生院, 五个红色教育基地): never a text's own parts. */
const COUNTED_THINGS = /^[\u4e00-\u9fa5]{0,6}?(?:卫生院|卫生室|医共体|医院|学校|幼儿园|基地|服务站|驿站|站点|社区|村|乡镇|街道|小区|企业|公司|合作社|园区|产业园|车间|工厂|场馆|公园|养老院|食堂|线路|桥|隧道|水库|电站|项目)(?![\u4e00-\u9fa5]{0,2}(?:方面|领域|原则))/u;

/** A change's figure (由45%提高到60%以上): the word after the new value, when one stands there, is its comparator and ends its quote. */
function changeFigure(text: string, at: number, end: number, value: number, from: number, unit: string, numberAt: number): Found {
  const after = AFTER.find(([pattern]) => pattern.test(text.slice(end, end + 8)));
  const close = end + (after ? after[0].exec(text.slice(end, end + 8))![0].length : 0);
  return { value, to: null, from, unit, base: baseOf(value, unit), comparator: after ? after[1] : "eq", quote: text.slice(at, close), at, end: close, numberAt };
}

function inShortQuote(text: string, at: number, end: number): boolean {
  // a name in quotes is short (“300米见绿、500米见园”): look back sixteen characters, not to the start of the text
  const from = Math.max(0, at - 16);
  const found = text.slice(from, at + 1).lastIndexOf("“");
  if (found < 0) return false;
  const open = from + found;
  const closeAt = text.slice(open, open + 20).indexOf("”");
  if (closeAt < 0) return false;
  const close = open + closeAt;
  // (an amendment's old and new wording are no names: 将第六条中的“5%”修改为“6%”; a change, 由“…”调整为“…”, is CHANGE's)
  if ((REPLACED.test(text.slice(close, close + 6)) && !/[由从]$/u.test(text.slice(Math.max(0, open - 1), open))) || (REPLACING.test(text.slice(Math.max(0, open - 4), open)) && !CHANGED_FROM_QUOTE.test(text.slice(Math.max(0, open - 70), open)))) return false;
  return close >= end && text.slice(open, at).indexOf("”") < 0;
}

/** An amendment's wording replaced (“5%”修改为“6%”), after the old text's closing mark and before the new's opening one. */
const REPLACED = /^”\s*(?:修改为|改为|调整为|替换为)\s*“/u;
const REPLACING = /(?:修改为|改为|调整为|替换为)\s*$/u;
const CHANGED_FROM_QUOTE = /[由从]“[^“”]{1,60}”\s*(?:修改为|改为|调整为|替换为)\s*$/u;
const REPLACEMENT = /“([^“”]{1,60})”\s*(?:修改为|改为|调整为|替换为)\s*“([^“”]{1,60})”/gu;

/**
 * An amendment's replacement (将第十八条中的“处2000元以上1万元以下的罚款”修改为“处5000元以上3万元以下的罚款”) is one
 * figure: the new wording's, changed from the old's (its lower end, for a band), not two.
 */
function mergeReplacements(body: string, offset: number, found: Found[]): void {
  if (!body.includes("为“")) return;
  for (const m of body.matchAll(REPLACEMENT)) {
    const oldStart = offset + m.index + 1;
    const newStart = offset + m.index + m[0].length - m[2]!.length - 1;
    const inside = (from: number, length: number) => found.filter((figure) => figure.at >= from && figure.end <= from + length);
    const before = inside(oldStart, m[1]!.length);
    const after = inside(newStart, m[2]!.length);
    if (before.length !== 1 || after.length !== 1 || before[0]!.unit !== after[0]!.unit) continue;
    after[0]!.from = before[0]!.value;
    found.splice(found.indexOf(before[0]!), 1);
  }
}

/**
 * Goal or status, from the strongest cue: what stands achieved (已, 截至, 目前) in the clause; a
 * deadline, plan or hedge (到2027年, 力争, 将) in the sentence; a norm or payment (不低于, 最高, 补贴) in
 * the clause; a report (累计, 同比) in the sentence, or a verb of doing (完成, 建成) in a sentence that
 * names a reporting period or a comparison; a past year stated plainly at its head.
 */
/** Whether a goal cue stands in `head`, other than 将 as an object's mark (已会同…将加装电梯纳入…,实现100%). */
function hasGoalCue(head: string): boolean {
  const cue = GOAL_CUE.exec(head);
  if (cue === null) return false;
  if (cue[0] !== "将" || !(/已[^,;。]*$/u.test(head.slice(0, cue.index)) || BA_CONSTRUCTION.test(head.slice(cue.index)))) return true;
  return hasGoalCue(head.slice(cue.index + 1));
}

/** 将 marking an object brought down to where it applies (将补贴面积落到具体地块): no future tense, unless 将把 or 将要. */
// (将…纳入 may be either: 将营商环境工作纳入考核 in a speech is what is to be done)
const BA_CONSTRUCTION = /^将(?![把要会在进继全加持大重着围通以])[^,;。]{1,12}?(?:落到|落实到|分解到|下达到|下沉到|延伸到|精准到|细化到)/u;

function kindOf(sentence: string, sentenceHead: string, clauseHead: string, { defaultKind: fallback, inGoals, inReview, planFrom }: FigureOptions, bounded = false): Kind | null {
  // (so is a lead or a lag on the schedule: 低于序时进度10.5个百分点, 超过时间进度4个百分点)
  if (STATUS_NOW.test(clauseHead) || BRACKETED_BASE.test(clauseHead) || SCHEDULE_GAP.test(clauseHead) || REGION_EXTENT.test(clauseHead)) return "status";
  // (unless a deadline sets it: 2026年底前完成整治任务的90%)
  if (PROGRESS_OF_TARGET.test(clauseHead) && !REVIEW_GOAL_CUE.test(sentenceHead)) return "status";
  // a penalty's band, 并处五万元以上十万元以下罚款, is the law's rule even in a case report; a fine imposed
  // there (并处罚款30万元, 罚款金额合计6.5万元) was imposed
  if (bounded && /(?:并处|处以?)\s*$/u.test(clauseHead)) return "goal";
  if (fallback === "status" && !bounded && /罚款(?:金额)?(?:合计|共计|总计)?\s*$/u.test(clauseHead)) return "status";
  // a standard's limit, stated in a report of what was found (最大残留限量值为0.2mg/kg, 标准规定不超过3mg/g)
  if (/(?:限量值?|限值|标准值|标准规定|标准要求)[^,;。\d]{0,6}$/u.test(clauseHead)) return "goal";
  // what is required, in a report too (应开工18个, 实际开工15个: only the first)
  if (/应当?(?:开工|完成|达到|建成|新增|实现|不低于|不少于)\s*$/u.test(clauseHead)) return "goal";
  // the amount of a target done or to be done (完成年度目标85亿元): the target's
  if (/完成[^,;。\d]{0,6}(?:目标|计划)(?:任务)?\s*$/u.test(clauseHead)) return "goal";
  if (PLANNED.test(clauseHead) && !clauseHead.endsWith("的") && !/(?:低于|高于|超过|超出|完成|达到|比|较)[^,;。]{0,10}(?:计划|目标)/u.test(clauseHead)) return "goal";
  // (a rule's limit, 建筑密度不大于25%, binds even where a text describes what is: 地块基本情况)
  if (inReview) return REVIEW_GOAL_CUE.test(sentenceHead) || STRICT_NORM.test(clauseHead) || GRANT_RULE.test(clauseHead) ? "goal" : "status";
  // what a policy is said to set out (针对当前…问题,《政策措施》提出,一是…) is planned, whatever the lead-in reports
  if (STATING_VERBS.some((verb) => sentenceHead.includes(verb)) && POLICY_STATES.test(sentenceHead) && !STATUS_NOW.test(clauseHead)) return "goal";
  if ((STATUS_SENTENCE.test(sentenceHead) || REPORTED_MONTHS_OPENING.test(clauseHead)) && !GOAL_CUE.test(clauseHead)) return "status";
  if (hasGoalCue(sentenceHead)) return "goal";
  if (fallback === "status" && DATED_EVENT.test(sentenceHead)) return "status";
  // a sentence opening with a year before the plan's (2025年,全市…控制在4.9%以内) reports it, limits and all
  const opening = PAST_YEAR_OPENING.exec(sentenceHead);
  if (opening && planFrom !== undefined && planFrom !== null && Number(opening[1]) < planFrom) return "status";
  // (a report's payments of the year, 全年发放补贴资金12.6亿元, were paid)
  // (nor were last year's, 去年…补贴申请量达到38.6万份)
  // (nor is a standard a report states, 低保月人均保障标准分别为780元: the one in force)
  if (NORMATIVE.test(clauseHead) || GRANT_RULE.test(clauseHead) || (PAYMENT.test(clauseHead) && PAYMENT.test(clauseHead.replace(PAYMENT_MEASURED, "")) && !(fallback === "status" && (PAID.test(sentenceHead) || STANDARD_STATED.test(clauseHead))) && !LAST_YEAR.test(sentenceHead))) return "goal";
  // 已 earlier in the sentence reports its next clauses too (已建成绿色工厂136家,其中国家级48家)
  if (!inGoals && STATUS_NOW.test(sentenceHead)) return "status";
  // in a plan's goals, 累计 and 完成 state what is to be reached; a plain past year still marks a baseline
  // (in a policy a bound on a comparison or a total (同比下降30%以上, 累计接待10万人次以上) is a target set, not a count reported)
  const setsBound = bounded && fallback === "goal";
  // (a policy's task may set a change against last year's, 事故起数同比下降10%: 同比 reports only with a verb of
  // doing (完成…,同比增长) or a period (上半年,…同比增长18%))
  const setsChange = fallback === "goal" && !DONE_VERB.test(sentenceHead) && !REPORT_PERIOD.test(sentence);
  if (!inGoals && STATUS_CUE.test(setsBound || setsChange ? sentenceHead.replaceAll("同比", "") : sentenceHead)) return "status";
  // 累计 reports its own clause in a plan (累计达到45项,平均减少办事环节60%: the 60% is planned), a report's whole sentence
  // (a plan's total over its years, 五年累计投入300亿元, 规划期内累计, plans)
  // (累计建成…突破1.6万个 in a task list is the total to reach)
  if (!inGoals && !setsBound && /(?<!年|期间|期内|时期)累计(?!达到|建成[^,;。]{0,12}(?:突破|超过|达到))/u.test(fallback === "status" ? sentenceHead : clauseHead)) return "status";
  // (in a dated policy, 较2024年提高5个百分点 compares a task's result with a past year: the task's)
  if (!inGoals && DONE_VERB.test(sentenceHead) && (fallback === "status" || planFrom === undefined || planFrom === null ? REPORT_CONTEXT : REPORT_NO_BASELINE).test(sentence)) return "status";
  // a five-year plan's period that ended before the plan or page (“十四五”期间,全省累计…) opens a review
  const period = sentenceHead.includes("五") ? PAST_FIVE_YEARS.exec(sentenceHead) : null;
  if (period && planFrom !== undefined && planFrom !== null && 2005 + 5 * smallChineseNumber(period[1]!) < planFrom) return "status";
  const reported = sentenceHead.includes("年") ? REPORTED_YEAR.exec(sentenceHead) : null;
  // a plan's own years (2025年,新建…; 2026年,…) are stages of it, not reports
  // (in a plan's goals a year is a stage of the plan unless the plan's own first year says it is past)
  // (a bound on a past year's value in a policy, (2025年度主营业务收入2000万元以上), is a condition it sets)
  if (reported && !(setsBound && /\d{4}\s*年度[^,;。\d]{0,12}$/u.test(clauseHead)) && !(planFrom !== undefined && planFrom !== null ? yearOf(reported[1]!) >= planFrom : inGoals)) return "status";
  // a value dated by a past year (由2020年的1.2万亿元增长到2024年的1.6万亿元): what that year had
  const dated = sentenceHead.endsWith("的") ? VALUE_YEAR.exec(sentenceHead.slice(-16)) : null;
  if (dated && (planFrom === undefined || planFrom === null || yearOf(dated[1]!) < planFrom)) return "status";
  return null;
}

function clauseStart(text: string, at: number, floor: number): number {
  let closed = 0;
  for (let i = at - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x2c || code === 0x3b || code === 0x3a || code === 0x3002 || code === 0x21 || code === 0x3f) return i + 1; // , ; : 。 ! ?
    // a parenthesis still open at the figure opens its clause when it holds words before it (不得低于最低工资
    // 标准(目前…标准为23.5元)); a figure in brackets of its own (比例(15%)) stays in the clause around them
    if (code === 0x29) closed++;
    else if (code === 0x28) {
      if (closed > 0) closed--;
      else if (at - i > 4) return i;
    }
  }
  return floor;
}

// (a year's 前 is a deadline's, not its first months': 2025年前三季度 keeps 前三季度)
const LEADING_NOISE = new RegExp(String.raw`^(其中|同时|此外|目前|实现|分别|力争|争取|确保|截至目前|截至\S{0,8}?(底|末)|[到至]\d{4}年(底|末)?|\d{4}年(底|末)?(?:前(?!${FIRST_MONTHS}))?|[“"]?十[一二三四五六七八九]五[”"]?(期间|时期|末)?|今年|全年|全市|全省|全区|全国)+`, "u");
const TRAILING_WORDS = ["分别", "已经", "已", "累计", "将", "要", "力争", "争取", "努力", "预计", "完成", "实现", "保持", "稳定在", "提高到", "提升到", "增加到", "增长到", "下降到", "减少到", "提高至", "提升至", "增加至", "增长至", "下降至", "减少至", "压减至", "压减到", "压缩至", "压缩到", "缩短至", "缩短到", "扩大至", "扩大到", "降至", "降到", "控制在", "保持在", "达到", "达", "迈上", "跨上", "站上", "突破", "首次", "超过", "不低于", "不少于", "不超过", "高于", "低于", "约", "为", "是", "占"];
const TRAILING_NOISE = new RegExp(`(${TRAILING_WORDS.join("|")})+$`, "u");
/** TRAILING_NOISE is tried at every position of a text: texts that end in no trailing word's last character skip it. */
const TRAILING_LAST_CHARS = new Set(TRAILING_WORDS.map((word) => word.slice(-1)));
/** An enumeration before the figure (智能工厂100个、数字化车间500个): its items up to the last 、 after a number. */
const ENUMERATION_HEAD = /^.*\d[^\d、]{0,4}、/u;

function withoutTrailingNoise(text: string): string {
  return TRAILING_LAST_CHARS.has(text.slice(-1)) ? text.replace(TRAILING_NOISE, "") : text;
}

/** The short noun phrase a figure measures: the clause's subject before it, else the noun after it. */
function indicatorOf(text: string, at: number, end: number, sentenceStart: number, sentenceEnd: number): string {
  // in an enumeration (智能工厂100个、数字化车间500个) each figure's phrase starts after the previous one
  // (a clause opened by a parenthesis, 大桥(跨径总长, names what is inside it)
  const opened = text.slice(clauseStart(text, at, sentenceStart), at).trim().replace(NUMBERING, "");
  const near = opened.startsWith("(") && !opened.includes(")") ? opened.slice(1) : opened;
  const clause = near.includes("、") ? near.replace(ENUMERATION_HEAD, "") : near;
  let subject = withoutTrailingNoise(clause.replace(LEADING_NOISE, "")).replace(/^[\u4e00-\u9fa5]{1,4}的/u, "").trim();
  subject = withoutTrailingNoise(subject).replace(/(从|由)$/u, "").trim();
  if (subject.length >= 2) return subject;
  // a bracketed binding after the figure (2%(预期性)) is no noun of it
  const following = (/^[^,;。!?、]{1,20}/u.exec(text.slice(end, sentenceEnd))?.[0] ?? "").replace(BINDING_MARK, "");
  const verb = clause.replace(LEADING_NOISE, "").replace(/(累计|已经|已)/gu, "").trim();
  const phrase = (verb + following.replace(/(工作|等)$/u, "")).trim();
  // a figure that opens its clause with nothing after it (给予补贴,最高可达50万元。) measures what the clause before names
  const start = clauseStart(text, at, sentenceStart);
  if (phrase.length < 2 && start > sentenceStart) {
    // up to that clause's own figure, if it has one (…年均增长5.5%左右,到2030年突破1.5万亿元)
    const before = text.slice(clauseStart(text, start - 1, sentenceStart), start - 1).trim().replace(NUMBERING, "").replace(/\d.*$/su, "");
    const owner = withoutTrailingNoise(before.replace(LEADING_NOISE, "")).trim();
    // 地区生产总值增长5.8%,达到3260亿元: the amount is the product's, not its growth's (a rate may be the growth's)
    if (/[%‰]|百分点/u.test(text.slice(at, end))) return owner;
    const grown = owner.replace(TRAILING_GROWTH, "");
    return grown.length >= 2 ? grown : owner;
  }
  return phrase;
}

/** A numbering marker that opens a clause (第四条, (一), 1., 一、, ①): not part of what a figure measures. */
const NUMBERING = /^(?:[●•▪◦·]|第[一二三四五六七八九十百零〇\d]+[条章节款项]|\d{1,2}\.\d{1,2}\s+|\d{1,2}\s+(?=[\u4e00-\u9fa5])|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}、|[①-⑳])\s*/u;

/** A sentence longer than this is cut at a ; or , before it: cues reach back no further, and work stays linear. */
const MAX_SENTENCE = 2000;

function sentences(text: string): Range[] {
  const out: Range[] = [];
  const push = (start: number, end: number) => {
    while (end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf(";"), window.lastIndexOf(","));
      const at = cut > 0 ? start + cut + 1 : start + MAX_SENTENCE;
      out.push({ start, end: at });
      start = at;
    }
    out.push({ start, end });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x0a) { // 。 ! ? newline
      push(start, i + 1);
      start = i + 1;
    }
  }
  if (start < text.length) push(start, text.length);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables

/** A column of row numbers (序号 | 指标 | …): neither the label nor figures. */
const SERIAL_HEADER = /^(序号|编号|序|排名|位次|名次|No\.?|#)$|(?:代码|编码|编号)$/iu;

/** A column header of the plan period's growth; "年均增长/累计" holds both, told apart by brackets. */
const GROWTH_HEADER = /(年均增长|年均增速|年均|累计增长|累计|比上年增长|同比增长|增速|增长率|增长|增减)(?:\/(累计|年均增长))?/u;

/** The words a growth figure adds to its row's indicator: 累计 for a bracketed (cumulative) cell, else the first. */
function growthOf(header: string, bracketed: boolean): string {
  const [first, second] = header.split("/");
  if (!second) return first!;
  return bracketed === /累计/u.test(second) ? second : first!;
}

/**
 * What a column header adds to its rows' indicator: a year column's noun (2025年公共充电桩(个) -> 公共充电桩),
 * or, in a statistical table, a plain column's name in brackets (全市 | 城市 | 农村 -> (城市)).
 */
function columnNoun(header: string, hasYear: boolean, kind: Kind | null): string {
  const bare = header.replace(/\([^()]{1,8}\)\s*$/u, "");
  if (hasYear) return bare.replace(/\d{4}\s*年(?:底|末)?/u, "").replace(/(目标值?|预期值?|规划值?|计划|基期值?|现状值?|实际值?|完成值?|基数|现值)/u, "").trim();
  return !GROWTH_HEADER.test(header) && kind === null && header.length <= 6 ? `(${bare})` : "";
}

/**
 * Figures of a table: its numeric cells (extractTableFigures), and the figures of the cells written as
 * prose (a task table's 每年滚动实施技改项目300个以上), read as sentences.
 */
export function extractTableAndCellFigures(rows: Passage[][], options: FigureOptions, findings: Findings, tableUnit?: string): TargetDraft[] {
  const targets = extractTableFigures(rows, options, tableUnit);
  // a numeric cell's figure cites the whole cell, so it starts where its cell does
  const numeric = new Set(targets.map((target) => target.range.start));
  // a column of names (项目名称: 江能年产20万辆新能源整车项目) holds no statements
  // (nor a column of units: /10万 is a unit, not ten thousand)
  const names = new Set((rows[0] ?? []).flatMap((cell, c) => (/(?:名称|^项目|^(?:计量)?单位)$/u.test(withoutSpreading(cell.text.trim())) ? [c] : [])));
  for (const row of rows.slice(1)) {
    // a row with values in its cells, labelled by a band (5万元以下(含) | 60% | 70%): the band names the values'
    // indicator and states nothing (a label of words, 产出指标 数量指标 抽检批次 ≥6000批次, may hold a figure)
    const valued = row.some((cell) => cell.length > 0 && numeric.has(cell.toRange(0, cell.length).start));
    const labelAt = valued ? row.findIndex((cell) => !/^\d{1,3}\.?$/u.test(cell.text.trim())) : -1;
    const bandLabel = labelAt >= 0 && /^\d/u.test(row[labelAt]!.text.trim());
    for (const [c, cell] of row.entries()) {
      if (names.has(c) || (bandLabel && c === labelAt) || cell.length < 4 || !/\d/u.test(cell.text) || numeric.has(cell.toRange(0, cell.length).start)) continue;
      targets.push(...extractFigures(cell, options, findings));
    }
  }
  return targets;
}

/** An organization's or a place's name in a table cell (东湖区, 市财政局, 城关镇人民政府). */
const ORGANIZATION = /[\u4e00-\u9fa5]{2,}(?:区|县|市|镇|乡|街道|村|社区|局|委|办|中心|公司|政府|医院|学校|大队)$/u;

/** A note's mark after a cell or a row's label (58*, 高新技术企业数(家)[^2], as Markdown leaves it: ^2): no part of it. */
const NOTE_MARK = /\s*(?:\[?\^[\w-]{1,8}\]?|\\?\*{1,2})$/u;

/** Figures of a 主要指标 table: one per numeric cell, indicator from the row, year from the column. */
/** A bracketed note naming a place or a part (锦江段, 高新区, 东片区), not a unit ((部), (期) are units). */
const PLACE_OR_PART = /^[\u4e00-\u9fa5]{1,6}(?:段|区|县|市|镇|乡|村|省|街道|片区|园区)$/u;

export function extractTableFigures(rows: Passage[][], options: FigureOptions, tableUnit?: string): TargetDraft[] {
  const [head, ...body] = rows;
  if (!head || body.length === 0) return [];
  // a header over two rows (基期值 | 目标值 above 2024年 | 2027年 | 2030年): each column's two cells read as one
  const yearRow = body.length > 1 && body[0]!.some((cell) => /^\d{4}\s*年/u.test(cell.text)) && body[0]!.every((cell) => cell.text === "" || /^\d{4}\s*年/u.test(cell.text));
  const headerTexts = head.map((cell, c) => withoutSpreading(cell.text) + (yearRow ? (body[0]![c]?.text ?? "") : ""));
  const data = yearRow ? body.slice(1) : body;
  // (a 单位 column may name the units reporting, 东湖区 or 市财政局, not a unit of measure)
  const namesUnits = (c: number) => data.some((row) => ORGANIZATION.test(row[c]?.text.trim() ?? ""));
  const columns = headerTexts.map((text, c) => {
    const year = /(\d{4})\s*(?:年|(?=基期|目标|现状|预期|规划|完成|实际|计划))/u.exec(text);
    // (a budget's columns: 2025年执行数 reports, 2026年预算数 plans; a progress table's 任务数 is the target)
    // (and 完成年度目标(%) how much of the target is done)
    // (a price table's 现行价格 reports, its 调整后价格 sets)
    // (a subsidy list's households and areas are what was counted: 补贴农户(户) | 补贴面积(亩) | 补贴资金(万元))
    const kind: Kind | null = /执行|(?:完成|占)[^()\d]{0,6}(?:目标|计划)|现行|调整前|^(?:补贴|核定|确权|实际|种植|承包|受益)(?:农户|户数|人数|面积)|^(?:农户|户数|人数)(?:数)?(?:\(|$)/u.test(text) ? "status" : /(目标|预期|规划|计划|预算|任务数|调整后|整改期限)/u.test(text) ? "goal" : /(基期|现状|基数|完成|实际|现值|现有|已有|已(?:提前)?下达|已拨付|存量)/u.test(text) ? "status" : null;
    // (a column of caps or floors: 24小时最高限价(元), 最低工资标准)
    const bound: Comparator | null = /最高|上限|封顶/u.test(text) ? "lte" : /最低|下限|保底/u.test(text) ? "gte" : null;
    // a column of the period's growth (年均增长, 累计): its figures are what the plan expects by its last year
    const growth = year ? null : (GROWTH_HEADER.exec(text)?.[0] ?? null);
    // a header may name what its column measures and in what (2025年公共充电桩(个)); (目标) is no unit
    // (or names it as the table's: 本年收费金额(单位:万元))
    const bracketed = /\((?:单位\s*:\s*)?([^()]{1,8})\)\s*$/u.exec(text)?.[1] ?? null;
    // (a term in years, 在县服务期限(年), is a unit; a year, (2025年), is not)
    const unit = bracketed !== null && !/(目标|预期|预计|规划|基期|基准|现状|实际|约束|累计|\d\s*年|年[度均末底]|单位)/u.test(bracketed) ? bracketed : null;
    const noun = columnNoun(text, year !== null, kind);
    return { year: year ? Number(year[1]) : null, kind, bound, growth, unit, noun, isBinding: /属性|性质/u.test(text), isUnit: /^(?:计量)?单位$/u.test(text.trim()) && !namesUnits(c) };
  });
  const years = columns.flatMap((c) => (c.year === null ? [] : [c.year]));
  // of several year columns the earliest is where the plan starts from (2024年 | 2026年 | 2027年目标)
  const baseYear = years.length >= 2 ? Math.min(...years) : null;
  const bindingColumn = columns.findIndex((c) => c.isBinding);
  // plain value columns (全市 | 城市 | 农村): when there are several, each names its part of the indicator
  const plainColumns = columns.filter((c) => c.year === null && c.kind === null && c.growth === null && !c.isBinding && !c.isUnit).length - 1;
  const unitColumn = columns.findIndex((c) => c.isUnit);
  // (a group column, 类别, stands beside the rows' own labels; where values follow it, it labels the rows itself)
  const valuesAfter = (c: number) => data.length > 0 && data.every((row) => /^[≥≤]?-?\d/u.test(row[c + 1]?.text.trim() ?? ""));
  const serialColumns = new Set(headerTexts.flatMap((text, c) => (SERIAL_HEADER.test(text.trim()) || (GROUP_HEADER.test(text.trim()) && c + 1 < headerTexts.length && !valuesAfter(c)) ? [c] : [])));
  // the row's label: the first column that is no serial number, unit, binding or year column
  const plainColumn = columns.findIndex((c, index) => !serialColumns.has(index) && !c.isUnit && !c.isBinding && c.year === null && c.kind === null);
  const labelColumn = plainColumn >= 0 ? plainColumn : columns.findIndex((_, index) => !serialColumns.has(index));
  if (labelColumn < 0) return [];
  // in a report (statistics, a review) every column reports; in a plan the later years are goals
  const reports = options.defaultKind === "status" || options.inReview === true;
  const targets: TargetDraft[] = [];
  for (const row of data) {
    const label = withoutSpreading(row[labelColumn]?.text ?? "").replace(NOTE_MARK, "");
    // (a place's note, 其他县(市、区), names no unit, nor does a section of a road, 天府大道南延线(锦江段))
    const unitInLabel = /\(([^)、]{1,8})\)\s*$/u.exec(label);
    if (unitInLabel !== null && PLACE_OR_PART.test(unitInLabel[1]!)) unitInLabel[1] = "";
    const indicator = label.replace(/\([^)]{1,8}\)\s*$/u, "").trim().replace(NUMBERING, "");
    const rowUnit = (unitColumn >= 0 ? row[unitColumn]?.text : undefined) || unitInLabel?.[1] || "";
    const bindingText = bindingColumn >= 0 ? (row[bindingColumn]?.text ?? "") : "";
    const binding = /约束/u.test(bindingText) ? "约束性" : /预期/u.test(bindingText) ? "预期性" : null;
    row.forEach((cell, c) => {
      const column = columns[c];
      if (c === labelColumn || c === bindingColumn || c === unitColumn || serialColumns.has(c) || !column) return;
      // a bracketed cell ([9]) is the period's total, as plans print cumulative indicators
      // (a word of comparison after the number, 130以上 or 6左右, is no unit; a range, 50—60, is one figure;
      // (含) says a band's end is in it: 180—300(含))
      const match = /^([[〔])?(≥|≤|>|<|＞|＜)?\s*(-?\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*[—~～至]\s*(\d+(?:\.\d+)?))?\s*(%|(?:(?!以上|以下|以内|左右)[\u4e00-\u9fa5]){1,4})?\s*(?:\((?:不)?含\))?\s*(以上|以下|以内|左右)?[\]〕]?$/u.exec(cell.text.replace(NOTE_MARK, ""));
      if (!match) return;
      const value = match[3]!.startsWith("-") ? -parseArabic(match[3]!.slice(1)) : parseArabic(match[3]!);
      const high = match[4] === undefined ? null : parseArabic(match[4]);
      // the cell's own unit, else its column's (增长(%)), else its row's
      const unit = match[5] ?? (column.unit || rowUnit || tableUnit || "");
      // a date cell (2027年底, 6月) is a deadline, not a figure
      // (a column's own unit in years, 服务期限(年), is a term)
      if (Number.isNaN(value) || !unit || (match[5] !== undefined && /^(年|月|日)/u.test(match[5])) || (high !== null && !(high > value))) return;
      const signed = cellComparator(match[2], match[6]);
      const comparator = high !== null ? "eq" : signed === "eq" && column.bound !== null ? column.bound : signed;
      const growth = column.growth && growthOf(column.growth, match[1] !== undefined);
      // (the plan's own first year, when its title names it, is its current year: status, as in fixture 05)
      // (but a year after the text's date is ahead of it: a plan dated 2025 for 2026—2028 plans its 2026 column too)
      const current = column.year !== null && !(options.writtenIn != null && column.year > options.writtenIn) && (column.year === baseYear || (options.planFrom != null && years.length >= 2 && column.year <= options.planFrom));
      const kind: Kind = column.kind ?? (reports ? "status" : growth ? "goal" : column.year === null ? options.defaultKind : current ? "status" : "goal");
      targets.push({
        kind,
        indicator: growth ? indicator + growth : column.year !== null || plainColumns > 1 ? indicator + column.noun : indicator,
        value,
        to: high,
        from: null,
        unit,
        base: baseOf(value, unit),
        comparator,
        // (a growth column names no year: its figures have none, what-counts' rule for table years)
        year: growth ? null : column.year,
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
