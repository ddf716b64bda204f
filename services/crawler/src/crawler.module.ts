import { Module } from '@nestjs/common';
import { ServiceInfrastructureModule, natsSettings } from '@hoinghi/service-kit';
import { CrawlScheduler } from './crawl/crawl-scheduler.js';
import { SourcesController } from './status/sources.controller.js';
import { readCrawlerEnvironment } from './crawler-environment.js';

@Module({
  imports: [
    ServiceInfrastructureModule.forRoot({
      messaging: () => ({
        service: 'crawler',
        nats: natsSettings(readCrawlerEnvironment()),
        streams: ['pages', 'deadLetters'],
        consumers: [],
      }),
    }),
  ],
  controllers: [SourcesController],
  providers: [CrawlScheduler],
})
export class CrawlerModule {}
