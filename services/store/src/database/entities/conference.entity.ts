import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type ColumnOptions,
  type Relation,
} from 'typeorm';
import type { ExtractedConference } from '@hoinghi/contracts';
import type { CanonicalConference } from '../../merging/canonical-conference.js';
import { ConferenceReportEntity } from './conference-report.entity.js';

/** A column Postgres computes (see the migration); never written by us. */
const generated = (type: 'text' | 'date', name: string, asExpression: string): ColumnOptions => ({
  type,
  name,
  nullable: true,
  generatedType: 'STORED',
  asExpression,
  insert: false,
  update: false,
});

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

  /** Every name the reports give; searched (diacritics folded) through `search_key`. */
  @Column('text', { array: true, default: () => "'{}'" })
  names!: string[];

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

  /** Venue and connection points named by any report. */
  @Column('text', { array: true, default: () => "'{}'" })
  places!: string[];

  /** The facts of the most complete report, as extracted. */
  @Column('jsonb')
  facts!: ExtractedConference;

  @Column('jsonb', { default: () => "'{}'" })
  disagreements!: CanonicalConference['disagreements'];

  @Column('integer', { name: 'report_count', default: 1 })
  reportCount!: number;

  @Column('uuid', { name: 'primary_report_id', nullable: true })
  primaryReportId!: string | null;

  @Column(generated('text', 'search_key', 'hoinghi_fold_all(names)'))
  searchKey!: string | null;

  @Column(generated('text', 'organizers_key', 'hoinghi_fold_all(organizers)'))
  organizersKey!: string | null;

  @Column(generated('text', 'places_key', 'hoinghi_fold_all(places)'))
  placesKey!: string | null;

  /** The date, unknown dates last: the key of cursor pagination. */
  @Column(generated('date', 'sort_date', `coalesce(date, '-infinity'::date)`))
  sortDate!: string | null;

  /** Words of every name and article text its reports brought (diacritics folded): what `q` searches. */
  @Column('tsvector', { name: 'search_vector', default: () => "''", select: false })
  searchVector!: string;

  @OneToMany(() => ConferenceReportEntity, (report) => report.conference)
  reports!: Relation<ConferenceReportEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
