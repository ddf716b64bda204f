/** What one crawl round of a source did. */
export interface CrawlReport {
  sourceId: string;
  discovered: number;
  published: number;
  unchanged: number;
  failed: number;
  disallowed: number;
  /** Claimed by another replica (or by this one before a restart) in the same round. */
  claimedElsewhere: number;
  discoveryErrors: string[];
}

export const emptyReport = (sourceId: string): CrawlReport => ({
  sourceId,
  discovered: 0,
  published: 0,
  unchanged: 0,
  failed: 0,
  disallowed: 0,
  claimedElsewhere: 0,
  discoveryErrors: [],
});
