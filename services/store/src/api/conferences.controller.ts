import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { conferenceDetail } from '../queries/conference-detail.js';
import { listConferences } from '../queries/conference-list.js';
import { conferenceCursor } from './cursor.js';
import { ApiParameters, openApiSchema } from './openapi.js';
import { after, toPage } from './paging.js';
import {
  ConferenceListQuery,
  UuidPath,
  parseConferenceFilters,
  parseParameters,
} from './request-parameters.js';
import { ConferenceDetailSchema, ConferencePageSchema } from './response-schemas.js';

@ApiTags('conferences')
@Controller('conferences')
export class ConferencesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Conferences matching every filter given, newest first, a page at a time' })
  @ApiParameters(ConferenceListQuery, 'query')
  @ApiOkResponse({ schema: openApiSchema(ConferencePageSchema) })
  async list(@Query() query: Record<string, unknown>) {
    const { limit, cursor, ...filters } = parseConferenceFilters(ConferenceListQuery, query);
    const page = await listConferences(this.dataSource.manager, filters, {
      limit,
      after: after(conferenceCursor, cursor),
    });
    return toPage(page, conferenceCursor);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A conference with its reports, people, documents, counts, evidence and merge decisions',
  })
  @ApiParameters(UuidPath, 'path')
  @ApiOkResponse({ schema: openApiSchema(ConferenceDetailSchema) })
  @ApiNotFoundResponse({ description: 'No conference has this id' })
  async get(@Param() path: Record<string, unknown>) {
    const { id } = parseParameters(UuidPath, path);
    const detail = await conferenceDetail(this.dataSource.manager, id);
    if (!detail) throw new NotFoundException(`no conference ${id}`);
    return detail;
  }
}
