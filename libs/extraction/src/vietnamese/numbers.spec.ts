import { describe, expect, it } from '@jest/globals';
import {
  findQuantities,
  intToRoman,
  parseNumber,
  parseNumberWords,
  parseOrdinal,
  romanToInt,
} from './numbers.js';

describe('parseNumber', () => {
  it('reads thousands separators, decimals and scale words', () => {
    expect(parseNumber('14.535')).toBe(14535);
    expect(parseNumber('1,3 triệu')).toBe(1_300_000);
    expect(parseNumber('1,93 triệu')).toBe(1_930_000);
    expect(parseNumber('21 nghìn')).toBe(21_000);
    expect(parseNumber('37 ngàn')).toBe(37_000);
    expect(parseNumber('233')).toBe(233);
  });

  it('rejects what is not a count', () => {
    expect(parseNumber('9,54')).toBeNull();
    expect(parseNumber('21 đại biểu')).toBeNull();
  });
});

describe('parseNumberWords and parseOrdinal', () => {
  it('reads the number words news text uses', () => {
    expect(parseNumberWords('hai')).toBe(2);
    expect(parseNumberWords('mười hai')).toBe(12);
    expect(parseNumberWords('hai mươi mốt')).toBe(21);
    expect(parseNumberWords('mươi')).toBeNull();
  });

  it('reads ordinals after "lần thứ"', () => {
    expect(parseOrdinal('sáu')).toBe(6);
    expect(parseOrdinal('nhất')).toBe(1);
    expect(parseOrdinal('tư')).toBe(4);
    expect(parseOrdinal('11')).toBe(11);
    expect(parseOrdinal('XIV')).toBe(14);
  });
});

describe('Roman numerals', () => {
  it('converts both ways', () => {
    expect(romanToInt('XIII')).toBe(13);
    expect(romanToInt('IV')).toBe(4);
    expect(romanToInt('IIII')).toBeNull();
    expect(intToRoman(12)).toBe('XII');
  });
});

describe('findQuantities', () => {
  it('finds counts with their hedges', () => {
    const text =
      'kết nối trực tuyến tới trên 31.000 điểm cầu các ban, bộ ngành, địa phương, với hơn 1,9 triệu đại biểu tham dự';
    expect(findQuantities(text).map((q) => [q.value, q.approximation])).toEqual([
      [31000, 'more'],
      [1_900_000, 'more'],
    ]);
  });

  it('reads "gần 11 nghìn" and skips dates', () => {
    const text = 'Sáng 16/9, Hội nghị được kết nối đến gần 11 nghìn điểm cầu';
    expect(findQuantities(text).map((q) => q.value)).toEqual([11000]);
  });
});
