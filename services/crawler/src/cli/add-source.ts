import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import path from 'node:path';
import {
  createFetcher,
  createRobotsCache,
  createTokenBucketRateLimiter,
  isBlockedAddress,
  rememberingFetcher,
  resolveWithDns,
  robotsFetchVia,
  type FetchPageOptions,
} from '../fetching/index.js';
import { draftSource, type SourceDraft } from '../source-inference/draft-source.js';
import { exploreSite, type Exploration } from '../source-inference/explore-site.js';
import { describeShape } from '../source-inference/url-templates.js';
import { writeSourceFile } from '../source-inference/write-source-file.js';
import {
  DEFAULT_USER_AGENT,
  SOURCE_DEFAULTS,
  parseSourceText,
  type SourceDefinition,
} from '../sources/index.js';
import { canonicalizeUrl } from '../urls/canonicalize-url.js';
import type { CommandIo } from './sources-command.js';
import { dryRunSource, readFetchedPage, type DryRunResult } from './dry-run-source.js';

export interface AddOptions {
  url: string;
  id?: string;
  outDir: string;
  /** Article pages fetched and parsed by the dry run. */
  sample: number;
  /** Most requests the exploration may make. */
  maxRequests: number;
  /** Requests per second; default 1 for sites on the internet, more for a site on this machine. */
  rate?: number;
  force: boolean;
  maxBodyBytes: number;
  timeoutMs: number;
}

/** A site on this machine or a private network is the user's own: it may be read faster. */
const PRIVATE_SITE_RATE = { requestsPerSecond: 20, concurrency: 4 };
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `sources add URL`: explores the site, writes a commented source file for it, validates the file,
 * dry-runs it on a sample of its articles and reports what it found, what it used and what it could
 * not decide. Resolves to the exit code.
 */
export async function addSource(options: AddOptions, io: CommandIo): Promise<number> {
  const startUrl = canonicalizeUrl(
    /^[a-z][a-z0-9+.-]*:\/\//i.test(options.url) ? options.url : `https://${options.url}`,
  );
  if (startUrl === null) {
    io.err(`"${options.url}" is not an http(s) address`);
    return 1;
  }
  const id = options.id ?? idFromHost(new URL(startUrl));
  if (!ID_PATTERN.test(id) || id.length > 64) {
    io.err(`--id must be a slug of lower-case letters, digits and hyphens (at most 64), not "${id}"`);
    return 1;
  }
  const file = path.join(options.outDir, `${id}.yaml`);
  if (existsSync(file) && !options.force) {
    io.err(`${file} exists; choose another --id, or --force to replace it`);
    return 1;
  }
  const privateSite = await isPrivateSite(new URL(startUrl).hostname);
  const rateLimit = privateSite
    ? { ...PRIVATE_SITE_RATE, ...(options.rate ? { requestsPerSecond: options.rate } : {}) }
    : { ...SOURCE_DEFAULTS.rateLimit, ...(options.rate ? { requestsPerSecond: options.rate } : {}) };
  const page: FetchPageOptions = {
    userAgent: DEFAULT_USER_AGENT,
    // The home page may redirect to its www. twin (or back); the file lists the hosts the site uses.
    allowedHosts: withTwin(new URL(startUrl).hostname),
    allowPrivateAddresses: privateSite,
    maxBodyBytes: options.maxBodyBytes,
    timeoutMs: options.timeoutMs,
    rateLimit,
  };
  const fetcher = rememberingFetcher(createFetcher({ rateLimiter: createTokenBucketRateLimiter() }));
  try {
    io.err(
      `exploring ${startUrl} (at most ${options.maxRequests} requests, ${rateLimit.requestsPerSecond}/s, robots.txt honoured)`,
    );
    const readingSource = sourceForReading(id, page);
    const robots = createRobotsCache({ fetch: robotsFetchVia(fetcher, page) });
    const crawlDelayMs = await robots.crawlDelayMs(startUrl, page.userAgent);
    if (crawlDelayMs !== undefined && crawlDelayMs * rateLimit.requestsPerSecond > 1000) {
      io.err(
        `  robots.txt asks for ${crawlDelayMs / 1000} s between requests: the exploration may take up to ` +
          `${Math.ceil((options.maxRequests * crawlDelayMs) / 60_000)} minutes`,
      );
    }
    let exploration: Exploration;
    try {
      exploration = await exploreSite({
        startUrl,
        fetcher,
        robots,
        page,
        maxRequests: options.maxRequests,
        readPage: (url, result) => {
          const read = readFetchedPage(readingSource, url, result);
          return { isArticle: read.isArticle === true, dated: !!read.publishedAt, title: read.title ?? null };
        },
        progress: (line) => io.err(`  ${line}`),
      });
    } catch (error) {
      io.err(`cannot add ${startUrl}: ${(error as Error).message}`);
      return 1;
    }
    const draft = await draftSource(exploration, {
      id,
      allowPrivateAddresses: privateSite,
      rateLimit,
      userAgent: DEFAULT_USER_AGENT,
    });
    if (draft.chosen.length === 0) {
      report(io, exploration, draft, null, null);
      io.err('no feed, sitemap or listing of this site leads to articles; nothing written');
      return 1;
    }
    const written = writeSourceFile(
      draft,
      `npm run sources -- add ${options.url} (${new Date().toISOString().slice(0, 10)})`,
    );
    await mkdir(options.outDir, { recursive: true });
    await writeFile(file, written.text);
    const parsed = parseSourceText(written.text, file, io.env);
    if (!parsed.ok) {
      io.out(`${file}: written, but it does not validate:`);
      for (const error of parsed.errors) io.err(error.message);
      return 1;
    }
    io.out(`${file}: written and valid`);
    io.err(`dry run of ${id} on ${options.sample} article(s)`);
    const dryRun = await dryRunSource(
      parsed.source,
      { limit: options.sample, maxBodyBytes: options.maxBodyBytes, timeoutMs: options.timeoutMs },
      fetcher,
    );
    report(io, exploration, draft, dryRun, { file, lineOf: written.lineOf });
    const published = dryRun.pages.filter((p) => p.problem === undefined).length;
    io.out(`${fetcher.requests()} request(s) made to the site`);
    return dryRun.discovery.articles.length > 0 && published > 0 ? 0 : 1;
  } finally {
    await fetcher.close();
  }
}

