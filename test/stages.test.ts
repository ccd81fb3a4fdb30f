/** One describe per stage, each on short texts of its own. */
import { describe, expect, it } from "vitest";
import { Findings } from "../src/diagnostics/report.js";
import { extract } from "../src/pipeline.js";
import { toBlocks } from "../src/stages/blocks.js";
import { extractFigures, extractTableFigures } from "../src/stages/figures.js";
import { normalize } from "../src/stages/normalize.js";
import { repair } from "../src/stages/repair.js";
import { segment } from "../src/stages/segment.js";
import { parseChineseNumeral } from "../src/numbers/parse.js";
import { leadingMarker, inlineMarkers } from "../src/numbering/registry.js";
import { Passage } from "../src/text/passage.js";

const one = (text: string, path = "t.txt") => extract(text, { path }).documents;

describe("normalize", () => {
  it("rewrites full-width ASCII and line endings and maps every offset back", () => {
    const source = "到２０２６年，普及率超过７０％。\r\n第二行";
    const { text, toSource } = normalize(source);
    expect(text).toBe("到2026年,普及率超过70%。\n第二行");
    expect(toSource.length).toBe(text.length + 1);
    const at = text.indexOf("第二行");
    expect(source.slice(toSource[at]!, toSource[at]! + 3)).toBe("第二行");
    expect(toSource[text.length]).toBe(source.length);
  });

  it("drops zero-width characters without shifting later offsets", () => {
    const { text, toSource } = normalize("一\u200b是");
    expect(text).toBe("一是");
    expect(toSource[1]).toBe(2);
  });

  it("keeps characters outside the BMP, and even a lone surrogate, unit for unit", () => {
    const source = "𠮷野家\ud842，第\udfb7二\u3000行";
    const { text, toSource } = normalize(source);
    expect(text).toBe("𠮷野家\ud842,第\udfb7二 行");
    expect([...toSource]).toEqual([...Array(source.length + 1).keys()]);
  });
});

describe("normalize: HTML left in a plain-text copy of a web page", () => {
  const page = "<p align=\"center\"><strong>关于推进草莓产业发展的实施意见</strong></p>\n&nbsp;&nbsp;鼓励发展&ldquo;草莓+电商&rdquo;，补助<br>\n不超过100万元。</p><p>二、保障措施&#12290;PM2.5<35，A&B&foo;\n";

  it("drops tags, reads entities as their characters and cites each at its source offset", () => {
    const { text, toSource } = normalize(page, { markup: true });
    expect(text).toBe("关于推进草莓产业发展的实施意见\n  鼓励发展“草莓+电商”,补助\n不超过100万元。\n二、保障措施。PM2.5<35,A&B&foo;\n");
    const quote = text.indexOf("“");
    expect(page.slice(toSource[quote]!, toSource[quote]! + 7)).toBe("&ldquo;");
    expect(page.slice(toSource[text.indexOf("二、")]!).startsWith("二、保障措施")).toBe(true);
    expect(toSource[text.length]).toBe(page.length);
  });

  it("leaves markup alone unless asked (Markdown reads its own HTML)", () => {
    expect(normalize(page).text).toContain("<strong>");
    expect(normalize("面积&nbsp;3万亩", { markup: false }).text).toBe("面积&nbsp;3万亩");
  });

  it("gives measure texts and titles without markup, and spans that end after a closing entity", () => {
    const [document] = one("<p><strong>某市草莓产业实施意见</strong></p>\n<strong>一、重点任务</strong><br>\n（一）完善冷链物流。鼓励发展&ldquo;草莓+电商&rdquo;<br>\n（二）擦亮品牌。严格&ldquo;丹东草莓&rdquo;管理。<br>\n");
    expect(document!.title).toBe("某市草莓产业实施意见");
    expect(document!.sections.map((section) => section.title)).toEqual(["一、重点任务"]);
    expect(document!.measures.map((measure) => measure.text)).toEqual(["完善冷链物流。鼓励发展“草莓+电商”", "擦亮品牌。严格“丹东草莓”管理。"]);
  });
});

describe("blocks", () => {
  it("makes each non-empty line of plain text a block", () => {
    const blocks = toBlocks("标题\n\n  第一段。\n第二段。\n", "text");
    expect(blocks.map((b) => b.passage.text)).toEqual(["标题", "第一段。", "第二段。"]);
    expect(blocks[1]!.passage.pieces[0]!.start).toBe(6);
  });

  it("reads Markdown headings, list items and bold leads, without markup but with exact offsets", () => {
    const md = "# 某某行动方案\n\n## 一、**总体**要求\n\n1. 加强组织领导。\n2. 强化资金保障。\n\n- 建立台账\n\n**压实责任。**各区要落实。\n";
    const blocks = toBlocks(md, "markdown");
    expect(blocks.map((b) => [b.kind, b.passage.text])).toEqual([
      ["heading", "某某行动方案"],
      ["heading", "一、总体要求"],
      ["item", "加强组织领导。"],
      ["item", "强化资金保障。"],
      ["item", "建立台账"],
      ["line", "压实责任。各区要落实。"],
    ]);
    expect(blocks[2]!.list).toMatchObject({ ordered: true, ordinal: 1, marker: "1." });
    expect(blocks[4]!.list).toMatchObject({ ordered: false, ordinal: null, marker: "-" });
    expect(blocks[5]!.strongLead).toBe(5);
    const title = blocks[1]!.passage;
    expect(title.toRange(0, title.length)).toEqual({ start: md.indexOf("一、"), end: md.indexOf("要求") + 2 });
  });

  it("parses a long Markdown text in sections cut before headings, with the blocks and offsets of one parse", () => {
    const section = (n: number) => `## 第${n}部分\n\n1. **加强组织领导。**第${n}项措施的正文${"推进重点任务落实，".repeat(40)}\n2. 强化资金保障。\n\n`;
    // a fenced block that crosses where a cut would fall: its "# " lines are code, not headings
    const fence = "```\n# 代码里的井号\n" + "x\n".repeat(10) + "```\n\n";
    let md = "# 某某行动方案\n\n";
    for (let n = 1; md.length < 200_000; n++) md += (n % 7 === 0 ? fence : "") + section(n);
    const blocks = toBlocks(md, "markdown");
    const headings = blocks.filter((b) => b.kind === "heading");
    expect(headings.map((b) => b.passage.text)).toEqual(["某某行动方案", ...[...md.matchAll(/^## (.+)$/gmu)].map((m) => m[1])]);
    expect(headings.some((b) => b.passage.text.includes("代码"))).toBe(false);
    const items = blocks.filter((b) => b.kind === "item");
    expect(items).toHaveLength(2 * (headings.length - 1));
    // offsets are the whole text's, past every cut
    const last = items[items.length - 1]!;
    expect(md.slice(last.list!.markerRange.start, last.list!.markerRange.end)).toBe("2.");
    expect(last.passage.toRange(0, last.passage.length)).toEqual({ start: md.lastIndexOf("强化资金保障。"), end: md.lastIndexOf("强化资金保障。") + 7 });
    expect(items[0]!.strongLead).toBe(7);
  });

  it("splits articles run together on one line (…5万元。 第7条 …), and leaves an inline reference (依照第7条) alone", () => {
    const text = "第6条  最高5万元。 第7条  创新券每年发放1000万元。\n第8条  依照本细则第7条 规定执行。";
    expect(toBlocks(normalize(text).text, "text").map((block) => block.passage.text)).toEqual(["第6条  最高5万元。", "第7条  创新券每年发放1000万元。", "第8条  依照本细则第7条 规定执行。"]);
  });

  it("groups pipe-table lines into one table block of cells", () => {
    const blocks = toBlocks("| 指标 | 2027年 |\n|---|---|\n| 普及率(%) | 80 |\n", "text");
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.rows.map((row) => row.map((cell) => cell.text))).toEqual([["指标", "2027年"], ["普及率(%)", "80"]]);
  });

  it("reads an indicator table whose columns are spaced apart (copied from Word) as a table, and prose beside it as lines", () => {
    const text = [
      "指标　　2025年　　2030年　　年均增长/累计　　属性",
      "1.地区生产总值（亿元）　　5000　　7000　　7%　　预期性",
      "2.单位GDP能耗降低（%）　　—　　—　　〔13.5〕　　约束性",
      "到2030年 全市 地区生产总值 达到 7000 亿元。",
    ].join("\n");
    const blocks = toBlocks(normalize(text).text, "text");
    expect(blocks.map((block) => block.kind)).toEqual(["table", "line"]);
    expect(blocks[0]!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ["指标", "2025年", "2030年", "年均增长/累计", "属性"],
      ["1.地区生产总值(亿元)", "5000", "7000", "7%", "预期性"],
      ["2.单位GDP能耗降低(%)", "—", "—", "〔13.5〕", "约束性"],
    ]);
  });

  it("leaves spaced lines under no header naming rows or years as lines, and reads a 指标 table with its unit line", () => {
    const prose = "名单 如下 备注\n道路 300 新建\n桥梁 120 改建";
    expect(toBlocks(normalize(prose).text, "text").map((block) => block.kind)).toEqual(["line", "line", "line"]);
    const statistics = "单位：%\n指标\t全市\t城市\t农村\n居民消费价格\t0.3\t0.4\t0.1\n食品烟酒\t-0.8\t-0.7\t-1.0";
    const blocks = toBlocks(normalize(statistics).text, "text");
    expect(blocks.map((block) => [block.kind, block.rows.length, block.tableUnit])).toEqual([["line", 0, undefined], ["table", 3, "%"]]);
  });
});

describe("numbering registry", () => {
  it("recognises each system's marker at the start of a paragraph", () => {
    const cases: Array<[string, string, number | null]> = [
      ["一、总体要求", "chinese-dun", 1],
      ["二、2025年主要预期目标", "chinese-dun", 2],
      ["（三）主要任务", "chinese-paren", 3],
      ["12.加快建设", "arabic-dot", 12],
      ["1.2 强化保障", "arabic-outline", 2],
      ["01　新能源汽车提质工程。", "arabic-space", 1],
      ["3、强化保障", "arabic-dot", 3],
      ["（2）完善机制", "arabic-paren", 2],
      ["④推进试点", "circled", 4],
      ["㈡加强监管", "enclosed-ideograph", 2],
      ["第十二条 本办法自发布之日起施行。", "article", 12],
      ["第三章 保障措施", "chapter", 3],
      ["第二篇 构建现代化产业体系", "volume", 2],
      ["第一条【目的依据】为了规范管理，制定本办法。", "article", 1],
      ["二十一是强化考核。", "shi", 21],
      ["“关键”是要畅通网络", "quoted-lead", null],
    ];
    for (const [text, system, ordinal] of cases) {
      const marker = leadingMarker(normalize(text).text);
      expect([text, marker?.system.id, marker?.ordinal]).toEqual([text, system, ordinal]);
    }
  });

  it("does not read a plan period, a decimal or an inline reference as a marker", () => {
    expect(leadingMarker("十四五是关键时期")).toBeNull();
    expect(leadingMarker("1.5万亿元")).toBeNull();
    expect(leadingMarker("1.5 万亿元")).toBeNull();
    expect(leadingMarker("10 万元以上的项目")).toBeNull();
    expect(leadingMarker("依照本条例第十二条规定")).toBeNull();
    expect(inlineMarkers("统一是前提,唯一是底线").length).toBe(0);
  });

  it("finds a 第一,第二 series and a ① list whose first item follows a verb", () => {
    expect(inlineMarkers("强化保障。第一,加强组织领导。第二,加大资金投入。").map((m) => [m.marker, m.ordinal])).toEqual([["第一", 1], ["第二", 2]]);
    expect(inlineMarkers("具备①飞行计划审批、②气象服务等功能。").map((m) => m.marker)).toEqual(["①", "②"]);
    expect(inlineMarkers("把人民放在第一位,第二天召开会议。")).toEqual([]);
  });

  it("finds inline series after punctuation", () => {
    expect(inlineMarkers("提出,一是加快建设;二是强化保障。").map((m) => m.marker)).toEqual(["一是", "二是"]);
  });
});

describe("figures by section", () => {
  it("reads a plan's review of the last period as status and its goals as goals, whatever words they use", () => {
    const doc = one(["甲市国民经济和社会发展第十五个五年规划纲要", "第一章 发展基础", "“十四五”期间,全市地区生产总值由7350亿元增长到1.02万亿元,累计实施重大项目1200个。", "第二章 主要目标", "“十五五”期间累计新增城镇就业60万人,完成投资1.8万亿元。"].join("\n"))[0]!;
    expect(doc.targets.map((t) => [t.quote, t.kind, t.from])).toEqual([
      ["由7350亿元增长到1.02万亿元", "status", 0.735],
      ["1200个", "status", null],
      ["60万人", "goal", null],
      ["1.8万亿元", "goal", null],
    ]);
  });
});

describe("figures by section: reviews, a plan's own years, reports", () => {
  it("reads limits and targets in a review of last year as achieved, and this year's plan as goals", () => {
    const doc = one([
      "某市2025年政府工作报告",
      "——2025年1月15日在某市第十七届人民代表大会第五次会议上",
      "某市市长　王建国",
      "一、2024年工作回顾",
      "居民消费价格涨幅控制在1%以内；城镇新增就业8.7万人，完成年度目标的124%。",
      "二、2025年工作安排",
      "2024年，全市已建成社区食堂120个。2025年，新建社区食堂60个，城镇新增就业8万人以上。",
    ].join("\n"))[0]!;
    expect(doc.title).toBe("某市2025年政府工作报告");
    expect(doc.sections.map((s) => s.title)).toEqual(["一、2024年工作回顾", "二、2025年工作安排"]);
    expect(doc.targets.map((t) => [t.quote, t.kind])).toEqual([
      ["控制在1%以内", "status"],
      ["8.7万人", "status"],
      ["124%", "status"],
      ["120个", "status"],
      ["60个", "goal"],
      ["8万人以上", "goal"],
    ]);
  });

  it("opens a document for a page's column of briefs (民生简讯) that has no byline", () => {
    const page = ["稳就业政策持续发力", "本报记者　李明", "今年以来，全省城镇新增就业52万人。", "民生简讯", "●全省新建口袋公园120个。"].join("\n");
    expect(one(page).map((d) => d.title)).toEqual(["稳就业政策持续发力", "民生简讯"]);
  });

  it("reads a rule's limit in a section describing what is (地块基本情况) as binding, and what it measures as status", () => {
    const doc = one(["某市国有建设用地使用权挂牌出让公告", "一、地块基本情况", "该地块出让面积为12000平方米，建筑密度不大于25%，绿地率不小于35%。"].join("\n"))[0]!;
    expect(doc.targets.map((t) => [t.quote, t.kind])).toEqual([["12000平方米", "status"], ["不大于25%", "goal"], ["不小于35%", "goal"]]);
  });

  it("reads a news paragraph that opens looking ahead (下一步…) as planning what it counts", () => {
    const doc = one(["城东区养老服务提质扩容", "本报记者 林晓", "全区共建成社区养老服务站86个。", "“下一步，我们将持续发力。”区民政局局长说。一方面，今年新建社区嵌入式养老机构12家，新增护理型床位600张。"].join("\n"))[0]!;
    expect(doc.targets.map((t) => [t.quote, t.kind])).toEqual([["86个", "status"], ["12家", "goal"], ["600张", "goal"]]);
  });

  it("reads a policy's later years as stages when its date, not its title, says when it speaks from", () => {
    const doc = one(["某市关于推进数据共享的实施意见", "一、主要目标", "2024年，全市数据共享率为80%。2026年，数据共享率达到90%。", "某市人民政府", "2025年3月1日"].join("\n"))[0]!;
    expect(doc.targets.map((t) => [t.quote, t.kind, t.year])).toEqual([["80%", "status", 2024], ["达到90%", "goal", 2026]]);
  });

  it("keeps 以上 after 达到 in a report, and reads the second of 分别达到…和… as the first", () => {
    const doc = one(["某县新闻", "本报讯 截至目前，持证上岗率达到90%以上，城镇、农村居民人均可支配收入分别达到5.32万元和2.71万元。"].join("\n"))[0]!;
    expect(doc.targets.map((t) => [t.quote, t.kind, t.comparator])).toEqual([
      ["达到90%以上", "status", "gte"],
      ["达到5.32万元", "status", "eq"],
      ["2.71万元", "status", "eq"],
    ]);
  });
});

describe("segment and repair", () => {
  it("reads a scraped page's navigation, related links and footer as metadata, and a bulletin's issuers and date as no part of its title", () => {
    const page = [
      "无障碍 | 长者模式 | English",
      "首页 | 机构 | 政务公开 | 政务服务",
      "某市2024年国民经济和社会发展统计公报",
      "某市统计局",
      "国家统计局某市调查队",
      "2025年3月18日",
      "一、综合",
      "全年地区生产总值3568.2亿元，比上年增长5.6%。",
      "表1　2024年居民消费价格比上年涨跌幅度",
      "二、农业",
      "全年粮食总产量152.6万吨。",
      "【相关阅读】",
      "某市2023年国民经济和社会发展统计公报",
      "上一篇：某市统计局关于开展统计调查的通知",
      "主办单位：某市人民政府办公室",
    ].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["某市2024年国民经济和社会发展统计公报"]);
    // a table's caption (表1　…) is a caption, not a heading
    expect(docs[0]!.sections.map((s) => s.title)).toEqual(["一、综合", "二、农业"]);
    expect(docs[0]!.captions).toEqual(["表1　2024年居民消费价格比上年涨跌幅度"]);
    // a bulletin reports: every figure is status
    expect(docs[0]!.targets.map((t) => [t.quote, t.kind])).toEqual([["3568.2亿元", "status"], ["5.6%", "status"], ["152.6万吨", "status"]]);
  });

  it("reads a transcript's speaker lines as metadata, not headings", () => {
    const doc = one(["某市新闻发布会实录", "某市人民政府副秘书长 周立新", "某市发展和改革委员会副主任 陈志远", "周立新：各位记者朋友，大家上午好。今年全市安排市级重点项目320个。"].join("\n"))[0]!;
    expect(doc.sections).toEqual([]);
  });

  it("reads bylines in their many printed forms, and 记者手记 as no byline", () => {
    const byline = (line: string) => one(["我市推进数字化转型", line, "近日，我市召开推进会议，部署下一阶段重点工作。"].join("\n"))[0]!.byline;
    expect(["■本报记者　王晓川", "文/图 本报记者 刘畅", "本报评论员", "中新网北京6月11日电", "据新华社北京6月11日电", "央视网消息", "本报讯　记者　张远　报道"].map(byline)).toEqual([
      "■本报记者 王晓川",
      "文/图 本报记者 刘畅",
      "本报评论员",
      "中新网北京6月11日电",
      "据新华社北京6月11日电",
      "央视网消息",
      "本报讯 记者 张远 报道",
    ]);
    expect(byline("记者手记")).toBeNull();
  });

  it("takes page headers, editors' lines and a trailing page turn out of the text, and joins a column break after a closing quote", () => {
    const page = [
      "经济·民生　　　2025年6月13日　星期五　　　3",
      "我市推进数字化转型",
      "本报记者　王晓川",
      "一是推行“基层检查、上级诊断”",
      "模式，互认项目扩大到200项。",
      "二是加强金融知识宣传，每年覆盖农村居民1亿人次以上。（下转第十版）",
      "本版责任编辑：赵　敏　　版式设计：孙　蕾",
    ].join("\n");
    const [doc] = one(page);
    expect(doc!.title).toBe("我市推进数字化转型");
    expect(doc!.measures.map((m) => m.text)).toEqual(["推行“基层检查、上级诊断”模式，互认项目扩大到200项。", "加强金融知识宣传，每年覆盖农村居民1亿人次以上。"]);
  });

  it("reads news of a policy, and a paragraph of what a policy sets out, as planning", () => {
    const page = ["城市更新进行时", "本报记者　何洁", "据统计，全市已累计改造老旧小区652个。", "《实施方案》提出，一是加快加装电梯，三年新增加装电梯2000部以上；二是新增停车位1.5万个。"].join("\n");
    expect(one(page)[0]!.targets.map((t) => [t.quote, t.kind])).toEqual([["652个", "status"], ["2000部以上", "goal"], ["1.5万个", "goal"]]);
  });

  it("opens an attachment's document from a label and title on one line (附件1：…方案), but keeps a list of them", () => {
    const text = ["某市关于开展参保工作的通知", "各区县人民政府：", "现将有关事项通知如下。", "附件1：某市参保工作方案", "一、工作目标", "全市参保率稳定在95%以上。"].join("\n");
    expect(one(text).map((d) => d.title)).toEqual(["某市关于开展参保工作的通知", "某市参保工作方案"]);
    const listed = ["某市关于开展参保工作的通知", "现将有关事项通知如下。", "附件1：某市参保工作方案", "附件2：某市资助对象清单"].join("\n");
    expect(one(listed).map((d) => d.title)).toEqual(["某市关于开展参保工作的通知"]);
  });

  it("reads 第一部分 as a heading under the title, and drops web leftovers (&nbsp;, <br>) at line ends", () => {
    const doc = one(["某市科技创新专项资金管理办法&nbsp;", "第一部分　总则", "第一条　为规范资金管理，制定本办法。<br>", "第二部分　补助标准", "第二条　按研发投入的30%给予补助，最高不超过200万元。", "某市科学技术局<br>", "2025年6月1日"].join("\n"))[0]!;
    expect(doc.title).toBe("某市科技创新专项资金管理办法");
    expect(doc.sections.map((s) => s.title)).toEqual(["第一部分　总则", "第二部分　补助标准"]);
    expect(doc.measures.map((m) => [m.marker, m.text])).toEqual([["第一条", "为规范资金管理，制定本办法。"], ["第二条", "按研发投入的30%给予补助，最高不超过200万元。"]]);
  });

  it("keeps an adoption note and a table of contents out of a regulation's title and headings", () => {
    const doc = one(["某省生活垃圾分类管理条例", "（2024年11月22日某省人民代表大会常务委员会通过）", "目　　录", "第一章　总　　则", "第二章　法律责任", "第一章　总　　则", "第一条　为了加强生活垃圾分类管理，制定本条例。", "第二章　法律责任", "第二条　违反本条例规定的，处五十元以上二百元以下罚款。"].join("\n"))[0]!;
    expect(doc.title).toBe("某省生活垃圾分类管理条例");
    expect(doc.sections.map((s) => s.title)).toEqual(["第一章　总　　则", "第二章　法律责任"]);
    expect(doc.measures.map((m) => m.marker)).toEqual(["第一条", "第二条"]);
    expect(doc.targets.map((t) => [t.quote, t.kind, t.value, t.to])).toEqual([["五十元以上二百元以下", "goal", 50, 200]]);
  });

  it("takes a newspaper's page header for metadata, and an end byline printed after the last sentence off the body", () => {
    const [doc, ...rest] = one(["临江日报　2025年5月12日　第2版　要闻", "临江新建改建农村公路1200公里", "本报讯 全市今年新建改建农村公路1200公里。", "一是加快示范创建;二是强化管护,确保每年养护投入不低于2亿元。（记者　赵丽）"].join("\n"));
    expect(rest).toEqual([]);
    expect(doc!.title).toBe("临江新建改建农村公路1200公里");
    expect(doc!.byline).toBe("本报讯");
    expect(doc!.measures.map((m) => m.text)).toEqual(["加快示范创建;", "强化管护,确保每年养护投入不低于2亿元。"]);
  });

  const page = [
    "甲市推进数字政府建设",
    "图为甲市政务服务中心",
    "本报记者 张三",
    "甲市印发《甲市数字政府建设方案》(以下简称《方案》)。一是加快平台整合。二是推进数据共享,推动部门数据",
    "推动部门数据共享目录统一编制。",
    "共享目录统一编制。",
    "(完)",
    "乙县粮食生产再获丰收",
    "本报讯 今年,乙县粮食总产量达到52万吨。",
    "(乙 讯)",
  ].join("\n\n");

  it("splits a page into articles with bylines, captions and end marks", () => {
    const docs = one(page);
    expect(docs.map((d) => [d.title, d.byline])).toEqual([
      ["甲市推进数字政府建设", "本报记者 张三"],
      ["乙县粮食生产再获丰收", "本报讯"],
    ]);
    expect(docs[0]!.captions).toEqual(["图为甲市政务服务中心"]);
  });

  it("drops a pull quote and joins the sentence it interrupted", () => {
    const doc = one(page)[0]!;
    expect(doc.measures.map((m) => m.marker)).toEqual(["一是", "二是"]);
    expect(doc.measures[1]!.text).toBe("推进数据共享,推动部门数据共享目录统一编制。");
    expect(doc.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["pull-quote-dropped", "column-break-joined"]));
  });

  it("leaves a paragraph that ends mid-sentence with nothing to continue it, with a warning", () => {
    const findings = new Findings();
    const drafts = repair(segment(toBlocks(normalize("标题\n\n正文第一句,然后没有结束").text, "text"), findings), findings);
    expect(drafts[0]!.paras).toHaveLength(1);
    expect(findings.list.map((f) => f.code)).toContain("column-break-doubtful");
  });

  it("keeps a notice and the plan it issues as two documents, with 文号, 主送, signature and date out of the body", () => {
    const text = [
      "丙市人民政府办公厅关于印发《丙市节水行动方案》的通知",
      "丙府办发〔2025〕8号",
      "各区人民政府,市政府各部门:",
      "现将《丙市节水行动方案》印发给你们,请认真贯彻执行。",
      "丙市人民政府办公厅",
      "2025年3月1日",
      "丙市节水行动方案",
      "一、总体要求",
      "到2027年,万元地区生产总值用水量下降10%。",
    ].join("\n");
    const docs = one(text);
    expect(docs.map((d) => d.title)).toEqual(["丙市人民政府办公厅关于印发《丙市节水行动方案》的通知", "丙市节水行动方案"]);
    expect(docs[0]!.sections).toEqual([]);
    expect(docs[0]!.measures).toEqual([]);
    expect(docs[1]!.sections.map((s) => s.title)).toEqual(["一、总体要求"]);
    expect(docs[1]!.targets.map((t) => [t.value, t.unit, t.kind, t.year])).toEqual([[10, "%", "goal", 2027]]);
  });
  it("returns a section printed inside a later article, with no end mark before it, to the article whose short name it uses", () => {
    const text = [
      "甲省发布河湖建设行动方案",
      "本报记者 张三",
      "省水利厅印发《甲省河湖建设行动方案》(以下简称《方案》)。根据《方案》,到2030年建成美丽河湖1000条。",
      "■系统治水",
      "在水生态修复方面,一是推进缓冲带建设。二是保护水生生物。",
      "乙县竹林碳汇交易额上亿元",
      "本报讯(记者 李四)截至5月底,乙县累计完成竹林碳汇交易1260笔。",
      "■共建共享",
      "围绕全民护水,《方案》提出,一是深化河长制。二是发展志愿护水队伍。",
    ].join("\n");
    const docs = one(text);
    expect(docs.map((d) => d.title)).toEqual(["甲省发布河湖建设行动方案", "乙县竹林碳汇交易额上亿元"]);
    expect(docs[0]!.sections.filter((s) => !s.implicit).map((s) => s.title)).toEqual(["■系统治水", "■共建共享"]);
    expect(docs[0]!.measures.map((m) => m.text.slice(0, 4))).toEqual(["推进缓冲", "保护水生", "深化河长", "发展志愿"]);
    expect(docs[1]!.measures).toEqual([]);
    expect(docs[0]!.diagnostics.map((d) => d.code)).toContain("displaced-section-moved");
  });

  it("drops an abridged pull quote that interrupts a sentence, and joins the sentence around it", () => {
    const text = [
      "丙省推进幸福河湖建设",
      "本报记者 王五",
      "一是推进缓冲带建设。二是保护水生生物,完整性指数达到良好等级的比例超过",
      "每个县至少建成1条幸福河湖示范段",
      "70%。三是开展幸福河湖建设,每个县(市、区)至少建成1条幸福河湖示范段。",
    ].join("\n");
    const doc = one(text)[0]!;
    expect(doc.measures.map((m) => m.text)).toEqual(["推进缓冲带建设。", "保护水生生物,完整性指数达到良好等级的比例超过70%。", "开展幸福河湖建设,每个县(市、区)至少建成1条幸福河湖示范段。"]);
    expect(doc.targets.find((t) => t.value === 70)?.comparator).toBe("gt");
  });

  it("drops a one-clause pull quote that drops words of the sentence it repeats, or rewords its subject, where it breaks an item", () => {
    const wordsDropped = [
      "庚县推行积分制",
      "本报记者 赵八",
      "一是细化积分标准。各村制定积分细则。二是规范评定程序。公示期不少于5天,确保积分",
      "让“小积分”撬动乡村治理“大变化”。",
      "评定公开透明。三是拓展积分用途。县农商银行推出“积分贷”,让“小积分”撬动了乡村治理的“大变化”。",
    ].join("\n");
    const doc = one(wordsDropped)[0]!;
    expect(doc.measures.map((m) => m.text)).toEqual(["细化积分标准。各村制定积分细则。", "规范评定程序。公示期不少于5天,确保积分评定公开透明。", "拓展积分用途。县农商银行推出“积分贷”,让“小积分”撬动了乡村治理的“大变化”。"]);
    const subjectReworded = [
      "辛省安全生产月启动",
      "本报记者 钱九",
      "一是开展宣传。二是广泛组织应急演练。各地各企业组织开展各类应急演练2万场次以上,覆盖从业人员不少于",
      "全省将组织开展各类应急演练2万场次以上。",
      "150万人次,重点提升基层一线人员自救互救能力。",
    ].join("\n");
    const measures = one(subjectReworded)[0]!.measures.map((m) => m.text);
    expect(measures[1]).toBe("广泛组织应急演练。各地各企业组织开展各类应急演练2万场次以上,覆盖从业人员不少于150万人次,重点提升基层一线人员自救互救能力。");
  });

  it("reads an end mark of the form (张　宣) and an editor's note over the first headline as no article", () => {
    const text = [
      "编者按:即日起,本报推出“开局起步看工业”系列报道,敬请关注。",
      "丁市工业经济稳中向新",
      "本报讯(记者 陈六)全市规模以上工业增加值同比增长4.6%。",
      "(张　宣)",
      "强化要素保障",
      "围绕要素保障,一是保障用地。二是保障用能。",
    ].join("\n");
    const docs = one(text);
    expect(docs.map((d) => d.title)).toEqual(["丁市工业经济稳中向新", "强化要素保障"]);
    expect(docs[0]!.diagnostics.map((d) => d.code)).not.toContain("no-title");
  });

  it("opens documents for a rule printed in full inside an article, the speech explaining its draft, and an interpretation after a rule", () => {
    const news = [
      "《戊市文明养犬若干规定》明年起施行",
      "本报记者 乔七",
      "记者从市人大常委会获悉,《规定》将于2026年3月1日起施行。今天本版全文刊登《规定》及其草案说明。",
      "戊市文明养犬若干规定",
      "(2025年9月26日戊市第十五届人民代表大会常务委员会第二十四次会议通过)",
      "第一条 为了规范养犬行为,制定本规定。",
      "第二条 重点管理区内每户限养1只犬。",
      "关于《戊市文明养犬若干规定(草案)》的说明",
      "——2025年6月24日在戊市第十五届人民代表大会常务委员会第二十一次会议上",
      "我受市人民政府委托,现就草案作如下说明。",
    ].join("\n");
    expect(one(news).map((d) => d.title)).toEqual(["《戊市文明养犬若干规定》明年起施行", "戊市文明养犬若干规定", "关于《戊市文明养犬若干规定(草案)》的说明"]);
    const rule = one(["己市城市绿化管理办法", "第一条 为了加强城市绿化管理,制定本办法。", "【政策解读】", "《己市城市绿化管理办法》解读", "一、制定背景", "原规定施行已逾13年。"].join("\n"));
    expect(rule.map((d) => d.title)).toEqual(["己市城市绿化管理办法", "《己市城市绿化管理办法》解读"]);
  });

  it("joins a reference broken before its item ((二)项规定) and splits the run-on items it held", () => {
    const doc = one(["庚市文旅消费若干措施", "在优化消费环境方面,明确了三项举措。(一)提升服务质量。按照《若干措施》第十八条第", "(二)项规定,依法从严查处。(二)完善消费设施。新建旅游厕所800座。(三)推动支付便利化。"].join("\n"))[0]!;
    expect(doc.measures.map((m) => [m.marker, m.text.slice(0, 6)])).toEqual([
      ["(一)", "提升服务质量"],
      ["(二)", "完善消费设施"],
      ["(三)", "推动支付便利"],
    ]);
    expect(doc.measures[0]!.text).toContain("第十八条第(二)项规定");
  });

  it("reads a web page's file header copied one cell per line, and page footers, as metadata", () => {
    const text = [
      "辛市人民政府",
      "首页 > 政务公开 > 政策文件",
      "索引号",
      "11330700002578412H/2026-00102",
      "发文机关",
      "辛市人民政府办公室",
      "有效性",
      "有效",
      "辛市人民政府办公室关于印发2026年稳就业工作要点的通知",
      "各县(市、区)人民政府:",
      "现将《2026年稳就业工作要点》印发给你们,请认真组织实施。",
      "第 1 页 共 2 页",
      "· 14 ·",
    ].join("\n");
    const docs = one(text);
    expect(docs.map((d) => [d.title, d.sections.length])).toEqual([["辛市人民政府办公室关于印发2026年稳就业工作要点的通知", 0]]);
  });
  it("reads a Markdown file's front-matter title, an HTML title line and pandoc anchors, and leaves tags and task boxes out", () => {
    const front = one(["---", 'title: "甲省推动咖啡产业高质量发展若干措施"', "date: 2025-07-01", "---", "", "为推动咖啡产业高质量发展,制定以下措施。", "", "一、提升种植水平。每年改造低产咖啡园10万亩。"].join("\n"), "a.md");
    expect(front.map((d) => d.title)).toEqual(["甲省推动咖啡产业高质量发展若干措施"]);
    const html = one(['<p align="center"><strong>《乙省数字经济行动方案》政策解读</strong></p>', "", "近日,省发展改革委等8部门联合印发方案。"].join("\n"), "b.md");
    expect(html.map((d) => d.title)).toEqual(["《乙省数字经济行动方案》政策解读"]);
    expect(html[0]!.targets).toEqual([]);
    const pandoc = one(["# 丙市充电设施建设实施方案", "", "# []{#_Toc187650121 .anchor}一、总体要求", "", "到2027年建成充电桩1万个。", "", "# []{#_Toc187650123 .anchor}三、保障措施", "", "#政策学习 #充电设施", "", "- [x] 完成规划编制。"].join("\n"), "c.md");
    expect(pandoc.map((d) => d.title)).toEqual(["丙市充电设施建设实施方案"]);
    expect(pandoc[0]!.sections.map((s) => s.title)).toEqual(["一、总体要求", "三、保障措施"]);
    expect(pandoc[0]!.measures.map((m) => m.text)).toEqual(["完成规划编制。"]);
  });

  it("keeps a related-news box's article and the article after a photo's caption, and reads a data box's lines as no headline", () => {
    const text = [
      "丁省冰雪旅游季启幕",
      "本报记者 王五",
      "冰雪旅游季期间,全省将推出冰雪线路100条。",
      "相关新闻",
      "冰雪大世界将于12月中旬开园",
      "本报讯(记者 苏强)园区总面积扩大至100万平方米。",
      "图片新闻",
      "秋茶飘香采摘忙",
      "10月14日,茶农在采摘秋茶。　新华社记者　杨文斌　摄",
      "让“一片叶”富裕一方百姓",
      "本报评论员",
      "茶产业是富民产业,一要在提质上下功夫,二要在增效上做文章。",
      "【数读】",
      "1.79万亿元　全省海洋生产总值",
      "70个　国家级海洋牧场示范区",
    ].join("\n");
    const docs = one(text);
    expect(docs.map((d) => d.title)).toEqual(["丁省冰雪旅游季启幕", "冰雪大世界将于12月中旬开园", "秋茶飘香采摘忙", "让“一片叶”富裕一方百姓"]);
    expect(docs[3]!.byline).toBe("本报评论员");
    expect(docs[3]!.sections.map((s) => s.title)).toEqual(["【数读】"]);
    expect(docs[3]!.targets.map((t) => [t.value, t.unit])).toEqual([[1.79, "万亿元"], [70, "个"]]);
  });
  it("returns a fragment printed after another article's end mark to the sentence it finishes, and a series' later items to the series they go on", () => {
    const text = [
      "甲省推进农村污水治理",
      "本报记者 王五",
      "省财政厅印发实施方案,一是推进设施建设。二是强化运维管理,省级财政按照每村最高",
      "乙部门部署秋冬种工作",
      "新华社北京10月15日电(记者 于文静)农业农村部召开视频会议。",
      "(完)",
      "50万元的标准给予奖补,所需资金由省级财政统筹安排。",
    ].join("\n");
    const docs = one(text);
    expect(docs.map((d) => d.title)).toEqual(["甲省推进农村污水治理", "乙部门部署秋冬种工作"]);
    expect(docs[0]!.measures[1]!.text).toBe("强化运维管理,省级财政按照每村最高50万元的标准给予奖补,所需资金由省级财政统筹安排。");
    expect(docs[0]!.targets.map((t) => [t.value, t.comparator])).toEqual([[50, "lte"]]);
    const series = one([
      "丙省林业改革答记者问",
      "本报记者 张三",
      "我们将重点抓好四项工作。一是深化林权制度改革。二是发展林下经济。",
      "丁区集体林改见成效",
      "本报讯(记者 李四)丁区一是完善机制。二是拓宽渠道。三是强化服务。",
      "(记者 李四)",
      "三是健全生态产品价值实现机制。四是加强林业执法。",
    ].join("\n"));
    expect(series.map((d) => d.measures.map((m) => m.marker).join(""))).toEqual(["一是二是三是四是", "一是二是三是"]);
    // a line after the end mark that only repeats the body (a pull quote) leaves nothing to return
    const quoted = one([
      "甲省推进农村污水治理",
      "本报记者 王五",
      "省级财政按照每村50万元的标准给予奖补,所需资金由省级财政统筹安排。二是强化运维管理,",
      "乙部门部署秋冬种工作",
      "新华社北京10月15日电(记者 于文静)农业农村部召开视频会议。",
      "(完)",
      "50万元的标准给予奖补,所需资金由省级财政统筹安排。",
    ].join("\n"));
    expect(quoted.map((d) => d.title)).toEqual(["甲省推进农村污水治理", "乙部门部署秋冬种工作"]);
    expect(quoted.flatMap((d) => d.diagnostics).map((d) => d.code)).not.toContain("internal-error");
  });

  it("reads an article of a rule inserted after another (第七条之一), a list of phone numbers and a 无障碍 paragraph as text, and a rule's listing clause as a measure", () => {
    const doc = one([
      "戊市无障碍环境建设条例",
      "第七条 新建建筑应当配套建设无障碍设施。",
      "无障碍设施应当与主体工程同步设计、同步施工。",
      "第七条之一 鼓励既有建筑改造无障碍设施。",
      "第八条 物业服务人应当履行下列职责:",
      "(一)维护无障碍设施;",
      "(二)保障通道畅通。",
      "110、119、120等紧急呼叫系统应当具备文字信息服务功能。",
    ].join("\n"))[0]!;
    expect(doc.sections).toEqual([]);
    expect(doc.measures.map((m) => m.marker)).toEqual(["第七条", "第七条之一", "第八条", "(一)", "(二)"]);
    expect(doc.measures[0]!.text).toContain("同步设计");
    expect(doc.measures[2]!.text).toContain("文字信息服务功能");
  });
});

