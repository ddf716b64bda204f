import type { JetStreamManager } from '@nats-io/jetstream';
import { headers as createHeaders } from '@nats-io/transport-node';
import {
  STREAMS,
  deadLetterV1,
  messageForSubject,
  type DeadLetterReason,
  type DeadLetterV1,
} from '@hoinghi/contracts';
import { describeError } from './delivery-policy.js';
import { COPY_OF_HEADER, COPY_REASON_HEADER, formatStreamRef } from './message-copies.js';
import { readStream } from './stream-reader.js';

const DEAD_LETTER_STREAM = STREAMS.deadLetters.name;

export interface DeadLetterFilter {
  stage?: string;
  reason?: DeadLetterReason;
  /** Subject of the original message. */
  subject?: string;
  fromSeq?: number;
  limit?: number;
}

export interface DeadLetterEntry {
  /** Sequence of the dead letter in the dead-letter stream: what `republishDeadLetters` takes. */
  sequence: number;
  storedAt: Date;
  letter: DeadLetterV1;
}

/** Dead letters in stream order, filtered by stage, reason and original subject. */
export async function listDeadLetters(
  jsm: JetStreamManager,
  filter: DeadLetterFilter = {},
): Promise<{ entries: DeadLetterEntry[]; unreadable: { sequence: number; error: string }[] }> {
  const entries: DeadLetterEntry[] = [];
  const unreadable: { sequence: number; error: string }[] = [];
  for await (const msg of readStream(jsm, DEAD_LETTER_STREAM, { startSeq: filter.fromSeq })) {
    let letter: DeadLetterV1;
    try {
      letter = deadLetterV1.parseEvent(msg.json()).data;
    } catch (error) {
      unreadable.push({ sequence: msg.seq, error: describeError(error) });
      continue;
    }
    if (filter.stage !== undefined && letter.stage !== filter.stage) continue;
    if (filter.reason !== undefined && letter.reason !== filter.reason) continue;
    if (filter.subject !== undefined && letter.originalSubject !== filter.subject) continue;
    entries.push({ sequence: msg.seq, storedAt: msg.time, letter });
    if (filter.limit !== undefined && entries.length >= filter.limit) break;
  }
  return { entries, unreadable };
}

export type RepublishOutcome =
  | {
      sequence: number;
      status: 'republished' | 'duplicate';
      subject: string;
      stream: string;
      newSequence: number;
    }
  | { sequence: number; status: 'not_found' | 'original_missing' | 'still_invalid'; detail: string };

/**
 * Publishes the originals of chosen dead letters again, after a fix, to their original subject: the
 * stage that gave up on them receives them as new messages. The original comes from the dead letter
 * (small payloads travel inside it) or else from its stream, by sequence. The copy's `Nats-Msg-Id` is
 * `dead-letter:<dead-letter sequence>`, so republishing the same dead letter twice stores it once (within
 * the duplicate window). An original that still violates its contract is skipped unless `force`.
 */
export async function republishDeadLetters(
  jsm: JetStreamManager,
  sequences: number[],
  options: { force?: boolean } = {},
): Promise<RepublishOutcome[]> {
  const js = jsm.jetstream();
  const outcomes: RepublishOutcome[] = [];
  for (const sequence of sequences) {
    const stored = await jsm.streams.getMessage(DEAD_LETTER_STREAM, { seq: sequence }).catch(() => null);
    if (!stored) {
      outcomes.push({ sequence, status: 'not_found', detail: `no dead letter #${sequence}` });
      continue;
    }
    let letter: DeadLetterV1;
    try {
      letter = deadLetterV1.parseEvent(stored.json()).data;
    } catch (error) {
      outcomes.push({
        sequence,
        status: 'not_found',
        detail: `#${sequence} is not a dead letter: ${describeError(error)}`,
      });
      continue;
    }
    const payload = await originalPayload(jsm, letter);
    if (!payload) {
      outcomes.push({
        sequence,
        status: 'original_missing',
        detail: `the payload is not in the dead letter and ${letter.original.stream ?? '?'} #${letter.original.sequence ?? '?'} is gone (stream limits)`,
      });
      continue;
    }
    const problem = options.force ? null : contractProblem(letter.originalSubject, payload);
    if (problem) {
      outcomes.push({ sequence, status: 'still_invalid', detail: problem });
      continue;
    }
    const deadLetterRef = formatStreamRef(DEAD_LETTER_STREAM, sequence);
    const headers = createHeaders();
    headers.set(
      COPY_OF_HEADER,
      letter.original.stream !== null && letter.original.sequence !== null
        ? formatStreamRef(letter.original.stream, letter.original.sequence)
        : deadLetterRef,
    );
    headers.set(COPY_REASON_HEADER, `dead-letter ${deadLetterRef}`);
    const ack = await js.publish(letter.originalSubject, payload, {
      msgID: `dead-letter:${sequence}`,
      headers,
    });
    outcomes.push({
      sequence,
      status: ack.duplicate ? 'duplicate' : 'republished',
      subject: letter.originalSubject,
      stream: ack.stream,
      newSequence: ack.seq,
    });
  }
  return outcomes;
}

async function originalPayload(jsm: JetStreamManager, letter: DeadLetterV1): Promise<Uint8Array | null> {
  if (letter.original.payload !== null) return Buffer.from(letter.original.payload, 'base64');
  const { stream, sequence } = letter.original;
  if (stream === null || sequence === null) return null;
  const stored = await jsm.streams.getMessage(stream, { seq: sequence }).catch(() => null);
  return stored?.data ?? null;
}

function contractProblem(subject: string, payload: Uint8Array): string | null {
  const definition = messageForSubject(subject);
  if (!definition) return `no contract for subject ${subject}`;
  try {
    definition.parseEvent(JSON.parse(Buffer.from(payload).toString('utf8')));
    return null;
  } catch (error) {
    return describeError(error);
  }
}
