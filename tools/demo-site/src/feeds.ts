// Machine-readable discovery: robots.txt, RSS 2.0 feeds, the sitemap index with article sitemaps
// (≤ 1000 URLs each), a Google News sitemap and a sitemap of section pages.
import { esc, excerpt } from './html.js';
import { PAPER_NAME } from './layouts/national-paper.js';
import {
  FEED_LIMIT,
  listingPath,
  NEWS_SITEMAP_LIMIT,
  sectionFeedPath,
  SITEMAP_MAX_URLS,
  tagPath,
  type SiteArticle,
  type SiteModel,
} from './site-model.js';
import { isoVietnam, rfc822Vietnam } from './vietnam-time.js';

export const CRAWL_DELAY_SECONDS = 0;

export function disallowedPrefixes(model: SiteModel): string[] {
  return model.sections.filter((s) => s.disallowed).map((s) => `/${s.id}/`);
}

export function renderRobots(model: SiteModel): string {
  return `# robots.txt - ${PAPER_NAME}
User-agent: *
Crawl-delay: ${CRAWL_DELAY_SECONDS}
${disallowedPrefixes(model)
  .map((p) => `Disallow: ${p}`)
  .join('\n')}

Sitemap: ${model.baseUrl}/sitemap.xml
`;
}

/** The newest `FEED_LIMIT` articles of a section, or of the whole site when section is null. */
export function feedItems(model: SiteModel, section: string | null): SiteArticle[] {
  const list = section === null ? model.articles : model.sectionById.get(section)!.articles;
  return list.slice(0, FEED_LIMIT);
}

export function renderRss(model: SiteModel, section: string | null): string {
  const items = feedItems(model, section);
  const name = section === null ? PAPER_NAME : `${model.sectionById.get(section)!.name} - ${PAPER_NAME}`;
  const self = section === null ? '/rss.xml' : sectionFeedPath(section);
  const link = section === null ? '/' : listingPath(section, 1);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${esc(name)}</title>
<link>${model.baseUrl}${link}</link>
<atom:link href="${model.baseUrl}${self}" rel="self" type="application/rss+xml"/>
<description>Tin tức hội nghị, sự kiện chính trị - ${esc(name)}</description>
<language>vi</language>
<ttl>15</ttl>
${items.length ? `<lastBuildDate>${rfc822Vietnam(items[0].publishedMs)}</lastBuildDate>` : ''}
${items
  .map(
    (a) => `<item>
<title>${esc(a.title)}</title>
<link>${a.url}</link>
<guid isPermaLink="true">${a.url}</guid>
<pubDate>${rfc822Vietnam(a.publishedMs)}</pubDate>
<category>${esc(a.section.name)}</category>
<description>${esc(excerpt(a.paragraphs[0], 300))}</description>
</item>`,
  )
  .join('\n')}
</channel>
</rss>
`;
}

export function articleSitemapCount(model: SiteModel): number {
  return Math.max(1, Math.ceil(model.articles.length / SITEMAP_MAX_URLS));
}

export function articleSitemapPath(n: number): string {
  return `/sitemaps/articles-${n}.xml`;
}

export const NEWS_SITEMAP_PATH = '/sitemaps/news.xml';
export const PAGES_SITEMAP_PATH = '/sitemaps/pages.xml';

export function renderSitemapIndex(model: SiteModel): string {
  const newest = model.articles[0] ? isoVietnam(model.articles[0].publishedMs) : null;
  const paths = [
    ...Array.from({ length: articleSitemapCount(model) }, (_, i) => articleSitemapPath(i + 1)),
    NEWS_SITEMAP_PATH,
    PAGES_SITEMAP_PATH,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `<sitemap><loc>${model.baseUrl}${p}</loc>${newest ? `<lastmod>${newest}</lastmod>` : ''}</sitemap>`).join('\n')}
</sitemapindex>
`;
}

/** The n-th (1-based) article sitemap, or null past the last one. */
export function renderArticleSitemap(model: SiteModel, n: number): string | null {
  if (n < 1 || n > articleSitemapCount(model)) return null;
  const chunk = model.articles.slice((n - 1) * SITEMAP_MAX_URLS, n * SITEMAP_MAX_URLS);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${chunk.map((a) => `<url><loc>${a.url}</loc><lastmod>${isoVietnam(a.publishedMs)}</lastmod></url>`).join('\n')}
</urlset>
`;
}

export function renderNewsSitemap(model: SiteModel): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${model.articles
  .slice(0, NEWS_SITEMAP_LIMIT)
  .map(
    (a) =>
      `<url><loc>${a.url}</loc><news:news><news:publication><news:name>${PAPER_NAME}</news:name><news:language>vi</news:language></news:publication><news:publication_date>${isoVietnam(a.publishedMs)}</news:publication_date><news:title>${esc(a.title)}</news:title></news:news></url>`,
  )
  .join('\n')}
</urlset>
`;
}

export function renderPagesSitemap(model: SiteModel): string {
  const paths = [
    '/',
    ...model.sections.map((s) => listingPath(s.id, 1)),
    ...[...model.tags.keys()].map(tagPath),
    '/gioi-thieu',
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `<url><loc>${model.baseUrl}${p}</loc></url>`).join('\n')}
</urlset>
`;
}