describe("structure", () => {
  it("runs an article on over its items and the clause (款) after them, whose figures are the article's", () => {
    const doc = one(["某市管理办法", "第六条　生活垃圾分为下列四类：", "（一）可回收物；", "（二）其他垃圾。", "日产生厨余垃圾100公斤以上的单位，应当自行处理。", "第七条　本办法自发布之日起施行。"].join("\n"))[0]!;
    expect(doc.measures.map((m) => [m.marker, m.parentId])).toEqual([["第六条", null], ["（一）", "m1"], ["（二）", "m1"], ["第七条", null]]);
    expect(doc.measures[0]!.text.endsWith("日产生厨余垃圾100公斤以上的单位，应当自行处理。")).toBe(true);
    expect(doc.targets.map((t) => [t.quote, t.measureId, t.kind])).toEqual([["100公斤以上", "m1", "goal"]]);
  });

  it("nests GB/T 9704 headings and tells headings from run-in measures", () => {
    const text = ["丁市行动方案", "一、总体要求", "（一）指导思想", "坚持以人民为中心。", "二、重点任务", "（一）加强组织领导。各区要建立工作机制。", "（二）强化资金保障。市财政安排专项资金。", "1.完善投入机制。", "2.加强绩效评价。"].join("\n");
    const doc = one(text)[0]!;
    expect(doc.sections.map((s) => [s.id, s.level, s.title, s.parentId])).toEqual([
      ["s1", 1, "一、总体要求", null],
      ["s1.1", 2, "（一）指导思想", "s1"],
      ["s2", 1, "二、重点任务", null],
    ]);
    expect(doc.measures.map((m) => [m.id, m.marker, m.ordinal, m.parentId])).toEqual([
      ["s2.m1", "（一）", 1, null],
      ["s2.m2", "（二）", 2, null],
      ["s2.m2.m1", "1.", 1, "s2.m2"],
      ["s2.m2.m2", "2.", 2, "s2.m2"],
    ]);
  });

  it("reads (1)(2)(3) run on inside a 1. item as its items, and 1. 2. 3. run on after an article's colon as the article's", () => {
    const doc = one(["壬市稳就业若干措施", "1.加大援企稳岗力度。(1)延续降低失业保险费率政策;(2)对吸纳高校毕业生的企业给予补助;(3)提高稳岗返还比例。", "2.拓宽青年就业渠道。", "第五条 有下列情形之一的,不予批准:1.出卖住宅后再申请的;2.不符合分户条件的。"].join("\n"))[0]!;
    const byId = new Map(doc.measures.map((m) => [m.id, m]));
    expect(doc.measures.map((m) => [m.marker, m.ordinal, m.parentId === null ? null : byId.get(m.parentId)!.marker])).toEqual([
      ["1.", 1, null],
      ["(1)", 1, "1."],
      ["(2)", 2, "1."],
      ["(3)", 3, "1."],
      ["2.", 2, null],
      ["第五条", 5, null],
      ["1.", 1, "第五条"],
      ["2.", 2, "第五条"],
    ]);
    expect(doc.measures[0]!.text).toContain("提高稳岗返还比例");
  });

  it("runs a policy's item on over the unmarked paragraphs before its next sibling, but not over a closing paragraph", () => {
    const doc = one([
      "癸市城市更新行动方案",
      "(1)完善类。推进老旧小区加装电梯,每年加装电梯不少于150部。",
      "对既有住宅加装电梯的,市级财政按每部15万元给予补助。",
      "(2)提升类。推进完整社区建设。",
      "特此通知。",
    ].join("\n"))[0]!;
    expect(doc.measures.map((m) => m.text)).toEqual(["完善类。推进老旧小区加装电梯,每年加装电梯不少于150部。\n对既有住宅加装电梯的,市级财政按每部15万元给予补助。", "提升类。推进完整社区建设。"]);
    expect(doc.targets.find((t) => t.value === 15)?.measureId).toBe(doc.measures[0]!.id);
  });

  it("gives a clause after a list's last item to the item that introduced the list (下列职责:), not to the last item", () => {
    const doc = one([
      "壬县住宅小区电动自行车停放充电管理规定",
      "1.物业服务人应当履行下列职责:",
      "(1)制定安全管理制度;",
      "(2)每日至少巡查2次。",
      "未实行物业管理的住宅小区,由社区居民委员会组织业主落实前款规定的职责。",
      "2.禁止在疏散通道停放电动自行车。",
      "3.本规定自2026年1月1日起施行。",
    ].join("\n"))[0]!;
    const [duties, ...rest] = doc.measures;
    expect(duties!.text).toContain("由社区居民委员会组织业主落实前款规定的职责");
    expect(rest.map((m) => [m.marker, m.text])).toEqual([
      ["(1)", "制定安全管理制度;"],
      ["(2)", "每日至少巡查2次。"],
      ["2.", "禁止在疏散通道停放电动自行车。"],
      ["3.", "本规定自2026年1月1日起施行。"],
    ]);
  });

  it("runs a paragraph-long inline item (①…) on before its next sibling, but not the series' last item over a closing paragraph", () => {
    const doc = one([
      "癸市老旧小区改造实施方案",
      "县级资金重点用于:",
      "①既有小区充电设施改造,三年改造充电车位1.5万个。",
      "对通过验收的充电设施,按投资额的20%给予补助。",
      "②长效管护机制奖补。",
      "鼓励社会资本参与小区改造。",
      "四、组织实施",
      "各地要加强组织领导。",
    ].join("\n"))[0]!;
    expect(doc.measures.map((m) => m.text)).toEqual(["既有小区充电设施改造,三年改造充电车位1.5万个。\n对通过验收的充电设施,按投资额的20%给予补助。", "长效管护机制奖补。"]);
  });

  it("reads inline series, 首先/其次/最后 and article items", () => {
    const doc = one(["戊县实施意见", "主要任务包括:一是扩大有效投资;二是促进消费升级;三是稳定外贸外资。", "首先,摸清底数。其次,分类施策。最后,强化考核。"].join("\n"))[0]!;
    expect(doc.measures.map((m) => [m.marker, m.ordinal, m.text])).toEqual([
      ["一是", 1, "扩大有效投资;"],
      ["二是", 2, "促进消费升级;"],
      ["三是", 3, "稳定外贸外资。"],
      ["首先", 1, "摸清底数。"],
      ["其次", 2, "分类施策。"],
      ["最后", null, "强化考核。"],
    ]);
  });

  it("reads regulations: chapters as headings, articles as measures with their items, references not markers", () => {
    const text = ["己市物业管理条例", "第一章 总则", "第一条 为了规范物业管理活动,制定本条例。", "第二条 物业服务企业应当履行下列义务:", "(一)按照合同提供服务;", "(二)依照本条例第十二条公开收费标准。", "第二章 附则", "第三条 本条例自2026年1月1日起施行。"].join("\n");
    const doc = one(text)[0]!;
    expect(doc.sections.map((s) => s.title)).toEqual(["第一章 总则", "第二章 附则"]);
    expect(doc.measures.map((m) => [m.marker, m.ordinal, m.parentId === null ? null : "child"])).toEqual([
      ["第一条", 1, null],
      ["第二条", 2, null],
      ["(一)", 1, "child"],
      ["(二)", 2, "child"],
      ["第三条", 3, null],
    ]);
    expect(doc.targets).toEqual([]);
  });

  it("takes a second heading line as the subtitle and a lead-in as an implicit section", () => {
    const text = ["庚市专访", "本报记者 李四", "开篇正文。", "推动两链深融", "全面提升创新能力", "在科技创新方面,一是加强攻关。二是促进转化。"].join("\n");
    const doc = one(text)[0]!;
    expect(doc.sections.map((s) => [s.title, s.subtitle, s.implicit, s.level])).toEqual([
      ["推动两链深融", "全面提升创新能力", false, 1],
      ["在科技创新方面", null, true, 2],
    ]);
    expect(doc.measures.map((m) => m.sectionId)).toEqual(["s1.1", "s1.1"]);
  });
});

describe("figures", () => {
  const figures = (text: string, defaultKind: "goal" | "status" = "goal") =>
    extractFigures(new Passage(normalize(text).text, [{ at: 0, start: 0, length: text.length }]), { defaultKind, explain: false }, new Findings()).map(
      ({ value, to, from, unit, comparator, kind, year, period, hedged }) => ({ value, to, from, unit, comparator, kind, year, period, hedged }),
    );

  it("reads comparators, goal vs status, year and period", () => {
    expect(figures("到2026年,普及率超过70%。")).toEqual([{ value: 70, to: null, from: null, unit: "%", comparator: "gt", kind: "goal", year: 2026, period: null, hedged: false }]);
    expect(figures("截至目前,绿色工厂数量已达161家。", "goal")[0]).toMatchObject({ value: 161, comparator: "eq", kind: "status" });
    expect(figures("“十四五”期间,完成20余项标准制修订。", "status")[0]).toMatchObject({ value: 20, unit: "项", comparator: "gt", period: "十四五", year: null });
    expect(figures("力争到2027年研发投入强度达到3%以上。")[0]).toMatchObject({ value: 3, comparator: "gte", hedged: true, year: 2027 });
  });

  it("reads changes, ranges, Chinese numerals and magnitudes", () => {
    expect(figures("D级企业数量从184家减少到28家。", "status")[0]).toMatchObject({ value: 28, from: 184, unit: "家" });
    expect(figures("覆盖率达到30%—40%。")[0]).toMatchObject({ value: 30, to: 40, unit: "%" });
    expect(figures("培育3至5家龙头企业。")[0]).toMatchObject({ value: 3, to: 5, unit: "家" });
    expect(figures("优良天数比例达到百分之九十。")[0]).toMatchObject({ value: 90, unit: "%" });
    expect(figures("产业规模突破1.2万亿元。")[0]).toMatchObject({ value: 1.2, unit: "万亿元", comparator: "gt" });
    expect(figures("超百家企业达到四级水平。", "status")[0]).toMatchObject({ value: 100, unit: "家", comparator: "gt" });
  });

  it("rules out dates, document numbers, names, ordinals and counts of the text's own parts", () => {
    expect(figures("2025年3月1日,市政府印发渝府发〔2025〕16号文件。")).toEqual([]);
    expect(figures("建设“33618”现代制造业集群,发展5G和6G。")).toEqual([]);
    expect(figures("《方案》从8个方面提出15项重点任务,见第1版。")).toEqual([]);
    expect(figures("建设15分钟高品质生活服务圈,配备一名联络员。")).toEqual([]);
  });

  it("reads an indicator table with a 序号 column, three year columns and a bracketed cumulative cell", () => {
    const md = [
      "| 序号 | 指标 | 单位 | 2024年 | 2026年 | 2027年 | 属性 |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      "| 1 | 5G基站数 | 万个 | 3.1 | 4 | 4.5 | 预期性 |",
      "| 2 | 单位GDP二氧化碳排放降低 | % | — | — | ［18］ | 约束性 |",
    ].join("\n");
    const [table] = toBlocks(normalize(md).text, "markdown");
    const targets = extractTableFigures(table!.rows!, { defaultKind: "goal", explain: false });
    expect(targets.map(({ indicator, value, unit, year, kind, binding, quote }) => ({ indicator, value, unit, year, kind, binding, quote }))).toEqual([
      { indicator: "5G基站数", value: 3.1, unit: "万个", year: 2024, kind: "status", binding: "预期性", quote: "3.1" },
      { indicator: "5G基站数", value: 4, unit: "万个", year: 2026, kind: "goal", binding: "预期性", quote: "4" },
      { indicator: "5G基站数", value: 4.5, unit: "万个", year: 2027, kind: "goal", binding: "预期性", quote: "4.5" },
      { indicator: "单位GDP二氧化碳排放降低", value: 18, unit: "%", year: 2027, kind: "goal", binding: "约束性", quote: "[18]" },
    ]);
  });

  // (a growth column's header names no year, and a table cell's year is its column header's: spec/what-counts.md, fixture 73)
  it("reads a growth column (年均增长/累计) as the plan's goal without a year, cumulative where bracketed", () => {
    const text = [
      "某市“十五五”规划纲要",
      "一、主要目标",
      "专栏1　主要指标",
      "指标　2025年　2030年　年均增长/累计　属性",
      "1.地区生产总值（亿元）　5000　7000　7%　预期性",
      "2.单位GDP能耗降低（%）　—　—　〔13.5〕　约束性",
    ].join("\n");
    const [document] = one(text);
    expect(document!.sections.map((section) => section.title)).toEqual(["一、主要目标", "专栏1　主要指标"]);
    expect(document!.targets.map(({ indicator, kind, value, unit, year, binding, quote }) => ({ indicator, kind, value, unit, year, binding, quote }))).toEqual([
      { indicator: "地区生产总值", kind: "status", value: 5000, unit: "亿元", year: 2025, binding: "预期性", quote: "5000" },
      { indicator: "地区生产总值", kind: "goal", value: 7000, unit: "亿元", year: 2030, binding: "预期性", quote: "7000" },
      { indicator: "地区生产总值年均增长", kind: "goal", value: 7, unit: "%", year: null, binding: "预期性", quote: "7%" },
      { indicator: "单位GDP能耗降低累计", kind: "goal", value: 13.5, unit: "%", year: null, binding: "约束性", quote: "〔13.5〕" },
    ]);
    expect(text.slice(document!.targets[3]!.span.start, document!.targets[3]!.span.end)).toBe("〔13.5〕");
  });

  // as in fixture 05: of several year columns the earliest is the plan's current year, status
  it("reads a breakdown table: the row's area and the column's noun name the figure, the header's unit is its unit, 牵头单位 is no unit", () => {
    const text = [
      "某市充电设施建设行动方案（2025—2027年）",
      "序号\t区\t2025年公共充电桩（个）\t2027年公共充电桩（个）\t牵头单位",
      "1\t城东区\t3200\t12000\t城东区政府",
      "2\t城西区\t2800\t10500\t城西区政府",
    ].join("\n");
    const [document] = one(text);
    expect(document!.targets.map(({ indicator, kind, value, unit, year }) => [indicator, kind, value, unit, year])).toEqual([
      ["城东区公共充电桩", "status", 3200, "个", 2025],
      ["城东区公共充电桩", "goal", 12000, "个", 2027],
      ["城西区公共充电桩", "status", 2800, "个", 2025],
      ["城西区公共充电桩", "goal", 10500, "个", 2027],
    ]);
  });

  it("reads 专栏 indicator lines with outline numbers and year cells without column words (2020年35,2025年32)", () => {
    const text = [
      "某市“十四五”生态环境保护规划",
      "（2021—2025年）",
      "专栏1　主要指标",
      "1.1　细颗粒物平均浓度（微克/立方米）：2020年35，2025年32，约束性",
      "1.2　受污染耕地安全利用率（%）：2020年93，2025年95左右，约束性",
    ].join("\n");
    const [document] = one(text);
    expect(document!.title).toBe("某市“十四五”生态环境保护规划（2021—2025年）");
    expect(document!.measures.map((m) => m.marker)).toEqual(["1.1", "1.2"]);
    expect(document!.targets.map(({ indicator, kind, value, unit, year, comparator, binding }) => [indicator, kind, value, unit, year, comparator, binding])).toEqual([
      ["细颗粒物平均浓度", "status", 35, "微克/立方米", 2020, "eq", "约束性"],
      ["细颗粒物平均浓度", "goal", 32, "微克/立方米", 2025, "eq", "约束性"],
      ["受污染耕地安全利用率", "status", 93, "%", 2020, "eq", "约束性"],
      ["受污染耕地安全利用率", "goal", 95, "%", 2025, "approx", "约束性"],
    ]);
  });

  it("reads a 专栏 indicator line with one value and no year (森林覆盖率（%）：42（约束性）)", () => {
    const [document] = one(["某市“十五五”规划纲要", "专栏1　主要指标", "1.森林覆盖率（%）：42以上（约束性）", "2.细颗粒物平均浓度（微克/立方米）：25（约束性）"].join("\n"));
    expect(document!.targets.map(({ indicator, kind, value, unit, comparator, binding, quote }) => [indicator, kind, value, unit, comparator, binding, quote])).toEqual([
      ["森林覆盖率", "goal", 42, "%", "gte", "约束性", "42以上"],
      ["细颗粒物平均浓度", "goal", 25, "微克/立方米", "eq", "约束性", "25"],
    ]);
  });

  it("reads a task table's prose cells as sentences, and its deadline cells as no figures", () => {
    const text = [
      "某市设备更新重点任务分工表",
      "序号\t重点任务\t牵头单位\t完成时限",
      "1\t每年滚动实施技改项目300个以上\t市经济和信息化局\t2027年底",
      "2\t新能源公交车占比达到95%\t市交通运输局\t2026年底",
    ].join("\n");
    const [document] = one(text);
    expect(document!.targets.map(({ kind, value, unit, comparator, quote }) => [kind, value, unit, comparator, quote])).toEqual([
      ["goal", 300, "个", "gte", "300个以上"],
      ["goal", 95, "%", "gte", "达到95%"],
    ]);
  });

  it("reads a plan's own first year column as its current year, as fixture 05 does", () => {
    const md = ["# 某市数据要素三年行动计划（2025—2027年）", "", "| 指标 | 2024年 | 2025年 | 2027年 | 属性 |", "| --- | --- | --- | --- | --- |", "| 数据交易额（亿元） | 12 | 18 | 60 | 预期性 |"].join("\n");
    const [document] = extract(md, { path: "plan.md" }).documents;
    expect(document!.targets.map(({ kind, value, year }) => [kind, value, year])).toEqual([["status", 12, 2024], ["status", 18, 2025], ["goal", 60, 2027]]);
  });

  it("parses Chinese numerals", () => {
    expect([parseChineseNumeral("一千二百"), parseChineseNumeral("两万"), parseChineseNumeral("三点五"), parseChineseNumeral("十五"), parseChineseNumeral("一万亿")]).toEqual([1200, 20000, 3.5, 15, 1e12]);
  });
});

