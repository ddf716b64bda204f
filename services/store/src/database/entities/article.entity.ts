import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { SourceEntity } from './source.entity.js';

/** One row per canonical article URL; a newer parse replaces an older one. */
@Entity('articles')
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column('text')
  url!: string;

  @Index()
  @Column('text', { name: 'source_id' })
  sourceId!: string;

  @ManyToOne(() => SourceEntity)
  @JoinColumn({ name: 'source_id' })
  source!: Relation<SourceEntity>;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('text', { nullable: true })
  byline!: string | null;

  @Column('text', { nullable: true })
  language!: string | null;

  @Column('text')
  text!: string;

  @Column('text', { name: 'content_hash' })
  contentHash!: string;

  @Column('text', { name: 'parser_version' })
  parserVersion!: string;

  @Column('boolean', { name: 'is_conference' })
  isConference!: boolean;

  @Column('text', { name: 'event_id' })
  eventId!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
