import { isIP } from 'node:net';
import type { FetchText } from '../discovery/discover-articles.js';
import { readPageLinks } from '../discovery/page-links.js';
import { parseListing } from '../discovery/parse-listing.js';
import {
  decodeText,
  gunzipIfCompressed,
  type FetchedPage,
  type FetchPageOptions,
  type RememberingFetcher,
  type RobotsCache,
} from '../fetching/index.js';
import type { SourceDefinition } from '../sources/source-definition.js';
import { isAllowedHost } from '../urls/allowed-host.js';
import { canonicalizeUrl } from '../urls/canonicalize-url.js';
import { buildArticlePatterns, type ArticlePatterns } from './article-patterns.js';
import { findFeeds, findSitemaps } from './find-channels.js';
import type { FeedFound, HtmlPage, SiteReader, SitemapFound } from './site-reader.js';
import { inferPagination, type Pagination } from './pagination.js';
import { UNDATED, UrlEvidence, type PageReading, type UrlFacts } from './url-evidence.js';
import { groupTemplates, samplesWanted, SAMPLES_PER_TEMPLATE, type UrlTemplate } from './url-templates.js';
import { isNameTitle, NAME_WORDS } from './words.js';

/** Exploration bounds: a polite look around, not a crawl. */
export const EXPLORE_LIMITS = {
  /** Menu and footer pages read to find listings. */
  navPages: 60,
  /** Pages of one listing read to find where its pagination ends (the schema's maxPages limit). */
  listingPages: 100,
  /** Rounds of sampling templates and finding listings until nothing new turns up. */
  rounds: 4,
  /** Links to article pages, besides furniture, that make a page a listing. */
  listingArticleLinks: 3,
  /** Unread pages matched by an article pattern that are fetched to check it, per round. */
  boundarySamples: 6,
} as const;

/** Links from the home page to its www. twin (or back) that make the twin part of the site. */
const SIBLING_HOST_LINKS = 3;
const SEARCH_URL =
  /[/_-](?:search|tim-?kiem|timkiem)(?:[/._?-]|$)|[?&](?:q|s|query|keywords?|tukhoa|tu-khoa|searchtext)=/i;

export interface ExploreSettings {
  startUrl: string;
  fetcher: RememberingFetcher;
  robots: RobotsCache;
  /** The fetch options of the source being written: hosts, private addresses, pace, robots.txt. */
  page: FetchPageOptions;
  maxRequests: number;
  /** The parser's reading of a fetched page. */
  readPage: (url: string, result: FetchedPage) => PageReading;
  progress: (line: string) => void;
}

export interface ListingFound {
  url: string;
  pagination: Pagination | null;
  /** Pages read, first page first. */
  pages: string[];
  /** The last page read links no further page. */
  ended: boolean;
}

export interface Exploration {
  startUrl: string;
  homeUrl: string;
  title: string;
  allowedHosts: string[];
  evidence: UrlEvidence;
  templates: UrlTemplate[];
  patterns: ArticlePatterns;
  feeds: FeedFound[];
  sitemaps: SitemapFound[];
  listings: ListingFound[];
  /** Page fetches refused by robots.txt. */
  disallowed: string[];
  budgetSpent: boolean;
  /** The fetcher as discovery reads it, over what was already fetched. */
  fetchText: FetchText;
  /** Reads `urls` (those not read yet), then judges `templates` and `patterns` again. */
  check(urls: string[]): Promise<void>;
}

class BudgetSpentError extends Error {
  constructor() {
    super('the request budget of this exploration is spent');
  }
}

/**
 * Looks around a site the way a person adding it would, within EXPLORE_LIMITS and a request budget:
 * robots.txt, the home page, feeds (advertised, on a feed index page, at common paths), sitemaps (from
 * robots.txt, the home page and common paths, indexes followed), the pages its menus lead to, and the
 * listings among them, each read to the end of its pagination. Between rounds it groups every URL seen
 * by template, fetches a few pages of each template for the parser to judge, and builds the article
 * patterns from what it learnt; pages a pattern takes in without having been read are checked too.
 */
