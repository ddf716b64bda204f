import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Registry } from 'prom-client';
import { MessagingModule } from '@hoinghi/messaging';
import { MetricsModule, NatsHealthIndicator, natsSettings } from '@hoinghi/service-kit';
import { CrawlScheduler } from './crawl/crawl-scheduler.js';
import { HealthController } from './health/health.controller.js';
import { SourcesController } from './status/sources.controller.js';
import { readCrawlerEnvironment } from './crawler-environment.js';

@Module({
  imports: [
    TerminusModule,
    MetricsModule,
    MessagingModule.forRootAsync({
      imports: [MetricsModule],
      inject: [Registry],
      useFactory: (registry: Registry) => ({
        service: 'crawler',
        nats: natsSettings(readCrawlerEnvironment()),
        streams: ['pages', 'deadLetters'],
        consumers: [],
        registry,
      }),
    }),
  ],
  controllers: [HealthController, SourcesController],
  providers: [CrawlScheduler, NatsHealthIndicator],
})
export class CrawlerModule {}