function report(
  io: CommandIo,
  exploration: Exploration,
  draft: SourceDraft,
  dryRun: DryRunResult | null,
  file: { file: string; lineOf: (field: string) => number } | null,
): void {
  const out = io.out;
  out('');
  out('Found');
  const used = new Set(draft.chosen.map((c) => c.channel));
  const status = (channel: SourceDraft['chosen'][number]['channel']) => {
    if (used.has(channel)) return 'used';
    const left = draft.left.find((l) => l.channel === channel);
    return left && left.articles.size === 0
      ? 'not used: no articles'
      : 'not used: adds nothing the used ones miss';
  };
  const channelOf = (predicate: (c: SourceDraft['chosen'][number]['channel']) => boolean) =>
    [...draft.chosen, ...draft.left].filter((c) => predicate(c.channel));
  for (const feed of exploration.feeds) {
    const channel = channelOf((c) => c.kind === 'feed' && c.feed === feed)[0];
    out(
      `  feed      ${feed.url} (${feed.via}): ${feed.error ?? `${feed.items.length} item(s), ${channel?.articles.size ?? 0} article(s)`}` +
        (channel ? `; ${status(channel.channel)}` : ''),
    );
  }
  if (exploration.feeds.length === 0) out('  feed      none (home page, feed links and common paths tried)');
  for (const sitemap of exploration.sitemaps) {
    const channel = channelOf((c) => c.kind === 'sitemap' && c.sitemap === sitemap)[0];
    out(
      `  sitemap   ${sitemap.url} (${sitemap.via}): ` +
        (sitemap.error ??
          `${sitemap.files.length} file(s), ${sitemap.urls.length} URL(s), ${channel?.articles.size ?? 0} article(s)`) +
        (channel ? `; ${status(channel.channel)}` : ''),
    );
  }
  if (exploration.sitemaps.length === 0)
    out('  sitemap   none (robots.txt, home page and common paths tried)');
  const listings = channelOf((c) => c.kind === 'listing');
  const usedListings = listings.filter((l) => used.has(l.channel));
  out(
    `  listings  ${exploration.listings.length} found, ` +
      (usedListings.length === 0
        ? 'none used'
        : `${usedListings.length} used${usedListings.length < listings.length ? ' (the others add nothing)' : ''}:`),
  );
  for (const listing of usedListings) {
    const found = (listing.channel as Extract<typeof listing.channel, { kind: 'listing' }>).listing;
    out(
      `            ${found.url}: ${found.pages.length} page(s)${found.pagination ? ` (${found.pagination.evidence} pager)` : ''}, ${listing.articles.size} article(s)`,
    );
  }
  out('Article URLs');
  for (const pattern of draft.patterns) {
    const shapes = [...new Set(pattern.templates.map((t) => describeShape(t.members[0]!.shape)))];
    out(`  ${shapes.slice(0, 4).join(', ')}${shapes.length > 4 ? ', …' : ''}: ${pattern.articles} seen`);
  }
  const others = exploration.templates
    .filter((t) => t.verdict === 'other' && t.members.length > 1)
    .slice(0, 8);
  if (others.length > 0) {
    out(
      `  left out: ${others.map((t) => `${describeShape(t.members[0]!.shape)} (${t.members.length})`).join(', ')}`,
    );
  }
  out(
    `  ${draft.articlesSeen} article URL(s) seen while exploring; the chosen channels reach ${draft.covered} ` +
      `of the ${draft.reachable} any channel lists`,
  );
  if (dryRun !== null) {
    const { discovery, pages } = dryRun;
    const byChannel = (kind: string) =>
      discovery.articles.filter((a) => a.foundIn.some((f) => f.kind === kind)).length;
    out('Dry run of the written file');
    out(
      `  ${discovery.articles.length} article URL(s): ${byChannel('feed')} in feeds, ${byChannel('sitemap')} in sitemaps, ` +
        `${byChannel('listing')} in listings`,
    );
    const labels = discovery.articles.map((a) => exploration.evidence.facts.get(a.url)?.label);
    const notArticles = discovery.articles.filter((_, i) => labels[i]?.article === false && !labels[i]!.weak);
    const briefs = labels.filter((label) => label?.article === false && label.weak).length;
    if (notArticles.length > 0) {
      out(`  ${notArticles.length} of them read as no article while exploring, e.g. ${notArticles[0]!.url}`);
    }
    if (briefs > 0)
      out(`  ${briefs} of them dated but too short for the parser to take for an article (briefs?)`);
    const read = pages.filter((p) => p.problem === undefined);
    const articles = read.filter((p) => p.isArticle).length;
    const conferences = read.filter((p) => p.conference).length;
    out(
      `  sample of ${pages.length}: ${articles} parsed as articles (${pages.length ? Math.round((100 * articles) / pages.length) : 0}%), ` +
        `${conferences} conference(s), ${pages.length - read.length} with a problem`,
    );
    for (const page of pages) {
      if (page.problem !== undefined) {
        out(`    ${page.url}: ${page.problem}`);
        continue;
      }
      out(`    ${page.publishedAt?.slice(0, 10) ?? 'no date   '}  ${page.title ?? '(no title)'}`);
      if (page.conference)
        out(
          `                conference: ${page.conference.name}${page.conference.date ? ` (${page.conference.date})` : ''}`,
        );
    }
    const undated = read.filter((p) => !p.publishedAt).length;
    const untitled = read.filter((p) => !p.title).length;
    if (undated > 0) {
      draft.undecided.push({
        field: 'selectors',
        message: `${undated} sampled article(s) have no date: set selectors.date`,
      });
    }
    if (untitled > 0) {
      draft.undecided.push({
        field: 'selectors',
        message: `${untitled} sampled article(s) have no title: set selectors.title`,
      });
    }
    if (discovery.errors.length > 0) {
      for (const error of discovery.errors.slice(0, 5))
        out(`  discovery: ${error.kind} ${error.url}: ${error.message}`);
    }
  }
  if (draft.undecided.length > 0) {
    out('Could not decide');
    for (const item of draft.undecided) {
      out(`  ${file ? `${file.file}:${file.lineOf(item.field)} ` : ''}(${item.field}) ${item.message}`);
    }
  }
}

