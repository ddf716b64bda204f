/**
 * Soak benchmark: ~20,000 pages of the demo site (scale 155) through the native stack (crawler → NATS →
 * parser → store → Postgres), each service its own OS process, on a private nats-server and Postgres.
 * Prints throughput (pages per second from the first fetch to the last page stored), fetch-to-stored
 * latency, each service's peak memory and whether its memory stays flat after warm-up, beside the targets
 * (200 MB per service; growth ≤ 1.1) and their ratios. The last line is one JSON object of the figures.
 *
 *   npx nx bench soak                      (SOAK_SCALE=40 for a quick run; SOAK_DEFAULT_RUNTIME=1 for Node's defaults)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { CONSUMERS, STREAMS } from '@hoinghi/contracts';
import { startDemoSite } from '@hoinghi/demo-site';
import { readStream } from '@hoinghi/messaging';
import {
  NODE_DEFAULT_RUNTIME,
  serviceRuntime,
  spawnService,
  type ServiceName,
  type ServiceProcess,
  type ServiceRuntime,
} from '@hoinghi/stack';
import { freePort, processMemory, startNatsServer, startPostgresCluster } from '@hoinghi/test-kit';
import { memoryGrowth, percentile, type MemorySample } from './soak-figures.js';

const SCALE = Number(process.env.SOAK_SCALE ?? 155);
const DEADLINE_MS = 8 * 60_000;
/** A crawl round discovers at most 5,000 articles per source: the site is split into sources of 5 sitemaps. */
const SITEMAPS_PER_SOURCE = 5;
const MEMORY_TARGET_MB = 200;
const GROWTH_TARGET = 1.1;
/** The runtime the services are deployed with (see SERVICE_RUNTIME); `SOAK_DEFAULT_RUNTIME=1`: Node's defaults. */
const RUNTIME: ServiceRuntime = process.env.SOAK_DEFAULT_RUNTIME ? NODE_DEFAULT_RUNTIME : serviceRuntime();
const SERVICES = ['crawler', 'parser', 'store'] as const;
type Service = (typeof SERVICES)[number];
const MB = 1024 * 1024;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function consumersIdle(jsm: JetStreamManager): Promise<boolean> {
  const infos = await Promise.all(
    (['parser', 'store'] as const).map((key) =>
      jsm.consumers.info(STREAMS[CONSUMERS[key].stream].name, CONSUMERS[key].durable).catch(() => null),
    ),
  );
  return infos.every((info) => info !== null && info.num_pending === 0 && info.num_ack_pending === 0);
}

/** Fetch time of every page, from the page events the crawler published. */
async function fetchTimes(jsm: JetStreamManager): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for await (const msg of readStream(jsm, STREAMS.pages.name, {})) {
    const event = msg.json<{ data: { finalUrl: string; fetchedAt: string } }>();
    times.set(event.data.finalUrl, Date.parse(event.data.fetchedAt));
  }
  return times;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

