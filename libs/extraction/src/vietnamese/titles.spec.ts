import { describe, expect, it } from '@jest/globals';
import { containsTitle, endsWithHonorific, splitTitles, startsWithTitle } from './titles.js';

describe('titles', () => {
  it('recognises titles at the start of a phrase', () => {
    expect(startsWithTitle('Phó Bí thư Thường trực Thành ủy')).toBe(true);
    expect(startsWithTitle('nguyên Thủ tướng')).toBe(true);
    expect(startsWithTitle('UVT.Ư Đảng')).toBe(true);
    expect(startsWithTitle('Đại tá')).toBe(true);
    expect(startsWithTitle('lãnh đạo các sở, ngành')).toBe(false);
  });

  it('finds titles and honorifics', () => {
    expect(containsTitle('Dự họp có Bí thư huyện ủy')).toBe(true);
    expect(endsWithHonorific('Dự hội nghị có các đồng chí: ')).toBe(true);
    expect(endsWithHonorific('Hội nghị có sự tham dự của bà ')).toBe(true);
    expect(endsWithHonorific('không ')).toBe(false);
  });

  it('splits a run of titles as written', () => {
    expect(splitTitles('Ủy viên Bộ Chính trị, Thủ tướng Chính phủ')).toEqual([
      'Ủy viên Bộ Chính trị',
      'Thủ tướng Chính phủ',
    ]);
    expect(splitTitles('TUV, Bí thư Huyện ủy')).toEqual(['TUV', 'Bí thư Huyện ủy']);
  });
});