describe("assemble", () => {
  it("lists the policy a title names, and leaves out a short form the text does not define (《若干措施》)", () => {
    const doc = one(["《某市支持新能源汽车消费若干措施》政策问答", "问：《若干措施》何时施行？", "答：自发布之日起施行，并与《某市促进消费条例》衔接。"].join("\n"))[0]!;
    expect(doc.policies).toEqual(["《某市支持新能源汽车消费若干措施》", "《某市促进消费条例》"]);
  });

  it("cites spans in the decoded source with 1-based line and code-point column", () => {
    const source = "𠀀标题\r\n\r\n到２０２６年，普及率超过７０％。";
    const doc = extract(source, { path: "x.txt" }).documents[0]!;
    const target = doc.targets[0]!;
    expect(target.quote).toBe("超过７０％");
    expect(source.slice(target.span.start, target.span.end)).toBe("超过７０％");
    expect(target.span.line).toBe(3);
    expect(target.span.column).toBe(source.split("\n")[2]!.indexOf("超过") + 1);
  });

  it("names documents by file stem and position", () => {
    expect(extract("甲\n\n正文。", { path: "dir/001_abc.md" }).documents[0]!.id).toBe("001_abc#1");
  });
});

describe("displaced sections", () => {
  const article = (tail: string[]) =>
    [
      "甲省推进数字乡村建设",
      "本报记者 王五",
      "甲省印发《甲省数字乡村行动方案》(以下简称《方案》)。",
      "在基础设施方面,《方案》提出,一是加快网络覆盖。二是推进设施改造。",
      "“数字服务”综合平台,推动服务下沉。",
      "三是强化人才支撑,培育乡村数字人才。",
      "四是完善资金保障,统筹各类资金。",
      "(完)",
      ...tail,
    ].join("\n\n");

  it("returns a section printed after the end mark when it uses the article's short name and its series resumes there", () => {
    const docs = one(article(["强化要素保障", "《方案》从4个方面强化要素保障。", "一是优化政策供给。二是建设"]));
    expect(docs).toHaveLength(1);
    const section = docs[0]!.sections.find((s) => s.title === "强化要素保障")!;
    expect(docs[0]!.measures.filter((m) => m.sectionId === section.id).map((m) => m.marker)).toEqual(["一是", "二是", "三是", "四是"]);
    expect(docs[0]!.measures.find((m) => m.marker === "二是" && m.sectionId === section.id)!.text).toBe("建设“数字服务”综合平台,推动服务下沉。");
  });

  it("keeps a brief without byline as its own document, and a fragment without evidence with a warning", () => {
    const brief = one(article(["乙县举办农民丰收节", "9月23日,乙县举办农民丰收节活动。"]));
    expect(brief.map((d) => d.title)).toEqual(["甲省推进数字乡村建设", "乙县举办农民丰收节"]);
    expect(brief[1]!.diagnostics.map((d) => d.code)).not.toContain("displaced-section-kept");
    // (六是 after the article's 四是: a series that goes on from it, 五是, would be evidence)
    const fragment = one(article(["丙项工作安排", "六是加快推进"]));
    expect(fragment).toHaveLength(2);
    expect(fragment[1]!.diagnostics.map((d) => d.code)).toContain("displaced-section-kept");
  });
});

describe("numbered headings with commas", () => {
  it("reads a numbered line with inner commas and no end punctuation as a heading, not as a broken sentence", () => {
    const doc = one(["丁市实施方案", "一、坚持创新驱动，推动产业升级", "（一）加强研发投入，提升创新能力", "各区要加大投入。", "（二）强化企业主体。支持企业建设研发机构。"].join("\n"))[0]!;
    expect(doc.sections.map((s) => [s.title, s.level])).toEqual([
      ["一、坚持创新驱动，推动产业升级", 1],
      ["（一）加强研发投入，提升创新能力", 2],
    ]);
    expect(doc.measures.map((m) => m.marker)).toEqual(["（二）"]);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("column-break-joined");
  });
});

describe("long policy titles and enumerated figures", () => {
  it("takes a long 关于印发…的通知 line as a title and gives each enumerated figure its own indicator", () => {
    const text = [
      "某某市人民政府办公室关于印发某某市推进新型工业化三年行动计划（2025—2027年）的通知",
      "各区县人民政府，市政府各部门：",
      "现将《某某市推进新型工业化三年行动计划（2025—2027年）》印发给你们，请认真贯彻落实。",
      "某某市人民政府办公室",
      "2025年4月3日",
      "某某市推进新型工业化三年行动计划（2025—2027年）",
      "一、重点任务",
      "（一）推进智能制造。建设智能工厂100个、数字化车间500个，主要企业数字化研发设计工具普及率达到90%。",
    ].join("\n");
    const docs = one(text);
    expect(docs.map((d) => d.title)).toEqual(["某某市人民政府办公室关于印发某某市推进新型工业化三年行动计划（2025—2027年）的通知", "某某市推进新型工业化三年行动计划（2025—2027年）"]);
    expect(docs[0]!.diagnostics).toEqual([]);
    expect(docs[1]!.targets.map((t) => [t.indicator, t.value, t.kind, t.comparator])).toEqual([
      ["建设智能工厂", 100, "goal", "eq"],
      ["数字化车间", 500, "goal", "eq"],
      ["主要企业数字化研发设计工具普及率", 90, "goal", "gte"],
    ]);
  });
});

describe("edge cases", () => {
  it("reads comparators and magnitudes written in traditional characters (Big5 sources)", () => {
    const doc = one("臺北市行動方案\n\n到2025年,全市產值達到1.2萬億元,企業超過300家,服務人口約2萬人。")[0]!;
    expect(doc.targets.map((t) => [t.value, t.unit, t.comparator, t.base?.value ?? null])).toEqual([
      [1.2, "萬億元", "gte", 1.2e12],
      [300, "家", "gt", null],
      [2, "萬人", "approx", 20000],
    ]);
  });

  it("opens no section for bold punctuation alone in Markdown (__，__, found by the property tests)", () => {
    expect(extract("# 方案\n\n**加强领导。**各区要落实。", { path: "r.md" }).documents[0]!.sections.map((s) => s.title)).toEqual(["加强领导"]);
    expect(extract("__，__", { path: "r.md" }).documents.flatMap((d) => d.sections)).toEqual([]);
  });
});

describe("citations around characters outside the BMP", () => {
  it("never cites half of a surrogate pair at a column-break join or a doubtful end (found by the property tests)", () => {
    for (const text of ["甲市方案\n\n在科技方面,超过70%,\n\n𠀀是到2026年完成。", "甲市方案\n\n正文第一句,然后𠀀"]) {
      const doc = extract(text, { path: "s.txt" }).documents[0]!;
      const spans = doc.diagnostics.filter((d) => d.code === "column-break-joined" || d.code === "column-break-doubtful").map((d) => d.span!);
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) {
        const isLow = (i: number) => text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
        expect([isLow(span.start), span.end < text.length && isLow(span.end)]).toEqual([false, false]);
      }
    }
  });
});

describe("reports, tables and pages of the second probe round", () => {
  it("reads a text table whose labels are spread to the column's width, its unit line and its negative cells", () => {
    const doc = one(["某市2025年国民经济和社会发展统计公报", "一、综合", "全年居民消费价格比上年上涨0.3%。", "表1　2025年居民消费价格比上年涨跌幅度", "　　　　　　　　单位：%", "指　　标　　　　全市　　城市　　农村", "居民消费价格　　 0.3　　 0.4　　 0.1", "　衣　　着　　　 1.2　　-1.0　　 0.9"].join("\n"))[0]!;
    expect(doc.sections.map((s) => s.title)).toEqual(["一、综合"]);
    expect(doc.captions).toEqual(["表1　2025年居民消费价格比上年涨跌幅度"]);
    const cells = doc.targets.filter((t) => t.indicator.endsWith(")"));
    expect(cells.map((t) => [t.indicator, t.value, t.unit, t.kind])).toEqual([
      ["居民消费价格(全市)", 0.3, "%", "status"],
      ["居民消费价格(城市)", 0.4, "%", "status"],
      ["居民消费价格(农村)", 0.1, "%", "status"],
      ["衣着(全市)", 1.2, "%", "status"],
      ["衣着(城市)", -1, "%", "status"],
      ["衣着(农村)", 0.9, "%", "status"],
    ]);
  });

  it("reads a table of counts whose headers name their units, and a budget table whose label runs into its first value", () => {
    const progress = one(["关于2025年民生实事项目推进情况的通报", "县(市、区)　　任务数(个)　　已完成(个)　　完成率(%)　　排名", "桐城区　　　　28　　　　24　　　　85.7　　　1"].join("\n"))[0]!;
    expect(progress.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[28, "个", "goal"], [24, "个", "status"], [85.7, "%", "status"]]);
    const budget = one(["关于2025年预算执行情况和2026年预算草案的报告", "项　　目　　　　2025年执行数　　2026年预算数", "一般公共预算收入(亿元)　　58.9　　60.6", "社会保障和就业支出(亿元)18.7　　19.6"].join("\n"))[0]!;
    expect(budget.targets.map((t) => [t.value, t.kind, t.year])).toEqual([[58.9, "status", 2025], [60.6, "goal", 2026], [18.7, "status", 2025], [19.6, "goal", 2026]]);
  });

  it("tells the planned amounts of a progress report from what was done, and plans in a report's part on the next year", () => {
    const doc = one(["关于2025年预算执行情况和2026年预算草案的报告", "一、2025年预算执行情况", "全年计划投资48.6亿元，已完成投资36.2亿元，开工时间比计划推迟2个月以上。", "年度目标改造老旧小区120个。其中计划总投资亿元以上项目763个。", "二、扎实做好2026年财政工作", "全年新增减税降费10亿元以上。"].join("\n"))[0]!;
    expect(doc.targets.map((t) => [t.quote, t.kind])).toEqual([["48.6亿元", "goal"], ["36.2亿元", "status"], ["2个月以上", "status"], ["120个", "goal"], ["763个", "status"], ["10亿元以上", "goal"]]);
  });

  it("reads the terms a figure sets as planned in a report or in news: payments named after the amount, time limits, thresholds", () => {
    const doc = one(["记者从市人社局获悉", "本报记者　李明", "对培训后实现就业的学员，按每人800元标准给予培训补贴。我们承诺在3个工作日内响应。对年网络销售额首次突破1000万元的农村电商企业，奖励20万元。", "今年以来，企业开办时间压减至1个工作日以内。"].join("\n"))[0]!;
    expect(doc.targets.map((t) => [t.quote, t.kind])).toEqual([["800元", "goal"], ["3个工作日内", "goal"], ["突破1000万元", "goal"], ["20万元", "goal"], ["1个工作日以内", "status"]]);
  });

  it("takes an issuer's masthead over the 文号, a site's name and a signature before 抄送 as metadata", () => {
    const docs = one(["某市人民政府门户网站", "桐岭市人民政府督查室", "桐政督通〔2025〕11号", "关于2025年民生实事项目推进情况的通报", "一、总体进展情况", "全市已完成项目18个。", "桐岭市人民政府督查室", "2025年10月20日", "抄送：市委办公室，市人大常委会办公室。"].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["关于2025年民生实事项目推进情况的通报"]);
    expect(docs[0]!.sections.map((s) => s.title)).toEqual(["一、总体进展情况"]);
  });

  it("reads a public account's post: chrome and emoji out, bulleted lines as items, the policy it prints in full as a document of its own", () => {
    const docs = one([
      "重磅！青禾出台稳外贸十条措施",
      "原创 青禾发布 青禾发布",
      "点击上方蓝字 关注我们",
      "阅读 1.2万",
      "👇👇👇",
      "近日，青禾市人民政府办公室印发《青禾市关于促进外贸稳规模优结构的若干措施》。",
      "●外贸企业超过1300家",
      "●进出口总值386.5亿元",
      "青禾市关于促进外贸稳规模优结构的若干措施",
      "为深入贯彻落实国家部署，结合我市实际，制定以下措施。",
      "📌一、支持外贸主体壮大",
      "（一）培育外贸龙头企业。到2027年，全市进出口额超亿美元企业达到60家以上。",
      "—— END ——",
      "往期推荐",
      "▶ 青禾这3个村入选省级名单！",
    ].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["重磅！青禾出台稳外贸十条措施", "青禾市关于促进外贸稳规模优结构的若干措施"]);
    expect(docs[0]!.sections).toEqual([]);
    expect(docs[0]!.targets.map((t) => [t.indicator, t.value])).toEqual([["外贸企业", 1300], ["进出口总值", 386.5]]);
    expect(docs[1]!.sections.map((s) => s.title)).toEqual(["一、支持外贸主体壮大"]);
    expect(docs[1]!.measures.map((m) => m.marker)).toEqual(["（一）"]);
  });

  it("runs an item on over the paragraphs of its run-in title alone, and over a quotation it opens, its items included", () => {
    const doc = one([
      "某市关于修改《某市城市管理条例》的决定",
      "一、将第六条修改为：“市容环境卫生实行责任区制度。",
      "责任区的具体范围由区人民政府划定。”",
      "二、增加一条，作为第十五条：“设置临时摊点的，应当遵守下列规定：",
      "（一）按照确定的地点和时段经营；",
      "（二）保持摊点整洁。",
      "临时摊点的具体设置办法由市城市管理部门制定。”",
      "三、加快发展跨境电子商务。",
      "推动跨境电商综合试验区建设，培育跨境电商产业园5个以上。",
    ].join("\n"))[0]!;
    const top = doc.measures.filter((m) => m.parentId === null);
    expect(top.map((m) => m.marker)).toEqual(["一、", "二、", "三、"]);
    expect(top[0]!.text).toContain("责任区的具体范围由区人民政府划定");
    expect(top[1]!.text).toContain("临时摊点的具体设置办法由市城市管理部门制定");
    expect(top[2]!.text).toContain("培育跨境电商产业园5个以上");
    expect(doc.targets[0]!.measureId).toBe(top[2]!.id);
  });

  it("drops a pull quote without its full stop where it interrupts a sentence at a column break", () => {
    const doc = one([
      "岚山港加快建设国际物流枢纽",
      "本报记者　周扬",
      "《方案》提出，到2027年，岚山港货物吞吐量达到3.2亿吨，集装箱吞吐量突破600万标箱，港口物流业增加值年均增长8%左右。",
      "围绕枢纽能级提升，《方案》部署了三项重点任务。一是完善港口集疏运体系。二是拓展航线网络。每新开通一条国际航线给予船公司最高",
      "到2027年，岚山港货物吞吐量达到3.2亿吨，集装箱吞吐量突破600万标箱",
      "200万元补贴。三是发展港航服务业。",
    ].join("\n"))[0]!;
    const second = doc.measures.find((m) => m.marker === "二是")!;
    expect(second.text).toContain("给予船公司最高200万元补贴");
    expect(doc.targets.filter((t) => t.unit === "亿吨")).toHaveLength(1);
  });
});

describe("plans, forms and Markdown pages of the third probe round", () => {
  it("keeps a task's (责任单位：…) note with it, whether it closes the task's line or stands on the next", () => {
    const doc = one(["某市2025年优化营商环境工作要点", "一、提升政务服务效能", "1.深化“高效办成一件事”改革。年内新推出重点事项15个。（责任单位：市政务服务局）", "2.压缩企业开办时间。企业开办时间压缩至0.5个工作日以内。", "（责任单位：市市场监管局、市税务局）", "本要点所需资金由市财政统筹安排。"].join("\n"))[0]!;
    expect(doc.measures.map((m) => m.text)).toEqual(["深化“高效办成一件事”改革。年内新推出重点事项15个。（责任单位：市政务服务局）", "压缩企业开办时间。企业开办时间压缩至0.5个工作日以内。\n（责任单位：市市场监管局、市税务局）"]);
    expect(doc.diagnostics.filter((d) => d.code.startsWith("column-break"))).toEqual([]);
  });

  it("reads a task table whose cell wraps onto a line of its own as one table, and page numbers, stamps and blank dates as nothing", () => {
    const doc = one(["某市新能源汽车产业三年行动方案", "序号  任务                                  牵头单位          完成时限", "1     整车产能达到40万辆                    市工业和信息化局  2026年底", "      （配合单位：市发展改革委、市科技局）", "2     培育车载芯片企业20家                  市科技局          2027年底", "— 3 —", "（盖章）", "年　　月　　日"].join("\n"))[0]!;
    expect(doc.measures).toEqual([]);
    expect(doc.sections).toEqual([]);
    expect(doc.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[40, "万辆", "goal"], [20, "家", "goal"]]);
  });

  it("reads a task table copied one cell per line (序号 / 重点任务 / … / 1 / …) as a table, a wrapped task cell and all", () => {
    const docs = one(["某区智能网联汽车产业发展行动计划", "一、主要目标", "到2027年，开放测试道路里程达到600公里。", "附件", "某区智能网联汽车产业发展重点任务分工表", "序号", "重点任务", "责任单位", "完成时限", "1", "开放测试道路里程达到600公里", "区交通运输局、区公安分局", "2027年12月", "2", "完成路侧感知单元改造", "路口不少于300个", "区城市管理局", "2026年12月", "3", "示范车辆投放规模不少于800辆", "区工业和信息化局", "持续推进", "抄送：区委办公室。"].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["某区智能网联汽车产业发展行动计划", "某区智能网联汽车产业发展重点任务分工表"]);
    const table = docs[1]!;
    expect(table.sections).toEqual([]);
    expect(table.measures).toEqual([]);
    expect(table.targets.map((t) => [t.value, t.unit, t.comparator, t.kind, t.year])).toEqual([[600, "公里", "gte", "goal", null], [300, "个", "gte", "goal", null], [800, "辆", "gte", "goal", null]]);
  });

  it("reads Markdown front matter as no part of the text, and a table's years from its second header row", () => {
    const doc = one(["---", 'title: "东川市关于加快新型储能产业发展的实施意见"', "date: 2025-04-08", "---", "", "# 东川市关于加快新型储能产业发展的实施意见", "", "## 一、主要目标", "", "| 指标 | 单位 | 基期值 | 目标值 | | 属性 |", "| --- | --- | --- | --- | --- | --- |", "| | | 2024年 | 2027年 | 2030年 | |", "| 新型储能装机规模 | 万千瓦 | 42 | 150 | 300 | 预期性 |"].join("\n"), "t.md")[0]!;
    expect(doc.title).toBe("东川市关于加快新型储能产业发展的实施意见");
    expect(doc.sections.map((s) => [s.title, s.level])).toEqual([["一、主要目标", 1]]);
    expect(doc.targets.map((t) => [t.value, t.year, t.kind])).toEqual([[42, 2024, "status"], [150, 2027, "goal"], [300, 2030, "goal"]]);
  });

  it("reads the lines of a copy wrapped at a fixed width as one paragraph, even a line without punctuation", () => {
    const doc = one(["某省关于促进民营经济发展的意见", "（四）保障用地用能需求。对民营企业投资的省重大产业项目，优先安排用地指标，工", "业用地出让底价可按不低于所在地土地等别相对应全国工业用地出让最低价标准的70%执", "行。"].join("\n"))[0]!;
    expect(doc.sections).toEqual([]);
    expect(doc.measures[0]!.text).toContain("工业用地出让底价");
    expect(doc.targets.map((t) => [t.value, t.measureId])).toEqual([[70, doc.measures[0]!.id]]);
  });
});

describe("reports of the eighteenth probe round", () => {
  it("reads a standard a bulletin states as the one in force, and a threshold that picks out what a report counts as reported", () => {
    const bulletin = one(["某区2025年国民经济和社会发展统计公报", "六、居民收入和社会保障", "城市、农村低保月人均保障标准分别为780元、610元，较上年分别提高30元、35元。"].join("\n"))[0]!;
    expect(bulletin.targets.map((t) => [t.value, t.kind])).toEqual([[780, "status"], [610, "status"], [30, "status"], [35, "status"]]);
    const review = one(["某县农业农村局2025年工作总结和2026年工作计划", "一、存在的问题", "新型经营主体带动能力不强，年销售收入超亿元的龙头企业仅有6家。", "二、2026年工作计划", "对年销售收入超亿元的龙头企业给予50万元奖励。"].join("\n"))[0]!;
    expect(review.targets.map((t) => [t.quote, t.kind])).toEqual([["超亿元", "status"], ["6家", "status"], ["超亿元", "goal"], ["50万元", "goal"]]);
  });

  it("reads a township head's line under a work report's title as metadata, not a heading", () => {
    const doc = one(["青溪镇人民政府工作报告", "——2026年1月6日在青溪镇第十九届人民代表大会第五次会议上", "镇长　彭立新", "各位代表：", "一、2025年工作回顾", "全年完成固定资产投资4.6亿元。", "二、2026年主要任务", "新建农村公路12公里。"].join("\n"))[0]!;
    expect(doc.sections.map((s) => [s.title, s.level])).toEqual([["一、2025年工作回顾", 1], ["二、2026年主要任务", 1]]);
  });
});

describe("newspaper pages of the eighteenth probe round", () => {
  it("opens a second article at the title-like line before a second reporter's closing byline, but not at a subhead or a displaced section", () => {
    const page = ["某日报　2025年7月3日　第5版　经济", "乌鲁木齐集结中心今年开行班列800列", "本报讯（记者　周　远）今年以来，该中心共开行班列800列，同比增长18.2%。", "南疆林果业迈向精深加工", "今年以来，南疆四地州持续推进林果业提质增效，果品产量达到980万吨。", "到2027年，林果业综合产值达到800亿元。", "（本报记者　刘　超）"].join("\n");
    const docs = one(page);
    expect(docs.map((d) => [d.title, d.byline])).toEqual([["乌鲁木齐集结中心今年开行班列800列", "本报讯(记者 周 远)"], ["南疆林果业迈向精深加工", "本报记者 刘 超"]]);
    expect(docs[1]!.targets.map((t) => t.value)).toEqual([980, 800]);
    // the same reporter's name at both ends is one article
    const same = one(["某日报　2025年7月3日　第5版　经济", "乌鲁木齐集结中心今年开行班列800列", "本报讯（记者　周　远）今年以来，该中心共开行班列800列。", "南疆林果业迈向精深加工", "今年以来，果品产量达到980万吨。", "（周　远）"].join("\n"));
    expect(same.map((d) => d.title)).toEqual(["乌鲁木齐集结中心今年开行班列800列"]);
  });

  it("reads a box under 链接 or 延伸阅读 with its own headline as a text of its own, and a data box's label–value lines as figures", () => {
    const page = ["某日报　2025年10月9日　第10版　政策解读", "让煤矿走向“少人无人”", "本报记者　郭　峰", "省能源局近日印发行动方案，到2027年智能化产能占比达到95%以上。", "一图读懂", "《某省煤矿智能化建设三年行动方案》", "■发展基础（截至2025年9月底）", "智能化煤矿　185座", "智能化产能占比　78.6%", "■三年目标（到2027年）", "智能化示范煤矿　60座", "井下单班作业人数　较2024年减少20%以上", "延伸阅读", "哪些管道纳入改造范围", "根据国家有关规定，运行年限满20年的钢质管道纳入改造范围。"].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["让煤矿走向“少人无人”", "《某省煤矿智能化建设三年行动方案》", "哪些管道纳入改造范围"]);
    expect(docs[1]!.sections.map((s) => s.title)).toEqual(["■发展基础（截至2025年9月底）", "■三年目标（到2027年）"]);
    expect(docs[1]!.targets.map((t) => [t.value, t.unit, t.kind, t.comparator])).toEqual([[185, "座", "status", "eq"], [78.6, "%", "status", "eq"], [60, "座", "goal", "eq"], [20, "%", "goal", "gte"]]);
    expect(docs[2]!.targets.map((t) => [t.value, t.unit])).toEqual([[20, "年"]]);
  });

  it("drops a pull quote that repeats a one-sentence paragraph inside a broken sentence, and one that abridges the paragraph beside it", () => {
    const page = ["某日报　2025年8月1日　第3版　评论", "把好政策落到实处", "本报评论员", "把政策红利转化为发展动能，关键在落实。", "——以品质立身。要严控亩产，确保每亩产量控制在", "把政策红利转化为发展动能，关键在落实", "500公斤以内，从源头上守住品质底线。", "——以市场立业。江州区整合涉农资金1.2亿元，甘蔗机收率由5年前的12%提高到41%。", "机收率由12%提高到41%", "下一步，全区计划新增甘蔗收获机25台。"].join("\n");
    const doc = one(page)[0]!;
    expect(doc.sections).toEqual([]);
    expect(doc.measures.map((m) => m.text)).toEqual(["以品质立身。要严控亩产，确保每亩产量控制在500公斤以内，从源头上守住品质底线。", "以市场立业。江州区整合涉农资金1.2亿元，甘蔗机收率由5年前的12%提高到41%。"]);
  });

  it("keeps a subhead that repeats words of the paragraph under it", () => {
    const doc = one(["某日报　2025年8月1日　第3版　要闻", "我市加快城市更新", "本报记者　何　洁", "全市今年改造老旧小区120个。", "改造小区120个　惠及居民3万户", "今年全市计划改造小区120个，惠及居民3万户以上，完成投资8亿元。"].join("\n"))[0]!;
    expect(doc.sections.map((s) => s.title)).toEqual(["改造小区120个　惠及居民3万户"]);
  });

  it("reads a WeChat post's headline behind a cry (收藏！…) as its title and the account name printed twice as metadata", () => {
    const docs = one(["收藏！沅州出台12条措施激发文旅消费，单个项目最高奖励200万元", "沅州文旅 沅州文旅", "2025年04月18日 20:15 湖南", "近日，沅州市印发若干措施，对新评定为国家5A级旅游景区的，给予一次性奖励200万元。"].join("\n"));
    expect(docs.map((d) => [d.title, d.sections.length])).toEqual([["收藏！沅州出台12条措施激发文旅消费，单个项目最高奖励200万元", 0]]);
    expect(docs[0]!.targets.map((t) => t.quote)).toEqual(["200万元"]);
  });

  it("reads the next item of a list of paragraphs broken off at a column break as an item, not a heading", () => {
    // (the line in the break is a pull quote too freely abridged to be told from a subhead)
    const doc = one(["青铜峡：一串葡萄“串”起富民路", "本报讯（记者　丁　琳）青铜峡市主要做法有三：", "1、推行“酒庄+基地+农户”模式，全市1.2万户农户户均增收1.8万元。", "2、建设葡萄酒产业工人实训基地，累计培训技术工人8000人次，带动务工人员年均增收", "酒庄带动1.2万户农户户均增收1.8万元", "2.5万元。", "3、发展葡萄酒旅游，年接待游客120万人次。"].join("\n"))[0]!;
    expect(doc.measures.map((m) => m.marker)).toEqual(["1、", "2、", "3、"]);
    expect(doc.targets.map((t) => t.value)).toContain(8000);
  });
});

