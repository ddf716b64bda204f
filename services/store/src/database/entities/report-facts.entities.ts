import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Columns every table of what a report says shares: the report, its conference, and the evidence span. */
abstract class ReportFact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'report_id' })
  reportId!: string;

  @Index()
  @Column('uuid', { name: 'conference_id' })
  conferenceId!: string;

  @Column('integer', { name: 'span_start', nullable: true })
  spanStart!: number | null;

  @Column('integer', { name: 'span_end', nullable: true })
  spanEnd!: number | null;

  @Column('text', { name: 'span_text', nullable: true })
  spanText!: string | null;
}

/** A person at a conference, as one report states it. */
@Entity('participations')
@Unique(['reportId', 'personId'])
export class ParticipationEntity extends ReportFact {
  @Index()
  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  roles!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  titles!: string[];

  @Column('text', { name: 'connection_point', nullable: true })
  connectionPoint!: string | null;
}

/** A report's mention of a document (resolution, directive, conclusion…). */
@Entity('document_citations')
@Unique(['reportId', 'documentId'])
export class DocumentCitationEntity extends ReportFact {
  @Index()
  @Column('uuid', { name: 'document_id' })
  documentId!: string;

  /** The code as written, e.g. 18-NQ/TW. */
  @Column('text', { nullable: true })
  code!: string | null;
}

/** How many connection points of one level a report counts. */
@Entity('connection_point_counts')
@Unique(['reportId', 'ordinal'])
export class ConnectionPointCountEntity extends ReportFact {
  @Column('integer')
  ordinal!: number;

  @Column('text')
  level!: string;

  @Column('integer')
  count!: number;
}

/** A talk given at the conference. */
@Entity('presentations')
@Unique(['reportId', 'ordinal'])
export class PresentationEntity extends ReportFact {
  @Column('integer')
  ordinal!: number;

  @Column('text')
  speaker!: string;

  @Column('text')
  topic!: string;
}

/** The span of text behind one scalar fact of a report (name, date, venue, an organizer…). */
@Entity('fact_evidence')
@Unique(['reportId', 'field', 'ordinal'])
export class FactEvidenceEntity extends ReportFact {
  @Column('text')
  field!: string;

  @Column('integer')
  ordinal!: number;

  @Column('jsonb')
  value!: unknown;
}
