import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Registry } from 'prom-client';
import { MessagingModule } from '@hoinghi/messaging';
import { MetricsModule, NatsHealthIndicator, natsSettings } from '@hoinghi/service-kit';
import { createDataSource } from './database/data-source.js';
import { ensureDatabase, migrateUp } from './database/migrate.js';
import { IngestHandler } from './ingest/ingest.handler.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { ApiModule } from './api/api.module.js';
import { HealthController } from './health/health.controller.js';
import { readStoreEnvironment } from './store-environment.js';

@Module({
  imports: [
    TerminusModule,
    MetricsModule,
    TypeOrmModule.forRootAsync({
      useFactory: () => ({}),
      // Migrations run at start-up (under a lock) before anything reads or writes.
      dataSourceFactory: async () => {
        const { DATABASE_URL } = readStoreEnvironment();
        await ensureDatabase(DATABASE_URL);
        const dataSource = await createDataSource(DATABASE_URL).initialize();
        await migrateUp(dataSource);
        return dataSource;
      },
    }),
    ApiModule,
    MessagingModule.forRootAsync({
      imports: [MetricsModule],
      inject: [Registry],
      useFactory: (registry: Registry) => ({
        service: 'store',
        nats: natsSettings(readStoreEnvironment()),
        streams: ['stored', 'deadLetters'],
        consumers: ['store'],
        registry,
      }),
    }),
  ],
  controllers: [IngestHandler, HealthController],
  providers: [OutboxRelay, NatsHealthIndicator],
})
export class StoreModule {}
