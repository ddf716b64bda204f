import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { randomSiteSpec, SITE_PRESETS } from './random-spec.js';
import { startVariedSite } from './varied-site.js';
import type { SiteSpec } from './site-spec.js';

async function get(url: string) {
  const response = await fetch(url);
  const bytes = Buffer.from(await response.arrayBuffer());
  const charset = /charset=([\w-]+)/.exec(response.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: iconv.decode(bytes, charset),
  };
}

/** Every internal page link of every page of the site answers, and the manifest lists each page once. */
async function crawlWhole(spec: SiteSpec) {
  const site = await startVariedSite(spec);
  try {
    const { articles, nonArticles } = site.manifest;
    expect(new Set([...articles, ...nonArticles]).size).toBe(articles.length + nonArticles.length);
    const broken: string[] = [];
    for (const url of [...articles, ...nonArticles]) {
      const page = await get(url);
      if (page.status !== 200) broken.push(url);
      for (const [, href] of page.text.matchAll(/<a href="(\/[^"#]*)"/g)) {
        if (/^\/(?:images|files|media)\//.test(href!)) continue;
        const target = sorted(new URL(href!.replace(/&amp;/g, '&'), site.url).href);
        if (!articles.includes(target) && !nonArticles.includes(target)) broken.push(`${url} -> ${target}`);
      }
    }
    return { site: site.manifest, broken };
  } finally {
    await site.close();
  }
}

/** The manifest spells query parameters sorted by name, as the crawler's canonical URLs do. */
function sorted(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.sort();
  return parsed.href;
}

describe('startVariedSite', () => {
  it.each(Object.keys(SITE_PRESETS))(
    'serves every page of the %s site, and links only to its pages',
    async (name) => {
      const { broken, site } = await crawlWhole(SITE_PRESETS[name]!);
      expect(broken).toEqual([]);
      expect(site.articles.length).toBe(SITE_PRESETS[name]!.articleCount);
    },
  );

  it('writes windows-1258 bytes for a windows-1258 site, and feeds and sitemaps that list its articles', async () => {
    const spec = {
      ...SITE_PRESETS['windows-1258']!,
      feed: { format: 'atom', relativeLinks: true, limit: 'all', advertised: 'head' },
      sitemap: { kind: 'news-index', includePages: false, inRobots: true },
    } satisfies SiteSpec;
    const site = await startVariedSite(spec);
    try {
      const article = await fetch(site.manifest.articles[0]!);
      expect(article.headers.get('content-type')).toBe('text/html; charset=windows-1258');
      const text = iconv.decode(Buffer.from(await article.arrayBuffer()), 'windows-1258').normalize('NFC');
      expect(text).toContain('Trang thông tin điện tử xã Hòa Bình');
      const robots = (await get(`${site.url}/robots.txt`)).text;
      expect(robots).toContain(`Sitemap: ${site.url}/sitemaps/index.xml`);
      const atom = (await get(`${site.url}/atom.xml`)).text;
      expect([...atom.matchAll(/<entry>/g)]).toHaveLength(site.manifest.articles.length);
      expect(atom).not.toContain(`href="${site.url}`);
    } finally {
      await site.close();
    }
  });

  it('draws the same site from the same seed, and different sites from different seeds', () => {
    expect(randomSiteSpec(7)).toEqual(randomSiteSpec(7));
    const specs = Array.from({ length: 40 }, (_, seed) => randomSiteSpec(seed));
    for (const field of ['articleUrl', 'sectionUrl', 'pagination', 'pager', 'listingItem', 'home'] as const) {
      expect(new Set(specs.map((spec) => spec[field])).size).toBeGreaterThan(2);
    }
  });
});
