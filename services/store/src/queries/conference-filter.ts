import { phrasePattern, wordsQuery } from './search-patterns.js';
import type { SqlParameters } from './sql-parameters.js';

/** What a client may ask of the conferences; text filters have at least one word (checked at the edge). */
export interface ConferenceFilters {
  from?: string;
  to?: string;
  scope?: string;
  kind?: string;
  format?: string;
  /** Whole words of an organizer, diacritics optional. */
  organizer?: string;
  /** Whole words of a participant's name, diacritics optional. */
  person?: string;
  /** A document key, e.g. NQ:18. */
  document?: string;
  /** Whole words of a place: venue, connection points, or the conference name. */
  province?: string;
  /** Words found in a name of the conference or the text of an article reporting it (the last may be a prefix). */
  q?: string;
  /** Only conferences this person took part in. */
  personId?: string;
}

/**
 * SQL conditions on `conferences c` for the filters, every value a parameter. Each uses an index:
 * the date, scope and kind b-trees, trigram indexes on the folded names, organizers and places, the word
 * index on names and article texts, and the person/document indexes of participations and citations.
 */
export function conferenceConditions(filters: ConferenceFilters, sql: SqlParameters): string[] {
  const conditions: string[] = [];
  if (filters.from) conditions.push(`c.date >= ${sql.add(filters.from)}::date`);
  if (filters.to) conditions.push(`c.date <= ${sql.add(filters.to)}::date`);
  if (filters.scope) conditions.push(`c.scope = ${sql.add(filters.scope)}`);
  if (filters.kind) conditions.push(`c.kind = ${sql.add(filters.kind)}`);
  if (filters.format) conditions.push(`c.format = ${sql.add(filters.format)}`);
  if (filters.organizer)
    conditions.push(`c.organizers_key LIKE ${sql.add(phrasePattern(filters.organizer))}`);
  if (filters.province) {
    const place = sql.add(phrasePattern(filters.province));
    conditions.push(`(c.places_key LIKE ${place} OR c.search_key LIKE ${place})`);
  }
  if (filters.person) {
    // The conferences of the matching people, found first (an array, not a semi-join): Postgres cannot
    // tell how many people a name pattern matches, and guessing many, it would walk every conference in
    // date order looking for the few of a rare name (1.4 s at 100,000 conferences, 2 ms this way).
    conditions.push(
      `c.id = ANY(ARRAY(SELECT pa.conference_id FROM participations pa JOIN people pe ON pe.id = pa.person_id
                        WHERE pe.name_key LIKE ${sql.add(phrasePattern(filters.person))}))`,
    );
  }
  if (filters.personId) {
    conditions.push(
      `c.id IN (SELECT pa.conference_id FROM participations pa WHERE pa.person_id = ${sql.add(filters.personId)})`,
    );
  }
  if (filters.document) {
    conditions.push(
      `c.id IN (SELECT dc.conference_id FROM document_citations dc JOIN documents d ON d.id = dc.document_id
                WHERE d.key = ${sql.add(filters.document)})`,
    );
  }
  if (filters.q)
    conditions.push(`c.search_vector @@ to_tsquery('simple', ${sql.add(wordsQuery(filters.q))})`);
  return conditions;
}

export const whereClause = (conditions: string[]) =>
  conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
