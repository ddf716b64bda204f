import Type from 'typebox';
import { ContentHash, HttpUrl, IsoDateTime, Nullable, SourceId } from '../primitives.js';

/** The page body travels gzip-compressed and base64-encoded, or (claim check) as a reference into the object store. */
export const InlineBody = Type.Object({
  encoding: Type.Literal('gzip+base64'),
  data: Type.String(),
  size: Type.Integer({ minimum: 0, description: 'Uncompressed size in bytes' }),
});
export const StoredBody = Type.Object({
  objectStore: Type.Object({
    bucket: Type.String({ minLength: 1 }),
    name: Type.String({ minLength: 1 }),
  }),
  encoding: Type.Literal('gzip'),
  size: Type.Integer({ minimum: 0, description: 'Uncompressed size in bytes' }),
});
export const PageBody = Type.Union([InlineBody, StoredBody]);

export const PageFetchedV1 = Type.Object({
  url: HttpUrl,
  finalUrl: HttpUrl,
  sourceId: SourceId,
  fetchedAt: IsoDateTime,
  status: Type.Integer({ minimum: 100, maximum: 599 }),
  headers: Type.Object({
    contentType: Type.Optional(Type.String()),
    etag: Type.Optional(Type.String()),
    lastModified: Type.Optional(Type.String()),
    contentLanguage: Type.Optional(Type.String()),
  }),
  charset: Nullable(Type.String({ description: 'Charset declared by the HTTP header, if any' })),
  contentHash: ContentHash,
  redirects: Type.Array(Type.Object({ url: HttpUrl, status: Type.Integer({ minimum: 300, maximum: 399 }) })),
  body: PageBody,
  selectors: Type.Optional(
    Type.Object(
      {
        title: Type.Optional(Type.String()),
        body: Type.Optional(Type.String()),
        date: Type.Optional(Type.String()),
      },
      { description: 'CSS selectors from the source definition that help the parser' },
    ),
  ),
});
export type PageFetchedV1 = Type.Static<typeof PageFetchedV1>;
export type PageBody = Type.Static<typeof PageBody>;
