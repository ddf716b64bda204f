import { describe, expect, it } from '@jest/globals';
import { createRobotsCache, type RobotsResponse } from './robots-cache.js';

const ROBOTS = `# robots.txt của Báo Điện tử Chính phủ
User-agent: *
Disallow: /tim-kiem
Disallow: /admin/
Crawl-delay: 2

User-agent: hoinghi-crawler
Disallow: /video/
Allow: /
Crawl-delay: 5
`;

function fakeSite(answers: Array<RobotsResponse | Error>) {
  const requested: string[] = [];
  const fetch = async (url: string) => {
    requested.push(url);
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch, requested };
}

const UA = 'hoinghi-crawler/0.1 (+https://github.com/hoinghi/hoinghi)';

describe('createRobotsCache', () => {
  it('applies the group for our user agent, and Crawl-delay in milliseconds', async () => {
    const site = fakeSite([{ status: 200, body: ROBOTS }]);
    const robots = createRobotsCache({ fetch: site.fetch });
    expect(await robots.isAllowed('https://baochinhphu.vn/video/hoi-nghi-1.htm', UA)).toBe(false);
    expect(await robots.isAllowed('https://baochinhphu.vn/tim-kiem?q=hoi-nghi', UA)).toBe(true);
    expect(await robots.isAllowed('https://baochinhphu.vn/tim-kiem?q=hoi-nghi', 'OtherBot/2.0')).toBe(false);
    expect(await robots.crawlDelayMs('baochinhphu.vn', UA)).toBe(5000);
    expect(await robots.crawlDelayMs('https://baochinhphu.vn/a', 'OtherBot')).toBe(2000);
    expect(site.requested).toEqual(['https://baochinhphu.vn/robots.txt']);
  });

  it('lists the Sitemap lines, and none when robots.txt is missing', async () => {
    const body = `${ROBOTS}\nSitemap: https://baochinhphu.vn/sitemap.xml\nSitemap: https://baochinhphu.vn/sitemaps/news.xml\n`;
    const robots = createRobotsCache({ fetch: fakeSite([{ status: 200, body }]).fetch });
    expect(await robots.sitemaps('https://baochinhphu.vn/chinh-tri.htm')).toEqual([
      'https://baochinhphu.vn/sitemap.xml',
      'https://baochinhphu.vn/sitemaps/news.xml',
    ]);
    const missing = createRobotsCache({ fetch: fakeSite([{ status: 404, body: '' }]).fetch });
    expect(await missing.sitemaps('https://moit.gov.vn/')).toEqual([]);
  });

  it('caches per origin and shares one fetch between concurrent lookups', async () => {
    const site = fakeSite([{ status: 200, body: ROBOTS }]);
    const robots = createRobotsCache({ fetch: site.fetch });
    await Promise.all([
      robots.isAllowed('https://baochinhphu.vn/a', UA),
      robots.isAllowed('https://baochinhphu.vn/b', UA),
      robots.isAllowed('http://baochinhphu.vn/c', UA),
      robots.isAllowed('https://en.baochinhphu.vn/d', UA),
    ]);
    expect(site.requested).toEqual([
      'https://baochinhphu.vn/robots.txt',
      'http://baochinhphu.vn/robots.txt',
      'https://en.baochinhphu.vn/robots.txt',
    ]);
  });

  it('allows everything when robots.txt is 4xx', async () => {
    const robots = createRobotsCache({ fetch: fakeSite([{ status: 404, body: '' }]).fetch });
    expect(await robots.evaluate('https://moit.gov.vn/admin/', UA)).toEqual({
      allowed: true,
      temporary: false,
    });
  });

  it.each([
    ['a 5xx', { status: 503, body: '' }],
    ['a 429', { status: 429, body: '' }],
    ['a network failure', new Error('ECONNRESET')],
  ])('disallows temporarily after %s, and fetches again after unreachableTtlMs', async (_, answer) => {
    let time = 0;
    const site = fakeSite([answer, { status: 200, body: ROBOTS }]);
    const robots = createRobotsCache({ fetch: site.fetch, unreachableTtlMs: 60_000, now: () => time });
    expect(await robots.evaluate('https://moit.gov.vn/tin-tuc', UA)).toEqual({
      allowed: false,
      temporary: true,
      ...(answer instanceof Error ? { cause: answer } : {}),
    });
    time = 59_000;
    expect(await robots.isAllowed('https://moit.gov.vn/tin-tuc', UA)).toBe(false);
    time = 60_001;
    expect(await robots.isAllowed('https://moit.gov.vn/tin-tuc', UA)).toBe(true);
    expect(site.requested).toHaveLength(2);
  });

  it('refreshes after ttlMs and keeps the last good rules while the server is down', async () => {
    let time = 0;
    const site = fakeSite([
      { status: 200, body: ROBOTS },
      { status: 500, body: '' },
    ]);
    const robots = createRobotsCache({ fetch: site.fetch, ttlMs: 1000, now: () => time });
    expect(await robots.isAllowed('https://baochinhphu.vn/video/x', UA)).toBe(false);
    time = 1001;
    expect(await robots.isAllowed('https://baochinhphu.vn/video/x', UA)).toBe(false);
    expect(await robots.isAllowed('https://baochinhphu.vn/hoi-nghi', UA)).toBe(true);
    expect(site.requested).toHaveLength(2);
  });
});
