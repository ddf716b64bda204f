/** What happened to the pages of a crawl round, counted as it goes. */
export const CRAWL_OUTCOMES = [
  'discovered',
  'fetched',
  'published',
  'unchanged',
  'failed',
  'disallowed',
  'claimedElsewhere',
] as const;
export type CrawlOutcome = (typeof CRAWL_OUTCOMES)[number];

/** What one crawl round of a source did. */
export interface CrawlReport extends Record<CrawlOutcome, number> {
  sourceId: string;
  /** Article URLs found by the source's feeds, sitemaps and listings. */
  discovered: number;
  /** Answered 2xx or 304: published or unchanged. */
  fetched: number;
  /** Content new or changed: a page.fetched.v1 event went out. */
  published: number;
  /** 304, or the same content hash as last time: nothing published. */
  unchanged: number;
  /** Not fetched after the fetcher's retries: a dead letter went out. */
  failed: number;
  disallowed: number;
  /** Claimed by another replica (or by this one before a restart) in the same round. */
  claimedElsewhere: number;
  discoveryErrors: string[];
}

export const emptyReport = (sourceId: string): CrawlReport => ({
  sourceId,
  discovered: 0,
  fetched: 0,
  published: 0,
  unchanged: 0,
  failed: 0,
  disallowed: 0,
  claimedElsewhere: 0,
  discoveryErrors: [],
});

/** One line for the logs. */
export function describeReport(report: CrawlReport): string {
  return (
    `discovered ${report.discovered}, fetched ${report.fetched} (published ${report.published}, ` +
    `unchanged ${report.unchanged}), failed ${report.failed}, disallowed ${report.disallowed}, ` +
    `claimed elsewhere ${report.claimedElsewhere}`
  );
}