export async function exploreSite(settings: ExploreSettings): Promise<Exploration> {
  return new SiteExplorer(settings).run();
}

class SiteExplorer implements SiteReader {
  readonly evidence = new UrlEvidence();
  readonly robots: RobotsCache;
  private readonly pages = new Map<string, HtmlPage>();
  private readonly feeds: FeedFound[] = [];
  private readonly sitemaps: SitemapFound[] = [];
  private readonly listings: ListingFound[] = [];
  private readonly disallowed: string[] = [];
  private readonly inListing = new Set<string>();
  private navRead = 0;
  private budgetSpent = false;
  private allowedHosts: string[];

  constructor(private readonly settings: ExploreSettings) {
    this.allowedHosts = [new URL(settings.startUrl).hostname];
    this.robots = settings.robots;
  }

  progress(line: string): void {
    this.settings.progress(line);
  }

  /** Fetches may go to the hosts the command allows (the www. twin too); the site is what it links. */
  private get options(): FetchPageOptions {
    const hosts = [...new Set([...this.settings.page.allowedHosts, ...this.allowedHosts])];
    return { ...this.settings.page, allowedHosts: hosts, robots: this.robots };
  }

  async run(): Promise<Exploration> {
    const { startUrl, progress } = this.settings;
    const home = await this.readHtml(startUrl, 'home page');
    if (home === null) throw new Error(`${startUrl} could not be read as an HTML page`);
    this.allowSiblingHosts(home);
    progress(`home page ${home.url}: ${home.links.length} links`);

    this.feeds.push(...(await findFeeds(this, home)));
    this.sitemaps.push(...(await findSitemaps(this, home)));
    await this.readNavigation([home]);

    for (let round = 0; round < EXPLORE_LIMITS.rounds; round++) {
      const sampled = await this.sampleTemplates();
      const walked = await this.walkListings();
      // Menus one level down: hub pages ("Tin tức" linking its sections) and listings' own menus.
      const hubs = [...new Set(this.pages.values())].filter(
        (page) => this.evidence.facts.get(page.url)?.label?.article === false,
      );
      const subsections = await this.readNavigation(hubs);
      const checked = await this.checkBoundaries(buildArticlePatterns(groupTemplates(this.evidence)));
      const patterns = buildArticlePatterns(groupTemplates(this.evidence));
      progress(
        `round ${round + 1}: ${sampled} page(s) sampled, ${walked} listing(s) read, ${subsections} menu page(s), ` +
          `${checked} boundary page(s); ${patterns.patterns.length} article pattern(s)`,
      );
      if (sampled + walked + subsections + checked === 0 || this.budgetSpent) break;
    }
    const templates = groupTemplates(this.evidence);
    const exploration: Exploration = {
      startUrl,
      homeUrl: home.url,
      title: home.title,
      allowedHosts: this.allowedHosts,
      evidence: this.evidence,
      templates,
      patterns: buildArticlePatterns(templates),
      feeds: this.feeds,
      sitemaps: this.sitemaps,
      listings: this.listings,
      disallowed: this.disallowed,
      budgetSpent: this.budgetSpent,
      fetchText: this.fetchText,
      check: async (urls) => {
        for (const url of urls) {
          if (this.budgetSpent) break;
          await this.readHtml(url);
        }
        exploration.templates = groupTemplates(this.evidence);
        exploration.patterns = buildArticlePatterns(exploration.templates);
      },
    };
    return exploration;
  }

  /**
   * The host the home page ended up on (after a redirect), and its www. twin when the home page
   * links there: both serve the site.
   */
  private allowSiblingHosts(home: HtmlPage): void {
    const host = new URL(home.url).hostname;
    const twin = host.startsWith('www.') ? host.slice(4) : `www.${host}`;
    const twinLinks =
      isIP(host.replace(/^\[|\]$/g, '')) !== 0
        ? 0
        : home.links.filter((link) => new URL(link.url).hostname === twin).length;
    const added = [host, ...(twinLinks >= SIBLING_HOST_LINKS ? [twin] : [])].filter(
      (candidate) => !this.allowedHosts.includes(candidate),
    );
    if (added.length === 0) return;
    this.allowedHosts.push(...added);
    for (const link of home.links) {
      if (added.includes(new URL(link.url).hostname)) this.evidence.addLink(home.url, link.url, link.text);
    }
  }

