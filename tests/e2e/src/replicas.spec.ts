import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { CONSUMERS, STREAMS, SUBJECTS } from '@hoinghi/contracts';
import { startDemoSite, type DemoSite } from '@hoinghi/demo-site';
import { spawnService, type ServiceName, type ServiceProcess } from '@hoinghi/stack';
import { writeDemoSource } from './demo-source.js';
import {
  createTestDatabase,
  freePort,
  startNatsServer,
  sumCounter,
  waitFor,
  type TestDatabase,
  type TestNatsServer,
} from '@hoinghi/test-kit';

/** Two parser and two store processes on the same durable consumers: the work is shared, done once, and complete. */
let nats: TestNatsServer;
let nc: NatsConnection;
let database: TestDatabase;
let site: DemoSite;
let sourcesDir: string;
const services: ServiceProcess[] = [];
const metricsUrls: Record<'parser' | 'store', string[]> = { parser: [], store: [] };

beforeAll(async () => {
  [nats, database, site] = await Promise.all([
    startNatsServer(),
    createTestDatabase('hoinghi_replicas'),
    startDemoSite({ port: 0 }),
  ]);
  nc = await connect({ servers: nats.url });
  sourcesDir = writeDemoSource(site, { sitemaps: [site.manifest.sitemaps.index] });
  const shared = { NATS_URL: nats.url, LOG_LEVEL: 'warn' };
  const environments: [ServiceName, Record<string, string>][] = [];
  for (let i = 0; i < 2; i++) {
    const [apiPort, parserPort] = [await freePort(), await freePort()];
    metricsUrls.store.push(`http://127.0.0.1:${apiPort}/metrics`);
    metricsUrls.parser.push(`http://127.0.0.1:${parserPort}/metrics`);
    environments.push(['store', { ...shared, DATABASE_URL: database.url, API_PORT: String(apiPort) }]);
    environments.push([
      'parser',
      { ...shared, PARSER_HTTP_PORT: String(parserPort), PARSER_CONCURRENCY: '2' },
    ]);
  }
  environments.push([
    'crawler',
    { ...shared, CRAWLER_SOURCES_DIR: sourcesDir, CRAWLER_HTTP_PORT: String(await freePort()) },
  ]);
  for (const [name, env] of environments) services.push(spawnService(name, env));
});

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop('SIGTERM')));
  await nc?.close();
  await Promise.all([site?.close(), nats?.dispose(), database?.drop()]);
  rmSync(sourcesDir, { recursive: true, force: true });
});

/** Messages each process acknowledged (or redelivered) on one subject, read from its Prometheus counters. */
async function handledPerProcess(urls: string[], subjectPrefix: string, outcome: string): Promise<number[]> {
  return Promise.all(
    urls.map(async (url) =>
      sumCounter(await (await fetch(url)).text(), 'hoinghi_messages_handled_total', {
        subject: { prefix: subjectPrefix },
        outcome,
      }),
    ),
  );
}

async function settled(key: 'parser' | 'store'): Promise<boolean> {
  const spec = CONSUMERS[key];
  const info = await (
    await jetstreamManager(nc)
  ).consumers
    .info(STREAMS[spec.stream].name, spec.durable)
    .catch(() => null);
  return info !== null && info.num_pending === 0 && info.num_ack_pending === 0;
}

describe('several parser and store replicas', () => {
  it('share the work, handle every message once, and lose nothing', async () => {
    const articles = site.manifest.articles.filter((a) => !a.disallowed);
    const jsm = await jetstreamManager(nc);
    // Done when the crawl has published every article and both stages have been idle for a whole poll.
    let previous = '';
    await waitFor(
      async () => {
        const counts = await Promise.all(
          [STREAMS.pages.name, STREAMS.parsed.name].map(
            async (name) => (await jsm.streams.info(name).catch(() => null))?.state.messages ?? 0,
          ),
        );
        const idle = (await settled('parser')) && (await settled('store'));
        const snapshot = `${counts.join('/')} ${idle}`;
        const stable = idle && counts[0] >= articles.length && snapshot === previous;
        previous = snapshot;
        return stable ? true : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 1_000, what: 'every page parsed and stored' },
    );
    const pages = (await jsm.streams.info(STREAMS.pages.name)).state.messages;
    const parsed = (await jsm.streams.info(STREAMS.parsed.name)).state.messages;

    const parsedBy = await handledPerProcess(metricsUrls.parser, SUBJECTS.pageFetchedV1, 'acked');
    expect(parsedBy.every((n) => n > 0)).toBe(true);
    expect(parsedBy.reduce((a, b) => a + b, 0)).toBe(pages);
    expect(await handledPerProcess(metricsUrls.parser, SUBJECTS.pageFetchedV1, 'redelivered')).toEqual([
      0, 0,
    ]);

    const storedBy = await handledPerProcess(metricsUrls.store, 'hoinghi.parsed.', 'acked');
    expect(storedBy.every((n) => n > 0)).toBe(true);
    expect(storedBy.reduce((a, b) => a + b, 0)).toBe(parsed);

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM articles)::int AS articles,
                (SELECT count(*) FROM conference_reports)::int AS reports,
                (SELECT count(DISTINCT article_url) FROM conference_reports)::int AS distinct_reports,
                (SELECT count(*) FROM outbox_events WHERE published_at IS NULL)::int AS unsent`,
      );
      expect(rows[0].articles).toBe(pages);
      expect(rows[0].reports).toBe(rows[0].distinct_reports);
      expect(rows[0].reports).toBeGreaterThan(0);
      expect(rows[0].unsent).toBe(0);
    } finally {
      await db.end();
    }
  });
});
