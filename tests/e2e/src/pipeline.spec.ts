import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { startDemoSite, type DemoSite } from '@hoinghi/demo-site';
import { REPO_ROOT, spawnService, type ServiceName, type ServiceProcess } from '@hoinghi/stack';
import { writeDemoSource } from './demo-source.js';
import {
  createTestDatabase,
  freePort,
  startNatsServer,
  waitFor,
  type TestDatabase,
  type TestNatsServer,
} from '@hoinghi/test-kit';

/**
 * The walking skeleton, end to end: the demo news site's RSS feeds → crawler → JetStream → parser → store →
 * Postgres → HTTP API, each service its own OS process started with plain `node`, as in production.
 */
let nats: TestNatsServer;
let database: TestDatabase;
let site: DemoSite;
let sourcesDir: string;
let api: string;
const services: ServiceProcess[] = [];
const logs: string[] = [];
let consumer: ChildProcess;
const consumed: { articleUrl: string; conferenceId: string }[] = [];

beforeAll(async () => {
  [nats, database, site] = await Promise.all([
    startNatsServer(),
    createTestDatabase('hoinghi_e2e'),
    startDemoSite({ port: 0 }),
  ]);
  sourcesDir = writeDemoSource(site, {
    feeds: site.manifest.feeds.map((feed) => feed.url),
    sitemaps: [site.manifest.sitemaps.index],
  });
  const [apiPort, parserPort, crawlerPort] = await Promise.all([freePort(), freePort(), freePort()]);
  api = `http://127.0.0.1:${apiPort}`;
  const shared = { NATS_URL: nats.url, LOG_LEVEL: 'warn' };
  const environments: [ServiceName, Record<string, string>][] = [
    ['store', { ...shared, DATABASE_URL: database.url, API_PORT: String(apiPort) }],
    ['parser', { ...shared, PARSER_HTTP_PORT: String(parserPort) }],
    ['crawler', { ...shared, CRAWLER_SOURCES_DIR: sourcesDir, CRAWLER_HTTP_PORT: String(crawlerPort) }],
  ];
  // An outside consumer: plain NATS client and the contracts package, no NestJS (examples/conference-consumer).
  consumer = spawn(process.execPath, [join(REPO_ROOT, 'examples/conference-consumer/consumer.mjs')], {
    env: { PATH: process.env.PATH ?? '', NATS_URL: nats.url, CONSUMER_NAME: 'e2e-consumer' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  createInterface({ input: consumer.stdout! }).on('line', (line) => consumed.push(JSON.parse(line)));
  for (const [name, env] of environments) {
    services.push(spawnService(name, env, (service, line) => logs.push(`[${service}] ${line}`)));
  }
});

afterAll(async () => {
  consumer?.kill('SIGTERM');
  await Promise.all(services.map((service) => service.stop('SIGTERM')));
  await Promise.all([site?.close(), nats?.dispose(), database?.drop()]);
  rmSync(sourcesDir, { recursive: true, force: true });
});

async function getJson<T>(path: string): Promise<T | undefined> {
  const response = await fetch(`${api}${path}`).catch(() => undefined);
  return response?.ok ? ((await response.json()) as T) : undefined;
}

interface ConferenceList {
  items: { id: string; name: string; date: string | null }[];
}
interface ConferenceDetail {
  id: string;
  name: string;
  date: string | null;
  scope: string | null;
  reports: { articleUrl: string }[];
}

async function allConferences(): Promise<ConferenceList['items']> {
  const items: ConferenceList['items'] = [];
  let cursor: string | null | undefined;
  do {
    const page = await getJson<ConferenceList & { nextCursor?: string | null }>(
      `/conferences?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (!page) break;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

async function reportedUrls(): Promise<Map<string, ConferenceDetail>> {
  const byUrl = new Map<string, ConferenceDetail>();
  for (const item of await allConferences()) {
    const detail = await getJson<ConferenceDetail>(`/conferences/${item.id}`);
    for (const report of detail?.reports ?? []) byUrl.set(report.articleUrl, detail!);
  }
  return byUrl;
}

describe('a news page travels crawler → parser → store → API', () => {
  it('finds the seed documents’ conferences in GET /conferences', async () => {
    const seeds = site.manifest.articles.filter(
      (a) => a.sourceId.startsWith('seed-') && a.discovery.includes('rss'),
    );
    expect(seeds.length).toBeGreaterThanOrEqual(4);
    try {
      await waitFor(
        async () => {
          const reported = await reportedUrls();
          return seeds.every((seed) => reported.has(seed.url)) ? reported : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 1_000, what: 'the seed conferences in the API' },
      );
    } catch (error) {
      process.stderr.write(`${logs.slice(-60).join('\n')}\n`);
      throw error;
    }
    const health = await fetch(`${api}/health`);
    expect(health.status).toBe(200);
  });

  it('announces every stored report to an outside consumer', async () => {
    const reported = await reportedUrls();
    await waitFor(() => (consumed.length >= reported.size ? consumed : undefined), {
      timeoutMs: 20_000,
      what: 'the stored-conference events at the example consumer',
    });
    for (const [url, conference] of reported) {
      expect(consumed).toContainEqual(
        expect.objectContaining({ articleUrl: url, conferenceId: conference.id }),
      );
    }
  });

  it('stores every conference of the whole site with the right facts, merging the same conference', async () => {
    const conferences = site.manifest.articles.filter((a) => a.isConference && !a.disallowed && a.expected);
    const reported = await waitFor(
      async () => {
        const byUrl = await reportedUrls();
        return conferences.every((a) => byUrl.has(a.url)) ? byUrl : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 1_000, what: 'every conference of the demo site' },
    ).catch(async (error) => {
      const byUrl = await reportedUrls();
      const missing = conferences.filter((a) => !byUrl.has(a.url)).map((a) => a.url);
      throw new Error(`${String(error)}; missing: ${missing.join(', ')}`);
    });
    // The parser is measured against the gold facts elsewhere (the eval scorer); through real page layouts
    // the facts must still come out right for nearly every article.
    const dated = conferences.filter((a) => a.expected!.date);
    const rightDates = dated.filter((a) => reported.get(a.url)!.date === a.expected!.date);
    const rightScopes = conferences.filter((a) => reported.get(a.url)!.scope === a.expected!.scope);
    expect(rightDates.length / dated.length).toBeGreaterThanOrEqual(0.85);
    expect(rightScopes.length / conferences.length).toBeGreaterThanOrEqual(0.9);
    // Two outlets' reports of one conference (same day, same name) are one conference.
    const byConference = new Map<string, Set<string>>();
    for (const article of conferences.filter((a) => a.expected!.date && a.expected!.name)) {
      const key = `${article.expected!.date} ${article.expected!.name}`;
      byConference.set(key, (byConference.get(key) ?? new Set()).add(reported.get(article.url)!.id));
    }
    const twice = [...byConference].filter(
      ([key]) => conferences.filter((a) => `${a.expected!.date} ${a.expected!.name}` === key).length > 1,
    );
    expect(twice.length).toBeGreaterThanOrEqual(1);
    for (const [key, ids] of twice) expect({ key, conferences: ids.size }).toEqual({ key, conferences: 1 });
  });

  it('answers a malformed request with a 400 that says why', async () => {
    const response = await fetch(`${api}/conferences?limit=100000`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('limit');
    expect((await fetch(`${api}/conferences/not-a-uuid`)).status).toBe(400);
  });
});
