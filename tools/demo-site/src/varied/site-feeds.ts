// Machine-readable discovery of a generated site: robots.txt, an RSS or Atom feed, and sitemaps
// (one urlset, an index of monthly files, or an index of Google News sitemaps only).
import { esc } from '../html.js';
import { isoVietnam, rfc822Vietnam } from '../vietnam-time.js';
import { nonArticlePaths, type VariedArticle, type VariedModel } from './site-model.js';

const NEWS_SITEMAP_SIZE = 40;

export function renderRobots(model: VariedModel, baseUrl: string): string {
  const { robots, sitemap } = model.spec;
  const lines = ['User-agent: *', ...robots.disallow.map((path) => `Disallow: ${path}`)];
  if (robots.crawlDelaySeconds !== null) lines.push(`Crawl-delay: ${robots.crawlDelaySeconds}`);
  if (sitemap?.inRobots && model.sitemapPath) lines.push('', `Sitemap: ${baseUrl}${model.sitemapPath}`);
  return `${lines.join('\n')}\n`;
}

function feedItems(model: VariedModel): VariedArticle[] {
  const limit = model.spec.feed!.limit;
  return limit === 'all' ? model.articles : model.articles.slice(0, limit);
}

export function renderFeed(model: VariedModel, baseUrl: string): string {
  const feed = model.spec.feed!;
  const items = feedItems(model);
  if (feed.format === 'rss') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(model.spec.name)}</title><link>${baseUrl}/</link><description>Tin mới</description>
${items
  .map(
    (a) =>
      `<item><title>${esc(a.title)}</title><link>${esc(baseUrl + a.path)}</link><pubDate>${rfc822Vietnam(a.publishedMs)}</pubDate><description>${esc(a.paragraphs[0]!.slice(0, 200))}</description></item>`,
  )
  .join('\n')}
</channel></rss>
`;
  }
  // Relative hrefs resolve against the feed's own address.
  const href = (a: VariedArticle) =>
    esc(feed.relativeLinks ? relativeTo(model.feedPath!, a.path) : baseUrl + a.path);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(model.spec.name)}</title><id>${baseUrl}/</id>
<link rel="self" href="${feed.relativeLinks ? model.feedPath : baseUrl + model.feedPath}"/>
<updated>${isoVietnam(model.articles[0]!.publishedMs)}</updated>
${items
  .map(
    (a) =>
      `<entry><title>${esc(a.title)}</title><link rel="alternate" type="text/html" href="${href(a)}"/><id>tag:${a.id}</id><published>${isoVietnam(a.publishedMs)}</published><updated>${isoVietnam(a.publishedMs)}</updated><summary>${esc(a.paragraphs[0]!.slice(0, 200))}</summary></entry>`,
  )
  .join('\n')}
</feed>
`;
}

/** `to` written relative to the folder of `from`: "/feeds/a.atom" and "/x/y.html" give "../x/y.html". */
function relativeTo(from: string, to: string): string {
  const depth = from.split('/').length - 2;
  return `${'../'.repeat(depth)}${to.slice(1)}`;
}

function urlset(entries: string[], news = false): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${news ? ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' : ''}>
${entries.join('\n')}
</urlset>
`;
}

function sitemapIndex(baseUrl: string, files: Array<{ path: string; lastmodMs: number }>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((f) => `<sitemap><loc>${baseUrl}${f.path}</loc><lastmod>${isoVietnam(f.lastmodMs)}</lastmod></sitemap>`).join('\n')}
</sitemapindex>
`;
}

const urlEntry = (baseUrl: string, a: VariedArticle) =>
  `<url><loc>${esc(baseUrl + a.path)}</loc><lastmod>${isoVietnam(a.publishedMs)}</lastmod></url>`;

const newsEntry = (model: VariedModel, baseUrl: string, a: VariedArticle) =>
  `<url><loc>${esc(baseUrl + a.path)}</loc><news:news><news:publication><news:name>${esc(model.spec.name)}</news:name><news:language>vi</news:language></news:publication><news:publication_date>${isoVietnam(a.publishedMs)}</news:publication_date><news:title>${esc(a.title)}</news:title></news:news></url>`;

/** Every sitemap file of the site by path. */
export function renderSitemaps(model: VariedModel, baseUrl: string): Map<string, string> {
  const sitemap = model.spec.sitemap;
  const files = new Map<string, string>();
  if (sitemap === null || model.sitemapPath === null) return files;
  const pages = sitemap.includePages
    ? nonArticlePaths(model)
        .filter((path) => !path.includes('?'))
        .map((path) => `<url><loc>${esc(baseUrl + path)}</loc></url>`)
    : [];
  const newest = model.articles[0]!.publishedMs;
  if (sitemap.kind === 'urlset') {
    files.set(model.sitemapPath, urlset([...model.articles.map((a) => urlEntry(baseUrl, a)), ...pages]));
    return files;
  }
  const children: Array<{ path: string; lastmodMs: number }> = [];
  if (sitemap.kind === 'news-index') {
    for (let i = 0; i * NEWS_SITEMAP_SIZE < model.articles.length; i++) {
      const chunk = model.articles.slice(i * NEWS_SITEMAP_SIZE, (i + 1) * NEWS_SITEMAP_SIZE);
      const path = `/sitemaps/news-${i + 1}.xml`;
      files.set(
        path,
        urlset(
          chunk.map((a) => newsEntry(model, baseUrl, a)),
          true,
        ),
      );
      children.push({ path, lastmodMs: chunk[0]!.publishedMs });
    }
  } else {
    const months = new Map<string, VariedArticle[]>();
    for (const a of model.articles) {
      const month = isoVietnam(a.publishedMs).slice(0, 7);
      months.set(month, [...(months.get(month) ?? []), a]);
    }
    for (const [month, articles] of months) {
      const path = `/sitemaps/articles-${month}.xml`;
      files.set(path, urlset(articles.map((a) => urlEntry(baseUrl, a))));
      children.push({ path, lastmodMs: articles[0]!.publishedMs });
    }
    if (pages.length > 0) {
      files.set('/sitemaps/pages.xml', urlset(pages));
      children.push({ path: '/sitemaps/pages.xml', lastmodMs: newest });
    }
  }
  files.set(model.sitemapPath, sitemapIndex(baseUrl, children));
  return files;
}
