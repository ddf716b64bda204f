import { setTimeout as sleep } from 'node:timers/promises';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { createTokenBucketRateLimiter, type HostLimits, type HostRateLimiter } from '../fetching/index.js';
import { isRevisionConflict } from './crawl-state.js';

export const HOST_PACE_BUCKET = 'hoinghi-crawl-pace';
/** A host's next allowed start is only worth keeping for a while; an idle host's key then expires. */
const PACE_TTL_MS = 60 * 60 * 1000;
/** When the interval is shorter, one write reserves this much time: one KV round trip per window, not per request. */
const DEFAULT_RESERVATION_MS = 50;
/** After a KV failure, pacing stays per replica this long before the bucket is tried again. */
const FALLBACK_MS = 5_000;

export function openHostPaceBucket(nc: NatsConnection, replicas: number): Promise<KV> {
  return new Kvm(nc).create(HOST_PACE_BUCKET, {
    history: 1,
    replicas,
    ttl: PACE_TTL_MS,
    description: 'Per host, the time before which no replica may start a request',
  });
}

export interface SharedRateLimiterOptions {
  kv: KV;
  /** Concurrency (and pacing) within this process; default a token bucket. */
  local?: HostRateLimiter;
  reservationMs?: number;
  now?: () => number;
  /** Told when the bucket cannot be used; pacing then falls back to this replica alone for a few seconds. */
  onError?: (error: unknown) => void;
}

/** This process's view of one host's pace. */
interface HostPace {
  /** Reserved start times still unused: [next, end) in steps of the interval. */
  next: number;
  end: number;
  /** The key's revision and value as last seen; null: read it before writing. */
  revision: number | null;
  stored: number;
  sharedOffUntil: number;
  /** Reservations of one host run one after another within the process. */
  queue: Promise<unknown>;
}

/**
 * A per-host pace that holds across replicas: the key `host.<host>` of a JetStream KV bucket holds the time
 * before which nobody may start a request to the host. A replica reserves start times by moving it forward
 * with compare-and-set (an update that names the revision it read), so two replicas never get start times
 * closer than the interval. With short intervals one write reserves several consecutive start times.
 * Start times are wall-clock milliseconds, so replicas' clocks are assumed in sync (NTP).
 * The in-process limiter still bounds concurrency per host within the replica.
 */
export function createSharedRateLimiter(options: SharedRateLimiterOptions): HostRateLimiter {
  const local = options.local ?? createTokenBucketRateLimiter();
  const reservationMs = options.reservationMs ?? DEFAULT_RESERVATION_MS;
  const now = options.now ?? Date.now;
  const hosts = new Map<string, HostPace>();

  const intervalMs = (limits: HostLimits) =>
    Math.max(1000 / limits.requestsPerSecond, limits.crawlDelayMs ?? 0);

  const takeStart = (pace: HostPace, interval: number): number | null => {
    const start = Math.max(now(), pace.next);
    if (start + interval > pace.end) return null;
    pace.next = start + interval;
    return start;
  };

  const readKey = async (key: string, pace: HostPace) => {
    const entry = await options.kv.get(key);
    const live = entry !== null && entry.operation === 'PUT';
    pace.revision = live ? entry.revision : 0;
    pace.stored = live ? Number(entry.string()) || 0 : 0;
  };

  /** Moves the shared time forward by a block of start times and keeps the block; retries on a conflict. */
  const reserveBlock = async (key: string, pace: HostPace, interval: number): Promise<number> => {
    const count = Math.max(1, Math.floor(reservationMs / interval));
    for (;;) {
      if (pace.revision === null) await readKey(key, pace);
      const start = Math.max(now(), pace.stored);
      const end = start + count * interval;
      try {
        pace.revision =
          pace.revision === 0
            ? await options.kv.create(key, String(end))
            : await options.kv.update(key, String(end), pace.revision!);
      } catch (error) {
        pace.revision = null;
        if (isRevisionConflict(error)) continue;
        throw error;
      }
      pace.stored = end;
      pace.next = start + interval;
      pace.end = end;
      return start;
    }
  };

  const reserve = (host: string, interval: number): Promise<number> => {
    let pace = hosts.get(host);
    if (pace === undefined) {
      pace = { next: 0, end: 0, revision: null, stored: 0, sharedOffUntil: 0, queue: Promise.resolve() };
      hosts.set(host, pace);
    }
    const current = pace;
    const start = current.queue.then(async () => {
      const reserved = takeStart(current, interval);
      if (reserved !== null || now() < current.sharedOffUntil) return reserved ?? now();
      try {
        return await reserveBlock(`host.${Buffer.from(host).toString('base64url')}`, current, interval);
      } catch (error) {
        current.sharedOffUntil = now() + FALLBACK_MS;
        options.onError?.(error);
        return now();
      }
    });
    current.queue = start;
    return start;
  };

  return {
    async acquire(host, limits, signal) {
      const release = await local.acquire(host, limits, signal);
      try {
        const wait = (await reserve(host.toLowerCase(), intervalMs(limits))) - now();
        if (wait > 0) await sleep(Math.ceil(wait), undefined, { signal });
        return release;
      } catch (error) {
        release();
        throw signal?.reason ?? error;
      }
    },
  };
}
