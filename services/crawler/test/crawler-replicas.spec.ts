import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { startDemoSite, type DemoSite } from '@hoinghi/demo-site';
import {
  freePort,
  spawnTypeScript,
  startNatsServer,
  waitFor,
  type TestNatsServer,
  type TypeScriptProcess,
} from '@hoinghi/test-kit';
import type { RoundStatus, SourceStatus } from '../src/crawl/crawl-scheduler.js';
import type { SourceFileError } from '../src/sources/index.js';
import { demoSourceFile } from './crawl-fixtures.js';

/**
 * The crawler service as separate OS processes sharing one NATS: replicas split a round without fetching a
 * page twice and pace the site together; a restarted replica refetches nothing within the round.
 */
jest.setTimeout(60_000);

const MAIN = path.resolve(import.meta.dirname, '../src/main.ts');
const RATE = { requestsPerSecond: 25, concurrency: 4 };

interface Replica {
  process: TypeScriptProcess;
  http: string;
}

let nats: TestNatsServer;
let site: DemoSite;
let sourcesDir: string;
const replicas: Replica[] = [];

async function startReplica(): Promise<Replica> {
  const port = await freePort();
  const replica = {
    process: spawnTypeScript(MAIN, {
      env: {
        NATS_URL: nats.url,
        CRAWLER_SOURCES_DIR: sourcesDir,
        CRAWLER_HTTP_PORT: String(port),
        LOG_LEVEL: 'info',
      },
    }),
    http: `http://127.0.0.1:${port}`,
  };
  replicas.push(replica);
  await replica.process.waitForLine<{ msg?: string }>((line) => line.msg === 'crawler ready', 30_000);
  return replica;
}

async function stopReplica(replica: Replica): Promise<void> {
  replica.process.kill('SIGTERM');
  await replica.process.exited;
}

async function status(replica: Replica): Promise<{ sources: SourceStatus[]; rejected: SourceFileError[] }> {
  return (await (await fetch(`${replica.http}/sources`)).json()) as {
    sources: SourceStatus[];
    rejected: SourceFileError[];
  };
}

/** The replica's next finished round of the demo source, after `after` (an ISO time) when given. */
function finishedRound(replica: Replica, after = ''): Promise<RoundStatus> {
  return waitFor(
    async () => {
      const round = (await status(replica)).sources.find((source) => source.id === 'demo')?.lastRound;
      return round?.finishedAt && round.startedAt > after ? round : undefined;
    },
    { timeoutMs: 40_000, intervalMs: 200, what: 'a finished crawl round' },
  );
}

/** Requests the site received for each article page, from its request log. */
function articleRequests(): Map<string, number> {
  const { byPath } = site.stats();
  return new Map(site.manifest.articles.map((article) => [article.path, byPath[article.path] ?? 0]));
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

beforeAll(async () => {
  [nats, site] = await Promise.all([startNatsServer(), startDemoSite({ port: 0 })]);
  sourcesDir = mkdtempSync(path.join(tmpdir(), 'hoinghi-replicas-'));
  writeFileSync(
    path.join(sourcesDir, 'broken.yaml'),
    stringify({
      ...demoSourceFile(site, 'broken'),
      discovery: { listings: [{ url: `${site.url}/`, linkPattern: '(unclosed' }] },
    }),
  );
});

afterAll(async () => {
  await Promise.all(replicas.map(stopReplica));
  await Promise.all([site?.close(), nats?.dispose()]);
  rmSync(sourcesDir, { recursive: true, force: true });
});

describe('crawler replicas', () => {
  let first: [Replica, Replica];
  let rounds: RoundStatus[];

  it('split a round between them, fetch no page twice and pace the site together', async () => {
    first = [await startReplica(), await startReplica()];
    // Written once both run, so that both pick it up at once (the folder is watched); a rename is atomic.
    const staging = path.join(sourcesDir, '.demo.yaml.tmp');
    writeFileSync(staging, stringify(demoSourceFile(site, 'demo', { rateLimit: RATE })));
    renameSync(staging, path.join(sourcesDir, 'demo.yaml'));
    rounds = await Promise.all(first.map((replica) => finishedRound(replica)));

    const articles = site.manifest.articles;
    const allowed = articles.filter((article) => !article.disallowed);
    const reports = rounds.map((round) => round.report);
    expect(rounds[0]!.round).toBe(rounds[1]!.round);
    for (const report of reports) {
      expect(report.discovered).toBe(articles.length);
      expect(report.published).toBeGreaterThan(0);
      expect(report.failed).toBe(0);
    }
    const total = (key: 'published' | 'disallowed' | 'claimedElsewhere') =>
      reports.reduce((sum, report) => sum + report[key], 0);
    expect(total('published')).toBe(allowed.length);
    expect(total('disallowed')).toBe(articles.length - allowed.length);
    expect(total('claimedElsewhere')).toBe(articles.length);

    const { serverError, rateLimited } = site.manifest.special;
    const expected = (url: string, disallowed: boolean) =>
      disallowed
        ? 0
        : url === serverError.url
          ? serverError.failures + 1
          : url === rateLimited.url
            ? rateLimited.limitedRequests + 1
            : 1;
    const requests = articleRequests();
    expect(requests).toEqual(new Map(articles.map((a) => [a.path, expected(a.url, a.disallowed)])));

    // Paced together: the site saw at most RATE.requestsPerSecond requests a second from both replicas.
    const started = Math.min(...rounds.map((round) => Date.parse(round.startedAt)));
    const finished = Math.max(...rounds.map((round) => Date.parse(round.finishedAt!)));
    expect(finished - started).toBeGreaterThanOrEqual(
      ((sum(requests.values()) - 1) / RATE.requestsPerSecond) * 1000 * 0.9,
    );
  });

  it('refetch nothing within the round when one restarts', async () => {
    await stopReplica(first[0]);
    site.resetStats();
    const restarted = await startReplica();
    const round = await finishedRound(restarted);
    expect(round.round).toBe(rounds[0]!.round);
    expect(round.report).toMatchObject({
      discovered: site.manifest.articles.length,
      claimedElsewhere: site.manifest.articles.length,
      fetched: 0,
      published: 0,
    });
    expect(sum(articleRequests().values())).toBe(0);
  });

  it('report a rejected source file with its line, field and problem, and crawl the others', async () => {
    const replica = first[1];
    const expected =
      `${path.join(sourcesDir, 'broken.yaml')} (line 9): discovery.listings[0].linkPattern ` +
      'is not a valid regular expression: Unterminated group';
    expect(replica.process.lines).toContainEqual(
      expect.objectContaining({ msg: `source file rejected: ${expected}` }),
    );
    const { sources, rejected } = await status(replica);
    expect(rejected.map((error) => error.message)).toEqual([expected]);
    expect(sources.map((source) => source.id)).toEqual(['demo']);
  });

  it('count pages per source and outcome in /metrics', async () => {
    const metrics = await (await fetch(`${first[1].http}/metrics`)).text();
    const published = Number(
      metrics.match(/^hoinghi_crawler_pages_total\{source="demo",outcome="published"\} (\d+)$/m)?.[1],
    );
    expect(published).toBe(rounds[1]!.report.published);
    expect(metrics).toMatch(/^hoinghi_crawler_last_round_duration_seconds\{source="demo"\} [\d.]+$/m);
  });
});
