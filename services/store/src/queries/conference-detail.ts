import type { EntityManager } from 'typeorm';
import type { Span } from '@hoinghi/contracts';
import type { CanonicalConference } from '../merging/canonical-conference.js';
import type { CandidateVerdict } from '../merging/match-conference.js';
import type { ConferenceSummary } from './conference-list.js';

interface Cited {
  reportId: string;
  span: Span | null;
}

export interface ConferenceDetail extends ConferenceSummary {
  names: string[];
  places: string[];
  /** Per field on which reports differ: each value and the reports that give it. */
  disagreements: CanonicalConference['disagreements'];
  reports: {
    id: string;
    articleUrl: string;
    sourceId: string;
    title: string | null;
    publishedAt: string | null;
    parserVersion: string;
    /** The report the conference's facts come from. */
    primary: boolean;
    merged: boolean;
    mergeReason: string | null;
    storedAt: string;
    localConnectionPoint: { name: string; connectionPoints: number | null; attendees: number | null } | null;
    connectionPointsByLevel: { level: string; count: number; span: Span | null }[];
  }[];
  people: {
    id: string;
    name: string;
    roles: string[];
    titles: string[];
    connectionPoints: string[];
    mentions: Cited[];
  }[];
  documents: {
    key: string;
    type: string;
    number: string | null;
    code: string | null;
    issuer: string | null;
    term: string | null;
    issuedOn: string | null;
    title: string | null;
    citations: (Cited & { code: string | null })[];
  }[];
  presentations: (Cited & { speaker: string; topic: string })[];
  /** Per fact: what each report says and the text it says it in. */
  evidence: Record<string, (Cited & { value: unknown; ordinal: number })[]>;
  mergeDecisions: {
    reportId: string;
    decision: string;
    reason: string;
    candidates: CandidateVerdict[];
    decidedAt: string;
  }[];
}

const span = (alias: string) =>
  `CASE WHEN ${alias}.span_text IS NULL THEN NULL
   ELSE json_build_object('start', ${alias}.span_start, 'end', ${alias}.span_end, 'text', ${alias}.span_text) END`;

/** A conference with everything its reports say, in one statement (one round trip, one snapshot). */
export async function conferenceDetail(db: EntityManager, id: string): Promise<ConferenceDetail | null> {
  const [row] = (await db.query(
    `SELECT json_build_object(
       'id', c.id, 'name', c.name, 'kind', c.kind, 'date', c.date::text, 'partOfDay', c.part_of_day, 'scope', c.scope,
       'format', c.format, 'venue', c.venue, 'organizers', c.organizers, 'connectionPoints', c.connection_points,
       'attendees', c.attendees, 'reportCount', c.report_count, 'names', c.names, 'places', c.places,
       'disagreements', c.disagreements,
       'reports', (
         SELECT coalesce(json_agg(json_build_object(
           'id', r.id, 'articleUrl', r.article_url, 'sourceId', r.source_id, 'title', r.title, 'publishedAt', r.published_at,
           'parserVersion', r.parser_version, 'primary', r.id = c.primary_report_id, 'merged', r.merged,
           'mergeReason', r.merge_reason, 'storedAt', r.created_at,
           'localConnectionPoint', (SELECT e.value FROM fact_evidence e WHERE e.report_id = r.id AND e.field = 'localConnectionPoint'),
           'connectionPointsByLevel', (
             SELECT coalesce(json_agg(json_build_object('level', k.level, 'count', k.count, 'span', ${span('k')}) ORDER BY k.ordinal), '[]')
             FROM connection_point_counts k WHERE k.report_id = r.id)
         ) ORDER BY r.created_at, r.id), '[]')
         FROM conference_reports r WHERE r.conference_id = c.id),
       'people', (
         SELECT coalesce(json_agg(json_build_object(
           'id', p.id, 'name', p.name,
           'roles', ARRAY(SELECT DISTINCT x FROM participations o, unnest(o.roles) x WHERE o.conference_id = c.id AND o.person_id = p.id ORDER BY x),
           'titles', ARRAY(SELECT DISTINCT x FROM participations o, unnest(o.titles) x WHERE o.conference_id = c.id AND o.person_id = p.id ORDER BY x),
           'connectionPoints', ARRAY(SELECT DISTINCT o.connection_point FROM participations o
                                     WHERE o.conference_id = c.id AND o.person_id = p.id AND o.connection_point IS NOT NULL ORDER BY 1),
           'mentions', (SELECT json_agg(json_build_object('reportId', o.report_id, 'span', ${span('o')}) ORDER BY o.report_id)
                        FROM participations o WHERE o.conference_id = c.id AND o.person_id = p.id)
         ) ORDER BY p.name), '[]')
         FROM people p WHERE p.id IN (SELECT person_id FROM participations WHERE conference_id = c.id)),
       'documents', (
         SELECT coalesce(json_agg(json_build_object(
           'key', d.key, 'type', d.type, 'number', d.number, 'code', d.code, 'issuer', d.issuer, 'term', d.term,
           'issuedOn', d.issued_on::text, 'title', d.title,
           'citations', (SELECT json_agg(json_build_object('reportId', dc.report_id, 'code', dc.code, 'span', ${span('dc')}) ORDER BY dc.report_id)
                         FROM document_citations dc WHERE dc.conference_id = c.id AND dc.document_id = d.id)
         ) ORDER BY d.key), '[]')
         FROM documents d WHERE d.id IN (SELECT document_id FROM document_citations WHERE conference_id = c.id)),
       'presentations', (
         SELECT coalesce(json_agg(json_build_object('reportId', pr.report_id, 'speaker', pr.speaker, 'topic', pr.topic, 'span', ${span('pr')})
                ORDER BY pr.report_id, pr.ordinal), '[]')
         FROM presentations pr WHERE pr.conference_id = c.id),
       'evidence', (
         SELECT coalesce(json_object_agg(f.field, f.facts), '{}') FROM (
           SELECT e.field, json_agg(json_build_object('reportId', e.report_id, 'ordinal', e.ordinal, 'value', e.value, 'span', ${span('e')})
                  ORDER BY e.report_id, e.ordinal) AS facts
           FROM fact_evidence e WHERE e.conference_id = c.id GROUP BY e.field) f),
       'mergeDecisions', (
         SELECT coalesce(json_agg(json_build_object('reportId', m.report_id, 'decision', m.decision, 'reason', m.reason,
                  'candidates', m.candidates, 'decidedAt', m.decided_at) ORDER BY m.id), '[]')
         FROM merge_decisions m WHERE m.conference_id = c.id)
     ) AS detail
     FROM conferences c WHERE c.id = $1`,
    [id],
  )) as { detail: ConferenceDetail }[];
  return row?.detail ?? null;
}
