import { describe, expect, it } from '@jest/globals';
import { classify } from './classify.js';
import { buildDoc } from './doc.js';
import { completeName, findMeetingName } from './name.js';
import { findOrganizers } from './organizers.js';

const name = (text: string, title: string | null = null) => {
  const doc = buildDoc({ text, title, publishedAt: null, url: null });
  const lead = classify(doc).lead;
  const found = findMeetingName(doc, lead);
  const org = findOrganizers(doc, lead, found?.value ?? null)[0]?.value ?? null;
  return completeName(found, org, lead, doc)?.value ?? null;
};

describe('meeting names', () => {
  it('stops where the sentence goes on to say how and where', () => {
    expect(
      name(
        'Sáng 7-2, Hội nghị toàn quốc nghiên cứu, học tập Nghị quyết Đại hội XIV của Đảng diễn ra theo hình thức trực tiếp.',
      ),
    ).toBe('Hội nghị toàn quốc nghiên cứu, học tập Nghị quyết Đại hội XIV của Đảng');
    expect(
      name(
        'Ngày 16/12, Ban Tổ chức Trung ương tổ chức hội nghị toàn quốc tổng kết công tác năm 2024; triển khai nhiệm vụ năm 2025. Tổng Bí thư dự.',
      ),
    ).toBe('Hội nghị toàn quốc tổng kết công tác năm 2024; triển khai nhiệm vụ năm 2025');
  });

  it('keeps document references and their dates inside the name', () => {
    expect(
      name(
        'Chiều ngày 16/7 tại Hà Nội, Đảng ủy Khối các cơ quan Trung ương đã tổ chức hội nghị quán triệt Quy định số 162-QĐ/TW, ngày 29/5/2024 của Ban Bí thư.',
      ),
    ).toBe('Hội nghị quán triệt Quy định số 162-QĐ/TW, ngày 29/5/2024 của Ban Bí thư');
  });

  it('ends at a purpose clause once the name says which meeting', () => {
    expect(
      name(
        'Sáng ngày 21/12/2021, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị lần thứ 7 nhằm đánh giá công tác Mặt trận năm 2021.',
      ),
    ).toBe('Hội nghị lần thứ 7');
  });

  it('names meetings the text calls only "họp"', () => {
    expect(
      name('(BBNĐT) Ngày 17 – 9, UBND tỉnh họp phiên thường kỳ tháng 9, xem xét một số nội dung chuyên đề.'),
    ).toBe('Phiên họp thường kỳ tháng 9 của UBND tỉnh');
    expect(
      name('(TUAG)- Chiều 12/9, Thường trực Tỉnh ủy An Giang tổ chức họp giao ban, nhằm đánh giá tình hình.'),
    ).toBe('Cuộc họp giao ban của Thường trực Tỉnh ủy An Giang');
  });

  it('names a working session after both sides', () => {
    expect(
      name(
        'Ngày 15/9/2016, tại Trụ sở Trung ương, Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy Cần Thơ cho ý kiến về việc tổng kết.',
      ),
    ).toBe('Buổi làm việc của Bộ Chính trị với Ban Thường vụ Thành ủy Cần Thơ');
  });

  it('prefers a headline naming the meeting over a bare "hội nghị để …"', () => {
    expect(
      name(
        'Sáng ngày 27/4, Ban thường vụ Tỉnh ủy đã tổ chức hội nghị để thảo luận và cho ý kiến đối với các dự thảo nghị quyết.',
        'Hội nghị Ban thường vụ Tỉnh ủy',
      ),
    ).toBe('Hội nghị Ban thường vụ Tỉnh ủy');
  });
});
