import { describe, expect, it } from '@jest/globals';
import { buildDoc } from './doc.js';
import { findScope, scopeOfPerson } from './scope.js';

const doc = (text: string) => buildDoc({ text, title: null, publishedAt: null, url: null });

describe('findScope', () => {
  it('takes the level of the organiser first', () => {
    expect(
      findScope(doc('Bộ Y tế tổ chức hội nghị trực tuyến toàn quốc.'), {
        organizers: ['Bộ Y tế'],
        name: 'Hội nghị trực tuyến toàn quốc',
        leaderTitles: [],
      }),
    ).toBe('sector');
    expect(
      findScope(doc('Ủy ban Kiểm tra Trung ương tổ chức hội nghị.'), {
        organizers: ['Ủy ban Kiểm tra Trung ương'],
        name: null,
        leaderTitles: [],
      }),
    ).toBe('national');
    expect(
      findScope(doc('Thành ủy tổ chức hội nghị phát triển thành phố Hải Phòng.'), {
        organizers: ['Thành ủy Hải Phòng'],
        name: null,
        leaderTitles: [],
      }),
    ).toBe('province');
  });

  it('falls back on the name and on who chaired', () => {
    expect(
      findScope(doc('Hội nghị diễn ra.'), {
        organizers: [],
        name: 'Hội nghị toàn quốc nghiên cứu Nghị quyết',
        leaderTitles: [],
      }),
    ).toBe('national');
    expect(
      findScope(doc('Sáng 4/8, hội nghị trực tuyến được tổ chức.'), {
        organizers: [],
        name: null,
        leaderTitles: [['Phó Bí thư Tỉnh uỷ', 'Chủ tịch UBND tỉnh']],
      }),
    ).toBe('province');
  });
});

describe('scopeOfPerson', () => {
  it('reads where a person works, not the bodies they sit on', () => {
    expect(scopeOfPerson(['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'], false)).toBe('province');
    expect(scopeOfPerson(['Bí thư Trung ương Đảng', 'Trưởng ban Tuyên giáo Trung ương'], false)).toBe(
      'national',
    );
    expect(scopeOfPerson(['TUV', 'Bí thư Huyện ủy'], false)).toBe('district');
    expect(scopeOfPerson(['Thủ tướng Chính phủ'], false)).toBe('national');
  });
});
