/**
 * The figure table: test/figures/figure-table.json holds hand-annotated sentences (policy plans and
 * news), each with every Target it contains, including sentences whose numbers are all not figures.
 * One parametrised test per sentence. The sentences listed in KNOWN_GAPS still fail, for the reason
 * given; `it.fails` keeps that list honest (fixing one makes its test fail until it is taken off).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Findings } from "../src/diagnostics/report.js";
import { parseChineseNumeral } from "../src/numbers/parse.js";
import { extractFigures, type TargetDraft } from "../src/stages/figures.js";
import { normalize } from "../src/stages/normalize.js";
import { Passage } from "../src/text/passage.js";
import { ROOT } from "./helpers.js";

interface Entry {
  id: string;
  form: string;
  sentence: string;
  targets: Array<Pick<TargetDraft, "kind" | "value" | "to" | "from" | "unit" | "base" | "comparator" | "year" | "period" | "hedged" | "binding">>;
}

const table: Entry[] = JSON.parse(readFileSync(join(ROOT, "test/figures/figure-table.json"), "utf8"));

const KNOWN_GAPS: Record<string, string> = {
  "chg-from-to-d-class": "a sentence alone has no document genre: a news page makes this status, a plan goal",
  "ratio-times-national": "a comparison (是…的2.3倍) has no cue: no genre for a lone sentence",
  "num-no-unit-pue": "a figure without a unit (PUE 1.3): what-counts.md counts numbers with a unit, and the schema requires one",
};

function extracted(sentence: string) {
  const { text } = normalize(sentence);
  const found = extractFigures(new Passage(text, [{ at: 0, start: 0, length: text.length }]), { defaultKind: "goal", explain: false }, new Findings());
  return found.map(({ kind, value, to, from, unit, base, comparator, year, period, hedged, binding }) => ({ kind, value, to, from, unit, base, comparator, year, period, hedged, binding }));
}

const expected = (entry: Entry) =>
  entry.targets.map(({ kind, value, to, from, unit, base, comparator, year, period, hedged, binding }) => ({ kind, value, to, from, unit: unit.normalize("NFKC"), base, comparator, year, period, hedged, binding }));

describe("figure table", () => {
  it("has at least 150 sentences, 40 of them without figures, and every known gap is in it", () => {
    expect(table.length).toBeGreaterThanOrEqual(150);
    expect(table.filter((e) => e.targets.length === 0).length).toBeGreaterThanOrEqual(40);
    for (const id of Object.keys(KNOWN_GAPS)) expect(table.map((e) => e.id)).toContain(id);
  });

  for (const entry of table) {
    const gap = KNOWN_GAPS[entry.id];
    const test = gap ? it.fails : it;
    test(`${entry.id} [${entry.form}]${gap ? ` (known gap: ${gap})` : ""}: ${entry.sentence}`, () => {
      expect(extracted(entry.sentence)).toEqual(expected(entry));
    });
  }
});

/** n written in Chinese numerals the way policy texts write them (一千二百零五, 十五, 三万零四十). */
function toChinese(n: number): string {
  const digits = "零一二三四五六七八九";
  const small = (k: number): string => {
    // 0 < k < 10000
    const parts: string[] = [];
    const units = ["千", "百", "十", ""];
    const values = [1000, 100, 10, 1];
    let zero = false;
    values.forEach((v, i) => {
      const d = Math.floor(k / v) % 10;
      if (d === 0) {
        if (parts.length > 0) zero = true;
        return;
      }
      if (zero) parts.push("零");
      zero = false;
      parts.push(d === 1 && v === 10 && parts.length === 0 ? "十" : digits[d]! + units[i]!);
    });
    return parts.join("");
  };
  if (n === 0) return "零";
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  let out = "";
  if (yi) out += small(yi) + "亿";
  if (wan) out += (yi && wan < 1000 ? "零" : "") + small(wan) + "万";
  if (rest) out += ((yi || wan) && rest < 1000 ? "零" : "") + small(rest);
  return out;
}

describe("indicators: what each figure measures", () => {
  const indicators = (sentence: string) => {
    const { text } = normalize(sentence);
    return extractFigures(new Passage(text, [{ at: 0, start: 0, length: text.length }]), { defaultKind: "status", explain: false }, new Findings()).map((t) => [t.indicator, t.value, t.unit]);
  };

  it("names a growth after the figure before it when its clause names nothing that grows", () => {
    expect(indicators("到2030年，地区生产总值突破1.2万亿元，年均增长5.5%左右。")).toEqual([
      ["地区生产总值", 1.2, "万亿元"],
      ["地区生产总值年均增长", 5.5, "%"],
    ]);
    expect(indicators("今年以来，全市新设经营主体4.6万户，同比增长12.3%。")).toEqual([
      ["新设经营主体", 4.6, "万户"],
      ["新设经营主体同比增长", 12.3, "%"],
    ]);
  });

  it("pairs 分别 growths in order with as many figures before them, and drops 实现 and 压减至", () => {
    expect(indicators("2024年接待游客1260万人次，实现旅游综合收入98亿元，同比分别增长14.5%和16.2%。")).toEqual([
      ["接待游客", 1260, "万人次"],
      ["旅游综合收入", 98, "亿元"],
      ["接待游客同比增长", 14.5, "%"],
      ["旅游综合收入同比增长", 16.2, "%"],
    ]);
    expect(indicators("企业开办时间压减至1个工作日以内。")).toEqual([["企业开办时间", 1, "个工作日"]]);
  });

  it("keeps a growth that has a subject of its own, and reads 上亿人次 with its unit", () => {
    expect(indicators("粮食产量达到600亿斤，农民人均可支配收入增长6.5%。")).toEqual([
      ["粮食产量", 600, "亿斤"],
      ["农民人均可支配收入增长", 6.5, "%"],
    ]);
    expect(indicators("带动就业上亿人次。")).toEqual([["带动就业", 1, "亿人次"]]);
  });
});

describe("numbers in Arabic and in Chinese numerals", () => {
  it("parse to the same value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        expect(parseChineseNumeral(toChinese(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("give the same figure in a sentence", () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 9999 }), fc.constantFrom("家", "个", "项", "亿元", "万人"), (n, unit) => {
        const arabic = extracted(`到2027年,全市培育企业${n}${unit}。`);
        const chinese = extracted(`到2027年,全市培育企业${toChinese(n)}${unit}。`);
        expect(chinese.map((t) => [t.value, t.unit])).toEqual(arabic.map((t) => [t.value, t.unit]));
        expect(arabic.map((t) => t.value)).toEqual([n]);
      }),
      { numRuns: 1000 },
    );
  });
});
