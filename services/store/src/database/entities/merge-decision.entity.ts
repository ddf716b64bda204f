import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CandidateVerdict } from '../../merging/match-conference.js';

/** Why a report went to the conference it did: new, merged into one stored, re-parsed, or moved. */
@Entity('merge_decisions')
export class MergeDecisionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Index()
  @Column('uuid', { name: 'report_id' })
  reportId!: string;

  @Index()
  @Column('uuid', { name: 'conference_id' })
  conferenceId!: string;

  @Column('text')
  decision!: 'new' | 'merged' | 'reparsed' | 'moved';

  @Column('text')
  reason!: string;

  /** Every conference of the day that was considered, with its score and verdict. */
  @Column('jsonb', { default: () => "'[]'" })
  candidates!: CandidateVerdict[];

  @Column('text', { name: 'extracted_event_id' })
  extractedEventId!: string;

  @Column('text', { name: 'parser_version' })
  parserVersion!: string;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
