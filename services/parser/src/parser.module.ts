import { Module } from '@nestjs/common';
import { ServiceInfrastructureModule, natsSettings } from '@hoinghi/service-kit';
import { ParsePageHandler } from './parse-page/parse-page.handler.js';
import { readParserEnvironment } from './parser-environment.js';

@Module({
  imports: [
    ServiceInfrastructureModule.forRoot({
      messaging: () => ({
        service: 'parser',
        nats: natsSettings(readParserEnvironment()),
        streams: ['parsed', 'deadLetters'],
        consumers: ['parser'],
      }),
    }),
  ],
  controllers: [ParsePageHandler],
})
export class ParserModule {}
