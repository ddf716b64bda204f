import { describe, expect, it } from '@jest/globals';
import { findByline } from './byline.js';
import { buildDoc } from './doc.js';

const byline = (text: string, given: string | null = null) =>
  findByline(buildDoc({ text, title: null, publishedAt: null, url: null, byline: given }));

describe('findByline', () => {
  it('reads the author line at the end', () => {
    expect(byline('Ngày 16/12, Ban Tổ chức Trung ương tổ chức hội nghị.\n\nThương - Thanh')).toBe(
      'Thương - Thanh',
    );
    expect(byline('Sáng 14.11, Đảng ủy Quân sự tỉnh tổ chức hội nghị.\n\nTHANH PHƯỚC')).toBe('THANH PHƯỚC');
    expect(byline('Cuộc thi quy tụ 36 thí sinh.\n\nĐoàn Lưu (CTV)')).toBe('Đoàn Lưu (CTV)');
  });

  it('prefers the author line the article extractor found and ignores prose', () => {
    expect(byline('Hội nghị diễn ra.', 'Hoàng Tùng – Đàm Thanh')).toBe('Hoàng Tùng – Đàm Thanh');
    expect(
      byline('Sáng 7-2, Hội nghị toàn quốc diễn ra.\n\nHội nghị được truyền hình trực tiếp.'),
    ).toBeNull();
  });
});
