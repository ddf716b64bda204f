import { ArticleEntity } from './article.entity.js';
import { ConferenceEntity } from './conference.entity.js';
import { ConferenceReportEntity } from './conference-report.entity.js';
import { OutboxEventEntity } from './outbox-event.entity.js';

export { ArticleEntity, ConferenceEntity, ConferenceReportEntity, OutboxEventEntity };
export const ENTITIES = [ArticleEntity, ConferenceEntity, ConferenceReportEntity, OutboxEventEntity];
