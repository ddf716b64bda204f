import type { ListingDefinition, SourceDefinition } from '../sources/source-definition.js';
import { isAllowedHost } from '../urls/allowed-host.js';
import { canonicalizeUrl } from '../urls/canonicalize-url.js';
import { acceptArticleUrl } from './filter-article-urls.js';
import { parseFeed } from './parse-feed.js';
import { parseListing } from './parse-listing.js';
import { parseSitemap, type SitemapEntry } from './parse-sitemap.js';

/** Fetches a URL as text; `url` in the answer is the final URL after redirects. May throw. */
export type FetchText = (url: string) => Promise<{ url: string; status: number; body: string }>;

export type DiscoveryChannel = 'feed' | 'sitemap' | 'listing';

export interface DiscoveredArticle {
  /** Canonical URL, accepted by the source's host and include/exclude rules. */
  url: string;
  /** Every feed, sitemap or listing page the URL was seen on, in discovery order. */
  foundIn: Array<{ kind: DiscoveryChannel; url: string }>;
  /** ISO-8601, from a feed's pubDate or a news sitemap's publication date. */
  publishedAt?: string;
  /** ISO-8601, from a sitemap's lastmod. */
  lastModified?: string;
  title?: string;
}

export interface DiscoveryError {
  kind: DiscoveryChannel;
  url: string;
  message: string;
}

export interface DiscoverOptions {
  /** How many levels of sitemap index to follow below a configured sitemap (default 2). */
  maxSitemapDepth?: number;
  /** Most sitemap files read per run, configured ones included (default 20). */
  maxSitemapFiles?: number;
  /** Stop collecting after this many distinct articles (default 5000). */
  maxArticles?: number;
  /** Skip articles and child sitemaps whose known date is older; undated ones are kept. */
  modifiedSince?: Date;
  signal?: AbortSignal;
}

export interface DiscoveryResult {
  articles: DiscoveredArticle[];
  errors: DiscoveryError[];
}

const DEFAULTS = { maxSitemapDepth: 2, maxSitemapFiles: 20, maxArticles: 5000 };

/**
 * Walks a source's feeds, sitemaps (following index entries, newest first, within the bounds
 * above) and listings (following pagination up to `maxPages`), and returns the de-duplicated
 * canonical article URLs with where each was found. Fetches run one after another: the fetcher's
 * per-host rate limit decides the pace anyway. A failed fetch, an HTTP error or a malformed
 * document becomes an entry in `errors`; only an aborted `signal` throws.
 */
export async function discoverArticles(
  source: SourceDefinition,
  fetchText: FetchText,
  options: DiscoverOptions = {},
): Promise<DiscoveryResult> {
  const run = new DiscoveryRun(source, fetchText, options);
  for (const feedUrl of source.discovery.feeds) await run.readFeed(feedUrl);
  await run.walkSitemaps(source.discovery.sitemaps);
  for (const listing of source.discovery.listings) await run.walkListing(listing);
  return { articles: [...run.articles.values()], errors: run.errors };
}

/** The state of one discovery pass: what was found so far and what went wrong. */
class DiscoveryRun {
  readonly articles = new Map<string, DiscoveredArticle>();
  readonly errors: DiscoveryError[] = [];
  private readonly limits: typeof DEFAULTS;
  private readonly since: number | undefined;

  constructor(
    private readonly source: SourceDefinition,
    private readonly fetchText: FetchText,
    private readonly options: DiscoverOptions,
  ) {
    this.limits = {
      maxSitemapDepth: options.maxSitemapDepth ?? DEFAULTS.maxSitemapDepth,
      maxSitemapFiles: options.maxSitemapFiles ?? DEFAULTS.maxSitemapFiles,
      maxArticles: options.maxArticles ?? DEFAULTS.maxArticles,
    };
    this.since = options.modifiedSince?.getTime();
  }

  async readFeed(feedUrl: string): Promise<void> {
    const response = await this.fetchDocument('feed', feedUrl);
    const items = response && this.parse('feed', feedUrl, () => parseFeed(response.body, response.url));
    for (const item of items ?? []) {
      if (this.isStale(item.publishedAt)) continue;
      this.addArticle(item.url, { kind: 'feed', url: feedUrl }, item);
    }
  }