describe("newspaper pages of the twenty-second probe round", () => {
  it("reads a plan printed in full on a news page (its period on a line of its own) and its interpretation titled apart (——《…》解读) as texts of their own", () => {
    const page = [
      "云南出台实施方案推动食用菌产业全链条升级",
      "本报记者　杨　帆",
      "近日，省人民政府办公厅印发《云南省食用菌产业高质量发展实施方案（2025—2027年）》。",
      "云南省食用菌产业高质量发展实施方案",
      "（2025—2027年）",
      "为加快推动全省食用菌产业高质量发展，结合实际，制定本方案。",
      "一、主要目标",
      "到2027年，全省食用菌产量达到150万吨。",
      "让“山珍”变“金珍”",
      "——《云南省食用菌产业高质量发展实施方案（2025—2027年）》解读",
      "问：《实施方案》的主要目标是什么？",
      "答：到2027年，全产业链产值突破1000亿元。",
    ].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["云南出台实施方案推动食用菌产业全链条升级", "云南省食用菌产业高质量发展实施方案（2025—2027年）", "让“山珍”变“金珍”"]);
    expect(docs[1]!.sections.map((s) => [s.title, s.level])).toEqual([["一、主要目标", 1]]);
  });

  it("reads a front page's guide to its inside pages (…▶2版) as metadata, and drops a pull quote printed twice both times", () => {
    const page = [
      "前三季度全区地区生产总值同比增长5.8% ▶2版",
      "黄河宁夏段新增高效节水灌溉12万亩 ▶3版",
      "我区推进防沙治沙",
      "本报记者　马　骁",
      "《实施方案》提出，一是全力打好黄河“几字弯”攻坚战，到2027年风沙危害减少",
      "让沙进人退变为绿进沙退，筑牢我国北方重要生态安全屏障",
      "40%以上。二是做强特色沙产业，沙产业产值突破",
      "让沙进人退变为绿进沙退，筑牢我国北方重要生态安全屏障",
      "600亿元。",
      "全区将坚持让沙进人退变为绿进沙退，筑牢我国北方重要生态安全屏障。",
    ].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["我区推进防沙治沙"]);
    expect(docs[0]!.measures.map((m) => m.text)).toEqual(["全力打好黄河“几字弯”攻坚战，到2027年风沙危害减少40%以上。", "做强特色沙产业，沙产业产值突破600亿元。"]);
    expect(docs[0]!.targets.map((t) => [t.value, t.comparator])).toEqual([[40, "gte"], [600, "gt"]]);
  });
});

describe("rules and plans of the twenty-third and twenty-fourth probe rounds", () => {
  it("opens the law an amendment decision republishes, and a draft under its attachment label with its (征求意见稿) line", () => {
    const decision = one(["禾阳市人民代表大会常务委员会关于修改《禾阳市饮用水水源保护条例》的决定", "一、将第十一条修改为：“供水单位应当每日检测水质。”", "《禾阳市饮用水水源保护条例》根据本决定作相应修改，重新公布。", "禾阳市饮用水水源保护条例", "第一章　总则", "第一条　为了保护饮用水水源，制定本条例。"].join("\n"));
    expect(decision.map((d) => [d.title, d.sections.map((s) => [s.title, s.level])])).toEqual([
      ["禾阳市人民代表大会常务委员会关于修改《禾阳市饮用水水源保护条例》的决定", []],
      ["禾阳市饮用水水源保护条例", [["第一章　总则", 1]]],
    ]);
    const draft = one(["附件1", "", "苏溪市城市养犬管理规定", "（征求意见稿）", "", "第一条　为了规范城市养犬行为，制定本规定。", "第二条　本规定自2026年1月1日起施行。"].join("\n"));
    expect(draft.map((d) => [d.title, d.measures.length])).toEqual([["苏溪市城市养犬管理规定（征求意见稿）", 2]]);
  });

  it("keeps a table printed inside an article in the article, its unit from the (单位：…) line above it", () => {
    const doc = one(["某县农村公路养护资金管理办法", "第五条　日常养护补助按照路线类别和地区类别核定。补助标准如下：", "（单位：万元/公里）", "路线类别　一类地区　二类地区　三类地区", "县道　0.70　0.60　0.50", "乡道　0.40　0.35　0.30", "地区类别按照省财政厅公布的财力分档确定。", "第六条　本办法自2026年1月1日起施行。"].join("\n"))[0]!;
    expect(doc.measures.map((m) => m.marker)).toEqual(["第五条", "第六条"]);
    expect(doc.measures[0]!.text).toContain("地区类别按照省财政厅公布的财力分档确定。");
    expect(doc.targets.map((t) => [t.value, t.unit, t.measureId])).toEqual([0.7, 0.6, 0.5, 0.4, 0.35, 0.3].map((value) => [value, "万元/公里", doc.measures[0]!.id]));
  });

  it("reads a 年度目标 section as planned, a 完成年度目标 column as done, and a plan titled 第十五个五年规划 as starting in 2026", () => {
    const plan = one(["某市2026年重点项目投资计划", "二、年度目标", "全年完成重点项目投资620亿元以上，一季度开工率达到40%以上。"].join("\n"))[0]!;
    expect(plan.targets.map((t) => [t.value, t.kind])).toEqual([[620, "goal"], [40, "goal"]]);
    const summary = one(["某市商务局2025年上半年工作总结", "一、主要指标完成情况", "指标\t上半年完成\t完成年度目标（%）", "社会消费品零售总额（亿元）\t812.6\t52.3"].join("\n"))[0]!;
    expect(summary.targets.map((t) => [t.value, t.kind])).toEqual([[812.6, "status"], [52.3, "status"]]);
    const outline = one(["某市国民经济和社会发展第十五个五年规划纲要", "第一章　发展基础", "“十四五”期间，全市镍产量由12.6万吨增加到16.8万吨。", "第二章　主要目标", "到2030年，镍产量达到25万吨。"].join("\n"))[0]!;
    expect(outline.targets.map((t) => [t.value, t.kind])).toEqual([[16.8, "status"], [25, "goal"]]);
  });
});

describe("numbering and tables of the twenty-seventh probe round", () => {
  it("reads 其一/其二/其三 as a series, a table's total row with its empty cells dropped as a row, and a scoring sheet's figures as set", () => {
    const doc = one(["某县河湖长制考核办法", "第一条　考核坚持三个原则：其一，坚持问题导向；其二，坚持分类考核；其三，坚持奖惩并举。", "第二条　考核评分标准如下：", "考核项目\t分值（分）\t主要评分内容", "河湖长履职\t60\t巡河次数不达标的，每人次扣0.5分", "问题整改\t40\t整改率低于95%的扣5分", "合计\t100\t", "第三条　本办法自2026年1月1日起施行。"].join("\n"))[0]!;
    expect(doc.sections).toEqual([]);
    expect(doc.measures.map((m) => m.marker)).toEqual(["第一条", "其一", "其二", "其三", "第二条", "第三条"]);
    expect(doc.targets.filter((t) => t.unit === "分").map((t) => [t.value, t.kind])).toEqual([[60, "goal"], [40, "goal"], [100, "goal"], [0.5, "goal"], [5, "goal"]]);
    const sheet = one(["附件2", "某市全民健身圈建设考核评分表", "考核项目\t分值（分）\t评分标准", "场馆开放\t20\t开放率达到90%得满分，低于85%的扣10分", "设施建设\t25\t完成率每低10%扣3分"].join("\n"))[0]!;
    expect(sheet.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[20, "分", "goal"], [25, "分", "goal"], [90, "%", "goal"], [85, "%", "goal"], [10, "分", "goal"], [3, "分", "goal"]]);
  });
});

describe("copies of the twenty-fifth and twenty-sixth probe rounds", () => {
  it("joins a line broken after a decimal point, reads a paper's reporter line as a byline and 1. 2. items after a comma", () => {
    const page = ["青海推进盐湖产业发展", "青海日报记者　王　琳", "《实施方案》明确，1.支持企业扩大钾肥产能，年产能不少于2.", "5万吨；2.推进锂资源综合利用。"].join("\n");
    const doc = one(page)[0]!;
    expect(doc.byline).toBe("青海日报记者 王 琳");
    expect(doc.sections).toEqual([]);
    expect(doc.measures.map((m) => [m.marker, m.text])).toEqual([["1.", "支持企业扩大钾肥产能，年产能不少于2.5万吨；"], ["2.", "推进锂资源综合利用。"]]);
    expect(doc.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[2.5, "万吨", "gte"]]);
  });

  it("reads i. ii. items as a series, a table under a unit line whose header names no indicator, and a section titled 目标 as planned", () => {
    const doc = one(["某市防台风应急预案", "三、目标", "转移率达到100%。", "四、响应措施", "i. 渔船回港避风须在接到指令后12小时内完成；", "ii. 海上养殖人员撤离率达到100%。", "单位：万亩", "县（市、区） 普查面积 改造面积", "信丰县 42 3.5", "安远县 28 2.4"].join("\n"))[0]!;
    expect(doc.measures.map((m) => [m.marker, m.ordinal])).toEqual([["i.", 1], ["ii.", 2]]);
    expect(doc.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[100, "%", "goal"], [12, "小时", "goal"], [100, "%", "goal"], [42, "万亩", "goal"], [3.5, "万亩", "goal"], [28, "万亩", "goal"], [2.4, "万亩", "goal"]]);
  });
});

describe("compilations, bulletins, rules and plans' tables of the fourth probe round", () => {
  it("splits an office bulletin into its items at their (…供稿) lines, its masthead out", () => {
    const docs = one(["青　枫　信　息", "第18期（总第326期）", "青枫市人民政府办公室编　　　　2025年6月16日", "━━━━━━━━━━", "青枫市一季度经济运行实现良好开局", "（2025年4月22日）", "一季度，全市实现地区生产总值612.4亿元，同比增长6.1%。", "（市发展改革委供稿）", "澄湖区推动闲置低效用地盘活利用", "2025年5月6日", "澄湖区今年盘活闲置土地1200亩。", "（澄湖区人民政府办公室供稿）", "（共印150份）"].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["青枫市一季度经济运行实现良好开局", "澄湖区推动闲置低效用地盘活利用"]);
    expect(docs.flatMap((d) => d.targets.map((t) => t.quote))).toEqual(["612.4亿元", "6.1%", "1200亩"]);
  });

  it("reads a compilation's policies as its documents: the cover and the 目录 with leaders and pages are no part of them", () => {
    const docs = one(["澜屿市优化营商环境政策汇编", "（第一辑）", "澜屿市发展和改革委员会　编", "目　　录", "澜屿市支持中小微企业稳健发展十条措施………………… 1", "澜屿市促进民营经济高质量发展实施办法………………… 6", "澜屿市支持中小微企业稳健发展十条措施", "一、降低融资成本。对贷款贴息给予50%补助。", "澜屿市人民政府", "2025年3月1日", "澜屿市促进民营经济高质量发展实施办法", "第一条　为促进民营经济发展，制定本办法。"].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["澜屿市支持中小微企业稳健发展十条措施", "澜屿市促进民营经济高质量发展实施办法"]);
    expect(docs.map((d) => d.sections.length)).toEqual([0, 0]);
  });

  it("reads a plan's indicator table whose 类别 column is printed on a group's first row only, and cells bounded by a word", () => {
    const doc = one(["某市国民经济和社会发展第十五个五年规划纲要", "类别　　指标　　　　　　　　2025年　　2030年　　属性", "经济发展　地区生产总值（亿元）　　5860　　7800　　预期性", "　　　　　粮食产量（万吨）　　　　120　　130以上　　约束性"].join("\n"))[0]!;
    expect(doc.targets.map((t) => [t.indicator, t.value, t.unit, t.comparator, t.year, t.kind, t.binding])).toEqual([
      ["地区生产总值", 5860, "亿元", "eq", 2025, "status", "预期性"],
      ["地区生产总值", 7800, "亿元", "eq", 2030, "goal", "预期性"],
      ["粮食产量", 120, "万吨", "eq", 2025, "status", "约束性"],
      ["粮食产量", 130, "万吨", "gte", 2030, "goal", "约束性"],
    ]);
  });

  it("reads a scoring table typed with bars but no outer bars, and a guide's field lines as whole lines", () => {
    const doc = one(["某市生活垃圾分类工作考核办法", "考核项目 | 分值（分） | 评分标准", "组织保障 | 10 | 未成立领导小组的扣5分", "设施建设 | 25 | 设施不全的每处扣2分", "法定办结时限：20个工作日", "承诺办结时限：10个工作日"].join("\n"))[0]!;
    expect(doc.sections).toEqual([]);
    // the table's numeric cells first, then the figures of its prose cells
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([[10, "分"], [25, "分"], [5, "分"], [2, "分"], [20, "个工作日"], [10, "个工作日"]]);
    expect(doc.diagnostics.filter((d) => d.code.startsWith("column-break"))).toEqual([]);
  });

  it("joins a title broken inside its 《》 and reads an announcement's kind and number under its issuer as no heading", () => {
    const docs = one(["霁川市城市管理委员会办公室", "关于印发《霁川市生活垃圾分类工作", "考核办法》的通知", "各区城管局：", "现将有关办法印发给你们。"].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["霁川市城市管理委员会办公室关于印发《霁川市生活垃圾分类工作考核办法》的通知"]);
    const order = one(["霁川市人民政府令", "第37号", "《霁川市城镇燃气管道保护办法》已经市人民政府常务会议通过，现予公布。"].join("\n"))[0]!;
    expect(order.title).toBe("霁川市人民政府令");
    expect(order.sections).toEqual([]);
  });
});

describe("numbering of county documents and news chrome (fifth and sixth probe rounds)", () => {
  it("reads 1）, ⑴, ❶ and a. items as measures, 1.2026年 as a marker, and a heading closed by a colon", () => {
    const doc = one(["某镇人居环境整治工作方案", "一、工作目标：", "1）健全户分类机制。到2026年覆盖率达到90%。", "2）完善收运体系。新建转运站2座。", "二、处罚措施", "⑴批评教育。", "⑵罚款，金额一般为50元至500元。", "三、重点工程", "❶ 茶叶：建设标准化生态茶园1万亩。", "❷ 水果：新建果园2000亩。", "a. 施工前开展入户摸底。", "b. 施工中加强质量监督。", "1.2026年底前，规模化工程自动化监控覆盖率达到100%。"].join("\n"))[0]!;
    expect(doc.sections.map((s) => s.title)).toEqual(["一、工作目标：", "二、处罚措施", "三、重点工程"]);
    expect(doc.measures.map((m) => [m.marker, m.ordinal])).toEqual([["1）", 1], ["2）", 2], ["⑴", 1], ["⑵", 2], ["❶", 1], ["❷", 2], ["a.", 1], ["b.", 2], ["1.", 1]]);
  });

  it("reads an item of a series whose earlier members are headings as their sibling, under their parent", () => {
    const doc = one(["某县实施方案", "二、重点任务", "（三）提升农村生活垃圾治理水平", "1.完善收运体系。新建转运站2座。", "（四）整治村容村貌。开展村庄清洁行动。"].join("\n"))[0]!;
    const fourth = doc.measures.find((m) => m.marker === "（四）")!;
    expect(doc.sections.find((s) => s.id === fourth.sectionId)!.title).toBe("二、重点任务");
  });

  it("reads a news site's breadcrumb, dated source line and a broadcast's slug line as metadata", () => {
    const docs = one(["新华网 > 地方频道 > 正文", "让“沉睡资源”变成“致富资产”", "2025-06-12 08:30　来源：新华社", "新华社南川6月12日电　初夏时节，南川全市已盘活闲置农房1200套。"].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["让“沉睡资源”变成“致富资产”"]);
    expect(docs[0]!.targets.map((t) => [t.quote, t.kind])).toEqual([["1200套", "status"]]);
  });
});

describe("notices, task lists, Q&A pages and web copies of the twenty-eighth to thirty-third probe rounds", () => {
  it("joins a joint 红头's lines into nothing, and the title after the 文号 over its lines, 《 open at a line's end", () => {
    const redHead = ["澄江市财政局", "　　　　文件", "澄江市科学技术局", "", "澄财教〔2025〕16号", "", "澄江市财政局　澄江市科学技术局关于印发", "《澄江市科技计划项目资金管理办法》的通知", "", "各县（市、区）财政局：", "　　现印发给你们，请遵照执行。"].join("\n");
    expect(one(redHead).map((doc) => [doc.title, doc.sections.length])).toEqual([["澄江市财政局　澄江市科学技术局关于印发《澄江市科技计划项目资金管理办法》的通知", 0]]);
    const threeLines = ["云澄省文化和旅游厅文件", "", "云澄文旅发〔2025〕33号", "", "云澄省文化和旅游厅关于印发《云澄省", "乡村旅游提质升级行动计划", "（2025—2027年）》的通知", "", "各州（市）文化和旅游局：", "　　现将《云澄省乡村旅游提质升级行动计划（2025—2027年）》", "印发给你们，请认真抓好贯彻落实。"].join("\n");
    const [notice] = one(threeLines);
    expect(notice!.title).toBe("云澄省文化和旅游厅关于印发《云澄省乡村旅游提质升级行动计划（2025—2027年）》的通知");
    // the body's first line, indented over a line that is not, is a sentence broken off, not a heading
    expect(notice!.sections).toEqual([]);
  });

  it("keeps an issuer over its title when it stands again only as the signature, and joins a document's name to its verb below", () => {
    const text = ["星江市人民政府办公室", "关于印发星江市城市道路挖掘管理办法的通知", "", "各区人民政府：", "《星江市城市道路挖掘管理办法（2025年修订）》", "已经市政府同意，现印发给你们，请认真遵照执行。", "", "星江市人民政府办公室", "2025年6月30日", "", "— 1 —", "", "星江市城市道路挖掘管理办法", "第一条　为加强城市道路挖掘管理，制定本办法。"].join("\n");
    const [notice, rules] = one(text);
    expect(notice!.title).toBe("星江市人民政府办公室关于印发星江市城市道路挖掘管理办法的通知");
    expect(notice!.sections).toEqual([]);
    expect(rules!.measures.map((m) => m.marker)).toEqual(["第一条"]);
  });

  it("goes on past a one-character note at a line's end (重点镇（乡） / 15个), so the year of the sentence holds", () => {
    const [doc] = one(["某省乡村旅游行动计划", "到2027年，创建全国乡村旅游重点村60个、重点镇（乡）", "15个，带动乡村就业人数超过80万人。"].join("\n"));
    expect(doc!.targets.map((t) => [t.value, t.year])).toEqual([[60, 2027], [15, 2027], [80, 2027]]);
  });

  it("reads 答：（一） as the answer's first item, 1.2025—2026年 and 9.6月底前 as items, not decimals", () => {
    const [qa] = one(["农机购置补贴政策问答", "1.2025—2026年补贴范围有哪些变化？", "答：（一）补贴机具种类有所调整。", "（二）补贴标准有所提高。", "2.哪些情形会被处罚？", "答：一是虚假购机的；二是一机多补的。"].join("\n"));
    expect(qa!.measures.map((m) => [m.marker, m.ordinal, m.text])).toEqual([
      ["1.", 1, "2025—2026年补贴范围有哪些变化？"],
      ["（一）", 1, "补贴机具种类有所调整。"],
      ["（二）", 2, "补贴标准有所提高。"],
      ["2.", 2, "哪些情形会被处罚？"],
      ["一是", 1, "虚假购机的；"],
      ["二是", 2, "一机多补的。"],
    ]);
    expect(qa!.diagnostics.filter((d) => d.code === "ordinal-gap")).toEqual([]);
    const [points] = one(["某县改厕工作要点", "8.推进改厕。年底前完成改厕1000户。", "9.6月底前完成年度改厕任务的60%。", "10.加强管护。"].join("\n"));
    expect(points!.measures.map((m) => m.marker)).toEqual(["8.", "9.", "10."]);
    expect(points!.targets.map((t) => [t.value, t.kind])).toEqual([[1000, "goal"], [60, "goal"]]);
  });

  it("reads a table whose header goes on over a line of notes ((基期)　(目标)), and a box's padded item numbers as items", () => {
    const [plan] = one(["某城市群发展规划", "专栏1　主要指标", "指标                  单位    2025年    2030年    属性", "                              （基期）  （目标）", "地区生产总值          亿元    9350      13000以上 预期性", "城际公交线路          条      26        40        预期性", "专栏2　重点工程", "01　三江口旅游区：建设游客中心2个。", "02　千年茶马古道文化公园：修复古道遗址18公里。"].join("\n"));
    expect(plan!.sections.map((s) => s.title)).toEqual(["专栏1　主要指标", "专栏2　重点工程"]);
    expect(plan!.targets.map((t) => [t.value, t.unit, t.year, t.binding])).toEqual([[9350, "亿元", 2025, "预期性"], [13000, "亿元", 2030, "预期性"], [26, "条", 2025, "预期性"], [40, "条", 2030, "预期性"], [2, "个", null, null], [18, "公里", null, null]]);
    expect(plan!.measures.map((m) => [m.marker, m.ordinal])).toEqual([["01", 1], ["02", 2]]);
  });

  it("reads a web page's information box, plain or as a Markdown list, as metadata, and joint signatures over a date as no headings", () => {
    const page = ["索 引 号：\t11511400MB1569027X/2026-00008", "生成日期：\t2026-01-15", "", "眉山市人民政府", "关于促进银发经济发展的实施意见", "", "一、发展目标", "到2027年，建成社区老年助餐点400个。", "", "包头市人力资源和社会保障局　包头市发展和改革委员会", "包头市医疗保障局　包头市总工会", "2026年4月28日", "", "相关链接：", "图解：一图读懂银发经济12条"].join("\n");
    const [doc, ...rest] = one(page);
    expect(rest).toEqual([]);
    expect(doc!.title).toBe("眉山市人民政府关于促进银发经济发展的实施意见");
    expect(doc!.sections.map((s) => s.title)).toEqual(["一、发展目标"]);
    expect(doc!.targets.map((t) => [t.value, t.unit])).toEqual([[400, "个"]]);
    const md = ["- **索引号：** 114502000079712345/2026-00019", "- **生成日期：** 2026-03-18", "", "## 柳州市人民政府办公室关于印发若干措施的通知", "", "各县人民政府：", "", "现印发给你们，请认真贯彻执行。"].join("\n");
    const [notice] = one(md, "t.md");
    expect([notice!.title, notice!.measures.length]).toEqual(["柳州市人民政府办公室关于印发若干措施的通知", 0]);
  });
});

describe("task lists and press conferences of the twenty-ninth and thirty-first probe rounds", () => {
  it("keeps a task's field lines (牵头单位 / 配合单位 / 完成时限) in its text, the last task's too", () => {
    const [list] = one(["某市数字经济重点任务清单", "一、夯实数字基础设施", "1.新建5G基站3000个。", "牵头单位：市工业和信息化局", "配合单位：市通信发展管理办公室", "完成时限：2025年12月底前", "", "2.推进公共数据开放共享，开放公共数据集200个以上。", "牵头单位：市数据局", "完成时限：2025年12月底前", "", "　　各牵头单位要建立任务推进台账，于每月5日前报送进展情况。"].join("\n"));
    expect(list!.measures.map((m) => m.text)).toEqual([
      "新建5G基站3000个。\n牵头单位：市工业和信息化局\n配合单位：市通信发展管理办公室\n完成时限：2025年12月底前",
      "推进公共数据开放共享，开放公共数据集200个以上。\n牵头单位：市数据局\n完成时限：2025年12月底前",
    ]);
  });

  it("reads a speaker block's second line (　　省财政厅二级巡视员　周建平) as metadata, and a 一问一答's figures as what the policy sets", () => {
    const [briefing] = one(["某省以旧换新新闻发布会", "主持人：省政府新闻办公室副主任　马晓东", "发布人：省商务厅副厅长　李　岩", "　　　　省财政厅二级巡视员　周建平", "", "马晓东：", "各位记者朋友，大家上午好！"].join("\n"));
    expect(briefing!.sections).toEqual([]);
    const [qa] = one(["农机购置补贴政策一问一答", "1.补贴标准有什么变化？", "答：一般机具测算比例可提高至35%。"].join("\n"));
    expect(qa!.targets.map((t) => [t.value, t.kind])).toEqual([[35, "goal"]]);
  });

  it("reads a dated plan's task compared with a past year (较2024年提高5个百分点) as planned", () => {
    const [points] = one(["某省自然资源厅2025年工作要点", "（三）推进生态修复。完成历史遗留废弃矿山生态修复4000亩，修复率较2024年提高5个百分点。"].join("\n"));
    expect(points!.targets.map((t) => [t.value, t.kind])).toEqual([[4000, "goal"], [5, "goal"]]);
  });
});

describe("tables and drafts of the thirty-fourth to thirty-eighth probe rounds", () => {
  it("reads a tab-separated table cell by cell: empty cells, a total row first, an empty notes column, spaces inside cells", () => {
    const text = ["某省农田建设补助资金分配表", "单位：万元", "序号\t地区\t合计\t新建\t备注", "\t合计\t2000\t1500\t", "1\t洪州市\t1200\t900\t", "2\t浔川市\t800\t600\t含绩效奖励100万元"].join("\n");
    const [doc] = one(text);
    expect(doc!.sections).toEqual([]);
    expect(doc!.measures).toEqual([]);
    expect(doc!.targets.map((t) => [t.value, t.unit])).toEqual([[2000, "万元"], [1500, "万元"], [1200, "万元"], [900, "万元"], [800, "万元"], [600, "万元"], [100, "万元"]]);
    const sheet = one(["某县考核评分表", "序号\t考核指标\t分值（分）\t评分标准", "1\t体育公园建设\t60\t完成年度任务得满分", "2\t场地开放\t40\t开放率达到90%得满分", "合计\t\t100\t"].join("\n"))[0]!;
    expect(sheet.targets.filter((t) => t.unit === "分").map((t) => t.value)).toEqual([60, 40, 100]);
  });

  it("gives the tables under one 单位 line its unit, heading after heading", () => {
    const md = ["# 某市2025年重点项目清单", "", "单位：亿元", "", "## 一、产业项目", "", "| 序号 | 项目名称 | 总投资 | 2025年计划投资 |", "|--|--|--|--|", "| 1 | 铜箔项目 | 85.6 | 22.0 |", "", "## 二、基础设施项目", "", "| 序号 | 项目名称 | 总投资 | 2025年计划投资 |", "|--|--|--|--|", "| 2 | 高速改扩建 | 72.3 | 18.6 |"].join("\n");
    const [doc] = one(md, "t.md");
    expect(doc!.targets.map((t) => [t.value, t.unit])).toEqual([[85.6, "亿元"], [22, "亿元"], [72.3, "亿元"], [18.6, "亿元"]]);
  });

  it("opens a document at a draft's explanation printed after it, and reads a page's font-size and copyright lines as chrome", () => {
    const text = ["某市传统村落保护条例（草案征求意见稿）", "第一条　为了加强传统村落保护，制定本条例。", "第二条　本条例自　年　月　日起施行。", "关于《某市传统村落保护条例（草案征求意见稿）》的说明", "一、起草背景", "近五年全市传统建筑损毁倒塌达260余栋。", "【大】【中】【小】", "Copyright © 2025 某市人民政府　版权所有"].join("\n");
    const docs = one(text);
    expect(docs.map((doc) => doc.title)).toEqual(["某市传统村落保护条例（草案征求意见稿）", "关于《某市传统村落保护条例（草案征求意见稿）》的说明"]);
    expect(docs[1]!.sections.map((s) => s.title)).toEqual(["一、起草背景"]);
  });
});

