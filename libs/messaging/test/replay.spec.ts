import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { AckPolicy } from '@nats-io/jetstream';
import { STREAMS, SUBJECTS, pageFetchedV1 } from '@hoinghi/contracts';
import { startNatsServer, waitFor, type TestNatsServer } from '@hoinghi/test-kit';
import {
  JetStreamConsumer,
  MessagingService,
  PermanentFailure,
  ReplayRefused,
  listDeadLetters,
  replayRange,
  republishDeadLetters,
  type Delivery,
} from '../src/index.js';
import { consumerInfo, examplePage, freshTopology, pageWithUrl, silentLogger, sleep } from './fixtures.js';

let nats: TestNatsServer;
let messaging: MessagingService;
let consumer: JetStreamConsumer | undefined;

beforeAll(async () => {
  nats = await startNatsServer();
  messaging = await MessagingService.connect({
    service: 'replay-test',
    nats: { servers: [nats.url], replicas: 1 },
    streams: ['pages', 'deadLetters'],
    consumers: [],
  });
});
afterEach(async () => {
  await consumer?.stop();
  consumer = undefined;
});
afterAll(async () => {
  await messaging.onApplicationShutdown();
  await nats.dispose();
});

const publishPage = (id: string) =>
  messaging.publisher.publish(pageFetchedV1, pageWithUrl(`https://tin.example.vn/${id}.html`), { id });

/** Runs a parser consumer recording each delivery; `reject` decides which events its handler refuses. */
async function runParser(reject: (id: string) => Error | null = () => null) {
  const seen: { id: string; delivery: Delivery }[] = [];
  consumer = new JetStreamConsumer(messaging.js, 'parser', {
    stage: 'parser',
    concurrency: 4,
    publisher: messaging.publisher,
    logger: silentLogger,
    redelivery: { baseDelayMs: 20, maxDelayMs: 50 },
  });
  await consumer.start(async (event, delivery) => {
    seen.push({ id: event.id, delivery });
    const error = reject(event.id);
    if (error) throw error;
  });
  return seen;
}

const idle = () =>
  waitFor(
    async () => {
      const info = await consumerInfo(messaging.jsm, 'parser');
      return info.num_ack_pending === 0 && info.num_pending === 0 ? true : undefined;
    },
    { what: 'the parser to be idle' },
  );

describe('replayRange', () => {
  it('re-delivers exactly the sequence range asked for, once, to the named consumer', async () => {
    await freshTopology(messaging.jsm);
    const { sequence: first } = await publishPage('page-1');
    for (let i = 2; i <= 30; i++) await publishPage(`page-${i}`);
    const seen = await runParser();
    await idle();
    expect(seen).toHaveLength(30);
    seen.length = 0;

    const result = await replayRange(messaging.jsm, {
      stream: STREAMS.pages.name,
      consumer: 'parser',
      fromSeq: first + 9,
      toSeq: first + 19,
      id: 'parser-upgrade',
    });
    expect(result).toMatchObject({ matched: 11, published: 11, duplicates: 0, firstSeq: first + 9 });
    await idle();
    await sleep(200);
    expect(seen.map((s) => s.id)).toEqual(Array.from({ length: 11 }, (_, i) => `page-${i + 10}`));
    expect(seen.map((s) => s.delivery.copyOf)).toEqual(
      Array.from({ length: 11 }, (_, i) => ({
        stream: STREAMS.pages.name,
        sequence: first + 9 + i,
        reason: 'replay parser-upgrade',
      })),
    );

    // The same replay again (e.g. after a crash half-way) adds nothing.
    const again = await replayRange(messaging.jsm, {
      stream: STREAMS.pages.name,
      consumer: 'parser',
      fromSeq: first + 9,
      toSeq: first + 19,
      id: 'parser-upgrade',
    });
    expect(again).toMatchObject({ matched: 11, published: 0, duplicates: 11 });
  });

  it('re-delivers exactly a time range', async () => {
    await freshTopology(messaging.jsm);
    await publishPage('early');
    await sleep(300);
    const from = new Date();
    await publishPage('inside-1');
    await publishPage('inside-2');
    const to = new Date();
    await sleep(300);
    await publishPage('late');
    const seen = await runParser();
    await idle();
    seen.length = 0;
    const dryRun = await replayRange(messaging.jsm, {
      stream: STREAMS.pages.name,
      consumer: 'parser',
      fromTime: from,
      toTime: to,
      dryRun: true,
    });
    expect(dryRun).toMatchObject({ matched: 2, published: 0 });
    await replayRange(messaging.jsm, {
      stream: STREAMS.pages.name,
      consumer: 'parser',
      fromTime: from,
      toTime: to,
    });
    await idle();
    await sleep(200);
    expect(seen.map((s) => s.id)).toEqual(['inside-1', 'inside-2']);
  });

  it('refuses an ambiguous range and a replay other consumers would also receive', async () => {
    await freshTopology(messaging.jsm);
    const base = { stream: STREAMS.pages.name, consumer: 'parser' };
    await expect(replayRange(messaging.jsm, { ...base })).rejects.toThrow(ReplayRefused);
    await expect(replayRange(messaging.jsm, { ...base, fromSeq: 5, toSeq: 2 })).rejects.toThrow(
      'empty range',
    );
    await messaging.jsm.consumers.add(STREAMS.pages.name, {
      durable_name: 'archiver',
      filter_subject: 'hoinghi.pages.>',
      ack_policy: AckPolicy.Explicit,
    });
    await expect(replayRange(messaging.jsm, { ...base, fromSeq: 1 })).rejects.toThrow(
      'would also reach archiver',
    );
    await messaging.jsm.consumers.delete(STREAMS.pages.name, 'archiver');
  });
});

