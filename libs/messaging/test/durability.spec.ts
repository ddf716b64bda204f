import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Registry } from 'prom-client';
import {
  SUBJECTS,
  deadLetterV1,
  pageFetchedV1,
  type DataOf,
  type MessageDefinition,
} from '@hoinghi/contracts';
import { startNatsServer, waitFor, type TestNatsServer } from '@hoinghi/test-kit';
import {
  EventPublisher,
  JetStreamConsumer,
  MessagingMetrics,
  MessagingService,
  type ConsumerOptions,
  type Delivery,
  type DeliveryHandler,
  type PublishOptions,
} from '../src/index.js';
import { consumerInfo, deadLetters, freshTopology, pageWithUrl, silentLogger, sleep } from './fixtures.js';

/** A publisher whose dead letters fail to publish a given number of times, as when their stream is down. */
class FlakyDeadLetterPublisher extends EventPublisher {
  failuresLeft = 0;
  override publish<D extends MessageDefinition>(definition: D, data: DataOf<D>, options: PublishOptions) {
    if ((definition as MessageDefinition) === deadLetterV1 && this.failuresLeft > 0) {
      this.failuresLeft--;
      return Promise.reject(new Error('dead-letter stream unavailable'));
    }
    return super.publish(definition, data, options);
  }
}

let nats: TestNatsServer;
let messaging: MessagingService;
let publisher: FlakyDeadLetterPublisher;
const running: JetStreamConsumer[] = [];

beforeAll(async () => {
  nats = await startNatsServer();
  messaging = await MessagingService.connect({
    service: 'durability-test',
    nats: { servers: [nats.url], replicas: 1 },
    streams: ['pages', 'deadLetters'],
    consumers: [],
  });
  publisher = new FlakyDeadLetterPublisher(messaging.js, '/hoinghi/durability-test');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
  publisher.failuresLeft = 0;
});
afterAll(async () => {
  await messaging.onApplicationShutdown();
  await nats.dispose();
});

let metrics: MessagingMetrics;
const count = async (name: string, labels: Record<string, string>) => {
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
  const values = (metric?.values ?? []) as { value: number; labels: Record<string, string> }[];
  return values
    .filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))
    .reduce((n, v) => n + v.value, 0);
};

async function consume(handler: DeliveryHandler, options: Partial<ConsumerOptions> = {}) {
  metrics = new MessagingMetrics(new Registry());
  const consumer = new JetStreamConsumer(messaging.js, 'parser', {
    stage: 'parser',
    concurrency: 4,
    publisher,
    logger: silentLogger,
    metrics,
    redelivery: { baseDelayMs: 50, maxDelayMs: 200 },
    ...options,
  });
  await consumer.start(handler);
  running.push(consumer);
  return consumer;
}

const publishPage = (id: string) =>
  messaging.publisher.publish(pageFetchedV1, pageWithUrl(`https://tin.example.vn/${id}.html`), { id });

const settled = () =>
  waitFor(
    async () => {
      const info = await consumerInfo(messaging.jsm, 'parser');
      return info.num_ack_pending === 0 && info.num_pending === 0 ? info : undefined;
    },
    { what: 'the consumer to be settled' },
  );

