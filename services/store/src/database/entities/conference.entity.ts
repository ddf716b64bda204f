import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { ExtractedConference } from '@hoinghi/contracts';
import { ConferenceReportEntity } from './conference-report.entity.js';

/** The canonical event: one row per conference, however many articles report it. */
@Entity('conferences')
export class ConferenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Index()
  @Column('text', { name: 'name_key' })
  nameKey!: string;

  @Column('text')
  kind!: string;

  @Index()
  @Column('date', { nullable: true })
  date!: string | null;

  @Column('text', { name: 'part_of_day', nullable: true })
  partOfDay!: string | null;

  @Column('text', { nullable: true })
  scope!: string | null;

  @Column('text', { nullable: true })
  format!: string | null;

  @Column('text', { nullable: true })
  venue!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  organizers!: string[];

  @Column('integer', { name: 'connection_points', nullable: true })
  connectionPoints!: number | null;

  @Column('integer', { nullable: true })
  attendees!: number | null;

  /** The facts of the most complete report, as extracted. */
  @Column('jsonb')
  facts!: ExtractedConference;

  @OneToMany(() => ConferenceReportEntity, (report) => report.conference)
  reports!: Relation<ConferenceReportEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
