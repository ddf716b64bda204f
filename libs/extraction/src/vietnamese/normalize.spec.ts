import { describe, expect, it } from '@jest/globals';
import {
  capitalizeFirst,
  collapseSpaces,
  composeText,
  foldSameLength,
  foldToneMarks,
  matchForm,
} from './normalize.js';

describe('foldToneMarks', () => {
  it('puts the tone mark of a final "oa", "oe", "uy" on the first vowel', () => {
    expect(foldToneMarks('Thanh Hoá')).toBe('Thanh Hóa');
    expect(foldToneMarks('Tỉnh uỷ Khánh Hoà')).toBe('Tỉnh ủy Khánh Hòa');
    expect(foldToneMarks('khoẻ mạnh')).toBe('khỏe mạnh');
  });

  it('leaves syllables that go on, and "qu", alone', () => {
    expect(foldToneMarks('hoạt động')).toBe('hoạt động');
    expect(foldToneMarks('quý IV')).toBe('quý IV');
    expect(foldToneMarks('Huỳnh Đảm')).toBe('Huỳnh Đảm');
  });
});

describe('matchForm', () => {
  it('makes both spellings of Ủy ban equal', () => {
    expect(matchForm('Uỷ ban MTTQ')).toBe(matchForm('Ủy ban MTTQ'));
    expect(matchForm('Uỷ ban MTTQ')).toBe('ủy ban mttq');
  });

  it('composes decomposed input', () => {
    expect(matchForm('Hội nghị'.normalize('NFD'))).toBe('hội nghị');
  });
});

describe('composeText and foldSameLength', () => {
  it('keeps offsets of NFC text', () => {
    const c = composeText('Đảng uỷ xã Thanh Quân');
    expect(foldSameLength(c.text)).toBe('đảng ủy xã thanh quân');
    expect(c.toSource(8)).toBe(8);
  });

  it('maps offsets of decomposed text back to the source', () => {
    const source = 'Sáng nay, Tỉnh uỷ'.normalize('NFD');
    const c = composeText(source);
    expect(foldSameLength(c.text)).toBe('sáng nay, tỉnh ủy');
    const at = c.text.indexOf('Tỉnh');
    expect(source.slice(c.toSource(at)).normalize('NFC')).toBe('Tỉnh uỷ');
  });
});

describe('helpers', () => {
  it('collapses spaces and capitalises', () => {
    expect(collapseSpaces('  Hội   nghị\n toàn quốc ')).toBe('Hội nghị toàn quốc');
    expect(capitalizeFirst('hội nghị toàn quốc')).toBe('Hội nghị toàn quốc');
  });
});
