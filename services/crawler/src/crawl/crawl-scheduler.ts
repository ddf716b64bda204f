import { hostname } from 'node:os';
import { watch, type FSWatcher } from 'node:fs';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Registry } from 'prom-client';
import { MessagingService } from '@hoinghi/messaging';
import {
  createFetcher,
  createRobotsCache,
  robotsFetchVia,
  type Fetcher,
  type RobotsCache,
} from '../fetching/index.js';
import { loadSourceDirectory, type SourceDefinition, type SourceFileError } from '../sources/index.js';
import { CrawlState } from '../crawl-state/crawl-state.js';
import { createSharedRateLimiter, openHostPaceBucket } from '../crawl-state/shared-rate-limiter.js';
import { readCrawlerEnvironment } from '../crawler-environment.js';
import { crawlSource, pageOptions, type CrawlDependencies } from './crawl-source.js';
import { CrawlMetrics } from './crawl-metrics.js';
import { describeReport, emptyReport, type CrawlReport } from './crawl-report.js';

/** How often a running round logs how far it got. */
const PROGRESS_LOG_MS = 30_000;

export interface RoundStatus {
  round: number;
  startedAt: string;
  /** Absent while the round runs. */
  finishedAt?: string;
  /** Counts so far while the round runs. */
  report: CrawlReport;
  /** Why the round stopped early. */
  error?: string;
}

export interface SourceStatus {
  id: string;
  name: string;
  cadenceSeconds: number;
  running: RoundStatus | null;
  lastRound: RoundStatus | null;
}

interface Scheduled {
  source: SourceDefinition;
  timer: NodeJS.Timeout;
  robots?: RobotsCache;
  running?: { status: RoundStatus; done: Promise<void> };
  lastRound?: RoundStatus;
}

/**
 * Crawls every enabled source at its cadence. The sources folder is watched: adding, changing or removing
 * a file takes effect without a restart. Requests to a host are paced across replicas (shared rate limiter).
 */
@Injectable()
export class CrawlScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Crawler');
  private readonly env = readCrawlerEnvironment();
  private readonly scheduled = new Map<string, Scheduled>();
  private readonly metrics: CrawlMetrics;
  private readonly stopping = new AbortController();
  private rejected: SourceFileError[] = [];
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
    const { connection, options } = this.messaging;
    const [state, paceBucket] = await Promise.all([
      CrawlState.open(connection, options.nats.replicas),
      openHostPaceBucket(connection, options.nats.replicas),
    ]);
    this.fetcher = createFetcher({
      rateLimiter: createSharedRateLimiter({
        kv: paceBucket,
        onError: (error) =>
          this.logger.warn(`host pace bucket unavailable, pacing this replica alone: ${String(error)}`),
      }),
    });
    this.deps = {
      fetcher: this.fetcher,
      state,
      publisher: this.messaging.publisher,
      bodies: this.messaging.bodies,
      owner: this.env.CRAWLER_REPLICA_ID ?? `${hostname()}:${process.pid}`,
      maxBodyBytes: this.env.CRAWLER_MAX_BODY_BYTES,
      timeoutMs: this.env.CRAWLER_TIMEOUT_MS,
      observer: this.metrics,
      signal: this.stopping.signal,
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
    this.stopping.abort(new Error('crawler shutting down'));
    const running = [...this.scheduled.values()].map((s) => s.running?.done);
    for (const entry of this.scheduled.values()) clearInterval(entry.timer);
    this.scheduled.clear();
    await Promise.allSettled(running);
    await this.fetcher?.close();
  }

  /** Every scheduled source with its running and last finished round; files that were rejected. */
  status(): { sources: SourceStatus[]; rejected: SourceFileError[] } {
    const sources = [...this.scheduled.values()].map(({ source, running, lastRound }) => ({
      id: source.id,
      name: source.name,
      cadenceSeconds: source.cadenceSeconds,
      running: running?.status ?? null,
      lastRound: lastRound ?? null,
    }));
    return { sources, rejected: this.rejected };
  }

  private async reload(): Promise<void> {
    let loaded: Awaited<ReturnType<typeof loadSourceDirectory>>;
    try {
      loaded = await loadSourceDirectory(this.env.CRAWLER_SOURCES_DIR);
    } catch (error) {
      this.logger.error(`sources folder ${this.env.CRAWLER_SOURCES_DIR} unreadable: ${String(error)}`);
      return;
    }
    this.rejected = loaded.errors;
    for (const error of loaded.errors) this.logger.error(`source file rejected: ${error.message}`);
    const wanted = new Map(loaded.sources.filter((s) => s.enabled).map((s) => [s.id, s]));
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
    if (entry.running || this.stopping.signal.aborted) return;
    const { source } = entry;
    // Replicas agree on the round from the clock alone: the claims of a round are keyed by it.
    const round = Math.floor(Date.now() / (source.cadenceSeconds * 1000));
    const startedAt = Date.now();
    const status: RoundStatus = {
      round,
      startedAt: new Date(startedAt).toISOString(),
      report: emptyReport(source.id),
    };
    this.logger.log(`${source.id}: round ${round} started`);
    const progress = setInterval(
      () => this.logger.log(`${source.id}: round ${round} so far: ${describeReport(status.report)}`),
      PROGRESS_LOG_MS,
    );
    const done = crawlSource(source, round, entry.robots, this.deps!, status.report)
      .then((report) => {
        for (const error of report.discoveryErrors) this.logger.warn(`${source.id}: ${error}`);
        this.logger.log(
          `${source.id}: round ${round} done in ${Date.now() - startedAt} ms: ${describeReport(report)}`,
        );
      })
      .catch((error: unknown) => {
        status.error = error instanceof Error ? error.message : String(error);
        this.logger.error(
          `${source.id}: round ${round} stopped: ${status.error}; ${describeReport(status.report)}`,
        );
      })
      .finally(() => {
        clearInterval(progress);
        status.finishedAt = new Date().toISOString();
        this.metrics.roundEnded(status.report, Date.now() - startedAt);
        entry.running = undefined;
        entry.lastRound = status;
      });
    entry.running = { status, done };
  }
}