describe('delivery guarantees', () => {
  it('dead-letters after the last handler delivery even when publishing the dead letter fails at first', async () => {
    await freshTopology(messaging.jsm, { parser: { maxDeliver: 2 } });
    // JetStream allows 2 + 3 deliveries: the 2 handler runs, then 3 more to publish the dead letter; the
    // 4th failure happens on the very last delivery, where the publish is retried in place.
    publisher.failuresLeft = 4;
    const deliveries: number[] = [];
    await consume(async (_event, delivery) => {
      deliveries.push(delivery.deliveryCount);
      throw new Error('database down');
    });
    await publishPage('dl-flaky');
    const [letter] = await waitFor(
      async () => {
        const letters = await deadLetters(messaging.jsm);
        return letters.length > 0 ? letters : undefined;
      },
      { what: 'the dead letter', timeoutMs: 15_000 },
    );
    expect(deliveries).toEqual([1, 2]);
    expect(letter).toMatchObject({ reason: 'max_deliveries', attempts: 2, originalEventId: 'dl-flaky' });
    expect(letter.error).toContain('database down');
    expect(publisher.failuresLeft).toBe(0);
    await settled();
    expect(await deadLetters(messaging.jsm)).toHaveLength(1);
    const subject = SUBJECTS.pageFetchedV1;
    expect(await count('hoinghi_messages_handled_total', { subject, outcome: 'redelivered' })).toBe(1);
    expect(await count('hoinghi_messages_handled_total', { subject, outcome: 'dead_letter_failed' })).toBe(4);
    expect(await count('hoinghi_messages_redelivered_total', { subject })).toBe(4);
    expect(await count('hoinghi_messages_dead_lettered_total', { subject, reason: 'max_deliveries' })).toBe(
      1,
    );
  }, 20_000);

  it('dead-letters a message delivered beyond its handler attempts without running the handler again', async () => {
    await freshTopology(messaging.jsm, { parser: { maxDeliver: 1, ackWaitMs: 500 } });
    await publishPage('lost-process');
    // A process took the message and died without an outcome on its only attempt.
    const raw = await (await messaging.js.consumers.get('HOINGHI_PAGES', 'parser')).next();
    expect(raw?.info.deliveryCount).toBe(1);
    await sleep(700);
    let handled = 0;
    await consume(async () => {
      handled++;
    });
    const [letter] = await waitFor(
      async () => {
        const letters = await deadLetters(messaging.jsm);
        return letters.length > 0 ? letters : undefined;
      },
      { what: 'the dead letter' },
    );
    expect(handled).toBe(0);
    expect(letter).toMatchObject({ reason: 'max_deliveries', attempts: 1, originalEventId: 'lost-process' });
    expect(letter.error).toContain('without an outcome');
    await settled();
  });

  it('abandons a handler that runs past its timeout and counts it as a failed delivery', async () => {
    await freshTopology(messaging.jsm, { parser: { maxDeliver: 2 } });
    const signals: AbortSignal[] = [];
    await consume(
      (_event, delivery) => {
        signals.push(delivery.signal);
        return new Promise(() => undefined);
      },
      { handlerTimeoutMs: 200 },
    );
    await publishPage('hangs');
    const [letter] = await waitFor(
      async () => {
        const letters = await deadLetters(messaging.jsm);
        return letters.length > 0 ? letters : undefined;
      },
      { what: 'the dead letter' },
    );
    expect(letter).toMatchObject({ reason: 'max_deliveries', attempts: 2 });
    expect(letter.error).toContain('did not finish within 200 ms');
    expect(signals.map((s) => s.aborted)).toEqual([true, true]);
    await settled();
  });

  it('keeps a handler that outlasts the ack wait from being redelivered (automatic heartbeat)', async () => {
    await freshTopology(messaging.jsm, { parser: { ackWaitMs: 1_000 } });
    const seen: Delivery[] = [];
    await consume(async (_event, delivery) => {
      seen.push(delivery);
      await sleep(2_600);
    });
    await publishPage('long-1');
    await waitFor(() => (seen.length > 0 ? true : undefined), { what: 'the handler to start' });
    const info = await settled();
    expect(seen.map((d) => d.deliveryCount)).toEqual([1]);
    expect(info.num_redelivered).toBe(0);
  });

  it('reopens its pull subscription when its durable consumer is deleted and declared again', async () => {
    await freshTopology(messaging.jsm);
    const handled: string[] = [];
    const consumer = await consume(async (event) => {
      handled.push(event.id);
    });
    await publishPage('before-delete');
    await waitFor(() => (handled.includes('before-delete') ? true : undefined));
    await messaging.jsm.consumers.delete('HOINGHI_PAGES', 'parser');
    await waitFor(() => (consumer.status().consuming ? undefined : true), { what: 'the deletion noticed' });
    expect(consumer.status().problem).toMatch(/consumer (deleted|not found)/i);
    await messaging.jsm.streams.purge('HOINGHI_PAGES');
    await freshTopology(messaging.jsm);
    await publishPage('after-redeclare');
    await waitFor(() => (handled.includes('after-redeclare') ? true : undefined), {
      what: 'a message handled on the new consumer',
    });
    expect(consumer.status()).toMatchObject({ consuming: true, problem: null });
  });
});
