import { describe, expect, it } from '@jest/globals';
import { classify } from './classify.js';
import { buildDoc } from './doc.js';
import { findFormat, findVenue } from './venue.js';

const read = (text: string) => {
  const doc = buildDoc({ text, title: null, publishedAt: null, url: null });
  const venue = findVenue(doc, classify(doc).lead, null);
  return { venue: venue?.value ?? null, format: findFormat(doc, venue) };
};

describe('findVenue and findFormat', () => {
  it('reads the main hall of a hybrid meeting', () => {
    expect(
      read(
        'Sáng 7-2, Hội nghị toàn quốc diễn ra theo hình thức trực tiếp từ điểm cầu chính tại phòng họp Diên Hồng, Nhà Quốc hội kết nối trực tuyến tới trên 31.000 điểm cầu.',
      ),
    ).toEqual({ venue: 'phòng họp Diên Hồng, Nhà Quốc hội', format: 'hybrid' });
  });

  it('reads an opening place and keeps "TP." whole', () => {
    expect(
      read(
        'Ngày 25/9, tại TP. Cần Thơ, Ủy ban Trung ương MTTQ Việt Nam tổ chức Hội nghị tập huấn về chuyển đổi số.',
      ),
    ).toEqual({
      venue: 'TP. Cần Thơ',
      format: 'in_person',
    });
  });

  it('skips a local connection point and places named before the meeting', () => {
    expect(
      read(
        'Sáng ngày 24/2, Bộ Y tế tổ chức hội nghị trực tuyến toàn quốc triển khai công tác y tế năm 2023. Dự hội nghị tại điểm cầu UBND tỉnh Hà Nam có đồng chí Trần Xuân Dưỡng, Phó Chủ tịch UBND tỉnh.',
      ),
    ).toEqual({ venue: null, format: 'online' });
    expect(
      read(
        'Trước diễn biến của dịch COVID-19 tại Quảng Ninh và Hải Dương, hôm qua, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã triệu tập cuộc họp khẩn về công tác phòng chống dịch, tại phòng họp thuộc Trung tâm Hội nghị Quốc gia Mỹ Đình, nơi Đại hội đang diễn ra.',
      ),
    ).toEqual({ venue: 'phòng họp thuộc Trung tâm Hội nghị Quốc gia Mỹ Đình', format: 'in_person' });
  });

  it('calls an online meeting from a city online, from a hall hybrid', () => {
    expect(
      read('Ngày 23-6, tại Hà Nội, Bộ Công an tổ chức Hội nghị trực tuyến đến Công an các tỉnh, thành phố.'),
    ).toEqual({
      venue: 'Hà Nội',
      format: 'online',
    });
    expect(
      read(
        'Chiều 14/9, tại Hội trường TP, Bí thư Thành ủy chủ trì Hội nghị lần thứ 8. Hội nghị được tổ chức theo hình thức trực tuyến, kết nối tới các điểm cầu.',
      ),
    ).toEqual({
      venue: 'Hội trường TP',
      format: 'hybrid',
    });
  });
});
