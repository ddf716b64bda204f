import 'reflect-metadata';
import { readEnvironmentOrExit } from '@hoinghi/service-kit';
import Type from 'typebox';
import { createDataSource } from '../database/data-source.js';
import { ensureDatabase, migrateUp } from '../database/migrate.js';
import { DatabaseEnvironment } from '../store-environment.js';

/** `npm run migrate` (up) or `npm run migrate -- down` (undo the last migration). */
const direction = process.argv[2] ?? 'up';
if (direction !== 'up' && direction !== 'down') {
  process.stderr.write('usage: migrate [up|down]\n');
  process.exit(2);
}
const { DATABASE_URL } = readEnvironmentOrExit(Type.Object(DatabaseEnvironment));
try {
  await ensureDatabase(DATABASE_URL);
  const dataSource = await createDataSource(DATABASE_URL).initialize();
  if (direction === 'up') {
    const applied = await migrateUp(dataSource);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  } else {
    await dataSource.undoLastMigration({ transaction: 'each' });
    console.log('reverted the last migration');
  }
  await dataSource.destroy();
} catch (error) {
  process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
