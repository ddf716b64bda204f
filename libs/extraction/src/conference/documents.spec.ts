import { describe, expect, it } from '@jest/globals';
import { buildDoc } from './doc.js';
import { findDocuments } from './documents.js';

const keys = (text: string, selfKey: string | null = null) =>
  findDocuments(buildDoc({ text, title: null, publishedAt: null, url: null }), { selfKey }).map((d) => d.key);

describe('findDocuments', () => {
  it('reads coded documents and drops the TW issuer', () => {
    expect(
      keys(
        'triển khai tổng kết Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII',
      ),
    ).toEqual(['NQ:18']);
    expect(
      keys('Kế hoạch số 78-KH/HU, ngày 24/11/2022 của Ban Thường vụ Huyện ủy và Kế hoạch số 44-KH/ĐU'),
    ).toEqual(['KH:78/HU', 'KH:44/ĐU']);
    expect(keys('tổng kết 10 năm thực hiện Chỉ thị số 03/CT-BCA-X11, ngày 10-4-2009 của Bộ Công an')).toEqual(
      ['CT:3/BCA'],
    );
    expect(keys('Nghị quyết 01/NQ-CP của Chính phủ')).toEqual(['NQ:1/CP']);
  });

  it('reads numbered documents without a code', () => {
    expect(keys('quán triệt và triển khai thực hiện Nghị quyết số 45 của Bộ Chính trị')).toEqual(['NQ:45']);
    expect(keys('gắn với thực hiện Chỉ thị 05 của Bộ Chính trị')).toEqual(['CT:5']);
    expect(keys('kế hoạch 5 năm 2021-2025')).toEqual([]);
  });

  it('reads plenum resolutions in their many spellings', () => {
    expect(keys('Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII')).toEqual([
      'HNTW:6/XIII',
    ]);
    expect(
      keys('sơ kết 5 năm thực hiện Nghị quyết Trung ương IV, khóa 12 về tăng cường xây dựng Đảng'),
    ).toEqual(['HNTW:4/XII']);
    expect(keys('quán triệt Nghị quyết Trung ương 9 (khoá XI) cho cán bộ')).toEqual(['HNTW:9/XI']);
    expect(keys('kết quả Hội nghị Trung ương 10 ( khóa XII) và Thông tri số 36')).toEqual(['HNTW:10/XII']);
  });

  it('takes a plenum without its term from the rest of the text', () => {
    expect(
      keys(
        'quán triệt Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII. Việc triển khai Nghị quyết Trung ương 11 diễn ra',
      ),
    ).toEqual(['HNTW:11/XIII']);
  });

  it('leaves out the plenum that is the meeting itself, laws and provincial congresses', () => {
    expect(
      keys('Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng Khóa XII đã khai mạc', 'HNTW:10/XII'),
    ).toEqual([]);
    expect(
      keys('thực hiện Nghị định 77 của Chính phủ và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV'),
    ).toEqual([]);
  });

  it('reads resolutions of the national Party Congress', () => {
    expect(keys('triển khai thực hiện Nghị quyết Đại hội XIV của Đảng')).toEqual(['DH:XIV']);
    expect(keys('thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng')).toEqual(['DH:XIII']);
  });

  it('keeps the document date and the span', () => {
    const text = 'quán triệt Quy định số 162-QĐ/TW, ngày 29/5/2024 của Ban Bí thư';
    const [d] = findDocuments(buildDoc({ text, title: null, publishedAt: null, url: null }), {
      selfKey: null,
    });
    expect(d).toMatchObject({
      key: 'QĐ:162',
      type: 'QĐ',
      number: '162',
      date: '2024-05-29',
      issuer: 'Ban Bí thư',
    });
    expect(text.slice(d.span!.start, d.span!.end)).toBe('Quy định số 162-QĐ/TW');
  });
});