describe("emergency plans of the thirty-fifth probe round", () => {
  it("reads a stock table's 现有数量 column as what there is and its 储备目标 column as what is to be", () => {
    const [plan] = one(["某县应急物资储备方案", "物资名称\t单位\t现有数量\t储备目标", "帐篷\t顶\t300\t500", "折叠床\t张\t800\t1200", "救生衣\t件\t2000\t3000"].join("\n"));
    expect(plan!.targets.map((t) => [t.value, t.kind])).toEqual([[300, "status"], [500, "goal"], [800, "status"], [1200, "goal"], [2000, "status"], [3000, "goal"]]);
  });

  it("reads an allocation table's cells as set and its 已提前下达 column as already allocated; a report's 应开工 as required", () => {
    const [table] = one(["2025年老旧小区改造补助资金分配表", "单位：万元", "序号\t地区\t已提前下达\t本次下达", "1\t东城区\t600\t900", "2\t西城区\t500\t700"].join("\n"));
    expect(table!.targets.map((t) => [t.value, t.kind])).toEqual([[600, "status"], [900, "goal"], [500, "status"], [700, "goal"]]);
    const [bulletin] = one(["2025年一季度重点项目建设情况通报", "一季度，全市新开工项目应开工18个，实际开工15个。"].join("\n"));
    expect(bulletin!.targets.map((t) => [t.value, t.kind])).toEqual([[18, "goal"], [15, "status"]]);
  });

  it("reads 1.1 编制目的 as a heading and 4.2.1 clauses (Ⅳ级响应…) as measures, and a tab-separated contact list as a table", () => {
    const text = ["某县防汛抗旱应急预案", "1 总则", "1.1 编制目的", "做好水旱灾害突发事件防范与处置工作。", "4 应急响应", "4.2 响应行动", "4.2.1 Ⅳ级响应行动：县防指副总指挥主持会商，每日报告1次汛情。", "4.2.2 Ⅲ级响应行动：每日报告汛情不少于2次。", "附件1", "县防汛抗旱指挥部成员单位联系方式", "单位\t职务\t值班电话", "县应急管理局\t局长\t0736-5212110", "县水利局\t局长\t0736-5223456"].join("\n");
    const [plan, contacts] = one(text);
    expect(plan!.sections.map((s) => [s.title, s.level])).toEqual([["1 总则", 1], ["1.1 编制目的", 2], ["4 应急响应", 1], ["4.2 响应行动", 2]]);
    expect(plan!.measures.map((m) => [m.marker, m.ordinal])).toEqual([["4.2.1", 1], ["4.2.2", 2]]);
    expect(contacts!.title).toBe("县防汛抗旱指挥部成员单位联系方式");
    expect([contacts!.sections, contacts!.measures, contacts!.targets]).toEqual([[], [], []]);
  });
});

describe("application guides and county pages of the thirty-fourth and thirty-ninth probe rounds", () => {
  it("joins joint issuers stacked over a title into it, and reads seal lines on a form as no headings", () => {
    const text = ["中共岳川市委人才工作领导小组办公室", "岳川市人力资源和社会保障局", "关于组织申报2026年度岳川市“岳英计划”", "高层次人才项目的通知", "", "各县（市、区）委组织部：", "一、支持方向", "重点支持急需紧缺人才。", "（盖章）　　　　　　　　（盖章）", "（盖章）    年    月    日"].join("\n");
    const [notice] = one(text);
    expect(notice!.title).toBe("中共岳川市委人才工作领导小组办公室岳川市人力资源和社会保障局关于组织申报2026年度岳川市“岳英计划”高层次人才项目的通知");
    expect(notice!.sections.filter((s) => /关于|盖章|人才项目的通知/u.test(s.title))).toEqual([]);
  });

  it("reads a 数读 box's lines in Chinese numerals as data, and a page announcing a year's projects as planning them", () => {
    const page = ["旌川县发布2026年十件民生实事项目", "本报讯（记者 方晓岚）县政府日前发布2026年十件民生实事项目。", "1、改造老旧小区二十六个，惠及居民一千二百户。", "数读", "七点八亿元　计划总投资", "累计服务　四十六万人次"].join("\n");
    const [doc] = one(page);
    expect(doc!.sections.map((s) => s.title)).toEqual(["数读"]);
    expect(doc!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[10, "件", "goal"], [26, "个", "goal"], [1200, "户", "goal"], [7.8, "亿元", "goal"], [46, "万人次", "status"]]);
  });
});

describe("Markdown pages and reports of the thirty-fourth and thirty-sixth probe rounds", () => {
  it("reads —— items with a space after the dash, a table's caption opening with 《, and download and related-article lists as chrome", () => {
    const md = ["# 某县客货邮融合发展实施方案（征求意见稿）", "", "—— 建立县级客货邮综合服务中心。", "", "—— 推进乡镇综合运输服务站建设。", "", "表1　《条例》施行前后主要指标对比", "", "**附件：**", "", "1. [申报表.docx](https://example.gov.cn/a.docx)", "2. [承诺书.pdf](https://example.gov.cn/b.pdf)", "", "**相关文章：**", "", "- [某县出台客货邮融合发展措施](https://example.gov.cn/c.html)"].join("\n");
    const [doc] = one(md, "t.md");
    expect(doc!.measures.map((m) => m.marker)).toEqual(["——", "——"]);
    expect(doc!.sections).toEqual([]);
  });
});

describe("a policy digest of the thirty-seventh probe round", () => {
  it("makes each headlined item of a digest a document: the column label and its issue line are chrome, an item ends at its source", () => {
    const digest = ["政策速递", "", "2025年第41期（10月13日—10月19日）　　本期编辑：何苗", "", "工信部等八部门推动新型储能制造业高质量发展", "10月14日，工业和信息化部等八部门印发行动方案。到2027年，培育3—5家龙头企业。", "（来源：工业和信息化部网站）", "", "山东：农村低保标准提高至每人每年7200元", "全省农村低保标准由每人每年6600元提高到7200元。", "（来源：大众日报）"].join("\n");
    const docs = one(digest);
    expect(docs.map((doc) => [doc.title, doc.sections.length])).toEqual([["工信部等八部门推动新型储能制造业高质量发展", 0], ["山东：农村低保标准提高至每人每年7200元", 0]]);
    expect(docs[1]!.targets.map((t) => [t.value, t.from])).toEqual([[7200, 6600]]);
  });
});

describe("brief items of the thirty-ninth probe round", () => {
  it("joins a long ● item broken mid-word to its next line, and leaves a short one and an unpunctuated list alone", () => {
    const [briefs] = one(["民生简讯", "●县政务服务中心推行“一件事一次办”，企业开办时限由五个工作日压", "缩至两个工作日。", "●县医保局开展集中宣传", "●县人社局举办招聘会"].join("\n"));
    expect(briefs!.targets.map((t) => [t.value, t.unit, t.from])).toEqual([[2, "个工作日", 5]]);
    expect(briefs!.diagnostics.filter((d) => d.code === "column-break-doubtful")).toEqual([]);
  });
});

describe("replies, reports, meeting news and speeches of the fortieth to forty-fifth probe rounds", () => {
  it("reads a 名单's lines as entries of a list: no headings, and never joined as a broken sentence", () => {
    const names = ["王建国　　成都市应急管理局防汛抗旱科科长", "李　强　　成都市都江堰市应急管理局副局长", "张丽华（女）　　自贡市沿滩区应急管理局综合减灾股股长", "陈志刚　　攀枝花市第二人民医院急诊科主任", "吉克阿依（女，彝族）　　凉山州越西县应急管理局二级主任科员"];
    const units = ["成都市应急管理局防汛抗旱科", "自贡市荣县应急管理局", "泸州市古蔺县二郎镇人民政府", "绵阳市平武县应急管理局", "四川省森林消防总队机动支队第三大队"];
    const [list] = one(["2025年全省防汛抢险救灾工作表现突出集体和个人名单", "", "一、表现突出集体（5个）", ...units, "", "二、表现突出个人（5名）", ...names].join("\n"));
    expect(list!.sections.map((s) => s.title)).toEqual(["一、表现突出集体（5个）", "二、表现突出个人（5名）"]);
    expect(list!.diagnostics.filter((d) => d.code.startsWith("column-break"))).toEqual([]);
  });

  it("finds a reply's title past its page's labels, signer and class, over two lines, and reads its review as reported", () => {
    const reply = ["【发布日期：2025-08-06】【信息来源：市生态环境局】【阅读次数：318】", "公开方式：主动公开", "鹏川市生态环境局", "A类", "鹏环建复〔2025〕14号　　　签发人：罗振华", "鹏川市生态环境局关于市十五届人大", "五次会议第0219号建议的答复", "陈海燕代表：", "一、工作开展情况", "1、加快城镇小区配套园治理。移交办成普惠性民办园14所。", "2、落实扶持政策。区财政按照每生每年1200元标准给予生均补助，2024年共拨付补助资金1260万元。", "3、强化监管。已会同市市场监管局将加装电梯纳入监管平台，实现100%在线监测。", "二、下一步工作", "新增普惠性学位3000个。"].join("\n");
    const [doc] = one(reply);
    expect(doc!.title).toBe("鹏川市生态环境局关于市十五届人大五次会议第0219号建议的答复");
    expect(doc!.sections.map((s) => s.title)).toEqual(["一、工作开展情况", "二、下一步工作"]);
    expect(doc!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[14, "所", "status"], [1200, "元", "goal"], [1260, "万元", "status"], [100, "%", "status"], [3000, "个", "goal"]]);
  });

  it("reads audit, rectification and yearly reports as reports, and a part on requirements carried out as review", () => {
    const audit = one(["关于2024年度市级预算执行和其他财政收支的审计工作报告", "一、市级预算执行审计情况", "市级一般公共预算收入总量为187.42亿元，违规结算医保基金1362.8万元，给予党纪政务处分19人，9项专项资金2.14亿元未及时分配。"].join("\n"))[0]!;
    expect(audit.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[187.42, "亿元", "status"], [1362.8, "万元", "status"], [19, "人", "status"], [9, "项", "status"], [2.14, "亿元", "status"]]);
    const yearly = one(["某县人民政府2024年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息5126条，网站平均访问响应时间缩短至1.2秒以内，抽查案卷180卷。", "2.2024年，我镇共办理县人大代表建议3件。"].join("\n"))[0]!;
    expect(yearly.targets.map((t) => [t.value, t.unit, t.kind, t.comparator])).toEqual([[5126, "条", "status", "eq"], [1.2, "秒", "status", "lte"], [180, "卷", "status", "eq"], [3, "件", "status", "eq"]]);
  });

  it("reads a form's ragged tab tables: captions and group labels are no headings or measures, counts right-aligned under the header", () => {
    const form = ["某县2024年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息5126条。", "二、收到和处理政府信息公开申请情况", "单位：件", "第二十条第（五）项", "信息内容\t本年处理决定数量", "行政许可\t2846", "申请人情况\t自然人\t法人或其他组织\t总计", "一、本年新收政府信息公开申请数量\t64\t11\t75", "三、本年度办理结果", "（一）予以公开\t29\t5\t34", "（三）不予公开\t1.属于国家秘密\t0\t0\t0", "5.危及“三安全一稳定”\t1\t0\t1", "（七）总计\t63\t11\t74", "三、存在的主要问题及改进情况", "一是政策解读形式较为单一。"].join("\n");
    const [doc] = one(form);
    expect(doc!.sections.map((s) => s.title)).toEqual(["一、总体情况", "二、收到和处理政府信息公开申请情况", "三、存在的主要问题及改进情况"]);
    expect(doc!.measures.map((m) => m.marker)).toEqual(["一是"]);
    const cells = doc!.targets.filter((t) => t.unit === "件");
    expect(cells.map((t) => t.value)).toEqual([2846, 64, 11, 75, 29, 5, 34, 0, 0, 0, 1, 0, 1, 63, 11, 74]);
    expect(cells.map((t) => t.kind)).toEqual(Array(16).fill("status"));
    // (the row's words, both cells of a merged label, name the count; the column names which one)
    expect([cells[1]!.indicator, cells[9]!.indicator]).toEqual(["本年新收政府信息公开申请数量(自然人)", "不予公开 1.属于国家秘密(总计)"]);
  });

  it("reads a speech: [掌声] is no heading, 一要 items and a part on the next year plan, a rank is no figure, and a speech after the news of its meeting is a document", () => {
    const speech = ["在全县经济工作会议上的讲话", "（2025年12月29日）", "一、关于2025年工作", "全县排名由第9位上升到第5位，新建茶园1.5万亩。", "[掌声]", "二、关于2026年工作", "新建标准化茶园2万亩，储备项目200个以上。", "一要坚定不移抓产业。力争规模以上工业增加值增长8%以上，重大项目300个以上。"].join("\n");
    const [doc] = one(speech);
    expect(doc!.sections.map((s) => s.title)).toEqual(["一、关于2025年工作", "二、关于2026年工作"]);
    expect(doc!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[1.5, "万亩", "status"], [2, "万亩", "goal"], [200, "个", "goal"], [8, "%", "goal"], [300, "个", "goal"]]);
    const page = one(["全市组织工作会议召开", "本报讯（记者 苏 航）11月14日，全市组织工作会议召开。", "在全市组织工作会议上的讲话（摘要）", "市委常委、组织部部长　何静怡", "一是建强村级组织。每年对村党组织书记轮训一遍。"].join("\n"));
    expect(page.map((d) => d.title)).toEqual(["全市组织工作会议召开", "在全市组织工作会议上的讲话（摘要）"]);
  });

  it("reads 口, 个次, a footnote's mark on a Markdown table's cell or label, and 由…提高到 in news of a policy's contents as planned", () => {
    const [news] = one(["永宁县出台酿酒葡萄种植保险补贴政策", "本报讯　近日，永宁县出台酿酒葡萄种植保险保费补贴政策，主要内容包括：①县级财政按保费的30%给予补贴；②每亩保额由原来的2000元提高到3500元。"].join("\n"));
    expect(news!.targets.map((t) => [t.value, t.unit, t.kind, t.from])).toEqual([[30, "%", "goal", null], [3500, "元", "goal", 2000]]);
    const [report] = one(["全县冬春水利建设扎实推进", "本报讯　今年以来，全县整治塘堰2600口，检查在建工地4650个次。"].join("\n"));
    expect(report!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[2600, "口", "status"], [4650, "个次", "status"]]);
    const [plan] = one(["# 规划", "", "| 指标 | 2025年 | 2030年 |", "|---|---|---|", "| 高新技术企业数（家）[^2] | 1136 | 2000以上 |", "| 利用率（%） | 58\\* | 65 |", "", "[^2]: 含有效期内的高新技术企业。"].join("\n"), "t.md");
    expect(plan!.targets.map((t) => [t.value, t.unit])).toEqual([[1136, "家"], [2000, "家"], [58, "%"], [65, "%"]]);
  });
});

describe("lists, rules, amendments and newspaper pages of the forty-sixth to fifty-first probe rounds", () => {
  it("keeps a 名单's group lines as headings between its entries, and a numbered list's last line an item", () => {
    const [list] = one(["2024年度先进个人名单", "二、先进个人（6名）", "南宁市（3名）", "韦丽萍（女，壮族）　南宁市人力资源和社会保障局就业促进科科长", "黄志强　南宁市公共就业服务中心主任", "陆　敏（女）　南宁市西乡塘区人力资源和社会保障局一级主任科员", "柳州市（3名）", "蒙晓东　柳州市人力资源和社会保障局就业促进科科长", "廖春燕（女）　柳州市第一职业技术学校就业指导办公室主任", "吴建军（侗族）　三江侗族自治县就业服务中心主任"].join("\n"));
    expect(list!.sections.map((s) => s.title)).toEqual(["二、先进个人（6名）", "南宁市（3名）", "柳州市（3名）"]);
    const [notice] = one(["关于拟认定龙头企业的公示", "一、拟认定名单", "（一）南昌市（2家）", "1.江西绿野春天食品有限公司", "2.南昌三和米业有限公司", "（二）赣州市（2家）", "3.赣州九丰农业发展有限公司", "4.寻乌县桔都果业有限公司", "二、公示时间", "公示期为7个自然日（2025年12月15日至21日）。"].join("\n"));
    expect(notice!.measures.map((m) => m.marker)).toEqual(["1.", "2.", "3.", "4."]);
    expect(notice!.targets.map((t) => [t.value, t.unit])).toEqual([[7, "个自然日"]]);
  });

  it("opens a document at a 公示 after another notice, reads a term and a meeting's decisions as set, and a period named as no figure", () => {
    const page = one(["沧澜市人大常委会任免名单", "任命：赵立新为沧澜市人民政府副市长。", "市管干部任职前公示", "根据《党政领导干部选拔任用工作条例》等有关规定，经市委研究，拟对以下同志任职，现予以公示：", "对拟提拔担任领导职务的同志，实行任职试用期制度，试用期为一年。"].join("\n"));
    expect(page.map((d) => d.title)).toEqual(["沧澜市人大常委会任免名单", "市管干部任职前公示"]);
    expect(page[1]!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[1, "年", "goal"]]);
    const [news] = one(["市委召开全会", "本报讯 全会指出，“十四五”时期是全市发展极不平凡的五年。会议决定：区属国有企业负责人基本年薪按全区在岗职工平均工资的2倍确定。"].join("\n"));
    expect(news!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[2, "倍", "goal"]]);
  });

  it("reads an amendment's replaced wording as one figure changed from the old, and its quoted items as measures", () => {
    const [decision] = one(["国务院关于修改《农村公路养护管理条例》的决定", "二、将第六条中的“5%”修改为“6%”。", "五、将第十三条中的“三十日内”修改为“十五日内”。", "七、将第十八条中的“处2000元以上1万元以下的罚款”修改为“处5000元以上3万元以下的罚款”。", "八、将第二十条修改为：“从事农村公路养护作业的单位应当具备下列条件：", "“（一）有不少于5名公路工程专业技术人员；", "“（二）有相应的养护机械设备。”"].join("\n"));
    expect(decision!.targets.map((t) => [t.value, t.to, t.unit, t.from])).toEqual([[6, null, "%", 5], [15, null, "日", 30], [5000, 30000, "元", 2000], [5, null, "名", null]]);
    expect(decision!.measures.map((m) => m.marker)).toEqual(["二、", "五、", "七、", "八、", "（一）", "（二）"]);
  });

  it("reads 一 before a bounded measure, 分贝, and a dateline's or another paper's byline as bylines", () => {
    const [rule] = one(["某市燃气管理条例", "第十条 瓶装燃气供应站之间的距离一般不小于一公里，音量不得超过六十分贝。"].join("\n"));
    expect(rule!.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[1, "公里", "gte"], [60, "分贝", "lte"]]);
    const page = one(["青稞产业提质增效", "本报拉萨7月14日讯（记者　次仁卓嘎）自治区出台措施，全区青稞种植面积稳定在210万亩。", "湘菜产业扬帆出海", "湖南日报全媒体记者　周　倩", "全省湘菜产业规模突破8000亿元。"].join("\n"));
    expect(page.map((d) => [d.title, d.byline])).toEqual([["青稞产业提质增效", "本报拉萨7月14日讯(记者 次仁卓嘎)"], ["湘菜产业扬帆出海", "湖南日报全媒体记者 周 倩"]]);
    expect(page.flatMap((d) => d.sections)).toEqual([]);
  });

  it("opens a document at an interpretation whose subtitle names the official first, its headline commas and all", () => {
    const page = one(["边民互市贸易提质升级", "本报讯（记者 李 明）我区出台措施推动边民互市贸易提质升级。", "图为东兴口岸。本报记者 王 强 摄", "技能强省，新政怎么“发力”", "——自治区商务厅负责人解读《广西推进边民互市贸易高质量发展三年行动方案（2025—2027年）》", "问：《行动方案》出台的背景是什么？", "答：到2027年，全区边民互市贸易额力争突破800亿元。"].join("\n"));
    expect(page.map((d) => d.title)).toEqual(["边民互市贸易提质升级", "技能强省，新政怎么“发力”"]);
    expect(page[1]!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[800, "亿元", "goal"]]);
  });

  it("reads a data box's figure lines and their labels as no headings, and a space-aligned template table with its caption's unit", () => {
    const [news] = one(["边民互市贸易提质升级", "本报讯 我区出台措施推动边民互市贸易提质升级。", "【数说】", "628.5亿元", "全区边民互市贸易额", "26个", "边民互市点"].join("\n"));
    expect(news!.sections).toEqual([]);
    expect(news!.targets.map((t) => [t.value, t.unit])).toEqual([[628.5, "亿元"], [26, "个"]]);
    const [report] = one(["某市2024年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "表2  收到和处理政府信息公开申请情况（单位：件）", "                    自然人   法人或其他组织   总计", "一、本年新收政府信息公开申请数量          1108        108          1216", "三、本年度办理结果", "  （一）予以公开                           496         47           543", "四、存在的主要问题及改进情况", "一是政策解读形式较为单一。"].join("\n"));
    expect(report!.sections.map((s) => s.title)).toEqual(["三、收到和处理政府信息公开申请情况", "四、存在的主要问题及改进情况"]);
    expect(report!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[1108, "件", "status"], [108, "件", "status"], [1216, "件", "status"], [496, "件", "status"], [47, "件", "status"], [543, "件", "status"]]);
  });
});

describe("Markdown news, interpretations and notices with attachments of the fifty-second to fifty-seventh probe rounds", () => {
  it("makes each top-level Markdown title of a file a document, and a rule after the decision approving it a document of its own", () => {
    const md = ["# 我省出台汽车产业高质量发展若干措施", "", "到2027年，全省汽车产量力争突破450万辆。", "", "# 合肥前三季度新能源汽车产量增长三成", "", "今年前三季度，全市规上工业总产值3.21万亿元。"].join("\n");
    const docs = one(md, "t.md");
    expect(docs.map((d) => d.title)).toEqual(["我省出台汽车产业高质量发展若干措施", "合肥前三季度新能源汽车产量增长三成"]);
    expect(docs[1]!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[3.21, "万亿元", "status"]]);
    const text = ["某省人大常委会关于批准《金屏瑶族自治县森林防火条例》的决定", "省十四届人大常委会第二十次会议决定：批准《金屏瑶族自治县森林防火条例》，由自治县人民代表大会常务委员会公布施行。", "金屏瑶族自治县森林防火条例", "第一章　总　则", "第一条　为了预防和扑救森林火灾，制定本条例。"].join("\n");
    expect(one(text).map((d) => d.title)).toEqual(["某省人大常委会关于批准《金屏瑶族自治县森林防火条例》的决定", "金屏瑶族自治县森林防火条例"]);
  });

  it("reads an infographic's value lines (60%以上, 每人每月300元) as figures, not headings, and a share changed in words as one figure", () => {
    const [doc] = one(["一图读懂托育新政", "二、主要目标", "普惠托育服务覆盖率", "60%以上", "托育补贴标准", "每人每月300元", "三、保障措施", "到2027年，入托率由百分之七十提高至百分之八十以上，学校由184所增至198所。"].join("\n"));
    expect(doc!.sections.map((s) => s.title)).toEqual(["二、主要目标", "三、保障措施"]);
    expect(doc!.targets.map((t) => [t.value, t.unit, t.comparator, t.from])).toEqual([[60, "%", "gte", null], [300, "元", "eq", null], [80, "%", "gte", 70], [198, "所", "eq", 184]]);
  });

  it("reads 首 and 段 as units but not a mileage stake, 两个 counting power stations, and 续表 as no heading", () => {
    const [plan] = one(["某市能源发展规划", "专栏3　重点工程", "到2030年，建成两个抽水蓄能电站，收录古籍方剂1.5万首，建成绿道12段。", "续表", "对K1186+300至K1187+150段实施全封闭施工。"].join("\n"));
    expect(plan!.sections.map((s) => s.title)).toEqual(["专栏3　重点工程"]);
    expect(plan!.targets.map((t) => [t.value, t.unit])).toEqual([[2, "个"], [1.5, "万首"], [12, "段"]]);
  });

  it("gives a list of figures the bound a word before its first sets (分别不低于每公里10000元、5000元、3000元)", () => {
    const [plan] = one(["某省农村公路养护管理办法", "第六条 县道、乡道、村道年平均养护资金分别不低于每公里10000元、5000元、3000元；每户每年补助不超过300元。"].join("\n"));
    expect(plan!.targets.map((t) => [t.value, t.comparator])).toEqual([[10000, "gte"], [5000, "gte"], [3000, "gte"], [300, "lte"]]);
  });

  it("keeps numbered group lines of a 名单 as headings between its unpunctuated entries", () => {
    const [list] = one(["2025年省级乡村旅游重点村名单", "一、雾川市（3个）", "雾川市沙甸镇三家村", "雾川市草坝镇碧色寨村", "雾川市河口镇石门村", "二、滇阳县（2个）", "滇阳县温泉镇双龙村", "滇阳县宝华镇朝阳村"].join("\n"));
    expect(list!.sections.map((s) => [s.title, s.subtitle])).toEqual([["一、雾川市（3个）", null], ["二、滇阳县（2个）", null]]);
  });
});

describe("grassroots posts, case bulletins, finance releases and county papers of the sixtieth to sixty-fifth probe rounds", () => {
  it("starts a document at a column label's next title (▍通知公告, 【公约全文】), at 附：…, and at a county paper's dateline items", () => {
    const post = ["宜溪：早稻集中育秧全面铺开", "宜溪农业农村 宜溪农业农村", "2026年03月27日 18:05 江西", "　　宜溪讯（县融媒体中心记者 邹佳怡）连日来，全县建设育秧工厂9个。", "▍通知公告", "宜溪县农业农村局关于开展早稻育秧补贴申报工作的通知", "各乡镇人民政府：", "　　现就补贴申报工作通知如下。", "【公约全文】", "锦绣社区居民公约", "一、热爱祖国，遵守法律法规。", "附：村规民约三字经", "村规约，大家定；讲文明，树新风。", "扫描二维码 关注我们", "分享　收藏　在看　点赞"].join("\n");
    const docs = one(post);
    expect(docs.map((d) => [d.title, d.byline])).toEqual([
      ["宜溪：早稻集中育秧全面铺开", "宜溪讯(县融媒体中心记者 邹佳怡)"],
      ["宜溪县农业农村局关于开展早稻育秧补贴申报工作的通知", null],
      ["锦绣社区居民公约", null],
      ["村规民约三字经", null],
    ]);
    expect(docs[0]!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[9, "个", "status"]]);
  });

  it("takes a county paper's short name over its page header, and a bulletin's name over its issue number, as mastheads", () => {
    const page = ["清江报", "2026年5月14日　星期四　第4版　综合新闻　责任编辑：杨　梅", "让农村老人老有所养", "本报讯（记者 龙琴）全县今年新建互助幸福院48个。", "简　讯", "▲5月12日，县应急管理局组织开展防汛演练，出动救援人员150余人、冲锋舟8艘。", "▲5月13日，县教育局排查校园隐患点213处。"].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["让农村老人老有所养", "简　讯"]);
    expect(docs[1]!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[150, "人", "status"], [8, "艘", "status"], [213, "处", "status"]]);
    const bulletin = ["督　查　通　报", "第9期", "冀中市人民政府督查室　　　　　　2025年11月6日", "关于全市安全生产和消防安全", "专项督查情况的通报", "一、总体情况", "　　共抽查企业213家，发现问题隐患687项。", "二、有关要求", "　　各地要抓好整改。"].join("\n");
    const [report] = one(bulletin);
    expect(report!.title).toBe("关于全市安全生产和消防安全专项督查情况的通报");
    expect(report!.sections.map((s) => [s.level, s.title])).toEqual([[1, "一、总体情况"], [1, "二、有关要求"]]);
  });

  it("keeps bracketed and case subheads as headings, never as the subtitle of the heading above them", () => {
    const [cases] = one(["某市市场监管局公布典型案例", "一、某生物科技有限公司虚假宣传案", "【基本案情】", "　　当事人共销售该产品3862盒，陈列17包。", "【处理结果】", "　　市场监管局对当事人作出责令停止违法行为，并处罚款30万元的行政处罚。", "【典型意义】", "　　根据该款规定，并处五万元以上十万元以下罚款。", "（其余3人略）"].join("\n"));
    expect(cases!.sections.map((s) => [s.level, s.title, s.subtitle?.text ?? null])).toEqual([[1, "一、某生物科技有限公司虚假宣传案", null], [2, "【基本案情】", null], [2, "【处理结果】", null], [2, "【典型意义】", null]]);
    expect(cases!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[3862, "盒", "status"], [17, "包", "status"], [30, "万元", "status"], [5, "万元", "goal"], [3, "人", "status"]]);
    const [white] = one(["# 某市中级人民法院环境资源审判白皮书", "", "## 四、典型案例", "", "**案例一：被告人马某某非法采矿案**", "", "被告人非法开采砂石1.86万立方米。", "", "**案例二：某县申请执行行政处罚决定案**", "", "涉案耕地12亩。"].join("\n"), "t.md");
    expect(white!.sections.map((s) => [s.level, s.title, s.implicit])).toEqual([[1, "四、典型案例", false], [2, "案例一：被告人马某某非法采矿案", false], [2, "案例二：某县申请执行行政处罚决定案", false]]);
    const [guide] = one(["某社区议事会工作纪实", "【议起来：居民事居民商】", "今年以来召开议事会6场。"].join("\n"));
    expect(guide!.sections.map((s) => s.title)).toEqual(["【议起来：居民事居民商】"]);
  });

  it("reads a report's months (2025年前三季度, 1—5月) as its period, an event's day as what happened, and a minus sign after a verb", () => {
    const [release] = one(["绵江市外贸金融支持政策解读", "1—5月，全市货物进出口总额412.6亿元，同比增长-0.5%；前三季度全省科技型企业发行债券合计86.5亿元，净融资-3.2亿元。", "2026年6月30日前，完成整改100处。"].join("\n"));
    expect(release!.targets.map((t) => [t.value, t.kind])).toEqual([[412.6, "status"], [-0.5, "status"], [86.5, "status"], [-3.2, "status"], [100, "goal"]]);
    const [accident] = one(["醴江区火灾事故调查报告（摘要）", "2025年8月14日凌晨2时许，仓库发生火灾，造成3人死亡，直接经济损失1206.5万元。该单位近3个月未组织消防演练。"].join("\n"));
    expect(accident!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[3, "人", "status"], [1206.5, "万元", "status"]]);
    const [stats] = one(["2025年前三季度全省经济运行情况", "根据统一核算结果，2025年前三季度全省地区生产总值9386.4亿元，同比增长5.8%。"].join("\n"));
    expect(stats!.targets.map((t) => [t.indicator, t.kind])).toEqual([["前三季度全省地区生产总值", "status"], ["前三季度全省地区生产总值同比增长", "status"]]);
  });

  it("counts 桌 盘 盒 尾 台次, a bound over a list of counts, and 每户至少1人, but not 每加油100升, a quoted slogan's 争取 or 7条硬核措施", () => {
    const [rules] = one(["岜扣村村规民约", "婚宴规模控制在20桌以内，育秧12万盘，增殖放流鱼苗86万尾，出动车辆120台次。每个县至少办好1所综合医院和1所中医医院。鼓励每户至少1人参加。每加油100升少计量约1.8升。", "公约共十二条。县里从种植、加工等方面提出7条硬核措施。"].join("\n"));
    expect(rules!.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[20, "桌", "lte"], [12, "万盘", "eq"], [86, "万尾", "eq"], [120, "台次", "eq"], [1, "所", "gte"], [1, "所", "gte"], [1, "人", "gte"], [1.8, "升", "approx"]]);
    const [news] = one(["蒲源镇院坝说事见成效", "本报讯（记者 杨雪梅）村里提出“自筹一部分、争取一部分”的办法，很快筹集资金18万元。"].join("\n"));
    expect(news!.targets.map((t) => [t.value, t.kind, t.hedged])).toEqual([[18, "status", false]]);
  });
});

