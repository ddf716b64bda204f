import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  STREAMS,
  SUBJECTS,
  deadLetterV1,
  pageFetchedV1,
  type CloudEvent,
  type DeadLetterV1,
  type PageFetchedV1,
} from '@hoinghi/contracts';
import { startNatsServer, waitFor, type TestNatsServer } from '@hoinghi/test-kit';
import {
  JetStreamContext,
  JetStreamServer,
  MessagingModule,
  MessagingService,
  PayloadTooLargeError,
} from './index.js';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../contracts/examples/page.fetched.v1.json'), 'utf8'),
) as CloudEvent<PageFetchedV1>;

const pageWithUrl = (url: string): PageFetchedV1 => ({ ...example.data, url, finalUrl: url });

let nats: TestNatsServer;
beforeAll(async () => {
  nats = await startNatsServer();
});
afterAll(async () => {
  await nats.dispose();
});

const connect = (service: string) =>
  MessagingService.connect({
    service,
    nats: { servers: [nats.url], replicas: 1 },
    streams: ['pages', 'deadLetters'],
    consumers: ['parser'],
  });

async function deadLetters(messaging: MessagingService): Promise<DeadLetterV1[]> {
  const stream = STREAMS.deadLetters.name;
  const info = await messaging.jsm.streams.info(stream);
  const letters: DeadLetterV1[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const msg = await messaging.jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (msg) letters.push(deadLetterV1.parseEvent(msg.json()).data);
  }
  return letters;
}

describe('publisher', () => {
  let messaging: MessagingService;
  beforeAll(async () => {
    messaging = await connect('publisher-test');
  });
  afterAll(() => messaging.onApplicationShutdown());

  it('stores a message published twice with the same event id once', async () => {
    const page = pageWithUrl('https://tin.example.vn/dedupe.html');
    const first = await messaging.publisher.publish(pageFetchedV1, page, { id: 'dedupe-1' });
    const second = await messaging.publisher.publish(pageFetchedV1, page, { id: 'dedupe-1' });
    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ ...first, duplicate: true });
  });

  it('refuses to publish data that violates the contract, naming the field', async () => {
    const bad = { ...pageWithUrl('https://tin.example.vn/x'), status: 'ok' } as unknown as PageFetchedV1;
    await expect(messaging.publisher.publish(pageFetchedV1, bad, { id: 'bad-1' })).rejects.toThrow(
      '/status must be integer',
    );
  });

  it('refuses an event larger than its stream accepts, saying how large and what to do', async () => {
    const page = pageWithUrl('https://tin.example.vn/huge.html');
    page.body = { encoding: 'gzip+base64', data: 'A'.repeat(STREAMS.pages.maxMsgSize), size: 1 };
    const publishing = messaging.publisher.publish(pageFetchedV1, page, { id: 'huge-1' });
    await expect(publishing).rejects.toThrow(PayloadTooLargeError);
    await expect(publishing).rejects.toThrow(/is \d+ bytes, over the \d+-byte limit .* claim check/);
  });

  it('round-trips a large body through the object store (claim check)', async () => {
    const big = Buffer.from('<p>Hội nghị toàn quốc</p>'.repeat(200_000));
    const random = Buffer.from(Array.from({ length: 700_000 }, () => Math.floor(Math.random() * 256)));
    const body = await messaging.bodies.encode(Buffer.concat([big, random]), 'sha256-test-big');
    expect('objectStore' in body).toBe(true);
    expect(Buffer.from(await messaging.bodies.decode(body)).equals(Buffer.concat([big, random]))).toBe(true);
    const small = await messaging.bodies.encode(Buffer.from('<p>nhỏ</p>'), 'sha256-test-small');
    expect('data' in small).toBe(true);
  });
});

