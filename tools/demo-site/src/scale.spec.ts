import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDemoSite } from './server.js';
import type { DemoSite } from './types.js';

const SCALE = 20;
let site: DemoSite;
let baseCount: number;
let startMs: number;

beforeAll(async () => {
  const started = performance.now();
  site = await startDemoSite({ port: 0, scale: SCALE });
  startMs = performance.now() - started;
  baseCount = site.manifest.articles.filter((a) => a.variantOf === null).length;
});

afterAll(async () => {
  await site.close();
});

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
}

describe(`scale ${SCALE}`, () => {
  it('starts quickly and lists 20× the article pages, each URL unique', () => {
    expect(startMs).toBeLessThan(3000);
    expect(baseCount).toBeGreaterThan(100);
    expect(site.manifest.articles).toHaveLength(SCALE * baseCount);
    expect(new Set(site.manifest.articles.map((a) => a.url)).size).toBe(SCALE * baseCount);
  });

  it('keeps variants on the calendar day of their original, with its expected facts', () => {
    const originals = new Map(site.manifest.articles.filter((a) => !a.variantOf).map((a) => [a.slug, a]));
    for (const variant of site.manifest.articles.filter((a) => a.variantOf)) {
      const original = originals.get(variant.variantOf!)!;
      expect(variant.publishedAt.slice(0, 10)).toBe(original.publishedAt.slice(0, 10));
      expect(variant.expected).toEqual(original.expected);
      expect(variant.disallowed).toBe(original.disallowed);
    }
  });

  it('splits the sitemap into files of at most 1000 URLs that together list every article', async () => {
    const index = await (await fetch(site.manifest.sitemaps.index)).text();
    const articleSitemaps = locs(index).filter((u) => u.includes('/sitemaps/articles-'));
    expect(articleSitemaps).toEqual(site.manifest.sitemaps.articles);
    expect(articleSitemaps).toHaveLength(Math.ceil((SCALE * baseCount) / 1000));
    const urls = new Set<string>();
    for (const sitemap of articleSitemaps) {
      const found = locs(await (await fetch(sitemap)).text());
      expect(found.length).toBeLessThanOrEqual(1000);
      found.forEach((u) => urls.add(u));
    }
    expect(urls.size).toBe(SCALE * baseCount);
    expect(locs(await (await fetch(site.manifest.sitemaps.news)).text())).toHaveLength(1000);
  });

  it('scales listings and limits feeds to the newest items, as the manifest says', async () => {
    const pages = site.manifest.pages.filter((p) => p.kind === 'listing').length;
    expect(pages).toBe(site.manifest.sections.reduce((n, s) => n + Math.ceil(s.articleCount / 20), 0));
    const rss = await (await fetch(`${site.url}/rss.xml`)).text();
    expect(rss.match(/<item>/g)).toHaveLength(50);
    const viaRss = site.manifest.articles.filter((a) => a.discovery.includes('rss')).length;
    expect(viaRss).toBeLessThanOrEqual(50 * (site.manifest.sections.length + 1));
    expect(viaRss).toBeLessThan(site.manifest.articles.length);
  });

  it('renders pages cheaply', async () => {
    const { serverError, rateLimited } = site.manifest.special;
    const sample = site.manifest.articles
      .filter(
        (a, i) => i % 5 === 0 && !a.disallowed && a.url !== serverError.url && a.url !== rateLimited.url,
      )
      .map((a) => a.url);
    const started = performance.now();
    for (let i = 0; i < sample.length; i += 20) {
      const statuses = await Promise.all(sample.slice(i, i + 20).map(async (u) => (await fetch(u)).status));
      expect(statuses.every((s) => s === 200)).toBe(true);
    }
    const perPageMs = (performance.now() - started) / sample.length;
    expect(sample.length).toBeGreaterThan(400);
    expect(perPageMs).toBeLessThan(20);
  });
});
