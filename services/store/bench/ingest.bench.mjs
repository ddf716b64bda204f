/**
 * Store benchmark (`npx nx bench store`, after build; runs from services/store against the local Postgres).
 *
 * 1. Ingest: extracted conferences per second through `storeConference` (the real path: one transaction
 *    per message, matching, merging, canonical recompute, outbox), against a plain multi-row INSERT of the
 *    same rows with `pg` (one transaction per message too, one INSERT per table, ids precomputed, no
 *    reads). Both with the store's default concurrency of 8, each in a fresh database. The ratio is the figure.
 * 2. API: p50/p99 latency of the common queries over HTTP with 100,000 conferences loaded, beside the same
 *    query functions called directly (the baseline: what the HTTP layer adds).
 *
 * The last line printed is one JSON object with every figure; ratios are in fields ending in `Ratio`.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createApiApp } from '../dist/api/api-app.js';
import { conferenceCursor } from '../dist/api/cursor.js';
import { createDataSource } from '../dist/database/data-source.js';
import { migrateUp } from '../dist/database/migrate.js';
import { inTransaction } from '../dist/ingest/in-transaction.js';
import { reportRows } from '../dist/ingest/report-rows.js';
import { storeConference } from '../dist/ingest/store-conference.js';
import { canonicalConference, summarizeReport } from '../dist/merging/canonical-conference.js';
import { conferenceDetail } from '../dist/queries/conference-detail.js';
import { listConferences } from '../dist/queries/conference-list.js';
import { conferenceStats } from '../dist/queries/conference-stats.js';
import { findDocument } from '../dist/queries/documents.js';
import { participationsOf, searchPeople } from '../dist/queries/people.js';
import { loadConferences } from './load-conferences.mjs';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2400);
const WARM_UP = 100;
const CONCURRENCY = 8;
const CONFERENCES = Number(process.env.BENCH_CONFERENCES ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 120);

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const created = [];

async function withAdmin(work) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database at the latest migration; dropped at the end. */
async function freshDatabase(purpose) {
  const name = `hoinghi_bench_${purpose}_${process.pid}`;
  await withAdmin((c) =>
    c
      .query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      .then(() => c.query(`CREATE DATABASE "${name}"`)),
  );
  created.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataSource = await createDataSource(url.toString()).initialize();
  await migrateUp(dataSource);
  return { url: url.toString(), dataSource };
}

const log = (line) => process.stdout.write(`${line}\n`);
const fixed = (n, digits = 1) => Number(n.toFixed(digits));

// ---------------------------------------------------------------------------------------------------------
// Ingest

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Đức', 'Thanh', 'Quang', 'Ngọc'];
const GIVEN = [
  'Hưng',
  'Châu',
  'Tùng',
  'Hiến',
  'Trang',
  'Lâm',
  'Cường',
  'Tài',
  'Lương',
  'Mai',
  'Nghĩa',
  'Giang',
  'Anh',
  'Bình',
];

const fixture = (name) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/reports', `${name}.json`), 'utf8'))
    .conference;
const SAME_CONFERENCE = ['nq18-nam-dinh', 'nq18-hai-phong', 'nq18-phu-tho'].map(fixture);
const OTHERS = ['hntw11-hai-phong', 'to-chuc-2024-phu-tho', 'hntw8-hai-phong', 'giao-ban-gia-lai'].map(
  fixture,
);

/**
 * The seed reports over and over, a day each round: three outlets' reports of one conference (which
 * merge) and another conference that day (kept apart); each report also names a local official.
 */
