import Type, { type TSchema } from 'typebox';
import { CONFERENCE_KINDS, CONNECTION_LEVELS, FORMATS, PARTS_OF_DAY, SCOPES, Span } from '@hoinghi/contracts';

/** Response shapes for the OpenAPI document (the queries' TypeScript types are what the code relies on). */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Uuid = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date' });

export const ProblemSchema = Type.Object({
  statusCode: Type.Integer({ minimum: 400, maximum: 400 }),
  error: Type.String(),
  message: Type.String({ description: 'Every problem, e.g. "limit must be <= 100 (got \\"500\\")"' }),
  problems: Type.Array(Type.Object({ parameter: Type.String(), message: Type.String() })),
});

export const ConferenceSummarySchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: Type.Enum([...CONFERENCE_KINDS]),
  date: Nullable(Day),
  partOfDay: Nullable(Type.Enum([...PARTS_OF_DAY])),
  scope: Nullable(Type.Enum([...SCOPES])),
  format: Nullable(Type.Enum([...FORMATS])),
  venue: Nullable(Type.String()),
  organizers: Type.Array(Type.String()),
  connectionPoints: Nullable(Type.Integer()),
  attendees: Nullable(Type.Integer()),
  reportCount: Type.Integer({ description: 'Articles reporting it' }),
});

const pageOf = (item: TSchema) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(
      Type.String({ description: 'Pass as `cursor` for the next page; null on the last' }),
    ),
  });

export const ConferencePageSchema = pageOf(ConferenceSummarySchema);

const Cited = { reportId: Uuid, span: Nullable(Span) };
const Value = Type.Union([Type.String(), Type.Number()]);

export const ConferenceDetailSchema = Type.Object({
  ...ConferenceSummarySchema.properties,
  names: Type.Array(Type.String(), { description: 'Every name the reports give' }),
  places: Type.Array(Type.String(), { description: 'Venue and connection points named by any report' }),
  disagreements: Type.Record(
    Type.String(),
    Type.Array(
      Type.Object({
        value: Value,
        reports: Type.Array(Type.Object({ reportId: Uuid, articleUrl: Type.String() })),
      }),
    ),
    { description: 'Per field on which reports differ: each value and the reports giving it' },
  ),
  reports: Type.Array(
    Type.Object({
      id: Uuid,
      articleUrl: Type.String(),
      sourceId: Type.String(),
      title: Nullable(Type.String()),
      publishedAt: Nullable(Type.String({ format: 'date-time' })),
      parserVersion: Type.String(),
      primary: Type.Boolean({ description: 'The report the facts come from' }),
      merged: Type.Boolean(),
      mergeReason: Nullable(Type.String()),
      storedAt: Type.String({ format: 'date-time' }),
      localConnectionPoint: Nullable(
        Type.Object({
          name: Type.String(),
          connectionPoints: Nullable(Type.Integer()),
          attendees: Nullable(Type.Integer()),
        }),
      ),
      connectionPointsByLevel: Type.Array(
        Type.Object({
          level: Type.Enum([...CONNECTION_LEVELS]),
          count: Type.Integer(),
          span: Nullable(Span),
        }),
      ),
    }),
  ),
  people: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      roles: Type.Array(Type.String()),
      titles: Type.Array(Type.String()),
      connectionPoints: Type.Array(Type.String()),
      mentions: Type.Array(Type.Object(Cited)),
    }),
  ),
  documents: Type.Array(
    Type.Object({
      key: Type.String(),
      type: Type.String(),
      number: Nullable(Type.String()),
      code: Nullable(Type.String()),
      issuer: Nullable(Type.String()),
      term: Nullable(Type.String()),
      issuedOn: Nullable(Day),
      title: Nullable(Type.String()),
      citations: Type.Array(Type.Object({ ...Cited, code: Nullable(Type.String()) })),
    }),
  ),
  presentations: Type.Array(Type.Object({ ...Cited, speaker: Type.String(), topic: Type.String() })),
  evidence: Type.Record(
    Type.String(),
    Type.Array(Type.Object({ ...Cited, ordinal: Type.Integer(), value: Type.Unknown() })),
    {
      description: 'Per fact: what each report says and the text span it says it in',
    },
  ),
  mergeDecisions: Type.Array(
    Type.Object({
      reportId: Uuid,
      decision: Type.Enum(['new', 'merged', 'reparsed', 'moved']),
      reason: Type.String(),
      candidates: Type.Array(
        Type.Object({ conferenceId: Uuid, score: Type.Number(), verdict: Type.String() }),
      ),
      decidedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});

export const PersonPageSchema = pageOf(
  Type.Object({
    id: Uuid,
    name: Type.String(),
    conferences: Type.Integer({ description: 'Conferences taken part in' }),
  }),
);

export const PersonConferencesSchema = Type.Object({
  person: Type.Object({ id: Uuid, name: Type.String() }),
  ...pageOf(
    Type.Object({
      ...ConferenceSummarySchema.properties,
      roles: Type.Array(Type.String()),
      titles: Type.Array(Type.String()),
    }),
  ).properties,
});

export const DocumentConferencesSchema = Type.Object({
  document: Type.Object({
    key: Type.String(),
    type: Type.String(),
    number: Nullable(Type.String()),
    code: Nullable(Type.String()),
    issuer: Nullable(Type.String()),
    term: Nullable(Type.String()),
    issuedOn: Nullable(Day),
    title: Nullable(Type.String()),
  }),
  ...ConferencePageSchema.properties,
});

export const StatsSchema = Type.Object({
  total: Type.Integer(),
  byMonth: Type.Array(
    Type.Object({ month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }), count: Type.Integer() }),
  ),
  byScope: Type.Array(Type.Object({ scope: Nullable(Type.String()), count: Type.Integer() })),
  byKind: Type.Array(Type.Object({ kind: Type.String(), count: Type.Integer() })),
});
