import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { startNatsServer, type TestNatsServer } from '@hoinghi/test-kit';
import type { HostLimits, HostRateLimiter } from '../fetching/index.js';
import { createSharedRateLimiter, openHostPaceBucket } from './shared-rate-limiter.js';

let nats: TestNatsServer;
const connections: NatsConnection[] = [];

beforeAll(async () => {
  nats = await startNatsServer();
});

afterAll(async () => {
  await Promise.all(connections.map((nc) => nc.close()));
  await nats.dispose();
});

/** A limiter with its own NATS connection, as a separate replica has. */
async function replica(onError?: (error: unknown) => void) {
  const nc = await connect({ servers: nats.url });
  connections.push(nc);
  const kv = await openHostPaceBucket(nc, 1);
  return { nc, kv, limiter: createSharedRateLimiter({ kv, ...(onError ? { onError } : {}) }) };
}

/** Acquires `count` times at once, releasing at once; the wall-clock times the requests could start. */
function grants(
  limiter: HostRateLimiter,
  host: string,
  limits: HostLimits,
  count: number,
): Promise<number[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const release = await limiter.acquire(host, limits);
      release();
      return Date.now();
    }),
  );
}

describe('createSharedRateLimiter', () => {
  it('never lets two replicas start requests to a host closer than the interval', async () => {
    const [a, b] = await Promise.all([replica(), replica()]);
    const limits = { requestsPerSecond: 10, concurrency: 8 };
    const times = (
      await Promise.all([
        grants(a.limiter, 'baochinhphu.vn', limits, 6),
        grants(b.limiter, 'baochinhphu.vn', limits, 6),
      ])
    )
      .flat()
      .sort((x, y) => x - y);
    const gaps = times.slice(1).map((time, i) => time - times[i]!);
    // Timers fire a little late, never early: a gap may shrink by that lateness, not more.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(80);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(11 * 100 * 0.9);
  });

  it('reserves a window of start times per write when the interval is short', async () => {
    const { kv, limiter } = await replica();
    const started = Date.now();
    await grants(limiter, 'dantri.com.vn', { requestsPerSecond: 1000, concurrency: 8 }, 200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    const entry = await kv.get(`host.${Buffer.from('dantri.com.vn').toString('base64url')}`);
    // 200 requests at 1 ms apart span ~200 ms: a handful of 50 ms windows, not 200 writes.
    expect(entry!.revision).toBeLessThan(30);
  });

  it('still bounds concurrency within the replica', async () => {
    const { limiter } = await replica();
    const limits = { requestsPerSecond: 1000, concurrency: 1 };
    const first = await limiter.acquire('vnexpress.net', limits);
    let second = false;
    const waiting = limiter.acquire('vnexpress.net', limits).then((release) => {
      second = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second).toBe(false);
    first();
    (await waiting)();
    expect(second).toBe(true);
  });

  it('paces the replica alone, and says so, when the bucket cannot be reached', async () => {
    const errors: unknown[] = [];
    const { nc, limiter } = await replica((error) => errors.push(error));
    await nc.close();
    const times = await grants(limiter, 'moit.gov.vn', { requestsPerSecond: 20, concurrency: 4 }, 3);
    expect(errors).toHaveLength(1);
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(95);
  });

  it('gives up waiting when the signal aborts', async () => {
    const { limiter } = await replica();
    const limits = { requestsPerSecond: 1, concurrency: 4 };
    (await limiter.acquire('nhandan.vn', limits))();
    const controller = new AbortController();
    const waiting = limiter.acquire('nhandan.vn', limits, controller.signal);
    controller.abort(new Error('shutting down'));
    await expect(waiting).rejects.toThrow('shutting down');
  });
});
