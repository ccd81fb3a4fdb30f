/**
 * Numbers as policy texts write them: Arabic with thousands separators and decimals, Chinese numerals
 * (一千二百, 两万, 三点五, 十五), and magnitude words (万, 亿, 万亿) that stay in the unit so that
 * 1.2万亿元 reads as value 1.2 in 万亿元, with a base value in 元 for comparisons.
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese numeral (一千二百 -> 1200, 三点五 -> 3.5, 两万 -> 20000); NaN when malformed. */
export function parseChineseNumeral(text: string): number {
  if (text.length === 0) return Number.NaN;
  const point = text.indexOf("点");
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseChineseNumeral(text.slice(0, point));
    const decimals = text.slice(point + 1);
    if (decimals.length === 0 || [...decimals].some((c) => !(c in DIGIT))) return Number.NaN;
    return Number(`${whole}.${[...decimals].map((c) => DIGIT[c]).join("")}`);
  }
  // A plain digit string (二〇二五) reads digit by digit.
  if ([...text].every((c) => c in DIGIT) && text.length > 1) return Number([...text].map((c) => DIGIT[c]).join(""));
  // total: whole 亿s; wan: the 万 block below them; section: below 万
  let total = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGIT) {
      // 零 only holds a place (一千零五, 万零十): it is no digit of its own
      digit = DIGIT[char] === 0 ? null : DIGIT[char]!;
    } else if (char in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[char]!;
      digit = null;
    } else if (char === "万" || char === "萬") {
      wan = (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = null;
    } else if (char === "亿" || char === "億") {
      total = (total + wan + section + (digit ?? 0) || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = null;
    } else {
      return Number.NaN;
    }
  }
  return total + wan + section + (digit ?? 0);
}

/** The value of an Arabic number as printed (1,200.5 -> 1200.5); NaN when malformed. */
export function parseArabic(text: string): number {
  const plain = text.includes(",") ? text.replace(/,/g, "") : text;
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

const MAGNITUDE: Array<[string, number]> = [
  ["萬億", 1e12],
  ["千億", 1e11],
  ["百億", 1e10],
  ["億", 1e8],
  ["千萬", 1e7],
  ["百萬", 1e6],
  ["十萬", 1e5],
  ["萬", 1e4],
  ["万亿", 1e12],
  ["千亿", 1e11],
  ["百亿", 1e10],
  ["十亿", 1e9],
  ["亿", 1e8],
  ["千万", 1e7],
  ["百万", 1e6],
  ["十万", 1e5],
  ["万", 1e4],
  ["千", 1e3],
];

const MAGNITUDE_STARTS = new Set(MAGNITUDE.map(([prefix]) => prefix.charAt(0)));

/** Splits a unit into its magnitude and base unit: 万亿元 -> 1e12, 元; 家 -> 1, 家; 万 -> 1e4, "". */
export function splitMagnitude(unit: string): { factor: number; baseUnit: string } {
  // most units (%, 家, 个) start with no magnitude word
  if (!MAGNITUDE_STARTS.has(unit.charAt(0))) return { factor: 1, baseUnit: unit };
  for (const [prefix, factor] of MAGNITUDE) {
    if (unit.startsWith(prefix) && !unit.startsWith("千米") && !unit.startsWith("千瓦") && !unit.startsWith("千克")) {
      return { factor, baseUnit: unit.slice(prefix.length) };
    }
  }
  return { factor: 1, baseUnit: unit };
}

/** The base value of value+unit with the magnitude applied, or null when there is no magnitude. */
export function baseOf(value: number, unit: string): { value: number; unit: string } | null {
  const { factor, baseUnit } = splitMagnitude(unit);
  if (factor === 1) return null;
  return { value: roundSignificant(value * factor), unit: baseUnit || "个" };
}

/** Rounds away binary noise (1.2 * 1e12 = 1200000000000.0002) without losing real digits. */
export function roundSignificant(value: number): number {
  // an integer of at most 12 digits is its own rounding (zero takes the slow path, which turns -0 into 0)
  if (Number.isInteger(value) && value !== 0 && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(12));
}
