import { describe, expect, it } from '@jest/globals';
import { classify } from './classify.js';
import { buildDoc } from './doc.js';
import { findPeople } from './people.js';

const roles = (text: string, captions: string[] = []) => {
  const doc = buildDoc({ text, title: null, publishedAt: null, url: null, captions });
  return Object.fromEntries(findPeople(doc, classify(doc).lead).people.map((p) => [p.name, p.roles]));
};

describe('findPeople', () => {
  it('reads speakers and the one who concluded', () => {
    expect(
      roles(
        'Sáng 01/12, Bộ Chính trị tổ chức Hội nghị toàn quốc. Tại Hội nghị, đồng chí Trưởng Ban Tổ chức Trung ương Lê Minh Hưng truyền đạt các nội dung chính; Chủ tịch Quốc hội Trần Thanh Mẫn truyền đạt chuyên đề "Tháo gỡ những điểm nghẽn". Phát biểu kết luận Hội nghị, Tổng Bí thư Tô Lâm nhấn mạnh một số nội dung trọng tâm.',
      ),
    ).toEqual({ 'Lê Minh Hưng': ['speaker'], 'Trần Thanh Mẫn': ['speaker'], 'Tô Lâm': ['directing'] });
  });

  it('gives the introduction of a list to everyone in it', () => {
    expect(
      roles(
        'Ngày 4/12, Thành ủy tổ chức hội nghị. Dự tại điểm cầu thành phố Hải Phòng có các đồng chí: Lê Tiến Châu, Ủy viên Trung ương Đảng, Bí thư Thành ủy; Nguyễn Văn Tùng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; các đồng chí lãnh đạo thành phố.',
      ),
    ).toEqual({ 'Lê Tiến Châu': ['attendee'], 'Nguyễn Văn Tùng': ['attendee'] });
  });

  it('gives a verb after a list to everyone in it', () => {
    expect(
      roles(
        'Sáng 7-7, Ủy ban Kiểm tra Trung ương tổ chức hội nghị. Các ông: Trần Cẩm Tú - Ủy viên Bộ Chính trị, Chủ nhiệm UBKT Trung ương; Trần Văn Rón - Ủy viên Trung ương Đảng, Phó Chủ nhiệm UBKT Trung ương chủ trì hội nghị.',
      ),
    ).toEqual({ 'Trần Cẩm Tú': ['chair'], 'Trần Văn Rón': ['chair'] });
  });

  it('reads verb chains and "dưới sự chủ trì của"', () => {
    expect(
      roles('Sáng 16/9, Tổng Bí thư Tô Lâm dự và chỉ đạo Hội nghị toàn quốc quán triệt 4 Nghị quyết.'),
    ).toEqual({
      'Tô Lâm': ['directing', 'attendee'],
    });
    expect(
      roles(
        'Sáng 4/8, dưới sự chủ trì của đồng chí Trương Quốc Huy, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh, hội nghị trực tuyến được tổ chức.',
      ),
    ).toEqual({ 'Trương Quốc Huy': ['chair'] });
  });

  it('does not count someone another acts for, or someone who only sent flowers', () => {
    expect(
      roles(
        'Chiều 24/7, Thủ tướng Phạm Minh Chính chủ trì Phiên họp lần thứ nhất của Ban Chỉ đạo. Phát biểu ý kiến khai mạc phiên họp, thay mặt Tổng Bí thư Tô Lâm và các đồng chí lãnh đạo, Thủ tướng Phạm Minh Chính gửi tới lời chia buồn.',
      ),
    ).toEqual({ 'Phạm Minh Chính': ['chair', 'directing'] });
    expect(
      roles(
        'Sáng 27-3, Hội đồng hương tổ chức hội nghị tổng kết. Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ gửi lẵng hoa chúc mừng.',
      ),
    ).toEqual({});
  });

  it('resolves a title standing for someone named before', () => {
    expect(
      roles(
        'Đồng chí Lê Thanh Hải - TUV, Bí thư Huyện ủy đã báo cáo dự thảo phương hướng công tác nhân sự tại Hội nghị lần này.\n\nKết luận Hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh: Hội nghị lần này là cơ sở quan trọng.',
      ),
    ).toEqual({ 'Lê Thanh Hải': ['speaker', 'directing'] });
  });

  it('reads roles from captions', () => {
    expect(
      roles('Sáng 7-2, Hội nghị toàn quốc nghiên cứu Nghị quyết Đại hội XIV của Đảng diễn ra tại Hà Nội.', [
        'Tổng Bí thư Tô Lâm và các đại biểu dự Hội nghị toàn quốc.',
      ]),
    ).toEqual({ 'Tô Lâm': ['attendee'] });
  });
});
