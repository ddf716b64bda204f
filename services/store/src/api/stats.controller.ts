import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { conferenceStats } from '../queries/conference-stats.js';
import { ApiParameters, openApiSchema } from './openapi.js';
import { StatsQuery, parseConferenceFilters } from './request-parameters.js';
import { StatsSchema } from './response-schemas.js';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'How many conferences (matching the filters, if any) per month, scope and kind' })
  @ApiParameters(StatsQuery, 'query')
  @ApiOkResponse({ schema: openApiSchema(StatsSchema) })
  async stats(@Query() query: Record<string, unknown>) {
    return conferenceStats(this.dataSource.manager, parseConferenceFilters(StatsQuery, query));
  }
}
