import { fnv1a, pick } from '../html.js';
import type {
  ArticleUrlScheme,
  ListingItemStyle,
  PagerStyle,
  PaginationScheme,
  SectionUrlScheme,
  SiteSpec,
} from './site-spec.js';

const ARTICLE_URLS: ArticleUrlScheme[] = [
  'section-slug-id',
  'flat-slug-id',
  'dated-slug',
  'aspx-id',
  'joomla',
  'top-slug',
  'numeric',
  'id-slug',
];
const SECTION_URLS: SectionUrlScheme[] = ['chuyen-muc', 'top', 'htm', 'category-slash', 'query-id'];
const PAGINATIONS: PaginationScheme[] = ['trang', 'page-query', 'p', 'wordpress', 'offset'];
const PAGERS: PagerStyle[] = ['numbers', 'window', 'next', 'rel-next'];
const ITEMS: ListingItemStyle[] = ['headline', 'table-row', 'detail-link'];

/** A number in [min, max] chosen by the seed and a name. */
function between(seed: number, name: string, min: number, max: number): number {
  return min + (fnv1a(`${seed}:${name}`) % (max - min + 1));
}

const chance = (seed: number, name: string, percent: number) => fnv1a(`${seed}:${name}`) % 100 < percent;

/**
 * A site spec chosen by a seed: every choice of SiteSpec varies, within what keeps every article
 * reachable by at least one discovery channel a crawler can read in full (every page of the
 * listings, every file of the sitemap, or a feed of every article).
 */
export function randomSiteSpec(seed: number): SiteSpec {
  const choose = <T>(list: readonly T[], name: string) => pick(list, `${seed}:${name}`);
  const articleCount = between(seed, 'articles', 40, 160);
  const listings = chance(seed, 'listings', 75) ? 'paginated' : 'first-page';
  const feedAll = listings === 'first-page' && chance(seed, 'feed-all', 50);
  const sitemapKind = choose(['urlset', 'index', 'news-index'] as const, 'sitemap-kind');
  const needsSitemap = listings === 'first-page' && !feedAll;
  const format = choose(['rss', 'atom'] as const, 'feed-format');
  return {
    seed,
    name: `Cổng thông tin điện tử số ${seed}`,
    articleCount,
    sectionCount: between(seed, 'sections', 2, 7),
    articleUrl: choose(ARTICLE_URLS, 'article-url'),
    sectionUrl: choose(SECTION_URLS, 'section-url'),
    pagination: choose(PAGINATIONS, 'pagination'),
    pager: choose(PAGERS, 'pager'),
    listingItem: choose(ITEMS, 'item'),
    pageSize: between(seed, 'page-size', 6, 20),
    listings,
    latestListing: chance(seed, 'latest', 40),
    feed:
      feedAll || chance(seed, 'feed', 60)
        ? {
            format,
            relativeLinks: format === 'atom' && chance(seed, 'relative', 50),
            limit: feedAll ? 'all' : between(seed, 'feed-limit', 10, 30),
            advertised: choose(['head', 'path', 'page'] as const, 'feed-advertised'),
          }
        : null,
    sitemap:
      needsSitemap || chance(seed, 'sitemap', 50)
        ? {
            // Monthly files of a long archive run past what a crawler reads in one round.
            kind: needsSitemap && sitemapKind === 'index' ? 'news-index' : sitemapKind,
            includePages: chance(seed, 'sitemap-pages', 50),
            inRobots: chance(seed, 'sitemap-robots', 60),
          }
        : null,
    home: choose(['newest', 'newest', 'non-articles', 'hub', 'paginated'] as const, 'home'),
    charset: chance(seed, 'charset', 20) ? 'windows-1258' : 'utf-8',
    layout: choose(['modern', 'tables'] as const, 'layout'),
    dating: choose(['meta', 'json-ld', 'visible', 'some-undated'] as const, 'dating'),
    furniture: {
      tags: chance(seed, 'tags', 70),
      longTags: chance(seed, 'long-tags', 40),
      staticPages: chance(seed, 'static', 80),
      documents: chance(seed, 'documents', 40),
      videos: chance(seed, 'videos', 40),
      authors: chance(seed, 'authors', 30),
      search: chance(seed, 'search', 50),
      mostRead: chance(seed, 'most-read', 50),
    },
    robots: {
      disallow: chance(seed, 'disallow', 50) ? ['/tim-kiem', '/admin/'] : [],
      crawlDelaySeconds: chance(seed, 'crawl-delay', 20) ? 0 : null,
    },
  };
}

