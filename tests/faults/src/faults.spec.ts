import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { CONSUMERS, STREAMS } from '@hoinghi/contracts';
import { startDemoSite, type DemoSite } from '@hoinghi/demo-site';
import { listDeadLetters, readStream } from '@hoinghi/messaging';
import { REPO_ROOT, spawnService, type ServiceProcess } from '@hoinghi/stack';
import {
  freePort,
  randomSeed,
  seededRandom,
  startNatsServer,
  startPostgresCluster,
  waitFor,
  type TestNatsServer,
  type TestPostgresCluster,
} from '@hoinghi/test-kit';
import { MAX_BODY_BYTES, startBadSite, type BadSite } from './bad-site.js';
import { describeFault, faultSchedule, type Fault, type ServiceTarget } from './fault-schedule.js';
import { referenceParse, type ReferencePage } from './reference.js';

/**
 * The native stack over the demo site (scale 5: 620 fetchable articles and 21 other pages) and a small site
 * of pages that are bad on purpose, while a seeded random schedule SIGKILLs the crawler, the parser and the
 * store and crashes the NATS server and Postgres. Afterwards the database must hold exactly what a fault-free run would: one
 * article row per fetched page, one report per conference article, each conference once, nothing stuck in
 * a consumer or the outbox, and dead letters for the bad pages only. Replay a failure with FAULTS_SEED.
 */
const seed = process.env.FAULTS_SEED ? Number(process.env.FAULTS_SEED) : randomSeed();
const random = seededRandom(seed);
const SCALE = 5;
/** The crawl takes about a minute at this pace: the faults fall inside it. */
const RATE = { requestsPerSecond: 12, concurrency: 4 };
const FAULT_WINDOW = { startMs: 2_000, endMs: 48_000 };

let nats: TestNatsServer;
let postgres: TestPostgresCluster;
let site: DemoSite;
let bad: BadSite;
let nc: NatsConnection;
let jsm: JetStreamManager;
let sourcesDir: string;
let crawlerApi: string;
const logs: string[] = [];
const say = (line: string) => process.stdout.write(`[faults] ${line}\n`);

/** The three services under a supervisor: what the test kills, it restarts; what dies on its own is restarted too. */
class Services {
  private readonly running = new Map<ServiceTarget, ServiceProcess>();
  private readonly killing = new Set<ServiceProcess>();
  /** Exits nobody asked for: a service that cannot reach NATS or Postgres at start-up stops, and is restarted. */
  readonly unexpectedExits: { name: ServiceTarget; code: number | null; at: number }[] = [];
  private stopping = false;

  constructor(private readonly env: Record<ServiceTarget, Record<string, string>>) {}

  /** Starts the service unless it runs already (the supervisor may have restarted it meanwhile). */
  start(name: ServiceTarget): void {
    const current = this.running.get(name);
    if (current && current.child.exitCode === null && current.child.signalCode === null) return;
    const service = spawnService(name, this.env[name], (from, line) => {
      logs.push(`[${from}] ${line}`);
      if (logs.length > 20_000) logs.splice(0, 5_000);
    });
    this.running.set(name, service);
    void service.exited.then(async (code) => {
      if (this.stopping || this.killing.has(service)) return;
      this.unexpectedExits.push({ name, code, at: Date.now() });
      const last = logs.filter((line) => line.startsWith(`[${name}]`)).slice(-5);
      say(`${elapsed()}: ${name} exited on its own (${code}); restarting it. It said:\n${last.join('\n')}`);
      await sleep(1_000);
      if (!this.stopping) this.start(name);
    });
  }

  async kill(name: ServiceTarget): Promise<void> {
    const service = this.running.get(name);
    if (!service) return;
    this.killing.add(service);
    await service.stop('SIGKILL');
  }

  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.running.values()].map((service) => service.stop('SIGTERM')));
  }
}

let services: Services;
let startedAt = 0;
/** When NATS or Postgres was down: from the fault until it answered again. */
const outages: { from: number; to: number }[] = [];
let parserBuild = '';
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

