import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { STREAMS, SUBJECTS } from '@hoinghi/contracts';

export interface Progress {
  fetched: number;
  parsed: number;
  conferencesExtracted: number;
  stored: number;
  deadLetters: number;
}

async function count(jsm: JetStreamManager, stream: string, subject: string): Promise<number> {
  const info = await jsm.streams.info(stream, { subjects_filter: subject }).catch(() => null);
  return info?.state.subjects?.[subject] ?? 0;
}

/** Counts the messages in each stage's stream: what the pipeline has done so far. */
export async function readProgress(nc: NatsConnection): Promise<Progress> {
  const jsm = await jetstreamManager(nc);
  const [fetched, parsed, conferencesExtracted, stored, deadLetters] = await Promise.all([
    count(jsm, STREAMS.pages.name, SUBJECTS.pageFetchedV1),
    count(jsm, STREAMS.parsed.name, SUBJECTS.articleParsedV1),
    count(jsm, STREAMS.parsed.name, SUBJECTS.conferenceExtractedV1),
    count(jsm, STREAMS.stored.name, SUBJECTS.conferenceStoredV1),
    count(jsm, STREAMS.deadLetters.name, SUBJECTS.deadLetterV1),
  ]);
  return { fetched, parsed, conferencesExtracted, stored, deadLetters };
}

export function formatProgress(p: Progress): string {
  return `fetched ${p.fetched} · parsed ${p.parsed} · conferences ${p.conferencesExtracted} · stored ${p.stored} · dead letters ${p.deadLetters}`;
}
