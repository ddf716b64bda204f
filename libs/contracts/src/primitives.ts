import Type, { type TSchema } from 'typebox';

/** A value that may be absent; absence is an explicit `null`, so consumers never guess. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const IsoDateTime = Type.String({ format: 'date-time', description: 'RFC 3339 date-time' });
export const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'Calendar date YYYY-MM-DD',
});
export const HttpUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 4096 });
export const SourceId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$', description: 'Source slug' });
export const ContentHash = Type.String({ pattern: '^sha256:[0-9a-f]{64}$' });
export const EventId = Type.String({ minLength: 1, maxLength: 128 });
export const ParserVersion = Type.String({ minLength: 1, maxLength: 64 });

/** Where in the article text a fact was read: UTF-16 offsets into `text` and the quoted passage. */
export const Span = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    text: Type.String(),
  },
  { description: 'Text span a fact came from' },
);
export type Span = Type.Static<typeof Span>;

/** A single extracted value with the evidence behind it. */
export const Fact = <T extends TSchema>(value: T) => Type.Object({ value, span: Nullable(Span) });
