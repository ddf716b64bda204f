import type { EntityManager } from 'typeorm';
import { conferenceConditions, whereClause, type ConferenceFilters } from './conference-filter.js';
import { SqlParameters } from './sql-parameters.js';

export interface ConferenceSummary {
  id: string;
  name: string;
  kind: string;
  date: string | null;
  partOfDay: string | null;
  scope: string | null;
  format: string | null;
  venue: string | null;
  organizers: string[];
  connectionPoints: number | null;
  attendees: number | null;
  reportCount: number;
}

/** The ordering key of a conference: (sort_date as text, id); an unknown date sorts as '-infinity'. */
export type ConferenceKey = [string, string];

/** A page of rows, and the key of its last row when more follow. */
export interface Page<T, K> {
  items: T[];
  next: K | null;
}

/** The columns of a conference summary, from `conferences c`. */
export const SUMMARY_COLUMNS = `c.id, c.name, c.kind, c.date::text AS date, c.part_of_day AS "partOfDay", c.scope, c.format,
  c.venue, c.organizers, c.connection_points AS "connectionPoints", c.attendees, c.report_count AS "reportCount"`;

/**
 * One page of the conferences matching the filters, newest first (unknown dates last), continued by
 * keyset after the given key: stable while rows are added, and as fast on page 500 as on page 1.
 */
export async function listConferences(
  db: EntityManager,
  filters: ConferenceFilters,
  page: { limit: number; after?: ConferenceKey },
): Promise<Page<ConferenceSummary, ConferenceKey>> {
  const sql = new SqlParameters();
  const conditions = conferenceConditions(filters, sql);
  if (page.after) {
    const [sortDate, id] = page.after;
    conditions.push(`(c.sort_date, c.id) < (${sql.add(sortDate)}::date, ${sql.add(id)}::uuid)`);
  }
  const rows = (await db.query(
    `SELECT ${SUMMARY_COLUMNS}, c.sort_date::text AS "sortDate" FROM conferences c ${whereClause(conditions)}
     ORDER BY c.sort_date DESC, c.id DESC LIMIT ${sql.add(page.limit + 1)}`,
    sql.values,
  )) as (ConferenceSummary & { sortDate: string })[];
  const more = rows.length > page.limit;
  const items = rows.slice(0, page.limit).map(({ sortDate: _, ...summary }) => summary);
  const last = rows[page.limit - 1];
  return { items, next: more ? [last.sortDate, last.id] : null };
}
