import Type from 'typebox';
import { NatsEnvironment, readEnvironmentOrExit } from '@hoinghi/service-kit';

export const CrawlerEnvironment = Type.Object({
  ...NatsEnvironment,
  CRAWLER_SOURCES_DIR: Type.String({ default: 'sources', description: 'Folder of source YAML files' }),
  CRAWLER_HTTP_HOST: Type.String({ default: '127.0.0.1' }),
  CRAWLER_HTTP_PORT: Type.Integer({
    default: 3001,
    minimum: 0,
    maximum: 65535,
    description: 'Health and metrics',
  }),
  CRAWLER_MAX_BODY_BYTES: Type.Integer({ default: 10 * 1024 * 1024, minimum: 1024 }),
  CRAWLER_TIMEOUT_MS: Type.Integer({ default: 20_000, minimum: 100 }),
  CRAWLER_REPLICA_ID: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        'Name of this replica that survives its restarts (default host:pid): a restarted replica resumes the URLs it had claimed in the round',
    }),
  ),
  // Read by source files as ${DEMO_SITE_URL} / ${DEMO_SITE_HOST} (sources/demo.yaml), listed so compose can set them.
  DEMO_SITE_URL: Type.Optional(Type.String()),
  DEMO_SITE_HOST: Type.Optional(Type.String()),
});
export type CrawlerEnvironment = Type.Static<typeof CrawlerEnvironment>;

export const readCrawlerEnvironment = () => readEnvironmentOrExit(CrawlerEnvironment);
