import 'reflect-metadata';
import { runService } from '@hoinghi/service-kit';
import { setupOpenApi } from './api/openapi.js';
import { StoreModule } from './store.module.js';
import { readStoreEnvironment } from './store-environment.js';

const env = readStoreEnvironment();
await runService({
  name: 'store',
  module: StoreModule,
  host: env.API_HOST,
  port: env.API_PORT,
  consumers: { consumers: ['store'], concurrency: env.STORE_CONCURRENCY },
  configure: setupOpenApi,
});
