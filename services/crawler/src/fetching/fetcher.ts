import { isIP } from 'node:net';
import { setTimeout as sleepFor } from 'node:timers/promises';
import { Agent, request, type Dispatcher } from 'undici';
import { isAllowedHost } from '../urls/allowed-host.js';
import {
  AddressRefusedError,
  createGuardedLookup,
  isBlockedAddress,
  resolveWithDns,
  type ResolveHost,
} from './address-guard.js';
import { DEFAULT_RETRY_POLICY, parseRetryAfterMs, retryDelayMs, type RetryPolicy } from './backoff.js';
import {
  KEPT_HEADERS,
  type FetchFailure,
  type FetchResult,
  type KeptHeaders,
  type RedirectHop,
} from './fetch-result.js';
import type { HostLimits, HostRateLimiter } from './rate-limiter.js';
import { readBody } from './read-body.js';
import type { RobotsCache } from './robots-cache.js';
import { FetchFailedError } from './response-text.js';

export interface FetcherOptions {
  /** DNS resolution; tests inject answers. Default: node:dns lookup, all addresses. */
  resolveHost?: ResolveHost;
  /**
   * Which addresses are refused when a source does not allow private ones (default: private,
   * loopback, link-local, CGNAT, multicast and other special-purpose ranges). Replace it only in
   * tests, or to refuse more.
   */
  isBlockedAddress?: (address: string) => boolean;
  /** Shared by every fetch of this fetcher, keyed by host. Without one, requests are not paced. */
  rateLimiter?: HostRateLimiter;
  retry?: Partial<RetryPolicy>;
  connectTimeoutMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface FetchPageOptions {
  userAgent: string;
  /** Every URL fetched, redirect targets included, must be on one of these (see urls/allowed-host.ts). */
  allowedHosts: readonly string[];
  /** Let the source reach private and loopback addresses (local demo and test sites only). */
  allowPrivateAddresses?: boolean;
  /** Largest decoded body kept (default 5 MiB). */
  maxBodyBytes?: number;
  /** Per attempt: connecting, waiting for headers and reading the body together (default 30 s). */
  timeoutMs?: number;
  /** Validators from the previous fetch, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** When given, each URL (redirect targets included) is checked against robots.txt and its Crawl-delay paces the host. */
  robots?: RobotsCache;
  /** Per-host pace for this source (default 1 request/s, 2 at once). */
  rateLimit?: Pick<HostLimits, 'requestsPerSecond' | 'concurrency'>;
  accept?: string;
  signal?: AbortSignal;
}

export interface Fetcher {
  fetchPage(url: string, options: FetchPageOptions): Promise<FetchResult>;
  /** Closes pooled connections. */
  close(): Promise<void>;
}

export const MAX_REDIRECTS = 10;
const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RATE_LIMIT = { requestsPerSecond: 1, concurrency: 2 };
const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type Attempt =
  | { kind: 'response'; status: number; headers: KeptHeaders; location?: string; body: Uint8Array }
  | { kind: 'failure'; failure: FailureDetail };

/** A failure before the fetcher adds where it happened. */
type FailureDetail = Omit<FetchFailure, 'ok' | 'url' | 'redirects'>;

/**
 * Fetches pages the way a polite, careful crawler must: only allowed hosts, never private
 * addresses (unless the source says so), robots.txt honoured, paced per host, redirects followed
 * one hop at a time so every hop gets the same checks, bodies capped, transient failures retried
 * with backoff. Failures come back as values (`ok: false`); only an aborted `signal` throws.
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const resolveHost = options.resolveHost ?? resolveWithDns;
  const retryPolicy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const sleep =
    options.sleep ??
    // Rethrow the caller's own abort reason, as every other abort path does.
    ((ms: number, signal?: AbortSignal) =>
      sleepFor(ms, undefined, { signal }).catch((error: unknown) => {
        throw signal?.reason ?? error;
      }));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const isBlocked = options.isBlockedAddress ?? isBlockedAddress;
  // Two pools: the address check lives in each pool's DNS lookup, so the policy must be per pool.
  const agent = (checkAddress: ((address: string) => boolean) | null) =>
    new Agent({
      connect: {
        lookup: createGuardedLookup(resolveHost, checkAddress),
        timeout: options.connectTimeoutMs ?? 10_000,
      },
    });
  const guarded = agent(isBlocked);
  const unguarded = agent(null);

  async function fetchPage(requestedUrl: string, page: FetchPageOptions): Promise<FetchResult> {
    const redirects: RedirectHop[] = [];
    const fail = (url: string, failure: FailureDetail): FetchFailure => ({
      ok: false,
      ...failure,
      url,
      redirects,
    });
    let url = requestedUrl;
    for (;;) {
      const refusal = checkTarget(url, page);
      if (refusal !== null) return fail(url, refusal);
      let crawlDelayMs: number | undefined;
      if (page.robots) {
        const verdict = await page.robots.evaluate(url, page.userAgent);
        if (!verdict.allowed) {
          // robots.txt is on the same host: when the host itself is refused, that is the page's failure too.
          const refused = verdict.cause instanceof FetchFailedError ? verdict.cause.failure : undefined;
          if (refused?.kind === 'address_refused' || refused?.kind === 'host_not_allowed') {
            return fail(url, { kind: refused.kind, message: refused.message, retryable: false });
          }
          return fail(url, {
            kind: 'robots_disallowed',
            message: verdict.temporary
              ? `robots.txt is unreachable${refused ? ` (${refused.kind}: ${refused.message})` : ''}, so the site is off limits for now`
              : 'disallowed by robots.txt',
            retryable: verdict.temporary,
          });
        }
        crawlDelayMs = verdict.crawlDelayMs;
      }
      const limits: HostLimits = {
        ...(page.rateLimit ?? DEFAULT_RATE_LIMIT),
        ...(crawlDelayMs === undefined ? {} : { crawlDelayMs }),
      };

      const attempt = await withRetries(url, page, limits);
      if (attempt.kind === 'failure') return fail(url, attempt.failure);
      const { status, headers, body, location } = attempt;

      if (REDIRECT_STATUSES.has(status) && location !== undefined) {
        let target: string;
        try {
          target = new URL(location, url).href;
        } catch {
          return fail(url, {
            kind: 'network',
            message: `redirect to an invalid URL: ${location}`,
            retryable: false,
          });
        }
        redirects.push({ url, status, location: target });
        if (redirects.length > MAX_REDIRECTS) {
          return fail(target, {
            kind: 'too_many_redirects',
            message: `more than ${MAX_REDIRECTS} redirects`,
            retryable: false,
          });
        }
        url = target;
        continue;
      }
      if (status === 304 || (status >= 200 && status < 300)) {
        return {
          ok: true,
          requestedUrl,
          finalUrl: url,
          status,
          headers,
          body,
          redirects,
          fetchedAt: new Date(now()).toISOString(),
          notModified: status === 304,
        };
      }
      return fail(url, httpStatusFailure(status, headers, now()));
    }
  }

  /** Why `url` must not be requested, or null. Runs for the first URL and every redirect target. */
  function checkTarget(url: string, page: FetchPageOptions): FailureDetail | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { kind: 'network', message: `invalid URL: ${url}`, retryable: false };
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return { kind: 'network', message: `unsupported scheme ${parsed.protocol}`, retryable: false };
    }
    if (!isAllowedHost(parsed, page.allowedHosts)) {
      return {
        kind: 'host_not_allowed',
        message: `host ${parsed.hostname} is not in allowedHosts`,
        retryable: false,
      };
    }
    // Sockets skip DNS lookup for IP literals, so the guarded lookup never sees them: check here.
    const literal = parsed.hostname.replace(/^\[|\]$/g, '');
    if (!page.allowPrivateAddresses && isIP(literal) !== 0 && isBlocked(literal)) {
      return {
        kind: 'address_refused',
        message: `${literal} is a private or special-purpose address`,
        retryable: false,
      };
    }
    return null;
  }

  async function withRetries(url: string, page: FetchPageOptions, limits: HostLimits): Promise<Attempt> {
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt++) {
      const release = options.rateLimiter
        ? await options.rateLimiter.acquire(host, limits, page.signal)
        : undefined;
      let result: Attempt;
      try {
        result = await requestOnce(url, page);
      } finally {
        release?.();
      }
      const retryable =
        result.kind === 'failure' ? result.failure.retryable : isRetryableStatus(result.status);
      if (!retryable) return result;
      const retryAfterMs =
        result.kind === 'response' ? parseRetryAfterMs(result.headers['retry-after'], now()) : undefined;
      const delay = retryDelayMs(attempt, retryPolicy, retryAfterMs, random);
      if (delay === null) return result;
      await sleep(delay, page.signal);
    }
  }

  async function requestOnce(url: string, page: FetchPageOptions): Promise<Attempt> {
    const timeoutMs = page.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = page.signal ? AbortSignal.any([page.signal, deadline]) : deadline;
    const headers: Record<string, string> = {
      'user-agent': page.userAgent,
      accept: page.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'vi,en;q=0.8',
    };
    if (page.etag) headers['if-none-match'] = page.etag;
    if (page.lastModified) headers['if-modified-since'] = page.lastModified;

    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        method: 'GET',
        headers,
        dispatcher: page.allowPrivateAddresses ? unguarded : guarded,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
    } catch (error) {
      return { kind: 'failure', failure: classifyError(error, page.signal, deadline, timeoutMs) };
    }

    const kept = keptHeaders(response.headers);
    const location = headerValue(response.headers.location);
    // Only 2xx bodies are kept. Draining a small error or redirect body keeps the connection
    // reusable; a large one is cut off.
    if (response.statusCode < 200 || response.statusCode >= 300) {
      void response.body.dump();
      return {
        kind: 'response',
        status: response.statusCode,
        headers: kept,
        body: new Uint8Array(),
        ...(location ? { location } : {}),
      };
    }
    const maxBodyBytes = page.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const declared = Number(kept['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      // A dump limit below the declared length closes the connection without reading.
      void response.body.dump({ limit: 1 });
      return {
        kind: 'failure',
        failure: tooLarge(`Content-Length ${declared} exceeds ${maxBodyBytes} bytes; not loaded`),
      };
    }
    try {
      const read = await readBody(
        response.body,
        headerValue(response.headers['content-encoding']),
        maxBodyBytes,
      );
      if (!read.ok) {
        return {
          kind: 'failure',
          failure:
            read.reason === 'too_large'
              ? tooLarge(read.message)
              : { kind: 'network', message: read.message, retryable: false },
        };
      }
      return { kind: 'response', status: response.statusCode, headers: kept, body: read.bytes };
    } catch (error) {
      return { kind: 'failure', failure: classifyError(error, page.signal, deadline, timeoutMs) };
    }
  }

  return {
    fetchPage,
    async close() {
      await Promise.all([guarded.close(), unguarded.close()]);
    },
  };
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function httpStatusFailure(status: number, headers: KeptHeaders, nowMs: number): FailureDetail {
  const retryAfterMs = parseRetryAfterMs(headers['retry-after'], nowMs);
  return {
    kind: 'http_status',
    message: REDIRECT_STATUSES.has(status) ? `HTTP ${status} without a Location header` : `HTTP ${status}`,
    retryable: isRetryableStatus(status),
    status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

function tooLarge(message: string): FailureDetail {
  return { kind: 'too_large', message, retryable: false };
}

/** Maps what undici, node:net and our lookup throw to a failure kind; rethrows the caller's own abort. */
function classifyError(
  error: unknown,
  callerSignal: AbortSignal | undefined,
  deadline: AbortSignal,
  timeoutMs: number,
): FailureDetail {
  if (callerSignal?.aborted) throw callerSignal.reason;
  const causes = causeChain(error);
  const refused = causes.find((cause): cause is AddressRefusedError => cause instanceof AddressRefusedError);
  if (refused) return { kind: 'address_refused', message: refused.message, retryable: false };
  const codes = causes.map((cause) => (cause as { code?: unknown }).code);
  if (
    deadline.aborted ||
    codes.some((code) =>
      ['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT'].includes(
        String(code),
      ),
    )
  ) {
    return { kind: 'timeout', message: `no complete response within ${timeoutMs} ms`, retryable: true };
  }
  const message = causes.map((cause) => (cause as Error).message).find((text) => text) ?? String(error);
  // A name that does not exist will not exist a second later either.
  return { kind: 'network', message, retryable: !codes.includes('ENOTFOUND') };
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  const visit = (value: unknown) => {
    if (value === undefined || value === null || chain.includes(value)) return;
    chain.push(value);
    if (value instanceof AggregateError) value.errors.forEach(visit);
    if (value instanceof Error) visit(value.cause);
  };
  visit(error);
  return chain;
}

function keptHeaders(headers: Dispatcher.ResponseData['headers']): KeptHeaders {
  const kept: KeptHeaders = {};
  for (const name of KEPT_HEADERS) {
    const value = headerValue(headers[name]);
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
