import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { ExtractedConference } from '@hoinghi/contracts';
import type { ReportSummary } from '../../merging/canonical-conference.js';
import { ConferenceEntity } from './conference.entity.js';
import { SourceEntity } from './source.entity.js';

/** One article's account of a conference. */
@Entity('conference_reports')
export class ConferenceReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'conference_id' })
  conferenceId!: string;

  @ManyToOne(() => ConferenceEntity, (conference) => conference.reports, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference!: Relation<ConferenceEntity>;

  @Index({ unique: true })
  @Column('text', { name: 'article_url' })
  articleUrl!: string;

  @Column('text', { name: 'source_id' })
  sourceId!: string;

  @ManyToOne(() => SourceEntity)
  @JoinColumn({ name: 'source_id' })
  source!: Relation<SourceEntity>;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('text', { name: 'content_hash', nullable: true })
  contentHash!: string | null;

  @Column('text', { name: 'article_event_id', nullable: true })
  articleEventId!: string | null;

  @Column('text', { name: 'extracted_event_id' })
  extractedEventId!: string;

  /** When the parser extracted it: breaks the tie between two parses by the same parser version. */
  @Column('timestamptz', { name: 'extracted_at', nullable: true })
  extractedAt!: Date | null;

  @Column('text', { name: 'parser_version' })
  parserVersion!: string;

  @Column('jsonb')
  facts!: ExtractedConference;

  /** What recomputing its conference needs of it, unless it is the primary report. */
  @Column('jsonb')
  summary!: ReportSummary;

  @Column('integer', { default: 0 })
  completeness!: number;

  @Column('boolean')
  merged!: boolean;

  @Column('text', { name: 'merge_reason', nullable: true })
  mergeReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
