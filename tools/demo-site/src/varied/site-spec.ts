/**
 * What a generated site looks like: the URL shapes of its articles, sections and listing pages, how it
 * paginates, which discovery channels it offers, its home page, charset, markup and the furniture
 * around the articles (tags, static pages, documents, videos, authors, search, a "most read" box).
 * Every field is a choice a real Vietnamese news or government site makes one way or another.
 */
export interface SiteSpec {
  seed: number;
  name: string;
  articleCount: number;
  sectionCount: number;
  articleUrl: ArticleUrlScheme;
  sectionUrl: SectionUrlScheme;
  pagination: PaginationScheme;
  pager: PagerStyle;
  listingItem: ListingItemStyle;
  pageSize: number;
  /** paginated: every article is on some page of its section; first-page: only the newest page exists. */
  listings: 'paginated' | 'first-page';
  /** A listing of every section together ("Tin mới"), paginated like the sections. */
  latestListing: boolean;
  feed: FeedSpec | null;
  sitemap: SitemapSpec | null;
  /**
   * newest: the newest stories and a block per section; non-articles: mostly services, documents,
   * tags and static pages; hub: menus lead to a "Tin tức" page that alone links the sections;
   * paginated: the home page is page 1 of the listing of every article.
   */
  home: 'newest' | 'non-articles' | 'hub' | 'paginated';
  charset: 'utf-8' | 'windows-1258';
  layout: 'modern' | 'tables';
  /** some-undated: a visible date on most articles, none at all on every third. */
  dating: 'meta' | 'json-ld' | 'visible' | 'some-undated';
  furniture: Furniture;
  robots: { disallow: string[]; crawlDelaySeconds: number | null };
}

export type ArticleUrlScheme =
  /** /thoi-su/hoi-nghi-...-1234.html */
  | 'section-slug-id'
  /** /hoi-nghi-...-1234.htm */
  | 'flat-slug-id'
  /** /2024/12/02/hoi-nghi-.../ */
  | 'dated-slug'
  /** /tin-tuc/chi-tiet.aspx?id=1234 */
  | 'aspx-id'
  /** /index.php?option=com_content&view=article&id=1234&catid=3 */
  | 'joomla'
  /** /hoi-nghi-... (no id, no extension, sections at the same level) */
  | 'top-slug'
  /** /bai-viet/1234 */
  | 'numeric'
  /** /tin/1234-hoi-nghi-....html */
  | 'id-slug';

export type SectionUrlScheme =
  /** /chuyen-muc/thoi-su */
  | 'chuyen-muc'
  /** /thoi-su */
  | 'top'
  /** /thoi-su.htm */
  | 'htm'
  /** /category/thoi-su/ */
  | 'category-slash'
  /** /danh-muc.aspx?id=3 */
  | 'query-id';

export type PaginationScheme =
  /** <listing>/trang-2 (before the extension of a .htm listing) */
  | 'trang'
  /** <listing>?page=2 */
  | 'page-query'
  /** <listing>/p2 */
  | 'p'
  /** <listing>page/2/ */
  | 'wordpress'
  /** <listing>?start=20 (an offset, not a page number) */
  | 'offset';

export type PagerStyle =
  /** 1 2 3 … every page number, nothing else */
  | 'numbers'
  /** « Đầu ‹ Trước 2 3 [4] 5 6 Sau › Cuối » */
  | 'window'
  /** "Trang sau »" only */
  | 'next'
  /** <link rel="next"> in the head and a "Xem thêm" button */
  | 'rel-next';

export type ListingItemStyle =
  /** image link, headline link, date and lead */
  | 'headline'
  /** a table row: image link, headline link, date */
  | 'table-row'
  /** headline as bold text, the only link is "Xem chi tiết" */
  | 'detail-link';

export interface FeedSpec {
  format: 'rss' | 'atom';
  /** Atom entries with relative hrefs (resolved against the feed's address). */
  relativeLinks: boolean;
  /** Items in the feed: the newest N, or every article. */
  limit: number | 'all';
  /** head: <link rel="alternate"> on every page; path: only at a common path; page: a feed index page links it. */
  advertised: 'head' | 'path' | 'page';
}

export interface SitemapSpec {
  /** urlset: one file; index: monthly article sitemaps; news-index: an index of Google News sitemaps only. */
  kind: 'urlset' | 'index' | 'news-index';
  /** The sitemap also lists the home page, sections, tags and static pages. */
  includePages: boolean;
  /** robots.txt names the sitemap; otherwise it is only at /sitemap.xml. */
  inRobots: boolean;
}

export interface Furniture {
  tags: boolean;
  /** Long tag slugs ("hoi-nghi-truc-tuyen-toan-quoc") that read like article slugs. */
  longTags: boolean;
  staticPages: boolean;
  /** Legal documents with long slugs and ids, the shape of article URLs. */
  documents: boolean;
  videos: boolean;
  authors: boolean;
  search: boolean;
  /** A "most read" box with the same article links on every page. */
  mostRead: boolean;
}
