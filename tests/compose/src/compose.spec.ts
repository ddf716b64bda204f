import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { STREAMS, SUBJECTS } from '@hoinghi/contracts';
import { REPO_ROOT } from '@hoinghi/stack';
import { freePortRange, sumCounter, waitFor } from '@hoinghi/test-kit';
import { ComposeProject, docker } from './compose-project.js';
import {
  crawlRounds,
  doubled,
  readStored,
  streamMessages,
  waitUntilSettled,
  type Stored,
} from './pipeline-state.js';

/**
 * `docker compose up` as a user runs it, in real containers: the repository's docker-compose.yml (and the
 * cluster overlay) with only tests/compose/compose.test.yml added (builds on the host's network, free
 * loopback ports), passwords of the test's own, the image built once. See README.md in this folder.
 */
const say = (line: string) => process.stdout.write(`[compose] ${line}\n`);
const seconds = (from: number) => Math.round((Date.now() - from) / 100) / 10;

/** Bounds this machine (2 cores, shared with other work) keeps with room; README states them. */
const LIMITS = {
  buildMs: 20 * 60_000,
  upMs: 5 * 60_000,
  /** From the start of `up` to every conference of the demo site stored, in the API and at the consumer. */
  conferencesMs: 120_000,
  settleMs: 300_000,
};
/** Slower than sources/demo.yaml's pace, so the crawl lasts long enough for faults in its middle. */
const SLOW_RATE = 'rateLimit: { requestsPerSecond: 4, concurrency: 2 }';

const foreignEngine = process.env.COMPOSE_TEST_FOREIGN_ENGINE === '1';
const name = foreignEngine ? `hoinghi-test-${process.pid}` : 'hoinghi-test';
/** The services' image (HOINGHI_IMAGE), of this run only. */
const image = `${name}-service`;
const work = mkdtempSync(join(tmpdir(), 'hoinghi-compose-test-'));
const secret = (user: string) => `${user}-${randomBytes(8).toString('hex')}`;
const passwords = {
  NATS_CRAWLER_PASSWORD: secret('crawler'),
  NATS_PARSER_PASSWORD: secret('parser'),
  NATS_STORE_PASSWORD: secret('store'),
  NATS_CONSUMER_PASSWORD: secret('consumer'),
  POSTGRES_PASSWORD: secret('postgres'),
};
/** A sources folder of the test's own (HOINGHI_SOURCES_DIR), readable by the containers' user. */
const sourcesDir = join(work, 'sources');
/** sources/demo.yaml with another cadence (a crawl round of its own) and, if given, another pace. */
function writeSource(cadence: string, rate?: string): void {
  let demo = readFileSync(join(REPO_ROOT, 'sources/demo.yaml'), 'utf8');
  for (const line of [cadence, rate].filter((l): l is string => l !== undefined)) {
    const key = line.split(':')[0];
    const pattern = new RegExp(`^${key}: .*$`, 'm');
    expect(demo).toMatch(pattern);
    demo = demo.replace(pattern, line);
  }
  writeFileSync(join(sourcesDir, 'demo.yaml'), demo);
}
const SINGLE = ['docker-compose.yml', 'tests/compose/compose.test.yml'];
const CLUSTER = [
  'docker-compose.yml',
  'deploy/nats-cluster/docker-compose.cluster.yml',
  'tests/compose/compose.test.yml',
];

let ports: { nats: number; demoSite: number; api: number; api2: number };
let single: ComposeProject;
let cluster: ComposeProject;
let nc: NatsConnection | undefined;
let jsm: JetStreamManager;
let consumer: ChildProcess | undefined;
const consumed: { eventId: string; conferenceId: string }[] = [];
const figures: Record<string, string> = {};
/** What the stack stored of the demo site when nothing went wrong: the reference for every later run. */
let reference: Stored;

