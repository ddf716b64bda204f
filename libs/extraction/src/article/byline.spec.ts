import { describe, expect, it } from '@jest/globals';
import { isBylineLine, takeByline, type Paragraph } from './byline.js';

const prose = (text: string): Paragraph => ({ text, prose: true, heading: false });
const line = (text: string): Paragraph => ({ text, prose: false, heading: false });
const BODY =
  'Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy tiếp tục đổi mới phương thức lãnh đạo.';

describe('isBylineLine', () => {
  it.each([
    'Hoàng Tùng – Đàm Thanh',
    'Thương - Thanh',
    'PV',
    'Minh Anh (TTXVN)',
    'Nguyễn Văn Hùng',
    'Tin, ảnh: Ngọc Hà',
    'Bài và ảnh: Đức Lam',
    'Theo TTXVN',
    'Nhóm PV',
    'Thu Hà, Minh Đức',
    'Lê Hưng (Báo Nhân Dân)',
    '(Theo Báo Nhân Dân)',
  ])('accepts %s', (text) => {
    expect(isBylineLine(text)).toBe(true);
  });

  it.each([
    'Hội nghị kết thúc vào chiều cùng ngày.',
    'Tin liên quan',
    'Hết',
    'Thành phố Hồ Chí Minh',
    '“Chúng tôi sẽ làm tốt hơn”, ông nói.',
    'Các đại biểu tham dự hội nghị tại điểm cầu tỉnh Ninh Bình trong buổi sáng hôm nay và buổi chiều',
  ])('rejects %s', (text) => {
    expect(isBylineLine(text)).toBe(false);
  });
});

describe('takeByline', () => {
  it('takes a separate author paragraph after the last prose', () => {
    const out = takeByline([prose(BODY), line('Hoàng Tùng – Đàm Thanh')]);
    expect(out.byline).toBe('Hoàng Tùng – Đàm Thanh');
    expect(out.paragraphs.map((p) => p.text)).toEqual([BODY]);
  });

  it('takes the author from the last line of the last paragraph', () => {
    const out = takeByline([prose(`${BODY}\nThương - Thanh`)]);
    expect(out.byline).toBe('Thương - Thanh');
    expect(out.paragraphs[0].text).toBe(BODY);
  });

  it('leaves text without an author line alone', () => {
    const paragraphs = [prose(BODY), line('Hội nghị kết thúc lúc 17 giờ.')];
    expect(takeByline(paragraphs)).toEqual({ paragraphs, byline: null });
  });
});