/** The source the exploration's parser readings are made for (its id names the pages' source). */
function sourceForReading(id: string, page: FetchPageOptions): SourceDefinition {
  return {
    id,
    name: id,
    enabled: true,
    allowedHosts: [...page.allowedHosts],
    allowPrivateAddresses: page.allowPrivateAddresses ?? false,
    discovery: { feeds: [], sitemaps: [], listings: [] },
    articleUrls: { include: [], exclude: [] },
    selectors: {},
    cadenceSeconds: 900,
    rateLimit: { ...SOURCE_DEFAULTS.rateLimit },
    userAgent: page.userAgent,
    robots: true,
  };
}

/** "baochinhphu.vn" → "baochinhphu", "moit.gov.vn" → "moit-gov", "127.0.0.1:8080" → "127-0-0-1-8080". */
export function idFromHost(url: URL): string {
  const host = url.hostname.replace(/^www\./, '').replace(/^\[|\]$/g, '');
  const labels = host.split('.');
  const named =
    isIP(host) === 0 && labels.length >= 2 && /^[a-z]+$/.test(labels.at(-1)!) ? labels.slice(0, -1) : labels;
  const id = [...named, ...(url.port ? [url.port] : [])]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id.slice(0, 64).replace(/-+$/, '') || 'site';
}

function withTwin(host: string): string[] {
  if (isIP(host.replace(/^\[|\]$/g, '')) !== 0 || host === 'localhost') return [host];
  return [host, host.startsWith('www.') ? host.slice(4) : `www.${host}`];
}

/** Whether the host is, or resolves to, a loopback or private address. */
async function isPrivateSite(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) !== 0) return isBlockedAddress(host);
  try {
    return (await resolveWithDns(host)).some((answer) => isBlockedAddress(answer.address));
  } catch {
    return false;
  }
}
