import { describe, expect, it } from '@jest/globals';
import { Element } from './dom.js';
import { BOILERPLATE_LINE, SECTION_HEADING, classHint } from './boilerplate-hints.js';

const el = (cls: string, id = ''): Element => new Element('div', id ? { class: cls, id } : { class: cls });

describe('classHint', () => {
  it.each([
    ['tin-lien-quan'],
    ['box-tinlienquan'],
    ['binh-luan'],
    ['social-share'],
    ['breadcrumb'],
    ['menu-top'],
    ['comment-list'],
    ['xem-them'],
  ])('%s is furniture', (cls) => {
    expect(classHint(el(cls))).toBe(-2);
  });

  it.each([
    ['noi-dung'],
    ['chi-tiet'],
    ['article-body'],
    ['entry-content'],
    ['fck_detail'],
    ['detail-content'],
  ])('%s is content', (cls) => {
    expect(classHint(el(cls))).toBe(1);
  });

  it('gives weak or no opinion on mixed and page-builder classes', () => {
    expect(classHint(el('elementor-widget-container'))).toBe(-1);
    expect(classHint(el('comment-content'))).toBe(-1);
    expect(classHint(el('main-menu'))).toBe(-1);
    expect(classHint(el('post-tags'))).toBe(-1);
    expect(classHint(el('sc-77igqf-0 hJpRRP'))).toBe(0);
    expect(classHint(el('', 'binhluan'))).toBe(-2);
  });
});

describe('Vietnamese boilerplate text', () => {
  it.each([
    'Tin liên quan',
    'Tin cùng chuyên mục',
    'Bài viết liên quan',
    'Xem thêm',
    'Các tin khác',
    'Ý kiến bạn đọc (3)',
    'Related stories',
  ])('section heading: %s', (text) => {
    expect(SECTION_HEADING.test(text)).toBe(true);
  });

  it.each([
    'Lượt xem: 112',
    'Từ khóa: hội nghị, tỉnh ủy',
    'Tags: Hội nghị',
    'In bài viết',
    'Cỡ chữ',
    'A+ A-',
    'Quảng cáo',
    'Chia sẻ',
  ])('furniture line: %s', (text) => {
    expect(BOILERPLATE_LINE.test(text)).toBe(true);
  });

  it('leaves article sentences alone', () => {
    expect(
      SECTION_HEADING.test(
        'Tin liên quan đến hội nghị được công bố vào chiều nay trên cổng thông tin của tỉnh.',
      ),
    ).toBe(false);
    expect(BOILERPLATE_LINE.test('Hội nghị có 300 lượt xem trực tuyến.')).toBe(false);
  });
});
