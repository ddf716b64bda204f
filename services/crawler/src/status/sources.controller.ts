import { Controller, Get } from '@nestjs/common';
import { CrawlScheduler } from '../crawl/crawl-scheduler.js';

/** `GET /sources`: each scheduled source with its running and last round, and the rejected source files. */
@Controller('sources')
export class SourcesController {
  constructor(private readonly scheduler: CrawlScheduler) {}

  @Get()
  list() {
    return this.scheduler.status();
  }
}
