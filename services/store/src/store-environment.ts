import Type from 'typebox';
import { NatsEnvironment, readEnvironmentOrExit } from '@hoinghi/service-kit';

export const DatabaseEnvironment = {
  DATABASE_URL: Type.String({
    default: 'postgres://postgres@127.0.0.1:5432/hoinghi',
    pattern: '^postgres(ql)?://',
    description: 'Postgres connection URL; the database is created when missing',
  }),
};

export const StoreEnvironment = Type.Object({
  ...NatsEnvironment,
  ...DatabaseEnvironment,
  API_HOST: Type.String({ default: '127.0.0.1' }),
  API_PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  STORE_CONCURRENCY: Type.Integer({ default: 8, minimum: 1, maximum: 256 }),
});
export type StoreEnvironment = Type.Static<typeof StoreEnvironment>;

export const readStoreEnvironment = () => readEnvironmentOrExit(StoreEnvironment);
