import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { listConferences } from '../queries/conference-list.js';
import { findDocument } from '../queries/documents.js';
import { conferenceCursor } from './cursor.js';
import { ApiParameters, openApiSchema } from './openapi.js';
import { after, toPage } from './paging.js';
import { DocumentPath, PageQuery, parseParameters } from './request-parameters.js';
import { DocumentConferencesSchema } from './response-schemas.js';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':key/conferences')
  @ApiOperation({
    summary:
      'A document and the conferences citing it, newest first (key URL-encoded: NQ%3A18, HNTW%3A8%2FXIII)',
  })
  @ApiParameters(DocumentPath, 'path')
  @ApiParameters(PageQuery, 'query')
  @ApiOkResponse({ schema: openApiSchema(DocumentConferencesSchema) })
  @ApiNotFoundResponse({ description: 'No conference cites a document with this key' })
  async conferences(@Param() path: Record<string, unknown>, @Query() query: Record<string, unknown>) {
    const { key } = parseParameters(DocumentPath, path);
    const { limit, cursor } = parseParameters(PageQuery, query);
    const db = this.dataSource.manager;
    const document = await findDocument(db, key);
    if (!document) throw new NotFoundException(`no document ${key}`);
    const page = await listConferences(
      db,
      { document: key },
      { limit, after: after(conferenceCursor, cursor) },
    );
    return { document, ...toPage(page, conferenceCursor) };
  }
}