describe("local standards and technical guides of the sixtieth probe round", () => {
  const standard = [
    "ICS 65.020.20", "CCS B 35", "DB52", "贵　州　省　地　方　标　准", "DB52/T 1873—2025", "代替DB52/T 1126—2016", "",
    "生态茶园建设与管理技术规程", "Technical code for construction and management of ecological tea garden", "",
    "2025-06-18发布　　　　　　2025-09-01实施", "贵州省市场监督管理局　　发 布", "",
    "目　　次", "前言", "1 范围", "2 规范性引用文件", "附录A（规范性）茶园农事操作记录", "",
    "前　　言", "本文件按照GB/T 1.1—2020的规定起草。", "",
    "生态茶园建设与管理技术规程", "",
    "1 范围", "本文件规定了生态茶园建设与管理的要求。", "",
    "2 规范性引用文件", "GB 5084　农田灌溉水质标准", "NY/T 5018　茶叶生产技术规程", "",
    "5 园地选择", "5.1 园地选择", "茶园宜选择海拔600 m～1500 m、坡度不大于25°的地块，距污染源5 km以上。", "单位为毫克每千克", "表1 土壤环境质量要求",
    "5.2园地规划应因地制宜。", "5.2.1.1 样品保存48 h以上，不少于125 g，照度不应低于5 lx。", "V＝10HφF", "",
    "附录A", "A.1 茶园应建立农事操作记录，保存3年以上。", "表A.1 茶园农事操作记录表",
  ].join("\n");

  it("reads the cover as metadata, the 目次 as no headings, 前言 and 附录A beside the chapters, and a repeated title as no section", () => {
    const docs = one(standard);
    expect(docs.map((d) => d.title)).toEqual(["生态茶园建设与管理技术规程"]);
    const [doc] = docs;
    expect(doc!.sections.map((s) => [s.level, s.title])).toEqual([[1, "前　　言"], [1, "1 范围"], [1, "2 规范性引用文件"], [1, "5 园地选择"], [2, "5.1 园地选择"], [1, "附录A"]]);
    expect(doc!.measures.map((m) => m.marker)).toEqual(["5.2", "5.2.1.1", "A.1"]);
  });

  it("reads SI units (m, km, °, h, g, lx) with their bounds, but not 5g networks or a latitude", () => {
    const [doc] = one(standard);
    expect(doc!.targets.map((t) => [t.value, t.to, t.unit, t.comparator])).toEqual([[600, 1500, "m", "eq"], [25, null, "°", "lte"], [5, null, "km", "gte"], [48, null, "h", "gte"], [125, null, "g", "gte"], [5, null, "lx", "gte"], [3, null, "年", "gte"]]);
    const [news] = one(["贺兰山东麓葡萄酒产区", "产区位于北纬37°—39°之间，建成5g基站120个。"].join("\n"));
    expect(news!.targets.map((t) => [t.value, t.unit])).toEqual([[120, "个"]]);
  });
});

describe("enterprise policies and finance reports of the sixty-second and sixty-third probe rounds", () => {
  it("reads 1亿元（含）以上、5亿元以下 as one band, a bound over a title, and a wrapped list of articles referred to as no article", () => {
    const [rules] = one(["澄江市促进民营经济发展若干措施实施细则", "（2026年3月9日　澄商规〔2026〕2号）", "一、对年营业收入1亿元（含）以上、5亿元以下的企业给予奖励。", "二、工业用地出让价可按不低于所在地土地等别相对应《全国工业用地出让最低价标准》的70%执行。", "三、《若干措施》第五条、", "第六条有关内容与本细则不一致的，以本细则为准。"].join("\n"));
    expect(rules!.title).toBe("澄江市促进民营经济发展若干措施实施细则");
    expect(rules!.targets.map((t) => [t.value, t.to, t.unit, t.comparator])).toEqual([[1, 5, "亿元", "eq"], [70, null, "%", "gte"]]);
    expect(rules!.measures.map((m) => m.marker)).toEqual(["一、", "二、", "三、"]);
  });

  it("ends a title at its bracketed kind, and keeps a speech's dated occasion out of the title", () => {
    const [report] = one(["2025年第三季度广东省货币政策执行报告（摘要）", "", "中国人民银行广东省分行货币政策分析小组", "", "内容摘要", "", "9月末，全省本外币各项贷款余额30.12万亿元，同比增长6.3%。"].join("\n"));
    expect(report!.title).toBe("2025年第三季度广东省货币政策执行报告（摘要）");
    expect(report!.sections.map((s) => s.title)).toEqual(["内容摘要"]);
    expect(report!.targets.map((t) => t.kind)).toEqual(["status", "status"]);
    const [speech] = one(["# 青岚区2026年政府工作报告（摘要）", "", "> 2026年1月6日在青岚区第三届人民代表大会第六次会议上　区长　邵明哲", "", "## 一、2025年工作回顾", "", "全区地区生产总值增长6.1%。"].join("\n"), "t.md");
    expect([speech!.title, speech!.sections.map((s) => s.title)]).toEqual(["青岚区2026年政府工作报告（摘要）", ["一、2025年工作回顾"]]);
  });
});

describe("work reports, evaluations, price notices, campaign plans and standards of the sixty-sixth to seventieth probe rounds", () => {
  it("reads an evaluation report as a report, its 绩效目标 as goals, signs in prose, and not its own indicator system", () => {
    const [report] = one(["临澜县城乡供水项目绩效评价报告", "一、项目概况", "项目预算资金2000万元，实际支出1856.3万元，执行率92.8%。评价体系设4个一级指标、11个二级指标。", "二、绩效目标", "建成供水管网180公里，受益群众满意度≥90%，问题整改时限≤3天。", "三、存在问题", "各乡镇执行率差异较大，最低的仅为54.3%。"].join("\n"));
    expect(report!.targets.map((t) => [t.value, t.kind, t.comparator])).toEqual([[2000, "status", "eq"], [1856.3, "status", "eq"], [92.8, "status", "eq"], [180, "goal", "eq"], [90, "goal", "gte"], [3, "goal", "lte"], [54.3, "status", "eq"]]);
  });

  it("keeps a plan's task heading that builds on a base a plan, and a report's glossary at the top level", () => {
    const [report] = one(["澄源县政府工作报告", "一、2025年工作回顾", "全县地区生产总值增长6.1%。", "二、2026年重点工作", "（一）壮大特色产业，夯实高质量发展基础", "力争农产品加工转化率提高到32%。", "三、全面加强政府自身建设", "各位代表，让我们团结奋斗！", "名词解释", "1.“三品一标”：指绿色、有机、地理标志和达标合格农产品。"].join("\n"));
    expect(report!.sections.map((s) => [s.level, s.title])).toEqual([[1, "一、2025年工作回顾"], [1, "二、2026年重点工作"], [2, "（一）壮大特色产业，夯实高质量发展基础"], [1, "三、全面加强政府自身建设"], [1, "名词解释"]]);
    expect(report!.targets.map((t) => [t.value, t.kind])).toEqual([[6.1, "status"], [32, "goal"]]);
  });

  it("reads a campaign's phase lines as headings, a dated speech line past a page's own lines as no heading, and 2025年第3号 as metadata", () => {
    const [plan] = one(["某县整治工作方案", "2025年第3号", "三、实施步骤", "第一阶段：宣传发动（3月1日—3月10日）", "各乡镇要广泛宣传。", "第二阶段：集中攻坚（3月11日—5月31日）", "完成整治任务的90%以上。"].join("\n"));
    expect(plan!.sections.map((s) => [s.level, s.title])).toEqual([[1, "三、实施步骤"], [2, "第一阶段：宣传发动（3月1日—3月10日）"], [2, "第二阶段：集中攻坚（3月11日—5月31日）"]]);
    const [speech] = one(["# 2026年滏阳县政府工作报告", "", "发布时间：2026-01-20 09:15　　来源：县政府办公室", "", "**——2026年1月15日在滏阳县第十七届人民代表大会第五次会议上**", "", "各位代表：", "", "## 一、2025年工作回顾"].join("\n"), "t.md");
    expect(speech!.sections.map((s) => s.title)).toEqual(["一、2025年工作回顾"]);
  });

  it("reads a price table's cap column as a bound, compound SI units, and no clause number or package size as a figure", () => {
    const [notice] = one(["关于调整城区停车收费标准的通知", "序号\t停车场类别\t首小时（元）\t24小时最高限价（元）", "1\t一类区域\t5\t40", "2\t二类区域\t3\t30", "5升桶装花生油零售价格下降2.3%。"].join("\n"));
    expect(notice!.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[5, "元", "eq"], [40, "元", "lte"], [3, "元", "eq"], [30, "元", "lte"], [2.3, "%", "eq"]]);
    const [standard] = one(["某省民用建筑节能设计标准", "4.1　根据气候分区确定限值，传热系数不应大于0.40 W/(m²·K)，噪声不大于45 dB(A)，车速不宜超过25 km/h，湿度宜为40 %RH～70 %RH，撒布量为20 g/m²～40 g/m²。"].join("\n"));
    expect(standard!.targets.map((t) => [t.value, t.to, t.unit])).toEqual([[0.4, null, "W/(m²·K)"], [45, null, "dB(A)"], [25, null, "km/h"], [40, 70, "%RH"], [20, 40, "g/m²"]]);
  });
});

describe("enrolment rules, medical insurance and flood notices of the seventy-first to seventy-fourth probe rounds", () => {
  it("reads a points rule's step as no figure and the points it awards as goals, and 不足1年 as a threshold", () => {
    const [qa] = one(["积分入学政策问答", "问：积分怎么算？", "答：连续居住每满1年计2分，社保缴费每满12个月计1分；关键区域覆盖率达到100%的得6分。", "户籍迁入时间不足1年的，排在同类别最后。"].join("\n"));
    expect(qa!.targets.map((t) => [t.value, t.unit, t.kind, t.comparator])).toEqual([[2, "分", "goal", "eq"], [1, "分", "goal", "eq"], [100, "%", "goal", "gte"], [6, "分", "goal", "eq"], [1, "年", "goal", "lt"]]);
    const [review] = one(["临澜县供水项目绩效评价报告", "部分工程未按期完成竣工验收，扣2.8分。"].join("\n"));
    expect(review!.targets.map((t) => [t.value, t.kind])).toEqual([[2.8, "status"]]);
  });

  it("counts what there is (全市312座水库) as status, a level exceeded in brackets as more than, and no measuring window or spacing", () => {
    const [plan] = one(["某县防汛应急预案", "全市312座小型水库要落实责任人。当江河水位超过警戒水位（20.00米）时启动Ⅳ级响应。", "过去3小时降雨量50毫米以上，24小时降雨量达到100毫米，物资实行24小时待命，每隔50米设置1处警示标志，预计19日至21日仍有降雨。", "准备帐篷300顶、方便食品1.2万箱，流量1860立方米每秒，等待期不超过4周，缴费年限15年及以下的按月领取。"].join("\n"));
    expect(plan!.targets.map((t) => [t.value, t.unit, t.kind, t.comparator])).toEqual([
      [312, "座", "status", "eq"], [20, "米", "goal", "gt"], [50, "毫米", "goal", "gte"], [100, "毫米", "goal", "gte"], [1, "处", "goal", "eq"],
      [300, "顶", "goal", "eq"], [1.2, "万箱", "goal", "eq"], [1860, "立方米每秒", "goal", "eq"], [4, "周", "goal", "lte"], [15, "年", "goal", "lte"],
    ]);
  });

  it("reads a weather bulletin's masthead and issue number as opening its own text, and a title's bracketed revision as its own", () => {
    const docs = one(["桂南市气象台发布暴雨橙色预警信号", "（2025年6月18日15时30分）", "桂南市气象台发布暴雨橙色预警信号，请注意防范。", "桂南市气象台", "重要天气报告", "2025年第9期", "桂南市气象台　　　　　　2025年6月18日16时", "“龙舟水”强降雨持续", "一、雨情实况", "全市有63个乡镇累计雨量超过100毫米。"].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["桂南市气象台发布暴雨橙色预警信号", "“龙舟水”强降雨持续"]);
    expect(docs[1]!.sections.map((s) => [s.level, s.title])).toEqual([[1, "一、雨情实况"]]);
    const [plan] = one(["瓯南县防汛防台应急预案（节选）", "", "（2024年修订）", "", "六、应急响应", "", "（一）响应分级", "", "按照灾害严重程度，响应分为四级。"].join("\n"));
    expect([plan!.title, plan!.sections.map((s) => s.level)]).toEqual(["瓯南县防汛防台应急预案（节选）（2024年修订）", [1, 2]]);
  });
});

describe("environmental bulletins of the seventy-second probe round", () => {
  it("counts a breakdown after a total (共48个，其中国考断面14个), the unit 道, and a target named in brackets as a goal", () => {
    const [bulletin] = one(["甘阳市生态环境状况公报", "全市纳入考核的地表水断面共48个，其中国考断面14个、省考断面34个。县级总河湖长签发总河湖长令2道。PM2.5平均浓度39微克/立方米，较年度目标（38微克/立方米）高1微克/立方米。"].join("\n"));
    expect(bulletin!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[48, "个", "status"], [14, "个", "status"], [34, "个", "status"], [2, "道", "status"], [39, "微克/立方米", "status"], [38, "微克/立方米", "goal"], [1, "微克/立方米", "status"]]);
  });
});

describe("counts and table units from the seventy-third and seventy-fourth probe rounds", () => {
  it("reads both counts of 12户35间, the last age of a list after 年满, and a Markdown table's unit column past a (基准值) header", () => {
    const [report] = one(["霍岚县7·20洪涝灾情报告", "倒塌房屋12户35间，对年满70周岁、75周岁、80周岁的受灾老人每人补助500元。"].join("\n"));
    expect(report!.targets.map((t) => [t.value, t.unit])).toEqual([[12, "户"], [35, "间"], [70, "周岁"], [75, "周岁"], [80, "周岁"], [500, "元"]]);
    const [plan] = one(["# 沁州市空气质量持续改善行动方案", "", "| 指标 | 单位 | 2024年（基准值） | 2027年（目标值） |", "|---|---|---|---|", "| PM2.5平均浓度 | 微克/立方米 | 41 | 35 |", "| 优良天数比例 | % | 69.4 | 80 |"].join("\n"), "t.md");
    expect(plan!.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[41, "微克/立方米", 2024], [35, "微克/立方米", 2027], [69.4, "%", 2024], [80, "%", 2027]]);
  });
});

describe("price tables, box questions and items before tables, from the known-gap cases of the seventh session", () => {
  const tariffNotice = [
    "澧州市发展和改革委员会关于调整居民生活用水价格的通知",
    "一、调整内容",
    "（一）居民生活用水继续实行阶梯水价。各档价格如下：",
    "第一阶梯：年用水量0—180立方米（含），3.45元/立方米；",
    "第二阶梯：年用水量180立方米以上，4.83元/立方米。",
    "以上价格均含污水处理费0.95元/立方米。",
    "（二）合表用户按4.14元/立方米执行。",
    "附件：澧州市居民生活用水阶梯价格表",
    "澧州市发展和改革委员会",
    "2025年8月26日",
    "附件",
    "澧州市居民生活用水阶梯价格表",
    "单位：元/立方米",
    "阶梯　　　　年用水量（立方米）　　自来水价格　　综合水价",
    "第一阶梯　　0—180（含）　　　　　2.40　　　　　3.45",
    "第二阶梯　　180以上　　　　　　　3.38　　　　　4.83",
  ].join("\n");

  it("keeps 以上价格均含… in the item whose list it closes, and reads a price table attached to the notice as the prices it sets", () => {
    const [notice, table] = one(tariffNotice);
    expect(notice!.measures.map((m) => m.text.split("\n").length)).toEqual([4, 1]);
    expect(table!.title).toBe("澧州市居民生活用水阶梯价格表");
    // the volume column's bands are figures in the header's unit, (含) no unit; the prices are the table's unit, goals
    expect(table!.targets.map((t) => [t.value, t.to, t.unit, t.kind, t.comparator])).toEqual([
      [0, 180, "立方米", "goal", "eq"], [2.4, null, "元/立方米", "goal", "eq"], [3.45, null, "元/立方米", "goal", "eq"],
      [180, null, "立方米", "goal", "gte"], [3.38, null, "元/立方米", "goal", "eq"], [4.83, null, "元/立方米", "goal", "eq"],
    ]);
  });

  it("reads a list of units attached to a notice (名单（截至…）) as what they have, not as goals", () => {
    const docs = one(["某市人力资源和社会保障局关于开展就业见习基地申报工作的通知", "各区人力资源和社会保障局：", "现将有关事项通知如下。", "附件", "某市现有就业见习基地名单（截至2025年5月底）", "某某电气股份有限公司年均提供见习岗位35个。"].join("\n"));
    expect(docs.at(-1)!.targets.map((t) => [t.value, t.kind])).toEqual([[35, "status"]]);
  });

  it("titles a 相关链接 box by its headline even when the headline asks a question", () => {
    const docs = one(["我市新增公办学位1.8万个", "本报讯（记者　周　敏）今年我市新建学校12所。", "", "相关链接", "", "积分入学怎么算？", "", "①基础分：居住每满1年计2分（最高20分）；", "②加分：在本市有自有住房的计10分。"].join("\n"));
    expect(docs.map((d) => [d.title, d.measures.map((m) => m.marker)])).toEqual([["我市新增公办学位1.8万个", []], ["积分入学怎么算？", ["①", "②"]]]);
  });

  it("keeps an item's second paragraph in it when a table it points to stands before the next item, and no band labelling a table row as a figure", () => {
    const [notice] = one([
      "淮城市医疗保障局关于完善城乡居民大病保险制度的通知",
      "（一）分段支付。5万元以下（含）的部分报销60%，5万元以上的部分报销70%。",
      "特困人员各分段支付比例分别提高10个百分点，具体见下表。",
      "费用分段\t一般参保人员\t特困人员",
      "5万元以下（含）\t60%\t70%",
      "5万元以上\t70%\t80%",
      "（二）最高支付限额。年度最高支付限额为40万元。",
    ].join("\n"));
    expect(notice!.measures.map((m) => [m.marker, m.text.includes("提高10个百分点")])).toEqual([["（一）", true], ["（二）", false]]);
    expect(notice!.targets.map((t) => `${t.value}${t.unit}`)).toEqual(["5万元", "60%", "5万元", "70%", "10个百分点", "60%", "70%", "70%", "80%", "40万元"]);
  });
});

describe("site chrome, gazettes, transcripts and case releases of the seventy-fifth to eighty-second probe rounds", () => {
  it("reads a site's navigation printed as text, its name and address, and a gazette's header as chrome", () => {
    const docs = one(["松溪县人民政府", "www.songxi.gov.cn", "首页", "政务公开", "政务服务", "互动交流", "走进松溪", "信息分类：政策解读", "名　　称：松溪县人民政府办公室关于调整高龄津贴发放标准的通知", "松溪县人民政府办公室关于调整高龄津贴发放标准的通知", "一、发放对象", "具有本县户籍、年满80周岁的老年人。", "本站总访问量：3827651　　建议使用1920×1080分辨率浏览"].join("\n"));
    expect(docs.map((d) => [d.title, d.sections.map((s) => s.title)])).toEqual([["松溪县人民政府办公室关于调整高龄津贴发放标准的通知", ["一、发放对象"]]]);
    expect(docs[0]!.targets.map((t) => `${t.value}${t.unit}`)).toEqual(["80周岁"]);
    const [rule] = one(["枫阳市人民政府公报　2025年第9期（总第213期）", "部门文件", "枫阳市高标准农田建后管护办法", "第一条　为加强高标准农田建后管护，制定本办法。", "第二条　管护期限一般不少于3年。"].join("\n"));
    expect([rule!.title, rule!.measures.map((m) => m.marker)]).toEqual(["枫阳市高标准农田建后管护办法", ["第一条", "第二条"]]);
  });

  it("opens a plan at its title on the page after its notice's end, though the same line runs over its later pages", () => {
    const docs = one(["云堡市农业农村局关于印发《云堡市农机购置补贴实施方案》的通知", "各县（市、区）农业农村局：", "现将方案印发给你们，请认真贯彻执行。", "云堡市农业农村局", "2025年3月12日", "— 1 —", "云堡市农机购置补贴实施方案", "为推进农业机械化，制定本方案。", "一、补贴标准", "1.单机补贴额原则上不超过5万元。", "2.报废补贴标准按以下规定执行：", "①拖拉机补贴1000元；", "②收割机补贴3000元。", "— 2 —", "云堡市农机购置补贴实施方案", "二、保障措施", "各县要加强组织领导。"].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["云堡市农业农村局关于印发《云堡市农机购置补贴实施方案》的通知", "云堡市农机购置补贴实施方案"]);
    expect(docs[1]!.sections.map((s) => s.title)).toEqual(["一、补贴标准", "二、保障措施"]);
    expect(docs[1]!.measures.map((m) => m.marker)).toEqual(["1.", "2.", "①", "②"]);
  });

  it("keeps a speech's wrapped subtitle, its date and the speaker's name out of the body, and a meeting file's header out of the title", () => {
    const [report] = one(["雁川市纪委十一届五次全会文件", "（2）", "纵深推进全面从严治党", "——在中国共产党雁川市第十一届纪律检查委员会", "第五次全体会议上的工作报告", "（2026年1月15日）", "林国栋", "同志们：", "一、2025年工作回顾", "全年立案审查调查1286件。"].join("\n"));
    expect([report!.title, report!.sections.map((s) => [s.level, s.title])]).toEqual(["纵深推进全面从严治党", [[1, "一、2025年工作回顾"]]]);
  });

  it("reads speakers' turns in a transcript, and a case release's cases as headings over their parts", () => {
    const [transcript] = one(["技能人才若干措施新闻发布会实录", "发布人：市人社局局长　周　明", "【周明】", "各位记者朋友，大家上午好！", "【汀川日报记者】", "请问补贴标准是多少？", "【周明】", "每人每月800元。"].join("\n"));
    expect(transcript!.sections).toEqual([]);
    const [release] = one(["澧源中院发布劳动争议典型案例", "全市法院共受理劳动争议案件3862件。", "案例1　李某与某网络科技公司确认劳动关系纠纷案", "基本案情", "2022年3月，李某进入某外卖平台从事配送工作。", "裁判结果", "法院判决确认双方存在劳动关系。", "案例2　王某与某物流公司劳动争议案", "基本案情", "王某在某物流公司从事分拣工作。"].join("\n"));
    expect(release!.sections.map((s) => [s.level, s.title])).toEqual([[1, "案例1　李某与某网络科技公司确认劳动关系纠纷案"], [2, "基本案情"], [2, "裁判结果"], [1, "案例2　王某与某物流公司劳动争议案"], [2, "基本案情"]]);
  });

  it("opens a text printed in full after 全文如下, a feature under its kicker and dash subtitle, and a Q&A box under its question headline", () => {
    const docs = one(["潆溪区人民法院发布行政审判白皮书", "4月27日，潆溪区人民法院召开新闻发布会，发布行政审判白皮书。白皮书全文如下。", "潆溪区人民法院行政审判白皮书", "（2024年度）", "一、行政案件审理基本情况", "2024年，本院共受理一审行政案件1286件。"].join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["潆溪区人民法院发布行政审判白皮书", "潆溪区人民法院行政审判白皮书（2024年度）"]);
    const page = one(["驰而不息纠“四风”", "本报记者　王　平", "全市查处问题792个。", "重阳节前夕，记者走访城区老年助餐点", "“家门口的食堂”吃出幸福味", "全市老年助餐点达412个，日均服务老年人1.8万人次", "本报记者　何静怡", "10月28日上午，长者食堂里坐满了老人。", "基层减负“减”出干事新活力", "——澄源县整治形式主义为基层减负见闻", "本报记者　唐　俊", "去年以来，澄源县把减负作为重点。", "购房补贴怎么领？记者帮您问清楚", "问：哪些人可以申请？", "答：在本区购买新建商品住房的个人均可申请。"].join("\n"));
    expect(page.map((d) => d.title.replace(/\s+/gu, ""))).toEqual(["驰而不息纠“四风”", "重阳节前夕，记者走访城区老年助餐点“家门口的食堂”吃出幸福味全市老年助餐点达412个，日均服务老年人1.8万人次", "基层减负“减”出干事新活力", "购房补贴怎么领？记者帮您问清楚"]);
  });
});

