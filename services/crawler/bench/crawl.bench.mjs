#!/usr/bin/env node
// Crawl benchmark: our crawler against Crawlee's CheerioCrawler on the demo news site, scaled up.
//
//   npx nx bench crawler       (or: cd services/crawler && npx tsc -p tsconfig.build.json && npx node bench/crawl.bench.mjs)
//
// Both start from the demo site's sitemap index and crawl every article page it lists, with the same
// number of requests in flight and no request-rate limit, honouring robots.txt. Ours does its whole round:
// discovery, a claim and a page record per URL in JetStream KV, conditional-GET bookkeeping, the host pace
// shared across replicas (KV), and every page published to JetStream on a private nats-server. Crawlee keeps
// its request queue in memory (no storage persistence) and parses each page with Cheerio.
// Each crawler runs in its own child process against its own fresh demo-site process, one after the other,
// `RUNS` times, alternating; pages per second come from the median run. The last line printed is one JSON
// object with the figures.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const SCALE = 25;
const CONCURRENCY = 8;
const RUNS = 3;
const ARTICLE_PATTERN = '^https?://[^/]+/[a-z-]+/[a-z0-9-]+-\\d+\\.html$';

/** A demo-site process on a free port; resolves once it serves. */
function startSite() {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'tools/demo-site/dist/cli.js'), '--port', '0', '--scale', String(SCALE)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`demo site exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = line.match(/^demo site: (\S+) \((\d+) articles/);
      if (match) resolve({ url: match[1], articles: Number(match[2]), stop: () => child.kill('SIGTERM') });
    });
  });
}

/** Runs one crawler in a child process (this file with --worker) and returns its JSON result. */
function runWorker(name, siteUrl, natsUrl) {
  const result = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--worker', name, siteUrl, natsUrl],
    {
      cwd: here,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 120_000,
    },
  );
  if (result.status !== 0) throw new Error(`${name} worker failed (${result.status ?? result.signal})`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

async function main() {
  const { startNatsServer } = await import('@hoinghi/test-kit');
  const nats = await startNatsServer();
  const runs = { ours: [], crawlee: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? ['ours', 'crawlee'] : ['crawlee', 'ours'];
      for (const name of order) {
        const site = await startSite();
        try {
          const figures = runWorker(name, site.url, nats.url);
          runs[name].push({ ...figures, articles: site.articles });
          console.log(
            `${name.padEnd(7)} run ${run + 1}: ${figures.pages} pages in ${figures.seconds.toFixed(2)} s, ` +
              `${figures.pagesPerSecond.toFixed(0)} pages/s` +
              (figures.published === undefined ? '' : `, ${figures.published} published to JetStream`),
          );
        } finally {
          site.stop();
        }
      }
    }
  } finally {
    await nats.dispose();
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ours = median(runs.ours.map((r) => r.pagesPerSecond));
  const crawlee = median(runs.crawlee.map((r) => r.pagesPerSecond));
  console.log(
    `median pages/s: ours ${ours.toFixed(0)}, crawlee ${crawlee.toFixed(0)}, ratio ours/crawlee ${(ours / crawlee).toFixed(2)}`,
  );
  console.log(
    JSON.stringify({
      scale: SCALE,
      articles: runs.ours[0].articles,
      concurrency: CONCURRENCY,
      runs: RUNS,
      oursPages: runs.ours[0].pages,
      oursPublished: runs.ours[0].published,
      crawleePages: runs.crawlee[0].pages,
      oursPagesPerSecond: Math.round(ours),
      crawleePagesPerSecond: Math.round(crawlee),
      oursPeakRssMb: Math.round(median(runs.ours.map((r) => r.peakRssMb))),
      crawleePeakRssMb: Math.round(median(runs.crawlee.map((r) => r.peakRssMb))),
      pagesPerSecondRatio: Number((ours / crawlee).toFixed(3)),
    }),
  );
}

/** Our crawler: one full round of a sitemap-only source, publishing to JetStream. */
async function ours(siteUrl, natsUrl) {
  const dist = (file) => path.join(here, '../dist', file);
  const { MessagingService } = await import('@hoinghi/messaging');
  const { stringify } = await import('yaml');
  const { parseSourceText } = await import(dist('sources/index.js'));
  const { CrawlState } = await import(dist('crawl-state/crawl-state.js'));
  const { createSharedRateLimiter, openHostPaceBucket } = await import(
    dist('crawl-state/shared-rate-limiter.js')
  );
  const { crawlSource, pageOptions } = await import(dist('crawl/crawl-source.js'));
  const { createFetcher, createRobotsCache, robotsFetchVia } = await import(dist('fetching/index.js'));

  const parsed = parseSourceText(
    stringify({
      id: 'bench',
      name: 'Demo site, scaled',
      allowedHosts: [new URL(siteUrl).hostname],
      allowPrivateAddresses: true,
      discovery: { sitemaps: [`${siteUrl}/sitemap.xml`] },
      articleUrls: { include: [ARTICLE_PATTERN] },
      cadence: '1h',
      rateLimit: { concurrency: CONCURRENCY },
    }),
    'bench.yaml',
  );
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  // Crawlee runs without a rate limit; the schema caps a source at 1000 requests/s, so this one is set here.
  const source = {
    ...parsed.source,
    rateLimit: { ...parsed.source.rateLimit, requestsPerSecond: 1_000_000 },
  };

  const messaging = await MessagingService.connect({
    service: 'crawler-bench',
    nats: { servers: [natsUrl], replicas: 1 },
    streams: ['pages', 'deadLetters'],
    consumers: [],
  });
  const [state, paceBucket] = await Promise.all([
    CrawlState.open(messaging.connection, 1),
    openHostPaceBucket(messaging.connection, 1),
  ]);
  const fetcher = createFetcher({ rateLimiter: createSharedRateLimiter({ kv: paceBucket }) });
  const deps = {
    fetcher,
    state,
    publisher: messaging.publisher,
    bodies: messaging.bodies,
    owner: `bench:${process.pid}`,
    maxBodyBytes: 10 * 1024 * 1024,
    timeoutMs: 20_000,
  };
  const robots = createRobotsCache({ fetch: robotsFetchVia(fetcher, pageOptions(source, deps)) });
  const before = (await messaging.jsm.streams.info('HOINGHI_PAGES')).state.messages;
  const started = performance.now();
  // A new round each run: the claims of earlier runs (same NATS) are for other rounds.
  const report = await crawlSource(source, Date.now(), robots, deps);
  const seconds = (performance.now() - started) / 1000;
  const published = (await messaging.jsm.streams.info('HOINGHI_PAGES')).state.messages - before;
  await fetcher.close();
  await messaging.onApplicationShutdown();
  if (report.failed > 0 || report.discoveryErrors.length > 0) throw new Error(JSON.stringify(report));
  return { pages: report.fetched, published, seconds, pagesPerSecond: report.fetched / seconds };
}

/** Crawlee: the sitemap's URLs through a CheerioCrawler with the same concurrency, storage in memory only. */
async function crawlee(siteUrl) {
  const { CheerioCrawler, Configuration, log } = await import('@crawlee/cheerio');
  const { Sitemap } = await import('@crawlee/utils');
  log.setLevel(log.LEVELS.ERROR);
  const pattern = new RegExp(ARTICLE_PATTERN);
  let pages = 0;
  const crawler = new CheerioCrawler(
    {
      minConcurrency: CONCURRENCY,
      maxConcurrency: CONCURRENCY,
      maxRequestsPerMinute: Infinity,
      respectRobotsTxtFile: true,
      async requestHandler({ $ }) {
        if ($('title').length > 0) pages++;
      },
    },
    new Configuration({ persistStorage: false, purgeOnStart: true }),
  );
  const started = performance.now();
  const { urls } = await Sitemap.load(`${siteUrl}/sitemap.xml`);
  // The news sitemap repeats the newest articles; Crawlee's queue would drop the repeats, this saves it the work.
  const stats = await crawler.run([...new Set(urls.filter((url) => pattern.test(url)))]);
  const seconds = (performance.now() - started) / 1000;
  if (stats.requestsFailed > 0) throw new Error(`crawlee: ${stats.requestsFailed} requests failed`);
  return { pages, seconds, pagesPerSecond: pages / seconds };
}

const workerAt = process.argv.indexOf('--worker');
if (workerAt === -1) {
  await main();
} else {
  const [name, siteUrl, natsUrl] = process.argv.slice(workerAt + 1);
  const figures = name === 'ours' ? await ours(siteUrl, natsUrl) : await crawlee(siteUrl);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...figures, peakRssMb })}\n`);
  // Crawlee leaves timers behind; the figures are out.
  process.exit(0);
}
