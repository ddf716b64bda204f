import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceInfrastructureModule, natsSettings } from '@hoinghi/service-kit';
import { createDataSource } from './database/data-source.js';
import { ensureDatabase, migrateUp } from './database/migrate.js';
import { IngestHandler } from './ingest/ingest.handler.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { ApiModule } from './api/api.module.js';
import { readStoreEnvironment } from './store-environment.js';

@Module({
  imports: [
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
    ServiceInfrastructureModule.forRoot({
      database: true,
      messaging: () => ({
        service: 'store',
        nats: natsSettings(readStoreEnvironment()),
        streams: ['stored', 'deadLetters'],
        consumers: ['store'],
      }),
    }),
  ],
  controllers: [IngestHandler],
  providers: [OutboxRelay],
})
export class StoreModule {}
