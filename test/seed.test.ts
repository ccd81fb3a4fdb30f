import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset, serialize } from "../src/emit.js";
import { extractBytes } from "../src/pipeline.js";
import { ROOT, runCli, SEED, tempDir } from "./helpers.js";

const seedPath = "seeds/000_7ff1af6d190f772b.txt";
const extractSeed = () => buildDataset([extractBytes(readFileSync(SEED), { path: seedPath })]);

describe("the seed newspaper page", () => {
  it("re-extracts to the same bytes as fixtures/seed/expected.json", () => {
    const expected = readFileSync(join(ROOT, "fixtures/seed/expected.json"), "utf8");
    expect(serialize(extractSeed(), "json")).toBe(expected);
  });

  it("finds its three articles with their titles, bylines and continuation mark", () => {
    const docs = extractSeed().documents;
    expect(docs.map((d) => [d.title, d.byline, d.continuedFrom])).toEqual([
      ["重庆加快建设全国人工智能应用高地", "本报记者 路轶晨", null],
      ["北京国家级绿色工厂数量已达161家", "本报讯", null],
      ["夯实基本盘培育新动能 奋力开创新型工业化新局面", "新华社记者 周圆", "(上接第1版)"],
    ]);
    expect(docs[0]!.captions).toEqual(["图为重庆长安汽车数智工厂"]);
    expect(docs[0]!.policies).toEqual(["《重庆市推动“人工智能+”行动方案》"]);
  });

  it("returns the displaced section to its article with its series 一是…八是 whole", () => {
    const doc = extractSeed().documents[0]!;
    const section = doc.sections.find((s) => s.title === "提升全要素支撑能力")!;
    const series = doc.measures.filter((m) => m.sectionId === section.id);
    expect(series.map((m) => m.marker)).toEqual(["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是"]);
    expect(new Set(series.map((m) => m.series)).size).toBe(1);
    const fourth = series[3]!;
    expect(fourth.text).toContain("招引一批行业龙头企业。建设“算力高地”创新孵化生态社区");
    // the fragment printed before 五是 is cited as a second part of the measure
    expect(fourth.parts).toHaveLength(1);
    const source = readFileSync(SEED, "utf8");
    expect(source.slice(fourth.parts[0]!.start, fourth.parts[0]!.end)).toMatch(/^“算力高地”创新孵化生态社区/);
    expect(doc.diagnostics.map((d) => d.code)).toContain("displaced-section-moved");
  });

  it("drops both pull quotes and joins every column break", () => {
    const docs = extractSeed().documents;
    const codes = docs.flatMap((d) => d.diagnostics.map((x) => x.code));
    expect(codes.filter((c) => c === "pull-quote-dropped")).toHaveLength(2);
    // 芯片等/研发制造, 提升/公共安全, 人机协同的/新型组织, 在大/模型, 转化途/径, 和智能/网联汽车
    expect(codes.filter((c) => c === "column-break-joined")).toHaveLength(6);
    const texts = docs.flatMap((d) => d.measures.map((m) => m.text));
    expect(texts.some((t) => t.includes("车规级芯片等研发制造。发展“AI+”具身智能"))).toBe(true);
    expect(texts.some((t) => t.includes("探索人机协同的新型组织架构和管理模式"))).toBe(true);
    expect(texts.some((t) => t.includes("加速畅通科技成果转化途径。构建"))).toBe(true);
  });

  it("warns that the continued article's series starts at 二是", () => {
    const doc = extractSeed().documents[2]!;
    expect(doc.measures.slice(0, 3).map((m) => [m.marker, m.ordinal])).toEqual([["二是", 2], ["三是", 3], ["四是", 4]]);
    expect(doc.diagnostics.find((d) => d.code === "ordinal-gap")?.severity).toBe("warning");
  });

  it("cites every item exactly in the source", () => {
    const source = readFileSync(SEED, "utf8");
    for (const doc of extractSeed().documents) {
      for (const target of doc.targets) expect(source.slice(target.span.start, target.span.end)).toBe(target.quote);
      for (const section of doc.sections) expect(source.slice(section.span.start, section.span.end)).toBe(section.title);
      // a quoted lead (“首先”是要) is cited with its quotation marks
      for (const measure of doc.measures) expect(source.slice(measure.span.start, measure.span.end)).toMatch(new RegExp(`^“?${measure.marker}`));
    }
  });

  it("with --explain, accounts for every Arabic number: a figure, or ruled out with its reason", () => {
    const source = readFileSync(SEED, "utf8");
    const dataset = buildDataset([extractBytes(readFileSync(SEED), { path: seedPath, explain: true })]);
    const covered = dataset.documents.flatMap((d) => [...d.targets.map((t) => t.span), ...d.diagnostics.filter((x) => x.code === "number-not-figure").map((x) => x.span!)]);
    const uncovered = [...source.matchAll(/\d+/g)].filter((m) => !covered.some((s) => s.start <= m.index! && m.index! + m[0].length <= s.end));
    // only the numbers in a title and in the (上接第1版) mark, which are metadata, not text
    expect(uncovered.map((m) => m[0])).toEqual(["161", "1"]);
    const reasons = dataset.documents.flatMap((d) => d.diagnostics.filter((x) => x.code === "number-not-figure").map((x) => x.message));
    expect(reasons).toEqual(expect.arrayContaining(["2026年 is not a figure: a year.", "33618 is not a figure: a name in quotation marks.", "8个 is not a figure: a count of the text's own parts."]));
  });

  it("runs as the README says: seeds/ --out plan.json", async () => {
    const dir = tempDir();
    const out = join(dir, "plan.json");
    const result = await runCli(["seeds/", "--out", out], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/1 file, 3 documents, 29 measures, 17 figures/);
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, "utf8")).documents).toHaveLength(3);
  });
});
