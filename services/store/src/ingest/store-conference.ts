import type { EntityManager } from 'typeorm';
import type { CloudEvent, ConferenceExtractedV1, ConferenceStoredV1, ExtractedConference } from '@hoinghi/contracts';
import { conferenceStoredV1 } from '@hoinghi/contracts';
import { ConferenceEntity, ConferenceReportEntity, OutboxEventEntity } from '../database/entities/index.js';
import { matchConference, type MergeCandidate } from '../merging/match-conference.js';
import { nameKey } from '../merging/name-key.js';
import { compareVersions } from './parser-version.js';

export type ConferenceOutcome = { stored: ConferenceStoredV1 } | { skipped: 'duplicate' | 'older' };

/** How much a report says: the most complete one provides the canonical conference's facts. */
export function completeness(facts: ExtractedConference): number {
  const scalars = [facts.date, facts.partOfDay, facts.scope, facts.format, facts.venue, facts.connectionPoints, facts.attendees];
  return (
    scalars.filter((fact) => fact !== null).length +
    facts.organizers.length +
    facts.documents.length +
    facts.people.length
  );
}

function conferenceColumns(facts: ExtractedConference) {
  return {
    name: facts.name.value,
    nameKey: nameKey(facts.name.value),
    kind: facts.kind.value,
    date: facts.date?.value ?? null,
    partOfDay: facts.partOfDay?.value ?? null,
    scope: facts.scope?.value ?? null,
    format: facts.format?.value ?? null,
    venue: facts.venue?.value ?? null,
    organizers: facts.organizers.map((o) => o.value),
    connectionPoints: facts.connectionPoints?.value ?? null,
    attendees: facts.attendees?.value ?? null,
    facts,
  };
}

/**
 * Stores one report of a conference in the caller's transaction: merges it into the conference it
 * reports when one is already stored, and writes the stored-conference event to the outbox.
 */
export async function storeConference(
  db: EntityManager,
  event: CloudEvent<ConferenceExtractedV1>,
): Promise<ConferenceOutcome> {
  const extracted = event.data;
  const facts = extracted.conference;
  const existing = await db.findOne(ConferenceReportEntity, {
    where: { articleUrl: extracted.articleUrl },
    lock: { mode: 'pessimistic_write' },
  });
  if (existing?.extractedEventId === event.id) return { skipped: 'duplicate' };
  if (existing && compareVersions(extracted.parserVersion, existing.parserVersion) < 0) return { skipped: 'older' };

  let conferenceId: string;
  let merged = false;
  let mergeReason: string | null = null;
  if (existing) {
    conferenceId = existing.conferenceId;
    mergeReason = `re-parse of ${extracted.articleUrl} by parser ${extracted.parserVersion}`;
  } else {
    // Serialise matching per day so that two replicas cannot each create the same conference.
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [facts.date?.value ?? extracted.articleUrl]);
    const decision = matchConference(facts, await candidatesOn(db, facts.date?.value ?? null));
    if (decision) {
      conferenceId = decision.conferenceId;
      merged = true;
      mergeReason = decision.reason;
    } else {
      const inserted = await db.insert(ConferenceEntity, conferenceColumns(facts));
      conferenceId = inserted.identifiers[0].id as string;
    }
  }

  const report = {
    conferenceId,
    articleUrl: extracted.articleUrl,
    sourceId: extracted.sourceId,
    extractedEventId: event.id,
    parserVersion: extracted.parserVersion,
    facts,
    merged,
    mergeReason,
  };
  let reportId: string;
  if (existing) {
    await db.update(ConferenceReportEntity, { id: existing.id }, report);
    reportId = existing.id;
  } else {
    reportId = (await db.insert(ConferenceReportEntity, report)).identifiers[0].id as string;
  }

  const conference = await db.findOneByOrFail(ConferenceEntity, { id: conferenceId });
  if (merged && completeness(facts) > completeness(conference.facts)) {
    await db.update(ConferenceEntity, { id: conferenceId }, conferenceColumns(facts));
  }

  const stored: ConferenceStoredV1 = {
    conferenceId,
    reportId,
    extractedEventId: event.id,
    articleUrl: extracted.articleUrl,
    merged,
    mergeReason,
    name: conference.name,
    date: conference.date,
  };
  await db.insert(OutboxEventEntity, {
    eventId: `stored:${event.id}`,
    messageType: conferenceStoredV1.type,
    data: stored,
    subject: conferenceId,
  });
  return { stored };
}

async function candidatesOn(db: EntityManager, date: string | null): Promise<MergeCandidate[]> {
  if (date === null) return [];
  const rows = await db.find(ConferenceEntity, { where: { date } });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    date: row.date,
    scope: row.scope,
    documentKeys: row.facts.documents.map((d) => d.key),
  }));
}
