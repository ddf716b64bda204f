import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  articleParsedV1,
  conferenceExtractedV1,
  pageFetchedV1,
  type PageFetchedV1,
} from '@hoinghi/contracts';
import {
  EventPublisher,
  HandleEvent,
  JetStreamContext,
  PageBodyCodec,
  PermanentFailure,
} from '@hoinghi/messaging';
import { PARSER_VERSION } from '../parser-version.js';
import { parsePage } from '@hoinghi/extraction';

@Controller()
export class ParsePageHandler {
  private readonly logger = new Logger('ParsePage');

  constructor(
    private readonly publisher: EventPublisher,
    private readonly bodies: PageBodyCodec,
  ) {}

  @HandleEvent(pageFetchedV1)
  async handle(@Payload() page: PageFetchedV1, @Ctx() context: JetStreamContext): Promise<void> {
    const body = await this.bodies.decode(page.body);
    let parsed;
    try {
      parsed = parsePage(page, context.getEvent().id, body, PARSER_VERSION);
    } catch (error) {
      // The extractors are built not to throw; a page that still breaks them is bad input, not a retry case.
      this.logger.warn(
        `cannot parse ${page.finalUrl}: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw new PermanentFailure('unparseable_page', `${page.finalUrl}: ${String(error)}`);
    }
    context.working();
    await this.publisher.publish(articleParsedV1, parsed.article.data, {
      id: parsed.article.id,
      subject: parsed.article.data.url,
    });
    if (parsed.conference) {
      await this.publisher.publish(conferenceExtractedV1, parsed.conference.data, {
        id: parsed.conference.id,
        subject: parsed.conference.data.articleUrl,
      });
    }
  }
}