const NO_FURNITURE: SiteSpec['furniture'] = {
  tags: false,
  longTags: false,
  staticPages: false,
  documents: false,
  videos: false,
  authors: false,
  search: false,
  mostRead: false,
};

const BASE: SiteSpec = {
  seed: 1,
  name: 'Trang tin điện tử',
  articleCount: 90,
  sectionCount: 4,
  articleUrl: 'section-slug-id',
  sectionUrl: 'chuyen-muc',
  pagination: 'trang',
  pager: 'numbers',
  listingItem: 'headline',
  pageSize: 10,
  listings: 'paginated',
  latestListing: false,
  feed: null,
  sitemap: null,
  home: 'newest',
  charset: 'utf-8',
  layout: 'modern',
  dating: 'meta',
  furniture: { ...NO_FURNITURE, staticPages: true, tags: true },
  robots: { disallow: [], crawlDelaySeconds: null },
};

/** Six sites unlike the demo site, one per kind of furniture a source must cope with. */
export const SITE_PRESETS: Record<string, SiteSpec> = {
  /** No feed, no sitemap: section listings with a numbered pager only. */
  'numbered-listings': {
    ...BASE,
    seed: 11,
    name: 'Báo điện tử Đồng Xuân',
    articleUrl: 'flat-slug-id',
    sectionUrl: 'top',
    pagination: 'p',
    pager: 'numbers',
    pageSize: 8,
    furniture: { ...BASE.furniture, mostRead: true, authors: true },
  },
  /** Only a sitemap index (named in robots.txt) of Google News sitemaps; listings show one page. */
  'news-sitemaps': {
    ...BASE,
    seed: 12,
    name: 'Báo Phú Sơn điện tử',
    articleCount: 120,
    articleUrl: 'dated-slug',
    sectionUrl: 'category-slash',
    listings: 'first-page',
    sitemap: { kind: 'news-index', includePages: false, inRobots: true },
    dating: 'json-ld',
    furniture: { ...BASE.furniture, longTags: true, search: true },
    robots: { disallow: ['/tim-kiem'], crawlDelaySeconds: null },
  },
  /** An Atom feed of every article with relative links; listings show one page. */
  'atom-relative': {
    ...BASE,
    seed: 13,
    name: 'Trang tin Hội Nông dân',
    articleCount: 70,
    articleUrl: 'id-slug',
    sectionUrl: 'htm',
    listings: 'first-page',
    feed: { format: 'atom', relativeLinks: true, limit: 'all', advertised: 'head' },
    dating: 'visible',
  },
  /** A portal on tables: ?id= articles, ?id= sections, ?page= pagination. */
  'table-portal': {
    ...BASE,
    seed: 14,
    name: 'Cổng thông tin điện tử huyện Tân Phước',
    articleCount: 100,
    articleUrl: 'aspx-id',
    sectionUrl: 'query-id',
    pagination: 'page-query',
    pager: 'window',
    listingItem: 'table-row',
    pageSize: 15,
    layout: 'tables',
    dating: 'visible',
    furniture: { ...BASE.furniture, documents: true, search: true },
  },
  /** The home page links mostly to services, documents, videos, tags and static pages. */
  'portal-home': {
    ...BASE,
    seed: 15,
    name: 'Cổng thông tin điện tử tỉnh An Hòa',
    articleCount: 110,
    articleUrl: 'section-slug-id',
    sectionUrl: 'chuyen-muc',
    pagination: 'page-query',
    pager: 'next',
    listingItem: 'detail-link',
    home: 'non-articles',
    sitemap: { kind: 'urlset', includePages: true, inRobots: false },
    furniture: {
      tags: true,
      longTags: true,
      staticPages: true,
      documents: true,
      videos: true,
      authors: true,
      search: true,
      mostRead: true,
    },
  },
  /** A legacy portal in windows-1258 on tables, Joomla URLs, "Trang sau" pager. */
  'windows-1258': {
    ...BASE,
    seed: 16,
    name: 'Trang thông tin điện tử xã Hòa Bình',
    articleCount: 60,
    articleUrl: 'joomla',
    sectionUrl: 'query-id',
    pagination: 'offset',
    pager: 'next',
    listingItem: 'table-row',
    pageSize: 10,
    charset: 'windows-1258',
    layout: 'tables',
    dating: 'visible',
  },
};
