import Type from 'typebox';
import {
  ContentHash,
  EventId,
  HttpUrl,
  IsoDateTime,
  Nullable,
  ParserVersion,
  SourceId,
} from '../primitives.js';

export const ArticleParsedV1 = Type.Object({
  url: HttpUrl,
  fetchedUrl: HttpUrl,
  sourceId: SourceId,
  pageEventId: EventId,
  contentHash: ContentHash,
  parserVersion: ParserVersion,
  title: Nullable(Type.String()),
  publishedAt: Nullable(IsoDateTime),
  byline: Nullable(Type.String()),
  language: Nullable(Type.String()),
  text: Type.String(),
  captions: Type.Array(Type.String()),
  isArticle: Type.Boolean(),
  isConference: Type.Boolean(),
});
export type ArticleParsedV1 = Type.Static<typeof ArticleParsedV1>;
