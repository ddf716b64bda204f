import { Module } from '@nestjs/common';
import { ConferencesController } from './conferences.controller.js';
import { DocumentsController } from './documents.controller.js';
import { PeopleController } from './people.controller.js';
import { StatsController } from './stats.controller.js';

/** The query API over HTTP; the DataSource comes from the TypeORM root module of the app. */
@Module({ controllers: [ConferencesController, PeopleController, DocumentsController, StatsController] })
export class ApiModule {}