beforeAll(async () => {
  const first = await freePortRange(4);
  const [nats, demoSite, api] = [first, first + 1, first + 2];
  ports = { nats, demoSite, api, api2: api + 1 };
  const variables = {
    ...passwords,
    HOINGHI_IMAGE: image,
    TEST_NATS_PORT: String(nats),
    TEST_DEMO_SITE_PORT: String(demoSite),
    TEST_API_PORTS: String(api),
  };
  single = new ComposeProject(name, SINGLE, join(work, 'single.env'), variables);
  cluster = new ComposeProject(name, CLUSTER, join(work, 'cluster.env'), {
    ...variables,
    TEST_API_PORTS: `${api}-${api + 1}`,
  });
  mkdirSync(sourcesDir);
  chmodSync(work, 0o755);
  chmodSync(sourcesDir, 0o755);
  say(`project ${name}; NATS on 127.0.0.1:${nats}, API on ${api}, demo site on ${demoSite}`);
});

afterAll(async () => {
  consumer?.kill('SIGTERM');
  await nc?.close().catch(() => {});
  // The cluster's files name every container and volume either run made.
  await cluster
    ?.compose(['down', '-v', '--remove-orphans', '--timeout', '20'], 180_000)
    .catch((e) => say(String(e)));
  // An engine of the test's own goes away whole; another engine keeps nothing of this run.
  if (foreignEngine) await docker(['image', 'rm', image]).catch((e) => say(String(e)));
  rmSync(work, { recursive: true, force: true });
  say(`figures: ${JSON.stringify(figures)}`);
});

async function natsConnect(): Promise<void> {
  await nc?.close().catch(() => {});
  // The store's user may read stream and consumer state; the test sees what the store sees.
  nc = await connect({
    servers: `nats://127.0.0.1:${ports.nats}`,
    user: 'store',
    pass: passwords.NATS_STORE_PASSWORD,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  });
  jsm = await jetstreamManager(nc);
}

/** The steps build on each other: once one failed, the later ones fail at once and name it. */
let failedStep: string | undefined;
function step(title: string, run: () => Promise<void>, timeoutMs = 900_000): void {
  it(
    title,
    async () => {
      if (failedStep) throw new Error(`not run: "${failedStep}" failed`);
      try {
        await run();
      } catch (error) {
        failedStep = title;
        throw error;
      }
    },
    timeoutMs,
  );
}

/** A step's failure carries the services' last log lines. */
async function withLogs<T>(project: ComposeProject, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const logs = await project.compose(['logs', '--no-color', '--tail', '30']).catch((e) => String(e));
    throw new Error(`${(error as Error).message}\n--- last log lines ---\n${logs.slice(-15_000)}`, {
      cause: error,
    });
  }
}

/** Every container running and healthy (a restarted one is "starting" until its first health check). */
async function expectAllHealthy(project: ComposeProject, count: number): Promise<void> {
  let last: string[] = [];
  await waitFor(
    async () => {
      last = (await project.containers()).map((c) => `${c.Service} ${c.State} ${c.Health}`);
      return last.length === count && last.every((c) => c.endsWith(' running healthy')) ? true : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 1_000, what: `${count} containers healthy` },
  ).catch((error: Error) => {
    throw new Error(`${error.message}: ${last.join(', ')}`, { cause: error });
  });
}

async function apiJson<T>(path: string, port = ports.api): Promise<T | undefined> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined);
  return response?.ok ? ((await response.json()) as T) : undefined;
}

/** Everything a fault-free run stored, exactly once: the same rows, merged the same way. */
function expectSameAsReference(stored: Stored): void {
  expect(doubled(stored.articles)).toEqual([]);
  expect(doubled(stored.reports)).toEqual([]);
  expect(stored.articles).toEqual(reference.articles);
  expect(stored.reports).toEqual(reference.reports);
  expect(stored.conferences).toEqual(reference.conferences);
  expect(stored).toMatchObject({ outbox: stored.reports.length, unsent: 0, empty: 0, miscounted: 0 });
}

