/**
 * Vietnamese numbers: "." groups thousands and "," marks decimals ("14.535" = 14535,
 * "1,3 triệu" = 1 300 000), scale words ("21 nghìn"), hedges ("hơn", "gần", "trên") and the
 * number words that matter in news text ("hai", "lần thứ sáu").
 */

/** Scale words after a number. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  trăm: 100,
  nghìn: 1_000,
  ngàn: 1_000,
  vạn: 10_000,
  triệu: 1_000_000,
  tỷ: 1_000_000_000,
  tỉ: 1_000_000_000,
};

/** Hedges before a number and what they say about the exact value. */
export const HEDGES: Readonly<Record<string, Approximation>> = {
  hơn: 'more',
  trên: 'more',
  gần: 'less',
  khoảng: 'about',
  'xấp xỉ': 'about',
  chừng: 'about',
  'gần như': 'about',
};

export type Approximation = 'exact' | 'more' | 'less' | 'about';

/** Cardinal number words (lower case). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  mươi: 10,
};

/** Ordinals after "thứ": "lần thứ nhất", "thứ tư" differ from the cardinals. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/**
 * Parses a written number: digits with Vietnamese separators, optionally followed by a scale word.
 * Returns null for anything else. "1.500" → 1500, "1,93 triệu" → 1930000, "21 nghìn" → 21000.
 */
export function parseNumber(raw: string): number | null {
  const m = /^\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*([\p{L}]+)?\s*$/u.exec(raw.normalize('NFC'));
  if (!m) return null;
  const whole = Number(m[1].replace(/\./g, ''));
  const fraction = m[2] ? Number(`0.${m[2]}`) : 0;
  const scaleWord = m[3]?.toLowerCase();
  if (scaleWord !== undefined && !(scaleWord in SCALE_WORDS)) return null;
  const scale = scaleWord ? SCALE_WORDS[scaleWord] : 1;
  if (fraction && scale === 1) return null;
  return Math.round((whole + fraction) * scale);
}

/** Parses a number written as words: "hai" → 2, "mười hai" → 12, "hai mươi mốt" → 21. */
export function parseNumberWords(raw: string): number | null {
  const words = raw.normalize('NFC').toLowerCase().trim().split(/\s+/);
  if (words.length === 0 || words.length > 3) return null;
  const values = words.map((w) => NUMBER_WORDS[w]);
  if (values.some((v) => v === undefined)) return null;
  if (words.length === 1) return words[0] === 'mươi' ? null : values[0];
  if (words[0] === 'mười')
    return words.length === 2 && values[1] > 0 && values[1] < 10 ? 10 + values[1] : null;
  if (words[1] !== 'mươi' || values[0] < 2) return null;
  if (words.length === 2) return values[0] * 10;
  return values[2] > 0 && values[2] < 10 ? values[0] * 10 + values[2] : null;
}

/** Parses an ordinal after "thứ": digits, Roman numerals or words ("sáu" → 6, "nhất" → 1). */
export function parseOrdinal(raw: string): number | null {
  const s = raw.normalize('NFC').trim();
  if (/^\d+$/.test(s)) return Number(s);
  const roman = romanToInt(s);
  if (roman !== null) return roman;
  return ORDINAL_WORDS[s.toLowerCase()] ?? null;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "XIII" → 13; null unless the string is a well-formed Roman numeral up to 399. */
export function romanToInt(raw: string): number | null {
  const s = raw.trim().toUpperCase();
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = i + 1 < s.length ? ROMAN[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return intToRoman(total) === s ? total : null;
}

/** 13 → "XIII". */
export function intToRoman(n: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, r] of table) {
    while (rest >= v) {
      out += r;
      rest -= v;
    }
  }
  return out;
}

/** A number found in text, with its hedge and where it was written. */
export interface Quantity {
  value: number;
  approximation: Approximation;
  start: number;
  end: number;
}

const HEDGE_ALT = Object.keys(HEDGES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const SCALE_ALT = Object.keys(SCALE_WORDS).join('|');
const QUANTITY = new RegExp(
  `(?:(${HEDGE_ALT})\\s+)?(\\d{1,3}(?:\\.\\d{3})+(?![\\d.,]\\d)|\\d+(?:,\\d+)?)(?:\\s+(${SCALE_ALT})(?![\\p{L}])(?:\\s+(\\d{1,3})(?![\\d.,]))?)?`,
  'giu',
);
/** "77/86 đại biểu" (present of convened), "2.100 đại biểu/80 điểm cầu": the slash of a count, not of a date. */
const COUNT_BEFORE_SLASH = /^\/\s*\d+\s+(?:đại biểu|điểm cầu|đảng viên|cán bộ)/u;
const COUNT_AFTER_SLASH = /\p{L}\s*\/\s*$/u;

/**
 * Finds numbers in a text ("hơn 1,93 triệu", "14.535", "gần 11 nghìn"). Dates and codes are not
 * excluded here: callers look at what the number counts.
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index;
    const before = start > 0 ? text[start - 1] : ' ';
    if (
      /[\p{L}\d./-]/u.test(before) &&
      !(before === '/' && COUNT_AFTER_SLASH.test(text.slice(Math.max(0, start - 20), start)))
    )
      continue;
    const end = start + m[0].length;
    const after = text[end] ?? ' ';
    if (after === '/' && !COUNT_BEFORE_SLASH.test(text.slice(end, end + 30))) continue;
    if (/[\d-]/.test(after) || (after === '.' && /\d/.test(text[end + 1] ?? ''))) continue;
    const scaled = parseNumber(m[3] ? `${m[2]} ${m[3]}` : m[2]);
    if (scaled === null) continue;
    // "21 nghìn 450 đại biểu": the rest after the scale word.
    const value =
      m[4] && m[3] && SCALE_WORDS[m[3].toLowerCase()] > Number(m[4]) ? scaled + Number(m[4]) : scaled;
    const hedge = m[1]?.toLowerCase();
    out.push({
      value,
      approximation: hedge ? HEDGES[hedge] : 'exact',
      start,
      end,
    });
  }
  return out;
}
