import Type from 'typebox';
import {
  ContentHash,
  EventId,
  Fact,
  HttpUrl,
  IsoDate,
  IsoDateTime,
  Nullable,
  ParserVersion,
  SourceId,
  Span,
} from '../primitives.js';

export const CONFERENCE_KINDS = ['dissemination', 'review', 'briefing', 'plenum', 'other'] as const;
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const SCOPES = ['national', 'sector', 'province', 'district', 'commune'] as const;
export const FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const ROLES = ['chair', 'speaker', 'directing', 'attendee'] as const;
export const CONNECTION_LEVELS = ['central', 'province', 'district', 'commune', 'other'] as const;
export const DOCUMENT_TYPES = ['NQ', 'CT', 'KL', 'QĐ', 'HD', 'TB', 'KH', 'HNTW', 'DH'] as const;

export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
export type Scope = (typeof SCOPES)[number];
export type ConferenceFormat = (typeof FORMATS)[number];
export type Role = (typeof ROLES)[number];
export type ConnectionLevel = (typeof CONNECTION_LEVELS)[number];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const Count = Type.Integer({ minimum: 0 });

export const ConferenceDocument = Type.Object({
  key: Type.String({
    pattern: '^(NQ|CT|KL|QĐ|HD|TB|KH):[0-9]+(/[A-ZĐ]+)?$|^HNTW:[0-9]+/[IVXLC]+$|^DH:[IVXLC]+$',
    description: 'Document key, e.g. NQ:18, NQ:50/TU, HNTW:8/XIII, DH:XIV',
  }),
  type: Type.Enum([...DOCUMENT_TYPES]),
  number: Nullable(Type.String()),
  code: Nullable(Type.String({ description: 'Code as written, e.g. 18-NQ/TW' })),
  issuer: Nullable(Type.String()),
  term: Nullable(Type.String({ description: 'Party term (khóa), e.g. XIII' })),
  date: Nullable(IsoDate),
  title: Nullable(Type.String()),
  span: Nullable(Span),
});

export const ConferencePerson = Type.Object({
  name: Type.String({ minLength: 1 }),
  titles: Type.Array(Type.String(), { description: 'Titles as the text gives them' }),
  roles: Type.Array(Type.Enum([...ROLES])),
  connectionPoint: Nullable(Type.String({ description: 'Connection point where the person attended' })),
  span: Nullable(Span),
});

export const ConnectionPointCount = Type.Object({
  level: Type.Enum([...CONNECTION_LEVELS]),
  count: Count,
  span: Nullable(Span),
});

export const Presentation = Type.Object({
  speaker: Type.String(),
  topic: Type.String(),
  span: Nullable(Span),
});

export const ExtractedConference = Type.Object({
  name: Fact(Type.String({ minLength: 1 })),
  nameDerived: Type.Optional(
    Type.Boolean({
      description:
        'True when the text never names its meeting: name is then a description hoinghi built from the other facts (e.g. "Phiên họp của UBND tỉnh Phú Thọ"), never to be shown as the meeting\'s own name',
    }),
  ),
  kind: Fact(Type.Enum([...CONFERENCE_KINDS])),
  date: Nullable(Fact(IsoDate)),
  partOfDay: Nullable(Fact(Type.Enum([...PARTS_OF_DAY]))),
  scope: Nullable(Fact(Type.Enum([...SCOPES]))),
  format: Nullable(Fact(Type.Enum([...FORMATS]))),
  organizers: Type.Array(Fact(Type.String({ minLength: 1 }))),
  venue: Nullable(Fact(Type.String())),
  connectionPoints: Nullable(Fact(Count)),
  attendees: Nullable(Fact(Count)),
  connectionPointsByLevel: Type.Array(ConnectionPointCount),
  localConnectionPoint: Nullable(
    Type.Object({
      name: Type.String(),
      connectionPoints: Nullable(Count),
      attendees: Nullable(Count),
      span: Nullable(Span),
    }),
  ),
  documents: Type.Array(ConferenceDocument),
  people: Type.Array(ConferencePerson),
  presentations: Type.Array(Presentation),
  byline: Nullable(Type.String()),
});

export const ConferenceExtractedV1 = Type.Object({
  articleUrl: HttpUrl,
  sourceId: SourceId,
  articleEventId: EventId,
  contentHash: ContentHash,
  parserVersion: ParserVersion,
  title: Nullable(Type.String()),
  publishedAt: Nullable(IsoDateTime),
  language: Type.Optional(
    Type.String({ pattern: '^[a-z]{2,3}$', description: "The article's language (ISO 639-1), e.g. vi, en" }),
  ),
  conference: ExtractedConference,
});

export type ExtractedConference = Type.Static<typeof ExtractedConference>;
export type ConferenceDocument = Type.Static<typeof ConferenceDocument>;
export type ConferencePerson = Type.Static<typeof ConferencePerson>;
export type ConnectionPointCount = Type.Static<typeof ConnectionPointCount>;
export type Presentation = Type.Static<typeof Presentation>;
export type ConferenceExtractedV1 = Type.Static<typeof ConferenceExtractedV1>;
