import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { SUBJECTS } from '@hoinghi/contracts';
import { MessagingService } from '@hoinghi/messaging';
import { REPO_ROOT } from '@hoinghi/stack';
import { startSecuredNats, type SecuredNats } from '@hoinghi/test-kit';
import { startService, type RunningService } from './support/services.js';

/**
 * deploy/nats/users.conf, as the compose files mount it, on a real nats-server: each service's user may
 * publish only its own stage's subjects (and dead letters), and the outside consumer may only read what
 * was stored.
 */
const PASSWORDS = {
  crawler: `crawler-${randomUUID()}`,
  parser: `parser-${randomUUID()}`,
  store: `store-${randomUUID()}`,
  consumer: `consumer-${randomUUID()}`,
};
type User = keyof typeof PASSWORDS;

let nats: SecuredNats;
let sourcesDir: string;
const connections = new Map<User, NatsConnection>();

beforeAll(async () => {
  nats = await startSecuredNats({
    config: 'listen: 127.0.0.1:{port}\njetstream { store_dir: "{dir}/js" }\ninclude users.conf\n',
    env: {
      NATS_CRAWLER_PASSWORD: PASSWORDS.crawler,
      NATS_PARSER_PASSWORD: PASSWORDS.parser,
      NATS_STORE_PASSWORD: PASSWORDS.store,
      NATS_CONSUMER_PASSWORD: PASSWORDS.consumer,
    },
    // `include` is relative to the configuration file: the repository's file, copied beside it.
    files: { 'users.conf': readFileSync(join(REPO_ROOT, 'deploy/nats/users.conf'), 'utf8') },
    probe: { user: 'consumer', pass: PASSWORDS.consumer },
  });
  sourcesDir = mkdtempSync(join(tmpdir(), 'hoinghi-bad-input-sources-'));
}, 30_000);

afterAll(async () => {
  await Promise.all([...connections.values()].map((nc) => nc.close()));
  await nats?.dispose();
  rmSync(sourcesDir, { recursive: true, force: true });
});

async function as(user: User): Promise<NatsConnection> {
  let nc = connections.get(user);
  if (!nc) connections.set(user, (nc = await connect({ servers: nats.url, user, pass: PASSWORDS[user] })));
  return nc;
}

/** Publishes through JetStream: the stream acknowledges, or the server refuses the subject. */
async function publishes(user: User, subject: string): Promise<boolean> {
  try {
    await jetstream(await as(user)).publish(subject, Buffer.from('{}'), { msgID: randomUUID() });
    return true;
  } catch (error) {
    if (/Permissions Violation for Publish/.test((error as Error).message)) return false;
    throw error;
  }
}

/** Subscribes directly: the server closes a subscription it refuses at once. */
async function subscribes(user: User, subject: string): Promise<boolean> {
  const nc = await as(user);
  const subscription = nc.subscribe(subject);
  const refused = subscription.closed.then((error) => error !== undefined && error !== null);
  const verdict = await Promise.race([
    refused,
    nc.flush().then(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 300))),
  ]);
  subscription.unsubscribe();
  return !verdict;
}

describe('deploy/nats/users.conf on a real nats-server', () => {
  const services: RunningService[] = [];
  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
  });

  it('lets parser and crawler run as their own users (they declare the streams)', async () => {
    // The store needs a database; its rights are checked below by subject.
    for (const name of ['parser', 'crawler'] as const) {
      services.push(
        await startService(name, {
          NATS_URL: nats.url,
          NATS_USER: name,
          NATS_PASSWORD: PASSWORDS[name],
          CRAWLER_SOURCES_DIR: sourcesDir,
        }),
      );
    }
    const store = await MessagingService.connect({
      service: 'store',
      nats: { servers: [nats.url], user: 'store', pass: PASSWORDS.store, replicas: 1 },
      streams: ['stored', 'deadLetters'],
      consumers: ['store'],
    });
    await store.onApplicationShutdown();
  });

  it.each([
    ['parser', SUBJECTS.articleParsedV1, true],
    ['parser', SUBJECTS.deadLetterV1, true],
    ['parser', SUBJECTS.conferenceStoredV1, false],
    ['parser', SUBJECTS.pageFetchedV1, false],
    ['crawler', SUBJECTS.pageFetchedV1, true],
    ['crawler', SUBJECTS.articleParsedV1, false],
    ['crawler', SUBJECTS.conferenceExtractedV1, false],
    ['crawler', SUBJECTS.conferenceStoredV1, false],
    ['store', SUBJECTS.conferenceStoredV1, true],
    ['store', SUBJECTS.pageFetchedV1, false],
    ['store', SUBJECTS.conferenceExtractedV1, false],
    ['consumer', SUBJECTS.conferenceStoredV1, false],
    ['consumer', SUBJECTS.deadLetterV1, false],
    ['consumer', SUBJECTS.pageFetchedV1, false],
  ] as const)('%s publishing to %s: %s', async (user, subject, allowed) => {
    expect(await publishes(user, subject)).toBe(allowed);
  });

  it.each([
    ['consumer', 'hoinghi.stored.>', true],
    ['consumer', 'hoinghi.pages.>', false],
    ['consumer', 'hoinghi.parsed.>', false],
    ['store', 'hoinghi.pages.>', false],
    ['parser', 'hoinghi.stored.>', false],
    ['crawler', 'hoinghi.>', false],
  ] as const)('%s subscribing to %s: %s', async (user, subject, allowed) => {
    expect(await subscribes(user, subject)).toBe(allowed);
  });

  it('refuses a user with the password of another', async () => {
    await expect(connect({ servers: nats.url, user: 'parser', pass: PASSWORDS.store })).rejects.toThrow(
      /Authorization Violation/,
    );
  });
});