function benchEvents(count) {
  const events = [];
  for (let i = 0; events.length < count; i++) {
    const round = Math.floor(i / 4);
    const template = i % 4 < 3 ? SAME_CONFERENCE[i % 4] : OTHERS[round % OTHERS.length];
    const event = structuredClone(template);
    const day = new Date(Date.UTC(2000, 0, 1) + round * 86_400_000).toISOString().slice(0, 10);
    event.id = `bench-${i}`;
    event.data.articleUrl = `${template.data.articleUrl.replace(/\.html$/, '')}-${i}.html`;
    event.data.conference.date = { value: day, span: event.data.conference.date?.span ?? null };
    const n = i * 7 + 3;
    event.data.conference.people.push({
      name: `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n >> 3) % MIDDLE.length]} ${GIVEN[(n >> 6) % GIVEN.length]} ${GIVEN[(n >> 10) % GIVEN.length]}`,
      titles: ['Phó Bí thư Huyện ủy'],
      roles: ['attendee'],
      connectionPoint: 'điểm cầu huyện',
      span: null,
    });
    events.push({ event, round, apart: i % 4 === 3 });
  }
  return events;
}

async function runConcurrently(items, work) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** The rows `storeConference` writes for a message, ids chosen up front: what the baseline inserts. */
function baselineRows(events) {
  const people = new Map();
  const documents = new Map();
  const conferences = new Map();
  return events.map(({ event, round, apart }) => {
    const facts = event.data.conference;
    const reportId = randomUUID();
    const conferenceKey = `${round}-${apart}`;
    const conferenceId = conferences.get(conferenceKey) ?? randomUUID();
    conferences.set(conferenceKey, conferenceId);
    const rows = reportRows(facts);
    const report = { id: reportId, articleUrl: event.data.articleUrl, facts };
    const summary = summarizeReport(report);
    const canonical = canonicalConference([summary], report);
    for (const p of rows.people)
      if (!people.has(p.name.toLowerCase())) people.set(p.name.toLowerCase(), randomUUID());
    for (const d of rows.documents) if (!documents.has(d.key)) documents.set(d.key, randomUUID());
    return { event, reportId, conferenceId, rows, summary, canonical, people, documents };
  });
}

