import { afterAll, describe, expect, it } from '@jest/globals';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@hoinghi/test-kit';
import { countRows, seedReport, type SeedReportName } from '../../test/fixtures.js';
import { inTransaction } from '../ingest/in-transaction.js';
import { storeArticle } from '../ingest/store-article.js';
import { storeConference } from '../ingest/store-conference.js';
import { summarizeReport, type ReportFacts } from '../merging/canonical-conference.js';
import { createDataSource } from './data-source.js';
import { ENTITIES } from './entities/index.js';
import { migrateUp } from './migrate.js';
import { InitialSchema1732406400000 } from './migrations/1732406400000-initial-schema.js';

const databases: TestDatabase[] = [];
const dataSources: DataSource[] = [];
afterAll(async () => {
  for (const dataSource of dataSources) if (dataSource.isInitialized) await dataSource.destroy();
  for (const database of databases) await database.drop();
});

async function connect(url: string, dataSourceFor: (url: string) => DataSource = createDataSource) {
  const dataSource = await dataSourceFor(url).initialize();
  dataSources.push(dataSource);
  return dataSource;
}

async function freshDatabase(dataSourceFor?: (url: string) => DataSource) {
  const database = await createTestDatabase('hoinghi_migrations');
  databases.push(database);
  return connect(database.url, dataSourceFor);
}

/** TypeORM's own bookkeeping: applied migrations, and the expressions of generated columns. */
const TYPEORM_TABLES = `('migrations', 'typeorm_metadata')`;

const tables = async (db: DataSource) =>
  (
    (await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ${TYPEORM_TABLES} ORDER BY 1`,
    )) as { table_name: string }[]
  ).map((t) => t.table_name);

const indexes = async (db: DataSource) =>
  (
    (await db.query(
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN ${TYPEORM_TABLES} ORDER BY 1`,
    )) as { indexname: string }[]
  ).map((i) => i.indexname);

const columns = async (db: DataSource) =>
  db.query(
    `SELECT table_name, column_name, data_type, is_nullable, column_default, is_generated
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN ${TYPEORM_TABLES}
     ORDER BY table_name, column_name`,
  );

/** Every report's summary beside what `summarizeReport` makes of its facts. */
const summaries = async (db: DataSource) => {
  const reports = (await db.query(
    `SELECT id, article_url AS "articleUrl", facts, summary FROM conference_reports ORDER BY id`,
  )) as (ReportFacts & { summary: unknown })[];
  return {
    stored: reports.map((r) => r.summary),
    expected: reports.map(({ summary: _, ...report }) => summarizeReport(report)),
  };
};

const NEW_TABLES = [
  'document_citations',
  'documents',
  'fact_evidence',
  'merge_decisions',
  'connection_point_counts',
  'participations',
  'people',
  'presentations',
  'sources',
];