describe("measures, notes and references of the seventy-fifth to eighty-second probe rounds", () => {
  it("reads a note's items after its label, an article cited at a wrapped line's start as no article, and a ⑴ series run on in a paragraph", () => {
    const [rule] = one(["某县就业创业补贴办法", "第十六条　申请补贴的单位通过网上平台申请。", "第十七条　经办机构工作人员未按照本办法", "第十六条规定的程序审核发放补贴的，依法追究责任。", "注：1.同一刑事案件由同一人员承办的，按一件计算；2.异地办案的，交通费据实报销。", "行政机关败诉的主要原因包括：⑴事实认定不清，共37件；⑵违反法定程序，共29件。"].join("\n"));
    expect(rule!.measures.map((m) => m.marker)).toEqual(["第十六条", "第十七条", "1.", "2.", "⑴", "⑵"]);
    expect(rule!.measures[1]!.text).toContain("第十六条规定的程序");
  });

  it("takes a numbered line that introduces a list in words for an item like its siblings, and a task's name closed by a colon for a heading", () => {
    const [plan] = one(["某市农机补贴实施方案", "一、补贴标准", "1.购机者报废农业机械并购置新机具的，可申请报废更新补贴。", "2.报废补贴标准按以下规定执行：", "①拖拉机补贴1000元；", "②收割机补贴3000元。", "二、保障措施", "（一）加强组织领导。成立工作专班。", "（二）推进智慧监管：", "1.新建监控点位6个；", "2.推行扫码登记。"].join("\n"));
    expect(plan!.measures.map((m) => m.marker)).toEqual(["1.", "2.", "①", "②", "（一）", "1.", "2."]);
    expect(plan!.sections.map((s) => s.title)).toEqual(["一、补贴标准", "二、保障措施", "（二）推进智慧监管："]);
  });

  it("reads a blank form's field labels as no headings, and its places to sign and date as no end of the form", () => {
    const docs = one(["某市育儿补贴申领表", "婴幼儿信息", "姓名", "出生日期", "本人承诺", "以上所填信息真实、准确、完整。", "申领人（签字）：", "年　　月　　日", "审核意见", "乡镇（街道）初审意见", "（盖章）", "年　　月　　日", "《某市育儿补贴制度实施细则》政策解读", "一、补贴对象", "3周岁以下婴幼儿。"].join("\n"));
    expect(docs.map((d) => [d.title, d.sections.map((s) => s.title)])).toEqual([["某市育儿补贴申领表", []], ["《某市育儿补贴制度实施细则》政策解读", ["一、补贴对象"]]]);
  });

  it("joins a title's kind printed alone on its last line, and reads a table's name over it as no heading", () => {
    const [notice] = one(["桐湾市人民政府办公室关于印发桐湾市加快发展", "保障性租赁住房三年行动方案（2026—2028年）", "的通知", "各区人民政府：", "现印发给你们。", "　　　　　　　　2025年度住房公积金月缴存额上下限标准表", "　　项　目　　缴存基数（元）　　单位缴存比例（%）　　个人缴存比例（%）", "　　上　限　　　　26385　　　　　　　　12　　　　　　　　　　12", "　　下　限　　　　2100　　　　　　　　　5　　　　　　　　　　5"].join("\n"));
    expect([notice!.title, notice!.sections]).toEqual(["桐湾市人民政府办公室关于印发桐湾市加快发展保障性租赁住房三年行动方案（2026—2028年）的通知", []]);
  });
});

describe("tables and figures of the seventy-fifth to eighty-second probe rounds", () => {
  it("goes on with a table after a page break, and puts a total row's cells under their columns", () => {
    const [plan] = one(["2026年保障性租赁住房重点项目清单", "序号  项目名称                  建设方式  房源数（套）  总投资（亿元）  实施主体", " 1    高新区人才公寓一期          新建        1200          3.6       高新区管委会", " 2    火车站片区保障性租赁住房    新建         960          2.9       桐城区住建局", "— 26 —", "桐湾市人民政府公报                              2025年第24期", " 3    湾北纺织厂厂房改建项目      改建         620          0.9       湾北区国资公司", "      合计                                    2780          7.4"].join("\n"));
    expect(plan!.measures).toEqual([]);
    expect(plan!.targets.map((t) => `${t.value}${t.unit}`)).toEqual(["1200套", "3.6亿元", "960套", "2.9亿元", "620套", "0.9亿元", "2780套", "7.4亿元"]);
  });

  it("reads a subsidy list's households and areas as counted, its amounts as set, names spaced out in a row, and a two-column table", () => {
    const [list] = one(["某镇2025年种粮大户补贴对象公示", "序号  姓名        种植面积（亩）   补贴标准（元/亩）  补贴金额（元）", "1     刘建国           86.5                  40          3460.0", "2     陈　军          152.0                  40          6080.0", "合计                 238.5                              9540.0"].join("\n"));
    expect(list!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[86.5, "亩", "status"], [40, "元/亩", "goal"], [3460, "元", "goal"], [152, "亩", "status"], [40, "元/亩", "goal"], [6080, "元", "goal"], [238.5, "亩", "status"], [9540, "元", "goal"]]);
    const [allocation] = one(["某县耕地地力保护补贴通知", "序号\t乡镇\t补贴农户（户）\t补贴面积（亩）\t补贴资金（万元）", "1\t城关镇\t3862\t22146.3\t235.86", "2\t石门镇\t6124\t40218.6\t428.33", "经核实，全县补贴面积为38.64万亩。"].join("\n"));
    expect(allocation!.targets.map((t) => [t.value, t.kind])).toEqual([[3862, "status"], [22146.3, "status"], [235.86, "goal"], [6124, "status"], [40218.6, "status"], [428.33, "goal"], [38.64, "status"]]);
    const [meals] = one(["某县老年助餐补贴通知", "一、补贴标准", "　　　　老年助餐就餐补贴标准", "　　补贴对象                                每餐补贴（元）", "　　65—79周岁老年人                              2", "　　80周岁及以上老年人                           3"].join("\n"));
    expect([meals!.sections.map((s) => s.title), meals!.targets.map((t) => `${t.value}${t.unit}`)]).toEqual([["一、补贴标准"], ["2元", "3元"]]);
  });

  it("plans a table's columns for years after the text's date, takes a term's unit from its column and a unit line's alternative in brackets", () => {
    const docs = one(["某市人民政府办公室关于印发某市保障性租赁住房三年行动方案（2026—2028年）的通知", "各区人民政府：", "现印发给你们。", "某市人民政府办公室", "2025年12月16日", "某市保障性租赁住房三年行动方案（2026—2028年）", "单位：套（间）", "区（县）        2026年        2027年        2028年", "桐城区            3600          3400          3000", "湾北区            3200          3000          2800", "人才类别\t每套补贴（万元）\t在县服务期限（年）", "A类人才\t15\t5", "B类人才\t10\t5"].join("\n"));
    expect(docs[1]!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([
      [3600, "套", "goal"], [3400, "套", "goal"], [3000, "套", "goal"], [3200, "套", "goal"], [3000, "套", "goal"], [2800, "套", "goal"],
      [15, "万元", "goal"], [5, "年", "goal"], [10, "万元", "goal"], [5, "年", "goal"],
    ]);
  });

  it("reads test reports as reports, a standard's limits as goals, and 不满, 及以上 bands, 人年 and 个等级", () => {
    const [bulletin] = one(["岑江市食品安全监督抽检信息通告", "本期抽检食品612批次，检测值为186μg/kg，最大残留限量值为0.2mg/kg，酸价检测值为5.8mg/g。"].join("\n"));
    expect(bulletin!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[612, "批次", "status"], [186, "μg/kg", "status"], [0.2, "mg/kg", "goal"], [5.8, "mg/g", "status"]]);
    const [rule] = one(["某市节能审查办法", "第五条　年综合能源消费量1000吨标准煤及以上、不满10000吨标准煤的项目，由县级审查；不满1000吨标准煤的项目，不单独审查。", "第六条　到2027年，研发人员达到150人年，耕地质量平均提高0.5个等级。应急响应由高到低分为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级四个等级。"].join("\n"));
    expect(rule!.targets.map((t) => [t.value, t.to, t.unit, t.comparator])).toEqual([[1000, 10000, "吨标准煤", "eq"], [1000, null, "吨标准煤", "lt"], [150, null, "人年", "gte"], [0.5, null, "个等级", "eq"]]);
  });

  it("reads a payment spread over years (分3年发放) and an age limit relaxed (由30周岁放宽至35周岁) as figures", () => {
    const [policy] = one(["某市青年人才安居若干措施", "对新引进的博士给予安家补贴30万元，分3年发放。见习对象年龄由30周岁放宽至35周岁。其中部分3年期项目除外。"].join("\n"));
    expect(policy!.targets.map((t) => [t.value, t.unit, t.from])).toEqual([[30, "万元", null], [3, "年", null], [35, "周岁", 30]]);
  });

  it("reads an area paid for and an average paid in news as reported, and 将…落到 as no future", () => {
    const [news] = one(["全市耕地地力保护补贴兑付到户", "本报记者　唐　薇", "今年全市补贴面积398.6万亩，亩均补贴105.6元。依托卫星遥感影像，将补贴面积落到具体地块，全市共比对地块142.6万块。"].join("\n"));
    expect(news!.targets.map((t) => [t.value, t.kind])).toEqual([[398.6, "status"], [105.6, "status"], [142.6, "status"]]);
  });
});

describe("rosters, bylines, credits and footers of the eighty-third to ninetieth probe rounds", () => {
  it("reads a roster's unlabelled member as no heading, the title again with its issuer as no heading, and a scholar's line as a byline", () => {
    const [plan] = one(["河西区交通秩序整治工作方案", "一、组织领导", "组　长：李建国　区人民政府区长", "副组长：王志强　区人民政府副区长", "　　　　张　伟　区公安分局党委委员、交警大队大队长", "成　员：刘晓东　区政府办公室副主任", "二、工作要求", "各单位要按时报送进展。"].join("\n"));
    expect(plan!.sections.map((s) => s.title)).toEqual(["一、组织领导", "二、工作要求"]);
    const [notice] = one(["关于调整县城部分公交线路及票价的公告", "松岭县交通运输局关于调整县城部分公交线路及票价的公告", "广大市民乘客：", "一、线路调整", "12路延伸至高铁站。"].join("\n"));
    expect(notice!.sections.map((s) => [s.level, s.title])).toEqual([[1, "一、线路调整"]]);
    const docs = one(["乡村教师队伍建设取得新进展", "本报记者　林　涛", "全市新招聘乡村教师320名。", "让好老师“下得去、留得住”", "南屏师范学院教授　章启明", "乡村教育振兴，关键在教师。一要让待遇“暖起来”。二要让成长“快起来”。"].join("\n"));
    expect(docs.map((d) => [d.title, d.byline])).toEqual([["乡村教师队伍建设取得新进展", "本报记者 林 涛"], ["让好老师“下得去、留得住”", "南屏师范学院教授 章启明"]]);
  });

  it("reads a site's link groups, columns of links, counters and masthead lines as chrome, and a writer's credit as a brief's end", () => {
    const docs = one(["跳转到主要内容区域", "松岭县人民政府门户网站", "松岭县冬春火灾防控工作方案", "一、工作目标", "全县火灾起数同比下降10%。", "政策解读", "· 图解：一图读懂松岭县冬春火灾防控工作", "· 冬季取暖防火安全提示", "友情链接", "应急管理部", "国家消防救援局", "县直部门", "县消防救援大队", "县民政局", "您是第 3,254,718 位访问者", "返回顶部"].join("\n"));
    expect(docs.map((d) => [d.title, d.sections.map((s) => s.title)])).toEqual([["松岭县冬春火灾防控工作方案", ["一、工作目标"]]]);
    const page = one(["云山日报社出版　　国内统一连续出版物号：CN 43-0000", "积分制激活乡村治理", "本报讯（通讯员　罗晓峰）近日，石桥镇全面完成村级财务公开工作。", "（罗晓峰）", "积分制要防止“重形式轻实效”", "本报评论员", "积分制是乡村治理的有益探索。"].join("\n"));
    expect(page.map((d) => [d.title, d.sections.length])).toEqual([["积分制激活乡村治理", 0], ["积分制要防止“重形式轻实效”", 0]]);
  });

  it("opens a form printed under a Markdown heading 附件, and reads an unbracketed adoption line and a plan's table name as no headings", () => {
    const docs = one(["# 白水村农户积分管理细则", "", "> 2025年3月18日经白水村村民代表会议表决通过　　白水村村民委员会印发", "", "## 第一章　总则", "", "**第一条** 为推进乡村治理，制定本细则。", "", "## 附件", "", "### 白水村农户积分申报表", "", "户主姓名：", ""].join("\n"), "t.md");
    expect(docs.map((d) => [d.title, d.sections.map((s) => s.title)])).toEqual([["白水村农户积分管理细则", ["第一章　总则"]], ["白水村农户积分申报表", []]]);
    const [news] = one(["禾州老旧燃气管道改造提速", "本报记者　周　航", "禾州市今年计划改造老化燃气管道120公里，具体安排如下：", "禾州市2025年燃气管道更新改造计划", "区　域　　　中压管道（公里）　　庭院管道（公里）", "城东区　　　　　18　　　　　　　　　26", "城西区　　　　　12　　　　　　　　　20"].join("\n"));
    expect(news!.sections).toEqual([]);
  });

  it("reads a table drawn with box characters cell by cell", () => {
    const [accounts] = one(["塘林村2025年第三季度财务公开", "（一）收入明细", "┌──────┬──────┬──────┐", "│科　　目    │本季发生额（元）│本年累计（元）│", "├──────┼──────┼──────┤", "│一、经营收入│      92.50│     188.30│", "├──────┼──────┼──────┤", "│收入合计    │     384650.00│     595480.00│", "└──────┴──────┴──────┘"].join("\n"));
    expect([accounts!.sections.map((s) => s.title), accounts!.measures, accounts!.targets.map((t) => `${t.value}${t.unit}`)]).toEqual([["（一）收入明细"], [], ["92.5元", "188.3元", "384650元", "595480元"]]);
  });

  it("reads a 单位 column of places as the rows' labels, not their unit, and a unit line after the reporting unit's name", () => {
    const [report] = one(["太平市12345热线10月运行情况通报", "表3　10月份各县（市、区）热线工单办理情况", "排名  单位      转派量（件）  按时办结率（%）   满意率（%）", "1     东湖区    9862          99.6              96.8", "2     西岭县    9105          99.4              96.1"].join("\n"));
    expect(report!.targets.map((t) => `${t.indicator.slice(0, 3)}:${t.value}${t.unit}`)).toEqual(["东湖区:9862件", "东湖区:99.6%", "东湖区:96.8%", "西岭县:9105件", "西岭县:99.4%", "西岭县:96.1%"]);
    const [budget] = one(["青岚县财政局2025年部门预算", "单位名称：青岚县财政局　　　　　　单位：万元", "项目\t2024年\t2025年", "一般公共预算拨款收入\t2,084.15\t2,196.45", "事业收入\t110.00\t120.00", "上年结转\t64.30\t70.00"].join("\n"));
    expect(budget!.targets.map((t) => `${t.value}${t.unit}`)).toEqual(["2084.15万元", "2196.45万元", "110万元", "120万元", "64.3万元", "70万元"]);
  });

  it("reads a quota of use (限用1张) as a ceiling and a review's 整改期限 column as set", () => {
    const [notice] = one(["某县文旅消费券发放通知", "每人每次限用1张，不得叠加使用。", "序号\t景区名称\t等级\t整改期限（个月）", "1\t青溪峡谷\t4A\t3", "2\t白云寨\t3A\t2"].join("\n"));
    expect(notice!.targets.map((t) => [t.value, t.unit, t.kind, t.comparator])).toEqual([[1, "张", "goal", "lte"], [3, "个月", "goal", "eq"], [2, "个月", "goal", "eq"]]);
  });
});

describe("narrow columns, reported items and report years, from the known-gap cases of the eighth session", () => {
  it("joins a newspaper's columns hard-wrapped at fifteen characters, a line ending in a quoted name included", () => {
    const column = [
      "6月16日上午,在岭州市政务服务", "中心“一件事”综合窗口,市民吴", "女士只提交了一套材料,就同时办", "好了新生儿出生医学证明、户口登", "记、医保参保和社保卡申领。“以", "前要跑好几个部门,现在一个窗口", "就全办好了。”吴女士说。", "",
      "这是我市深化“高效办成一件事”", "改革的一个缩影。记者从市政务服", "务和数据管理局了解到,今年以来,", "全市已推出“一件事”集成服务", "28项,累计办件4.7万件,平均减", "少申请材料58%,平均压缩办理时", "间63%。", "",
      "改革如何从“能办”走向“好办”?", "市政务服务和数据管理局负责人介", "绍,我市重点抓了三件事。", "",
      "一是推动流程再造。对每个“一件", "事”逐一梳理办事环节,将原来平", "均7个环节压减为2个,实现“一表", "申请、一次办结”。二是打通数据", "壁垒。依托市一体化政务数据平台,", "累计归集政务数据12.6亿条,可共", "享调用电子证照86类,群众办事", "“免提交”材料占比达到41%。三", "是延伸服务触角。在全市132个乡", "镇(街道)便民服务中心开设“一", "件事”专窗,让群众在家门口就能", "办成“一件事”。",
    ];
    const [doc] = one(["深化“高效办成一件事”改革", "本报记者 林晓雯", "", ...column].join("\n"));
    expect(doc!.sections).toEqual([]);
    expect(doc!.measures.map((m) => m.marker)).toEqual(["一是", "二是", "三是"]);
    expect(doc!.measures[2]!.text).toBe("延伸服务触角。在全市132个乡镇(街道)便民服务中心开设“一件事”专窗,让群众在家门口就能办成“一件事”。");
    expect(doc!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[28, "项", "status"], [4.7, "万件", "status"], [58, "%", "status"], [63, "%", "status"], [2, "个", "status"], [12.6, "亿条", "status"], [86, "类", "status"], [41, "%", "status"], [132, "个", "status"]]);
  });

  it("reads items after a lead reporting them done (重点抓了三件事) as work reported, and 将原来… as 把, not a future", () => {
    const [news] = one(["我市政务服务改革观察", "本报记者 林晓雯", "市政务服务和数据管理局负责人介绍,我市重点抓了三件事。", "一是推动流程再造。将原来平均7个环节压减为2个。二是打通数据壁垒。群众办事“免提交”材料占比达到41%。三是延伸服务触角。在全市132个乡镇便民服务中心开设专窗。"].join("\n"));
    expect(news!.targets.map((t) => [t.value, t.kind])).toEqual([[2, "status"], [41, "status"], [132, "status"]]);
    // the same items without that lead still open as tasks of a plan
    const [plan] = one(["我市政务服务改革观察", "本报记者 林晓雯", "一是推动流程再造。实现全市132个乡镇便民服务中心专窗全覆盖。"].join("\n"));
    expect(plan!.targets.map((t) => [t.value, t.kind])).toEqual([[132, "goal"]]);
  });

  it("returns a titled section printed after other articles to the article whose series its first item goes on", () => {
    const page = [
      "桐江市出台促进消费十条措施",
      "本报记者 韩雪",
      "日前,桐江市印发《促进消费若干措施》。",
      "扩大商品消费",
      "(一)支持汽车以旧换新。对报废旧车并购新车的给予补贴。",
      "(二)促进家电家居消费。全年组织促销活动不少于100场。",
      "青梧县“小店经济”激活县域消费",
      "本报讯(记者 罗敏)为扶持小店发展,青梧县推出三项举措,新增小店320家。",
      "(青 讯)",
      "优化消费环境",
      "(三)完善消费基础设施。推进城市商业体改造。",
      "(四)加强消费维权。建立线下购物无理由退货制度。",
    ].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["桐江市出台促进消费十条措施", "青梧县“小店经济”激活县域消费"]);
    expect(docs[0]!.sections.map((s) => s.title)).toEqual(["扩大商品消费", "优化消费环境"]);
    expect(docs[0]!.measures.map((m) => m.marker)).toEqual(["(一)", "(二)", "(三)", "(四)"]);
    expect(docs[0]!.diagnostics.map((d) => d.code)).toContain("displaced-section-moved");
  });

  it("returns a section printed inside the next article up to the end mark that closes it, leaving that article's next paragraph", () => {
    const page = [
      "河北推动县域特色产业集群提质升级",
      "日前,省政府办公厅印发《关于推动县域特色产业集群高质量发展的若干措施》(以下简称《若干措施》)。",
      "◆强化创新驱动",
      "《若干措施》明确,支持集群龙头企业牵头组建创新联合体。",
      "清河羊绒产业集群营收有望突破300亿元",
      "本报讯(记者 李娜)记者从清河县获悉,今年前8个月,清河县羊绒产业集群实现营业收入218亿元。",
      "◆打响集群品牌",
      "《若干措施》从三个方面推动集群品牌建设。首先,实施“一集群一品牌”工程。其次,支持企业参加国际展会。",
      "(记者 郭东 通讯员 冀工信)",
      "下一步,清河县将建设羊绒产业数字化平台,推动80%以上规上企业上云。",
    ].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["河北推动县域特色产业集群提质升级", "清河羊绒产业集群营收有望突破300亿元"]);
    expect(docs[0]!.sections.map((s) => s.title)).toEqual(["◆强化创新驱动", "◆打响集群品牌"]);
    expect(docs[0]!.measures.map((m) => m.marker)).toEqual(["首先", "其次"]);
    expect(docs[1]!.targets.map((t) => t.value)).toEqual([218, 80]);
  });

  it("returns a section naming a policy by its kind alone (《实施意见》), as the article continued from page 1 does, to that article", () => {
    const page = [
      "县域商业“提档” 城乡消费“升温”",
      "(上接第1版)三是畅通农产品上行渠道。围绕数字化转型,《实施意见》提出,支持供销、邮政企业共建县域物流中心。",
      "我省新增5个国家级电子商务进农村综合示范县",
      "本报讯(记者 黄鑫)记者近日从省商务厅获悉,我省新增5个国家级电子商务进农村综合示范县。",
      "强化服务保障",
      "为确保各项任务落地见效,《实施意见》提出,一是加大财政支持力度。二是强化金融服务。",
      "(本报记者 林曦 通讯员 陈涛)",
    ].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["县域商业“提档” 城乡消费“升温”", "我省新增5个国家级电子商务进农村综合示范县"]);
    expect(docs[0]!.sections.map((s) => s.title)).toEqual(["强化服务保障"]);
    expect(docs[0]!.measures.map((m) => m.marker)).toEqual(["三是", "一是", "二是"]);
    expect(docs[1]!.measures).toEqual([]);
  });

  it("reads a running head repeating on one line a title printed over two as page furniture, and joins the sentence it broke", () => {
    const plan = [
      "闽澜市国民经济和社会发展第十五个五年规划",
      "和二〇三五年远景目标纲要(节选)",
      "",
      "第一节　提升海洋渔业现代化水平",
      "",
      "　　一是建设“海上牧场”。建成国家级海洋牧场示范区5个以上。二是推进渔港经济区建设。渔港避风锚地可容纳渔船数量达到4500艘,",
      "",
      "— 38 —",
      "",
      "闽澜市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要",
      "",
      "打造集渔船避风、水产交易于一体的渔港经济区3个。",
    ].join("\n");
    const docs = one(plan);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.measures.map((m) => m.text)).toEqual(["建设“海上牧场”。建成国家级海洋牧场示范区5个以上。", "推进渔港经济区建设。渔港避风锚地可容纳渔船数量达到4500艘,打造集渔船避风、水产交易于一体的渔港经济区3个。"]);
  });

  it("opens a document for a box under its column's label (图说丨…), whose value lines are its body, not its title", () => {
    const page = [
      "让农村公路从“通起来”到“畅起来”",
      "本报记者 宋敏",
      "问:如何破解“重建轻养”问题?",
      "答:我们将全面推行路长制,到2028年设置公益性岗位2万个。",
      "图说丨河南农村公路“十四五”成绩单",
      "24.6万公里",
      "农村公路总里程",
      "2.1万个",
      "“四好农村路”示范村",
      "制图:河南日报全媒体设计中心",
    ].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["让农村公路从“通起来”到“畅起来”", "图说丨河南农村公路“十四五”成绩单"]);
    expect(docs[0]!.targets.map((t) => t.value)).toEqual([2]);
    expect(docs[1]!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[24.6, "万公里", "status"], [2.1, "万个", "status"]]);
  });

  it("gives a news item's policy clause the paragraph before its next sibling, but not a question's answer", () => {
    const [news] = one(["某省出台措施支持南繁", "本报记者 王五", "记者获悉,某省出台若干措施。", "三、促进育种成果转化。对通过国家审定的新品种,每个给予50万元奖励。", "鼓励科研院所以作价入股方式转化成果,转化收益中用于奖励科研人员的比例不低于70%。", "四、培育壮大种业企业。给予一次性奖励300万元。"].join("\n"));
    expect(news!.measures.map((m) => m.text)).toEqual(["促进育种成果转化。对通过国家审定的新品种,每个给予50万元奖励。\n鼓励科研院所以作价入股方式转化成果,转化收益中用于奖励科研人员的比例不低于70%。", "培育壮大种业企业。给予一次性奖励300万元。"]);
    const [qa] = one(["农机补贴一问一答", "本报记者 王五", "1.补贴标准是如何确定的?", "答:补贴额依据上年市场销售均价测算。", "2.补贴资金何时兑付?", "答:当年兑付。"].join("\n"));
    expect(qa!.measures.map((m) => m.text)).toEqual(["补贴标准是如何确定的?", "补贴资金何时兑付?"]);
  });

  it("in a copy that indents its paragraphs, joins a flush-left line under a full line that ended a sentence to its paragraph", () => {
    // a PDF copy's lines: thirty characters, a paragraph's first line indented by two and two characters shorter
    const wrap = (paragraph: string) => {
      const lines = ["　　" + paragraph.slice(0, 28)];
      for (let at = 28; at < paragraph.length; at += 30) lines.push(paragraph.slice(at, at + 30));
      return lines;
    };
    const items = [
      "1.发放冰雪消费券。全市统筹安排资金2000万元，分批发放冰雪消费券，单张面额最高200元，带动冰雪消费5亿元以上，惠及群众100万人次。各有关部门要按照职责分工抓好落实，定期报送工作进展情况，确保政策落地见效。",
      "2.支持冰雪赛事。对举办国家级冰雪赛事的主体给予一次性奖励，每项赛事奖励最高不超过100万元，省级赛事奖励最高不超过50万元。各有关部门要按照职责分工抓好落实，定期报送工作进展情况，确保政策落地见效。",
      "3.强化用地保障。冰雪旅游项目用地优先纳入年度用地计划，符合条件的项目用地审批在20个工作日内办结，不得以任何理由拖延办理。各有关部门要按照职责分工抓好落实，定期报送工作进展情况，确保政策落地见效。",
      "4.加大金融支持。鼓励金融机构开发冰雪产业专属信贷产品，对冰雪旅游企业贷款给予贴息，单户年度贴息最高100万元，期限两年。各有关部门要按照职责分工抓好落实，定期报送工作进展情况，确保政策落地见效。",
      "5.落实目标任务。本雪季全市力争接待冰雪游客1500万人次，实现冰雪旅游收入280亿元，同比分别增长15%和18%，带动就业2万人。各有关部门要按照职责分工抓好落实，定期报送工作进展情况，确保政策落地见效。",
      "6.培育冰雪品牌。每年评选冰雪旅游精品线路10条，对入选线路的运营主体给予每条5万元奖励，支持其开展宣传推介和市场开拓活动。各有关部门要按照职责分工抓好落实，定期报送工作进展情况，确保政策落地见效。",
      "7.完善冰雪设施。新建改建冰雪运动场地30处，对新建的室内冰场按照建设投资额的10%给予补助，每个项目补助最高不超过300万元。各有关部门要按照职责分工抓好落实，定期报送工作进展情况，确保政策落地见效。",
      "8.加强人才培养。支持职业院校开设冰雪运动相关专业，每年培训冰雪运动指导员和滑雪教练员2000人次，培训费用由市财政予以保障。各有关部门要按照职责分工抓好落实，定期报送工作进展情况，确保政策落地见效。",
      "9.措施自印发之日起施行，有效期至二〇二七年四月三十日。各项奖补政策与市级其他同类政策不重复享受。",
    ];
    const lines = ["某市支持冰雪经济发展若干措施", "　　一、扩大冰雪消费", ...items.flatMap(wrap)];
    expect(lines[lines.length - 2]!.endsWith("三十日。")).toBe(true);
    const [doc] = one(lines.join("\n"));
    expect(doc!.measures.map((m) => m.marker)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."]);
    expect(doc!.measures[8]!.text).toBe("措施自印发之日起施行，有效期至二〇二七年四月三十日。各项奖补政策与市级其他同类政策不重复享受。");
    expect(doc!.sections.map((s) => s.title)).toEqual(["一、扩大冰雪消费"]);
  });

  it("drops a quotation standing whole on its line rather than the wrapped body line ending the sentence it repeats, and reads a full line ending in ; as going on", () => {
    // a page hard-wrapped at 26 characters (digits and % printed half as wide)
    const lines = [
      "锚定世界级盐湖产业基地",
      "青海出台盐湖产业高质量发展行动方案",
      "到2027年盐湖产业产值突破1500亿元",
      "",
      "本报记者　才让卓玛",
      "",
      "近日，省政府办公厅印发《青海省推动盐湖产业高质量发展",
      "行动方案（2025—2027年）》（以下简称《行动方案》），",
      "从资源保护、产业延链、绿色发展、要素保障四个方面提出",
      "18项具体任务。《行动方案》明确，到2027年，全省盐湖产",
      "业产值突破1500亿元，钾肥年产能稳定在1000万吨以上，碳",
      "酸锂年产能达到25万吨，盐湖资源综合利用率提高到55%。",
      "",
      "2024年，全省盐湖产业实现产值1126亿元，同比增长9.8%；",
      "钾肥产量836万吨，约占全国总产量的六成。“盐湖是青海",
      "最大的资源宝库，要把‘一湖盐’做成‘一条链’。”省工",
      "业和信息化厅有关负责人说。",
      "",
      "■延伸链条　做强锂钾镁“三篇文章”",
      "",
      "在锂资源开发方面，《行动方案》提出，一是加快提锂技术",
      "攻关，支持企业开展吸附—膜法耦合等工艺研发，到2026年，",
      "卤水提锂综合回收率达到70%以上。二是推动锂电材料向下",
      "游延伸，引进正极材料、电解液等项目，对新建下游项目按",
      "设备投资额的10%给予补助，单个项目最高不超过2000",
      "",
      "万元。三是建设盐湖锂资源战略储备基地，统筹卤水资源开",
      "采时序，确保资源可持续利用。",
      "",
      "在钾资源保障方面，《行动方案》要求稳定钾肥生产供应，",
      "新建钾肥储备库容50万吨，推进低品位固体钾矿溶采技术产",
      "业化。",
      "",
      "在镁资源利用方面，一是推进金属镁一体化项目建设，加快",
      "突破低能耗炼镁关键技术，力争2027年金属镁产能达到",
      "",
      "“盐湖是青海最大的资源宝库，要把‘一湖盐’做成‘一条链’。”",
      "",
      "10万吨。二是拓展镁基新材料应用，在汽车轻量化、建筑模",
      "板等领域开展示范应用，每年推广镁合金制品不少于2.",
      "5万吨。三是发展镁化工产品，推动氢氧化镁、高纯氧化镁",
      "等产品规模化生产。",
    ];
    const [doc] = one(lines.join("\n"));
    const dropped = doc!.diagnostics.filter((d) => d.code === "pull-quote-dropped").map((d) => d.span!.line);
    expect(dropped).toContain(37);
    expect(dropped).not.toContain(16);
    expect(doc!.measures.find((m) => m.text.startsWith("推进金属镁一体化项目建设"))!.text).toContain("力争2027年金属镁产能达到10万吨。");
    expect(doc!.targets.filter((t) => t.value === 836 || t.value === 6).map((t) => [t.value, t.kind, t.year])).toEqual([[836, "status", 2024], [6, "status", 2024]]);
  });

  it("reads a row label wrapped onto a line of its own in a table aligned with full-width spaces as the next row's", () => {
    const table = [
      "渭安市制造业高质量发展“十五五”规划",
      "类别　　　　指标名称　　　　　　　　　　　单位　　　2025年　　2030年　　属性",
      "产业规模　　规模以上工业总产值　　　　　　亿元　　　4260　　　6000　　　预期性",
      "　　　　　　制造业增加值占地区生产总值",
      "　　　　　　比重　　　　　　　　　　　　　%　　　　28.6　　　≥30　　　 预期性",
      "创新能力　　规上工业企业研发投入强度　　　%　　　　1.62　　　2.2　　　 预期性",
      "　　　　　　高新技术企业数量　　　　　　　家　　　　1850　　　3000　　　预期性",
    ].join("\n");
    const [plan] = one(table);
    expect(plan!.sections).toEqual([]);
    expect(plan!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[4260, "亿元", "status"], [6000, "亿元", "goal"], [28.6, "%", "status"], [30, "%", "goal"], [1.62, "%", "status"], [2.2, "%", "goal"], [1850, "家", "status"], [3000, "家", "goal"]]);
    expect(plan!.targets.find((t) => t.value === 28.6)!.indicator).toContain("制造业增加值占地区生产总值");
  });

  it("reads a year's report's part on that year as looking back, its part on the next as planning", () => {
    const [summary] = one([
      "柳塘村驻村工作队2024年度工作总结及2025年工作打算",
      "一、2024年主要工作及成效",
      "(一)抓党建促引领,建强村级组织",
      "首先,健全组织体系。新发展党员2名、培养入党积极分子4名。",
      "二、2025年工作打算",
      "首先,发展集体经济。村集体经济收入突破25万元。",
    ].join("\n"));
    expect(summary!.targets.map((t) => [t.value, t.kind])).toEqual([[2, "status"], [4, "status"], [25, "goal"]]);
  });
});