/** One multi-row INSERT: `columns` of every row in `rows`, as parameters. */
function insert(table, columns, rows, suffix = '') {
  const values = [];
  const tuples = rows.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
  return {
    text: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`,
    values,
  };
}

async function baselineWrite(client, w) {
  const { event, rows, canonical: c } = w;
  const d = event.data;
  const span = (x) => [x.spanStart, x.spanEnd, x.spanText];
  const statements = [
    insert('sources', ['id'], [[d.sourceId]], 'ON CONFLICT DO NOTHING'),
    insert(
      'conferences',
      [
        'id',
        'name',
        'name_key',
        'names',
        'kind',
        'date',
        'part_of_day',
        'scope',
        'format',
        'venue',
        'organizers',
        'connection_points',
        'attendees',
        'places',
        'facts',
        'disagreements',
        'report_count',
        'primary_report_id',
      ],
      [
        [
          w.conferenceId,
          c.name,
          c.nameKey,
          c.names,
          c.kind,
          c.date,
          c.partOfDay,
          c.scope,
          c.format,
          c.venue,
          c.organizers,
          c.connectionPoints,
          c.attendees,
          c.places,
          JSON.stringify(c.facts),
          '{}',
          1,
          w.reportId,
        ],
      ],
      'ON CONFLICT DO NOTHING',
    ),
    insert(
      'conference_reports',
      [
        'id',
        'conference_id',
        'article_url',
        'source_id',
        'title',
        'published_at',
        'content_hash',
        'article_event_id',
        'extracted_event_id',
        'extracted_at',
        'parser_version',
        'facts',
        'summary',
        'completeness',
        'merged',
        'merge_reason',
      ],
      [
        [
          w.reportId,
          w.conferenceId,
          d.articleUrl,
          d.sourceId,
          d.title,
          d.publishedAt,
          d.contentHash,
          d.articleEventId,
          event.id,
          event.time,
          d.parserVersion,
          JSON.stringify(d.conference),
          JSON.stringify(w.summary),
          w.summary.completeness,
          false,
          null,
        ],
      ],
    ),
    insert(
      'people',
      ['id', 'name'],
      rows.people.map((p) => [w.people.get(p.name.toLowerCase()), p.name]),
      'ON CONFLICT DO NOTHING',
    ),
    insert(
      'participations',
      [
        'report_id',
        'conference_id',
        'person_id',
        'roles',
        'titles',
        'connection_point',
        'span_start',
        'span_end',
        'span_text',
      ],
      rows.people.map((p) => [
        w.reportId,
        w.conferenceId,
        w.people.get(p.name.toLowerCase()),
        p.roles,
        p.titles,
        p.connectionPoint,
        ...span(p),
      ]),
    ),
    insert(
      'documents',
      ['id', 'key', 'type', 'number', 'code', 'issuer', 'term', 'issued_on', 'title'],
      rows.documents.map((x) => [
        w.documents.get(x.key),
        x.key,
        x.type,
        x.number,
        x.code,
        x.issuer,
        x.term,
        x.issuedOn,
        x.title,
      ]),
      'ON CONFLICT DO NOTHING',
    ),
    insert(
      'document_citations',
      ['report_id', 'conference_id', 'document_id', 'code', 'span_start', 'span_end', 'span_text'],
      rows.documents.map((x) => [w.reportId, w.conferenceId, w.documents.get(x.key), x.code, ...span(x)]),
    ),
    insert(
      'connection_point_counts',
      ['report_id', 'conference_id', 'ordinal', 'level', 'count', 'span_start', 'span_end', 'span_text'],
      rows.counts.map((x) => [w.reportId, w.conferenceId, x.ordinal, x.level, x.count, ...span(x)]),
    ),
    insert(
      'presentations',
      ['report_id', 'conference_id', 'ordinal', 'speaker', 'topic', 'span_start', 'span_end', 'span_text'],
      rows.presentations.map((x) => [w.reportId, w.conferenceId, x.ordinal, x.speaker, x.topic, ...span(x)]),
    ),
    insert(
      'fact_evidence',
      ['report_id', 'conference_id', 'field', 'ordinal', 'value', 'span_start', 'span_end', 'span_text'],
      rows.evidence.map((x) => [
        w.reportId,
        w.conferenceId,
        x.field,
        x.ordinal,
        JSON.stringify(x.value),
        ...span(x),
      ]),
    ),
    insert(
      'merge_decisions',
      ['report_id', 'conference_id', 'decision', 'reason', 'extracted_event_id', 'parser_version'],
      [[w.reportId, w.conferenceId, 'new', 'baseline', event.id, d.parserVersion]],
    ),
    insert(
      'outbox_events',
      ['event_id', 'message_type', 'data', 'subject'],
      [
        [
          `stored:${event.id}`,
          'vn.hoinghi.conference.stored.v1',
          JSON.stringify({ conferenceId: w.conferenceId }),
          w.conferenceId,
        ],
      ],
    ),
  ].filter((s) => s.values.length > 0);
  await client.query('BEGIN');
  try {
    for (const statement of statements) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function benchIngest() {
  const events = benchEvents(EVENTS + WARM_UP);

  const baseline = await freshDatabase('baseline');
  await baseline.dataSource.destroy();
  const pool = new pg.Pool({ connectionString: baseline.url, max: CONCURRENCY });
  pool.on('error', (error) => process.stderr.write(`baseline pool: ${error.message}\n`));
  const rows = baselineRows(events);
  const write = async (w) => {
    const client = await pool.connect();
    try {
      await baselineWrite(client, w);
    } finally {
      client.release();
    }
  };
  await runConcurrently(rows.slice(0, WARM_UP), write);
  const baselineSeconds = await runConcurrently(rows.slice(WARM_UP), write);
  await pool.end();

  const { dataSource } = await freshDatabase('ingest');
  const store = ({ event }) => inTransaction(dataSource, (db) => storeConference(db, event));
  await runConcurrently(events.slice(0, WARM_UP), store);
  const ingestSeconds = await runConcurrently(events.slice(WARM_UP), store);
  const [{ conferences, reports }] = await dataSource.query(
    'SELECT (SELECT count(*) FROM conferences)::int AS conferences, (SELECT count(*) FROM conference_reports)::int AS reports',
  );
  await dataSource.destroy();

  const ingestRate = EVENTS / ingestSeconds;
  const baselineRate = EVENTS / baselineSeconds;
  log(`ingest: ${EVENTS} extracted conferences (after ${WARM_UP} warm-up), concurrency ${CONCURRENCY}`);
  log(
    `  storeConference        ${ingestRate.toFixed(0).padStart(6)} /s   (${reports} reports merged into ${conferences} conferences)`,
  );
  log(
    `  plain multi-row INSERT ${baselineRate.toFixed(0).padStart(6)} /s   (baseline: same rows, no reads, no merging)`,
  );
  log(`  ratio                  ${(ingestRate / baselineRate).toFixed(2)}`);
  return {
    ingestConferencesPerSecond: fixed(ingestRate),
    baselineInsertConferencesPerSecond: fixed(baselineRate),
    ingestToBaselineRatio: fixed(ingestRate / baselineRate, 3),
  };
}

// ---------------------------------------------------------------------------------------------------------
// API latency

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** p50 and p99 of each way of running a query, taken in turns so both see the same cache and load. */
async function latencies(samples, ways) {
  for (let i = 0; i < 10; i++) for (const run of ways) await run(i);
  const times = ways.map(() => []);
  for (let i = 0; i < samples; i++) {
    for (const [w, run] of ways.entries()) {
      const started = performance.now();
      await run(i);
      times[w].push(performance.now() - started);
    }
  }
  return times.map((t) => {
    t.sort((a, b) => a - b);
    return { p50: percentile(t, 50), p99: percentile(t, 99) };
  });
}

async function benchApi() {
  const { url, dataSource } = await freshDatabase('api');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const loadStarted = performance.now();
  try {
    await loadConferences(client, CONFERENCES);
  } finally {
    await client.end();
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  log(
    `api: ${CONFERENCES} conferences loaded in ${loadSeconds.toFixed(1)} s; ${SAMPLES} requests per query after 10 warm-up`,
  );

  const db = dataSource.manager;
  const some = async (sql) => (await dataSource.query(sql)).map((r) => Object.values(r)[0]);
  const ids = await some('SELECT id FROM conferences ORDER BY md5(id::text) LIMIT 200');
  const people = await dataSource.query(`SELECT id, name FROM people ORDER BY md5(id::text) LIMIT 200`);
  const documents = await some(`SELECT key FROM documents WHERE key LIKE 'NQ:%' ORDER BY md5(key) LIMIT 50`);
  const provinces = ['Hải Phòng', 'Phú Thọ', 'Nam Định', 'Gia Lai', 'Nghệ An', 'Đà Nẵng', 'Huế', 'Cà Mau'];
  const topics = [
    'chuyển đổi số',
    'cải cách hành chính',
    'công tác dân vận',
    'an sinh xã hội',
    'nông thôn mới',
    'công tác cán bộ',
  ];
  const [{ sort_date: deepDate, id: deepId }] = await dataSource.query(
    'SELECT sort_date::text, id FROM conferences ORDER BY sort_date DESC, id DESC OFFSET 5000 LIMIT 1',
  );
  const deep = conferenceCursor.encode([deepDate, deepId]);
  const month = (i) => `${2015 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}`;
  const page = { limit: 20 };

  // name, HTTP path, the same query called directly
  const queries = [
    ['list first page', () => '/conferences', () => listConferences(db, {}, page)],
    [
      'list, page after 5,000 rows',
      () => `/conferences?cursor=${deep}`,
      () => listConferences(db, {}, { ...page, after: [deepDate, deepId] }),
    ],
    [
      'from/to one month',
      (i) => `/conferences?from=${month(i)}-01&to=${month(i)}-28`,
      (i) => listConferences(db, { from: `${month(i)}-01`, to: `${month(i)}-28` }, page),
    ],
    [
      'scope + kind',
      () => '/conferences?scope=province&kind=review',
      () => listConferences(db, { scope: 'province', kind: 'review' }, page),
    ],
    [
      'q, no diacritics',
      (i) => `/conferences?q=${encodeURIComponent(`hoi nghi ${topics[i % topics.length]}`)}`,
      (i) => listConferences(db, { q: `hoi nghi ${topics[i % topics.length]}` }, page),
    ],
    [
      'person',
      (i) => `/conferences?person=${encodeURIComponent(people[i % 200].name)}`,
      (i) => listConferences(db, { person: people[i % 200].name }, page),
    ],
    [
      'document',
      (i) => `/conferences?document=${documents[i % 50]}`,
      (i) => listConferences(db, { document: documents[i % 50] }, page),
    ],
    [
      'province',
      (i) => `/conferences?province=${encodeURIComponent(provinces[i % 8])}`,
      (i) => listConferences(db, { province: provinces[i % 8] }, page),
    ],
    ['conference detail', (i) => `/conferences/${ids[i % 200]}`, (i) => conferenceDetail(db, ids[i % 200])],
    [
      'people search',
      (i) => `/people?q=${encodeURIComponent(people[i % 200].name.split(' ').slice(0, 2).join(' '))}`,
      (i) => searchPeople(db, people[i % 200].name.split(' ').slice(0, 2).join(' '), page),
    ],
    [
      'person conferences',
      (i) => `/people/${people[i % 200].id}/conferences`,
      async (i) => {
        const found = await listConferences(db, { personId: people[i % 200].id }, page);
        await participationsOf(
          db,
          people[i % 200].id,
          found.items.map((c) => c.id),
        );
      },
    ],
    [
      'document conferences',
      (i) => `/documents/${encodeURIComponent(documents[i % 50])}/conferences`,
      async (i) => {
        await findDocument(db, documents[i % 50]);
        await listConferences(db, { document: documents[i % 50] }, page);
      },
    ],
    [
      'stats, one year',
      (i) => `/stats?from=${2015 + (i % 10)}-01-01&to=${2015 + (i % 10)}-12-31`,
      (i) => conferenceStats(db, { from: `${2015 + (i % 10)}-01-01`, to: `${2015 + (i % 10)}-12-31` }),
    ],
    ['stats, all', () => '/stats', () => conferenceStats(db, {})],
  ];

  const app = await createApiApp(url);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const figures = {};
  log(
    `  ${'query'.padEnd(28)} ${'HTTP p50'.padStart(9)} ${'p99'.padStart(8)}   ${'direct p50'.padStart(10)} ${'p99'.padStart(8)}   direct/HTTP p50`,
  );
  try {
    for (const [name, path, direct] of queries) {
      const [http, query] = await latencies(SAMPLES, [
        async (i) => {
          const response = await fetch(`${base}${path(i)}`);
          if (!response.ok) throw new Error(`${path(i)}: ${response.status} ${await response.text()}`);
          await response.arrayBuffer();
        },
        direct,
      ]);
      const ratio = query.p50 / http.p50;
      log(
        `  ${name.padEnd(28)} ${http.p50.toFixed(1).padStart(7)}ms ${http.p99.toFixed(1).padStart(6)}ms   ${query.p50.toFixed(1).padStart(8)}ms ${query.p99.toFixed(1).padStart(6)}ms   ${ratio.toFixed(2)}`,
      );
      const key = name
        .replace(/[^a-z0-9]+(.)?/gi, (_, c) => (c ? c.toUpperCase() : ''))
        .replace(/^./, (c) => c.toLowerCase());
      Object.assign(figures, {
        [`api_${key}_p50Ms`]: fixed(http.p50, 2),
        [`api_${key}_p99Ms`]: fixed(http.p99, 2),
        [`api_${key}_directP50Ms`]: fixed(query.p50, 2),
        [`api_${key}_directToHttpP50Ratio`]: fixed(ratio, 3),
      });
    }
  } finally {
    await app.close();
    await dataSource.destroy();
  }
  return { apiConferences: CONFERENCES, apiLoadSeconds: fixed(loadSeconds), ...figures };
}

try {
  const started = performance.now();
  const ingest = await benchIngest();
  const api = await benchApi();
  log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  log(JSON.stringify({ ...ingest, ...api }));
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await withAdmin(async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
