import type { DeadLetterReason, DeadLetterV1 } from '@hoinghi/contracts';

/** Payloads up to this size travel inside the dead letter; larger ones are found by stream sequence. */
const INLINE_PAYLOAD_LIMIT = 256 * 1024;

export function buildDeadLetter(input: {
  subject: string;
  eventId: string | null;
  stage: string;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
  stream: string | null;
  sequence: number | null;
  payload: Uint8Array;
  failedAt?: Date;
}): DeadLetterV1 {
  return {
    originalSubject: input.subject,
    originalEventId: input.eventId,
    stage: input.stage,
    reason: input.reason,
    error: input.error.slice(0, 4000),
    attempts: input.attempts,
    failedAt: (input.failedAt ?? new Date()).toISOString(),
    original: {
      stream: input.stream,
      sequence: input.sequence,
      payload:
        input.payload.byteLength <= INLINE_PAYLOAD_LIMIT ? Buffer.from(input.payload).toString('base64') : null,
    },
  };
}

/** One dead letter per failed message (stream and sequence), so a retried dead-lettering is deduplicated. */
export function deadLetterId(stage: string, stream: string | null, sequence: number | null, eventId: string | null) {
  return stream !== null && sequence !== null ? `dl:${stage}:${stream}:${sequence}` : `dl:${stage}:${eventId}`;
}
