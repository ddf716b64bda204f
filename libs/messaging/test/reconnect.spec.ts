import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { STREAMS, articleParsedV1, pageFetchedV1 } from '@hoinghi/contracts';
import { startNatsServer, waitFor, type TestNatsServer } from '@hoinghi/test-kit';
import { JetStreamConsumer, MessagingService, messagingHealth } from '../src/index.js';
import { consumerInfo, exampleArticle, freshTopology, pageWithUrl, silentLogger, sleep } from './fixtures.js';

let nats: TestNatsServer;
let messaging: MessagingService;

beforeAll(async () => {
  Logger.overrideLogger(false);
  nats = await startNatsServer();
  messaging = await MessagingService.connect({
    service: 'reconnect-test',
    nats: { servers: [nats.url], replicas: 1 },
    streams: ['pages', 'parsed', 'deadLetters'],
    consumers: ['parser'],
  });
});
afterAll(async () => {
  await messaging.onApplicationShutdown();
  await nats.dispose();
});

describe('a NATS restart', () => {
  it('loses nothing and stores every output once: published before, during and after the restart', async () => {
    // A short ack wait: a message whose ack died with the server comes back within the test.
    await freshTopology(messaging.jsm, { parser: { ackWaitMs: 3_000 } });
    const handled: string[] = [];
    const consumer = new JetStreamConsumer(messaging.js, 'parser', {
      stage: 'parser',
      concurrency: 4,
      publisher: messaging.publisher,
      logger: silentLogger,
    });
    // Like the parser: each page yields an output event whose id derives from the input's.
    await consumer.start(async (event) => {
      await sleep(5);
      await messaging.publisher.publish(articleParsedV1, exampleArticle.data, { id: `parsed:${event.id}` });
      handled.push(event.id);
    });
    const publish = (id: string) =>
      messaging.publisher.publish(pageFetchedV1, pageWithUrl(`https://tin.example.vn/${id}.html`), { id });
    const ids = (phase: string) => Array.from({ length: 20 }, (_, i) => `${phase}-${i}`);

    const expected = [...ids('before'), ...ids('during'), ...ids('after')];
    try {
      messaging.consumers.set('parser', consumer);
      for (const id of ids('before')) await publish(id);
      expect(await messagingHealth(messaging)).toMatchObject({ healthy: true, connection: 'connected' });
      await nats.stop();
      await waitFor(async () =>
        (await messagingHealth(messaging)).connection === 'reconnecting' ? true : undefined,
      );
      expect(await messagingHealth(messaging)).toMatchObject({
        healthy: false,
        message: 'NATS connection reconnecting',
      });
      // Published while the server is down: each publish waits and retries until it is back.
      const during = Promise.all(ids('during').map((id) => publish(id)));
      await sleep(1_500);
      await nats.start();
      await during;
      for (const id of ids('after')) await publish(id);
      await waitFor(
        async () => {
          const info = await consumerInfo(messaging.jsm, 'parser');
          return info.num_ack_pending === 0 && info.num_pending === 0 ? true : undefined;
        },
        { what: 'every message acknowledged', timeoutMs: 30_000 },
      );
      expect(await messagingHealth(messaging)).toMatchObject({
        healthy: true,
        consumers: { parser: { pending: 0, ackPending: 0, consuming: true, inFlight: 0, problem: null } },
      });
    } finally {
      await consumer.stop();
      messaging.consumers.delete('parser');
    }
    expect([...new Set(handled)].sort()).toEqual([...expected].sort());
    const pages = await messaging.jsm.streams.info(STREAMS.pages.name);
    const parsed = await messaging.jsm.streams.info(STREAMS.parsed.name);
    expect(pages.state.messages).toBe(expected.length);
    // A message handled again after the restart (its ack lost with the server) publishes the same output
    // id, which JetStream deduplicates: every output is stored exactly once.
    expect(parsed.state.messages).toBe(expected.length);
    expect(messaging.connectionState).toBe('connected');
  }, 60_000);
});
