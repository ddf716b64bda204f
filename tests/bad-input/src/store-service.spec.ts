import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { SUBJECTS, type ConferenceStoredV1 } from '@hoinghi/contracts';
import type { MessagingService } from '@hoinghi/messaging';
import {
  createTestDatabase,
  startNatsServer,
  waitFor,
  type TestDatabase,
  type TestNatsServer,
} from '@hoinghi/test-kit';
import { API_REQUEST_CASES } from './corpus/api-requests.js';
import { CONFERENCE_EVENT_CASES } from './corpus/conference-events.js';
import { rowCounts, rowsForArticle } from './support/database.js';
import { exampleConference } from './support/examples.js';
import {
  connectTestClient,
  deadLetterOf,
  eventOn,
  startService,
  type RunningService,
} from './support/services.js';

/**
 * The store as it runs in production, its own process with a private nats-server and database: bad
 * conference messages straight on its subject end as dead letters without a row written, and hostile API
 * requests get a 4xx naming the problem, with the database unchanged.
 */
let nats: TestNatsServer;
let database: TestDatabase;
let store: RunningService;
let client: MessagingService;

const deadLetterCases = CONFERENCE_EVENT_CASES.filter((c) => 'deadLetter' in c.expect);
const storedCases = CONFERENCE_EVENT_CASES.filter((c) => 'stored' in c.expect);
const sequences = new Map<string, number>();
let before: Record<string, number>;

async function publish(
  payload: Uint8Array,
  subject: string = SUBJECTS.conferenceExtractedV1,
): Promise<number> {
  const ack = await client.js.publish(subject, payload, {
    msgID: `bad-input-${randomUUID()}`,
  });
  return ack.seq;
}

/** A good report through the same subject: stored, and announced on hoinghi.stored.conference.v1. */
async function storeGoodConference(): Promise<ConferenceStoredV1> {
  const event = exampleConference();
  event.id = `good-${randomUUID()}`;
  event.data.articleUrl = `https://tin.example.vn/good/${event.id}.htm`;
  await publish(Buffer.from(JSON.stringify(event)));
  return eventOn<ConferenceStoredV1>(
    client,
    'stored',
    SUBJECTS.conferenceStoredV1,
    (data) => data.extractedEventId === event.id,
  );
}

beforeAll(async () => {
  [nats, database] = await Promise.all([startNatsServer(), createTestDatabase('hoinghi_bad_input')]);
  client = await connectTestClient(nats.url, ['parsed', 'stored', 'deadLetters']);
  store = await startService('store', { NATS_URL: nats.url, DATABASE_URL: database.url });
  await storeGoodConference();
  before = await rowCounts(database.url);
  for (const c of deadLetterCases) sequences.set(c.name, await publish(c.payload, c.subject));
}, 60_000);

afterAll(async () => {
  await store?.stop();
  await client?.onApplicationShutdown();
  await nats?.dispose();
  await database?.drop();
});

describe('bad conference.extracted.v1 messages through the running store', () => {
  it.each(deadLetterCases.map((c) => [c.name, c] as const))(
    '%s: a dead letter, not a row',
    async (_name, c) => {
      if (!('deadLetter' in c.expect)) throw new Error('unreachable');
      const letter = await deadLetterOf(client, 'parsed', sequences.get(c.name)!);
      expect(letter).toMatchObject({ stage: 'store', reason: c.expect.deadLetter, attempts: 1 });
      expect(letter.error).toMatch(c.expect.error);
      // Nothing lost: the dead letter holds the message as it came.
      expect(Buffer.from(letter.original.payload!, 'base64').equals(Buffer.from(c.payload))).toBe(true);
      expect(await rowsForArticle(database.url, c.articleUrl)).toBe(0);
    },
  );

  it('wrote nothing at all for them (no partial write)', async () => {
    for (const c of deadLetterCases) await deadLetterOf(client, 'parsed', sequences.get(c.name)!);
    expect(await rowCounts(database.url)).toEqual(before);
  });

  it.each(storedCases.map((c) => [c.name, c] as const))(
    '%s: stored without the bad value',
    async (_name, c) => {
      if (!('stored' in c.expect)) throw new Error('unreachable');
      await publish(c.payload, c.subject);
      const stored = await eventOn<ConferenceStoredV1>(
        client,
        'stored',
        SUBJECTS.conferenceStoredV1,
        (data) => data.articleUrl === c.articleUrl,
      );
      expect(stored.date).toBe(c.expect.stored.date);
    },
  );

  it('goes on storing good reports, and never stopped', async () => {
    const stored = await storeGoodConference();
    const response = await fetch(`${store.url}/conferences/${stored.conferenceId}`);
    expect(response.status).toBe(200);
    expect(store.child.exitCode).toBeNull();
  });
});

describe('hostile requests to the query API', () => {
  let snapshot: Record<string, number>;
  beforeAll(async () => {
    // Reports stored by the cases above are announced through the outbox; let it settle first.
    snapshot = await waitFor(async () => {
      const first = await rowCounts(database.url);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const second = await rowCounts(database.url);
      return JSON.stringify(first) === JSON.stringify(second) ? second : undefined;
    });
  });

  it.each(API_REQUEST_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const response = await fetch(`${store.url}${c.path}`);
    const text = await response.text();
    expect([c.path.slice(0, 120), response.status, text.slice(0, 300)]).toEqual([
      c.path.slice(0, 120),
      c.status,
      expect.anything(),
    ]);
    if (c.message) expect((JSON.parse(text) as { message: string }).message).toMatch(c.message);
  });

  it('left the database as it was', async () => {
    expect(await rowCounts(database.url)).toEqual(snapshot);
    expect(store.child.exitCode).toBeNull();
  });
});
