import { hostname } from 'node:os';
import { watch, type FSWatcher } from 'node:fs';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Registry } from 'prom-client';
import { MessagingService } from '@hoinghi/messaging';
import { createFetcher, createRobotsCache, createTokenBucketRateLimiter, robotsFetchVia, type Fetcher, type RobotsCache } from '../fetching/index.js';
import { loadSourceDirectory, type SourceDefinition } from '../sources/index.js';
import { CrawlState } from '../crawl-state/crawl-state.js';
import { readCrawlerEnvironment } from '../crawler-environment.js';
import { crawlSource, pageOptions, type CrawlDependencies } from './crawl-source.js';
import { CrawlMetrics } from './crawl-metrics.js';

interface Scheduled {
  source: SourceDefinition;
  timer: NodeJS.Timeout;
  robots?: RobotsCache;
  running?: Promise<void>;
}

/**
 * Crawls every enabled source at its cadence. The sources folder is watched: adding, changing or removing
 * a file takes effect without a restart.
 */
@Injectable()
export class CrawlScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Crawler');
  private readonly env = readCrawlerEnvironment();
  private readonly scheduled = new Map<string, Scheduled>();
  private readonly metrics: CrawlMetrics;
  private fetcher?: Fetcher;
  private deps?: CrawlDependencies;
  private watcher?: FSWatcher;
  private reloadTimer?: NodeJS.Timeout;

  constructor(
    private readonly messaging: MessagingService,
    registry: Registry,
  ) {
    this.metrics = new CrawlMetrics(registry);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.fetcher = createFetcher({ rateLimiter: createTokenBucketRateLimiter() });
    this.deps = {
      fetcher: this.fetcher,
      state: await CrawlState.open(this.messaging.connection, this.messaging.options.nats.replicas),
      publisher: this.messaging.publisher,
      bodies: this.messaging.bodies,
      owner: `${hostname()}:${process.pid}`,
      maxBodyBytes: this.env.CRAWLER_MAX_BODY_BYTES,
      timeoutMs: this.env.CRAWLER_TIMEOUT_MS,
    };
    await this.reload();
    this.watcher = watch(this.env.CRAWLER_SOURCES_DIR, () => {
      clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => void this.reload(), 300);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.watcher?.close();
    clearTimeout(this.reloadTimer);
    const running = [...this.scheduled.values()].map((s) => s.running);
    for (const entry of this.scheduled.values()) clearInterval(entry.timer);
    this.scheduled.clear();
    await Promise.allSettled(running);
    await this.fetcher?.close();
  }

  private async reload(): Promise<void> {
    const { sources, errors } = await loadSourceDirectory(this.env.CRAWLER_SOURCES_DIR);
    for (const error of errors) this.logger.error(`source file rejected: ${error.message}`);
    const wanted = new Map(sources.filter((s) => s.enabled).map((s) => [s.id, s]));
    for (const [id, entry] of this.scheduled) {
      if (JSON.stringify(wanted.get(id)) === JSON.stringify(entry.source)) {
        wanted.delete(id);
        continue;
      }
      clearInterval(entry.timer);
      this.scheduled.delete(id);
      this.logger.log(`source ${id} ${wanted.has(id) ? 'changed' : 'removed'}`);
    }
    for (const source of wanted.values()) this.schedule(source);
  }

  private schedule(source: SourceDefinition): void {
    const robots = source.robots
      ? createRobotsCache({ fetch: robotsFetchVia(this.fetcher!, pageOptions(source, this.deps!)) })
      : undefined;
    const entry: Scheduled = {
      source,
      robots,
      timer: setInterval(() => this.run(entry), source.cadenceSeconds * 1000),
    };
    this.scheduled.set(source.id, entry);
    this.logger.log(`source ${source.id} scheduled every ${source.cadenceSeconds} s`);
    this.run(entry);
  }

  private run(entry: Scheduled): void {
    if (entry.running) return;
    const round = Math.floor(Date.now() / (entry.source.cadenceSeconds * 1000));
    entry.running = crawlSource(entry.source, round, entry.robots, this.deps!)
      .then((report) => {
        this.metrics.record(report);
        for (const error of report.discoveryErrors) this.logger.warn(`${entry.source.id}: ${error}`);
        this.logger.log(
          `${entry.source.id}: discovered ${report.discovered}, published ${report.published}, ` +
            `unchanged ${report.unchanged}, failed ${report.failed}, disallowed ${report.disallowed}, ` +
            `claimed elsewhere ${report.claimedElsewhere}`,
        );
      })
      .catch((error: unknown) => this.logger.error(`${entry.source.id}: crawl failed: ${String(error)}`))
      .finally(() => {
        entry.running = undefined;
      });
  }
}
