import Type from 'typebox';
import { NatsEnvironment, readEnvironmentOrExit } from '@hoinghi/service-kit';

export const ParserEnvironment = Type.Object({
  ...NatsEnvironment,
  PARSER_HTTP_HOST: Type.String({ default: '127.0.0.1' }),
  PARSER_HTTP_PORT: Type.Integer({
    default: 3002,
    minimum: 0,
    maximum: 65535,
    description: 'Health and metrics',
  }),
  PARSER_CONCURRENCY: Type.Integer({ default: 8, minimum: 1, maximum: 256 }),
});
export type ParserEnvironment = Type.Static<typeof ParserEnvironment>;

export const readParserEnvironment = () => readEnvironmentOrExit(ParserEnvironment);