describe('JetStream transport for NestJS handlers', () => {
  const received: string[] = [];
  let failuresLeft = 0;
  let app: Awaited<ReturnType<typeof NestFactory.create>>;
  let messaging: MessagingService;

  @Controller()
  class PagesController {
    @EventPattern<string>(SUBJECTS.pageFetchedV1)
    async handle(@Payload() page: PageFetchedV1, @Ctx() context: JetStreamContext) {
      context.working();
      if (page.url.includes('poison-handler')) throw new Error('cannot handle this page');
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('handler crashed');
      }
      received.push(`${page.url}#${context.getDelivery().deliveryCount}`);
    }
  }

  beforeAll(async () => {
    @Module({
      imports: [
        MessagingModule.forRootAsync({
          useFactory: () => ({
            service: 'parser',
            nats: { servers: [nats.url], replicas: 1 },
            streams: ['pages', 'deadLetters'],
            consumers: ['parser'],
          }),
        }),
      ],
      controllers: [PagesController],
    })
    class TestModule {}
    Logger.overrideLogger(false);
    app = await NestFactory.create(TestModule, { logger: false });
    messaging = app.get(MessagingService);
    app.connectMicroservice(
      {
        strategy: new JetStreamServer(messaging, {
          consumers: ['parser'],
          concurrency: 4,
          redelivery: { baseDelayMs: 50, maxDelayMs: 200 },
        }),
      },
      { inheritAppConfig: true },
    );
    await app.startAllMicroservices();
    await app.init();
  });
  afterAll(() => app.close());
  afterEach(() => {
    received.length = 0;
  });

  it('acknowledges after the handler finished', async () => {
    await messaging.publisher.publish(pageFetchedV1, pageWithUrl('https://tin.example.vn/ok.html'), {
      id: 'ok-1',
    });
    await waitFor(() => received.find((r) => r.includes('/ok.html')), { what: 'delivery' });
    expect(received).toContain('https://tin.example.vn/ok.html#1');
  });

  it('redelivers a message whose handler crashed, until it is handled', async () => {
    failuresLeft = 2;
    await messaging.publisher.publish(pageFetchedV1, pageWithUrl('https://tin.example.vn/crash.html'), {
      id: 'crash-1',
    });
    await waitFor(() => received.find((r) => r.includes('/crash.html')), { what: 'redelivery' });
    expect(received).toContain('https://tin.example.vn/crash.html#3');
  });

  it('dead-letters a message after its last delivery', async () => {
    await messaging.publisher.publish(
      pageFetchedV1,
      pageWithUrl('https://tin.example.vn/poison-handler.html'),
      {
        id: 'poison-1',
      },
    );
    const letter = await waitFor(
      async () => (await deadLetters(messaging)).find((l) => l.originalEventId === 'poison-1'),
      { what: 'dead letter' },
    );
    expect(letter).toMatchObject({ reason: 'max_deliveries', attempts: 5, stage: 'parser' });
    expect(letter.error).toContain('cannot handle this page');
    // Terminated, not left to time out and come back.
    await waitFor(
      async () =>
        (await messaging.jsm.consumers.info(STREAMS.pages.name, 'parser')).num_ack_pending === 0
          ? true
          : undefined,
      { what: 'the dead-lettered message terminated' },
    );
  });

  it('sends a message that violates its contract straight to the dead letters', async () => {
    await messaging.js.publish(
      SUBJECTS.pageFetchedV1,
      JSON.stringify({ ...example, id: 'raw-1', data: { url: 1 } }),
    );
    await messaging.js.publish(SUBJECTS.pageFetchedV1, 'not json at all');
    const letters = await waitFor(
      async () => {
        const found = (await deadLetters(messaging)).filter((l) => l.reason === 'contract_violation');
        return found.length === 2 ? found : undefined;
      },
      { what: 'two dead letters' },
    );
    expect(letters.map((l) => l.attempts)).toEqual([1, 1]);
    expect(letters[0].error).toContain('/data/url must be string');
    expect(letters[1].error).toContain('not a JSON CloudEvent');
    expect(Buffer.from(letters[1].original.payload!, 'base64').toString()).toBe('not json at all');
  });
});
