import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import {
  CONSUMERS,
  STREAMS,
  deadLetterV1,
  messageForSubject,
  type CloudEvent,
  type ConsumerKey,
} from '@hoinghi/contracts';
import type { LoggerService } from '@nestjs/common';
import { buildDeadLetter, deadLetterId } from './dead-letter.js';
import { PermanentFailure, decideOnFailure, describeError, type RedeliveryPolicy } from './delivery-policy.js';
import type { EventPublisher } from './event-publisher.js';
import type { MessagingMetrics } from './messaging-metrics.js';

export interface Delivery {
  subject: string;
  deliveryCount: number;
  streamSequence: number;
  /** Tells JetStream the handler is still working, so a long task is not redelivered meanwhile. */
  working(): void;
}

export type DeliveryHandler = (event: CloudEvent, delivery: Delivery) => Promise<void>;

export interface ConsumerOptions {
  /** Name of the stage in dead letters, e.g. `parser`. */
  stage: string;
  /** Messages handled at once by this process. */
  concurrency: number;
  publisher: EventPublisher;
  logger: LoggerService;
  metrics?: MessagingMetrics;
  redelivery?: Partial<Omit<RedeliveryPolicy, 'maxDeliver'>>;
}

const decoder = new TextDecoder();

/**
 * Pulls from a durable consumer and acknowledges a message only after its handler has finished.
 * Failures are redelivered with a growing delay; bad messages and exhausted ones become dead letters.
 */
export class JetStreamConsumer {
  private messages?: ConsumerMessages;
  private readonly inFlight = new Set<Promise<void>>();
  private loop?: Promise<void>;
  private stopping = false;
  private readonly policy: RedeliveryPolicy;

  constructor(
    private readonly js: JetStreamClient,
    private readonly key: ConsumerKey,
    private readonly options: ConsumerOptions,
  ) {
    this.policy = {
      maxDeliver: CONSUMERS[key].maxDeliver,
      baseDelayMs: options.redelivery?.baseDelayMs ?? 1_000,
      maxDelayMs: options.redelivery?.maxDelayMs ?? 60_000,
    };
  }

  async start(handle: DeliveryHandler): Promise<void> {
    const spec = CONSUMERS[this.key];
    const consumer = await this.js.consumers.get(STREAMS[spec.stream].name, spec.durable);
    this.messages = await consumer.consume({ max_messages: this.options.concurrency });
    this.loop = this.run(this.messages, handle);
  }

  /** Stops pulling, lets the messages in flight finish, and returns once they are acknowledged. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close();
    await this.loop;
    await Promise.allSettled(this.inFlight);
  }

  private async run(messages: ConsumerMessages, handle: DeliveryHandler): Promise<void> {
    for await (const msg of messages) {
      if (this.stopping) {
        // Pulled but not started: hand it straight back so another replica takes it now.
        msg.nak();
        continue;
      }
      const task = this.process(msg, handle).finally(() => this.inFlight.delete(task));
      this.inFlight.add(task);
      if (this.inFlight.size >= this.options.concurrency) await Promise.race(this.inFlight);
    }
  }

  private async process(msg: JsMsg, handle: DeliveryHandler): Promise<void> {
    const { metrics } = this.options;
    let eventId: string | null = null;
    try {
      const event = this.decode(msg);
      eventId = event.id;
      await handle(event, {
        subject: msg.subject,
        deliveryCount: msg.info.deliveryCount,
        streamSequence: msg.info.streamSequence,
        working: () => msg.working(),
      });
      await msg.ackAck();
      metrics?.handled.inc({ subject: msg.subject, outcome: 'acked' });
    } catch (error) {
      await this.fail(msg, error, eventId);
    }
  }

  private decode(msg: JsMsg): CloudEvent {
    const definition = messageForSubject(msg.subject);
    if (!definition) throw new PermanentFailure('contract_violation', `no contract for subject ${msg.subject}`);
    let raw: unknown;
    try {
      raw = JSON.parse(decoder.decode(msg.data));
    } catch (error) {
      throw new PermanentFailure('contract_violation', `not a JSON CloudEvent: ${describeError(error)}`);
    }
    return definition.parseEvent(raw);
  }

  private async fail(msg: JsMsg, error: unknown, eventId: string | null): Promise<void> {
    const { logger, metrics, stage, publisher } = this.options;
    const decision = decideOnFailure(error, msg.info.deliveryCount, this.policy);
    if (decision.action === 'redeliver') {
      logger.warn(
        `${stage}: ${msg.subject} #${msg.info.streamSequence} failed (delivery ${msg.info.deliveryCount}), ` +
          `retrying in ${decision.delayMs} ms: ${describeError(error)}`,
      );
      msg.nak(decision.delayMs);
      metrics?.handled.inc({ subject: msg.subject, outcome: 'redelivered' });
      return;
    }
    const stream = msg.info.stream;
    const sequence = msg.info.streamSequence;
    logger.error(`${stage}: ${msg.subject} #${sequence} dead-lettered (${decision.reason}): ${decision.error}`);
    try {
      await publisher.publish(
        deadLetterV1,
        buildDeadLetter({
          subject: msg.subject,
          eventId,
          stage,
          reason: decision.reason,
          error: decision.error,
          attempts: msg.info.deliveryCount,
          stream,
          sequence,
          payload: msg.data,
        }),
        { id: deadLetterId(stage, stream, sequence, eventId), subject: msg.subject },
      );
    } catch (publishError) {
      // Without its dead letter the message must not be dropped: let JetStream deliver it again.
      logger.error(`${stage}: could not publish dead letter, redelivering: ${describeError(publishError)}`);
      msg.nak(this.policy.baseDelayMs);
      return;
    }
    msg.term(decision.reason);
    metrics?.handled.inc({ subject: msg.subject, outcome: 'dead_lettered' });
    metrics?.deadLettered.inc({ subject: msg.subject, reason: decision.reason });
  }
}
