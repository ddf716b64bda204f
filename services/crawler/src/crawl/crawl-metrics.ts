import { Counter, type Registry } from 'prom-client';
import type { CrawlReport } from './crawl-report.js';

const OUTCOMES = ['discovered', 'published', 'unchanged', 'failed', 'disallowed', 'claimedElsewhere'] as const;

/** Pages discovered, fetched, unchanged and failed, per source. */
export class CrawlMetrics {
  private readonly pages: Counter<'source' | 'outcome'>;

  constructor(registry: Registry) {
    this.pages = new Counter({
      name: 'hoinghi_crawler_pages_total',
      help: 'Pages per source and outcome (discovered, published, unchanged, failed, disallowed, claimedElsewhere)',
      labelNames: ['source', 'outcome'],
      registers: [registry],
    });
  }

  record(report: CrawlReport): void {
    for (const outcome of OUTCOMES) this.pages.inc({ source: report.sourceId, outcome }, report[outcome]);
  }
}
