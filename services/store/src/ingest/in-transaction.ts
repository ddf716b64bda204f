import type { DataSource, EntityManager } from 'typeorm';
import { PermanentFailure } from '@hoinghi/messaging';

/** Deadlock, serialisation failure, or a unique key another transaction took first: trying again succeeds. */
const TRANSIENT = new Set(['40P01', '40001', '23505']);

function sqlState(error: unknown): string | undefined {
  const failure = error as { code?: string; driverError?: { code?: string } };
  return failure.driverError?.code ?? failure.code;
}

/**
 * Runs one message's work in one transaction, again from the start when it lost a race with a concurrent
 * one (a few times, then the error goes to the consumer, which redelivers the message later). Values
 * Postgres refuses (SQLSTATE class 22: a number out of range, a NUL character) fail the same way every
 * time: a PermanentFailure, so the message becomes a dead letter at once.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (db: EntityManager) => Promise<T>,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      const code = sqlState(error);
      if (code?.startsWith('22')) {
        throw new PermanentFailure(
          'handler_failed',
          `Postgres refused the data (${code}): ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (attempt >= attempts || code === undefined || !TRANSIENT.has(code)) throw error;
    }
  }
}
