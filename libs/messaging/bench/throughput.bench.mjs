// Publish + consume + ack of 20 KB events through the library, against the raw JetStream client doing the
// same on the same private nats-server, in the same run. The last line is one JSON object of the figures.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { AckPolicy, DiscardPolicy, StorageType, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, nanos } from '@nats-io/transport-node';
import { Registry } from 'prom-client';
import { CONSUMERS, STREAMS, pageFetchedV1 } from '@hoinghi/contracts';
import { startNatsServer } from '@hoinghi/test-kit';
import { JetStreamConsumer, MessagingService } from '../dist/index.js';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 6_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WINDOW = 64; // publishes awaited at once, and messages handled at once
const quietLogger = { log() {}, warn() {}, error() {} };

const page = (i) => ({
  url: `https://tin.example.vn/bench-${i}.html`,
  finalUrl: `https://tin.example.vn/bench-${i}.html`,
  sourceId: 'tin-example',
  fetchedAt: new Date().toISOString(),
  status: 200,
  headers: { contentType: 'text/html; charset=utf-8' },
  charset: 'utf-8',
  contentHash: `sha256:${'a'.repeat(64)}`,
  redirects: [],
  // ~20 KB event: a compressed page body carried inline, as the crawler sends small pages.
  body: { encoding: 'gzip+base64', data: randomBytes(14_600).toString('base64'), size: 60_000 },
});

async function publishAll(publishOne) {
  const pending = new Set();
  for (let i = 0; i < MESSAGES; i++) {
    const p = publishOne(i).finally(() => pending.delete(p));
    pending.add(p);
    if (pending.size >= WINDOW) await Promise.race(pending);
  }
  await Promise.all(pending);
}

function countdown(total) {
  let left = total;
  let release;
  const done = new Promise((resolve) => (release = resolve));
  return { tick: () => --left === 0 && release(), done };
}

async function rawRound(nc, jsm, round) {
  const js = jetstream(nc);
  await jsm.streams.purge('BENCH_RAW');
  const pages = Array.from({ length: MESSAGES }, (_, i) => page(i));
  const encoder = new TextEncoder();
  let bytes = 0;
  const consumer = await js.consumers.get('BENCH_RAW', 'raw');
  const all = countdown(MESSAGES);
  const started = performance.now();
  const messages = await consumer.consume({ max_messages: WINDOW });
  const loop = (async () => {
    for await (const msg of messages) {
      msg.json();
      msg.ack();
      all.tick();
    }
  })();
  // Like the library, an event is serialised when it is published and parsed when it is received.
  await publishAll((i) => {
    const payload = encoder.encode(JSON.stringify({ id: `raw-${round}-${i}`, data: pages[i] }));
    bytes = payload.byteLength;
    return js.publish('bench.raw', payload, { msgID: `raw-${round}-${i}` });
  });
  await all.done;
  const seconds = (performance.now() - started) / 1000;
  await messages.close();
  await loop;
  return { rate: MESSAGES / seconds, bytes };
}

async function libraryRound(messaging, round) {
  await messaging.jsm.streams.purge(STREAMS.pages.name);
  const pages = Array.from({ length: MESSAGES }, (_, i) => page(i));
  const all = countdown(MESSAGES);
  const consumer = new JetStreamConsumer(messaging.js, 'parser', {
    stage: 'bench',
    concurrency: WINDOW,
    publisher: messaging.publisher,
    logger: quietLogger,
    metrics: messaging.metrics,
  });
  const started = performance.now();
  await consumer.start(async () => {
    all.tick();
  });
  await publishAll((i) => messaging.publisher.publish(pageFetchedV1, pages[i], { id: `lib-${round}-${i}` }));
  await all.done;
  const seconds = (performance.now() - started) / 1000;
  await consumer.stop();
  return { rate: MESSAGES / seconds };
}

const nats = await startNatsServer();
try {
  const messaging = await MessagingService.connect({
    service: 'bench',
    nats: { servers: [nats.url], replicas: 1 },
    streams: ['pages', 'deadLetters'],
    consumers: ['parser'],
    registry: new Registry(),
  });
  const nc = await connect({ servers: nats.url });
  const jsm = await jetstreamManager(nc);
  // The raw side gets the same stream limits and consumer bounds as the library's pages stream and parser.
  await jsm.streams.add({
    name: 'BENCH_RAW',
    subjects: ['bench.raw'],
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_msg_size: STREAMS.pages.maxMsgSize,
    duplicate_window: nanos(STREAMS.pages.duplicateWindowMs),
  });
  await jsm.consumers.add('BENCH_RAW', {
    durable_name: 'raw',
    ack_policy: AckPolicy.Explicit,
    ack_wait: nanos(CONSUMERS.parser.ackWaitMs),
    max_ack_pending: CONSUMERS.parser.maxAckPending,
  });

  const raw = [];
  const library = [];
  let bytes = 0;
  // Round 0 warms both up (JIT, file store) and is not counted; the order alternates so drift evens out.
  for (let round = 0; round <= ROUNDS; round++) {
    const runRaw = () => rawRound(nc, jsm, round);
    const runLibrary = () => libraryRound(messaging, round);
    const [r, l] =
      round % 2 === 0
        ? [await runRaw(), await runLibrary()]
        : [...[await runLibrary(), await runRaw()].reverse()];
    bytes = r.bytes;
    if (round === 0) continue;
    raw.push(r.rate);
    library.push(l.rate);
    console.log(`round ${round}: raw ${r.rate.toFixed(0)} msg/s, library ${l.rate.toFixed(0)} msg/s`);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rawRate = median(raw);
  const libraryRate = median(library);
  const ratio = libraryRate / rawRate;
  console.log(`raw JetStream: ${rawRate.toFixed(0)} msg/s (${((rawRate * bytes) / 1e6).toFixed(1)} MB/s)`);
  console.log(
    `library:       ${libraryRate.toFixed(0)} msg/s (${((libraryRate * bytes) / 1e6).toFixed(1)} MB/s)`,
  );
  console.log(`library / raw: ${ratio.toFixed(2)} (target ≥ 0.80)`);
  await nc.close();
  await messaging.onApplicationShutdown();
  console.log(
    JSON.stringify({
      messages: MESSAGES,
      messageBytes: bytes,
      rounds: ROUNDS,
      rawMsgPerSec: Math.round(rawRate),
      libraryMsgPerSec: Math.round(libraryRate),
      libraryToRawRatio: Number(ratio.toFixed(3)),
    }),
  );
} finally {
  await nats.dispose();
}
