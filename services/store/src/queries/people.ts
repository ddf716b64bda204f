import type { EntityManager } from 'typeorm';
import { wordPrefixPatterns } from './search-patterns.js';
import type { Page } from './conference-list.js';
import { SqlParameters } from './sql-parameters.js';

export interface PersonSummary {
  id: string;
  name: string;
  conferences: number;
}

/** The ordering key of a person: (name_key, id). */
export type PersonKey = [string, string];

/** People whose name has every word of `q` as a word start, diacritics optional, in alphabetical order. */
export async function searchPeople(
  db: EntityManager,
  q: string | undefined,
  page: { limit: number; after?: PersonKey },
): Promise<Page<PersonSummary, PersonKey>> {
  const sql = new SqlParameters();
  const conditions = q ? wordPrefixPatterns(q).map((pattern) => `p.name_key LIKE ${sql.add(pattern)}`) : [];
  if (page.after)
    conditions.push(`(p.name_key, p.id) > (${sql.add(page.after[0])}, ${sql.add(page.after[1])}::uuid)`);
  const rows = (await db.query(
    `SELECT p.id, p.name, p.name_key AS "nameKey",
       (SELECT count(DISTINCT pa.conference_id) FROM participations pa WHERE pa.person_id = p.id)::int AS conferences
     FROM people p ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY p.name_key, p.id LIMIT ${sql.add(page.limit + 1)}`,
    sql.values,
  )) as (PersonSummary & { nameKey: string })[];
  const items = rows.slice(0, page.limit).map(({ nameKey: _, ...person }) => person);
  const last = rows[page.limit - 1];
  return { items, next: rows.length > page.limit ? [last.nameKey, last.id] : null };
}

export async function findPerson(
  db: EntityManager,
  id: string,
): Promise<{ id: string; name: string } | null> {
  const [person] = (await db.query('SELECT id, name FROM people WHERE id = $1', [id])) as {
    id: string;
    name: string;
  }[];
  return person ?? null;
}

/** What one person was at each of some conferences: roles and titles as the reports state them. */
export async function participationsOf(
  db: EntityManager,
  personId: string,
  conferenceIds: string[],
): Promise<Map<string, { roles: string[]; titles: string[] }>> {
  const rows = (await db.query(
    `SELECT pa.conference_id AS "conferenceId",
       ARRAY(SELECT DISTINCT r FROM participations o, unnest(o.roles) r
             WHERE o.person_id = $1 AND o.conference_id = pa.conference_id ORDER BY r) AS roles,
       ARRAY(SELECT DISTINCT t FROM participations o, unnest(o.titles) t
             WHERE o.person_id = $1 AND o.conference_id = pa.conference_id ORDER BY t) AS titles
     FROM participations pa WHERE pa.person_id = $1 AND pa.conference_id = ANY($2::uuid[])
     GROUP BY pa.conference_id`,
    [personId, conferenceIds],
  )) as { conferenceId: string; roles: string[]; titles: string[] }[];
  return new Map(rows.map((r) => [r.conferenceId, { roles: r.roles, titles: r.titles }]));
}
