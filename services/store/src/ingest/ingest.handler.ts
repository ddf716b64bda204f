import { Controller, Logger } from '@nestjs/common';
import { Ctx } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import {
  articleParsedV1,
  conferenceExtractedV1,
  type ArticleParsedV1,
  type CloudEvent,
  type ConferenceExtractedV1,
} from '@hoinghi/contracts';
import { HandleEvent, JetStreamContext } from '@hoinghi/messaging';
import { storeArticle } from './store-article.js';
import { storeConference } from './store-conference.js';
import { inTransaction } from './in-transaction.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';

/** Applies each parsed message in one transaction; the outbox is relayed after the commit. */
@Controller()
export class IngestHandler {
  private readonly logger = new Logger('Ingest');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRelay,
  ) {}

  @HandleEvent(articleParsedV1)
  async article(@Ctx() context: JetStreamContext): Promise<void> {
    const event = context.getEvent() as CloudEvent<ArticleParsedV1>;
    const outcome = await inTransaction(this.dataSource, (db) => storeArticle(db, event));
    this.logger.debug(`article ${event.data.url}: ${outcome}`);
  }

  @HandleEvent(conferenceExtractedV1)
  async conference(@Ctx() context: JetStreamContext): Promise<void> {
    const event = context.getEvent() as CloudEvent<ConferenceExtractedV1>;
    const outcome = await inTransaction(this.dataSource, (db) => storeConference(db, event));
    if ('stored' in outcome) {
      this.logger.log(
        `conference ${outcome.stored.conferenceId} ${outcome.stored.merged ? 'merged' : 'new'} from ${event.data.articleUrl}`,
      );
      this.outbox.kick();
    }
  }
}