  async walkSitemaps(sitemapUrls: readonly string[]): Promise<void> {
    const queue = sitemapUrls.map((url) => ({ url, depth: 0 }));
    const seen = new Set(queue.map((item) => canonicalizeUrl(item.url) ?? item.url));
    for (let filesRead = 0; queue.length > 0; filesRead++) {
      if (filesRead >= this.limits.maxSitemapFiles) {
        this.errors.push({
          kind: 'sitemap',
          url: queue[0]!.url,
          message: `${queue.length} sitemap file(s) not read: the limit of ${this.limits.maxSitemapFiles} per run was reached`,
        });
        return;
      }
      const { url, depth } = queue.shift()!;
      const response = await this.fetchDocument('sitemap', url);
      const sitemap = response && this.parse('sitemap', url, () => parseSitemap(response.body, response.url));
      if (sitemap === null) continue;
      if (sitemap.kind === 'urlset') {
        for (const entry of sitemap.urls) this.addSitemapEntry(entry, url);
        continue;
      }
      if (depth >= this.limits.maxSitemapDepth) {
        this.errors.push({
          kind: 'sitemap',
          url,
          message: `sitemap index nested deeper than ${this.limits.maxSitemapDepth} levels; not followed`,
        });
        continue;
      }
      // Newest first, so the file limit cuts off old archives rather than this week's news.
      const children = sitemap.urls
        .filter((entry) => !this.isStale(entry.lastmod))
        .sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? ''));
      for (const child of children) {
        const key = canonicalizeUrl(child.loc) ?? child.loc;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!isAllowedHost(child.loc, this.source.allowedHosts)) {
          this.errors.push({
            kind: 'sitemap',
            url: child.loc,
            message: `not followed: its host is not in allowedHosts (listed in ${url})`,
          });
          continue;
        }
        queue.push({ url: child.loc, depth: depth + 1 });
      }
    }
  }

  async walkListing(listing: ListingDefinition): Promise<void> {
    const visited = new Set<string>();
    let pageUrl: string | undefined = listing.url;
    for (let page = 0; pageUrl !== undefined && page < listing.maxPages; page++) {
      const currentUrl: string = pageUrl;
      const response = await this.fetchDocument('listing', currentUrl);
      if (response === null) return;
      for (const url of [currentUrl, response.url]) visited.add(canonicalizeUrl(url) ?? url);
      const parsed = this.parse('listing', currentUrl, () =>
        parseListing(response.body, response.url, listing, visited),
      );
      if (parsed === null) return;
      for (const link of parsed.articleLinks) this.addArticle(link, { kind: 'listing', url: currentUrl }, {});
      pageUrl = parsed.nextPage;
      if (pageUrl !== undefined && !isAllowedHost(pageUrl, this.source.allowedHosts)) {
        this.errors.push({
          kind: 'listing',
          url: pageUrl,
          message: `next page not followed: its host is not in allowedHosts (linked from ${currentUrl})`,
        });
        return;
      }
    }
  }

  private addSitemapEntry(entry: SitemapEntry, sitemapUrl: string): void {
    if (this.isStale(entry.lastmod, entry.newsPublicationDate)) return;
    this.addArticle(
      entry.loc,
      { kind: 'sitemap', url: sitemapUrl },
      { lastModified: entry.lastmod, publishedAt: entry.newsPublicationDate, title: entry.newsTitle },
    );
  }

  private addArticle(
    rawUrl: string,
    found: DiscoveredArticle['foundIn'][number],
    meta: Pick<DiscoveredArticle, 'publishedAt' | 'lastModified' | 'title'>,
  ): void {
    const url = acceptArticleUrl(rawUrl, this.source);
    if (url === null) return;
    const existing = this.articles.get(url);
    if (existing === undefined) {
      if (this.articles.size >= this.limits.maxArticles) return;
      this.articles.set(url, {
        url,
        foundIn: [found],
        ...definedOnly({ publishedAt: meta.publishedAt, lastModified: meta.lastModified, title: meta.title }),
      });
      return;
    }
    if (!existing.foundIn.some((f) => f.kind === found.kind && f.url === found.url))
      existing.foundIn.push(found);
    // The first source of a value wins; later ones only fill gaps.
    if (existing.publishedAt === undefined && meta.publishedAt !== undefined)
      existing.publishedAt = meta.publishedAt;
    if (existing.lastModified === undefined && meta.lastModified !== undefined)
      existing.lastModified = meta.lastModified;
    if (existing.title === undefined && meta.title !== undefined) existing.title = meta.title;
  }

  /** The 2xx response for `url`, or null after recording why not. */
  private async fetchDocument(
    kind: DiscoveryChannel,
    url: string,
  ): Promise<{ url: string; body: string } | null> {
    this.options.signal?.throwIfAborted();
    try {
      const response = await this.fetchText(url);
      if (response.status >= 200 && response.status < 300) return response;
      this.errors.push({ kind, url, message: `HTTP ${response.status}` });
    } catch (error) {
      this.options.signal?.throwIfAborted();
      this.errors.push({ kind, url, message: `fetch failed: ${(error as Error).message}` });
    }
    return null;
  }

  private parse<T>(kind: DiscoveryChannel, url: string, read: () => T): T | null {
    try {
      return read();
    } catch (error) {
      this.errors.push({ kind, url, message: (error as Error).message });
      return null;
    }
  }

  /** True when the first known date is older than `modifiedSince`; undated entries are never stale. */
  private isStale(...dates: Array<string | undefined>): boolean {
    const known = dates.find((date) => date !== undefined);
    return this.since !== undefined && known !== undefined && Date.parse(known) < this.since;
  }
}

/** Drops undefined members, so an article carries only what is known about it. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as Partial<T>;
}
