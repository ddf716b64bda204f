import 'reflect-metadata';
import { runService } from '@hoinghi/service-kit';
import { ParserModule } from './parser.module.js';
import { readParserEnvironment } from './parser-environment.js';

const env = readParserEnvironment();
await runService({
  name: 'parser',
  module: ParserModule,
  host: env.PARSER_HTTP_HOST,
  port: env.PARSER_HTTP_PORT,
  consumers: { consumers: ['parser'], concurrency: env.PARSER_CONCURRENCY },
});