async function main(): Promise<void> {
  const [nats, postgres, site] = await Promise.all([
    startNatsServer(),
    startPostgresCluster(),
    startDemoSite({ port: 0, scale: SCALE }),
  ]);
  const nc = await connect({ servers: nats.url });
  const jsm = await jetstreamManager(nc);
  const databaseUrl = postgres.url('hoinghi');
  const sourcesDir = mkdtempSync(join(tmpdir(), 'hoinghi-soak-'));
  const running: ServiceProcess[] = [];
  let stopping = false;
  const cleanUp = async () => {
    stopping = true;
    await Promise.all(running.map((service) => service.stop('SIGTERM')));
    await nc.close();
    await Promise.all([site.close(), nats.dispose(), postgres.dispose()]);
    rmSync(sourcesDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  try {
    const { articles: articleSitemaps, pages: pagesSitemap } = site.manifest.sitemaps;
    const chunks: string[][] = [];
    for (let i = 0; i < articleSitemaps.length; i += SITEMAPS_PER_SOURCE) {
      chunks.push(articleSitemaps.slice(i, i + SITEMAPS_PER_SOURCE));
    }
    chunks[chunks.length - 1].push(pagesSitemap);
    chunks.forEach((sitemaps, i) =>
      writeFileSync(
        join(sourcesDir, `demo-${i + 1}.yaml`),
        [
          `id: demo-${i + 1}`,
          `name: Demo news site, part ${i + 1}`,
          'allowedHosts: ["127.0.0.1"]',
          'allowPrivateAddresses: true',
          'discovery:',
          `  sitemaps: [${sitemaps.map((url) => `"${url}"`).join(', ')}]`,
          'cadence: 1h',
          'rateLimit: { requestsPerSecond: 1000, concurrency: 8 }',
          '',
        ].join('\n'),
      ),
    );
    const sitemapPages = [...(await (await fetch(pagesSitemap)).text()).matchAll(/<loc>/g)].length;
    const expected = site.manifest.articles.filter((a) => !a.disallowed).length + sitemapPages;
    const runtime = [
      ...Object.entries(RUNTIME.env).map(([name, value]) => `${name}=${value}`),
      ...RUNTIME.nodeFlags,
    ].join(' ') || "Node's defaults";
    log(`soak: demo site scale ${SCALE}: ${expected} pages in ${chunks.length} sources`);
    log(`soak: services run with ${runtime}`);

    const shared = { NATS_URL: nats.url, LOG_LEVEL: 'warn' };
    const env: Record<Service, Record<string, string>> = {
      store: { ...shared, DATABASE_URL: databaseUrl, API_PORT: String(await freePort()) },
      parser: { ...shared, PARSER_HTTP_PORT: String(await freePort()) },
      crawler: { ...shared, CRAWLER_SOURCES_DIR: sourcesDir, CRAWLER_HTTP_PORT: String(await freePort()) },
    };
    const printLine = (name: ServiceName, line: string) => log(`[${name}] ${line}`);
    const startedAt = Date.now();
    const processes = new Map<Service, ServiceProcess>();
    for (const name of ['store', 'parser', 'crawler'] as const) {
      const service = spawnService(name, env[name], printLine, RUNTIME);
      processes.set(name, service);
      running.push(service);
      void service.exited.then((code) => {
        if (!stopping) log(`soak: ${name} exited (${code})`);
      });
    }

    // Every second, each service's resident size; the peak is the kernel's high-water mark (VmHWM).
    const samples = new Map<Service, MemorySample[]>(SERVICES.map((name) => [name, []]));
    const peaks = new Map<Service, number>(SERVICES.map((name) => [name, 0]));
    const sampler = setInterval(() => {
      const atSeconds = (Date.now() - startedAt) / 1000;
      for (const [name, service] of processes) {
        void processMemory(service.child.pid!).then((memory) => {
          if (!memory) return;
          samples.get(name)!.push({ atSeconds, rssBytes: memory.rssBytes });
          peaks.set(name, Math.max(peaks.get(name)!, memory.peakRssBytes));
        });
      }
    }, 1_000);

    // The store creates the database at start-up: until then a count fails and reads as 0.
    const count = (sql: string) =>
      query<{ n: number }>(databaseUrl, sql).then(
        (rows) => rows[0].n,
        () => 0,
      );
    let lastReport = 0;
    for (;;) {
      await sleep(1_000);
      if (Date.now() - startedAt > DEADLINE_MS)
        throw new Error(`not done within ${DEADLINE_MS / 60_000} min`);
      const stored = await count('SELECT count(*)::int AS n FROM articles');
      if (Date.now() - lastReport >= 15_000) {
        lastReport = Date.now();
        const rss = SERVICES.map(
          (name) => `${name} ${((samples.get(name)!.at(-1)?.rssBytes ?? 0) / MB).toFixed(0)} MB`,
        );
        log(
          `soak: ${((Date.now() - startedAt) / 1000).toFixed(0)} s: ${stored}/${expected} stored; RSS ${rss.join(', ')}`,
        );
      }
      if (stored < expected || !(await consumersIdle(jsm))) continue;
      if ((await count('SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL')) === 0)
        break;
    }
    const runSeconds = (Date.now() - startedAt) / 1000;
    clearInterval(sampler);

    // A conference page is stored once both its article row and its report are.
    const rows = await query<{ url: string; stored_at: Date }>(
      databaseUrl,
      `SELECT a.url, greatest(a.updated_at, r.created_at) AS stored_at
         FROM articles a LEFT JOIN conference_reports r ON r.article_url = a.url`,
    );
    const reports = await count('SELECT count(*)::int AS n FROM conference_reports');
    const largest = await count('SELECT max(report_count)::int AS n FROM conferences');
    const fetched = await fetchTimes(jsm);
    const latencies: number[] = [];
    let firstFetch = Infinity;
    let lastStored = 0;
    for (const row of rows) {
      const fetchedAt = fetched.get(row.url);
      lastStored = Math.max(lastStored, row.stored_at.getTime());
      if (fetchedAt === undefined) continue;
      firstFetch = Math.min(firstFetch, fetchedAt);
      latencies.push(row.stored_at.getTime() - fetchedAt);
    }
    latencies.sort((a, b) => a - b);
    const seconds = (lastStored - firstFetch) / 1000;
    const figures: Record<string, number> = {
      pages: rows.length,
      conferenceReports: reports,
      largestConferenceReports: largest,
      seconds: round(seconds, 1),
      pagesPerSecond: round(rows.length / seconds, 1),
      latencyP50Ms: Math.round(percentile(latencies, 50)),
      latencyP99Ms: Math.round(percentile(latencies, 99)),
      latencyPages: latencies.length,
    };

    console.log(
      `soak: ${rows.length} pages (${reports} conference reports, the largest conference ${largest} of them) ` +
        `stored in ${figures.seconds} s from the first fetch; services run with ${runtime}`,
    );
    console.log(
      `  throughput      ${figures.pagesPerSecond} pages/s end to end (run ${runSeconds.toFixed(0)} s with start-up)`,
    );
    console.log(
      `  fetch → stored  p50 ${(figures.latencyP50Ms / 1000).toFixed(1)} s, p99 ${(figures.latencyP99Ms / 1000).toFixed(1)} s ` +
        `over ${latencies.length} pages: the crawler outruns the parser and store, so this is mostly time queued in JetStream`,
    );
    console.log(
      `  memory          peak RSS (target ≤ ${MEMORY_TARGET_MB} MB) · growth = mean RSS of the last quarter / ` +
        `second quarter (target ≤ ${GROWTH_TARGET})`,
    );
    for (const name of SERVICES) {
      const peakMb = peaks.get(name)! / MB;
      const growth = memoryGrowth(samples.get(name)!, runSeconds);
      figures[`${name}PeakRssMb`] = round(peakMb, 1);
      figures[`${name}PeakRssRatio`] = round(peakMb / MEMORY_TARGET_MB, 3);
      figures[`${name}RssGrowth`] = round(growth, 3);
      figures[`${name}RssGrowthRatio`] = round(growth / GROWTH_TARGET, 3);
      console.log(
        `  ${name.padEnd(16)}peak ${peakMb.toFixed(0)} MB (ratio ${figures[`${name}PeakRssRatio`]}) · ` +
          `growth ${growth.toFixed(3)} (ratio ${figures[`${name}RssGrowthRatio`]})`,
      );
    }
    console.log(JSON.stringify(figures));
  } finally {
    await cleanUp();
  }
}

await main();
