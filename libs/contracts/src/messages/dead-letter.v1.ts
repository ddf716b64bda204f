import Type from 'typebox';
import { IsoDateTime, Nullable } from '../primitives.js';

export const DEAD_LETTER_REASONS = [
  'contract_violation',
  'handler_failed',
  'max_deliveries',
  'unparseable_page',
  'fetch_failed',
  'payload_too_large',
] as const;
export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

export const DeadLetterV1 = Type.Object({
  originalSubject: Type.String(),
  originalEventId: Nullable(Type.String()),
  stage: Type.String({ description: 'Service or consumer that gave up, e.g. parser' }),
  reason: Type.Enum([...DEAD_LETTER_REASONS]),
  error: Type.String(),
  attempts: Type.Integer({ minimum: 0 }),
  failedAt: IsoDateTime,
  original: Type.Object(
    {
      stream: Nullable(Type.String()),
      sequence: Nullable(Type.Integer({ minimum: 0 })),
      payload: Nullable(Type.String({ description: 'Base64 of the original message when small enough' })),
    },
    { description: 'How to get the original message back: its stream sequence, or the payload itself' },
  ),
});
export type DeadLetterV1 = Type.Static<typeof DeadLetterV1>;
