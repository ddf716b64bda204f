import pg from 'pg';
import type { DataSource } from 'typeorm';

/** Raised when Postgres cannot be reached at start-up, with what to do about it. */
export class DatabaseUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    const where = new URL(url);
    super(
      `cannot reach Postgres at ${where.hostname}:${where.port || 5432} (${cause instanceof Error ? cause.message : String(cause)}). ` +
        'Start it (e.g. `pg_ctlcluster <version> main start`) or set DATABASE_URL.',
    );
    this.name = 'DatabaseUnavailableError';
  }
}

/** Creates the database named in the URL when the server has none of that name, so a first run just works. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnavailableError(url, error);
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } catch (error) {
    // Another replica may have created it meanwhile; anything else surfaces when we connect.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

const MIGRATION_LOCK = 804_210_001;

/** Runs pending migrations under an advisory lock, so replicas starting together migrate once. */
export async function migrateUp(dataSource: DataSource): Promise<string[]> {
  await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
