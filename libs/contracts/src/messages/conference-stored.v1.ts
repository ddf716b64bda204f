import Type from 'typebox';
import { EventId, HttpUrl, IsoDate, Nullable } from '../primitives.js';

export const ConferenceStoredV1 = Type.Object({
  conferenceId: Type.String({ format: 'uuid' }),
  reportId: Type.String({ format: 'uuid' }),
  extractedEventId: EventId,
  articleUrl: HttpUrl,
  merged: Type.Boolean({ description: 'True when the report joined a conference already stored' }),
  mergeReason: Nullable(Type.String()),
  name: Type.String(),
  nameDerived: Type.Optional(
    Type.Boolean({ description: 'True when name is a description built by hoinghi, not a name the reports give' }),
  ),
  date: Nullable(IsoDate),
});
export type ConferenceStoredV1 = Type.Static<typeof ConferenceStoredV1>;
