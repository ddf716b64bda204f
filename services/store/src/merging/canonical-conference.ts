import type { ExtractedConference } from '@hoinghi/contracts';
import { nameKey } from './name-key.js';

/** One stored report of a conference, in the order the reports were stored. */
export interface ReportFacts {
  id: string;
  articleUrl: string;
  facts: ExtractedConference;
}

export interface DisagreementValue {
  value: string | number;
  reports: { reportId: string; articleUrl: string }[];
}

/** Fields on which reports may differ; the name is not among them (outlets word it freely: see `names`). */
export const COMPARED_FIELDS = [
  'kind',
  'date',
  'partOfDay',
  'scope',
  'format',
  'venue',
  'connectionPoints',
  'attendees',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface CanonicalConference {
  primaryReportId: string;
  name: string;
  nameKey: string;
  kind: string;
  date: string | null;
  partOfDay: string | null;
  scope: string | null;
  format: string | null;
  venue: string | null;
  organizers: string[];
  connectionPoints: number | null;
  attendees: number | null;
  /** The facts of the most complete report, as extracted. */
  facts: ExtractedConference;
  /** Every name the reports give, the canonical one first. */
  names: string[];
  /** Venue and connection points named anywhere, in alphabetical order: what the province filter searches. */
  places: string[];
  disagreements: Partial<Record<ComparedField, DisagreementValue[]>>;
  reportCount: number;
}

/** How much a report says: the most complete one provides the canonical conference's facts. */
export function completeness(facts: ExtractedConference): number {
  const scalars = [
    facts.date,
    facts.partOfDay,
    facts.scope,
    facts.format,
    facts.venue,
    facts.connectionPoints,
    facts.attendees,
    facts.localConnectionPoint,
  ];
  return (
    scalars.filter((fact) => fact !== null).length +
    facts.organizers.length +
    facts.documents.length +
    facts.people.length +
    facts.presentations.length +
    facts.connectionPointsByLevel.length
  );
}

function scalar(facts: ExtractedConference, field: ComparedField): string | number | null {
  return facts[field]?.value ?? null;
}

/** Text compared without case, diacritics or punctuation; numbers as they are. */
const sameness = (value: string | number) => (typeof value === 'string' ? nameKey(value) : String(value));

function distinct(values: (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    if (!value) continue;
    const key = nameKey(value);
    if (key !== '' && !seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/**
 * The canonical conference its reports describe: the facts of the most complete report (the first
 * stored wins a tie), a gap there filled from the other reports, organizers and names from all of them,
 * and for every field on which reports differ, each value with the reports that give it.
 */
export function canonicalConference(reports: ReportFacts[]): CanonicalConference {
  if (reports.length === 0) throw new Error('a conference has at least one report');
  let primary = reports[0];
  for (const report of reports)
    if (completeness(report.facts) > completeness(primary.facts)) primary = report;
  const ordered = [primary, ...reports.filter((r) => r !== primary)];

  const filled = (field: ComparedField) => {
    for (const report of ordered) {
      const value = scalar(report.facts, field);
      if (value !== null) return value;
    }
    return null;
  };

  const disagreements: CanonicalConference['disagreements'] = {};
  for (const field of COMPARED_FIELDS) {
    const groups = new Map<string, DisagreementValue>();
    for (const report of ordered) {
      const value = scalar(report.facts, field);
      if (value === null) continue;
      const key = sameness(value);
      const group = groups.get(key) ?? { value, reports: [] };
      group.reports.push({ reportId: report.id, articleUrl: report.articleUrl });
      groups.set(key, group);
    }
    if (groups.size > 1) disagreements[field] = [...groups.values()];
  }

  const facts = primary.facts;
  const name = facts.name.value;
  return {
    primaryReportId: primary.id,
    name,
    nameKey: nameKey(name),
    kind: facts.kind.value,
    date: filled('date') as string | null,
    partOfDay: filled('partOfDay') as string | null,
    scope: filled('scope') as string | null,
    format: filled('format') as string | null,
    venue: filled('venue') as string | null,
    organizers: distinct(ordered.flatMap((r) => r.facts.organizers.map((o) => o.value))),
    connectionPoints: filled('connectionPoints') as number | null,
    attendees: filled('attendees') as number | null,
    facts,
    names: distinct(ordered.map((r) => r.facts.name.value)),
    places: distinct(
      ordered.flatMap((r) => [
        r.facts.venue?.value,
        r.facts.localConnectionPoint?.name,
        ...r.facts.people.map((p) => p.connectionPoint),
      ]),
    ).sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0)),
    disagreements,
    reportCount: reports.length,
  };
}
