import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { listConferences } from '../queries/conference-list.js';
import { findPerson, participationsOf, searchPeople } from '../queries/people.js';
import { conferenceCursor, personCursor } from './cursor.js';
import { ApiParameters, openApiSchema } from './openapi.js';
import { after, toPage } from './paging.js';
import { PageQuery, PeopleQuery, UuidPath, parseParameters } from './request-parameters.js';
import { PersonConferencesSchema, PersonPageSchema } from './response-schemas.js';

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'People named in reports, by words of their name (diacritics optional), alphabetically',
  })
  @ApiParameters(PeopleQuery, 'query')
  @ApiOkResponse({ schema: openApiSchema(PersonPageSchema) })
  async search(@Query() query: Record<string, unknown>) {
    const { q, limit, cursor } = parseParameters(PeopleQuery, query);
    return toPage(
      await searchPeople(this.dataSource.manager, q, { limit, after: after(personCursor, cursor) }),
      personCursor,
    );
  }

  @Get(':id/conferences')
  @ApiOperation({
    summary: 'The conferences a person took part in, newest first, with their roles and titles there',
  })
  @ApiParameters(UuidPath, 'path')
  @ApiParameters(PageQuery, 'query')
  @ApiOkResponse({ schema: openApiSchema(PersonConferencesSchema) })
  @ApiNotFoundResponse({ description: 'No person has this id' })
  async conferences(@Param() path: Record<string, unknown>, @Query() query: Record<string, unknown>) {
    const { id } = parseParameters(UuidPath, path);
    const { limit, cursor } = parseParameters(PageQuery, query);
    const db = this.dataSource.manager;
    const person = await findPerson(db, id);
    if (!person) throw new NotFoundException(`no person ${id}`);
    const page = await listConferences(
      db,
      { personId: id },
      { limit, after: after(conferenceCursor, cursor) },
    );
    const roles = await participationsOf(
      db,
      id,
      page.items.map((c) => c.id),
    );
    const items = page.items.map((c) => ({ ...c, ...(roles.get(c.id) ?? { roles: [], titles: [] }) }));
    return { person, ...toPage({ ...page, items }, conferenceCursor) };
  }
}
