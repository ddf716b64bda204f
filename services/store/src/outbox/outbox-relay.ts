import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MESSAGES } from '@hoinghi/contracts';
import { EventPublisher } from '@hoinghi/messaging';
import { OutboxEventEntity } from '../database/entities/index.js';

const BATCH = 100;
const POLL_MS = 500;

/**
 * Publishes outbox rows after their transaction committed. The event id is the JetStream dedupe key, so a
 * crash between publishing and marking a row sends it again harmlessly; rows are claimed with SKIP LOCKED
 * so store replicas share the work.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.kick();
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  /** Asks for a relay pass now (after a commit); passes never overlap. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.warn(`outbox relay pass failed: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Publishes until nothing is left. */
  async drain(): Promise<void> {
    while ((await this.relayBatch()) === BATCH);
  }

  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (db) => {
      const rows: OutboxEventEntity[] = await db
        .getRepository(OutboxEventEntity)
        .createQueryBuilder('o')
        .where('o.published_at IS NULL')
        .orderBy('o.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of rows) {
        const definition = MESSAGES.find((m) => m.type === row.messageType);
        if (!definition) throw new Error(`outbox row ${row.id} has unknown type ${row.messageType}`);
        await this.publisher.publish(definition, row.data as never, {
          id: row.eventId,
          subject: row.subject ?? undefined,
          time: row.createdAt,
        });
      }
      if (rows.length > 0) {
        await db
          .createQueryBuilder()
          .update(OutboxEventEntity)
          .set({ publishedAt: () => 'now()' })
          .whereInIds(rows.map((r) => r.id))
          .execute();
      }
      return rows.length;
    });
  }
}
