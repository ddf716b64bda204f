import { describe, expect, it } from '@jest/globals';
import { createTokenBucketRateLimiter } from './rate-limiter.js';

/** Starts `count` acquisitions at once and records when each is granted, relative to the start. */
async function grantTimes(
  count: number,
  run: (index: number) => Promise<() => void>,
  holdMs = 0,
): Promise<number[]> {
  const start = performance.now();
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const release = await run(index);
      const at = performance.now() - start;
      setTimeout(release, holdMs);
      return at;
    }),
  );
}

describe('createTokenBucketRateLimiter', () => {
  it('spaces requests to one host at 1/requestsPerSecond', async () => {
    const limiter = createTokenBucketRateLimiter();
    const times = await grantTimes(3, () =>
      limiter.acquire('baochinhphu.vn', { requestsPerSecond: 10, concurrency: 5 }),
    );
    expect(times[0]).toBeLessThan(20);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(95);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(95);
  });

  it('lets a longer Crawl-delay win over requestsPerSecond', async () => {
    const limiter = createTokenBucketRateLimiter({ burst: 5 });
    const limits = { requestsPerSecond: 50, concurrency: 5, crawlDelayMs: 150 };
    const times = await grantTimes(2, () => limiter.acquire('moit.gov.vn', limits));
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(145);
  });

  it('allows a burst when configured, without a Crawl-delay', async () => {
    const limiter = createTokenBucketRateLimiter({ burst: 3 });
    const times = await grantTimes(3, () =>
      limiter.acquire('a.vn', { requestsPerSecond: 2, concurrency: 3 }),
    );
    expect(Math.max(...times)).toBeLessThan(30);
  });

  it('holds requests beyond the concurrency limit until a slot is released', async () => {
    const limiter = createTokenBucketRateLimiter({ burst: 10 });
    const times = await grantTimes(
      3,
      () => limiter.acquire('a.vn', { requestsPerSecond: 100, concurrency: 2 }),
      120,
    );
    const sorted = [...times].sort((a, b) => a - b);
    expect(sorted[1]).toBeLessThan(30);
    expect(sorted[2]).toBeGreaterThanOrEqual(115);
  });

  it('paces hosts independently', async () => {
    const limiter = createTokenBucketRateLimiter();
    const limits = { requestsPerSecond: 1, concurrency: 1 };
    const times = await grantTimes(2, (index) => limiter.acquire(index === 0 ? 'a.vn' : 'b.vn', limits));
    expect(Math.max(...times)).toBeLessThan(30);
  });

  it('ignores a second release and drops a waiter whose signal aborts', async () => {
    const limiter = createTokenBucketRateLimiter();
    const limits = { requestsPerSecond: 1000, concurrency: 1 };
    const release = await limiter.acquire('a.vn', limits);
    const controller = new AbortController();
    const waiting = limiter.acquire('a.vn', limits, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    release();
    release();
    const next = await limiter.acquire('a.vn', limits);
    const blocked = limiter.acquire('a.vn', limits);
    const raced = await Promise.race([
      blocked.then(() => 'granted'),
      new Promise((r) => setTimeout(() => r('waiting'), 50)),
    ]);
    expect(raced).toBe('waiting');
    next();
    (await blocked)();
  });
});
