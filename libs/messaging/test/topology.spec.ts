import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, nanos } from '@nats-io/transport-node';
import { CONSUMERS, STREAMS, pageFetchedV1 } from '@hoinghi/contracts';
import {
  startNatsCluster,
  startNatsServer,
  waitFor,
  type TestNatsCluster,
  type TestNatsServer,
} from '@hoinghi/test-kit';
import { DEAD_LETTER_DELIVERIES, JetStreamConsumer, MessagingService, ensureTopology } from '../src/index.js';
import { pageWithUrl, silentLogger } from './fixtures.js';

describe('ensureTopology on one server', () => {
  let nats: TestNatsServer;
  beforeAll(async () => {
    nats = await startNatsServer();
  });
  afterAll(() => nats.dispose());

  it('declares the limits beside the contracts, idempotently, and applies a changed limit', async () => {
    const nc = await connect({ servers: nats.url });
    try {
      const jsm = await jetstreamManager(nc);
      const wanted = { streams: ['pages' as const], consumers: ['parser' as const], replicas: 1 };
      const first = await ensureTopology(jsm, wanted);
      expect(first.map((c) => `${c.name} ${c.action}`)).toEqual([
        'HOINGHI_PAGES created',
        'HOINGHI_DEADLETTERS created',
        'HOINGHI_PAGES/parser created',
      ]);
      const second = await ensureTopology(jsm, wanted);
      expect(second.every((c) => c.action === 'unchanged')).toBe(true);

      const stream = await jsm.streams.info(STREAMS.pages.name);
      expect(stream.config).toMatchObject({
        max_age: nanos(STREAMS.pages.maxAgeMs),
        max_bytes: STREAMS.pages.maxBytes,
        max_msg_size: STREAMS.pages.maxMsgSize,
        duplicate_window: nanos(STREAMS.pages.duplicateWindowMs),
        num_replicas: 1,
      });
      const consumer = await jsm.consumers.info(STREAMS.pages.name, 'parser');
      expect(consumer.config).toMatchObject({
        ack_wait: nanos(CONSUMERS.parser.ackWaitMs),
        max_ack_pending: CONSUMERS.parser.maxAckPending,
        max_deliver: CONSUMERS.parser.maxDeliver + DEAD_LETTER_DELIVERIES,
      });

      const changed = await ensureTopology(jsm, {
        ...wanted,
        consumerOverrides: { parser: { maxAckPending: 8 } },
      });
      expect(changed.find((c) => c.kind === 'consumer')?.action).toBe('updated');
      expect((await jsm.consumers.info(STREAMS.pages.name, 'parser')).config.max_ack_pending).toBe(8);
    } finally {
      await nc.close();
    }
  });

  it('explains that three replicas need a cluster', async () => {
    const nc = await connect({ servers: nats.url });
    try {
      const jsm = await jetstreamManager(nc);
      await expect(ensureTopology(jsm, { streams: ['stored'], consumers: [], replicas: 3 })).rejects.toThrow(
        /cannot declare stream HOINGHI_STORED with 3 replica\(s\).*needs a NATS cluster/,
      );
    } finally {
      await nc.close();
    }
  });
});

describe('replicas in a three-node cluster', () => {
  let cluster: TestNatsCluster;
  beforeAll(async () => {
    cluster = await startNatsCluster(3);
  }, 40_000);
  afterAll(() => cluster.dispose());

  it('declares streams and consumers with three replicas, and keeps working when a node dies', async () => {
    const messaging = await waitFor(
      // The cluster may still be electing its JetStream leaders.
      () =>
        MessagingService.connect({
          service: 'cluster-test',
          nats: { servers: cluster.urls, replicas: 3 },
          streams: ['pages', 'deadLetters'],
          consumers: ['parser'],
        }).catch(() => undefined),
      { what: 'the topology declared on the cluster', timeoutMs: 20_000 },
    );
    try {
      const stream = await messaging.jsm.streams.info(STREAMS.pages.name);
      expect(stream.config.num_replicas).toBe(3);
      expect(stream.cluster?.replicas).toHaveLength(2);
      const consumerInfo = await messaging.jsm.consumers.info(STREAMS.pages.name, 'parser');
      expect(consumerInfo.config.num_replicas).toBe(3);

      const handled: string[] = [];
      const consumer = new JetStreamConsumer(messaging.js, 'parser', {
        stage: 'parser',
        concurrency: 2,
        publisher: messaging.publisher,
        logger: silentLogger,
      });
      await consumer.start(async (event) => {
        handled.push(event.id);
      });
      await messaging.publisher.publish(pageFetchedV1, pageWithUrl('https://tin.example.vn/r3-1.html'), {
        id: 'r3-1',
      });
      await waitFor(() => (handled.includes('r3-1') ? true : undefined), { what: 'r3-1 handled' });
      // A node that is not the one we are connected to dies: the replicated stream keeps its quorum.
      const connectedTo = messaging.connection.getServer();
      const victim = cluster.urls.findIndex((url) => !url.endsWith(connectedTo.split(':').pop()!));
      await cluster.stopNode(victim);
      await messaging.publisher.publish(pageFetchedV1, pageWithUrl('https://tin.example.vn/r3-2.html'), {
        id: 'r3-2',
      });
      await waitFor(() => (handled.includes('r3-2') ? true : undefined), {
        what: 'r3-2 handled with a node down',
        timeoutMs: 20_000,
      });
      await consumer.stop();
    } finally {
      await messaging.onApplicationShutdown();
    }
  }, 60_000);
});
