import { discoverArticles, type FetchText } from '../discovery/discover-articles.js';
import { parseFeed } from '../discovery/parse-feed.js';
import { canonicalizeUrl } from '../urls/canonicalize-url.js';
import type { FeedFound, HtmlPage, SiteReader, SitemapFound } from './site-reader.js';

/** Feed addresses tried: advertised ones, feed index pages' links, then common paths. */
const FEED_CANDIDATES = 12;
const SITEMAP_ROOTS = 10;
const COMMON_FEED_PATHS = ['/rss', '/feed', '/rss.xml', '/atom.xml', '/feed.xml', '/index.xml'];
const COMMON_SITEMAP_PATHS = ['/sitemap.xml', '/sitemap_index.xml'];
/** Tried only when nothing above gave a sitemap: WordPress's own, and other spellings. */
const MORE_SITEMAP_PATHS = ['/wp-sitemap.xml', '/sitemap-index.xml', '/sitemaps.xml', '/news-sitemap.xml'];
const FEED_TYPES = /^application\/(?:rss|atom|rdf)\+xml$|^(?:application|text)\/xml$/;
const FEED_URL = /(?:^|[/._-])(?:rss|atom|feeds?)(?:[/._-]|$)/i;

/**
 * The site's feeds: those the home page advertises (`<link rel="alternate">`, links that look like
 * feeds), those on feed index pages they lead to, and, when none of those is a feed, common paths.
 */
export async function findFeeds(site: SiteReader, home: HtmlPage): Promise<FeedFound[]> {
  const feeds: FeedFound[] = [];
  const queue: Array<{ url: string; via: FeedFound['via'] }> = [];
  const add = (url: string, via: FeedFound['via']) => {
    if (site.onSite(url) && !queue.some((q) => q.url === url)) queue.push({ url, via });
  };
  const advertised = (page: HtmlPage, via: FeedFound['via']) => {
    for (const link of page.headLinks) {
      if (link.rel.includes('alternate') && FEED_TYPES.test(link.type)) add(link.url, via);
    }
    for (const link of page.links) if (FEED_URL.test(new URL(link.url).pathname)) add(link.url, via);
  };
  advertised(home, 'home page');
  let tried = 0;
  const tryQueue = async () => {
    for (; tried < queue.length && tried < FEED_CANDIDATES; tried++) {
      const { url, via } = queue[tried]!;
      const found = await readFeed(site, url, via, feeds);
      if (found === 'html') {
        // An HTML page among feed links is a feed index: its own links are the feeds.
        const page = await site.readHtml(url, 'feed index page');
        if (page !== null) advertised(page, 'feed index page');
      }
    }
  };
  await tryQueue();
  if (!feeds.some((feed) => feed.error === undefined)) {
    // Nothing advertised a feed that works: try where feeds usually live.
    for (const path of COMMON_FEED_PATHS) add(new URL(path, home.url).href, 'common path');
    await tryQueue();
  }
  return feeds;
}

/** Reads one feed candidate into the evidence; 'html' when it is a web page instead. */
async function readFeed(
  site: SiteReader,
  url: string,
  via: FeedFound['via'],
  feeds: FeedFound[],
): Promise<'feed' | 'html' | 'none'> {
  let response;
  try {
    response = await site.fetchText(url);
  } catch {
    return 'none';
  }
  if (response.status < 200 || response.status >= 300) return 'none';
  try {
    const items = parseFeed(response.body, response.url)
      .map((item) => ({ ...item, url: canonicalizeUrl(item.url) }))
      .filter((item): item is typeof item & { url: string } => item.url !== null && site.onSite(item.url));
    for (const item of items) site.evidence.addChannel(item.url, 'feed', item.title);
    feeds.push({ url, via, items: items.map((item) => item.url) });
    site.progress(`feed ${url}: ${items.length} item(s)`);
    return 'feed';
  } catch (error) {
    if (/<html/i.test(response.body)) return 'html';
    if (via !== 'common path') feeds.push({ url, via, items: [], error: (error as Error).message });
    return 'none';
  }
}

/**
 * The site's sitemaps: robots.txt's `Sitemap:` lines, the home page's `<link rel="sitemap">` and
 * common paths (more of them when those give none), each read with its index followed as a crawl
 * round would.
 */
export async function findSitemaps(site: SiteReader, home: HtmlPage): Promise<SitemapFound[]> {
  const sitemaps: SitemapFound[] = [];
  const roots: Array<{ url: string; via: SitemapFound['via'] }> = [];
  const add = (url: string, via: SitemapFound['via']) => {
    const canonical = canonicalizeUrl(url);
    if (canonical && site.onSite(canonical) && !roots.some((r) => r.url === canonical)) {
      roots.push({ url: canonical, via });
    }
  };
  for (const url of await site.robots.sitemaps(home.url)) add(url, 'robots.txt');
  for (const link of home.headLinks) if (link.rel.includes('sitemap')) add(link.url, 'home page');
  for (const path of COMMON_SITEMAP_PATHS) add(new URL(path, home.url).href, 'common path');
  const filesSeen = new Set<string>();
  let tried = 0;
  const tryRoots = async () => {
    for (; tried < roots.length && tried < SITEMAP_ROOTS; tried++) {
      await readSitemap(site, roots[tried]!, filesSeen, sitemaps);
    }
  };
  await tryRoots();
  if (!sitemaps.some((sitemap) => sitemap.error === undefined)) {
    for (const path of MORE_SITEMAP_PATHS) add(new URL(path, home.url).href, 'common path');
    await tryRoots();
  }
  return sitemaps;
}

/** Reads one sitemap root, its index followed as a crawl round would, into the evidence. */
async function readSitemap(
  site: SiteReader,
  root: { url: string; via: SitemapFound['via'] },
  filesSeen: Set<string>,
  sitemaps: SitemapFound[],
): Promise<void> {
  if (filesSeen.has(root.url)) return;
  const files: string[] = [];
  const counting: FetchText = async (url) => {
    files.push(url);
    return site.fetchText(url);
  };
  const result = await discoverArticles(site.everyUrl({ sitemaps: [root.url] }), counting);
  files.forEach((file) => filesSeen.add(file));
  const failed = result.errors.find((e) => e.url === root.url);
  if (result.articles.length === 0) {
    // A common path that is not there is no finding; anything else is worth reporting.
    if (root.via !== 'common path' || (failed && !/^HTTP 404/.test(failed.message))) {
      sitemaps.push({ ...root, files, urls: [], news: false, error: failed?.message ?? 'no URLs' });
    }
    return;
  }
  const news = result.articles.filter((a) => a.title !== undefined || a.publishedAt !== undefined).length;
  for (const article of result.articles) {
    const isNews = article.title !== undefined || article.publishedAt !== undefined;
    site.evidence.addChannel(article.url, isNews ? 'news-sitemap' : 'sitemap', article.title);
  }
  sitemaps.push({
    ...root,
    files,
    urls: result.articles.map((a) => a.url),
    news: news >= result.articles.length / 2,
  });
  site.progress(`sitemap ${root.url}: ${files.length} file(s), ${result.articles.length} URL(s)`);
}
