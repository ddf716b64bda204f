import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleepFor } from 'node:timers/promises';
import {
  STREAMS,
  SUBJECTS,
  type CloudEvent,
  type DeadLetterV1,
  type PageFetchedV1,
} from '@hoinghi/contracts';
import { MessagingService } from '@hoinghi/messaging';
import { startDemoSite, type DemoSite, type DiscoveryMethod, type ManifestArticle } from '@hoinghi/demo-site';
import { startNatsServer, type TestNatsServer } from '@hoinghi/test-kit';
import { CrawlState } from '../src/crawl-state/crawl-state.js';
import { createSharedRateLimiter, openHostPaceBucket } from '../src/crawl-state/shared-rate-limiter.js';
import { crawlSource, pageOptions, type CrawlDependencies } from '../src/crawl/crawl-source.js';
import type { CrawlReport } from '../src/crawl/crawl-report.js';
import {
  createFetcher,
  createRobotsCache,
  robotsFetchVia,
  type Fetcher,
  type FetchResult,
} from '../src/fetching/index.js';
import { resolveSource, type SourceDefinition, type SourceFile } from '../src/sources/index.js';
import { demoListings, demoSource, demoSourceFile, streamEvents } from './crawl-fixtures.js';

/**
 * crawlSource against the demo news site over real HTTP, publishing to a private JetStream: discovery by
 * each method, politeness (robots.txt, retries, Retry-After), conditional recrawls and per-round claims.
 */
let nats: TestNatsServer;
let messaging: MessagingService;
let state: CrawlState;
let fetcher: Fetcher;
/** Every wait the fetcher made between attempts, and every fetch result, since the last reset. */
const sleeps: number[] = [];
const results: FetchResult[] = [];
const sites: DemoSite[] = [];

beforeAll(async () => {
  nats = await startNatsServer();
  messaging = await MessagingService.connect({
    service: 'crawler-test',
    nats: { servers: [nats.url], replicas: 1 },
    streams: ['pages', 'deadLetters'],
    consumers: [],
  });
  const [crawlState, paceBucket] = await Promise.all([
    CrawlState.open(messaging.connection, 1),
    openHostPaceBucket(messaging.connection, 1),
  ]);
  state = crawlState;
  const inner = createFetcher({
    rateLimiter: createSharedRateLimiter({ kv: paceBucket }),
    sleep: (ms, signal) => {
      sleeps.push(ms);
      return sleepFor(ms, undefined, { signal });
    },
  });
  fetcher = {
    fetchPage: async (url, options) => {
      const result = await inner.fetchPage(url, options);
      results.push(result);
      return result;
    },
    close: () => inner.close(),
  };
});

afterAll(async () => {
  await Promise.all(sites.map((site) => site.close()));
  await fetcher?.close();
  await messaging?.onApplicationShutdown();
  await nats?.dispose();
});

async function newSite(): Promise<DemoSite> {
  const site = await startDemoSite({ port: 0 });
  sites.push(site);
  return site;
}

function deps(owner = 'replica-a'): CrawlDependencies {
  return {
    fetcher,
    state,
    publisher: messaging.publisher,
    bodies: messaging.bodies,
    owner,
    maxBodyBytes: 10 * 1024 * 1024,
    timeoutMs: 10_000,
  };
}

function crawl(source: SourceDefinition, round: number, owner?: string): Promise<CrawlReport> {
  const dependencies = deps(owner);
  const robots = createRobotsCache({ fetch: robotsFetchVia(fetcher, pageOptions(source, dependencies)) });
  return crawlSource(source, round, robots, dependencies);
}

async function publishedUrls(site: DemoSite): Promise<string[]> {
  const events = await streamEvents<PageFetchedV1>(messaging, STREAMS.pages.name);
  return events.map((event) => event.data.url).filter((url) => url.startsWith(`${site.url}/`));
}

/** Requests an article must have had: none when disallowed, one per failure before success for the special ones. */
function expectedRequests(site: DemoSite, article: ManifestArticle, reached: boolean): number {
  const { serverError, rateLimited } = site.manifest.special;
  if (!reached || article.disallowed) return 0;
  if (article.url === serverError.url) return serverError.failures + 1;
  if (article.url === rateLimited.url) return rateLimited.limitedRequests + 1;
  return 1;
}

