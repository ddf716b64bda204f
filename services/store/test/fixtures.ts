import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  articleParsedV1,
  conferenceExtractedV1,
  type ArticleParsedV1,
  type CloudEvent,
  type ConferenceExtractedV1,
} from '@hoinghi/contracts';
import { createTestDatabase, type TestDatabase } from '@hoinghi/test-kit';
import { createDataSource } from '../src/database/data-source.js';
import { migrateUp } from '../src/database/migrate.js';

/**
 * Reports built from the seed articles (fixtures/reports, see fixtures/README.md): the article event and
 * the conference event the parser would send for it, checked against the contracts on load.
 */
export const SEED_REPORTS = [
  'nq18-nam-dinh',
  'nq18-hai-phong',
  'nq18-phu-tho',
  'hntw11-hai-phong',
  'to-chuc-2024-phu-tho',
  'hntw8-hai-phong',
  'giao-ban-gia-lai',
] as const;
export type SeedReportName = (typeof SEED_REPORTS)[number];

export interface SeedReport {
  article: CloudEvent<ArticleParsedV1>;
  conference: CloudEvent<ConferenceExtractedV1>;
}

const folder = join(import.meta.dirname, '../fixtures/reports');

export function seedReport(name: SeedReportName): SeedReport {
  const raw = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as {
    article: unknown;
    conference: unknown;
  };
  return {
    article: articleParsedV1.parseEvent(raw.article),
    conference: conferenceExtractedV1.parseEvent(raw.conference),
  };
}

/** The conference event of a seed report, changed: another page, parse or day of the same text. */
export function variation(
  name: SeedReportName,
  change: (event: CloudEvent<ConferenceExtractedV1>) => void,
): CloudEvent<ConferenceExtractedV1> {
  const event = seedReport(name).conference;
  change(event);
  return conferenceExtractedV1.parseEvent(event);
}

/** A fresh database on the local Postgres, migrated to the latest schema. */
export async function migratedDatabase(): Promise<{ database: TestDatabase; dataSource: DataSource }> {
  const database = await createTestDatabase('hoinghi_store');
  const dataSource = await createDataSource(database.url).initialize();
  await migrateUp(dataSource);
  return { database, dataSource };
}

/** The SQL that lists the tables of the store's schema (every table but TypeORM's own). */
const STORE_TABLES_SQL = `SELECT table_name AS name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`;

export async function storeTables(dataSource: DataSource): Promise<string[]> {
  return ((await dataSource.query(STORE_TABLES_SQL)) as { name: string }[]).map((t) => t.name);
}

export async function countRows(dataSource: DataSource, table: string): Promise<number> {
  const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
  return row.n;
}
