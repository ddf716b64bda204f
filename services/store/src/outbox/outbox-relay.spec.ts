import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { STREAMS, conferenceStoredV1, type ConferenceStoredV1 } from '@hoinghi/contracts';
import { MessagingService } from '@hoinghi/messaging';
import { startNatsServer, type TestDatabase, type TestNatsServer } from '@hoinghi/test-kit';
import { migratedDatabase, seedReport, type SeedReportName } from '../../test/fixtures.js';
import { inTransaction } from '../ingest/in-transaction.js';
import { storeConference } from '../ingest/store-conference.js';
import { OutboxRelay } from './outbox-relay.js';

let nats: TestNatsServer;
let messaging: MessagingService;
let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  [nats, { database, dataSource }] = await Promise.all([startNatsServer(), migratedDatabase()]);
  messaging = await MessagingService.connect({
    service: 'store',
    nats: { servers: [nats.url], replicas: 1 },
    streams: ['stored'],
    consumers: [],
  });
});
afterAll(async () => {
  await messaging?.onApplicationShutdown();
  await nats?.dispose();
  await dataSource?.destroy();
  await database?.drop();
});

async function storedEvents(): Promise<{ id: string; data: ConferenceStoredV1 }[]> {
  const stream = STREAMS.stored.name;
  const { state } = await messaging.jsm.streams.info(stream);
  const events = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
    const message = await messaging.jsm.streams.getMessage(stream, { seq });
    if (message) events.push(conferenceStoredV1.parseEvent(message.json()));
  }
  return events;
}

const unpublished = async () =>
  (
    (await dataSource.query('SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL')) as {
      n: number;
    }[]
  )[0].n;

const store = (name: SeedReportName) =>
  inTransaction(dataSource, (db) => storeConference(db, seedReport(name).conference));

describe('OutboxRelay', () => {
  it('publishes, once, the events a crashed store committed but never relayed', async () => {
    // Committed with their data; the process died before any relay pass.
    for (const name of ['nq18-nam-dinh', 'nq18-phu-tho', 'giao-ban-gia-lai'] as const) await store(name);
    expect(await unpublished()).toBe(3);

    const relay = new OutboxRelay(dataSource, messaging.publisher);
    await relay.drain();
    await relay.drain();
    expect(await unpublished()).toBe(0);
    const events = await storedEvents();
    expect(events.map((e) => e.id)).toEqual(
      (['nq18-nam-dinh', 'nq18-phu-tho', 'giao-ban-gia-lai'] as const).map(
        (n) => `stored:${seedReport(n).conference.id}`,
      ),
    );
    expect(events[1].data).toMatchObject({
      merged: true,
      conferenceId: events[0].data.conferenceId,
      date: '2024-12-01',
    });
  });

  it('lets JetStream drop the second copy when a relay died between publishing and marking', async () => {
    await store('hntw11-hai-phong');
    const relay = new OutboxRelay(dataSource, messaging.publisher);
    await relay.drain();
    const before = (await storedEvents()).length;
    // As if the marking transaction had never committed: every row goes out again.
    await dataSource.query('UPDATE outbox_events SET published_at = NULL');
    await new OutboxRelay(dataSource, messaging.publisher).drain();
    expect(await unpublished()).toBe(0);
    expect(await storedEvents()).toHaveLength(before);
  });

  it('shares the work between relays running at once, each row sent by one of them', async () => {
    await store('to-chuc-2024-phu-tho');
    await store('hntw8-hai-phong');
    const sent: string[] = [];
    const publisher = {
      publish: async (...args: Parameters<typeof messaging.publisher.publish>) => {
        sent.push(args[2].id);
        return messaging.publisher.publish(...args);
      },
    } as typeof messaging.publisher;
    await Promise.all([
      new OutboxRelay(dataSource, publisher).drain(),
      new OutboxRelay(dataSource, publisher).drain(),
    ]);
    expect(sent.sort()).toEqual(
      (['hntw8-hai-phong', 'to-chuc-2024-phu-tho'] as const)
        .map((n) => `stored:${seedReport(n).conference.id}`)
        .sort(),
    );
  });
});
