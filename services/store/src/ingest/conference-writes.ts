import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { ConferenceStoredV1, ExtractedConference } from '@hoinghi/contracts';
import type { CanonicalConference, ReportFacts, ReportSummary } from '../merging/canonical-conference.js';
import type { CandidateVerdict, MergeCandidate } from '../merging/match-conference.js';
import type { ReportRows } from './report-rows.js';
import { SEARCH_VECTOR } from './search-vector.js';

/**
 * The statements of one conference report, each a round trip: the rows of a report go in as jsonb
 * record sets (one multi-row insert per table), so the cost does not grow with the people it names.
 * They run as named prepared statements on the transaction's connection, planned once per connection.
 */
async function run<T>(db: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  if (!db.queryRunner) throw new Error('ingest statements run inside a transaction');
  const client = (await db.queryRunner.connect()) as pg.PoolClient;
  return (await client.query({ name, text, values })).rows as T[];
}

/**
 * Serialises ingest per day: every write to a conference happens under the lock of its day (its
 * article URL when it has none), so two replicas cannot each create the same conference, nor recompute
 * one from different sets of reports.
 */
export async function lockDay(db: EntityManager, key: string): Promise<void> {
  await run(db, 'ingest-lock-day', 'SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
}

export interface ExistingReport {
  id: string;
  conferenceId: string;
  /** The lock key of the conference the report is in: its day, or its first report's URL. */
  conferenceLockKey: string;
  extractedEventId: string;
  parserVersion: string;
  contentHash: string | null;
  extractedAt: string | null;
  conferenceReportCount: number;
}

/** The stored report of this article (locked) and the conferences stored on the day. */
export async function loadExistingAndCandidates(
  db: EntityManager,
  articleUrl: string,
  date: string | null,
): Promise<{ existing: ExistingReport | null; candidates: MergeCandidate[] }> {
  const [row] = await run<{ existing: ExistingReport | null; candidates: MergeCandidate[] }>(
    db,
    'ingest-existing-and-candidates',
    `WITH existing AS (
       SELECT r.id, r.conference_id AS "conferenceId", r.extracted_event_id AS "extractedEventId",
         r.parser_version AS "parserVersion", r.content_hash AS "contentHash", r.extracted_at AS "extractedAt",
         c.report_count AS "conferenceReportCount",
         coalesce(c.date::text, (SELECT f.article_url FROM conference_reports f WHERE f.conference_id = c.id
                                 ORDER BY f.created_at, f.id LIMIT 1)) AS "conferenceLockKey"
       FROM conference_reports r JOIN conferences c ON c.id = r.conference_id
       WHERE r.article_url = $1 FOR UPDATE OF r
     )
     SELECT (SELECT row_to_json(existing) FROM existing) AS existing,
       (SELECT coalesce(json_agg(json_build_object(
           'id', c.id, 'names', c.names, 'date', c.date, 'scope', c.scope, 'partOfDay', c.part_of_day,
           'documentKeys', ARRAY(SELECT DISTINCT d.key FROM document_citations dc JOIN documents d ON d.id = dc.document_id
                                 WHERE dc.conference_id = c.id))), '[]')
        FROM conferences c WHERE c.date = $2::date) AS candidates`,
    [articleUrl, date],
  );
  return row;
}

/** The summaries of a conference's reports, in the order they were stored. */
export async function loadReportSummaries(db: EntityManager, conferenceId: string): Promise<ReportSummary[]> {
  const rows = await run<{ summary: ReportSummary }>(
    db,
    'ingest-load-report-summaries',
    'SELECT summary FROM conference_reports WHERE conference_id = $1 ORDER BY created_at, id',
    [conferenceId],
  );
  return rows.map((row) => row.summary);
}

/** One stored report with its full facts: the primary report of the conference being recomputed. */
export async function loadReportFacts(db: EntityManager, reportId: string): Promise<ReportFacts> {
  const [report] = await run<ReportFacts>(
    db,
    'ingest-load-report-facts',
    'SELECT id, article_url AS "articleUrl", facts FROM conference_reports WHERE id = $1',
    [reportId],
  );
  if (!report) throw new Error(`report ${reportId} vanished while its conference was locked`);
  return report;
}

/**
 * Rows other reports share (source, people, documents), inserted if new, in key order so concurrent
 * transactions lock them in the same order. A statement of its own: the next one must see the people
 * and documents another transaction committed while this one waited for them.
 */
export async function writeSharedRows(db: EntityManager, sourceId: string, rows: ReportRows): Promise<void> {
  await run(
    db,
    'ingest-shared-rows',
    `WITH source AS (INSERT INTO sources (id) VALUES ($1) ON CONFLICT DO NOTHING),
     people AS (
       INSERT INTO people (name) SELECT x.name FROM jsonb_to_recordset($2::jsonb) AS x(name text)
       ORDER BY lower(x.name) ON CONFLICT ((lower(name))) DO NOTHING)
     INSERT INTO documents (key, type, number, code, issuer, term, issued_on, title)
     SELECT x.key, x.type, x.number, x.code, x.issuer, x.term, x."issuedOn", x.title
     FROM jsonb_to_recordset($3::jsonb) AS x(key text, type text, number text, code text, issuer text, term text, "issuedOn" date, title text)
     ORDER BY x.key ON CONFLICT (key) DO NOTHING`,
    [sourceId, JSON.stringify(rows.people), JSON.stringify(rows.documents)],
  );
}

/** What an earlier parse of a report said, before the new parse says it again. */
export async function deleteReportFacts(db: EntityManager, reportId: string): Promise<void> {
  await run(
    db,
    'ingest-delete-report-facts',
    `WITH participations AS (DELETE FROM participations WHERE report_id = $1),
     citations AS (DELETE FROM document_citations WHERE report_id = $1),
     counts AS (DELETE FROM connection_point_counts WHERE report_id = $1),
     presentations AS (DELETE FROM presentations WHERE report_id = $1)
     DELETE FROM fact_evidence WHERE report_id = $1`,
    [reportId],
  );
}

export interface ReportWrite {
  reportId: string;
  conferenceId: string;
  articleUrl: string;
  sourceId: string;
  title: string | null;
  publishedAt: string | null;
  contentHash: string;
  articleEventId: string;
  extractedEventId: string;
  extractedAt: string;
  parserVersion: string;
  facts: ExtractedConference;
  summary: ReportSummary;
  merged: boolean;
  mergeReason: string | null;
  decision: 'new' | 'merged' | 'reparsed' | 'moved';
  decisionReason: string;
  considered: CandidateVerdict[];
  canonical: CanonicalConference;
  rows: ReportRows;
  outbox: { eventId: string; messageType: string; data: ConferenceStoredV1 };
}

const SPAN = `"spanStart" integer, "spanEnd" integer, "spanText" text`;

/**
 * Everything else in one statement: the canonical conference (inserted or updated), the report, its
 * participations, citations, counts, presentations and evidence, the merge decision and the outbox event.
 * Foreign keys are checked at the end of the statement, so the order of the parts does not matter.
 */
export async function writeReport(db: EntityManager, w: ReportWrite): Promise<void> {
  const c = w.canonical;
  await run(
    db,
    'ingest-write-report',
    `WITH conference AS (
       INSERT INTO conferences (id, name, name_key, names, kind, date, part_of_day, scope, format, venue, organizers,
         connection_points, attendees, places, facts, disagreements, report_count, primary_report_id, search_vector)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
         ${SEARCH_VECTOR(`$44 || ' ' || coalesce((SELECT coalesce(a.title, '') || ' ' || a.text FROM articles a WHERE a.url = $20), '')`)})
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, names = excluded.names,
         kind = excluded.kind, date = excluded.date, part_of_day = excluded.part_of_day, scope = excluded.scope,
         format = excluded.format, venue = excluded.venue, organizers = excluded.organizers,
         connection_points = excluded.connection_points, attendees = excluded.attendees, places = excluded.places,
         facts = excluded.facts, disagreements = excluded.disagreements, report_count = excluded.report_count,
         primary_report_id = excluded.primary_report_id,
         search_vector = conferences.search_vector || excluded.search_vector, updated_at = now()),
     report AS (
       INSERT INTO conference_reports (id, conference_id, article_url, source_id, title, published_at, content_hash,
         article_event_id, extracted_event_id, extracted_at, parser_version, facts, summary, completeness, merged, merge_reason)
       VALUES ($19, $1, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $45, $30, $31, $32)
       ON CONFLICT (id) DO UPDATE SET conference_id = excluded.conference_id, source_id = excluded.source_id,
         title = excluded.title, published_at = excluded.published_at, content_hash = excluded.content_hash,
         article_event_id = excluded.article_event_id, extracted_event_id = excluded.extracted_event_id,
         extracted_at = excluded.extracted_at, parser_version = excluded.parser_version, facts = excluded.facts,
         summary = excluded.summary, completeness = excluded.completeness, merged = excluded.merged,
         merge_reason = excluded.merge_reason, updated_at = now()),
     participations AS (
       INSERT INTO participations (report_id, conference_id, person_id, roles, titles, connection_point, span_start, span_end, span_text)
       SELECT $19, $1, p.id, x.roles, x.titles, x."connectionPoint", x."spanStart", x."spanEnd", x."spanText"
       FROM jsonb_to_recordset($33::jsonb) AS x(name text, roles text[], titles text[], "connectionPoint" text, ${SPAN})
       JOIN people p ON lower(p.name) = lower(x.name)),
     citations AS (
       INSERT INTO document_citations (report_id, conference_id, document_id, code, span_start, span_end, span_text)
       SELECT $19, $1, d.id, x.code, x."spanStart", x."spanEnd", x."spanText"
       FROM jsonb_to_recordset($34::jsonb) AS x(key text, code text, ${SPAN})
       JOIN documents d ON d.key = x.key),
     document_details AS (
       UPDATE documents d SET number = coalesce(d.number, x.number), code = coalesce(d.code, x.code),
         issuer = coalesce(d.issuer, x.issuer), term = coalesce(d.term, x.term),
         issued_on = coalesce(d.issued_on, x."issuedOn"), title = coalesce(d.title, x.title)
       FROM jsonb_to_recordset($34::jsonb) AS x(key text, number text, code text, issuer text, term text, "issuedOn" date, title text)
       WHERE d.key = x.key AND ((d.number IS NULL AND x.number IS NOT NULL) OR (d.code IS NULL AND x.code IS NOT NULL)
         OR (d.issuer IS NULL AND x.issuer IS NOT NULL) OR (d.term IS NULL AND x.term IS NOT NULL)
         OR (d.issued_on IS NULL AND x."issuedOn" IS NOT NULL) OR (d.title IS NULL AND x.title IS NOT NULL))),
     counts AS (
       INSERT INTO connection_point_counts (report_id, conference_id, ordinal, level, count, span_start, span_end, span_text)
       SELECT $19, $1, x.ordinal, x.level, x.count, x."spanStart", x."spanEnd", x."spanText"
       FROM jsonb_to_recordset($35::jsonb) AS x(ordinal integer, level text, count integer, ${SPAN})),
     presentations AS (
       INSERT INTO presentations (report_id, conference_id, ordinal, speaker, topic, span_start, span_end, span_text)
       SELECT $19, $1, x.ordinal, x.speaker, x.topic, x."spanStart", x."spanEnd", x."spanText"
       FROM jsonb_to_recordset($36::jsonb) AS x(ordinal integer, speaker text, topic text, ${SPAN})),
     evidence AS (
       INSERT INTO fact_evidence (report_id, conference_id, field, ordinal, value, span_start, span_end, span_text)
       SELECT $19, $1, x.field, x.ordinal, x.value, x."spanStart", x."spanEnd", x."spanText"
       FROM jsonb_to_recordset($37::jsonb) AS x(field text, ordinal integer, value jsonb, ${SPAN})),
     decision AS (
       INSERT INTO merge_decisions (report_id, conference_id, decision, reason, candidates, extracted_event_id, parser_version)
       VALUES ($19, $1, $38, $39, $40, $26, $28))
     INSERT INTO outbox_events (event_id, message_type, data, subject) VALUES ($41, $42, $43, $1)`,
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
      JSON.stringify(c.disagreements),
      c.reportCount,
      c.primaryReportId,
      w.reportId,
      w.articleUrl,
      w.sourceId,
      w.title,
      w.publishedAt,
      w.contentHash,
      w.articleEventId,
      w.extractedEventId,
      w.extractedAt,
      w.parserVersion,
      JSON.stringify(w.facts),
      w.summary.completeness,
      w.merged,
      w.mergeReason,
      JSON.stringify(w.rows.people),
      JSON.stringify(w.rows.documents),
      JSON.stringify(w.rows.counts),
      JSON.stringify(w.rows.presentations),
      JSON.stringify(w.rows.evidence),
      w.decision,
      w.decisionReason,
      JSON.stringify(w.considered),
      w.outbox.eventId,
      w.outbox.messageType,
      JSON.stringify(w.outbox.data),
      w.facts.name.value,
      JSON.stringify(w.summary),
    ],
  );
}

/** After a report moved on, the conference it left (it was its only report) goes; its history moves with the report. */
export async function dropLeftConference(db: EntityManager, left: string, joined: string): Promise<void> {
  await run(
    db,
    'ingest-move-history',
    'UPDATE merge_decisions SET conference_id = $2 WHERE conference_id = $1',
    [left, joined],
  );
  await run(
    db,
    'ingest-drop-left-conference',
    'DELETE FROM conferences c WHERE c.id = $1 AND NOT EXISTS (SELECT 1 FROM conference_reports r WHERE r.conference_id = $1)',
    [left],
  );
}
