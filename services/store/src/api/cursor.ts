import Type, { type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { InvalidParameters } from './request-parameters.js';

export interface CursorCodec<K> {
  /** Where a page ends, as the ordering key of its last row: clients pass it back unread. */
  encode(key: K): string;
  /** A cursor this API gave, or a 400: a forged or damaged one never reaches SQL. */
  decode(cursor: string): K;
}

function cursorCodec<T extends TSchema>(schema: T): CursorCodec<Type.Static<T>> {
  const validator = Compile(schema);
  return {
    encode: (key) => Buffer.from(JSON.stringify(key)).toString('base64url'),
    decode: (cursor) => {
      let key: unknown;
      try {
        key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        key = undefined;
      }
      if (!validator.Check(key))
        throw new InvalidParameters([{ parameter: 'cursor', message: 'is not a cursor this API gave' }]);
      return key as Type.Static<T>;
    },
  };
}

const Uuid = Type.String({ format: 'uuid' });

/**
 * Conferences are paged by (sort_date, id) descending; an unknown date sorts as -infinity, last. The date
 * format allows year 0, which Postgres does not have.
 */
export const conferenceCursor = cursorCodec(
  Type.Tuple([
    Type.Union([Type.String({ format: 'date', pattern: '^(?!0000)' }), Type.Literal('-infinity')]),
    Uuid,
  ]),
);

/** People are paged by (name_key, id). */
export const personCursor = cursorCodec(Type.Tuple([Type.String({ maxLength: 400 }), Uuid]));