  /** Discovery's view of the fetcher: statuses as values, failures thrown, within the budget. */
  readonly fetchText: FetchText = async (url) => {
    const result = await this.fetch(url);
    if (result.ok) return { url: result.finalUrl, status: result.status, body: this.text(result) };
    if (result.kind === 'http_status' && result.status !== undefined) {
      return { url: result.url, status: result.status, body: '' };
    }
    throw new Error(`${result.kind}: ${result.message}`);
  };

  private async fetch(url: string) {
    const { fetcher, maxRequests } = this.settings;
    if (!fetcher.has(url) && fetcher.requests() >= maxRequests) {
      this.budgetSpent = true;
      throw new BudgetSpentError();
    }
    const result = await fetcher.fetchPage(url, this.options);
    if (!result.ok && result.kind === 'robots_disallowed' && !this.disallowed.includes(url)) {
      this.disallowed.push(url);
      const facts = this.evidence.facts.get(url);
      if (facts !== undefined) facts.disallowed = true;
    }
    return result;
  }

  private text(result: FetchedPage): string {
    return decodeText(
      gunzipIfCompressed(result.body, this.settings.page.maxBodyBytes ?? 5 * 1024 * 1024),
      result.headers['content-type'],
    );
  }

  onSite(url: string): boolean {
    return isAllowedHost(url, this.allowedHosts);
  }

  /**
   * Fetches an HTML page and records its links; labels it with `role` when the site's structure
   * says what it is, otherwise with the parser's reading. Null when it is not a readable HTML page
   * (labelled so), when robots.txt disallows it, or when the request budget is spent.
   */
  async readHtml(url: string, role?: string): Promise<HtmlPage | null> {
    const known = this.pages.get(url);
    if (known !== undefined) {
      if (role !== undefined) this.evidence.setRole(url, role);
      return known;
    }
    let result;
    try {
      result = await this.fetch(url);
    } catch (error) {
      if (error instanceof BudgetSpentError) return null;
      throw error;
    }
    if (!result.ok) {
      if (result.kind !== 'robots_disallowed') this.evidence.setRole(url, `unreadable (${result.message})`);
      return null;
    }
    const contentType = result.headers['content-type'] ?? '';
    const html = contentType === '' || /html/i.test(contentType) ? this.text(result) : '';
    let outline;
    try {
      outline = readPageLinks(html, result.finalUrl);
    } catch {
      this.evidence.setRole(url, 'not an HTML page');
      return null;
    }
    const finalUrl = canonicalizeUrl(result.finalUrl) ?? result.finalUrl;
    const page: HtmlPage = { url: finalUrl, html, ...outline };
    this.pages.set(url, page);
    this.pages.set(finalUrl, page);
    this.evidence.pagesRead.add(finalUrl);
    for (const link of outline.links) {
      if (this.onSite(link.url)) this.evidence.addLink(finalUrl, link.url, link.text);
    }
    const reading = role === undefined ? this.settings.readPage(finalUrl, result) : undefined;
    // A page with a pager is a listing, whatever its teasers make the parser think; unless it reads
    // as a dated article under a headline (a story in several pages).
    const story = reading?.isArticle === true && reading.dated && !isNameTitle(outline.title);
    const paged =
      reading !== undefined &&
      !story &&
      inferPagination(finalUrl, [...outline.headLinks, ...outline.links]) !== null;
    for (const at of new Set([url, finalUrl])) {
      if (role !== undefined || paged) this.evidence.setRole(at, role ?? 'listing page');
      else if (reading !== undefined) this.evidence.setReading(at, reading);
    }
    if (finalUrl !== url) this.evidence.setRedirect(url, finalUrl);
    return page;
  }

