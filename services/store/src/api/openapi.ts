import type { INestApplication } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiParam,
  ApiQuery,
  DocumentBuilder,
  SwaggerModule,
  type SchemaObject,
} from '@nestjs/swagger';
import type { TObject, TSchema } from 'typebox';
import { ProblemSchema } from './response-schemas.js';

/** A TypeBox schema as plain OpenAPI 3 JSON (TypeBox keeps its own markers in symbols). */
export function openApiSchema(schema: TSchema): SchemaObject {
  const plain = JSON.parse(JSON.stringify(schema)) as SchemaObject & { enum?: unknown[] };
  if (plain.enum && !plain.type) plain.type = typeof plain.enum[0] === 'number' ? 'number' : 'string';
  return plain;
}

/** Documents each parameter of a request schema, so the OpenAPI document and validation never drift. */
export function ApiParameters(schema: TObject, where: 'query' | 'path') {
  const required = new Set(schema.required ?? []);
  return applyDecorators(
    ...Object.entries(schema.properties).map(([name, property]) => {
      const { description, ...rest } = openApiSchema(property as TSchema);
      const options = { name, description, required: where === 'path' || required.has(name), schema: rest };
      return where === 'query' ? ApiQuery(options) : ApiParam(options);
    }),
    ApiBadRequestResponse({
      description: 'A parameter is wrong: each is named with why',
      schema: openApiSchema(ProblemSchema),
    }),
  );
}

/** The OpenAPI document at /docs-json, browsable at /docs. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('hoinghi store')
    .setDescription(
      'Conferences ("hội nghị") reported by Vietnamese public-affairs news, each stored once with everything its reports say.',
    )
    .setVersion('1')
    // 3.1: its schemas are JSON Schema, as TypeBox writes them (nullable is `type: null`, not an extension).
    .setOpenAPIVersion('3.1.0')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: 'docs-json',
  });
}
