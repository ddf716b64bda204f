import { describe, expect, it } from '@jest/globals';
import type { PageLink } from '../discovery/page-links.js';
import { inferPagination } from './pagination.js';

const link = (url: string, text: string, rel: string[] = []): PageLink => ({ url, text, rel });
const H = 'https://baochinhphu.vn';
const menu = [
  link(`${H}/`, 'Trang chủ'),
  link(`${H}/chuyen-muc/thoi-su`, 'Thời sự'),
  link(`${H}/chuyen-muc/kinh-te`, 'Kinh tế'),
  link(`${H}/thoi-su/hoi-nghi-tinh-uy-lan-thu-22-4521.html`, 'Hội nghị Tỉnh ủy lần thứ 22'),
];

describe('inferPagination', () => {
  it('reads a numbered pager added to the first page URL, from page 2 on', () => {
    const pagination = inferPagination(`${H}/chuyen-muc/thoi-su`, [
      ...menu,
      link(`${H}/chuyen-muc/thoi-su/trang-2`, '2'),
      link(`${H}/chuyen-muc/thoi-su/trang-3`, '3'),
      link(`${H}/chuyen-muc/thoi-su/trang-9`, '9'),
    ])!;
    expect(pagination.evidence).toBe('numbered');
    expect(pagination.pages).toEqual([
      `${H}/chuyen-muc/thoi-su/trang-2`,
      `${H}/chuyen-muc/thoi-su/trang-3`,
      `${H}/chuyen-muc/thoi-su/trang-9`,
    ]);
    const pattern = new RegExp(pagination.pattern);
    expect(pattern.test(`${H}/chuyen-muc/thoi-su/trang-14`)).toBe(true);
    // Page 1 spelt with its number would read the first page twice.
    expect(pattern.test(`${H}/chuyen-muc/thoi-su/trang-1`)).toBe(false);
    expect(pattern.test(`${H}/chuyen-muc/kinh-te/trang-2`)).toBe(false);
  });

  it('reads ?page= on a listing that has a query of its own, and a "Trang sau" link', () => {
    const pagination = inferPagination(`${H}/danh-muc.aspx?id=3`, [
      link(`${H}/danh-muc.aspx?id=1`, 'Thời sự'),
      link(`${H}/danh-muc.aspx?id=2`, 'Kinh tế'),
      link(`${H}/danh-muc.aspx?id=3&page=2`, 'Trang sau »'),
    ])!;
    expect(pagination.evidence).toBe('next-link');
    expect(pagination.pattern).toBe('^https?://[^/]+/danh-muc\\.aspx\\?id=3&page=(?:[2-9]|[1-9]\\d+)$');
  });

  it('reads /page/N/, an extension after the number, rel="next" and offsets', () => {
    expect(
      inferPagination(`${H}/category/thoi-su/`, [
        link(`${H}/category/thoi-su/page/2/`, 'Xem thêm', ['next']),
      ])!.pattern,
    ).toBe('^https?://[^/]+/category/thoi-su/page/(?:[2-9]|[1-9]\\d+)/$');
    expect(
      inferPagination(`${H}/chinh-tri.htm`, [
        link(`${H}/chinh-tri/trang-2.htm`, '2'),
        link(`${H}/chinh-tri/trang-3.htm`, '3'),
      ])!.pattern,
    ).toBe('^https?://[^/]+/chinh-tri/trang-(?:[2-9]|[1-9]\\d+)\\.htm$');
    const offsets = inferPagination(`${H}/tin-tuc`, [
      link(`${H}/tin-tuc?start=10`, '2'),
      link(`${H}/tin-tuc?start=20`, '3'),
    ])!;
    expect(new RegExp(offsets.pattern).test(`${H}/tin-tuc?start=150`)).toBe(true);
    expect(new RegExp(offsets.pattern).test(`${H}/tin-tuc?start=0`)).toBe(false);
  });

  it("reads a portal's pager, whose state appears in the query from page 2 on", () => {
    const pagination = inferPagination(`${H}/web/guest/tin-tuc`, [
      link(`${H}/web/guest/tin-tuc?_101_INSTANCE_Ab2X_cur=2&p_p_id=101_INSTANCE_Ab2X`, 'Tiếp »'),
    ])!;
    expect(pagination.pattern).toBe(
      '^https?://[^/]+/web/guest/tin-tuc\\?_101_INSTANCE_Ab2X_cur=(?:[2-9]|[1-9]\\d+)&p_p_id=101_INSTANCE_Ab2X$',
    );
  });

  it('continues from a numbered page', () => {
    const pagination = inferPagination(`${H}/thoi-su/p3`, [
      link(`${H}/thoi-su`, '1'),
      link(`${H}/thoi-su/p2`, '2'),
      link(`${H}/thoi-su/p4`, '4'),
    ])!;
    expect(pagination.pages).toEqual([`${H}/thoi-su/p2`, `${H}/thoi-su/p4`]);
  });

  it('takes neither menus of numbered sections nor article ids for a pager', () => {
    expect(
      inferPagination(`${H}/danh-muc.aspx?id=3`, [
        link(`${H}/danh-muc.aspx?id=1`, 'Thời sự'),
        link(`${H}/danh-muc.aspx?id=2`, 'Kinh tế'),
      ]),
    ).toBeNull();
    expect(inferPagination(`${H}/chuyen-muc/thoi-su`, menu)).toBeNull();
  });
});
