import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person as reports name them; one row per name (case aside), whatever the diacritics. */
@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** As first written; unique on lower(name) (people_identity_key). */
  @Column('text')
  name!: string;

  /** Unaccented, lower-case, space-padded: what `?person=` and `/people?q=` search. */
  @Column({
    type: 'text',
    name: 'name_key',
    nullable: true,
    generatedType: 'STORED',
    asExpression: 'hoinghi_fold(name)',
    insert: false,
    update: false,
  })
  nameKey!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