describe('migrations', () => {
  it('build the schema on an empty database, roll back to nothing, and build it again', async () => {
    const db = await freshDatabase();
    expect(await migrateUp(db)).toEqual([
      'InitialSchema1732406400000',
      'ConferenceGraph1733097600000',
      'ReportSummaries1733702400000',
    ]);
    expect(await tables(db)).toEqual(
      expect.arrayContaining([...NEW_TABLES, 'articles', 'conferences', 'outbox_events']),
    );
    const built = await columns(db);
    const builtIndexes = await indexes(db);

    await db.undoLastMigration({ transaction: 'each' });
    expect(await columns(db)).toEqual(
      built.filter(
        (c: { table_name: string; column_name: string }) =>
          !(c.table_name === 'conference_reports' && c.column_name === 'summary'),
      ),
    );
    expect(await indexes(db)).toEqual(builtIndexes);
    await db.undoLastMigration({ transaction: 'each' });
    expect(await tables(db)).toEqual(['articles', 'conference_reports', 'conferences', 'outbox_events']);
    expect(await indexes(db)).toEqual([
      'articles_pkey',
      'articles_url_key',
      'conference_reports_article_url_key',
      'conference_reports_conference_id_idx',
      'conference_reports_pkey',
      'conferences_date_idx',
      'conferences_name_key_idx',
      'conferences_pkey',
      'outbox_events_event_id_key',
      'outbox_events_pkey',
      'outbox_events_unpublished_idx',
    ]);
    expect(await db.query(`SELECT proname FROM pg_proc WHERE proname LIKE 'hoinghi_%'`)).toEqual([]);
    expect(
      await db.query(`SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')`),
    ).toEqual([]);
    await db.undoLastMigration({ transaction: 'each' });
    expect(await tables(db)).toEqual([]);

    expect(await migrateUp(db)).toHaveLength(3);
    expect(await columns(db)).toEqual(built);
    expect(await indexes(db)).toEqual(builtIndexes);
    expect(await migrateUp(db)).toEqual([]);
  });

  it('every entity column exists in the migrated schema, with the same type', async () => {
    const db = await freshDatabase();
    await migrateUp(db);
    const actual = new Map(
      ((await columns(db)) as { table_name: string; column_name: string; data_type: string }[]).map((c) => [
        `${c.table_name}.${c.column_name}`,
        c.data_type,
      ]),
    );
    const declared = ENTITIES.flatMap((entity) => {
      const meta = db.getMetadata(entity);
      return meta.columns.map((c) => [
        `${meta.tableName}.${c.databaseName}`,
        c.isArray ? 'ARRAY' : String(c.type),
      ]);
    });
    const typeNames: Record<string, string> = {
      text: 'text',
      uuid: 'uuid',
      integer: 'integer',
      boolean: 'boolean',
      jsonb: 'jsonb',
      date: 'date',
      timestamptz: 'timestamp with time zone',
      bigint: 'bigint',
      tsvector: 'tsvector',
      ARRAY: 'ARRAY',
    };
    for (const [column, type] of declared)
      expect([column, actual.get(column)]).toEqual([column, typeNames[type] ?? type]);
    expect(declared).toHaveLength(actual.size);
  });

  it('upgrade a database at the initial schema, backfilling what its reports say', async () => {
    const db = await freshDatabase(
      (url) =>
        new DataSource({ type: 'postgres', url, entities: [], migrations: [InitialSchema1732406400000] }),
    );
    await db.runMigrations();
    // Two outlets' reports of one conference and the article of one, as the initial schema stored them.
    const namDinh = seedReport('nq18-nam-dinh');
    const phuTho = seedReport('nq18-phu-tho').conference;
    const [{ id: conferenceId }] = await db.query(
      `INSERT INTO conferences (name, name_key, kind, date, scope, organizers, facts)
       VALUES ($1, 'hoi nghi', 'dissemination', '2024-12-01', 'national', '{Bộ Chính trị,Ban Bí thư}', $2) RETURNING id`,
      [namDinh.conference.data.conference.name.value, namDinh.conference.data.conference],
    );
    for (const [event, merged] of [
      [namDinh.conference, false],
      [phuTho, true],
    ] as const) {
      await db.query(
        `INSERT INTO conference_reports (conference_id, article_url, source_id, extracted_event_id, parser_version, facts, merged, merge_reason)
         VALUES ($1, $2, $3, $4, '0.1.0', $5, $6, $7)`,
        [
          conferenceId,
          event.data.articleUrl,
          event.data.sourceId,
          event.id,
          event.data.conference,
          merged,
          merged ? 'same date 2024-12-01' : null,
        ],
      );
    }
    const a = namDinh.article.data;
    await db.query(
      `INSERT INTO articles (url, source_id, title, text, content_hash, parser_version, is_conference, event_id)
       VALUES ($1, $2, $3, $4, $5, $6, true, $7)`,
      [a.url, a.sourceId, a.title, a.text, a.contentHash, a.parserVersion, namDinh.article.id],
    );
    await db.destroy();

    const upgraded = await connect(databases.at(-1)!.url);
    expect(await migrateUp(upgraded)).toEqual([
      'ConferenceGraph1733097600000',
      'ReportSummaries1733702400000',
    ]);
    expect(await upgraded.query('SELECT id FROM sources ORDER BY id')).toEqual([
      { id: 'namdinh-dukhoi' },
      { id: 'phutho-tinhuy' },
    ]);
    expect(await countRows(upgraded, 'people')).toBe(6);
    expect(await countRows(upgraded, 'participations')).toBe(7);
    expect(
      await upgraded.query(`SELECT decision, reason FROM merge_decisions ORDER BY decided_at, decision`),
    ).toEqual([
      { decision: 'new', reason: expect.stringContaining('first report') },
      { decision: 'merged', reason: 'same date 2024-12-01' },
    ]);
    const [conference] = await upgraded.query(
      'SELECT report_count, names, places, disagreements, search_key FROM conferences',
    );
    expect(conference.report_count).toBe(2);
    expect(conference.names).toHaveLength(2);
    expect(conference.search_key).toContain(' hoi nghi toan quoc tong ket nghi quyet so 18 nq tw ');
    expect(Object.keys(conference.disagreements).sort()).toEqual(['connectionPoints', 'kind']);
    expect(
      await upgraded.query('SELECT title, content_hash FROM conference_reports WHERE title IS NOT NULL'),
    ).toEqual([{ title: a.title, content_hash: a.contentHash }]);
    const { stored, expected } = await summaries(upgraded);
    expect(stored).toEqual(expected);
    expect(stored).toHaveLength(2);
  });

  it('summarise, batch after batch, the reports stored before summaries were kept, as ingest does', async () => {
    const db = await freshDatabase();
    await migrateUp(db);
    for (const name of ['nq18-nam-dinh', 'nq18-hai-phong', 'hntw11-hai-phong'] as const)
      await inTransaction(db, (m) => storeConference(m, seedReport(name).conference));
    const written = await db.query('SELECT id, summary FROM conference_reports ORDER BY id');
    await db.undoLastMigration({ transaction: 'each' });
    // More reports than one batch holds, as the previous schema stored them.
    await db.query(`
      INSERT INTO conference_reports (conference_id, article_url, source_id, extracted_event_id, parser_version, facts, merged, completeness)
      SELECT conference_id, article_url || '#' || n, source_id, extracted_event_id || '-' || n, parser_version, facts, true, completeness
      FROM conference_reports, generate_series(1, 400) n`);

    expect(await migrateUp(db)).toEqual(['ReportSummaries1733702400000']);
    const { stored, expected } = await summaries(db);
    expect(stored).toHaveLength(1203);
    expect(stored).toEqual(expected);
    expect(
      await db.query('SELECT id, summary FROM conference_reports WHERE id = ANY($1) ORDER BY id', [
        written.map((w: { id: string }) => w.id),
      ]),
    ).toEqual(written);
    expect(
      await db.query(
        `SELECT is_nullable FROM information_schema.columns WHERE table_name = 'conference_reports' AND column_name = 'summary'`,
      ),
    ).toEqual([{ is_nullable: 'NO' }]);
  });

  it('rebuild from the stored reports, after rolling back to the initial schema, what ingest wrote', async () => {
    const db = await freshDatabase();
    await migrateUp(db);
    const names: SeedReportName[] = [
      'nq18-nam-dinh',
      'nq18-hai-phong',
      'nq18-phu-tho',
      'hntw11-hai-phong',
      'giao-ban-gia-lai',
    ];
    // Articles before and after their reports: a conference gathers the words of both either way.
    for (const [i, name] of names.entries()) {
      const { article, conference } = seedReport(name);
      if (i % 2 === 0) await inTransaction(db, (m) => storeArticle(m, article));
      await inTransaction(db, (m) => storeConference(m, conference));
      if (i % 2 === 1) await inTransaction(db, (m) => storeArticle(m, article));
    }
    const written = await graph(db);
    await db.undoLastMigration({ transaction: 'each' });
    await db.undoLastMigration({ transaction: 'each' });
    expect(await migrateUp(db)).toHaveLength(2);
    expect(await graph(db)).toEqual(written);
  });
});

