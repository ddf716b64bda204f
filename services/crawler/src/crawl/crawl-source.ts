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
import { emptyReport, type CrawlReport } from './crawl-report.js';
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
}

export function pageOptions(source: SourceDefinition, deps: Pick<CrawlDependencies, 'maxBodyBytes' | 'timeoutMs'>) {
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
): Promise<CrawlReport> {
  const report = emptyReport(source.id);
  const options: FetchPageOptions = { ...pageOptions(source, deps), robots };
  const discovery = await discoverArticles(source, createFetchText(deps.fetcher, options));
  report.discovered = discovery.articles.length;
  report.discoveryErrors = discovery.errors.map((e) => `${e.kind} ${e.url}: ${e.message}`);

  await forEachLimited(discovery.articles, source.rateLimit.concurrency, async ({ url }) => {
    if (!(await deps.state.claim(source.id, round, url, deps.owner))) {
      report.claimedElsewhere++;
      return;
    }
    const previous = await deps.state.get(url);
    const result = await deps.fetcher.fetchPage(url, {
      ...options,
      etag: previous?.etag,
      lastModified: previous?.lastModified,
    });
    if (!result.ok) {
      if (result.kind === 'robots_disallowed') report.disallowed++;
      else {
        report.failed++;
        await publishFetchFailure(deps.publisher, source, url, result);
      }
      return;
    }
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
      report.unchanged++;
      await deps.state.put(record);
      return;
    }
    const body = await deps.bodies.encode(result.body, hash!.replace(':', '-'));
    await deps.publisher.publish(pageFetchedV1, pageFetchedEvent(source, url, result, hash!, body), {
      id: pageEventId(url, hash!),
      subject: url,
    });
    await deps.state.put(record);
    report.published++;
  });
  return report;
}

async function publishFetchFailure(publisher: EventPublisher, source: SourceDefinition, url: string, failure: FetchFailure) {
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
    { id: `dl:crawler:${pageEventId(url, failure.kind)}:${new Date().toISOString().slice(0, 13)}`, subject: url },
  );
}
