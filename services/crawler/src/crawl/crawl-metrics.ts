import { Counter, Gauge, type Registry } from 'prom-client';
import { CRAWL_OUTCOMES, type CrawlOutcome, type CrawlReport } from './crawl-report.js';

/** Told of each page's outcome as the round goes, so long rounds show progress. */
export interface CrawlObserver {
  count(sourceId: string, outcome: CrawlOutcome, n: number): void;
}

/** Pages discovered, fetched, published, unchanged and failed per source, and when rounds end. */
export class CrawlMetrics implements CrawlObserver {
  private readonly pages: Counter<'source' | 'outcome'>;
  private readonly discoveryErrors: Counter<'source'>;
  private readonly lastRound: Gauge<'source'>;
  private readonly lastRoundSeconds: Gauge<'source'>;

  constructor(registry: Registry) {
    this.pages = new Counter({
      name: 'hoinghi_crawler_pages_total',
      help: `Pages per source and outcome (${CRAWL_OUTCOMES.join(', ')})`,
      labelNames: ['source', 'outcome'],
      registers: [registry],
    });
    this.discoveryErrors = new Counter({
      name: 'hoinghi_crawler_discovery_errors_total',
      help: 'Feeds, sitemaps and listing pages that could not be read, per source',
      labelNames: ['source'],
      registers: [registry],
    });
    this.lastRound = new Gauge({
      name: 'hoinghi_crawler_last_round_end_timestamp_seconds',
      help: 'When the last crawl round of a source ended',
      labelNames: ['source'],
      registers: [registry],
    });
    this.lastRoundSeconds = new Gauge({
      name: 'hoinghi_crawler_last_round_duration_seconds',
      help: 'How long the last crawl round of a source took',
      labelNames: ['source'],
      registers: [registry],
    });
  }

  count(sourceId: string, outcome: CrawlOutcome, n: number): void {
    this.pages.inc({ source: sourceId, outcome }, n);
  }

  roundEnded(report: CrawlReport, durationMs: number): void {
    this.discoveryErrors.inc({ source: report.sourceId }, report.discoveryErrors.length);
    this.lastRound.set({ source: report.sourceId }, Date.now() / 1000);
    this.lastRoundSeconds.set({ source: report.sourceId }, durationMs / 1000);
  }
}