/** What the normalised tables say, without the ids and times that differ between two writes. */
async function graph(db: DataSource) {
  return {
    conferences: await db.query(
      `SELECT name, names, places, disagreements, report_count, search_key, organizers_key, places_key, search_vector::text,
         (SELECT article_url FROM conference_reports r WHERE r.id = c.primary_report_id) AS primary_report
       FROM conferences c ORDER BY name`,
    ),
    reports: await db.query(
      'SELECT article_url, completeness, summary FROM conference_reports ORDER BY article_url',
    ),
    people: await db.query('SELECT name, name_key FROM people ORDER BY name'),
    participations: await db.query(
      `SELECT p.name, r.article_url, pa.roles, pa.titles, pa.connection_point, pa.span_start, pa.span_end, pa.span_text
       FROM participations pa JOIN people p ON p.id = pa.person_id JOIN conference_reports r ON r.id = pa.report_id
       ORDER BY p.name, r.article_url`,
    ),
    documents: await db.query(
      'SELECT key, type, number, code, issuer, term, issued_on::text, title FROM documents ORDER BY key',
    ),
    citations: await db.query(
      `SELECT d.key, r.article_url, dc.code, dc.span_start FROM document_citations dc JOIN documents d ON d.id = dc.document_id
       JOIN conference_reports r ON r.id = dc.report_id ORDER BY d.key, r.article_url`,
    ),
    counts: await db.query(
      'SELECT ordinal, level, count, span_text FROM connection_point_counts ORDER BY span_text',
    ),
    presentations: await db.query(
      'SELECT ordinal, speaker, topic, span_start FROM presentations ORDER BY speaker, topic',
    ),
    evidence: await db.query(
      `SELECT r.article_url, e.field, e.ordinal, e.value, e.span_start, e.span_end, e.span_text FROM fact_evidence e
       JOIN conference_reports r ON r.id = e.report_id ORDER BY r.article_url, e.field, e.ordinal`,
    ),
    decisions: await db.query('SELECT count(*)::int AS n FROM merge_decisions'),
  };
}
