import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A news outlet, by the slug the crawler gives it. */
@Entity('sources')
export class SourceEntity {
  @PrimaryColumn('text')
  id!: string;

  @Column('timestamptz', { name: 'first_seen_at', default: () => 'now()' })
  firstSeenAt!: Date;
}
