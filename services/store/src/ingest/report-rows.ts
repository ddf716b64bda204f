import type { ExtractedConference, Span } from '@hoinghi/contracts';

interface SpanColumns {
  spanStart: number | null;
  spanEnd: number | null;
  spanText: string | null;
}

export interface PersonRow extends SpanColumns {
  name: string;
  roles: string[];
  titles: string[];
  connectionPoint: string | null;
}

export interface DocumentRow extends SpanColumns {
  key: string;
  type: string;
  number: string | null;
  code: string | null;
  issuer: string | null;
  term: string | null;
  issuedOn: string | null;
  title: string | null;
}

export interface CountRow extends SpanColumns {
  ordinal: number;
  level: string;
  count: number;
}

export interface PresentationRow extends SpanColumns {
  ordinal: number;
  speaker: string;
  topic: string;
}

export interface EvidenceRow extends SpanColumns {
  field: string;
  ordinal: number;
  value: unknown;
}

/** The rows one report adds to the normalised tables, each written with one multi-row insert. */
export interface ReportRows {
  people: PersonRow[];
  documents: DocumentRow[];
  counts: CountRow[];
  presentations: PresentationRow[];
  evidence: EvidenceRow[];
}

const span = (s: Span | null): SpanColumns => ({
  spanStart: s?.start ?? null,
  spanEnd: s?.end ?? null,
  spanText: s?.text ?? null,
});

/** Whitespace collapsed and NFC, so one person written two ways by the byte is one person. */
export const cleanName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A YYYY-MM-DD that names a real day, or null: "2024-02-30" or year 0 would fail the whole transaction. */
export function calendarDate(value: string | null | undefined): string | null {
  if (!value || !/^(?!0000)\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

/** The facts with impossible dates dropped: a parser's slip must not make the message undeliverable. */
export function withValidDates(facts: ExtractedConference): ExtractedConference {
  const date = facts.date && calendarDate(facts.date.value) ? facts.date : null;
  return {
    ...facts,
    date,
    documents: facts.documents.map((d) => ({ ...d, date: calendarDate(d.date) })),
  };
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * People and documents once each (a name or key the text repeats is merged), in a stable order so
 * concurrent transactions take their row locks in the same order.
 */
export function reportRows(facts: ExtractedConference): ReportRows {
  const people = new Map<string, PersonRow>();
  for (const person of facts.people) {
    const name = cleanName(person.name);
    if (name === '') continue;
    const key = name.toLowerCase();
    const seen = people.get(key);
    if (seen) {
      seen.roles = union(seen.roles, person.roles);
      seen.titles = union(seen.titles, person.titles);
      seen.connectionPoint ??= person.connectionPoint;
    } else {
      people.set(key, {
        name,
        roles: [...new Set(person.roles)],
        titles: [...new Set(person.titles)],
        connectionPoint: person.connectionPoint,
        ...span(person.span),
      });
    }
  }

  const documents = new Map<string, DocumentRow>();
  for (const document of facts.documents) {
    if (documents.has(document.key)) continue;
    documents.set(document.key, {
      key: document.key,
      type: document.type,
      number: document.number,
      code: document.code,
      issuer: document.issuer,
      term: document.term,
      issuedOn: calendarDate(document.date),
      title: document.title,
      ...span(document.span),
    });
  }

  const evidence: EvidenceRow[] = [];
  const scalars = [
    'name',
    'kind',
    'date',
    'partOfDay',
    'scope',
    'format',
    'venue',
    'connectionPoints',
    'attendees',
  ] as const;
  for (const field of scalars) {
    const fact = facts[field];
    if (fact) evidence.push({ field, ordinal: 0, value: fact.value, ...span(fact.span) });
  }
  facts.organizers.forEach((organizer, ordinal) =>
    evidence.push({ field: 'organizers', ordinal, value: organizer.value, ...span(organizer.span) }),
  );
  const local = facts.localConnectionPoint;
  if (local) {
    const { span: where, ...value } = local;
    evidence.push({ field: 'localConnectionPoint', ordinal: 0, value, ...span(where) });
  }

  return {
    people: [...people.values()].sort((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase())),
    documents: [...documents.values()].sort((a, b) => compare(a.key, b.key)),
    counts: facts.connectionPointsByLevel.map((c, ordinal) => ({
      ordinal,
      level: c.level,
      count: c.count,
      ...span(c.span),
    })),
    presentations: facts.presentations.map((p, ordinal) => ({
      ordinal,
      speaker: p.speaker,
      topic: p.topic,
      ...span(p.span),
    })),
    evidence,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
