import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { loadDefaultContent } from './content.js';
import { esc } from './html.js';
import { startDemoSite } from './server.js';
import type { DemoSite, ManifestArticle } from './types.js';

let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite({ port: 0 });
});

afterAll(async () => {
  await site.close();
});

async function text(url: string, init?: RequestInit): Promise<string> {
  const res = await fetch(url, init);
  expect(res.status).toBe(200);
  return res.text();
}

function links(html: string, base: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1].replace(/&amp;/g, '&'), base).href);
}

function locs(xml: string, tag = 'loc'): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((m) => m[1]);
}

/** An ordinary article of a layout: public, UTF-8, not one of the flaky pages. */
function firstOf(layout: ManifestArticle['layout']): ManifestArticle {
  const { serverError, rateLimited, windows1258 } = site.manifest.special;
  const special = new Set([serverError.url, rateLimited.url, windows1258.url]);
  return site.manifest.articles.find((a) => a.layout === layout && !a.disallowed && !special.has(a.url))!;
}

/** Raw response bytes and headers, without fetch's transparent decompression. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('articles and layouts', () => {
  it('serves three visibly different layouts, each with a canonical link and boilerplate', async () => {
    const party = await text(firstOf('party-portal').url);
    const paper = await text(firstOf('national-paper').url);
    const district = await text(firstOf('district-portal').url);

    expect(party).toContain('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY');
    expect(party).toMatch(/<td class="caption">Ảnh minh họa/);
    expect(paper).toContain('<figcaption>');
    expect(paper).toContain('<template id="comment-template">');
    expect(district).toContain('TRANG THÔNG TIN ĐIỆN TỬ HUYỆN');
    expect(district).toMatch(/<p class="img-caption"[^>]*><em>/);
    for (const [html, article] of [
      [party, firstOf('party-portal')],
      [paper, firstOf('national-paper')],
      [district, firstOf('district-portal')],
    ] as const) {
      expect(html).toContain(`<link rel="canonical" href="${article.url}"`);
      expect(html).toContain('Tin liên quan');
      expect(html).toContain('Lượt xem:');
      expect(html).toContain('action="/binh-luan"');
      expect(html).toContain('facebook.com/sharer');
      expect(html).toMatch(/class="(tags|article__tags)"/);
      expect(html).toContain('quangcao.example');
      expect(html).toContain('Địa chỉ:');
      expect(html).toContain(esc(article.title));
    }
  });

  it('dates each layout its own way', async () => {
    const meta = firstOf('party-portal');
    const party = await text(meta.url);
    expect(party).toContain(`<meta property="article:published_time" content="${meta.publishedAt}">`);
    expect(party).not.toContain('application/ld+json');

    const ld = firstOf('national-paper');
    const paper = await text(ld.url);
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(paper)![1]);
    expect(json['@type']).toBe('NewsArticle');
    expect(json.datePublished).toBe(ld.publishedAt);
    expect(json.datePublished).toMatch(/\+07:00$/);
    expect(paper).not.toContain('article:published_time');

    const visible = firstOf('district-portal');
    const district = await text(visible.url);
    const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(visible.publishedAt)!;
    expect(district).toMatch(
      new RegExp(`<span class="create">(Thứ \\d|Chủ nhật), Ngày ${d} / ${m} / ${y}</span>`),
    );
    expect(district).not.toContain('article:published_time');
    expect(district).not.toContain('application/ld+json');
    expect(district).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('puts the byline as the last paragraph of the body', async () => {
    const withByline = site.manifest.articles.find(
      (a) =>
        a.byline && !a.disallowed && a.charset === 'utf-8' && a.url !== site.manifest.special.serverError.url,
    )!;
    const html = await text(withByline.url);
    expect(html).toContain(esc(withByline.byline!));
  });

  it('serves one article in windows-1258 whose Vietnamese text round-trips', async () => {
    const { url } = site.manifest.special.windows1258;
    const article = site.manifest.articles.find((a) => a.url === url)!;
    expect(article.charset).toBe('windows-1258');
    const res = await fetch(url);
    expect(res.headers.get('content-type')).toBe('text/html; charset=windows-1258');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const html = iconv.decode(bytes, 'windows-1258').normalize('NFC');
    expect(html).toContain('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />');
    expect(html).toContain(esc(article.title));
    expect(html).not.toContain('&#x');
    const source = loadDefaultContent().articles.find((a) => a.slug === article.slug)!;
    for (const paragraph of source.paragraphs) expect(html).toContain(esc(paragraph));
  });
});

describe('discovery', () => {
  it('reaches every article through the sitemap index, within 1000 URLs per sitemap', async () => {
    const index = await text(site.manifest.sitemaps.index);
    const children = locs(index);
    expect(children).toEqual(
      expect.arrayContaining([...site.manifest.sitemaps.articles, site.manifest.sitemaps.news]),
    );
    const urls: string[] = [];
    for (const child of site.manifest.sitemaps.articles) {
      const found = locs(await text(child));
      expect(found.length).toBeLessThanOrEqual(1000);
      urls.push(...found);
    }
    expect(new Set(urls)).toEqual(new Set(site.manifest.articles.map((a) => a.url)));

    const news = await text(site.manifest.sitemaps.news);
    expect(news).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(locs(news, 'news:publication_date').every((d) => /\+07:00$/.test(d))).toBe(true);
  });

  it('reaches the articles the manifest marks rss through the feeds', async () => {
    const inFeeds = new Set<string>();
    for (const feed of site.manifest.feeds) {
      const xml = await text(feed.url);
      expect(xml).toContain('<rss version="2.0"');
      const items = [...xml.matchAll(/<guid isPermaLink="true">([^<]+)<\/guid>/g)].map((m) => m[1]);
      expect(items.length).toBeLessThanOrEqual(feed.limit);
      items.forEach((u) => inFeeds.add(u));
    }
    const marked = site.manifest.articles.filter((a) => a.discovery.includes('rss')).map((a) => a.url);
    expect(new Set(marked)).toEqual(inFeeds);
    // At scale 1 every section has at most FEED_LIMIT articles, so RSS reaches everything.
    expect(marked).toHaveLength(site.manifest.articles.length);
  });

  it('reaches every article through the paginated section listings', async () => {
    const found = new Set<string>();
    for (const section of site.manifest.sections) {
      let page: string | null = section.listingUrl;
      let pages = 0;
      while (page) {
        const html = await text(page);
        pages++;
        for (const href of links(html, page)) {
          const u = new URL(href);
          if (/^\/[a-z-]+\/[a-z0-9-]+\.html$/.test(u.pathname) && u.pathname.startsWith(`/${section.id}/`)) {
            found.add(`${u.origin}${u.pathname}`);
          }
        }
        const next = /<a class="next" rel="next" href="([^"]+)"/.exec(html);
        page = next ? new URL(next[1], page).href : null;
      }
      expect(pages).toBe(section.listingPages);
    }
    expect(found).toEqual(new Set(site.manifest.articles.map((a) => a.url)));
  });

  it('links the tracking-parameter duplicate from a listing; it serves the same canonical page', async () => {
    const { url, canonical, linkedFrom } = site.manifest.special.trackingDuplicate;
    expect(new URL(url).searchParams.get('utm_source')).toBeTruthy();
    expect(new URL(url).searchParams.get('fbclid')).toBeTruthy();
    const listing = await text(linkedFrom);
    expect(links(listing, linkedFrom)).toContain(url);
    const html = await text(url);
    expect(html).toContain(`<link rel="canonical" href="${canonical}"`);
  });

  it('disallows one section in robots.txt, with a zero crawl delay and the sitemap', async () => {
    const robots = await text(site.manifest.robots.url);
    expect(robots).toContain('Disallow: /noi-bo/');
    expect(robots).toContain('Crawl-delay: 0');
    expect(robots).toContain(`Sitemap: ${site.manifest.sitemaps.index}`);
    const disallowed = site.manifest.articles.filter((a) => a.disallowed);
    expect(disallowed.length).toBeGreaterThan(0);
    for (const a of disallowed) {
      expect(a.path.startsWith('/noi-bo/')).toBe(true);
      expect(a.discovery).toEqual(expect.arrayContaining(['sitemap', 'listing']));
      // Listed everywhere, fetched by nobody in this suite.
      expect(site.requests(a.path)).toBe(0);
    }
  });

  it('serves a home page, tag page and search results linking articles', async () => {
    for (const kind of ['home', 'tag', 'search', 'about', 'feeds'] as const) {
      const page = site.manifest.pages.find((p) => p.kind === kind)!;
      const html = await text(page.url);
      expect(html).toContain('</html>');
      if (kind !== 'about' && kind !== 'feeds') {
        expect(links(html, page.url).some((u) => site.manifest.articles.some((a) => a.url === u))).toBe(true);
      }
    }
    const search = await text(site.manifest.pages.find((p) => p.kind === 'search')!.url);
    expect(search).toContain('<meta name="robots" content="noindex, follow">');
  });
});

describe('special responses', () => {
  it('redirects old URLs to the article with 301 and 302', async () => {
    const statuses = [];
    for (const r of site.manifest.special.redirects) {
      const res = await fetch(r.from, { redirect: 'manual' });
      expect(res.status).toBe(r.status);
      expect(res.headers.get('location')).toBe(r.to);
      statuses.push(r.status);
      const followed = await fetch(r.from);
      expect(followed.url).toBe(r.to);
      expect(await followed.text()).toContain(`<link rel="canonical" href="${r.to}"`);
    }
    expect(statuses.sort()).toEqual([301, 302]);
    const home = await text(`${site.url}/`);
    for (const r of site.manifest.special.redirects) expect(links(home, site.url)).toContain(r.from);
  });

  it('answers 404 for missing pages', async () => {
    for (const { url } of site.manifest.special.notFound) {
      const res = await fetch(url);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('không tồn tại');
    }
    expect((await fetch(`${site.url}/khong-co-trang-nay`)).status).toBe(404);
    const section = site.manifest.sections[0];
    expect((await fetch(`${section.listingUrl}/trang-${section.listingPages + 1}`)).status).toBe(404);
  });

  it('fails with 500 the first N times, then serves the page', async () => {
    const { url, failures } = site.manifest.special.serverError;
    for (let i = 0; i < failures; i++) expect((await fetch(url)).status).toBe(500);
    expect((await fetch(url)).status).toBe(200);
    expect(site.requests(url)).toBe(failures + 1);
  });

  it('answers 429 with Retry-After the first time, then 200', async () => {
    const { url, retryAfterSeconds } = site.manifest.special.rateLimited;
    const first = await fetch(url);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    expect((await fetch(url)).status).toBe(200);
  });

  it('rejects methods other than GET and HEAD', async () => {
    const res = await fetch(`${site.url}/binh-luan`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('HTTP caching and compression', () => {
  it('answers conditional requests with 304 using ETag and Last-Modified', async () => {
    const article = firstOf('national-paper');
    const res = await fetch(article.url);
    const etag = res.headers.get('etag')!;
    const lastModified = res.headers.get('last-modified')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(new Date(lastModified).getTime()).toBe(Date.parse(article.publishedAt));

    const byTag = await fetch(article.url, { headers: { 'If-None-Match': etag } });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    expect((await fetch(article.url, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    const older = new Date(Date.parse(article.publishedAt) - 86_400_000).toUTCString();
    expect((await fetch(article.url, { headers: { 'If-Modified-Since': older } })).status).toBe(200);
    expect((await fetch(article.url, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
  });

  it('derives validators from content: another instance with the same URL gives the same ETag', async () => {
    const other = await startDemoSite({ port: 0, publicUrl: site.url });
    try {
      const path = firstOf('party-portal').path;
      const [a, b] = await Promise.all([
        fetch(`${site.url}${path}`),
        fetch(`http://127.0.0.1:${other.port}${path}`),
      ]);
      expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    } finally {
      await other.close();
    }
  });

  it('gzips when the client accepts it', async () => {
    const url = firstOf('district-portal').url;
    const plain = await rawGet(url, {});
    const zipped = await rawGet(url, { 'Accept-Encoding': 'gzip, deflate' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    const refused = await rawGet(url, { 'Accept-Encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });
});

describe('request counting', () => {
  it('counts requests per path with query string', async () => {
    const path = '/rss?lan=1';
    const before = site.stats().total;
    await text(`${site.url}${path}`);
    await text(`${site.url}${path}`);
    expect(site.requests(path)).toBe(2);
    expect(site.requests(`${site.url}${path}`)).toBe(2);
    expect(site.requests('/rss?lan=2')).toBe(0);
    expect(site.stats().byPath[path]).toBe(2);
    expect(site.stats().total).toBe(before + 2);
  });
});
