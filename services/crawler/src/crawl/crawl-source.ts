import { deadLetterV1, pageFetchedV1, SUBJECTS } from '@hoinghi/contracts';
import { buildDeadLetter, type EventPublisher, type PageBodyCodec } from '@hoinghi/messaging';
import { discoverArticles } from '../discovery/index.js';
import {
  createFetchText,
  type Fetcher,
  type FetchFailure,
  type FetchPageOptions,
  type RobotsCache,
} from '../fetching/index.js';
import type { SourceDefinition } from '../sources/index.js';
import type { CrawlState } from '../crawl-state/crawl-state.js';
import type { CrawlObserver } from './crawl-metrics.js';
import { emptyReport, type CrawlOutcome, type CrawlReport } from './crawl-report.js';
import { forEachLimited } from './for-each-limited.js';
import { contentHash, pageEventId, pageFetchedEvent } from './page-event.js';

export interface CrawlDependencies {
  fetcher: Fetcher;
  state: CrawlState;
  publisher: EventPublisher;
  bodies: PageBodyCodec;
  /** Identifies this replica in claims. */
  owner: string;
  maxBodyBytes: number;
  timeoutMs: number;
  observer?: CrawlObserver;
  /** Stops the round (shutdown): discovery and fetches are abandoned and crawlSource rejects. */
  signal?: AbortSignal;
}

/**
 * Lanes per request slot of the host. A lane waiting on NATS (claim, publish) holds no request slot (the
 * fetcher's rate limiter hands those out), so more lanes than slots keep the slots busy.
 */
const LANES_PER_REQUEST_SLOT = 4;

export function pageOptions(
  source: SourceDefinition,
  deps: Pick<CrawlDependencies, 'maxBodyBytes' | 'timeoutMs'>,
) {
  return {
    userAgent: source.userAgent,
    allowedHosts: source.allowedHosts,
    allowPrivateAddresses: source.allowPrivateAddresses,
    maxBodyBytes: deps.maxBodyBytes,
    timeoutMs: deps.timeoutMs,
    rateLimit: source.rateLimit,
  } satisfies FetchPageOptions;
}

/**
 * One crawl round of a source: discover its articles, fetch each URL this replica claims for the round
 * (conditionally, when it was fetched before), and publish the pages whose content changed.
 * A page that cannot be fetched after the fetcher's retries becomes a dead letter.
 */
export async function crawlSource(
  source: SourceDefinition,
  round: number,
  robots: RobotsCache | undefined,
  deps: CrawlDependencies,
  report: CrawlReport = emptyReport(source.id),
): Promise<CrawlReport> {
  const count = (outcome: CrawlOutcome, n = 1) => {
    report[outcome] += n;
    deps.observer?.count(source.id, outcome, n);
  };
  const options: FetchPageOptions = {
    ...pageOptions(source, deps),
    robots,
    ...(deps.signal ? { signal: deps.signal } : {}),
  };
  const discovery = await discoverArticles(source, createFetchText(deps.fetcher, options), {
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  report.discoveryErrors = discovery.errors.map((e) => `${e.kind} ${e.url}: ${e.message}`);
  count('discovered', discovery.articles.length);

  const lanes = source.rateLimit.concurrency * LANES_PER_REQUEST_SLOT;
  await forEachLimited(discovery.articles, lanes, async ({ url }) => {
    deps.signal?.throwIfAborted();
    // The page record is read alongside the claim: one round trip, not two.
    const [claim, previous] = await Promise.all([
      deps.state.claim(source.id, round, url, deps.owner),
      deps.state.get(url),
    ]);
    // A claim resumed after a restart is done when the page was recorded after the claim was made.
    const done =
      claim.claimed && claim.since && previous && Date.parse(previous.fetchedAt) >= claim.since.getTime();
    if (!claim.claimed || done) {
      count('claimedElsewhere');
      return;
    }
    const result = await deps.fetcher.fetchPage(url, {
      ...options,
      etag: previous?.etag,
      lastModified: previous?.lastModified,
    });
    if (!result.ok) {
      if (result.kind === 'robots_disallowed') count('disallowed');
      else {
        await publishFetchFailure(deps.publisher, source, url, result);
        count('failed');
      }
      return;
    }
    count('fetched');
    const hash = result.notModified ? previous?.contentHash : contentHash(result.body);
    const record = {
      url,
      etag: result.headers.etag ?? previous?.etag,
      lastModified: result.headers['last-modified'] ?? previous?.lastModified,
      contentHash: hash,
      status: result.status,
      fetchedAt: result.fetchedAt,
    };
    if (result.notModified || hash === previous?.contentHash) {
      await deps.state.put(record);
      count('unchanged');
      return;
    }
    const body = await deps.bodies.encode(result.body, hash!.replace(':', '-'));
    await deps.publisher.publish(pageFetchedV1, pageFetchedEvent(source, url, result, hash!, body), {
      id: pageEventId(url, hash!),
      subject: url,
    });
    // Only once the event is stored: a crash in between republishes (deduplicated) instead of losing the page.
    await deps.state.put(record);
    count('published');
  });
  return report;
}

async function publishFetchFailure(
  publisher: EventPublisher,
  source: SourceDefinition,
  url: string,
  failure: FetchFailure,
) {
  const attempted = JSON.stringify({ url, sourceId: source.id, failedUrl: failure.url });
  await publisher.publish(
    deadLetterV1,
    buildDeadLetter({
      subject: SUBJECTS.pageFetchedV1,
      eventId: null,
      stage: 'crawler',
      reason: 'fetch_failed',
      error: `${failure.kind}${failure.status ? ` ${failure.status}` : ''}: ${failure.message} (${failure.url})`,
      attempts: 1,
      stream: null,
      sequence: null,
      payload: new TextEncoder().encode(attempted),
    }),
    {
      id: `dl:crawler:${pageEventId(url, failure.kind)}:${new Date().toISOString().slice(0, 13)}`,
      subject: url,
    },
  );
}
