import Type, { type TSchema } from 'typebox';
import { EventId, IsoDateTime } from './primitives.js';

/** CloudEvents 1.0, structured JSON mode: the envelope around every message. */
export const cloudEventSchema = <T extends TSchema>(type: string, dataschema: string, data: T) =>
  Type.Object({
    specversion: Type.Literal('1.0'),
    id: EventId,
    source: Type.String({ minLength: 1, description: 'URI-reference of the producing service' }),
    type: Type.Literal(type),
    time: IsoDateTime,
    subject: Type.Optional(Type.String()),
    datacontenttype: Type.Literal('application/json'),
    dataschema: Type.Literal(dataschema),
    data,
  });

export interface CloudEvent<TData = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject?: string;
  datacontenttype: 'application/json';
  dataschema: string;
  data: TData;
}