function requestsByPath(site: DemoSite, expected: (article: ManifestArticle) => number) {
  const paths = site.manifest.articles.map((article) => article.path);
  return {
    actual: Object.fromEntries(paths.map((path) => [path, site.requests(path)])),
    expected: Object.fromEntries(site.manifest.articles.map((article) => [article.path, expected(article)])),
  };
}

const SOURCES_BY_METHOD: Record<DiscoveryMethod, (site: DemoSite) => Record<string, unknown>> = {
  rss: (site) => ({ discovery: { feeds: site.manifest.feeds.map((feed) => feed.url) } }),
  sitemap: (site) => ({ discovery: { sitemaps: [site.manifest.sitemaps.index] } }),
  listing: (site) => ({ discovery: { listings: demoListings(site) } }),
};

describe.each(['rss', 'listing'] as const)('discovery through %s only', (method) => {
  it('finds every article it reaches once and only once, and never fetches a disallowed one', async () => {
    const site = await newSite();
    const report = await crawl(demoSource(site, `demo-${method}`, SOURCES_BY_METHOD[method](site)), 1);
    const reached = site.manifest.articles.filter((article) => article.discovery.includes(method));
    const allowed = reached.filter((article) => !article.disallowed);
    expect(reached.length).toBeGreaterThan(allowed.length);
    expect(report).toMatchObject({
      discovered: reached.length,
      published: allowed.length,
      disallowed: reached.length - allowed.length,
      failed: 0,
      discoveryErrors: [],
    });
    expect((await publishedUrls(site)).sort()).toEqual(allowed.map((article) => article.url).sort());
    const requests = requestsByPath(site, (article) =>
      expectedRequests(site, article, reached.includes(article)),
    );
    expect(requests.actual).toEqual(requests.expected);
  });
});

describe('discovery through sitemaps only, then recrawls', () => {
  let site: DemoSite;
  let source: SourceDefinition;
  let first: CrawlReport;

  beforeAll(async () => {
    site = await newSite();
    source = demoSource(site, 'demo-sitemap', SOURCES_BY_METHOD.sitemap(site));
    sleeps.length = 0;
    first = await crawl(source, 1);
  });

  it('finds every article once and only once, and never fetches a disallowed one', async () => {
    const articles = site.manifest.articles;
    const allowed = articles.filter((article) => !article.disallowed);
    expect(articles.every((article) => article.discovery.includes('sitemap'))).toBe(true);
    expect(first).toMatchObject({
      discovered: articles.length,
      fetched: allowed.length,
      published: allowed.length,
      disallowed: articles.length - allowed.length,
      failed: 0,
      discoveryErrors: [],
    });
    expect((await publishedUrls(site)).sort()).toEqual(allowed.map((article) => article.url).sort());
    const requests = requestsByPath(site, (article) => expectedRequests(site, article, true));
    expect(requests.actual).toEqual(requests.expected);
    expect(site.requests(site.manifest.special.trackingDuplicate.url)).toBe(0);
  });

  it('retries the 500 with backoff and waits out the 429 Retry-After, then publishes both', async () => {
    const { serverError, rateLimited } = site.manifest.special;
    expect(sleeps).toContain(rateLimited.retryAfterSeconds * 1000);
    expect(sleeps.length).toBeGreaterThanOrEqual(serverError.failures + rateLimited.limitedRequests);
    expect(await publishedUrls(site)).toEqual(expect.arrayContaining([serverError.url, rateLimited.url]));
  });

  it('refetches nothing in the same round, even under another owner (a restarted replica)', async () => {
    site.resetStats();
    const again = await crawl(source, 1, 'replica-a-restarted');
    expect(again).toMatchObject({
      discovered: first.discovered,
      claimedElsewhere: first.discovered,
      fetched: 0,
    });
    const requests = requestsByPath(site, () => 0);
    expect(requests.actual).toEqual(requests.expected);
  });

  it('in the next round gets 304s for every page and republishes nothing', async () => {
    const before = (await publishedUrls(site)).length;
    site.resetStats();
    results.length = 0;
    const next = await crawl(source, 2);
    expect(next).toMatchObject({
      fetched: first.published,
      unchanged: first.published,
      published: 0,
      failed: 0,
    });
    const articleUrls = new Set(site.manifest.articles.map((article) => article.url));
    const pageResults = results.filter((result) =>
      articleUrls.has(result.ok ? result.requestedUrl : result.url),
    );
    expect(pageResults.filter((result) => result.ok)).toHaveLength(first.published);
    expect(pageResults.every((result) => !result.ok || (result.status === 304 && result.notModified))).toBe(
      true,
    );
    expect(await publishedUrls(site)).toHaveLength(before);
  });
});

