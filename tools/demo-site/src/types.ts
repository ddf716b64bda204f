/** Conference facts as the eval gold set states them (the scoring view of shared/eval/README.md). */
export interface ExpectedConference {
  name: string | null;
  date: string | null;
  partOfDay: 'morning' | 'afternoon' | 'evening' | null;
  scope: string;
  format: string;
  organizers: string[];
  venue: string | null;
  connectionPoints: number | null;
  attendees: number | null;
  documents: string[];
  people: { name: string; roles: string[] }[];
}

export interface ContentSection {
  id: string;
  name: string;
  /** robots.txt disallows the section's article pages. */
  disallowed: boolean;
}

export interface ContentTag {
  slug: string;
  name: string;
}

/** Where an article's publication date came from when content/articles.json was built. */
export type PublishedFrom = 'case' | 'conference-date' | 'text' | 'synthetic';

export interface ContentArticle {
  /** URL slug, ending in a numeric id: `hoi-nghi-toan-quoc-...-100123`. */
  slug: string;
  section: string;
  title: string;
  paragraphs: string[];
  /** ISO 8601 with the Vietnam offset: `2024-12-02T11:08:00+07:00`. */
  publishedAt: string;
  publishedFrom: PublishedFrom;
  /** Id of the eval case (or seed) the text comes from. */
  sourceId: string;
  sourceUrl: string | null;
  isConference: boolean;
  expected: ExpectedConference | null;
  tags: ContentTag[];
}

/** The site's content: tools/demo-site/content/articles.json, built by scripts/build-content.mjs. */
export interface DemoContent {
  version: 1;
  generatedFrom: string;
  sections: ContentSection[];
  articles: ContentArticle[];
}

export type LayoutId = 'party-portal' | 'national-paper' | 'district-portal';

/** How a layout states the publication date in its HTML. */
export type DatingMethod = 'meta' | 'json-ld' | 'visible';

export type DiscoveryMethod = 'rss' | 'sitemap' | 'listing';

export interface ManifestArticle {
  /** Absolute canonical URL (also in `<link rel="canonical">`). */
  url: string;
  path: string;
  slug: string;
  section: string;
  layout: LayoutId;
  dating: DatingMethod;
  title: string;
  publishedAt: string;
  charset: 'utf-8' | 'windows-1258';
  isConference: boolean;
  expected: ExpectedConference | null;
  sourceId: string;
  sourceUrl: string | null;
  /** Slug of the content article this page repeats when scale > 1; null for the original. */
  variantOf: string | null;
  /** Byline appended as the last paragraph of the body, or null. */
  byline: string | null;
  /** Discovery methods that reach the page (rss only holds the newest items of each feed). */
  discovery: DiscoveryMethod[];
  /** The listing page that links the article. */
  listingUrl: string;
  /** Disallowed by robots.txt: listed in sitemaps and listings, never to be fetched. */
  disallowed: boolean;
}

export interface SiteManifest {
  baseUrl: string;
  scale: number;
  layouts: { id: LayoutId; name: string; dating: DatingMethod }[];
  sections: {
    id: string;
    name: string;
    listingUrl: string;
    feedUrl: string;
    listingPages: number;
    articleCount: number;
    disallowed: boolean;
  }[];
  articles: ManifestArticle[];
  listingPageSize: number;
  feeds: { url: string; section: string | null; limit: number }[];
  sitemaps: {
    index: string;
    articles: string[];
    news: string;
    pages: string;
    maxUrlsPerSitemap: number;
    newsLimit: number;
  };
  robots: { url: string; disallow: string[]; crawlDelay: number };
  special: {
    redirects: { from: string; to: string; status: 301 | 302; linkedFrom: string }[];
    notFound: { url: string; linkedFrom: string }[];
    /** Answers 500 to the first `failures` requests of this server instance, then 200. */
    serverError: { url: string; failures: number };
    /** Answers 429 with `Retry-After` to the first `limitedRequests` requests, then 200. */
    rateLimited: { url: string; retryAfterSeconds: number; limitedRequests: number };
    /** The same article with tracking parameters, linked from a listing page. */
    trackingDuplicate: { url: string; canonical: string; linkedFrom: string };
    /** Served as windows-1258 (header and meta). */
    windows1258: { url: string };
  };
  /** HTML pages that are not articles. */
  pages: { kind: 'home' | 'listing' | 'tag' | 'search' | 'about' | 'feeds'; url: string }[];
}

export interface RequestStats {
  total: number;
  /** Requests per path with query string, in the order first seen. */
  byPath: Record<string, number>;
}

export interface DemoSiteOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** N > 1 serves N× the content's articles as deterministic variants. Default 1. */
  scale?: number;
  /** Default: content/articles.json. */
  content?: DemoContent;
  /** Base URL written into canonical links, feeds and sitemaps; default `http://<host>:<port>`. */
  publicUrl?: string;
}

export interface DemoSite {
  url: string;
  port: number;
  manifest: SiteManifest;
  /** Requests received for a path (with its query string) or absolute URL. */
  requests(pathOrUrl: string): number;
  stats(): RequestStats;
  resetStats(): void;
  close(): Promise<void>;
}