  /** A source that takes every URL on the site, to see everything a channel lists. */
  everyUrl(discovery: Partial<SourceDefinition['discovery']>): SourceDefinition {
    return {
      id: 'exploration',
      name: 'exploration',
      enabled: true,
      allowedHosts: this.allowedHosts,
      allowPrivateAddresses: this.settings.page.allowPrivateAddresses ?? false,
      discovery: { feeds: [], sitemaps: [], listings: [], ...discovery },
      articleUrls: { include: [], exclude: [] },
      selectors: {},
      cadenceSeconds: 3600,
      rateLimit: { requestsPerSecond: 1, concurrency: 1 },
      userAgent: this.settings.page.userAgent,
      robots: true,
    };
  }

  /** Reads the menu and footer pages linked from `from` (sections, static pages, tags), menus first. */
  private async readNavigation(from: HtmlPage[]): Promise<number> {
    const candidates = new Map<string, UrlFacts>();
    for (const page of from) {
      for (const link of page.links) {
        const facts = this.evidence.facts.get(link.url);
        if (facts === undefined || this.pages.has(link.url) || facts.role !== undefined) continue;
        if (this.inListing.has(link.url) || SEARCH_URL.test(link.url)) continue;
        if (facts.anchorWords > NAME_WORDS) continue;
        candidates.set(link.url, facts);
      }
    }
    const ordered = [...candidates.values()].sort(
      (a, b) => b.linkedFrom.size - a.linkedFrom.size || a.url.length - b.url.length,
    );
    let read = 0;
    for (const facts of ordered) {
      if (this.navRead >= EXPLORE_LIMITS.navPages || this.budgetSpent) break;
      this.navRead++;
      if ((await this.readHtml(facts.url)) !== null) read++;
    }
    return read;
  }

  /** Fetches a few pages of every template not judged yet, and more of the mixed ones. */
  private async sampleTemplates(): Promise<number> {
    let sampled = 0;
    for (const template of groupTemplates(this.evidence)) {
      if (this.budgetSpent) break;
      const relevant = template.members.length >= 2 || template.members.some((m) => m.channels.size > 0);
      if (!relevant) continue;
      // Mixed or still undecided after a first sample: read more of it.
      const judged = template.articles + template.others > 0;
      const more = template.verdict === 'mixed' || (template.verdict === 'unknown' && judged);
      const limit = more ? 2 * SAMPLES_PER_TEMPLATE : SAMPLES_PER_TEMPLATE;
      for (const facts of samplesWanted(template, limit)) {
        facts.sampled = true;
        if ((await this.readHtml(facts.url)) !== null) sampled++;
      }
    }
    return sampled;
  }

  /** Finds listings among the pages read and reads each to the end of its pagination. */
  private async walkListings(): Promise<number> {
    const templates = groupTemplates(this.evidence);
    // Articles as the patterns see them now: in mixed templates most articles are not read yet.
    const patterns = buildArticlePatterns(templates).patterns;
    const includes = patterns.map((p) => new RegExp(p.regex));
    const excludes = patterns.flatMap((p) => p.exclusions).map((e) => new RegExp(e));
    const articleLike = new Set(
      [...this.evidence.facts.values()]
        .filter((m) =>
          m.label === undefined || m.label.weak
            ? includes.some((r) => r.test(m.url)) && !excludes.some((r) => r.test(m.url))
            : m.label.article,
        )
        .map((m) => m.url),
    );
    const furniture = (url: string) => {
      const facts = this.evidence.facts.get(url);
      return facts !== undefined && this.evidence.isFurniture(facts);
    };
    const candidates: Array<{ page: HtmlPage; links: number }> = [];
    for (const [url, page] of this.pages) {
      if (url !== page.url || this.inListing.has(url) || SEARCH_URL.test(url)) continue;
      // A page the parser reads as no article, or whose title is a name ("Thời sự", "Hội nghị"), may
      // list articles; an article page (a brief the parser finds short, with its related links) does not.
      const facts = this.evidence.facts.get(url);
      if (facts === undefined) continue;
      // Being undated makes no listing of a page: a listing has no article of its own to read.
      const notArticle =
        facts.label?.article === false && !facts.label.weak && facts.label.reason !== UNDATED;
      if (!notArticle && !isNameTitle(page.title)) continue;
      const links = new Set(page.links.map((l) => l.url).filter((u) => articleLike.has(u) && !furniture(u)));
      if (links.size >= EXPLORE_LIMITS.listingArticleLinks) candidates.push({ page, links: links.size });
    }
    // A later page of another candidate's listing is read with that listing, not as one of its own.
    const paginations = new Map(
      candidates.map(({ page }) => [page.url, inferPagination(page.url, [...page.headLinks, ...page.links])]),
    );
    const laterPages = new Set([...paginations.values()].flatMap((p) => p?.pages ?? []));
    candidates.sort((a, b) => b.links - a.links);
    let walked = 0;
    for (const { page } of candidates) {
      if (this.budgetSpent) break;
      if (this.inListing.has(page.url) || laterPages.has(page.url)) continue;
      await this.walkListing(page, paginations.get(page.url) ?? null);
      walked++;
    }
    return walked;
  }

