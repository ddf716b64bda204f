import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Registry } from 'prom-client';
import { MessagingModule } from '@hoinghi/messaging';
import { MetricsModule, NatsHealthIndicator, natsSettings } from '@hoinghi/service-kit';
import { ParsePageHandler } from './parse-page/parse-page.handler.js';
import { HealthController } from './health/health.controller.js';
import { readParserEnvironment } from './parser-environment.js';

@Module({
  imports: [
    TerminusModule,
    MetricsModule,
    MessagingModule.forRootAsync({
      imports: [MetricsModule],
      inject: [Registry],
      useFactory: (registry: Registry) => ({
        service: 'parser',
        nats: natsSettings(readParserEnvironment()),
        streams: ['parsed', 'deadLetters'],
        consumers: ['parser'],
        registry,
      }),
    }),
  ],
  controllers: [ParsePageHandler, HealthController],
  providers: [NatsHealthIndicator],
})
export class ParserModule {}
