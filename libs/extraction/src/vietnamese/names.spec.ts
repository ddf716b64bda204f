import { describe, expect, it } from '@jest/globals';
import { findPersonMentions, isSurname } from './names.js';

const people = (text: string) => findPersonMentions(text).map((p) => ({ name: p.name, titles: p.titles }));

describe('findPersonMentions', () => {
  it('takes titles off names written title first', () => {
    expect(people('Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính phát biểu.')).toEqual([
      { name: 'Phạm Minh Chính', titles: ['Ủy viên Bộ Chính trị', 'Thủ tướng Chính phủ'] },
    ]);
    expect(people('Tại Hội nghị, đồng chí Trưởng Ban Tổ chức Trung ương Lê Minh Hưng truyền đạt')).toEqual([
      { name: 'Lê Minh Hưng', titles: ['Trưởng Ban Tổ chức Trung ương'] },
    ]);
  });

  it('reads names written name first, titles after', () => {
    expect(
      people(
        'Dự tại điểm cầu có các đồng chí: Lê Tiến Châu, Ủy viên Trung ương Đảng, Bí thư Thành ủy; Nguyễn Văn Tùng, Phó Bí thư Thành ủy.',
      ),
    ).toEqual([
      { name: 'Lê Tiến Châu', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Thành ủy'] },
      { name: 'Nguyễn Văn Tùng', titles: ['Phó Bí thư Thành ủy'] },
    ]);
    expect(people('Đồng chí Lê Thanh Hải - TUV, Bí thư Huyện ủy đã báo cáo dự thảo')).toEqual([
      { name: 'Lê Thanh Hải', titles: ['TUV', 'Bí thư Huyện ủy'] },
    ]);
  });

  it('separates a place from the name after it', () => {
    expect(
      people('Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy An Giang Lê Hồng Quang chủ trì'),
    ).toEqual([
      { name: 'Lê Hồng Quang', titles: ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy An Giang'] },
    ]);
  });

  it('accepts uncommon surnames after an honorific', () => {
    expect(
      people('Đồng chí A Ten, Ủy viên Ban Thường vụ, quán triệt Chỉ thị số 50-CT/TW').map((p) => p.name),
    ).toEqual(['A Ten']);
  });

  it('does not take places, bodies or bare titles for people', () => {
    expect(people('Hội nghị diễn ra tại Hà Nội, Đoàn Thanh niên và Hội Liên hiệp Phụ nữ tham dự.')).toEqual(
      [],
    );
    expect(people('Kết luận Hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh')).toEqual([]);
    expect(people('đồng chí Trưởng Ban Tổ chức Trung ương phát biểu')).toEqual([]);
  });

  it('handles ranks and academic titles', () => {
    expect(people('Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an chủ trì Hội nghị.')).toEqual([
      { name: 'Tô Lâm', titles: ['Đại tướng', 'Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an'] },
    ]);
    expect(
      people('nghe Tiến sĩ Nguyễn Thị Hoài Phương- Nguyên trưởng khoa Tư tưởng Hồ Chí Minh truyền đạt').map(
        (p) => p.name,
      ),
    ).toEqual(['Nguyễn Thị Hoài Phương']);
  });

  it('knows the common surnames', () => {
    expect(isSurname('Nguyễn')).toBe(true);
    expect(isSurname('Hội')).toBe(false);
  });
});
