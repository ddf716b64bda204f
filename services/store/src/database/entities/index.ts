import { ArticleEntity } from './article.entity.js';
import { ConferenceEntity } from './conference.entity.js';
import { ConferenceReportEntity } from './conference-report.entity.js';
import { DocumentEntity } from './document.entity.js';
import { MergeDecisionEntity } from './merge-decision.entity.js';
import { OutboxEventEntity } from './outbox-event.entity.js';
import { PersonEntity } from './person.entity.js';
import {
  ConnectionPointCountEntity,
  DocumentCitationEntity,
  FactEvidenceEntity,
  ParticipationEntity,
  PresentationEntity,
} from './report-facts.entities.js';
import { SourceEntity } from './source.entity.js';

export {
  ArticleEntity,
  ConferenceEntity,
  ConferenceReportEntity,
  ConnectionPointCountEntity,
  DocumentCitationEntity,
  DocumentEntity,
  FactEvidenceEntity,
  MergeDecisionEntity,
  OutboxEventEntity,
  ParticipationEntity,
  PersonEntity,
  PresentationEntity,
  SourceEntity,
};
export const ENTITIES = [
  SourceEntity,
  ArticleEntity,
  ConferenceEntity,
  ConferenceReportEntity,
  PersonEntity,
  ParticipationEntity,
  DocumentEntity,
  DocumentCitationEntity,
  ConnectionPointCountEntity,
  PresentationEntity,
  FactEvidenceEntity,
  MergeDecisionEntity,
  OutboxEventEntity,
];
