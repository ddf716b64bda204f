import type { ExtractedConference } from '@hoinghi/contracts';
import { nameKey } from './name-key.js';

/** One report of a conference, with the facts as extracted. */
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

/**
 * What the canonical conference needs of a report other than its primary: no spans, people or documents,
 * so that merging into a conference of hundreds of reports does not load all their facts.
 */
export interface ReportSummary {
  id: string;
  articleUrl: string;
  completeness: number;
  name: string;
  /** The compared fields the report gives a value for. */
  values: Partial<Record<ComparedField, string | number>>;
  organizers: string[];
  /** Venue, local connection point, then the people's connection points, as written. */
  places: string[];
}

export function summarizeReport({ id, articleUrl, facts }: ReportFacts): ReportSummary {
  const values: ReportSummary['values'] = {};
  for (const field of COMPARED_FIELDS) {
    const value = facts[field]?.value ?? null;
    if (value !== null) values[field] = value;
  }
  const places = [
    facts.venue?.value,
    facts.localConnectionPoint?.name,
    ...facts.people.map((p) => p.connectionPoint),
  ].filter((place): place is string => Boolean(place));
  return {
    id,
    articleUrl,
    completeness: completeness(facts),
    name: facts.name.value,
    values,
    organizers: facts.organizers.map((o) => o.value),
    // Many people share a connection point; only the first of equal spellings can be kept anyway.
    places: [...new Set(places)],
  };
}

/** The report that provides the canonical facts: the most complete, the first stored of equals. */
export function primaryReport(summaries: ReportSummary[]): ReportSummary {
  if (summaries.length === 0) throw new Error('a conference has at least one report');
  let primary = summaries[0];
  for (const summary of summaries) if (summary.completeness > primary.completeness) primary = summary;
  return primary;
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
 * The canonical conference its reports describe (their summaries, in the order they were stored): the
 * facts of the primary report, a gap there filled from the other reports, organizers and names from all
 * of them, and for every field on which reports differ, each value with the reports that give it.
 */
export function canonicalConference(summaries: ReportSummary[], primary: ReportFacts): CanonicalConference {
  const first = primaryReport(summaries);
  if (first.id !== primary.id)
    throw new Error(`report ${primary.id} given as the primary one, but ${first.id} is`);
  const ordered = [first, ...summaries.filter((s) => s !== first)];

  const filled = (field: ComparedField) =>
    ordered.find((s) => s.values[field] !== undefined)?.values[field] ?? null;

  const disagreements: CanonicalConference['disagreements'] = {};
  for (const field of COMPARED_FIELDS) {
    const groups = new Map<string, DisagreementValue>();
    for (const summary of ordered) {
      const value = summary.values[field];
      if (value === undefined) continue;
      const key = sameness(value);
      const group = groups.get(key) ?? { value, reports: [] };
      group.reports.push({ reportId: summary.id, articleUrl: summary.articleUrl });
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
    organizers: distinct(ordered.flatMap((s) => s.organizers)),
    connectionPoints: filled('connectionPoints') as number | null,
    attendees: filled('attendees') as number | null,
    facts,
    names: distinct(ordered.map((s) => s.name)),
    places: distinct(ordered.flatMap((s) => s.places)).sort((a, b) =>
      nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0,
    ),
    disagreements,
    reportCount: summaries.length,
  };
}
