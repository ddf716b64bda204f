import {
  articleSitemapCount,
  articleSitemapPath,
  CRAWL_DELAY_SECONDS,
  disallowedPrefixes,
  feedItems,
  NEWS_SITEMAP_PATH,
  PAGES_SITEMAP_PATH,
} from './feeds.js';
import {
  FEED_LIMIT,
  LAYOUTS,
  LISTING_PAGE_SIZE,
  listingPath,
  NEWS_SITEMAP_LIMIT,
  RATE_LIMITED_REQUESTS,
  RETRY_AFTER_SECONDS,
  SEARCH_PATH,
  sectionFeedPath,
  SERVER_ERROR_FAILURES,
  SITEMAP_MAX_URLS,
  tagPath,
  type SiteArticle,
  type SiteModel,
} from './site-model.js';
import { isoVietnam } from './vietnam-time.js';
import type { DiscoveryMethod, ManifestArticle, SiteManifest } from './types.js';

/** What tests and benchmarks assert against: every page, how it is reached, the special URLs. */
export function buildManifest(model: SiteModel): SiteManifest {
  const base = model.baseUrl;
  const inFeeds = new Set<SiteArticle>(feedItems(model, null));
  for (const s of model.sections) for (const a of feedItems(model, s.id)) inFeeds.add(a);
  const dating = new Map(LAYOUTS.map((l) => [l.id, l.dating]));

  const articles: ManifestArticle[] = model.articles.map((a) => ({
    url: a.url,
    path: a.path,
    slug: a.slug,
    section: a.section.id,
    layout: a.layout,
    dating: dating.get(a.layout)!,
    title: a.title,
    publishedAt: isoVietnam(a.publishedMs),
    charset: a.charset,
    isConference: a.source.isConference,
    expected: a.source.expected,
    sourceId: a.source.sourceId,
    sourceUrl: a.source.sourceUrl,
    variantOf: a.variant === 0 ? null : a.source.slug,
    byline: a.byline,
    discovery: [
      ...(inFeeds.has(a) ? ['rss' as const] : []),
      'sitemap',
      'listing',
    ] satisfies DiscoveryMethod[],
    listingUrl: `${base}${listingPath(a.section.id, a.listingPage)}`,
    disallowed: a.section.disallowed,
  }));

  const tracking = model.trackingDuplicate;
  return {
    baseUrl: base,
    scale: model.scale,
    layouts: LAYOUTS.map((l) => ({ ...l })),
    sections: model.sections.map((s) => ({
      id: s.id,
      name: s.name,
      listingUrl: `${base}${listingPath(s.id, 1)}`,
      feedUrl: `${base}${sectionFeedPath(s.id)}`,
      listingPages: s.listingPages,
      articleCount: s.articles.length,
      disallowed: s.disallowed,
    })),
    articles,
    listingPageSize: LISTING_PAGE_SIZE,
    feeds: [
      { url: `${base}/rss.xml`, section: null, limit: FEED_LIMIT },
      ...model.sections.map((s) => ({
        url: `${base}${sectionFeedPath(s.id)}`,
        section: s.id,
        limit: FEED_LIMIT,
      })),
    ],
    sitemaps: {
      index: `${base}/sitemap.xml`,
      articles: Array.from(
        { length: articleSitemapCount(model) },
        (_, i) => `${base}${articleSitemapPath(i + 1)}`,
      ),
      news: `${base}${NEWS_SITEMAP_PATH}`,
      pages: `${base}${PAGES_SITEMAP_PATH}`,
      maxUrlsPerSitemap: SITEMAP_MAX_URLS,
      newsLimit: NEWS_SITEMAP_LIMIT,
    },
    robots: {
      url: `${base}/robots.txt`,
      disallow: disallowedPrefixes(model),
      crawlDelay: CRAWL_DELAY_SECONDS,
    },
    special: {
      redirects: [...model.redirects.values()].map((r) => ({
        from: `${base}${r.from}`,
        to: r.target.url,
        status: r.status,
        linkedFrom: `${base}/`,
      })),
      notFound: [{ url: `${base}${model.notFoundPath}`, linkedFrom: `${base}/` }],
      serverError: { url: model.serverError.url, failures: SERVER_ERROR_FAILURES },
      rateLimited: {
        url: model.rateLimited.url,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        limitedRequests: RATE_LIMITED_REQUESTS,
      },
      trackingDuplicate: {
        url: `${tracking.url}${model.trackingQuery}`,
        canonical: tracking.url,
        linkedFrom: `${base}${listingPath(tracking.section.id, tracking.listingPage)}`,
      },
      windows1258: { url: model.windows1258.url },
    },
    pages: [
      { kind: 'home', url: `${base}/` },
      ...model.sections.flatMap((s) =>
        Array.from({ length: s.listingPages }, (_, i) => ({
          kind: 'listing' as const,
          url: `${base}${listingPath(s.id, i + 1)}`,
        })),
      ),
      ...[...model.tags.keys()].map((slug) => ({ kind: 'tag' as const, url: `${base}${tagPath(slug)}` })),
      { kind: 'search', url: `${base}${SEARCH_PATH}` },
      { kind: 'about', url: `${base}/gioi-thieu` },
      { kind: 'feeds', url: `${base}/rss` },
    ],
  };
}
