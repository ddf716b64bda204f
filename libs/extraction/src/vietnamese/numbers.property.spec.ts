import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  SCALE_WORDS,
  findQuantities,
  intToRoman,
  parseNumber,
  parseNumberWords,
  parseOrdinal,
  romanToInt,
} from './numbers.js';

/** Numbers as Vietnamese writes them: Intl's vi-VN format ("1.234.567", "1,93"). */
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });

/** Text a number function may meet: anything, and near-misses made of digits, separators and words. */
const noisyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(...'0123456789.,  -/%'.split(''), 'triệu', 'tỷ', 'nghìn', 'hơn', 'gần', 'điểm cầu'),
    maxLength: 40,
  }),
);

const UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** 0–99 in words as news text writes them: "mười lăm", "hai mươi mốt", "ba mươi tư". */
function inWords(n: number): string {
  if (n < 10) return UNITS[n];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const head = tens === 1 ? 'mười' : `${UNITS[tens]} mươi`;
  if (unit === 0) return head;
  const tail =
    unit === 1 && tens > 1 ? 'mốt' : unit === 5 ? 'lăm' : unit === 4 && tens > 1 ? 'tư' : UNITS[unit];
  return `${head} ${tail}`;
}

describe('Vietnamese numbers, on generated input', () => {
  it('parseNumber reads back any count written the Vietnamese way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseNumber(vi.format(n))).toBe(n);
      }),
    );
  });

  it('parseNumber reads a decimal with a scale word as the count it stands for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(...Object.keys(SCALE_WORDS)),
        (whole, hundredths, scale) => {
          const value = whole + hundredths / 100;
          const written = `${vi.format(value)} ${scale}`;
          expect(parseNumber(written)).toBe(Math.round(value * SCALE_WORDS[scale]));
        },
      ),
    );
  });

  it('parseNumber never throws, and gives null or a whole number', () => {
    fc.assert(
      fc.property(noisyText, (text) => {
        const value = parseNumber(text);
        if (value !== null) expect(Number.isInteger(value) && value >= 0).toBe(true);
      }),
    );
  });

  it('parseNumberWords reads back 0 to 99 written in words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (n) => {
        expect(parseNumberWords(inWords(n))).toBe(n);
        expect(parseNumberWords(inWords(n).normalize('NFD').toUpperCase())).toBe(n);
      }),
    );
  });

  it('Roman numerals go both ways, and ordinals read digits and numerals alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 399 }), (n) => {
        expect(romanToInt(intToRoman(n))).toBe(n);
        expect(romanToInt(intToRoman(n).toLowerCase())).toBe(n);
        expect(parseOrdinal(intToRoman(n))).toBe(n);
        expect(parseOrdinal(` ${n} `)).toBe(n);
      }),
    );
  });

  it('romanToInt accepts only what intToRoman writes', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'IVXLCivxlc'.split('')), maxLength: 12 }), (text) => {
        const value = romanToInt(text);
        if (value !== null) expect(intToRoman(value)).toBe(text.trim().toUpperCase());
      }),
    );
  });

  it('findQuantities never throws; its spans are in order, inside the text, and hold the number', () => {
    fc.assert(
      fc.property(noisyText, (text) => {
        let end = 0;
        for (const q of findQuantities(text)) {
          expect(q.start).toBeGreaterThanOrEqual(end);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(q.start, q.end)).toMatch(/\d/);
          end = q.end;
        }
      }),
    );
  });

  it('findQuantities finds a count written in a sentence, with its hedge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom(['hơn', 'more'], ['gần', 'less'], ['khoảng', 'about'], ['', 'exact']),
        (n, [hedge, approximation]) => {
          const text = `Hội nghị có ${hedge ? `${hedge} ` : ''}${vi.format(n)} đại biểu tham dự.`;
          expect(findQuantities(text).map((q) => [q.value, q.approximation])).toEqual([[n, approximation]]);
        },
      ),
    );
  });
});
