import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JetStreamManager } from '@nats-io/jetstream';
import {
  CONSUMERS,
  STREAMS,
  type ArticleParsedV1,
  type CloudEvent,
  type ConsumerKey,
  type PageFetchedV1,
} from '@hoinghi/contracts';
import { ensureTopology, listDeadLetters, type ConsumerOverrides } from '../src/index.js';

export const examplePage = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../contracts/examples/page.fetched.v1.json'), 'utf8'),
) as CloudEvent<PageFetchedV1>;

export const pageWithUrl = (url: string): PageFetchedV1 => ({ ...examplePage.data, url, finalUrl: url });

export const consumerInfo = (jsm: JetStreamManager, key: ConsumerKey) =>
  jsm.consumers.info(STREAMS[CONSUMERS[key].stream].name, CONSUMERS[key].durable);

export async function deadLetters(jsm: JetStreamManager) {
  return (await listDeadLetters(jsm)).entries.map((entry) => entry.letter);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Empties the streams and declares the consumers afresh (with the given limits) between tests. */
export async function freshTopology(jsm: JetStreamManager, overrides: ConsumerOverrides = {}) {
  for (const key of ['pages', 'parsed', 'deadLetters'] as const) {
    await jsm.streams.purge(STREAMS[key].name).catch(() => undefined);
  }
  for (const key of ['parser', 'store'] as const) {
    await jsm.consumers
      .delete(STREAMS[CONSUMERS[key].stream].name, CONSUMERS[key].durable)
      .catch(() => undefined);
  }
  await ensureTopology(jsm, {
    streams: ['pages', 'parsed', 'deadLetters'],
    consumers: ['parser', 'store'],
    replicas: 1,
    consumerOverrides: overrides,
  });
}

/** The consumer's logger in tests: its warnings are expected there. */
export const silentLogger = process.env.DEBUG_CONSUMER
  ? { log: console.log, warn: console.warn, error: console.error }
  : { log() {}, warn() {}, error() {} };

export const exampleArticle = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../contracts/examples/article.parsed.v1.json'), 'utf8'),
) as CloudEvent<ArticleParsedV1>;
