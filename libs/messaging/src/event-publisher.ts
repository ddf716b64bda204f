import type { JetStreamClient } from '@nats-io/jetstream';
import type { DataOf, MessageDefinition } from '@hoinghi/contracts';
import { createEvent } from './event-envelope.js';
import type { MessagingMetrics } from './messaging-metrics.js';

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

/** Publishes contract-checked events and waits for JetStream to store them; the event id is the dedupe key. */
export class EventPublisher {
  constructor(
    private readonly js: JetStreamClient,
    private readonly source: string,
    private readonly metrics?: MessagingMetrics,
  ) {}

  async publish<D extends MessageDefinition>(
    definition: D,
    data: DataOf<D>,
    options: PublishOptions,
  ): Promise<PublishResult> {
    const event = createEvent(definition, data, { ...options, source: this.source });
    const ack = await this.js.publish(definition.subject, JSON.stringify(event), { msgID: event.id });
    this.metrics?.published.inc({ subject: definition.subject, duplicate: String(ack.duplicate) });
    return { stream: ack.stream, sequence: ack.seq, duplicate: ack.duplicate };
  }
}
