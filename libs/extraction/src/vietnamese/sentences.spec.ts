import { describe, expect, it } from '@jest/globals';
import { paragraphs, sentences } from './sentences.js';

describe('paragraphs and sentences', () => {
  it('keeps offsets into the text', () => {
    const text = 'Tiêu đề\n\n  Sáng 25.9, Thủ tướng chủ trì. Dự họp có 1.500 đại biểu.';
    const ps = paragraphs(text);
    expect(ps.map((p) => p.text)).toEqual([
      'Tiêu đề',
      'Sáng 25.9, Thủ tướng chủ trì. Dự họp có 1.500 đại biểu.',
    ]);
    const ss = sentences(text);
    expect(ss.map((s) => s.text)).toEqual([
      'Tiêu đề',
      'Sáng 25.9, Thủ tướng chủ trì.',
      'Dự họp có 1.500 đại biểu.',
    ]);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split at abbreviations', () => {
    const text =
      'Ngày 25/9, tại TP. Cần Thơ, Ủy ban Trung ương MTTQ Việt Nam tổ chức Hội nghị tập huấn. Hội nghị có 145 đại biểu.';
    expect(sentences(text)).toHaveLength(2);
  });
});
