import { discoverArticles, type FetchText } from '../discovery/discover-articles.js';
import type { ListingDefinition, SourceDefinition } from '../sources/source-definition.js';
import type { ArticlePattern } from './article-patterns.js';
import { chooseChannels, type ChannelChoice, type ChannelYield } from './choose-channels.js';
import type { Exploration, ListingFound } from './explore-site.js';
import type { FeedFound, SitemapFound } from './site-reader.js';
import { describeShape } from './url-templates.js';

/** Sitemap files the crawler reads per round (discoverArticles' default), index files included. */
const CRAWLER_SITEMAP_FILES = 20;
/** Listing pages read per round: room for the listing to grow past what was seen. */
const LISTING_GROWTH = 1.2;
const MAX_LISTING_PAGES = 100;

export type Channel =
  | { kind: 'feed'; feed: FeedFound }
  | { kind: 'sitemap'; sitemap: SitemapFound }
  | { kind: 'listing'; listing: ListingFound; definition: ListingDefinition };

/** Something the command could not settle: the field to look at and why. */
export interface Undecided {
  /** Where in the file: a field path such as "discovery.listings[0].maxPages". */
  field: string;
  message: string;
}

export interface SourceDraft {
  id: string;
  name: string;
  startUrl: string;
  allowedHosts: string[];
  allowPrivateAddresses: boolean;
  rateLimit: { requestsPerSecond: number; concurrency: number };
  cadence: string;
  patterns: ArticlePattern[];
  /** The union of the patterns, for listings' linkPattern. */
  linkPattern: string;
  chosen: Array<ChannelYield<Channel> & { adds: number }>;
  left: Array<ChannelYield<Channel> & { adds: number }>;
  /** Article URLs the chosen channels find, of those any channel finds. */
  covered: number;
  reachable: number;
  /** Article URLs seen anywhere (links, feeds, sitemaps) that match the patterns. */
  articlesSeen: number;
  undecided: Undecided[];
}

export interface DraftSettings {
  id: string;
  allowPrivateAddresses: boolean;
  rateLimit: { requestsPerSecond: number; concurrency: number };
  userAgent: string;
}

/**
 * The source to write: the article patterns, and the channels a round should read, chosen by what
 * each really finds when discovery runs over it with those patterns (from the pages the exploration
 * already fetched, so nothing is asked of the site twice).
 */
export async function draftSource(exploration: Exploration, settings: DraftSettings): Promise<SourceDraft> {
  let channels = await chooseFor(exploration, exploration.patterns.patterns, settings);
  for (let pass = 0; pass < CHECK_PASSES; pass++) {
    const suspects = lightlyHeld(channels.choice, exploration);
    if (suspects.length === 0) break;
    await exploration.check(suspects);
    channels = await chooseFor(exploration, exploration.patterns.patterns, settings);
  }
  const { patterns } = exploration.patterns;
  const { choice, linkPattern, rules } = channels;
  const undecided: Undecided[] = [];
  const compiled = patterns.map((p) => new RegExp(p.regex));
  const excluded = rules.exclude.map((e) => new RegExp(e));
  const articlesSeen = [...exploration.evidence.facts.keys()].filter(
    (url) => compiled.some((r) => r.test(url)) && !excluded.some((r) => r.test(url)),
  ).length;

  if (patterns.length === 0) {
    undecided.push({
      field: 'articleUrls.include',
      message: 'no URL template of this site reads as articles; write the article URL pattern by hand',
    });
  }
  for (const rejected of exploration.patterns.rejected) {
    const template = rejected.templates[0]!;
    undecided.push({
      field: 'articleUrls.include',
      message:
        `URLs like ${describeShape(template.members[0]!.shape)} (${template.members.length}, e.g. ${template.members[0]!.url}) ` +
        `are articles and other pages mixed (${rejected.collisions} non-articles no pattern leaves out); add a pattern for their articles if you want them`,
    });
  }
  choice.chosen.forEach((chosen, i) => {
    if (chosen.channel.kind === 'listing' && !chosen.channel.listing.ended) {
      undecided.push({
        field: `discovery.listings[${listingIndex(choice.chosen, i)}].maxPages`,
        message: `${chosen.channel.listing.url} goes on past the ${chosen.channel.listing.pages.length} pages read; raise maxPages to reach older articles`,
      });
    }
    if (chosen.channel.kind === 'sitemap' && chosen.channel.sitemap.files.length >= CRAWLER_SITEMAP_FILES) {
      undecided.push({
        field: `discovery.sitemaps[${choice.chosen.slice(0, i).filter((c) => c.kind === 'sitemap').length}]`,
        message: `${chosen.channel.sitemap.url} has ${CRAWLER_SITEMAP_FILES} or more files; a round reads the newest ${CRAWLER_SITEMAP_FILES}`,
      });
    }
  });
  if (exploration.budgetSpent) {
    undecided.push({
      field: 'discovery',
      message:
        'the exploration stopped at its request budget, so some listings or templates may be missing; run again with a larger --max-requests',
    });
  }
  if (exploration.disallowed.length > 0) {
    undecided.push({
      field: 'robots',
      message: `robots.txt disallows ${exploration.disallowed.length} page(s) it wanted to look at (e.g. ${exploration.disallowed[0]}); the crawler skips them too`,
    });
  }
  const requests = choice.chosen.reduce((sum, c) => sum + c.requests, 0);
  return {
    id: settings.id,
    name: siteName(exploration.title, exploration.homeUrl),
    startUrl: exploration.startUrl,
    allowedHosts: exploration.allowedHosts,
    allowPrivateAddresses: settings.allowPrivateAddresses,
    rateLimit: settings.rateLimit,
    cadence: cadenceFor(requests),
    patterns,
    linkPattern,
    chosen: choice.chosen,
    left: choice.left,
    covered: choice.covered.size,
    reachable: choice.reachable.size,
    articlesSeen,
    undecided,
  };
}

