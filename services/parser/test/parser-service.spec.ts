import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  STREAMS,
  SUBJECTS,
  articleParsedV1,
  conferenceExtractedV1,
  type CloudEvent,
  type PageFetchedV1,
} from '@hoinghi/contracts';
import { EXTRACTION_VERSION } from '@hoinghi/extraction';
import { MessagingService, readStream } from '@hoinghi/messaging';
import { freePort, startNatsServer, waitFor, type TestNatsServer } from '@hoinghi/test-kit';

/** The parser service is the NestJS edge of the extraction library: a page event in, its parsed events out. */
const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../libs/contracts/examples/page.fetched.v1.json'), 'utf8'),
) as CloudEvent<PageFetchedV1>;

let nats: TestNatsServer;
let parser: ChildProcess;
let client: MessagingService;

beforeAll(async () => {
  nats = await startNatsServer();
  client = await MessagingService.connect({
    service: 'parser-test',
    nats: { servers: [nats.url], replicas: 1 },
    streams: ['pages', 'parsed', 'deadLetters'],
    consumers: [],
  });
  const port = await freePort();
  // The built service, as it runs in production.
  parser = spawn(process.execPath, [join(import.meta.dirname, '../dist/main.js')], {
    env: { PATH: process.env.PATH, NATS_URL: nats.url, PARSER_HTTP_PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  await waitFor(
    async () => ((await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok ? true : undefined),
    {
      timeoutMs: 30_000,
      intervalMs: 100,
      what: 'the parser to answer /health',
    },
  );
}, 60_000);

afterAll(async () => {
  if (parser && parser.exitCode === null) {
    const exited = new Promise((resolve) => parser.once('exit', resolve));
    parser.kill('SIGTERM');
    await exited;
  }
  await client?.onApplicationShutdown();
  await nats?.stop();
});

async function eventsOn(subject: string): Promise<CloudEvent<unknown>[]> {
  const out: CloudEvent<unknown>[] = [];
  for await (const msg of readStream(client.jsm, STREAMS.parsed.name, { filter: subject })) {
    out.push(msg.json() as CloudEvent<unknown>);
  }
  return out;
}

describe('parser service', () => {
  it('publishes the article and the conference of a fetched page, stamped with the rules version', async () => {
    const event = { ...example, id: `test-${randomUUID()}` };
    await client.js.publish(SUBJECTS.pageFetchedV1, JSON.stringify(event), { msgID: event.id });
    const conference = await waitFor(async () => (await eventsOn(SUBJECTS.conferenceExtractedV1))[0], {
      timeoutMs: 20_000,
      intervalMs: 200,
      what: 'a conference.extracted event',
    });
    const article = (await eventsOn(SUBJECTS.articleParsedV1))[0];
    const articleData = articleParsedV1.parseData(article.data);
    const conferenceData = conferenceExtractedV1.parseData(conference.data);
    expect(articleData).toMatchObject({
      isConference: true,
      parserVersion: EXTRACTION_VERSION,
      language: 'vi',
    });
    expect(conferenceData).toMatchObject({
      articleEventId: article.id,
      parserVersion: EXTRACTION_VERSION,
      language: 'vi',
    });
    expect(conferenceData.conference.name.value).toMatch(/^Hội nghị toàn quốc/u);
  }, 40_000);
});
