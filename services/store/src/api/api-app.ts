import type { INestApplication } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createDataSource } from '../database/data-source.js';
import { ApiModule } from './api.module.js';
import { setupOpenApi } from './openapi.js';

/**
 * The query API alone over a migrated database, without messaging: what the API tests and the
 * latency benchmark serve. The service itself mounts ApiModule in StoreModule.
 */
export async function createApiApp(databaseUrl: string): Promise<INestApplication> {
  @Module({
    imports: [
      TypeOrmModule.forRootAsync({
        useFactory: () => ({}),
        dataSourceFactory: () => createDataSource(databaseUrl).initialize(),
      }),
      ApiModule,
    ],
  })
  class ApiAppModule {}

  const app = await NestFactory.create(ApiAppModule, { logger: false });
  setupOpenApi(app);
  return app;
}
