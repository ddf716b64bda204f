import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ExtractedConference } from '@hoinghi/contracts';
import { ConferenceEntity } from './conference.entity.js';

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

  @Column('text', { name: 'extracted_event_id' })
  extractedEventId!: string;

  @Column('text', { name: 'parser_version' })
  parserVersion!: string;

  @Column('jsonb')
  facts!: ExtractedConference;

  @Column('boolean')
  merged!: boolean;

  @Column('text', { name: 'merge_reason', nullable: true })
  mergeReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
