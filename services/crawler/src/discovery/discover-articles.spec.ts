import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { SourceDefinition } from '../sources/source-definition.js';
import { discoverArticles, type FetchText } from './discover-articles.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function source(discovery: Partial<SourceDefinition['discovery']>): SourceDefinition {
  return {
    id: 'bao-chinh-phu',
    name: 'Báo Điện tử Chính phủ',
    enabled: true,
    allowedHosts: ['baochinhphu.vn'],
    allowPrivateAddresses: false,
    discovery: { feeds: [], sitemaps: [], listings: [], ...discovery },
    articleUrls: { include: ['-\\d{15,}\\.htm$'], exclude: ['/video/'] },
    selectors: {},
    cadenceSeconds: 900,
    rateLimit: { requestsPerSecond: 1, concurrency: 2 },
    userAgent: 'test',
    robots: true,
  };
}

/** A fake site: URL → fixture or status; records the order of fetches. */
function site(pages: Record<string, string | number | Error>) {
  const fetched: string[] = [];
  const fetchText: FetchText = async (url) => {
    fetched.push(url);
    const page = pages[url];
    if (page instanceof Error) throw page;
    if (page === undefined) return { url, status: 404, body: 'Not found' };
    if (typeof page === 'number') return { url, status: page, body: '' };
    return { url, status: 200, body: fixture(page) };
  };
  return { fetchText, fetched };
}

const A =
  'https://baochinhphu.vn/hoi-nghi-toan-quoc-quan-triet-nghi-quyet-dai-hoi-xiii-102240115083012345.htm';
const B =
  'https://baochinhphu.vn/pho-thu-tuong-du-hoi-nghi-xuc-tien-dau-tu-vung-dbscl-102240114190512001.htm';
const C = 'https://baochinhphu.vn/hoi-nghi-ngoai-giao-lan-thu-32-102240116093000111.htm';
const D = 'https://baochinhphu.vn/tong-bi-thu-tiep-doan-dai-bieu-102240102150000222.htm';
const E = 'https://baochinhphu.vn/hoi-nghi-tong-ket-nam-2023-102231228100000444.htm';
const F = 'https://baochinhphu.vn/thu-tuong-du-hoi-nghi-tong-ket-nganh-ngan-hang-102240114160000555.htm';
const G = 'https://baochinhphu.vn/bo-truong-chu-tri-hoi-thao-chuyen-doi-so-102231220080000666.htm';

const SITE = {
  'https://baochinhphu.vn/rss/chinh-tri.rss': 'baochinhphu-chinh-tri.rss',
  'https://baochinhphu.vn/sitemap.xml': 'sitemap-index.xml',
  'https://baochinhphu.vn/sitemaps/news.xml': 'news-sitemap.xml',
  'https://baochinhphu.vn/sitemaps/2024-01.xml': 'sitemap-2024-01.xml',
  'https://baochinhphu.vn/sitemaps/2023-12.xml': 'sitemap-2023-12.xml',
  'https://baochinhphu.vn/chinh-tri.htm': 'listing-page-1.html',
  'https://baochinhphu.vn/chinh-tri/trang-2.htm': 'listing-page-2.html',
  'https://baochinhphu.vn/chinh-tri/trang-3.htm': 'listing-page-3.html',
};

const LISTING = {
  url: 'https://baochinhphu.vn/chinh-tri.htm',
  linkPattern: '^https://baochinhphu\\.vn/[a-z0-9-]+-\\d{15,}\\.htm$',
  paginationPattern: '^https://baochinhphu\\.vn/chinh-tri(?:/trang-\\d+)?\\.htm$',
  maxPages: 5,
};