  private async walkListing(first: HtmlPage, pagination: Pagination | null): Promise<void> {
    const listing: ListingFound = { url: first.url, pagination, pages: [first.url], ended: true };
    this.listings.push(listing);
    // A later page read earlier as a listing of its own is part of this one.
    const ownPages = new Set(pagination?.pages ?? []);
    for (let i = this.listings.length - 2; i >= 0; i--) {
      if (ownPages.has(this.listings[i]!.url)) this.listings.splice(i, 1);
    }
    this.inListing.add(first.url);
    this.evidence.setRole(
      first.url,
      first.url === this.pages.get(this.settings.startUrl)?.url ? 'home page' : 'listing page',
    );
    if (pagination === null) return;
    const visited = new Set([first.url]);
    const seen = new Set(first.links.map((link) => link.url));
    let page: HtmlPage | null = first;
    while (page !== null) {
      const next = parseListing(
        page.html,
        page.url,
        { linkPattern: '(?!)', paginationPattern: pagination.pattern },
        visited,
      ).nextPage;
      if (next === undefined) return;
      if (listing.pages.length >= EXPLORE_LIMITS.listingPages || this.budgetSpent) {
        listing.ended = false;
        return;
      }
      visited.add(next);
      page = await this.readHtml(next, 'listing page');
      if (page === null) {
        listing.ended = this.budgetSpent ? false : listing.ended;
        return;
      }
      visited.add(page.url);
      this.inListing.add(next);
      this.inListing.add(page.url);
      listing.pages.push(page.url);
      // Past its end some sites keep serving the last page, or an empty one, with a "next" link.
      const fresh = page.links.some((link) => !seen.has(link.url));
      for (const link of page.links) seen.add(link.url);
      if (!fresh) return;
    }
  }

  /**
   * Pages an article pattern takes in that no one has read: the members of mixed templates closest
   * to the line (fewest words) and the furniture links (a privacy page in every footer). Reading
   * them tells whether the pattern is right there.
   */
  private async checkBoundaries(patterns: ArticlePatterns): Promise<number> {
    const compiled = patterns.patterns.map((p) => new RegExp(p.regex));
    const open = [...this.evidence.facts.values()].filter(
      (f) =>
        f.label === undefined &&
        !f.disallowed &&
        f.role === undefined &&
        compiled.some((regex) => regex.test(f.url)),
    );
    const furniture = open.filter((f) => this.evidence.isFurniture(f));
    const templates = new Map(groupTemplates(this.evidence).map((t) => [t.key, t]));
    const nearLine = open
      .filter((f) => templates.get(f.shape.key)?.verdict !== 'article')
      .sort((a, b) => a.shape.segments.length - b.shape.segments.length || a.url.length - b.url.length);
    let checked = 0;
    for (const facts of [...new Set([...furniture, ...nearLine])].slice(0, EXPLORE_LIMITS.boundarySamples)) {
      if (this.budgetSpent) break;
      if ((await this.readHtml(facts.url)) !== null) checked++;
    }
    return checked;
  }
}
