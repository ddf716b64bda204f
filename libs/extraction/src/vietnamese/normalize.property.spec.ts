import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  capitalizeFirst,
  collapseSpaces,
  composeText,
  foldSameLength,
  foldToneMarks,
  matchForm,
} from './normalize.js';

/** Vietnamese letters in every tone, both cases, precomposed. */
const LETTERS = [
  ...'aăâeêioôơuưy'
    .split('')
    .flatMap((vowel) =>
      ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((tone) => (vowel + tone).normalize('NFC')),
    ),
  ...'bcdđghklmnpqrstvx'.split(''),
];
const ALPHABET = [...LETTERS, ...LETTERS.map((l) => l.toUpperCase())];

/** Vietnamese-looking text: letters, separate tone marks, spaces, digits, punctuation. */
const vietnamese = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...ALPHABET) },
    { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', '\t', '\u00a0') },
    {
      weight: 1,
      arbitrary: fc.constantFrom('\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u031b'),
    },
    { weight: 1, arbitrary: fc.constantFrom(...'0123456789.,;:()“”"-/'.split('')) },
  ),
  maxLength: 50,
});
/** Anything at all, including lone surrogates and letters whose case changes their length. */
const anyText = fc.oneof(
  vietnamese,
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('İ', 'ß', 'ŉ', 'ǰ'),
);

describe('Vietnamese matching forms, on generated input', () => {
  it('matchForm is idempotent, NFC, and blind to how the text was composed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const form = matchForm(text);
        expect(matchForm(form)).toBe(form);
        expect(form).toBe(form.normalize('NFC'));
        expect(matchForm(text.normalize('NFD'))).toBe(form);
      }),
    );
  });

  it('matchForm makes both tone-mark placements equal ("hoà" and "hòa")', () => {
    const pairs = fc.constantFrom(['hoà', 'hòa'], ['uỷ', 'ủy'], ['khoẻ', 'khỏe'], ['Thanh Hoá', 'thanh hóa']);
    fc.assert(
      fc.property(pairs, vietnamese, ([moved, usual], around) => {
        expect(matchForm(`${around} ${moved}`)).toBe(matchForm(`${around} ${usual}`));
      }),
    );
  });

  it('foldToneMarks is idempotent and keeps the length of NFC text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const nfc = text.normalize('NFC');
        const folded = foldToneMarks(nfc);
        expect(foldToneMarks(folded)).toBe(folded);
        expect(folded.length).toBe(nfc.length);
      }),
    );
  });

  it('foldSameLength keeps every offset of NFC text, and matches matchForm on Vietnamese', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const nfc = text.normalize('NFC');
        expect(foldSameLength(nfc).length).toBe(nfc.length);
      }),
    );
    fc.assert(
      fc.property(vietnamese, (text) => {
        const nfc = text.normalize('NFC');
        expect(foldSameLength(nfc)).toBe(matchForm(nfc));
      }),
    );
  });

  it('composeText gives NFC text and maps its offsets back in order, end to end', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const composed = composeText(source);
        expect(composed.text).toBe(composed.text.normalize('NFC'));
        expect(composed.toSource(0)).toBe(0);
        expect(composed.toSource(composed.text.length)).toBe(source.length);
        let previous = 0;
        for (let offset = 0; offset <= composed.text.length; offset++) {
          const at = composed.toSource(offset);
          expect(at).toBeGreaterThanOrEqual(previous);
          expect(at).toBeLessThanOrEqual(source.length);
          previous = at;
        }
      }),
    );
  });

  it('composeText is the identity on NFC text', () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        const nfc = text.normalize('NFC');
        const composed = composeText(nfc);
        expect(composed.text).toBe(nfc);
        expect(composed.toSource(nfc.length >> 1)).toBe(nfc.length >> 1);
      }),
    );
  });

  it('collapseSpaces is idempotent and leaves no run of white space, nor any at the ends', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const collapsed = collapseSpaces(text);
        expect(collapseSpaces(collapsed)).toBe(collapsed);
        expect(collapsed).not.toMatch(/\s\s|^\s|\s$/);
      }),
    );
  });

  it('capitalizeFirst changes nothing but the first character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        // Upper case may take more characters ("ǰ" → "J̌"): what follows is the same.
        expect(capitalizeFirst(text).endsWith(text.slice(1))).toBe(true);
      }),
    );
  });
});
