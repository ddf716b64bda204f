import 'reflect-metadata';
import { runService } from '@hoinghi/service-kit';
import { CrawlerModule } from './crawler.module.js';
import { readCrawlerEnvironment } from './crawler-environment.js';

const env = readCrawlerEnvironment();
await runService({
  name: 'crawler',
  module: CrawlerModule,
  host: env.CRAWLER_HTTP_HOST,
  port: env.CRAWLER_HTTP_PORT,
});