function sourceFile(lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The extraction library's build: the reference parse must run the code the parser service ran. */
function parserBuildStamp(): string {
  const dist = join(REPO_ROOT, 'libs/extraction/dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => `${file}:${statSync(join(dist, file)).mtimeMs}`)
    .sort()
    .join('\n');
}

beforeAll(async () => {
  say(`seed ${seed} (replay with FAULTS_SEED=${seed})`);
  parserBuild = parserBuildStamp();
  [nats, postgres, site, bad] = await Promise.all([
    startNatsServer(),
    startPostgresCluster(),
    startDemoSite({ port: 0, scale: SCALE }),
    startBadSite(seededRandom(seed ^ 0x5eed)),
  ]);
  nc = await connect({ servers: nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  jsm = await jetstreamManager(nc);
  sourcesDir = mkdtempSync(join(tmpdir(), 'hoinghi-faults-'));
  const rate = `rateLimit: { requestsPerSecond: ${RATE.requestsPerSecond}, concurrency: ${RATE.concurrency} }`;
  writeFileSync(
    join(sourcesDir, 'demo.yaml'),
    sourceFile([
      'id: demo',
      'name: Demo news site',
      'allowedHosts: ["127.0.0.1"]',
      'allowPrivateAddresses: true',
      'discovery:',
      `  sitemaps: ["${site.manifest.sitemaps.index}"]`,
      // The home page links the removed article (the 404) among its stories.
      `  listings: [{ url: "${site.url}/", linkPattern: '\\.html$' }]`,
      'cadence: 1h',
      rate,
    ]),
  );
  writeFileSync(
    join(sourcesDir, 'bad.yaml'),
    sourceFile([
      'id: bad',
      'name: Pages bad on purpose',
      'allowedHosts: ["127.0.0.1"]',
      'allowPrivateAddresses: true',
      'discovery:',
      `  sitemaps: ["${bad.sitemap}"]`,
      'cadence: 1h',
      'rateLimit: { requestsPerSecond: 2, concurrency: 1 }',
    ]),
  );
  const [apiPort, parserPort, crawlerPort] = await Promise.all([freePort(), freePort(), freePort()]);
  crawlerApi = `http://127.0.0.1:${crawlerPort}`;
  const shared = { NATS_URL: nats.url, LOG_LEVEL: 'info' };
  services = new Services({
    store: { ...shared, DATABASE_URL: postgres.url('hoinghi'), API_PORT: String(apiPort) },
    parser: { ...shared, PARSER_HTTP_PORT: String(parserPort) },
    crawler: {
      ...shared,
      CRAWLER_SOURCES_DIR: sourcesDir,
      CRAWLER_HTTP_PORT: String(crawlerPort),
      CRAWLER_MAX_BODY_BYTES: String(MAX_BODY_BYTES),
      CRAWLER_REPLICA_ID: 'faults-crawler',
    },
  });
}, 60_000);

afterAll(async () => {
  await services?.stopAll();
  await nc?.close();
  await Promise.all([site?.close(), bad?.close(), nats?.dispose(), postgres?.dispose()]);
  if (sourcesDir) rmSync(sourcesDir, { recursive: true, force: true });
});

async function inject(fault: Fault): Promise<void> {
  say(`${elapsed()}: ${describeFault(fault)} (planned)`);
  switch (fault.target) {
    case 'nats': {
      const from = Date.now();
      await nats.stop('SIGKILL');
      await sleep(fault.downMs);
      await nats.start();
      outages.push({ from, to: Date.now() });
      return;
    }
    case 'postgres': {
      const from = Date.now();
      await postgres.stop('immediate');
      await sleep(fault.downMs);
      await postgres.start();
      outages.push({ from, to: Date.now() });
      return;
    }
    default:
      await services.kill(fault.target);
      await sleep(fault.downMs);
      services.start(fault.target);
      if (fault.againAfterMs !== null) {
        await sleep(fault.againAfterMs);
        await services.kill(fault.target);
        await sleep(fault.downMs / 2);
        services.start(fault.target);
      }
  }
}

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: postgres.url('hoinghi') });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

interface ConsumerState {
  pending: number;
  ackPending: number;
}

async function consumerState(key: keyof typeof CONSUMERS): Promise<ConsumerState | null> {
  const spec = CONSUMERS[key];
  const info = await jsm.consumers.info(STREAMS[spec.stream].name, spec.durable).catch(() => null);
  return info && { pending: info.num_pending, ackPending: info.num_ack_pending };
}

interface SourceStatus {
  id: string;
  running: unknown;
  lastRound: { finishedAt?: string; error?: string; report: Record<string, unknown> } | null;
}

/** What says the pipeline is done: crawl rounds over, consumers and outbox empty, nothing moving. */
async function snapshot(): Promise<{ done: boolean; state: string }> {
  const sources = await fetch(`${crawlerApi}/sources`)
    .then((response) => response.json() as Promise<{ sources: SourceStatus[] }>)
    .catch(() => null);
  const crawled =
    sources !== null &&
    sources.sources.length === 2 &&
    sources.sources.every((source) => source.running === null && source.lastRound?.finishedAt);
  const failedRound = sources?.sources.find((source) => source.lastRound?.error);
  if (failedRound) {
    throw new Error(
      `crawl round of ${failedRound.id} stopped: ${failedRound.lastRound!.error} ` +
        `(${JSON.stringify(failedRound.lastRound!.report)}); its remaining pages wait for the next round`,
    );
  }
  const [parser, store] = await Promise.all([consumerState('parser'), consumerState('store')]);
  const unsent = await query<{ n: number }>(
    'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
  ).catch(() => null);
  const streams = await Promise.all(
    Object.values(STREAMS).map(
      async (stream) => (await jsm.streams.info(stream.name).catch(() => null))?.state,
    ),
  );
  const idle =
    crawled &&
    [parser, store].every((c) => c !== null && c.pending === 0 && c.ackPending === 0) &&
    unsent?.[0]?.n === 0;
  return {
    done: idle,
    state: JSON.stringify({
      parser,
      store,
      unsent: unsent?.[0]?.n,
      streams: streams.map((s) => s?.last_seq),
    }),
  };
}

async function waitUntilDone(): Promise<void> {
  let previous = '';
  let stableFor = 0;
  let last = '';
  try {
    await waitFor(
      async () => {
        const { done, state } = await snapshot();
        last = state;
        stableFor = done && state === previous ? stableFor + 1 : 0;
        previous = state;
        return stableFor >= 2 ? true : undefined;
      },
      { timeoutMs: 150_000, intervalMs: 1_000, what: 'the pipeline to finish' },
    );
  } catch (error) {
    say(`last state: ${last}`);
    throw error;
  }
}

interface DeadLetterSummary {
  stage: string;
  reason: string;
  url: string;
  error: string;
}

/** Each dead letter with the URL of its page: the crawler's carry it in their payload, the others the page event. */
async function deadLetters(): Promise<DeadLetterSummary[]> {
  const { entries, unreadable } = await listDeadLetters(jsm);
  expect(unreadable).toEqual([]);
  return Promise.all(
    entries.map(async ({ letter }) => {
      let payload = letter.original.payload;
      if (payload === null && letter.original.stream !== null && letter.original.sequence !== null) {
        const stored = await jsm.streams.getMessage(letter.original.stream, {
          seq: letter.original.sequence,
        });
        payload = stored ? Buffer.from(stored.data).toString('base64') : null;
      }
      const original = JSON.parse(Buffer.from(payload ?? '', 'base64').toString('utf8')) as {
        url?: string;
        subject?: string;
        data?: { url?: string; articleUrl?: string };
      };
      const url = original.url ?? original.data?.url ?? original.data?.articleUrl ?? original.subject ?? '?';
      return { stage: letter.stage, reason: letter.reason, url, error: letter.error };
    }),
  );
}

/** Where the events of pages whose report is missing went: the parsed stream, and what the services said. */
async function explainMissing(urls: string[]): Promise<void> {
  const wanted = new Set(urls);
  for await (const msg of readStream(jsm, STREAMS.parsed.name, {})) {
    const event = msg.json<{ id: string; time: string; subject?: string }>();
    if (event.subject && wanted.has(event.subject)) {
      say(
        `#${msg.seq} ${msg.subject} ${event.id} ${event.time} ${event.subject} (stored ${msg.time.toISOString()})`,
      );
    }
  }
  say(
    `store consumer: ${JSON.stringify(await jsm.consumers.info(STREAMS.parsed.name, CONSUMERS.store.durable))}`,
  );
  for (const url of urls) say(`logs about ${url}:\n${logs.filter((line) => line.includes(url)).join('\n')}`);
  dump();
}

/** Three words or more besides "hội nghị" and "toàn quốc", which every conference name shares. */
function specific(name: string): boolean {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.filter((word) => word && !['hội', 'nghị', 'toàn', 'quốc'].includes(word)).length >= 3;
}

function dump(): void {
  const notable = logs.filter((line) => !/"level":(10|20|30)[,}]/.test(line));
  say(`service warnings and errors (last 80 of ${notable.length}):\n${notable.slice(-80).join('\n')}`);
}

describe('the pipeline under faults', () => {
  let reference: ReferencePage[];
  const schedule = faultSchedule(random, { ...FAULT_WINDOW, killsPerService: 3, serverRestarts: 2 });

  it('finishes the crawl while its services and servers are killed and restarted', async () => {
    say(`schedule:\n  ${schedule.map(describeFault).join('\n  ')}`);
    startedAt = Date.now();
    for (const name of ['store', 'parser', 'crawler'] as const) services.start(name);
    try {
      for (const fault of schedule) {
        const wait = fault.atMs - (Date.now() - startedAt);
        if (wait > 0) await sleep(wait);
        await inject(fault);
      }
      say(`${elapsed()}: last fault over; waiting for the pipeline to finish`);
      await waitUntilDone();
      say(`${elapsed()}: finished`);
    } catch (error) {
      dump();
      throw error;
    }
    // A service may stop when it starts while NATS or Postgres is down; it must never die on its own otherwise.
    const crashes = services.unexpectedExits.filter(
      ({ at }) => !outages.some((outage) => at >= outage.from && at <= outage.to + 10_000),
    );
    expect(crashes).toEqual([]);
  }, 300_000);

  it('stores one article row per fetched page, and every conference report once', async () => {
    if (parserBuildStamp() !== parserBuild) {
      throw new Error(
        'libs/extraction/dist was rebuilt during the run: the reference parse would run other code',
      );
    }
    // The sitemap index lists the articles and the site's other pages (home, sections, tags): all fetched.
    const demoArticles = site.manifest.articles.filter((article) => !article.disallowed).map((a) => a.url);
    const sitemapPages = [
      ...(await (await fetch(site.manifest.sitemaps.pages)).text()).matchAll(/<loc>([^<]+)</g),
    ];
    const nonArticles = bad.pages.filter((page) => 'nonArticle' in page.expect).map((page) => page.url);
    reference = await referenceParse([...demoArticles, ...sitemapPages.map((m) => m[1]), ...nonArticles]);
    const expectedArticles = new Set(reference.map((page) => page.articleUrl));
    const expectedReports = new Set(reference.filter((p) => p.conference).map((page) => page.articleUrl));
    expect(expectedArticles.size).toBeGreaterThanOrEqual(500);
    expect(expectedReports.size).toBeGreaterThan(100);

    const articles = await query<{ url: string; rows: number }>(
      'SELECT url, count(*)::int AS rows FROM articles GROUP BY url',
    );
    expect(articles.filter((a) => a.rows !== 1)).toEqual([]);
    const stored = new Set(articles.map((a) => a.url));
    expect([...expectedArticles].filter((url) => !stored.has(url))).toEqual([]);
    expect([...stored].filter((url) => !expectedArticles.has(url))).toEqual([]);

    const reports = await query<{ url: string; rows: number }>(
      'SELECT article_url AS url, count(*)::int AS rows FROM conference_reports GROUP BY article_url',
    );
    expect(reports.filter((r) => r.rows !== 1)).toEqual([]);
    const reported = new Set(reports.map((r) => r.url));
    const missing = [...expectedReports].filter((url) => !reported.has(url));
    if (missing.length > 0) await explainMissing(missing);
    expect(missing).toEqual([]);
    expect([...reported].filter((url) => !expectedReports.has(url))).toEqual([]);
  });

  it('stores each conference once and announces each report once', async () => {
    const [counts] = await query<{
      reports: number;
      outbox: number;
      unsent: number;
      empty: number;
      miscounted: number;
    }>(
      `SELECT (SELECT count(*) FROM conference_reports)::int AS reports,
              (SELECT count(*) FROM outbox_events)::int AS outbox,
              (SELECT count(*) FROM outbox_events WHERE published_at IS NULL)::int AS unsent,
              (SELECT count(*) FROM conferences c
                WHERE NOT EXISTS (SELECT 1 FROM conference_reports r WHERE r.conference_id = c.id))::int AS empty,
              (SELECT count(*) FROM conferences c
                WHERE c.report_count <> (SELECT count(*) FROM conference_reports r WHERE r.conference_id = c.id))::int
                AS miscounted`,
    );
    expect(counts).toMatchObject({ outbox: counts.reports, unsent: 0, empty: 0, miscounted: 0 });
    const storedEvents = (await jsm.streams.info(STREAMS.stored.name)).state.messages;
    expect(storedEvents).toBe(counts.reports);

    // Reports that say exactly the same (name, day, scope, part of day) are one conference under the merge
    // rule whatever order they arrive in, when the name is specific enough to be compared at all (a bare
    // "Hội nghị" never merges): a conference stored twice would show here.
    const conferenceOf = new Map(
      (
        await query<{ url: string; id: string }>(
          'SELECT article_url AS url, conference_id AS id FROM conference_reports',
        )
      ).map((r) => [r.url, r.id]),
    );
    const groups = new Map<string, Set<string>>();
    for (const page of reference) {
      const facts = page.conference;
      if (!facts?.date?.value || !specific(facts.name.value)) continue;
      const key = JSON.stringify([
        facts.name.value,
        facts.date.value,
        facts.scope?.value,
        facts.partOfDay?.value,
      ]);
      const ids = groups.get(key) ?? new Set<string>();
      ids.add(conferenceOf.get(page.articleUrl) ?? 'missing');
      groups.set(key, ids);
    }
    expect(groups.size).toBeGreaterThan(10);
    expect([...groups].filter(([, ids]) => ids.size !== 1).map(([key]) => key)).toEqual([]);
  });

  it('leaves no message unacknowledged in any consumer', async () => {
    expect(await consumerState('parser')).toEqual({ pending: 0, ackPending: 0 });
    expect(await consumerState('store')).toEqual({ pending: 0, ackPending: 0 });
  });

  it('dead-letters exactly the pages that are bad on purpose', async () => {
    const letters = await deadLetters();
    const expected = [
      ...site.manifest.special.notFound.map((page) => `crawler fetch_failed ${page.url}`),
      ...bad.pages.flatMap((page) =>
        'deadLetter' in page.expect ? [`${page.expect.deadLetter} ${page.expect.reason} ${page.url}`] : [],
      ),
    ].sort();
    const got = [
      ...new Set(letters.map((letter) => `${letter.stage} ${letter.reason} ${letter.url}`)),
    ].sort();
    if (JSON.stringify(got) !== JSON.stringify(expected))
      say(`dead letters: ${JSON.stringify(letters, null, 1)}`);
    expect(got).toEqual(expected);
  });
});
