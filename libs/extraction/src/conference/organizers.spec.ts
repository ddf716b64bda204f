import { describe, expect, it } from '@jest/globals';
import { classify } from './classify.js';
import { buildDoc } from './doc.js';
import { findMeetingName } from './name.js';
import { findOrganizers } from './organizers.js';

const organizers = (text: string, title: string | null = null) => {
  const doc = buildDoc({ text, title, publishedAt: null, url: null });
  const lead = classify(doc).lead;
  return findOrganizers(doc, lead, findMeetingName(doc, lead)?.value ?? null).map((o) => o.value);
};

describe('findOrganizers', () => {
  it('reads the bodies before "tổ chức"', () => {
    expect(
      organizers(
        'Sáng ngày 16/4, tại phòng họp Diên Hồng, Tòa nhà Quốc hội (TP Hà Nội), Bộ Chính trị, Ban Bí thư Trung ương Đảng tổ chức Hội nghị toàn quốc quán triệt.',
      ),
    ).toEqual(['Bộ Chính trị', 'Ban Bí thư']);
    expect(
      organizers(
        'Sáng 16/6, tại Hà Nội, Ban Tuyên giáo Trung ương phối hợp với Bộ Thông tin và Truyền thông, Hội Nhà báo Việt Nam và Đài Tiếng nói Việt Nam tổ chức Hội nghị giao ban báo chí thường kỳ.',
      ),
    ).toEqual([
      'Ban Tuyên giáo Trung ương',
      'Bộ Thông tin và Truyền thông',
      'Hội Nhà báo Việt Nam',
      'Đài Tiếng nói Việt Nam',
    ]);
    expect(
      organizers(
        'Bộ Văn hóa, Thể thao và Du lịch vừa tổ chức Hội nghị quán triệt, triển khai kết quả Hội nghị lần thứ 10.',
      ),
    ).toEqual(['Bộ Văn hóa, Thể thao và Du lịch']);
  });

  it('adds the one place the text names at the body’s level', () => {
    expect(
      organizers(
        'Sáng 5/4, tại Trung tâm Hội nghị và Triển lãm tỉnh Bình Dương, UBND tỉnh phối hợp Tổng Công ty Becamex IDC tổ chức hội thảo khoa học lần 2.',
      ),
    ).toEqual(['UBND tỉnh Bình Dương', 'Tổng Công ty Becamex IDC']);
  });

  it('reads the body a meeting is named after', () => {
    expect(
      organizers(
        'Sáng nay ngày 13/7, tại Hà Nội, Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Quân ủy Trung ương đánh giá kết quả lãnh đạo thực hiện nhiệm vụ quân sự.',
      ),
    ).toEqual(['Quân ủy Trung ương']);
  });

  it('does not take a local unit watching a meeting for its organiser', () => {
    expect(
      organizers(
        'Sáng ngày 28/01/2026, Đảng ủy xã Vĩnh Điều tổ chức điểm cầu trực tuyến theo dõi Hội nghị thông báo nhanh kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
      ),
    ).toEqual([]);
  });

  it('reads a headline when the lead names no body', () => {
    expect(
      organizers(
        'Thủ tướng Chính phủ Phạm Minh Chính chủ trì cuộc họp trực tuyến tới 63 tỉnh, thành phố.',
        'Họp trực tuyến về phòng, chống dịch Covid-19 do chính phủ tổ chức',
      ),
    ).toEqual(['Chính phủ']);
  });
});
