import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { encodeWindows1258Html, isWindows1258Encodable } from './windows-1258.js';

const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const ALL_SYLLABLES = [...VOWELS, ...VOWELS.toUpperCase()]
  .flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')))
  .join(' ');

describe('windows-1258 encoding', () => {
  it('round-trips every Vietnamese vowel with every tone, and đ/Đ', () => {
    const text = `${ALL_SYLLABLES} đ Đ “Hội nghị” – Tỉnh ủy`;
    expect(isWindows1258Encodable(text)).toBe(true);
    const bytes = encodeWindows1258Html(text);
    expect(iconv.decode(bytes, 'windows-1258').normalize('NFC')).toBe(text);
  });

  it('writes tone marks as combining characters after the base letter, as the code page requires', () => {
    // ệ = ê (0xEA) + combining dot below (0xF2)
    expect([...encodeWindows1258Html('ệ')]).toEqual([0xea, 0xf2]);
  });

  it('falls back to a character reference outside the code page', () => {
    expect(isWindows1258Encodable('Hội nghị 😀')).toBe(false);
    expect(iconv.decode(encodeWindows1258Html('😀'), 'windows-1258')).toBe('&#x1f600;');
  });
});
