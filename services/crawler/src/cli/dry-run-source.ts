import { gzipSync } from 'node:zlib';
import { articleParsedV1, conferenceExtractedV1, pageFetchedV1, type PageBody } from '@hoinghi/contracts';
import { parsePage } from '@hoinghi/extraction';
import { discoverArticles, type DiscoveryResult } from '../discovery/index.js';
import {
  createFetcher,
  createFetchText,
  createRobotsCache,
  createTokenBucketRateLimiter,
  robotsFetchVia,
  type FetchedPage,
  type Fetcher,
  type FetchPageOptions,
} from '../fetching/index.js';
import type { SourceDefinition } from '../sources/index.js';
import { pageOptions } from '../crawl/crawl-source.js';
import { contentHash, pageEventId, pageFetchedEvent } from '../crawl/page-event.js';

/** The parser version written into the dry run's events; they never leave the process. */
const DRY_RUN_PARSER_VERSION = 'dry-run';

export interface DryRunPage {
  url: string;
  /** The HTTP status, or null when no response came. */
  status: number | null;
  /** Why the page would not be published: a dead letter, robots.txt, or an event its contract refuses. */
  problem?: string;
  title?: string | null;
  publishedAt?: string | null;
  /** Whether the parser took the page for an article (not a listing, home, error or static page). */
  isArticle?: boolean;
  isConference?: boolean;
  conference?: { name: string; date: string | null } | null;
}

export interface DryRunResult {
  discovery: DiscoveryResult;
  pages: DryRunPage[];
}

/**
 * What a crawl round of `source` would publish, without NATS: discovery, then the first `limit` article
 * pages fetched and run through the parser. No claims, no page records, nothing published.
 * A `given` fetcher is used (and left open) instead of one of its own.
 */
export async function dryRunSource(
  source: SourceDefinition,
  settings: { limit: number; maxBodyBytes: number; timeoutMs: number },
  given?: Fetcher,
): Promise<DryRunResult> {
  const fetcher = given ?? createFetcher({ rateLimiter: createTokenBucketRateLimiter() });
  try {
    const page = pageOptions(source, settings);
    const options: FetchPageOptions = {
      ...page,
      ...(source.robots ? { robots: createRobotsCache({ fetch: robotsFetchVia(fetcher, page) }) } : {}),
    };
    const discovery = await discoverArticles(source, createFetchText(fetcher, options));
    const pages: DryRunPage[] = [];
    for (const { url } of discovery.articles.slice(0, settings.limit)) {
      const result = await fetcher.fetchPage(url, options);
      if (!result.ok) {
        const problem =
          result.kind === 'robots_disallowed'
            ? `not fetched: ${result.message}`
            : `dead letter (fetch_failed): ${result.kind}: ${result.message} (${result.url})`;
        pages.push({ url, status: result.status ?? null, problem });
        continue;
      }
      pages.push({ url, status: result.status, ...readFetchedPage(source, url, result) });
    }
    return { discovery, pages };
  } finally {
    if (given === undefined) await fetcher.close();
  }
}

/** The parser's view of a fetched page, checked against the contracts as the services would. */
export function readFetchedPage(
  source: SourceDefinition,
  url: string,
  result: FetchedPage,
): Omit<DryRunPage, 'url' | 'status'> {
  const hash = contentHash(result.body);
  const body: PageBody = {
    encoding: 'gzip+base64',
    data: gzipSync(result.body).toString('base64'),
    size: result.body.byteLength,
  };
  try {
    const event = pageFetchedV1.parseData(pageFetchedEvent(source, url, result, hash, body));
    const { article, conference } = parsePage(
      event,
      pageEventId(url, hash),
      result.body,
      DRY_RUN_PARSER_VERSION,
    );
    articleParsedV1.parseData(article.data);
    if (conference) conferenceExtractedV1.parseData(conference.data);
    const facts = conference?.data.conference;
    return {
      title: article.data.title,
      publishedAt: article.data.publishedAt,
      isArticle: article.data.isArticle,
      isConference: article.data.isConference,
      conference: facts ? { name: facts.name.value, date: facts.date?.value ?? null } : null,
    };
  } catch (error) {
    return { problem: `not publishable: ${error instanceof Error ? error.message : String(error)}` };
  }
}