describe('dead letters', () => {
  it('lists dead letters by stage and reason, and republishes chosen ones after a fix', async () => {
    await freshTopology(messaging.jsm);
    let fixed = false;
    const seen = await runParser((id) =>
      id.startsWith('bad') && !fixed ? new PermanentFailure('unparseable_page', `cannot parse ${id}`) : null,
    );
    await publishPage('bad-1');
    await publishPage('good-1');
    await publishPage('bad-2');
    await messaging.js.publish(
      SUBJECTS.pageFetchedV1,
      JSON.stringify({ ...examplePage, id: 'broken', data: {} }),
    );
    await idle();

    const all = await listDeadLetters(messaging.jsm);
    expect(all.entries.map((e) => [e.letter.originalEventId, e.letter.reason])).toEqual([
      ['bad-1', 'unparseable_page'],
      ['bad-2', 'unparseable_page'],
      ['broken', 'contract_violation'],
    ]);
    const unparseable = await listDeadLetters(messaging.jsm, { stage: 'parser', reason: 'unparseable_page' });
    expect(unparseable.entries.map((e) => e.letter.originalEventId)).toEqual(['bad-1', 'bad-2']);
    expect(await listDeadLetters(messaging.jsm, { stage: 'store' })).toEqual({ entries: [], unreadable: [] });

    fixed = true;
    seen.length = 0;
    const [bad1, , broken] = all.entries;
    const outcomes = await republishDeadLetters(messaging.jsm, [bad1.sequence, broken.sequence, 999]);
    expect(outcomes.map((o) => o.status)).toEqual(['republished', 'still_invalid', 'not_found']);
    await idle();
    await sleep(200);
    expect(seen.map((s) => [s.id, s.delivery.copyOf?.reason])).toEqual([
      ['bad-1', `dead-letter ${STREAMS.deadLetters.name}:${bad1.sequence}`],
    ]);
    // Republishing the same dead letter twice stores it once.
    const [again] = await republishDeadLetters(messaging.jsm, [bad1.sequence]);
    expect(again.status).toBe('duplicate');
  });

  it('takes a large original from its stream when the dead letter could not carry it', async () => {
    await freshTopology(messaging.jsm);
    await runParser(() => new PermanentFailure('unparseable_page', 'too strange'));
    const big = { ...pageWithUrl('https://tin.example.vn/big.html') };
    big.body = { encoding: 'gzip+base64', data: 'A'.repeat(300_000), size: 300_000 };
    await messaging.publisher.publish(pageFetchedV1, big, { id: 'big-1' });
    await idle();
    const [entry] = (await listDeadLetters(messaging.jsm)).entries;
    expect(entry.letter.original.payload).toBeNull();
    await consumer?.stop();
    const seen = await runParser();
    const [outcome] = await republishDeadLetters(messaging.jsm, [entry.sequence]);
    expect(outcome.status).toBe('republished');
    await waitFor(() => (seen.some((s) => s.id === 'big-1') ? true : undefined), {
      what: 'the republished page',
    });
  });
});
