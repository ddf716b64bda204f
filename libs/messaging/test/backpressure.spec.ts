import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pageFetchedV1 } from '@hoinghi/contracts';
import { startNatsServer, waitFor, type TestNatsServer } from '@hoinghi/test-kit';
import { JetStreamConsumer, MessagingService } from '../src/index.js';
import { consumerInfo, freshTopology, pageWithUrl, silentLogger, sleep } from './fixtures.js';

let nats: TestNatsServer;
let messaging: MessagingService;

beforeAll(async () => {
  nats = await startNatsServer();
  messaging = await MessagingService.connect({
    service: 'backpressure-test',
    nats: { servers: [nats.url], replicas: 1 },
    streams: ['pages', 'deadLetters'],
    consumers: [],
  });
});
afterAll(async () => {
  await messaging.onApplicationShutdown();
  await nats.dispose();
});

describe('backpressure', () => {
  it('never holds more than max ack pending unacknowledged messages across replicas of a slow stage', async () => {
    const maxAckPending = 4;
    await freshTopology(messaging.jsm, { parser: { maxAckPending } });
    let running = 0;
    let mostRunning = 0;
    const handled: string[] = [];
    // Two replicas that would each take 3 at once: the server's bound of 4 holds them both.
    const replicas = [0, 1].map(
      () =>
        new JetStreamConsumer(messaging.js, 'parser', {
          stage: 'parser',
          concurrency: 3,
          publisher: messaging.publisher,
          logger: silentLogger,
        }),
    );
    for (const replica of replicas) {
      await replica.start(async (event) => {
        running++;
        mostRunning = Math.max(mostRunning, running);
        await sleep(60);
        running--;
        handled.push(event.id);
      });
    }
    const total = 40;
    for (let i = 0; i < total; i++) {
      await messaging.publisher.publish(pageFetchedV1, pageWithUrl(`https://tin.example.vn/bp-${i}.html`), {
        id: `bp-${i}`,
      });
    }
    const samples: { ackPending: number; pending: number }[] = [];
    while (handled.length < total) {
      const info = await consumerInfo(messaging.jsm, 'parser');
      samples.push({ ackPending: info.num_ack_pending, pending: info.num_pending });
      for (const replica of replicas) expect(replica.status().inFlight).toBeLessThanOrEqual(3);
      await sleep(20);
    }
    await Promise.all(replicas.map((replica) => replica.stop()));
    expect(Math.max(...samples.map((s) => s.ackPending))).toBeLessThanOrEqual(maxAckPending);
    // The rest waited in JetStream, not in the consumers' memory.
    expect(samples.some((s) => s.ackPending === maxAckPending && s.pending > 0)).toBe(true);
    expect(mostRunning).toBeLessThanOrEqual(maxAckPending);
    expect(new Set(handled).size).toBe(total);
    await waitFor(async () =>
      (await consumerInfo(messaging.jsm, 'parser')).num_ack_pending === 0 ? true : undefined,
    );
  }, 20_000);
});
