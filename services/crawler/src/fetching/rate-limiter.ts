export interface HostLimits {
  requestsPerSecond: number;
  /** Requests to the host in flight at once. */
  concurrency: number;
  /** robots.txt Crawl-delay; when longer than 1/requestsPerSecond it sets the pace. */
  crawlDelayMs?: number;
}

/** Call once when the request (body included) is finished. */
export type ReleaseHost = () => void;

/**
 * Paces requests per host. `acquire` resolves when a request may start and returns the release
 * for its concurrency slot (a slot needs a matching release, which a bare `Promise<void>` cannot
 * express). The in-process implementation below serves one replica; a cross-replica one
 * (e.g. over a NATS key-value bucket) can sit behind the same interface.
 */
export interface HostRateLimiter {
  acquire(host: string, limits: HostLimits, signal?: AbortSignal): Promise<ReleaseHost>;
}

interface Waiter {
  resolve: (release: ReleaseHost) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface HostState {
  limits: HostLimits;
  tokens: number;
  refilledAt: number;
  active: number;
  queue: Waiter[];
  timer?: NodeJS.Timeout;
}

export interface TokenBucketOptions {
  /** Requests that may start back to back after a quiet spell (default 1: evenly spaced). */
  burst?: number;
  now?: () => number;
}

/**
 * A token bucket per host: tokens refill at one per interval, where the interval is the larger of
 * 1/requestsPerSecond and the Crawl-delay; a request takes a token and a concurrency slot.
 * Waiters are served in arrival order. With a Crawl-delay the bucket holds one token, since the
 * site asked for that gap between every two requests.
 */
export function createTokenBucketRateLimiter(options: TokenBucketOptions = {}): HostRateLimiter {
  const burst = Math.max(1, options.burst ?? 1);
  const now = options.now ?? Date.now;
  // One entry per host ever seen; hosts come from configured sources, so the map stays small.
  const hosts = new Map<string, HostState>();

  const intervalMs = (limits: HostLimits) =>
    Math.max(1000 / limits.requestsPerSecond, limits.crawlDelayMs ?? 0);
  const capacity = (limits: HostLimits) => ((limits.crawlDelayMs ?? 0) > 0 ? 1 : burst);

  const pump = (state: HostState) => {
    while (state.queue.length > 0 && state.active < state.limits.concurrency) {
      const interval = intervalMs(state.limits);
      const time = now();
      state.tokens = Math.min(capacity(state.limits), state.tokens + (time - state.refilledAt) / interval);
      state.refilledAt = time;
      if (state.tokens < 1) {
        if (state.timer === undefined) {
          state.timer = setTimeout(
            () => {
              state.timer = undefined;
              pump(state);
            },
            Math.ceil((1 - state.tokens) * interval),
          );
        }
        return;
      }
      state.tokens -= 1;
      state.active += 1;
      const waiter = state.queue.shift()!;
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      let released = false;
      waiter.resolve(() => {
        if (released) return;
        released = true;
        state.active -= 1;
        pump(state);
      });
    }
  };

  return {
    acquire(host, limits, signal) {
      signal?.throwIfAborted();
      const key = host.toLowerCase();
      let state = hosts.get(key);
      if (state === undefined) {
        state = { limits, tokens: capacity(limits), refilledAt: now(), active: 0, queue: [] };
        hosts.set(key, state);
      }
      state.limits = limits;
      const current = state;
      return new Promise<ReleaseHost>((resolve, reject) => {
        const waiter: Waiter = { resolve, ...(signal ? { signal } : {}) };
        if (signal) {
          waiter.onAbort = () => {
            current.queue = current.queue.filter((queued) => queued !== waiter);
            reject(signal.reason);
          };
          signal.addEventListener('abort', waiter.onAbort, { once: true });
        }
        current.queue.push(waiter);
        pump(current);
      });
    },
  };
}
