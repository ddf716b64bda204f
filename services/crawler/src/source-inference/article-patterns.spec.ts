import { describe, expect, it } from '@jest/globals';
import { buildArticlePatterns } from './article-patterns.js';
import { UrlEvidence } from './url-evidence.js';
import { groupTemplates } from './url-templates.js';

const H = 'https://tinhuy.gov.vn';
const ARTICLE = { isArticle: true, dated: true, title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22' };

/** Evidence where `articles` were read as articles, `others` as what their role says, `unread` not at all. */
function evidence(site: { articles: string[]; others?: Record<string, string>; unread?: string[] }) {
  const e = new UrlEvidence();
  for (const path of site.articles) e.setReading(H + path, ARTICLE);
  for (const [path, role] of Object.entries(site.others ?? {})) e.setRole(H + path, role);
  for (const path of site.unread ?? []) e.get(H + path);
  return e;
}

const matches = (regex: string, path: string) => new RegExp(regex).test(H + path);

describe('buildArticlePatterns', () => {
  it('lists the sections of the articles when "any section" would take in documents and videos', () => {
    const e = evidence({
      articles: [
        '/thoi-su/hoi-nghi-tinh-uy-lan-thu-hai-muoi-4521.html',
        '/thoi-su/ky-hop-hdnd-tinh-khoa-xvi-4530.html',
        '/kinh-te/xuc-tien-dau-tu-vung-dong-bang-4533.html',
        '/kinh-te/tong-ket-nganh-ngan-hang-nam-2024-4541.html',
        '/xa-hoi/trien-khai-chuong-trinh-nong-thon-moi-4550.html',
        '/xa-hoi/hoi-nghi-bao-cao-vien-thang-chin-4551.html',
      ],
      others: {
        '/van-ban/quyet-dinh-so-1200-qd-ubnd-ve-chuyen-doi-so-503.html': 'document page',
        '/video/video-hoi-nghi-tinh-uy-lan-thu-hai-muoi-9100.html': 'video page',
      },
      unread: ['/xa-hoi/hoi-nghi-tong-ket-cong-tac-dan-van-4560.html'],
    });
    const { patterns, rejected } = buildArticlePatterns(groupTemplates(e));
    expect(rejected).toEqual([]);
    expect(patterns.map((p) => p.regex)).toEqual([
      '^https?://[^/]+/(?:kinh-te|thoi-su|xa-hoi)/[a-z0-9]+(?:-[a-z0-9]+)*-\\d+\\.html$',
    ]);
    expect(patterns[0]!.exclusions).toEqual([]);
  });

  it('takes any section when no other page has the shape', () => {
    const e = evidence({
      articles: [
        '/thoi-su/hoi-nghi-tinh-uy-lan-thu-hai-muoi-4521.html',
        '/thoi-su/ky-hop-hdnd-tinh-khoa-xvi-4530.html',
        '/kinh-te/xuc-tien-dau-tu-vung-dong-bang-4533.html',
        '/kinh-te/tong-ket-nganh-ngan-hang-nam-2024-4541.html',
        '/xa-hoi/trien-khai-chuong-trinh-nong-thon-moi-4550.html',
        '/xa-hoi/hoi-nghi-bao-cao-vien-thang-chin-4551.html',
      ],
      others: { '/tag/hoi-nghi': 'listing page', '/chuyen-muc/thoi-su': 'listing page' },
    });
    const [pattern] = buildArticlePatterns(groupTemplates(e)).patterns;
    expect(matches(pattern!.regex, '/quoc-phong/dien-tap-khu-vuc-phong-thu-tinh-4600.html')).toBe(true);
    expect(matches(pattern!.regex, '/tag/hoi-nghi')).toBe(false);
  });

  it('needs as many slug words as the articles have where sections sit at the same level, and excludes a long static page', () => {
    const e = evidence({
      articles: [
        '/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-hai',
        '/ky-hop-thu-muoi-hoi-dong-nhan-dan-tinh',
        '/xuc-tien-dau-tu-vao-khu-cong-nghiep',
        '/tong-ket-cong-tac-dan-van-nam-2024',
      ],
      others: {
        '/van-hoa-the-thao': 'listing page',
        '/quoc-phong-an-ninh': 'listing page',
        '/thoi-su': 'listing page',
        '/chinh-sach-bao-ve-du-lieu-ca-nhan': 'no publication date',
      },
    });
    const [pattern] = buildArticlePatterns(groupTemplates(e)).patterns;
    expect(pattern!.regex).toBe('^https?://[^/]+/[a-z0-9]+(?:-[a-z0-9]+){4,}$');
    expect(pattern!.exclusions).toEqual(['^https?://[^/]+/chinh-sach-bao-ve-du-lieu-ca-nhan$']);
  });

  it('excludes a long static page rather than leave out the shorter slugs of unread articles', () => {
    const e = evidence({
      articles: [
        '/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-hai-muoi',
        '/ky-hop-thu-muoi-hoi-dong-nhan-dan-tinh-khoa-xvi',
        '/xuc-tien-dau-tu-vao-khu-cong-nghiep-phia-nam-tinh',
      ],
      others: {
        '/van-hoa-the-thao': 'listing page',
        '/chinh-sach-bao-ve-du-lieu-ca-nhan': 'no publication date',
      },
      unread: ['/tang-toc-giai-ngan-von', '/hoi-nghi-thuong-vu-tinh-uy'],
    });
    const [pattern] = buildArticlePatterns(groupTemplates(e)).patterns;
    expect(matches(pattern!.regex, '/tang-toc-giai-ngan-von')).toBe(true);
    expect(matches(pattern!.regex, '/van-hoa-the-thao')).toBe(false);
    expect(pattern!.exclusions).toEqual(['^https?://[^/]+/chinh-sach-bao-ve-du-lieu-ca-nhan$']);
  });

  it('keeps a pattern that takes in a few undated pages from every menu, excluding them', () => {
    const e = evidence({
      articles: [
        '/2024/12/02/hoi-nghi-ban-chap-hanh-dang-bo-tinh/',
        '/2024/12/03/ky-hop-hoi-dong-nhan-dan-tinh-khoa-xvi/',
        '/2024/12/04/xuc-tien-dau-tu-vao-khu-cong-nghiep/',
        '/2024/12/05/tong-ket-cong-tac-dan-van-nam-nay/',
      ],
    });
    const undated = [
      '/2024/11/01/doc-nhieu-hoi-nghi-tong-ket-nam-nay/',
      '/2024/11/02/doc-nhieu-ky-hop-hoi-dong-nhan-dan/',
      '/2024/11/03/doc-nhieu-xuc-tien-dau-tu-nong-nghiep/',
    ];
    for (const from of ['/', '/thoi-su', '/kinh-te', '/xa-hoi']) {
      e.pagesRead.add(H + from);
      for (const path of undated) e.addLink(H + from, H + path, 'Đọc nhiều');
    }
    for (const path of undated) e.setReading(H + path, { ...ARTICLE, dated: false });
    const { patterns, rejected } = buildArticlePatterns(groupTemplates(e));
    expect(rejected).toEqual([]);
    expect(patterns[0]!.exclusions).toHaveLength(3);
  });

  it('keeps the fixed words of query URLs apart: articles are not categories', () => {
    const e = evidence({
      articles: [
        '/tin-tuc/chi-tiet.aspx?id=4521',
        '/tin-tuc/chi-tiet.aspx?id=4522',
        '/tin-tuc/chi-tiet.aspx?id=4600',
      ],
      others: { '/danh-muc.aspx?id=3': 'listing page', '/danh-muc.aspx?id=3&page=2': 'listing page' },
    });
    expect(buildArticlePatterns(groupTemplates(e)).patterns.map((p) => p.regex)).toEqual([
      '^https?://[^/]+/tin-tuc/chi-tiet\\.aspx\\?id=\\d+$',
    ]);
  });

  it('refuses a template where articles and other pages cannot be told apart', () => {
    const e = evidence({
      articles: [
        '/trang/hoi-nghi-tinh-uy-lan-thu-hai',
        '/trang/ky-hop-hoi-dong-nhan-dan-tinh',
        '/trang/tong-ket-nam-2024-toan-tinh',
      ],
      others: {
        '/trang/gioi-thieu-chung-ve-tinh-nha': 'no publication date',
        '/trang/so-do-cong-thong-tin-dien-tu': 'no publication date',
        '/trang/chinh-sach-bao-ve-du-lieu-ca-nhan': 'no publication date',
      },
    });
    const result = buildArticlePatterns(groupTemplates(e));
    expect(result.patterns).toEqual([]);
    expect(result.rejected).toHaveLength(1);
  });
});
