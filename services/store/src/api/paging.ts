import type { Page } from '../queries/conference-list.js';
import type { CursorCodec } from './cursor.js';

/** The key a client's cursor stands for, or none on the first page (a bad cursor is a 400). */
export const after = <K>(codec: CursorCodec<K>, cursor: string | undefined): K | undefined =>
  cursor === undefined ? undefined : codec.decode(cursor);

/** A page as clients get it: the last row's key becomes an opaque `nextCursor`. */
export const toPage = <T, K>({ items, next }: Page<T, K>, codec: CursorCodec<K>) => ({
  items,
  nextCursor: next === null ? null : codec.encode(next),
});
