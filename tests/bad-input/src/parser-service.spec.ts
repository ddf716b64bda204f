import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { STREAMS, SUBJECTS, articleParsedV1, pageFetchedV1, type ArticleParsedV1 } from '@hoinghi/contracts';
import { MessagingService, PageBodyCodec, PayloadTooLargeError } from '@hoinghi/messaging';
import { startNatsServer, type TestNatsServer } from '@hoinghi/test-kit';
import { PAGE_EVENT_CASES, pageEvent } from './corpus/page-events.js';
import {
  connectTestClient,
  deadLetterOf,
  eventOn,
  startService,
  type RunningService,
} from './support/services.js';

/**
 * The parser as it runs in production, its own process on a private nats-server, fed bad messages
 * straight on its subject: each ends as a dead letter with the right reason (or a parsed article), and
 * the parser goes on reading good pages.
 */
let nats: TestNatsServer;
let parser: RunningService;
let client: MessagingService;
const published = new Map<string, { sequence: number; eventId: string | null; payload: Uint8Array }>();

beforeAll(async () => {
  nats = await startNatsServer();
  client = await connectTestClient(nats.url, ['pages', 'parsed', 'deadLetters']);
  parser = await startService('parser', { NATS_URL: nats.url });
  const claimCheck = new PageBodyCodec(client.connection, { replicas: 1, inlineLimit: 0 });
  // All at once, as a burst of bad traffic would come; each case then looks for its own outcome.
  for (const c of PAGE_EVENT_CASES) {
    const payload = await c.payload({ claimCheck });
    const ack = await client.js.publish(SUBJECTS.pageFetchedV1, payload, {
      msgID: `bad-input-${randomUUID()}`,
    });
    published.set(c.name, { sequence: ack.seq, eventId: peekId(payload), payload });
  }
}, 60_000);

function peekId(payload: Uint8Array): string | null {
  try {
    return (JSON.parse(Buffer.from(payload).toString('utf8')) as { id?: string }).id ?? null;
  } catch {
    return null;
  }
}

afterAll(async () => {
  await parser?.stop();
  await client?.onApplicationShutdown();
  await nats?.dispose();
});

describe('bad page.fetched.v1 messages through the running parser', () => {
  it.each(PAGE_EVENT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { sequence, eventId, payload } = published.get(c.name)!;
    if ('deadLetter' in c.expect) {
      const letter = await deadLetterOf(client, 'pages', sequence);
      expect(letter).toMatchObject({ stage: 'parser', reason: c.expect.deadLetter });
      expect(letter.error).toMatch(c.expect.error);
      expect(letter.attempts).toBe(1);
      // Nothing lost: the dead letter holds the message, or says where in its stream it stays.
      expect(letter.original).toMatchObject({ stream: 'HOINGHI_PAGES', sequence });
      if (payload.byteLength <= 256 * 1024) {
        expect(Buffer.from(letter.original.payload!, 'base64').equals(Buffer.from(payload))).toBe(true);
      }
    } else {
      const parsed = await eventOn<ArticleParsedV1>(
        client,
        'parsed',
        SUBJECTS.articleParsedV1,
        (data) => data.pageEventId === eventId,
      );
      expect(parsed).toMatchObject(c.expect.parsed);
    }
  });

  it('refuses, at publish, an event larger than the stream takes', async () => {
    const event = pageEvent();
    event.data.headers.contentType = `text/html; x=${'a'.repeat(2 * 1024 * 1024)}`;
    await expect(client.publisher.publish(pageFetchedV1, event.data, { id: event.id })).rejects.toThrow(
      PayloadTooLargeError,
    );
    const before = (await client.jsm.streams.info(STREAMS.pages.name)).state.messages;
    // A raw client that skips the check is refused by the server: the stream's max_msg_size is its max_payload.
    await expect(
      client.js.publish(SUBJECTS.pageFetchedV1, new Uint8Array(STREAMS.pages.maxMsgSize + 1)),
    ).rejects.toThrow(/payload|size|exceed/i);
    expect((await client.jsm.streams.info(STREAMS.pages.name)).state.messages).toBe(before);
  });

  it('goes on parsing good pages afterwards, and never stopped', async () => {
    const event = pageEvent();
    await client.js.publish(SUBJECTS.pageFetchedV1, Buffer.from(JSON.stringify(event)), { msgID: event.id });
    const parsed = await eventOn<ArticleParsedV1>(
      client,
      'parsed',
      SUBJECTS.articleParsedV1,
      (data) => data.pageEventId === event.id,
    );
    expect(() => articleParsedV1.parseData(parsed)).not.toThrow();
    expect(parsed).toMatchObject({ isArticle: true, isConference: true });
    expect(parser.child.exitCode).toBeNull();
    expect((await fetch(`${parser.url}/health`)).status).toBe(200);
  });
});
