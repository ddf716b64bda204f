import type { JetStreamClient } from '@nats-io/jetstream';
import { STREAMS, type DataOf, type MessageDefinition } from '@hoinghi/contracts';
import { createEvent } from './event-envelope.js';
import type { MessagingMetrics } from './messaging-metrics.js';
import { retryTransient } from './transient-errors.js';

export interface PublishOptions {
  id: string;
  subject?: string;
  time?: Date;
}

export interface PublishResult {
  stream: string;
  sequence: number;
  /** JetStream already had an event with this id inside the duplicate window. */
  duplicate: boolean;
}

export interface EventPublisherOptions {
  /** The server's `max_payload` (it may be lower than a stream's limit); read at each publish. */
  maxPayload?: () => number | undefined;
  /**
   * How long a publish is retried while NATS is unreachable (a restart, a leader election). Retrying is
   * safe: the event id is the `Nats-Msg-Id`, so JetStream stores the event once.
   */
  retryForMs?: number;
}

/** Room left for the headers (`Nats-Msg-Id`) inside the size JetStream checks. */
const HEADER_ALLOWANCE = 1024;
const encoder = new TextEncoder();

/** Raised before publishing an event its stream would refuse: too large to travel inside a message. */
export class PayloadTooLargeError extends Error {
  constructor(
    readonly subject: string,
    readonly size: number,
    readonly limit: number,
    eventType: string,
    eventId: string,
  ) {
    super(
      `event ${eventType} ${eventId} is ${size} bytes, over the ${limit}-byte limit of messages on ${subject} ` +
        '(stream max_msg_size / server max_payload): a large field must travel by claim check, ' +
        'e.g. a page body through PageBodyCodec into the object store',
    );
    this.name = 'PayloadTooLargeError';
  }
}

/** Publishes contract-checked events and waits for JetStream to store them; the event id is the dedupe key. */
export class EventPublisher {
  constructor(
    private readonly js: JetStreamClient,
    private readonly source: string,
    private readonly metrics?: MessagingMetrics,
    private readonly options: EventPublisherOptions = {},
  ) {}

  async publish<D extends MessageDefinition>(
    definition: D,
    data: DataOf<D>,
    options: PublishOptions,
  ): Promise<PublishResult> {
    const event = createEvent(definition, data, { ...options, source: this.source });
    const payload = encoder.encode(JSON.stringify(event));
    const limit = this.sizeLimit(definition);
    if (payload.byteLength + HEADER_ALLOWANCE > limit) {
      throw new PayloadTooLargeError(
        definition.subject,
        payload.byteLength,
        limit - HEADER_ALLOWANCE,
        event.type,
        event.id,
      );
    }
    const ack = await retryTransient(
      () => this.js.publish(definition.subject, payload, { msgID: event.id }),
      {
        retryForMs: this.options.retryForMs ?? 30_000,
      },
    );
    this.metrics?.published.inc({ subject: definition.subject, duplicate: String(ack.duplicate) });
    return { stream: ack.stream, sequence: ack.seq, duplicate: ack.duplicate };
  }

  private sizeLimit(definition: MessageDefinition): number {
    const streamLimit = STREAMS[definition.stream].maxMsgSize;
    return Math.min(streamLimit, this.options.maxPayload?.() ?? streamLimit);
  }
}
