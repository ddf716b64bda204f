/** The evaluation view of an extraction: plain values, no spans (see shared/eval/README.md). */
import type { ConferenceExtraction } from './extract-conference.js';

export interface ScoringView {
  isConference: boolean;
  conference: {
    name: string | null;
    date: string | null;
    partOfDay: string | null;
    scope: string | null;
    format: string | null;
    organizers: string[];
    venue: string | null;
    connectionPoints: number | null;
    attendees: number | null;
    documents: string[];
    people: Array<{ name: string; roles: string[] }>;
  } | null;
}

export function toScoringView(result: ConferenceExtraction): ScoringView {
  const c = result.conference;
  if (!result.isConference || !c) return { isConference: false, conference: null };
  return {
    isConference: true,
    conference: {
      // A description built from the facts when the text gives no name is not a name.
      name: c.nameDerived ? null : c.name.value,
      date: c.date?.value ?? null,
      partOfDay: c.partOfDay?.value ?? null,
      scope: c.scope?.value ?? null,
      format: c.format?.value ?? null,
      organizers: c.organizers.map((o) => o.value),
      venue: c.venue?.value ?? null,
      connectionPoints: c.connectionPoints?.value ?? null,
      attendees: c.attendees?.value ?? null,
      documents: c.documents.map((d) => d.key),
      people: c.people.map((p) => ({ name: p.name, roles: [...p.roles] })),
    },
  };
}
