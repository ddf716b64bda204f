import { describe, expect, it } from '@jest/globals';
import { classify } from './classify.js';
import { buildDoc } from './doc.js';
import { meetingWhen } from './when.js';

const when = (text: string, publishedAt: string | null = null, url: string | null = null) => {
  const doc = buildDoc({ text, title: null, publishedAt, url });
  const w = meetingWhen(doc, classify(doc).lead);
  return { date: w.date?.value ?? null, partOfDay: w.partOfDay?.value ?? null };
};

describe('meetingWhen', () => {
  it('takes the year from the publication date', () => {
    expect(
      when(
        'Sáng 7-2, Hội nghị toàn quốc nghiên cứu Nghị quyết Đại hội XIV của Đảng diễn ra tại Hà Nội.',
        '2026-02-07',
      ),
    ).toEqual({
      date: '2026-02-07',
      partOfDay: 'morning',
    });
  });

  it('puts a December meeting reported in January in the year before', () => {
    expect(
      when('Chiều ngày 29-12, Sở Y tế đã tổ chức Hội nghị tổng kết công tác y tế.', '2024-01-03'),
    ).toEqual({
      date: '2023-12-29',
      partOfDay: 'afternoon',
    });
  });

  it('reads "chiều nay" against a dateline', () => {
    expect(
      when(
        '12/01/2021, 18:45\n\nĐây là nội dung của Hội nghị trực tuyến triển khai nhiệm vụ năm 2021 của ngành Thanh tra diễn ra chiều nay tại Hà Nội.',
      ),
    ).toEqual({ date: '2021-01-12', partOfDay: 'afternoon' });
  });

  it('uses a date in the URL', () => {
    expect(
      when(
        'Sáng 8-3, Đảng ủy Công an Trung ương tổ chức hội nghị trực tuyến toàn quốc quán triệt kết quả Hội nghị Văn hóa.',
        null,
        'https://baogialai.com.vn/channel/8205/202203/dang-uy-cong-an-5769016/',
      ),
    ).toEqual({ date: '2022-03-08', partOfDay: 'morning' });
  });

  it('guesses the year from what the meeting plans or reviews', () => {
    expect(
      when(
        'Sáng ngày 28/11, Đảng uỷ quân sự thành phố tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024.',
      ),
    ).toEqual({
      date: '2023-11-28',
      partOfDay: 'morning',
    });
  });

  it('dates a dissemination meeting after the document it disseminates', () => {
    expect(
      when(
        'Chiều ngày 16/7 tại Hà Nội, Đảng ủy Khối các cơ quan Trung ương đã tổ chức hội nghị quán triệt, triển khai Quy định số 162-QĐ/TW, ngày 29/5/2024 của Ban Bí thư.',
      ),
    ).toEqual({ date: '2024-07-16', partOfDay: 'afternoon' });
  });

  it('gives no date when no year is known', () => {
    expect(
      when(
        'Sáng 16/9, tại Hội trường Diên Hồng, Tổng Bí thư Tô Lâm dự và chỉ đạo Hội nghị toàn quốc quán triệt 4 Nghị quyết của Bộ Chính trị.',
      ),
    ).toEqual({
      date: null,
      partOfDay: 'morning',
    });
  });
});