describe("replies, review opinions and their pages, from the ninety-first to ninety-fourth probe rounds", () => {
  it("reads a site's short name over its breadcrumb, and a letterhead over a reply's particulars table, as no document", () => {
    const page = ["澄溪人大网", "首页 >> 监督工作 >> 审议意见", "", "市人大常委会对市政府医疗保障基金监管工作情况报告的审议意见", "", "(一)进一步压实监管责任。将基金监管工作纳入年度绩效考核,权重不低于3%。"].join("\n");
    expect(one(page).map((d) => d.title)).toEqual(["市人大常委会对市政府医疗保障基金监管工作情况报告的审议意见"]);
    const reply = ["萧岭市商务局", "", "| 提案编号 | 20250087 | 答复类别 | B类 |", "|---|---|---|---|", "| 提案者 | 民盟萧岭市委员会 | 公开属性 | 主动公开 |", "", "# 关于市政协十二届四次会议第20250087号提案的答复", "", "全市现有24小时便利店1260家,夜间营业的商业综合体达到23个。"].join("\n");
    const docs = one(reply, "t.md");
    expect(docs.map((d) => d.title)).toEqual(["关于市政协十二届四次会议第20250087号提案的答复"]);
    expect(docs[0]!.targets.map((t) => [t.value, t.unit])).toEqual([[1260, "家"], [23, "个"]]);
  });

  it("reads a paragraph recounting a report a meeting heard as reporting, whatever the opinion around it plans", () => {
    const [opinion] = one(["市人大常委会对市政府医疗保障基金监管工作情况报告的审议意见", "2025年9月24日,市人大常委会会议听取和审议了市人民政府关于医疗保障基金监管工作情况的报告。开展定点医药机构全覆盖检查,追回医保基金1.27亿元,处理违法违规定点医药机构1426家次。", "(一)进一步加强监管能力建设。2026年底前全市专职人员增加到70名以上。"].join("\n"));
    expect(opinion!.targets.map((t) => [t.value, t.kind])).toEqual([[1.27, "status"], [1426, "status"], [70, "goal"]]);
  });

  it("gives every payment of a list the standard after it, a threshold its second condition, and blanks a cue inside a category's brackets", () => {
    const [reply] = one(["澜汀市民政局关于市人大十七届三次会议第0142号建议的答复", "一、工作开展情况", "二是加大资金支持。市、区两级财政按照新建社区老年食堂每个不超过20万元、助餐点每个不超过5万元的标准给予一次性建设补贴。对运营1年以上且考核合格的农村互助幸福食堂,给予每个每年3万元运营补贴。"].join("\n"));
    expect(reply!.targets.map((t) => [t.value, t.kind])).toEqual([[20, "goal"], [5, "goal"], [1, "goal"], [3, "goal"]]);
    const [news] = one(["从“答复了”到“解决了”", "本报记者 黄若溪", "截至10月底,这些建议已全部按期办结,其中A类238件;B类(列入计划逐步解决)121件;C类27件。"].join("\n"));
    expect(news!.targets.map((t) => [t.value, t.kind])).toEqual([[238, "status"], [121, "status"], [27, "status"]]);
  });

  it("reads a table laid out by columns (pdftotext -layout): a header over two lines and cells wrapped under their columns", () => {
    const layout = [
      "关于2025年1—9月区级重点项目建设进展情况的通报",
      "",
      "                                                                          单位：亿元",
      " 序号  项目名称                  建设内容及规模                 总投资   2025年    完成率    责任单位",
      "                                                                        计划投资    （%）",
      "  1    锦江智能制造产业园        建设标准厂房22万平方米，引进    46.5     12.0      80.0     锦江工业园区管委会",
      "                                 企业25家以上",
      "  2    锦江第12中学新建工程      新增学位2160个，建筑面积6.3万   5.6      2.5       48.0     区教育局",
      "                                 平方米",
      "  合计                                                          52.1     14.5",
      "",
      "    注：完成率低于60%的项目已标黄预警。",
    ].join("\n");
    const [notice] = one(layout);
    expect(notice!.sections).toEqual([]);
    expect(notice!.measures).toEqual([]);
    const cells = notice!.targets.map((t) => [t.value, t.unit]);
    expect(cells).toEqual(expect.arrayContaining([[25, "家"], [6.3, "万平方米"], [12, "亿元"], [80, "%"], [52.1, "亿元"], [14.5, "亿元"]]));
    expect(notice!.targets.find((t) => t.value === 12)!.year).toBe(2025);
    expect(cells).not.toContainEqual([6.3, "万"]);
  });

  it("reads an e-paper page clipped to Markdown: its page label, kickers and links back as furniture, each headline a text", () => {
    const page = [
      "# 渠阳日报 · 第05版：经济·物流",
      "",
      "**链通城乡　鲜达万家**",
      "",
      "## 我省出台行动方案推动冷链物流高质量发展",
      "",
      "*本报记者　罗　敏*",
      "",
      "日前，省政府办公厅印发行动方案，提出到2028年全省冷库总容量突破1800万吨。",
      "",
      "---",
      "",
      "**短评**",
      "",
      "## 冷链要“链”出城乡好日子",
      "",
      "□ 渠　平",
      "",
      "补上冷链短板，要做到三个“着力”。",
      "",
      "## 渠州至东盟冷链班列开行突破100列",
      "",
      "**本报讯（记者　谭　雪）** 6月6日，满载榴莲的冷链班列从渠州国际陆港发出。",
      "",
      "[返回目录](../index.htm)",
    ].join("\n");
    expect(one(page, "t.md").map((d) => d.title)).toEqual(["我省出台行动方案推动冷链物流高质量发展", "冷链要“链”出城乡好日子", "渠州至东盟冷链班列开行突破100列"]);
  });

  it("reads an e-paper's headline list, a page's name under its masthead and a briefs column (区域传真) as furniture or a text of its own", () => {
    const page = [
      "岚江日报数字报",
      "首页 | 往期回顾 | 版面导航",
      "2026年03月18日　星期三　　第01版：要闻",
      "本版标题：",
      "· 岚江出台行动方案力促低空经济发展",
      "· 春耕时节无人机“唱主角”",
      "岚江出台行动方案力促低空经济发展",
      "本报记者　苏晓岚",
      "日前，省政府办公厅印发行动方案，到2028年低空经济规模力争突破1000亿元。",
      "区域传真",
      "●枫溪县“竹产业大脑”上线运行，已接入竹木企业326家。",
    ].join("\n");
    expect(one(page).map((d) => d.title)).toEqual(["岚江出台行动方案力促低空经济发展", "区域传真"]);
    const paper = ["2　　　　宁岫日报　2026年5月20日　星期三", "要闻", "激活数据要素　赋能千行百业", "本报记者　陶　然", "全省数据交易额达到68.3亿元。"].join("\n");
    expect(one(paper).map((d) => d.title)).toEqual(["激活数据要素　赋能千行百业"]);
  });

  it("returns a text continued under the next page's masthead, after another article, to the text that turned the page", () => {
    const pages = [
      "关于加快推进高标准农田建设的实施意见",
      "（一）推进集中连片建设。平原区单片面积原则上不低于",
      "（下转第二版）",
      "全省春耕备耕物资供应充足",
      "本报讯（记者　韦丹）全省已储备化肥120万吨。",
      "梧汀日报",
      "2026年2月26日　星期四　　第2版　要闻",
      "（上接第一版）500亩，丘陵山区不低于200亩。",
      "（二）强化建后管护利用。落实县级政府管护主体责任。",
    ].join("\n");
    const docs = one(pages);
    expect(docs.map((d) => d.title)).toEqual(["关于加快推进高标准农田建设的实施意见", "全省春耕备耕物资供应充足"]);
    expect(docs[0]!.measures.map((m) => m.text)).toEqual(["推进集中连片建设。平原区单片面积原则上不低于500亩，丘陵山区不低于200亩。", "强化建后管护利用。落实县级政府管护主体责任。"]);
    expect(docs[1]!.targets.map((t) => t.value)).toEqual([120]);
  });

  it("opens a text for a 数读 box run into its headline, and returns the sentence after its values to the article it broke", () => {
    const page = [
      "让老年人在家门口乐享晚年",
      "本报记者　许岚",
      "一是扩大服务供给。新建社区养老服务中心30个。二是提升服务质量，护理型床位占比达到60%。三是深化医养康养融合。鼓励",
      "数读“十四五”雁汀养老服务",
      "38.6万人",
      "全市老年人口",
      "2.9万张",
      "全市养老床位总数",
      "社会力量举办护理院、康复医院，新增医养结合机构10家。四是加强人才队伍建设。",
    ].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["让老年人在家门口乐享晚年", "数读“十四五”雁汀养老服务"]);
    expect(docs[0]!.measures.map((m) => m.marker)).toEqual(["一是", "二是", "三是", "四是"]);
    expect(docs[0]!.measures[2]!.text).toBe("深化医养康养融合。鼓励社会力量举办护理院、康复医院，新增医养结合机构10家。");
    expect(docs[1]!.targets.map((t) => [t.value, t.unit])).toEqual([[38.6, "万人"], [2.9, "万张"]]);
  });

  it("reads year columns written without 年 (2025基期值), a header printed again under 续表, kinds counted (86类) and a report's raised standards", () => {
    const plan = [
      "峤山市“十五五”综合交通运输发展规划",
      "表1　主要指标",
      "类别      指标                    单位      2025基期值   2030目标值   属性",
      "基础设施  铁路营业里程            公里      538          ≥720         预期性",
      "          高速公路通车里程        公里      712          >900         预期性",
      "— 6 —",
      "峤山市“十五五”综合交通运输发展规划",
      "续表1",
      "类别      指标                    单位      2025基期值   2030目标值   属性",
      "运输服务  港口货物吞吐量          亿吨      1.37         1.6          预期性",
    ].join("\n");
    const [doc] = one(plan);
    expect(doc!.targets.map((t) => [t.value, t.year, t.kind])).toEqual([[538, 2025, "status"], [720, 2030, "goal"], [712, 2025, "status"], [900, 2030, "goal"], [1.37, 2025, "status"], [1.6, 2030, "goal"]]);
    const [bulletin] = one(["鹤阳市2025年国民经济和社会发展统计公报", "全年计划总投资5000万元以上在建项目1,286个,比上年增加74个。可共享调用电子证照86类,涉及三类人员。城市、农村低保标准分别提高到每人每月880元和700元。"].join("\n"));
    expect(bulletin!.targets.filter((t) => t.value !== 5000).map((t) => [t.value, t.unit, t.kind])).toEqual([[1286, "个", "status"], [74, "个", "status"], [86, "类", "status"], [880, "元", "status"], [700, "元", "status"]]);
  });

  it("reads a notice period in words (提前三日) as a limit, and a public account's post line as no title", () => {
    const [rule] = one(["某市噪声污染防治条例", "第七条　施工单位应当提前三日向周边居民公告;夜间施工的,应当提前五日公告。"].join("\n"));
    expect(rule!.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[3, "日", "goal"], [5, "日", "goal"]]);
    const post = ["**松岭交通** 2026-01-15 07:45 发表于湖北", "", "# 一文读懂｜松岭县“十五五”农村公路发展规划出炉", "", "到2030年,全县农村公路总里程达到4200公里。"].join("\n");
    expect(one(post, "t.md").map((d) => d.title)).toEqual(["一文读懂｜松岭县“十五五”农村公路发展规划出炉"]);
  });

  it("joins a quoted item cut short by a page's end to its rest over the footer, as its sibling ended in ;", () => {
    const decision = ["某市人民代表大会常务委员会关于修改《某市噪声污染防治条例》的决定", "　　一、增加一条，作为第八条：“在噪声敏感建筑物集中区域，禁止下列行为：", "　　“（一）在二十二时至次日六时进行产生噪声的建筑施工作业；", "　　“（二）使用高音广播喇叭或者采用其他持续", "", "　　　　　　　　　　　　　　　　— 21 —", "", "反复发出高噪声的方法招揽顾客；", "　　“（三）在住宅楼内于二十时至次日八时进行装修作业。”", "　　二、删去第十四条。"].join("\n");
    const [doc] = one(decision);
    expect(doc!.sections).toEqual([]);
    expect(doc!.measures.find((m) => m.marker === "（二）")?.text).toBe("使用高音广播喇叭或者采用其他持续反复发出高噪声的方法招揽顾客；");
  });

  it("reads a dated line naming the table under it (2024年…销售情况) as the table's caption, not a heading", () => {
    const [reply] = one(["关于县政协十一届五次会议第56号提案的答复", "一、基本情况", "近年来,我县大力发展农村电商。", "2024年全县重点农产品网络销售情况", "品类\t网络零售额(万元)\t同比增长(%)", "高山茶叶\t8620\t24.3", "笋干\t2360\t12.8"].join("\n"));
    expect(reply!.sections.map((s) => s.title)).toEqual(["一、基本情况"]);
    expect(reply!.targets.map((t) => t.value)).toEqual([8620, 24.3, 2360, 12.8]);
  });
});

describe("interpretations, press conferences, work plans and report pages of the ninety-seventh to hundredth probe rounds", () => {
  it("reads a column label between dots as no title, and a title broken after its 《》 before 的政策解读 as one", () => {
    const text = ["泊阳市人民政府公报　　　　　　2025年第11期（总第263期）", "", "·政策解读·", "", "关于《泊阳市住房公积金缴存管理实施细则》", "的政策解读", "", "泊阳市住房公积金管理中心", "", "　　《细则》自2025年11月1日起施行。现就有关内容解读如下。", "　　一、制定背景", "　　截至2024年末，全市实缴职工52.7万人。"].join("\n");
    expect(one(text).map((d) => d.title)).toEqual(["关于《泊阳市住房公积金缴存管理实施细则》的政策解读"]);
  });

  it("takes no series from two 首先 (a host's and a speaker's opening), only from 首先 with its 其次", () => {
    const text = ["岚江市养老服务新闻发布会", "主持人：首先，请蒋文涛局长介绍《若干措施》的主要内容。", "蒋文涛：各位记者朋友，大家上午好！首先，我代表市民政局，对大家表示衷心感谢。", "全市现有养老机构216家。", "在医养结合方面：", "首先，深入推进医养结合。到2027年，二级医院设立老年医学科的比例达到80%。", "其次，做实家庭医生签约服务。", "最后，加强安宁疗护服务。"].join("\n");
    expect(one(text)[0]!.measures.map((m) => m.marker)).toEqual(["首先", "其次", "最后"]);
  });

  it("reads a page's related link behind a bar, its registration numbers and copyright line, and a post's preview line as no text", () => {
    const page = ["榆宁市农业社会化服务补助政策问答", "", "问：补助标准是多少？", "", "答：每亩补助15元。", "", "相关链接：", "榆宁市人民政府关于印发《榆宁市支持农业社会化服务发展若干政策》的通知", "图解｜农业社会化服务补助“5问5答”，每亩最高补20元", "", "霁阳日报社版权所有　未经书面授权不得复制或建立镜像", "岚ICP备05006218号-1　岚公网安备43302602000113号"].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["榆宁市农业社会化服务补助政策问答"]);
    expect(docs[0]!.targets.map((t) => t.value)).toEqual([15]);
    const post = ["# 一图读懂｜渥川充电基础设施三年行动来了！", "", "## 01 | 主要目标", "", "到2027年，全市建成充电桩3.6万个。", "", "**分享** **收藏** **点赞** **在看**", "", "预览时标签不可点", "", "微信扫一扫", "关注该公众号"].join("\n");
    expect(one(post, "t.md")[0]!.sections.map((s) => s.title)).toEqual(["01 | 主要目标"]);
  });

  it("reads a paper's name with its page number far right, and a page named by letter (A04版), as the masthead", () => {
    const page = ["苍岭日报　　　　　　　　　　　　　　　　　　3", "2025年11月18日　星期二　　　　　　　要闻·发布", "", "文旅消费“20条”来了", "", "本报记者　谷雨萌", "", "　　11月17日，市政府新闻办召开新闻发布会。到2026年，建成夜间文旅消费集聚区10个。"].join("\n");
    expect(one(page).map((d) => d.title)).toEqual(["文旅消费“20条”来了"]);
    const clip = ["# 鹭州日报 2026年01月23日 A04版：两会特刊", "", "## 鹭州今年这样干", "", "*本报记者 温雅宁*", "", "报告提出，2026年新增规上工业企业120家。"].join("\n");
    expect(one(clip, "t.md").map((d) => d.title)).toEqual(["鹭州今年这样干"]);
  });

  it("returns a numbered part printed after a brief to the plan whose numbers it goes on", () => {
    const page = ["椒溪区2026年优化营商环境工作要点", "", "　　三、加强市场监管", "", "　　（八）规范涉企行政检查。同一企业的行政检查全年不超过2次。", "", "　　（九）加强知识产权保护。发明专利授权量增长12%。", "", "1至2月全区政务服务办件量超8万件", "", "　　本报讯（通讯员　邵婧）今年1至2月，区政务服务中心累计受理办件8.2万件。", "", "　　四、做优企业全周期服务", "", "　　（十）健全政企常态化沟通机制。企业诉求办结率达到98%。", "", "　　（十一）清理拖欠企业账款。款项支付期限最长不超过60日。"].join("\n");
    const [plan, brief] = one(page);
    expect(plan!.sections.map((s) => s.title)).toEqual(["三、加强市场监管", "四、做优企业全周期服务"]);
    expect(plan!.measures.map((m) => m.marker)).toEqual(["（八）", "（九）", "（十）", "（十一）"]);
    expect(brief!.measures).toEqual([]);
  });

  it("reads 从20人扩充到35人 as a change from 20", () => {
    const [plan] = one(["柳塘镇森林防火工作方案", "(1)加强扑火队伍建设。镇半专业扑火队从20人扩充到35人。"].join("\n"));
    expect(plan!.targets.map((t) => [t.value, t.unit, t.from])).toEqual([[35, "人", 20]]);
  });

  it("reads a box headed 图解 or 数说2025· inside a page as a text of its own: its bulleted figures count, none is a pull quote, and the sentence it broke is joined", () => {
    const page = ["聚力实干开新局", "", "本报记者　江　潮", "", "　　报告提出，到2030年全市地区生产总值突破2000亿元。", "　　第三，坚定不移推进城乡融合。到2030年累计改造城镇老旧小区500个以上，新建改建农村", "", "图解　今后五年主要目标", "▲地区生产总值　突破2000亿元", "▲城镇新增就业　每年4万人以上", "制图：嵘　图", "", "公路1500公里，让城乡居民共享更高品质的生活。", "　　第四，坚定不移推进改革开放。到2030年外贸进出口总额突破500亿元。", "", "数说2025·沄川答卷", "", "■地区生产总值达到1386.2亿元，增长5.9%。"].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["聚力实干开新局", "图解　今后五年主要目标", "数说2025·沄川答卷"]);
    expect(docs[0]!.measures.map((m) => m.marker)).toEqual(["第三", "第四"]);
    expect(docs[0]!.measures[0]!.text).toContain("新建改建农村公路1500公里");
    expect(docs[1]!.targets.map((t) => [t.value, t.unit])).toEqual([[2000, "亿元"], [4, "万人"]]);
  });

  it("reads a work report's plans recounted in the news as goals (第三,持续扩大有效需求。…, 报告提出新建…), a reply's items under such titles as done, and a survey's count in a plan's goals as status", () => {
    const news = ["市十七届人大五次会议隆重开幕", "", "本报记者　林书瑶", "", "　　1月20日，市十七届人大五次会议开幕。", "　　第三，持续扩大有效需求。全年发放消费券1亿元，新增规上工业企业150家。", "　　在数字经济方面，报告提出新建5G基站1500个。", "　　本次会议应出席代表412名，实际出席396名。"].join("\n");
    expect(one(news)[0]!.targets.map((t) => [t.value, t.kind])).toEqual([[1, "goal"], [150, "goal"], [1500, "goal"], [412, "status"], [396, "status"]]);
    const reply = ["关于县人大十八届三次会议第12号建议的答复", "　　第三，强化应急供水保障。我局配备应急送水车9辆。", "　　第四，健全长效管护机制。落实管护人员312名。"].join("\n");
    expect(one(reply)[0]!.targets.map((t) => [t.value, t.kind])).toEqual([[9, "status"], [312, "status"]]);
    const plan = ["白鹭镇农村自建房安全隐患排查整治工作方案", "一、工作目标", "　　据初步摸底，全镇共有农村自建房4862栋。2026年6月底前，全镇农村自建房排查覆盖率达到100%。"].join("\n");
    expect(one(plan)[0]!.targets.map((t) => [t.value, t.kind])).toEqual([[4862, "status"], [100, "goal"]]);
  });

  it("reads subheads about a colon as headings where a text prints two or more, in a wrapped copy too, but not fields or data lines", () => {
    const report = ["聚力实干开新局", "", "本报记者　江　潮", "", "　　3月5日，中国共产党嵘江市第九次代表大会开幕。报告全面总结过去五年工作，科学擘画今后", "五年发展蓝图，加快建设现代化新嵘江。", "五年答卷：跨越赶超迈大步", "　　“十四五”时期，全市地区生产总值由2020年的1068亿元增加到2025年的", "1485亿元，年均增长6.8%，实现“县县通高速”。", "今后五年：锚定目标加速奔跑", "　　报告提出，到2030年全市地区生产总值突破2000亿元。"].join("\n");
    expect(one(report)[0]!.sections.map((s) => s.title)).toEqual(["五年答卷：跨越赶超迈大步", "今后五年：锚定目标加速奔跑"]);
    const tasks = ["某县数字乡村建设任务清单", "1.建设益农信息社。", "牵头单位：县农业农村局", "2.推进电商进村。", "牵头单位：县商务局", "新增学位：两千四百个", "城乡公交：百分之百"].join("\n");
    expect(one(tasks)[0]!.sections).toEqual([]);
  });

  it("reads a quotation's dash credit as no measure and no heading, 短评：… as a title, and a label after a bulleted box as a text's title", () => {
    const page = ["霁阳日报数字报", "第A03版：两会特刊", "上一版　　下一版", "", "数说政府工作报告", "●规上工业增加值　增长8.6%", "●城镇新增就业　3.62万人", "（制图：罗　旭）", "", "代表委员热议", "　　“报告提出全年安排市级重点项目300个，高新区将承接其中的45个。”", "　　——市人大代表、霁阳高新区管委会主任　罗振华", "　　“报告明确新建改建农村公路400公里。”", "　　——市政协委员、霁阳交通投资集团总工程师　贺永康", "", "短评：让“民生温度”可感可及", "　　翻开今年的政府工作报告，“民生”二字分量很重。", "　　（作者：石　磊）"].join("\n");
    const docs = one(page);
    expect(docs.map((d) => d.title)).toEqual(["数说政府工作报告", "代表委员热议", "短评：让“民生温度”可感可及"]);
    expect(docs[1]!.measures).toEqual([]);
    expect(docs[1]!.sections).toEqual([]);
  });
});
