import { BadRequestException, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConferenceEntity, ConferenceReportEntity } from '../database/entities/index.js';
import { conferenceDetail, conferenceSummary } from './conference.views.js';

const MAX_LIMIT = 100;

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 20;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new BadRequestException(`limit must be an integer from 1 to ${MAX_LIMIT}`);
  }
  return limit;
}

@Controller('conferences')
export class ConferencesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query('limit') rawLimit?: string) {
    const limit = parseLimit(rawLimit);
    const rows = await this.dataSource
      .getRepository(ConferenceEntity)
      .createQueryBuilder('c')
      .orderBy('c.date', 'DESC', 'NULLS LAST')
      .addOrderBy('c.id')
      .limit(limit)
      .getMany();
    return { items: rows.map(conferenceSummary) };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const row = await this.dataSource.getRepository(ConferenceEntity).findOneBy({ id });
    if (!row) throw new NotFoundException(`no conference ${id}`);
    const reports = await this.dataSource
      .getRepository(ConferenceReportEntity)
      .find({ where: { conferenceId: id }, order: { createdAt: 'ASC' } });
    return conferenceDetail(row, reports);
  }
}
