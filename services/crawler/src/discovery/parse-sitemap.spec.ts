import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseSitemap } from './parse-sitemap.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseSitemap', () => {
  it('reads a sitemap index', () => {
    expect(parseSitemap(fixture('sitemap-index.xml'), 'https://baochinhphu.vn/sitemap.xml')).toEqual({
      kind: 'index',
      urls: [
        { loc: 'https://baochinhphu.vn/sitemaps/2023-12.xml', lastmod: '2023-12-31T16:59:00.000Z' },
        { loc: 'https://baochinhphu.vn/sitemaps/news.xml', lastmod: '2024-01-16T03:00:00.000Z' },
        { loc: 'https://baochinhphu.vn/sitemaps/2024-01.xml', lastmod: '2024-01-16T02:00:00.000Z' },
        { loc: 'https://cdn.other-site.vn/sitemaps/video.xml' },
      ],
    });
  });

  it('reads a Google News sitemap: publication date and title', () => {
    expect(parseSitemap(fixture('news-sitemap.xml'), 'https://baochinhphu.vn/sitemaps/news.xml')).toEqual({
      kind: 'urlset',
      urls: [
        {
          loc: 'https://baochinhphu.vn/hoi-nghi-toan-quoc-quan-triet-nghi-quyet-dai-hoi-xiii-102240115083012345.htm',
          newsPublicationDate: '2024-01-15T01:30:00.000Z',
          newsTitle: 'Hội nghị toàn quốc quán triệt Nghị quyết Đại hội XIII của Đảng',
        },
        {
          loc: 'https://baochinhphu.vn/hoi-nghi-ngoai-giao-lan-thu-32-102240116093000111.htm',
          newsPublicationDate: '2024-01-16T02:30:00.000Z',
          newsTitle: 'Khai mạc Hội nghị Ngoại giao lần thứ 32',
        },
      ],
    });
  });

  it('reads a regular urlset, date-only lastmod included, and skips empty locations', () => {
    const { kind, urls } = parseSitemap(
      fixture('sitemap-2024-01.xml'),
      'https://baochinhphu.vn/sitemaps/2024-01.xml',
    );
    expect(kind).toBe('urlset');
    expect(urls).toEqual([
      {
        loc: 'https://baochinhphu.vn/hoi-nghi-ngoai-giao-lan-thu-32-102240116093000111.htm',
        lastmod: '2024-01-16T04:00:00.000Z',
      },
      {
        loc: 'https://baochinhphu.vn/tong-bi-thu-tiep-doan-dai-bieu-102240102150000222.htm',
        lastmod: '2024-01-02T00:00:00.000Z',
      },
      {
        loc: 'https://baochinhphu.vn/video/hoi-nghi-truc-tuyen-102240103000000333.htm',
        lastmod: '2024-01-03T00:00:00.000Z',
      },
    ]);
  });

  it('reads a single-entry sitemap and a lastmod without time zone as Vietnam time', () => {
    const xml =
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.vn/1.htm</loc><lastmod>2024-01-16T08:00:00</lastmod></url></urlset>';
    expect(parseSitemap(xml, 'https://a.vn/sitemap.xml').urls).toEqual([
      { loc: 'https://a.vn/1.htm', lastmod: '2024-01-16T01:00:00.000Z' },
    ]);
  });

  it('refuses malformed XML and documents that are not sitemaps', () => {
    expect(() => parseSitemap('<urlset><url><loc>x</loc></urlset>', 'https://a.vn/s.xml')).toThrow(
      /^malformed XML at line 1/,
    );
    expect(() => parseSitemap('<rss><channel/></rss>', 'https://a.vn/s.xml')).toThrow(
      'not a sitemap (root element <rss>)',
    );
  });
});
