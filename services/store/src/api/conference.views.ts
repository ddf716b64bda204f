import type { ConferenceEntity, ConferenceReportEntity } from '../database/entities/index.js';

export function conferenceSummary(row: ConferenceEntity) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    date: row.date,
    partOfDay: row.partOfDay,
    scope: row.scope,
    format: row.format,
    venue: row.venue,
    organizers: row.organizers,
    connectionPoints: row.connectionPoints,
    attendees: row.attendees,
  };
}

export function conferenceDetail(row: ConferenceEntity, reports: ConferenceReportEntity[]) {
  return {
    ...conferenceSummary(row),
    documents: row.facts.documents,
    people: row.facts.people,
    presentations: row.facts.presentations,
    connectionPointsByLevel: row.facts.connectionPointsByLevel,
    facts: row.facts,
    reports: reports.map((report) => ({
      id: report.id,
      articleUrl: report.articleUrl,
      sourceId: report.sourceId,
      parserVersion: report.parserVersion,
      merged: report.merged,
      mergeReason: report.mergeReason,
      storedAt: report.createdAt.toISOString(),
    })),
  };
}