async function waitForMessages(stream: string, atLeast: number, what: string): Promise<void> {
  await waitFor(async () => ((await streamMessages(jsm, stream)) >= atLeast ? true : undefined), {
    timeoutMs: 180_000,
    intervalMs: 250,
    what,
  });
}

/** SIGKILL of a container's main process from this host: a crash, which its restart policy answers. */
async function crash(project: ComposeProject, service: string): Promise<void> {
  const [container] = await project.containers(service);
  const before = await project.inspect(container);
  process.kill(before.pid, 'SIGKILL');
  await waitFor(
    async () => {
      const now = await project.inspect(container);
      const [state] = await project.containers(service);
      return now.restarts > before.restarts && state.Health === 'healthy' ? true : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 500, what: `${service} back after kill -9` },
  );
}

describe('docker compose up on one host', () => {
  let upStartedAt = 0;
  /** Polled from the moment up returns, while the services are still becoming healthy. */
  let firstConference: Promise<unknown> = Promise.resolve();

  step(
    'builds one image for the four services, once',
    async () => {
      const started = Date.now();
      await withLogs(single, () => single.compose(['build'], LIMITS.buildMs));
      figures.buildSeconds = `${seconds(started)}`;
      const size = async (image: string) =>
        Math.round(Number(await docker(['image', 'inspect', '-f', '{{.Size}}', image])) / 1e6);
      const [service, node] = await Promise.all([size(image), size('node:24-bookworm-slim')]);
      figures.serviceImageMB = `${service}`;
      figures.appLayersMB = `${service - node}`;
      say(
        `built in ${figures.buildSeconds} s; the service image ${service} MB: node ${node} MB + ${service - node} MB`,
      );
    },
    LIMITS.buildMs + 60_000,
  );

  step('starts every service healthy with docker compose up -d --build', async () => {
    upStartedAt = Date.now();
    // What the README tells a user to run; the images exist, so --build finds every layer cached.
    await withLogs(single, () => single.compose(['up', '-d', '--build'], LIMITS.upMs));
    await natsConnect();
    consumer = spawn(process.execPath, [join(REPO_ROOT, 'examples/conference-consumer/consumer.mjs')], {
      env: {
        PATH: process.env.PATH ?? '',
        NATS_URL: `nats://127.0.0.1:${ports.nats}`,
        NATS_USER: 'consumer',
        NATS_PASSWORD: passwords.NATS_CONSUMER_PASSWORD,
        CONSUMER_NAME: 'compose-test',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    createInterface({ input: consumer.stdout! }).on('line', (line) => consumed.push(JSON.parse(line)));
    firstConference = waitFor(
      async () => ((await apiJson<{ items: unknown[] }>('/conferences'))?.items.length ? true : undefined),
      { timeoutMs: LIMITS.conferencesMs, intervalMs: 250, what: 'a first conference in GET /conferences' },
    ).then(() => {
      figures.firstConferenceSeconds = `${seconds(upStartedAt)}`;
    });
    // Awaited by the next step; a failure here must not go unhandled meanwhile.
    firstConference.catch(() => {});
    await withLogs(single, () => expectAllHealthy(single, 6));
    figures.healthySeconds = `${seconds(upStartedAt)}`;
    // The four services run the one image.
    const services = (await single.containers()).filter((c) => c.Image === image).map((c) => c.Service);
    expect(services.sort()).toEqual(['crawler', 'demo-site', 'parser', 'store']);
  });

  step(
    `stores the demo site's conferences within ${LIMITS.conferencesMs / 1000} s of up, served by the API and received by the example consumer as the outside consumer user`,
    async () => {
      const left = () => LIMITS.conferencesMs - (Date.now() - upStartedAt);
      await firstConference;
      await withLogs(single, () => waitUntilSettled(single, jsm, { timeoutMs: left() }));
      reference = await readStored(single);
      const stored = await streamMessages(jsm, STREAMS.stored.name);
      await waitFor(() => (consumed.length >= stored ? true : undefined), {
        timeoutMs: Math.max(left(), 1),
        what: `${stored} events at the consumer`,
      });
      figures.allStoredSeconds = `${seconds(upStartedAt)}`;
      say(
        `after up: every service healthy in ${figures.healthySeconds} s, the first conference in the API in ` +
          `${figures.firstConferenceSeconds} s, all ${reference.conferenceIds.length} conferences from ` +
          `${reference.articles.length} pages (${reference.reports.length} reports) stored and at the consumer in ${figures.allStoredSeconds} s`,
      );

      expect(reference.articles.length).toBeGreaterThanOrEqual(100);
      expect(reference.conferenceIds.length).toBeGreaterThanOrEqual(50);
      expect(doubled(reference.articles)).toEqual([]);
      expect(doubled(reference.reports)).toEqual([]);
      expect(reference).toMatchObject({
        outbox: reference.reports.length,
        unsent: 0,
        empty: 0,
        miscounted: 0,
      });
      expect(stored).toBe(reference.reports.length);
      expect((await apiJson<{ total: number }>('/stats'))?.total).toBe(reference.conferenceIds.length);
      expect(doubled(consumed.map((event) => event.eventId))).toEqual([]);
      expect(consumed).toHaveLength(stored);
      const ids = new Set(reference.conferenceIds);
      expect(consumed.filter((event) => !ids.has(event.conferenceId))).toEqual([]);
      consumer!.kill('SIGTERM');
    },
  );

  step(
    'keeps its volumes over down and up: the same conferences, and nothing fetched again that did not change',
    async () => {
      const pagesBefore = await streamMessages(jsm, STREAMS.pages.name);
      await single.compose(['down', '--timeout', '20'], 120_000);
      expect(await single.containers()).toEqual([]);
      expect(await single.volumes()).toEqual([`${name}_nats-data`, `${name}_postgres-data`]);
      await withLogs(single, async () => {
        await single.compose(['up', '-d'], LIMITS.upMs);
        await expectAllHealthy(single, 6);
      });
      await natsConnect();
      await withLogs(single, () => waitUntilSettled(single, jsm, { timeoutMs: LIMITS.settleMs }));
      expect(await readStored(single)).toEqual(reference);
      expect(await streamMessages(jsm, STREAMS.pages.name)).toBe(pagesBefore);
      // The round after up is the one already crawled: the NATS volume kept its claims.
      const [[again]] = await crawlRounds(single, 1);
      expect(again.lastRound?.report).toMatchObject({ fetched: 0, published: 0 });
      // A round of its own (the same source at another cadence) asks for every page again, with the
      // validators and hashes the volume kept: each is unchanged, none is published.
      writeSource('cadence: 1h');
      single.setVariables({ HOINGHI_SOURCES_DIR: sourcesDir });
      await withLogs(single, async () => {
        await single.compose(['up', '-d'], LIMITS.upMs);
        await expectAllHealthy(single, 6);
        await waitUntilSettled(single, jsm, { timeoutMs: LIMITS.settleMs });
      });
      const [[own]] = await crawlRounds(single, 1);
      say(
        `after down and up: ${JSON.stringify(again.lastRound?.report)}; a new round: ${JSON.stringify(own.lastRound?.report)}`,
      );
      expect(own.lastRound?.report).toMatchObject({
        fetched: reference.articles.length,
        unchanged: reference.articles.length,
        published: 0,
        failed: 0,
      });
      expect(await streamMessages(jsm, STREAMS.pages.name)).toBe(pagesBefore);
      expect(await readStored(single)).toEqual(reference);
    },
  );

  step(
    'starts from nothing after down -v, and loses or doubles nothing when services are killed and restarted mid-run',
    async () => {
      await single.compose(['down', '-v', '--timeout', '20'], 120_000);
      expect(await single.volumes()).toEqual([]);
      writeSource('cadence: 1h', SLOW_RATE);
      await withLogs(single, () => single.compose(['up', '-d'], LIMITS.upMs));
      await natsConnect();
      const pages = reference.articles.length;
      await withLogs(single, async () => {
        await waitForMessages(STREAMS.pages.name, Math.ceil(pages * 0.2), 'a fifth of the pages');
        say(`kill -9 crawler at ${await streamMessages(jsm, STREAMS.pages.name)} of ${pages} pages`);
        await crash(single, 'crawler');
        await waitForMessages(STREAMS.pages.name, Math.ceil(pages * 0.45), 'almost half of the pages');
        say(`kill -9 parser at ${await streamMessages(jsm, STREAMS.pages.name)} pages`);
        await crash(single, 'parser');
        await waitForMessages(STREAMS.parsed.name, Math.ceil(pages * 0.6), 'parsed pages');
        say(`docker compose restart store at ${await streamMessages(jsm, STREAMS.stored.name)} stored`);
        await single.compose(['restart', 'store'], 120_000);
        await waitUntilSettled(single, jsm, { timeoutMs: LIMITS.settleMs });
      });
      await expectAllHealthy(single, 6);
      const stored = await readStored(single);
      expectSameAsReference(stored);
      // A new database and new streams: nothing of the first run survived.
      expect(stored.conferenceIds.filter((id) => reference.conferenceIds.includes(id))).toEqual([]);
      expect((await jsm.streams.info(STREAMS.pages.name)).state.first_seq).toBe(1);
      expect(await streamMessages(jsm, STREAMS.stored.name)).toBe(stored.reports.length);
      const restarts = await Promise.all(
        ['crawler', 'parser'].map(
          async (service) => (await single.inspect((await single.containers(service))[0])).restarts,
        ),
      );
      expect(restarts).toEqual([1, 1]);
    },
  );
});

describe('the NATS cluster overlay', () => {
  const SCALE = { parser: 3, store: 2, crawler: 2 };
  const scaleArgs = Object.entries(SCALE).flatMap(([service, n]) => ['--scale', `${service}=${n}`]);

  step(
    'runs three NATS nodes with every stream and bucket replicated three times, and several replicas of each service',
    async () => {
      await single.compose(['down', '-v', '--timeout', '20'], 120_000);
      cluster.setVariables({ HOINGHI_SOURCES_DIR: sourcesDir });
      const started = Date.now();
      await withLogs(cluster, async () => {
        await cluster.compose(['up', '-d', ...scaleArgs], LIMITS.upMs);
        await expectAllHealthy(cluster, 3 + 2 + SCALE.parser + SCALE.store + SCALE.crawler);
      });
      figures.clusterUpSeconds = `${seconds(started)}`;
      await natsConnect();
      // The crawler's buckets exist once it started; the store's stream once the store did.
      await waitFor(async () => ((await jsm.streams.names().next()).length >= 7 ? true : undefined), {
        timeoutMs: 60_000,
        what: 'the streams and buckets',
      });
      const streams = [];
      for await (const info of jsm.streams.list()) streams.push(info);
      const replication = streams.map((s) => ({
        stream: s.config.name,
        replicas: s.config.num_replicas,
        peers: s.cluster?.replicas?.length,
      }));
      expect(replication.map((s) => s.stream)).toEqual(
        expect.arrayContaining([
          ...Object.values(STREAMS).map((s) => s.name),
          'KV_hoinghi-crawl-state',
          'KV_hoinghi-crawl-claims',
        ]),
      );
      expect(replication).toEqual(replication.map((s) => ({ ...s, replicas: 3, peers: 2 })));
    },
  );

  step(
    'goes on while one NATS node is stopped mid-run, and the node catches up when it is back',
    async () => {
      const pages = reference.articles.length;
      await withLogs(cluster, async () => {
        await waitForMessages(STREAMS.pages.name, Math.ceil(pages * 0.3), 'a third of the pages');
        say(
          `docker compose stop nats-2 at ${await streamMessages(jsm, STREAMS.pages.name)} of ${pages} pages`,
        );
        await cluster.compose(['stop', 'nats-2'], 60_000);
        const storedBefore = await streamMessages(jsm, STREAMS.stored.name);
        await waitForMessages(
          STREAMS.stored.name,
          storedBefore + 10,
          'conferences stored while nats-2 is down',
        );
        await sleep(2_000);
        say(`docker compose start nats-2 at ${await streamMessages(jsm, STREAMS.stored.name)} stored`);
        await cluster.compose(['start', 'nats-2'], 60_000);
        await waitFor(
          async () => ((await cluster.containers('nats-2'))[0]?.Health === 'healthy' ? true : undefined),
          {
            timeoutMs: 120_000,
            intervalMs: 1_000,
            what: 'nats-2 healthy again',
          },
        );
        await waitUntilSettled(cluster, jsm, { crawlers: SCALE.crawler, timeoutMs: LIMITS.settleMs });
      });
      const stored = await readStored(cluster);
      expectSameAsReference(stored);
      expect(await streamMessages(jsm, STREAMS.stored.name)).toBe(stored.reports.length);

      // nats-2's own copy of every stream holds what the leader holds.
      const leader = new Map<string, number>();
      for await (const info of jsm.streams.list()) leader.set(info.config.name, info.state.last_seq);
      await waitFor(
        async () => {
          const jsz = JSON.parse(
            await cluster.exec('nats-2', [
              'wget',
              '-qO-',
              'http://127.0.0.1:8222/jsz?accounts=true&streams=true',
            ]),
          ) as { account_details?: { stream_detail?: { name: string; state: { last_seq: number } }[] }[] };
          const local = new Map(
            (jsz.account_details ?? [])
              .flatMap((a) => a.stream_detail ?? [])
              .map((s) => [s.name, s.state.last_seq]),
          );
          return [...leader].every(([stream, seq]) => local.get(stream) === seq) ? true : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 1_000, what: `nats-2 to hold ${JSON.stringify([...leader])}` },
      );
    },
  );

  step('shares the work among the replicas: every parser, store and crawler did some', async () => {
    const metrics = async (service: string, port: number) =>
      Promise.all(
        Array.from({ length: SCALE[service as keyof typeof SCALE] }, (_, i) =>
          cluster.httpGet(service, `http://127.0.0.1:${port}/metrics`, i + 1),
        ),
      );
    const parsed = (await metrics('parser', 3002)).map((text) =>
      sumCounter(text, 'hoinghi_messages_handled_total', {
        subject: SUBJECTS.pageFetchedV1,
        outcome: 'acked',
      }),
    );
    const stored = (await metrics('store', 3000)).map((text) =>
      sumCounter(text, 'hoinghi_messages_handled_total', {
        subject: { prefix: 'hoinghi.parsed.' },
        outcome: 'acked',
      }),
    );
    const crawled = (await crawlRounds(cluster, SCALE.crawler)).map(
      ([demo]) => demo.lastRound?.report.published ?? 0,
    );
    say(
      `pages parsed per parser ${parsed.join('/')}, messages stored per store ${stored.join('/')}, pages published per crawler ${crawled.join('/')}`,
    );
    expect(parsed.every((n) => n > 0)).toBe(true);
    expect(stored.every((n) => n > 0)).toBe(true);
    expect(crawled.every((n) => n > 0)).toBe(true);
    expect(crawled.reduce((a, b) => a + b, 0)).toBe(await streamMessages(jsm, STREAMS.pages.name));
    // Each store replica serves the API on its own host port.
    for (let index = 1; index <= SCALE.store; index++) {
      const port = await cluster.port('store', 3000, index);
      expect((await apiJson<{ total: number }>('/stats', port))?.total).toBe(reference.conferenceIds.length);
    }
  });
});
