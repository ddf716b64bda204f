import type { EntityManager } from 'typeorm';
import { conferenceConditions, whereClause, type ConferenceFilters } from './conference-filter.js';
import { SqlParameters } from './sql-parameters.js';

export interface ConferenceStats {
  total: number;
  /** YYYY-MM, oldest first; conferences of unknown date are in no month. */
  byMonth: { month: string; count: number }[];
  byScope: { scope: string | null; count: number }[];
  byKind: { kind: string; count: number }[];
}

interface Cell {
  month: string | null;
  scope: string | null;
  kind: string;
  count: number;
}

/**
 * How many conferences match, per month, scope and kind. Postgres counts per day, scope and kind (from
 * the covering index when unfiltered), then per month; the three tallies are summed from those cells.
 */
export async function conferenceStats(
  db: EntityManager,
  filters: ConferenceFilters,
): Promise<ConferenceStats> {
  const sql = new SqlParameters();
  const cells = (await db.query(
    `SELECT to_char(d.day, 'YYYY-MM') AS month, d.scope, d.kind, sum(d.n)::int AS count
     FROM (SELECT c.date AS day, c.scope, c.kind, count(*) AS n FROM conferences c
           ${whereClause(conferenceConditions(filters, sql))} GROUP BY 1, 2, 3) d
     GROUP BY 1, 2, 3`,
    sql.values,
  )) as Cell[];
  const tally = <K extends string | null>(key: (cell: Cell) => K) => {
    const counts = new Map<K, number>();
    for (const cell of cells) counts.set(key(cell), (counts.get(key(cell)) ?? 0) + cell.count);
    return [...counts];
  };
  const byCount = (a: [unknown, number], b: [unknown, number]) =>
    b[1] - a[1] || String(a[0]).localeCompare(String(b[0]));
  return {
    total: cells.reduce((sum, cell) => sum + cell.count, 0),
    byMonth: tally((c) => c.month)
      .filter((entry): entry is [string, number] => entry[0] !== null)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([month, count]) => ({ month, count })),
    byScope: tally((c) => c.scope)
      .sort(byCount)
      .map(([scope, count]) => ({ scope, count })),
    byKind: tally((c) => c.kind)
      .sort(byCount)
      .map(([kind, count]) => ({ kind, count })),
  };
}
