import type { JetStreamManager, JsMsg, PubAck } from '@nats-io/jetstream';
import { headers as createHeaders, type MsgHdrs } from '@nats-io/transport-node';
import { COPY_OF_HEADER, COPY_REASON_HEADER, formatStreamRef } from './message-copies.js';
import { readStream } from './stream-reader.js';
import { consumerFilters, subjectsOverlap } from './subjects.js';

export interface ReplayRequest {
  stream: string;
  /** Durable consumer the range is re-delivered to. */
  consumer: string;
  /** Start of the range (inclusive): a stream sequence or a time, exactly one of them. */
  fromSeq?: number;
  fromTime?: Date;
  /** End of the range (inclusive); default the last message stored when the replay starts. */
  toSeq?: number;
  toTime?: Date;
  /**
   * Names the replay. Each copy's `Nats-Msg-Id` is `<id>:<original sequence>`, so running the same replay
   * again (after a crash half-way) within the stream's duplicate window adds nothing twice.
   */
  id?: string;
  /** Counts what would be re-delivered without publishing anything. */
  dryRun?: boolean;
  /** Other durable consumers of the same subjects would receive the copies too: refused unless allowed. */
  allowShared?: boolean;
}

export interface ReplayResult {
  id: string;
  stream: string;
  consumer: string;
  filter: string;
  /** Messages of the range that the consumer's filter selects. */
  matched: number;
  published: number;
  /** Copies JetStream already had (the same replay id run before). */
  duplicates: number;
  firstSeq: number | null;
  lastSeq: number | null;
  /** Other durable consumers that receive the copies as well (only with `allowShared`). */
  alsoDeliveredTo: string[];
}

export class ReplayRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayRefused';
  }
}

/** Publishes awaited at once while copying: keeps order (one connection) and throughput. */
const PUBLISH_WINDOW = 64;

/**
 * Re-delivers exactly a range of a stream to one durable consumer, e.g. to re-parse pages after a parser
 * upgrade. Each message of the range that the consumer's filter selects is published again, in order, to
 * its own subject as a copy: a new `Nats-Msg-Id` (`<replay id>:<sequence>`) and `Hoinghi-Copy-Of:
 * <stream>:<sequence>`. The consumer receives the copies as new messages, with the usual acks, retries and
 * dead letters, and nothing outside the range; its position and pending messages are untouched. The
 * range ends at the last message stored when the replay starts, so the copies themselves are never re-read.
 */
export async function replayRange(jsm: JetStreamManager, request: ReplayRequest): Promise<ReplayResult> {
  if ((request.fromSeq === undefined) === (request.fromTime === undefined)) {
    throw new ReplayRefused('give the start of the range as a sequence or as a time (exactly one)');
  }
  if (request.toSeq !== undefined && request.toTime !== undefined) {
    throw new ReplayRefused('give the end of the range as a sequence or as a time, not both');
  }
  if (request.fromSeq !== undefined && request.toSeq !== undefined && request.toSeq < request.fromSeq) {
    throw new ReplayRefused(`empty range: ${request.fromSeq} > ${request.toSeq}`);
  }
  const info = await jsm.consumers.info(request.stream, request.consumer).catch((error: unknown) => {
    throw new ReplayRefused(`no consumer ${request.consumer} on stream ${request.stream}: ${String(error)}`);
  });
  if (!info.config.durable_name) throw new ReplayRefused(`${request.consumer} is not a durable consumer`);
  const filters = consumerFilters(info.config);
  if (filters.length !== 1) throw new ReplayRefused(`${request.consumer} has several subject filters`);
  const [filter] = filters;
  const alsoDeliveredTo = await otherConsumersOf(jsm, request.stream, request.consumer, filter);
  if (alsoDeliveredTo.length > 0 && !request.allowShared) {
    throw new ReplayRefused(
      `the copies would also reach ${alsoDeliveredTo.join(', ')} (same subjects); pass allowShared to accept`,
    );
  }
  const id = request.id ?? `replay-${new Date().toISOString()}`;
  const js = jsm.jetstream();
  const result: ReplayResult = {
    id,
    stream: request.stream,
    consumer: request.consumer,
    filter,
    matched: 0,
    published: 0,
    duplicates: 0,
    firstSeq: null,
    lastSeq: null,
    alsoDeliveredTo,
  };
  const pending: Promise<PubAck>[] = [];
  const settle = async (acks: Promise<PubAck>[]) => {
    for (const ack of await Promise.all(acks)) {
      if (ack.duplicate) result.duplicates++;
      else result.published++;
    }
  };
  const endMs = request.toTime?.getTime();
  for await (const msg of readStream(jsm, request.stream, {
    filter,
    startSeq: request.fromSeq,
    startTime: request.fromTime,
    endSeq: request.toSeq,
  })) {
    if (endMs !== undefined && msg.time.getTime() > endMs) break;
    result.matched++;
    result.firstSeq ??= msg.seq;
    result.lastSeq = msg.seq;
    if (request.dryRun) continue;
    pending.push(
      js.publish(msg.subject, msg.data, {
        msgID: `${id}:${msg.seq}`,
        headers: copyHeaders(msg, `replay ${id}`),
      }),
    );
    if (pending.length >= PUBLISH_WINDOW) await settle(pending.splice(0));
  }
  await settle(pending);
  return result;
}

/** The original's own headers (not JetStream's), and where the copy comes from. */
export function copyHeaders(msg: JsMsg, reason: string): MsgHdrs {
  const copy = createHeaders();
  for (const [key, values] of msg.headers ?? []) {
    if (key.toLowerCase().startsWith('nats-') || key === COPY_OF_HEADER || key === COPY_REASON_HEADER)
      continue;
    for (const value of values) copy.append(key, value);
  }
  copy.set(COPY_OF_HEADER, formatStreamRef(msg.info.stream, msg.seq));
  copy.set(COPY_REASON_HEADER, reason);
  return copy;
}

async function otherConsumersOf(jsm: JetStreamManager, stream: string, consumer: string, filter: string) {
  const others: string[] = [];
  for await (const other of jsm.consumers.list(stream)) {
    if (!other.config.durable_name || other.name === consumer) continue;
    if (consumerFilters(other.config).some((f) => subjectsOverlap(f, filter))) others.push(other.name);
  }
  return others;
}