describe('discoverArticles', () => {
  it('walks feeds, sitemaps (newest child first) and listings, merging what it learns about each URL', async () => {
    const { fetchText, fetched } = site(SITE);
    const result = await discoverArticles(
      source({
        feeds: ['https://baochinhphu.vn/rss/chinh-tri.rss'],
        sitemaps: ['https://baochinhphu.vn/sitemap.xml'],
        listings: [LISTING],
      }),
      fetchText,
    );

    expect(fetched).toEqual([
      'https://baochinhphu.vn/rss/chinh-tri.rss',
      'https://baochinhphu.vn/sitemap.xml',
      'https://baochinhphu.vn/sitemaps/news.xml',
      'https://baochinhphu.vn/sitemaps/2024-01.xml',
      'https://baochinhphu.vn/sitemaps/2023-12.xml',
      'https://baochinhphu.vn/chinh-tri.htm',
      'https://baochinhphu.vn/chinh-tri/trang-2.htm',
      'https://baochinhphu.vn/chinh-tri/trang-3.htm',
    ]);
    expect(result.articles.map((article) => article.url)).toEqual([A, B, C, D, E, F, G]);
    expect(result.articles[0]).toEqual({
      url: A,
      foundIn: [
        { kind: 'feed', url: 'https://baochinhphu.vn/rss/chinh-tri.rss' },
        { kind: 'sitemap', url: 'https://baochinhphu.vn/sitemaps/news.xml' },
        { kind: 'listing', url: 'https://baochinhphu.vn/chinh-tri.htm' },
      ],
      publishedAt: '2024-01-15T01:30:00.000Z',
      title: 'Hội nghị toàn quốc quán triệt Nghị quyết Đại hội XIII của Đảng',
    });
    expect(result.articles[2]).toEqual({
      url: C,
      foundIn: [
        { kind: 'sitemap', url: 'https://baochinhphu.vn/sitemaps/news.xml' },
        { kind: 'sitemap', url: 'https://baochinhphu.vn/sitemaps/2024-01.xml' },
      ],
      publishedAt: '2024-01-16T02:30:00.000Z',
      lastModified: '2024-01-16T04:00:00.000Z',
      title: 'Khai mạc Hội nghị Ngoại giao lần thứ 32',
    });
    expect(result.errors).toEqual([
      {
        kind: 'sitemap',
        url: 'https://cdn.other-site.vn/sitemaps/video.xml',
        message:
          'not followed: its host is not in allowedHosts (listed in https://baochinhphu.vn/sitemap.xml)',
      },
    ]);
  });

  it('skips dated entries and child sitemaps older than modifiedSince', async () => {
    const { fetchText, fetched } = site(SITE);
    const result = await discoverArticles(
      source({ sitemaps: ['https://baochinhphu.vn/sitemap.xml'] }),
      fetchText,
      {
        modifiedSince: new Date('2024-01-10T00:00:00Z'),
      },
    );
    expect(fetched).not.toContain('https://baochinhphu.vn/sitemaps/2023-12.xml');
    expect(result.articles.map((article) => article.url)).toEqual([A, C]);
  });

  it('bounds sitemap files, index depth, listing pages and articles', async () => {
    const { fetchText, fetched } = site(SITE);
    const result = await discoverArticles(
      source({ sitemaps: ['https://baochinhphu.vn/sitemap.xml'], listings: [{ ...LISTING, maxPages: 2 }] }),
      fetchText,
      { maxSitemapFiles: 2, maxArticles: 3 },
    );
    expect(fetched).toEqual([
      'https://baochinhphu.vn/sitemap.xml',
      'https://baochinhphu.vn/sitemaps/news.xml',
      'https://baochinhphu.vn/chinh-tri.htm',
      'https://baochinhphu.vn/chinh-tri/trang-2.htm',
    ]);
    expect(result.articles.map((article) => article.url)).toEqual([A, C, F]);
    expect(result.errors).toContainEqual({
      kind: 'sitemap',
      url: 'https://baochinhphu.vn/sitemaps/2024-01.xml',
      message: '2 sitemap file(s) not read: the limit of 2 per run was reached',
    });

    const shallow = await discoverArticles(
      source({ sitemaps: ['https://baochinhphu.vn/sitemap.xml'] }),
      site(SITE).fetchText,
      {
        maxSitemapDepth: 0,
      },
    );
    expect(shallow.articles).toEqual([]);
    expect(shallow.errors[0]!.message).toBe('sitemap index nested deeper than 0 levels; not followed');
  });

  it('turns failed fetches, HTTP errors and malformed documents into error entries', async () => {
    const { fetchText } = site({
      'https://baochinhphu.vn/rss/a.rss': new Error('connect ECONNREFUSED'),
      'https://baochinhphu.vn/rss/b.rss': 503,
      'https://baochinhphu.vn/rss/c.rss': 'listing-page-1.html',
      'https://baochinhphu.vn/sitemap.xml': 'vnexpress-thoi-su.rss',
    });
    const result = await discoverArticles(
      source({
        feeds: [
          'https://baochinhphu.vn/rss/a.rss',
          'https://baochinhphu.vn/rss/b.rss',
          'https://baochinhphu.vn/rss/c.rss',
        ],
        sitemaps: ['https://baochinhphu.vn/sitemap.xml'],
        listings: [{ ...LISTING, url: 'https://baochinhphu.vn/missing.htm' }],
      }),
      fetchText,
    );
    expect(result.articles).toEqual([]);
    expect(result.errors).toEqual([
      {
        kind: 'feed',
        url: 'https://baochinhphu.vn/rss/a.rss',
        message: 'fetch failed: connect ECONNREFUSED',
      },
      { kind: 'feed', url: 'https://baochinhphu.vn/rss/b.rss', message: 'HTTP 503' },
      {
        kind: 'feed',
        url: 'https://baochinhphu.vn/rss/c.rss',
        message: expect.stringMatching(/^malformed XML at line \d+/),
      },
      {
        kind: 'sitemap',
        url: 'https://baochinhphu.vn/sitemap.xml',
        message: 'not a sitemap (root element <rss>)',
      },
      { kind: 'listing', url: 'https://baochinhphu.vn/missing.htm', message: 'HTTP 404' },
    ]);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    const fetchText: FetchText = async (url) => {
      controller.abort(new Error('shutting down'));
      return { url, status: 200, body: fixture('baochinhphu-chinh-tri.rss') };
    };
    await expect(
      discoverArticles(
        source({ feeds: ['https://baochinhphu.vn/rss/a.rss', 'https://baochinhphu.vn/rss/b.rss'] }),
        fetchText,
        { signal: controller.signal },
      ),
    ).rejects.toThrow('shutting down');
  });
});