describe('a replica restarted under the same name (CRAWLER_REPLICA_ID) in the same round', () => {
  it('fetches what it had claimed but not finished before it was killed, and nothing it had finished', async () => {
    const site = await newSite();
    const source = demoSource(site, 'demo-resume', SOURCES_BY_METHOD.sitemap(site));
    const allowed = site.manifest.articles.filter((article) => !article.disallowed);
    // Killed right after claiming two pages, before fetching them: the claims stand, the pages are not recorded.
    const unfinished = allowed.slice(0, 2).map((article) => article.url);
    for (const url of unfinished) {
      expect(await state.claim(source.id, 5, url, 'replica-k')).toEqual({ claimed: true });
    }
    const resumed = await crawl(source, 5, 'replica-k');
    expect(resumed).toMatchObject({ published: allowed.length, claimedElsewhere: 0, failed: 0 });
    expect(await publishedUrls(site)).toEqual(expect.arrayContaining(unfinished));

    site.resetStats();
    const again = await crawl(source, 5, 'replica-k');
    expect(again).toMatchObject({ fetched: 0, claimedElsewhere: allowed.length });
    const requests = requestsByPath(site, () => 0);
    expect(requests.actual).toEqual(requests.expected);
  });
});

describe('failures', () => {
  it('turns a linked 404 into a dead letter that gives the reason', async () => {
    const site = await newSite();
    const missing = site.manifest.special.notFound[0]!;
    const linkPattern = `${new URL(missing.url).pathname.replace(/[.]/g, '\\.')}$`;
    const report = await crawl(
      demoSource(site, 'demo-home', { discovery: { listings: [{ url: missing.linkedFrom, linkPattern }] } }),
      1,
    );
    expect(report).toMatchObject({ discovered: 1, failed: 1, published: 0 });
    const stored = await messaging.jsm.streams.getMessage(STREAMS.deadLetters.name, {
      last_by_subj: SUBJECTS.deadLetterV1,
    });
    const letter = stored!.json<CloudEvent<DeadLetterV1>>();
    expect(letter.subject).toBe(missing.url);
    expect(letter.data).toMatchObject({ stage: 'crawler', reason: 'fetch_failed', attempts: 1 });
    expect(letter.data.error).toContain('http_status 404');
    const attempted = JSON.parse(Buffer.from(letter.data.original.payload!, 'base64').toString('utf8'));
    expect(attempted).toMatchObject({ url: missing.url, sourceId: 'demo-home' });
  });

  it.each([
    ['an IP literal', (site: DemoSite) => site.url],
    ['a name that resolves to it', (site: DemoSite) => site.url.replace('127.0.0.1', 'localhost')],
  ])('refuses a source on a private address given as %s: nothing fetched', async (_, base) => {
    const site = await newSite();
    const root = base(site);
    // Validation refuses such a file already; this is the fetcher's own guard, behind it.
    const file = demoSourceFile(site, 'demo-private', {
      allowedHosts: [new URL(root).hostname],
      allowPrivateAddresses: false,
      discovery: { feeds: [`${root}/rss.xml`] },
    });
    const report = await crawl(resolveSource(file as SourceFile), 1);
    expect(report).toMatchObject({ discovered: 0, fetched: 0 });
    expect(report.discoveryErrors).toEqual([expect.stringContaining('address_refused')]);
    expect(site.stats().total).toBe(0);
  });
});
