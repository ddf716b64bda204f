import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An event written in the same transaction as the data it announces, published after the commit. */
@Entity('outbox_events')
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Index({ unique: true })
  @Column('text', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'message_type' })
  messageType!: string;

  @Column('jsonb')
  data!: unknown;

  @Column('text', { nullable: true })
  subject!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Index({ where: 'published_at IS NULL' })
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;
}
