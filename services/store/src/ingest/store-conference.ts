import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CloudEvent, ConferenceExtractedV1, ConferenceStoredV1 } from '@hoinghi/contracts';
import { conferenceStoredV1 } from '@hoinghi/contracts';
import {
  canonicalConference,
  primaryReport,
  summarizeReport,
  type ReportFacts,
} from '../merging/canonical-conference.js';
import { matchConference, type CandidateVerdict } from '../merging/match-conference.js';
import {
  deleteReportFacts,
  dropLeftConference,
  loadExistingAndCandidates,
  loadReportFacts,
  loadReportSummaries,
  lockDay,
  writeReport,
  writeSharedRows,
  type ExistingReport,
} from './conference-writes.js';
import { compareVersions } from './parser-version.js';
import { reportRows, withValidDates } from './report-rows.js';

export type ConferenceOutcome =
  { stored: ConferenceStoredV1 } | { skipped: 'duplicate' | 'older' | 'unchanged' };

/** Why an incoming parse of an article already stored is not applied, if it is not. */
export function staleness(
  existing: ExistingReport,
  incoming: { eventId: string; parserVersion: string; contentHash: string; time: string },
): 'duplicate' | 'older' | 'unchanged' | null {
  if (existing.extractedEventId === incoming.eventId) return 'duplicate';
  const version = compareVersions(incoming.parserVersion, existing.parserVersion);
  if (version < 0) return 'older';
  if (version > 0) return null;
  // The same parser on the same text says the same: nothing to redo.
  if (existing.contentHash === incoming.contentHash) return 'unchanged';
  if (existing.extractedAt !== null && Date.parse(incoming.time) < Date.parse(existing.extractedAt))
    return 'older';
  return null;
}

interface Placement {
  conferenceId: string;
  decision: 'new' | 'merged' | 'reparsed' | 'moved';
  reason: string;
  considered: CandidateVerdict[];
  /** The conference this report was the only report of, which it leaves. */
  leaves: string | null;
}

/**
 * Stores one report of a conference in the caller's transaction: merges it into the conference it
 * reports when one is stored, recomputes that conference from all its reports, records the decision,
 * and writes the stored-conference event to the outbox. A redelivered or older parse changes nothing.
 */
export async function storeConference(
  db: EntityManager,
  event: CloudEvent<ConferenceExtractedV1>,
): Promise<ConferenceOutcome> {
  const extracted = event.data;
  const facts = withValidDates(extracted.conference);
  const date = facts.date?.value ?? null;
  const eventTime = event.time ?? new Date().toISOString();

  const lockKey = date ?? extracted.articleUrl;
  await lockDay(db, lockKey);
  let { existing, candidates } = await loadExistingAndCandidates(db, extracted.articleUrl, date);
  if (existing) {
    const stale = staleness(existing, { eventId: event.id, ...extracted, time: eventTime });
    if (stale) return { skipped: stale };
    if (existing.conferenceLockKey !== lockKey) {
      // A re-parse that changed the day: its conference is written under its own day's lock too.
      await lockDay(db, existing.conferenceLockKey);
      ({ existing, candidates } = await loadExistingAndCandidates(db, extracted.articleUrl, date));
      if (!existing) throw new Error(`report of ${extracted.articleUrl} vanished while locking its day`);
    }
  }

  let placement: Placement;
  if (!existing) {
    const match = matchConference(facts, candidates);
    placement = match.merge
      ? {
          conferenceId: match.conferenceId,
          decision: 'merged',
          reason: match.reason,
          considered: match.considered,
          leaves: null,
        }
      : {
          conferenceId: randomUUID(),
          decision: 'new',
          reason: match.reason,
          considered: match.considered,
          leaves: null,
        };
  } else if (existing.conferenceReportCount === 1) {
    // Alone in its conference, a re-parse may now match another (say, the first parse missed the date).
    const match = matchConference(
      facts,
      candidates.filter((c) => c.id !== existing.conferenceId),
    );
    const reparse = `re-parse by parser ${extracted.parserVersion}`;
    placement = match.merge
      ? {
          conferenceId: match.conferenceId,
          decision: 'moved',
          reason: `${reparse}: ${match.reason}`,
          considered: match.considered,
          leaves: existing.conferenceId,
        }
      : {
          conferenceId: existing.conferenceId,
          decision: 'reparsed',
          reason: reparse,
          considered: match.considered,
          leaves: null,
        };
  } else {
    placement = {
      conferenceId: existing.conferenceId,
      decision: 'reparsed',
      reason: `re-parse by parser ${extracted.parserVersion}; stays with the ${existing.conferenceReportCount - 1} other reports`,
      considered: [],
      leaves: null,
    };
  }

  const reportId = existing?.id ?? randomUUID();
  const report: ReportFacts = { id: reportId, articleUrl: extracted.articleUrl, facts };
  const summary = summarizeReport(report);
  // Of the other reports, their summaries only: a conference may have hundreds, each with KBs of facts.
  let summaries = [summary];
  if (placement.decision !== 'new') {
    const stored = await loadReportSummaries(db, placement.conferenceId);
    summaries = stored.some((s) => s.id === reportId)
      ? stored.map((s) => (s.id === reportId ? summary : s))
      : [...stored, summary];
  }
  const primaryId = primaryReport(summaries).id;
  const primary = primaryId === reportId ? report : await loadReportFacts(db, primaryId);
  const canonical = canonicalConference(summaries, primary);
  const merged = canonical.reportCount > 1;
  const mergeReason = placement.decision === 'new' ? null : placement.reason;

  const stored: ConferenceStoredV1 = {
    conferenceId: placement.conferenceId,
    reportId,
    extractedEventId: event.id,
    articleUrl: extracted.articleUrl,
    merged,
    mergeReason,
    name: canonical.name,
    date: canonical.date,
  };
  const rows = reportRows(facts);
  await writeSharedRows(db, extracted.sourceId, rows);
  if (existing) await deleteReportFacts(db, reportId);
  await writeReport(db, {
    reportId,
    conferenceId: placement.conferenceId,
    articleUrl: extracted.articleUrl,
    sourceId: extracted.sourceId,
    title: extracted.title,
    publishedAt: extracted.publishedAt,
    contentHash: extracted.contentHash,
    articleEventId: extracted.articleEventId,
    extractedEventId: event.id,
    extractedAt: eventTime,
    parserVersion: extracted.parserVersion,
    facts,
    summary,
    merged,
    mergeReason,
    decision: placement.decision,
    decisionReason: placement.reason,
    considered: placement.considered,
    canonical,
    rows,
    outbox: { eventId: `stored:${event.id}`, messageType: conferenceStoredV1.type, data: stored },
  });
  if (placement.leaves) await dropLeftConference(db, placement.leaves, placement.conferenceId);
  return { stored };
}
