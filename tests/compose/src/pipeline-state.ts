import type { JetStreamManager } from '@nats-io/jetstream';
import { CONSUMERS, STREAMS } from '@hoinghi/contracts';
import { waitFor } from '@hoinghi/test-kit';
import type { ComposeProject } from './compose-project.js';

/** What the store holds: a row twice shows as an entry twice. */
export interface Stored {
  /** The URL of every article row. */
  articles: string[];
  /** The article URL of every conference report row. */
  reports: string[];
  /** Each conference as the sorted URLs of its reports: how the reports were merged. */
  conferences: string[];
  conferenceIds: string[];
  outbox: number;
  unsent: number;
  /** Conferences without reports, and whose report count is not their number of reports. */
  empty: number;
  miscounted: number;
}

const STORED_SQL = `SELECT json_build_object(
  'articles', COALESCE((SELECT json_agg(url ORDER BY url) FROM articles), '[]'),
  'reports', COALESCE((SELECT json_agg(article_url ORDER BY article_url) FROM conference_reports), '[]'),
  'conferences', COALESCE((SELECT json_agg(urls ORDER BY urls) FROM (
      SELECT string_agg(article_url, ' ' ORDER BY article_url) AS urls FROM conference_reports GROUP BY conference_id) c), '[]'),
  'conferenceIds', COALESCE((SELECT json_agg(id ORDER BY id) FROM conferences), '[]'),
  'outbox', (SELECT count(*) FROM outbox_events),
  'unsent', (SELECT count(*) FROM outbox_events WHERE published_at IS NULL),
  'empty', (SELECT count(*) FROM conferences c
     WHERE NOT EXISTS (SELECT 1 FROM conference_reports r WHERE r.conference_id = c.id)),
  'miscounted', (SELECT count(*) FROM conferences c
     WHERE c.report_count <> (SELECT count(*) FROM conference_reports r WHERE r.conference_id = c.id)))`;

export function readStored(project: ComposeProject): Promise<Stored> {
  return project.query<Stored>(STORED_SQL);
}

/** Entries that occur more than once. */
export function doubled(entries: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(entries.filter((entry) => seen.has(entry) || !seen.add(entry)))];
}

/** Messages in a stream, 0 while it does not exist. */
export async function streamMessages(jsm: JetStreamManager, stream: string): Promise<number> {
  return (await jsm.streams.info(stream).catch(() => null))?.state.messages ?? 0;
}

interface SourceStatus {
  id: string;
  running: unknown;
  lastRound: { finishedAt?: string; error?: string; report: Record<string, number> } | null;
}

/** The crawl rounds of every crawler replica, from its `GET /sources`. */
export async function crawlRounds(project: ComposeProject, replicas: number): Promise<SourceStatus[][]> {
  return Promise.all(
    Array.from({ length: replicas }, async (_, i) => {
      const body = await project.httpGet('crawler', 'http://127.0.0.1:3001/sources', i + 1);
      return (JSON.parse(body) as { sources: SourceStatus[] }).sources;
    }),
  );
}

async function snapshot(
  project: ComposeProject,
  jsm: JetStreamManager,
  crawlers: number,
): Promise<{ done: boolean; state: string }> {
  const rounds = await crawlRounds(project, crawlers).catch(() => null);
  const crawled =
    rounds !== null &&
    rounds.every(
      (sources) => sources.length > 0 && sources.every((s) => s.running === null && s.lastRound?.finishedAt),
    );
  const consumers = await Promise.all(
    (['parser', 'store'] as const).map(async (key) => {
      const spec = CONSUMERS[key];
      const info = await jsm.consumers.info(STREAMS[spec.stream].name, spec.durable).catch(() => null);
      return info && { pending: info.num_pending, ackPending: info.num_ack_pending };
    }),
  );
  const unsent = await project
    .query<number>('SELECT count(*) FROM outbox_events WHERE published_at IS NULL')
    .catch(() => null);
  const lastSeqs = await Promise.all(
    Object.values(STREAMS).map(
      async (s) => (await jsm.streams.info(s.name).catch(() => null))?.state.last_seq,
    ),
  );
  const done =
    crawled && consumers.every((c) => c !== null && c.pending === 0 && c.ackPending === 0) && unsent === 0;
  return { done, state: JSON.stringify({ crawled, consumers, unsent, lastSeqs }) };
}

/**
 * Until the pipeline is done and stays so: every crawler's round over, the parser's and the store's
 * consumers with nothing pending or unacknowledged, the outbox sent, and no stream moving between two polls.
 */
export async function waitUntilSettled(
  project: ComposeProject,
  jsm: JetStreamManager,
  { crawlers = 1, timeoutMs = 300_000 } = {},
): Promise<void> {
  let previous = '';
  let last = '';
  await waitFor(
    async () => {
      const { done, state } = await snapshot(project, jsm, crawlers);
      const settled = done && state === previous;
      previous = state;
      last = state;
      return settled ? true : undefined;
    },
    { timeoutMs, intervalMs: 2_000, what: 'the pipeline to settle' },
  ).catch((error: Error) => {
    throw new Error(`${error.message}; last state ${last}`);
  });
}