/** Rounds of reading pages the chosen channels are the only ones to vouch for. */
const CHECK_PASSES = 2;
/** A channel kept for this few articles no other one finds: those few are worth reading first. */
const LIGHTLY_HELD = 5;

/**
 * Unread pages a chosen channel alone brings in, when it brings in only a handful: a listing kept
 * for one link nothing else lists (a removed story on the home page) is likelier a mistake than news.
 */
function lightlyHeld(choice: ChannelChoice<Channel>, exploration: Exploration): string[] {
  return choice.chosen
    .filter((chosen) => chosen.adds > 0 && chosen.adds <= LIGHTLY_HELD)
    .flatMap((chosen) => {
      const others = new Set(choice.chosen.filter((c) => c !== chosen).flatMap((c) => [...c.articles]));
      return [...chosen.articles].filter((url) => !others.has(url));
    })
    .filter((url) => {
      const facts = exploration.evidence.facts.get(url);
      return facts !== undefined && facts.label === undefined && !facts.disallowed;
    });
}

/** The channels to read for these patterns, by what discovery finds through each. */
async function chooseFor(exploration: Exploration, patterns: ArticlePattern[], settings: DraftSettings) {
  const linkPattern =
    patterns.length === 1 ? patterns[0]!.regex : patterns.map((p) => `(?:${p.regex})`).join('|');
  const rules = {
    include: patterns.map((p) => p.regex),
    exclude: patterns.flatMap((p) => p.exclusions),
  };
  const source = (discovery: Partial<SourceDefinition['discovery']>): SourceDefinition => ({
    id: settings.id,
    name: settings.id,
    enabled: true,
    allowedHosts: exploration.allowedHosts,
    allowPrivateAddresses: settings.allowPrivateAddresses,
    discovery: { feeds: [], sitemaps: [], listings: [], ...discovery },
    articleUrls: rules,
    selectors: {},
    cadenceSeconds: 900,
    rateLimit: settings.rateLimit,
    userAgent: settings.userAgent,
    robots: true,
  });
  const candidates: Channel[] = [
    ...exploration.feeds
      .filter((f) => f.error === undefined)
      .map((feed) => ({ kind: 'feed' as const, feed })),
    ...exploration.sitemaps
      .filter((s) => s.error === undefined)
      .map((sitemap) => ({ kind: 'sitemap' as const, sitemap })),
    ...exploration.listings.map((listing) => ({
      kind: 'listing' as const,
      listing,
      definition: listingDefinition(listing, linkPattern),
    })),
  ];
  const yields: Array<ChannelYield<Channel>> = [];
  if (patterns.length > 0) {
    for (const channel of candidates) {
      yields.push(await channelYield(channel, source, exploration.fetchText));
    }
  }
  return { choice: chooseChannels(yields), linkPattern, rules };
}

/** The index of a chosen listing among the chosen listings (its place under discovery.listings). */
function listingIndex(chosen: ReadonlyArray<ChannelYield<Channel>>, at: number): number {
  return chosen.slice(0, at).filter((c) => c.kind === 'listing').length;
}

function listingDefinition(listing: ListingFound, linkPattern: string): ListingDefinition {
  const seen = listing.pages.length;
  return {
    url: listing.url,
    linkPattern,
    ...(listing.pagination ? { paginationPattern: listing.pagination.pattern } : {}),
    maxPages: listing.pagination
      ? Math.min(MAX_LISTING_PAGES, listing.ended ? Math.ceil(seen * LISTING_GROWTH) + 1 : seen)
      : 1,
  };
}

/** What a round finds through one channel: discovery itself, over the pages already fetched. */
async function channelYield(
  channel: Channel,
  source: (discovery: Partial<SourceDefinition['discovery']>) => SourceDefinition,
  fetchText: FetchText,
): Promise<ChannelYield<Channel>> {
  let requests = 0;
  const counting: FetchText = (url) => {
    requests++;
    return fetchText(url);
  };
  const discovery =
    channel.kind === 'feed'
      ? { feeds: [channel.feed.url] }
      : channel.kind === 'sitemap'
        ? { sitemaps: [channel.sitemap.url] }
        : { listings: [{ ...channel.definition, maxPages: channel.listing.pages.length }] };
  const result = await discoverArticles(source(discovery), counting);
  return {
    channel,
    kind: channel.kind,
    articles: new Set(result.articles.map((a) => a.url)),
    requests,
  };
}

/** The home page's title without "Trang chủ" and the like; the host when there is no title. */
function siteName(title: string, homeUrl: string): string {
  const parts = title
    .split(/\s+[|–—-]\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^(?:trang chủ|home|homepage|trang nhất)$/i.test(part));
  return (parts[0] ?? new URL(homeUrl).hostname).slice(0, 120);
}

/** Lighter rounds can run more often: a round of many listing pages is a real load on a small site. */
function cadenceFor(requests: number): string {
  if (requests <= 10) return '15m';
  if (requests <= 50) return '30m';
  return '1h';
}
