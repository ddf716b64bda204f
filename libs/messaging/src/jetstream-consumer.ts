import type { Consumer, ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
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
import {
  PermanentFailure,
  decideOnArrival,
  decideOnFailure,
  describeError,
  redeliveryDelay,
  type DeadLetterDecision,
  type RedeliveryPolicy,
} from './delivery-policy.js';
import type { EventPublisher } from './event-publisher.js';
import { InFlightMessage, ReleasedAtShutdown } from './in-flight-message.js';
import { copyOrigin, formatStreamRef, type CopyOrigin } from './message-copies.js';
import type { MessagingMetrics } from './messaging-metrics.js';
import { DEAD_LETTER_DELIVERIES, limitsOf } from './topology.js';
import { settlesWithin, sleep } from './transient-errors.js';

export interface Delivery {
  subject: string;
  stream: string;
  deliveryCount: number;
  streamSequence: number;
  /** Set on a copy made by a replay or a dead-letter republish: where the original is. */
  copyOf: CopyOrigin | null;
  /** Aborted when the handler ran out of time or the process stops past its shutdown deadline. */
  signal: AbortSignal;
  /**
   * Tells JetStream the handler is still working, so a long task is not redelivered meanwhile. Sent
   * automatically every half ack wait while the handler runs; call it to report progress sooner.
   */
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
  /** Messages asked for per pull request (the most this process holds unstarted); default `concurrency`. */
  batch?: number;
  /** A handler running longer is abandoned and its message failed (retried, then dead-lettered); default 5 × ack wait. */
  handlerTimeoutMs?: number;
  /**
   * How long `stop()` waits for handlers in flight before handing their messages back; default 7 s. With up
   * to 1 s to settle and the connection drain (2 s), a SIGTERM shutdown stays within 10 s.
   */
  shutdownTimeoutMs?: number;
}

export interface ConsumerStatus {
  consumer: ConsumerKey;
  /** A pull subscription is open and the server answers it. */
  consuming: boolean;
  inFlight: number;
  /** The last problem seen (missed heartbeats, consumer gone …), null once messages flow again. */
  problem: string | null;
}

const decoder = new TextDecoder();
/** Pull requests expire and are renewed this often; with idle heartbeats at half of it, a stall is seen fast. */
const PULL_EXPIRES_MS = 10_000;

/**
 * Pulls from a durable consumer and acknowledges a message only after its handler has finished.
 * Failures are redelivered with a growing delay; bad messages and exhausted ones become dead letters.
 * At most `concurrency` handlers run, and no more than `batch` messages wait unstarted: a slow stage
 * leaves the rest in JetStream (bounded by the consumer's max ack pending), holding its producer back.
 */
export class JetStreamConsumer {
  private readonly inFlight = new Map<number, InFlightMessage>();
  private readonly tasks = new Set<Promise<void>>();
  private readonly stopping = new AbortController();
  /** Why messages failed whose dead letter could not be published yet, for when they come back (bounded). */
  private readonly undelivered = new Map<number, DeadLetterDecision>();
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private stopped?: Promise<void>;
  private policy!: RedeliveryPolicy;
  private timing!: { ackWaitMs: number; handlerTimeoutMs: number };
  private ticker?: NodeJS.Timeout;
  private slotFreed?: () => void;
  private consuming = false;
  private problem: string | null = null;

  constructor(
    private readonly js: JetStreamClient,
    private readonly key: ConsumerKey,
    private readonly options: ConsumerOptions,
  ) {}

  private get stream(): string {
    return STREAMS[CONSUMERS[this.key].stream].name;
  }

  /** Opens the pull subscription (failing if the consumer does not exist) and starts handling messages. */
  async start(handle: DeliveryHandler): Promise<void> {
    const consumer = await this.js.consumers.get(this.stream, CONSUMERS[this.key].durable);
    const limits = limitsOf(await consumer.info(true));
    this.timing = {
      ackWaitMs: limits.ackWaitMs,
      handlerTimeoutMs: this.options.handlerTimeoutMs ?? 5 * limits.ackWaitMs,
    };
    // One timer for every message in flight: heartbeats every half ack wait, and handler timeouts.
    const period = Math.max(50, Math.min(this.timing.ackWaitMs, this.timing.handlerTimeoutMs) / 4);
    this.ticker = setInterval(() => this.tick(), period).unref();
    this.policy = {
      maxDeliver: limits.maxDeliver,
      baseDelayMs: this.options.redelivery?.baseDelayMs ?? 1_000,
      maxDelayMs: this.options.redelivery?.maxDelayMs ?? 60_000,
    };
    const first = await this.open(consumer);
    this.loop = this.run(first, handle);
  }

  status(): ConsumerStatus {
    return {
      consumer: this.key,
      consuming: this.consuming,
      inFlight: this.inFlight.size,
      problem: this.problem,
    };
  }

  /**
   * Stops pulling, lets the handlers in flight finish, and returns once their messages are settled. Past
   * the shutdown timeout the messages still in flight are handed back to JetStream (nak) for another replica.
   */
  stop(): Promise<void> {
    this.stopped ??= this.shutDown();
    return this.stopped;
  }

  private async shutDown(): Promise<void> {
    this.stopping.abort();
    void this.messages?.close();
    const timeoutMs = this.options.shutdownTimeoutMs ?? 7_000;
    if (!(await settlesWithin(Promise.allSettled([this.loop, ...this.tasks]), timeoutMs))) {
      for (const entry of this.inFlight.values()) {
        if (entry.release()) this.count(entry.first, 'released');
      }
      this.options.logger.warn(`${this.options.stage}: shutdown timeout, handed back unfinished messages`);
    }
    await settlesWithin(Promise.allSettled([this.loop, ...this.tasks]), 1_000);
    clearInterval(this.ticker);
    this.consuming = false;
  }

  private async open(consumer: Consumer): Promise<ConsumerMessages> {
    const batch = this.options.batch ?? this.options.concurrency;
    const messages = await consumer.consume({ max_messages: batch, expires: PULL_EXPIRES_MS });
    this.messages = messages;
    this.consuming = true;
    void this.watch(messages);
    return messages;
  }

  /** Follows the pull subscription's notifications, for the logs and the health check. */
  private async watch(messages: ConsumerMessages): Promise<void> {
    const { logger, stage } = this.options;
    for await (const note of messages.status()) {
      switch (note.type) {
        case 'heartbeat':
        case 'next':
          if (this.problem) logger.log(`${stage}: ${this.key} consuming again`);
          this.problem = null;
          this.consuming = true;
          break;
        case 'heartbeats_missed':
          this.report(`missed ${note.count} heartbeats from the server`);
          break;
        case 'consumer_not_found':
        case 'consumer_deleted':
        case 'stream_not_found':
          this.consuming = false;
          this.report(`${note.type.replaceAll('_', ' ')}; waiting for it to be declared again`);
          // Reopened by the consume loop once the consumer exists again (another replica's start declares it).
          void messages.close();
          break;
      }
    }
  }

  /**
   * The consume loop outlives NATS restarts: the client re-pulls after a reconnect, and should the message
   * iterator end anyway (an error, a lost subscription) it is opened again with a growing pause.
   */
  private async run(first: ConsumerMessages, handle: DeliveryHandler): Promise<void> {
    let messages: ConsumerMessages | null = first;
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      try {
        messages ??= await this.open(await this.js.consumers.get(this.stream, CONSUMERS[this.key].durable));
        failures = 0;
        await this.take(messages, handle);
        const reason = await messages.closed();
        // Closed on purpose after a notification (consumer deleted …) is already reported.
        if (!this.stopping.signal.aborted && this.consuming) {
          this.report(
            `message iterator ended (${reason ? describeError(reason) : 'no error'}); opening it again`,
          );
        }
      } catch (error) {
        if (error instanceof Error && error.name === 'ClosedConnectionError') {
          this.report('the NATS connection is closed; consuming stopped');
          break;
        }
        failures++;
        if (!this.stopping.signal.aborted) this.report(`consuming failed, retrying: ${describeError(error)}`);
      }
      messages = null;
      this.consuming = false;
      await sleep(Math.min(10_000, 250 * 2 ** failures), this.stopping.signal);
    }
  }

  private async take(messages: ConsumerMessages, handle: DeliveryHandler): Promise<void> {
    for await (const msg of messages) {
      if (this.stopping.signal.aborted) {
        // Pulled but not started: hand it straight back so another replica takes it now.
        msg.nak();
        this.count(msg, 'released');
        continue;
      }
      const running = this.inFlight.get(msg.info.streamSequence);
      if (running && !running.isSettled) {
        running.adopt(msg);
        continue;
      }
      this.begin(msg, handle);
      while (this.inFlight.size >= this.options.concurrency) {
        await new Promise<void>((resolve) => (this.slotFreed = resolve));
      }
    }
  }

  private tick(): void {
    const now = Date.now();
    for (const entry of this.inFlight.values()) entry.tick(now, this.timing);
  }

  private begin(msg: JsMsg, handle: DeliveryHandler): void {
    const entry = new InFlightMessage(msg);
    const sequence = msg.info.streamSequence;
    this.inFlight.set(sequence, entry);
    const task = this.process(entry, handle)
      .catch((error: unknown) => this.report(`settling #${sequence} failed: ${describeError(error)}`))
      .finally(() => {
        if (this.inFlight.get(sequence) === entry) this.inFlight.delete(sequence);
        this.tasks.delete(task);
        this.slotFreed?.();
      });
    this.tasks.add(task);
  }

  private async process(entry: InFlightMessage, handle: DeliveryHandler): Promise<void> {
    const msg = entry.first;
    if (msg.info.deliveryCount > 1) this.options.metrics?.redelivered.inc({ subject: msg.subject });
    const exhausted = decideOnArrival(msg.info.deliveryCount, this.policy);
    if (exhausted) {
      const known = this.undelivered.get(msg.info.streamSequence);
      return this.deadLetter(entry, known ?? exhausted, peekEventId(msg));
    }
    let eventId: string | null = null;
    try {
      const event = this.decode(msg);
      eventId = event.id;
      await entry.race(
        handle(event, {
          subject: msg.subject,
          stream: msg.info.stream,
          deliveryCount: msg.info.deliveryCount,
          streamSequence: msg.info.streamSequence,
          get copyOf() {
            return copyOrigin(msg.headers);
          },
          signal: entry.signal,
          working: () => entry.working(),
        }),
      );
      if (entry.settle((m) => m.ack())) this.count(msg, 'acked');
    } catch (error) {
      if (error instanceof ReleasedAtShutdown || entry.isSettled) return;
      await this.fail(entry, error, eventId ?? peekEventId(msg));
    }
  }

  private decode(msg: JsMsg): CloudEvent {
    const definition = messageForSubject(msg.subject);
    if (!definition)
      throw new PermanentFailure('contract_violation', `no contract for subject ${msg.subject}`);
    let raw: unknown;
    try {
      raw = JSON.parse(decoder.decode(msg.data));
    } catch (error) {
      throw new PermanentFailure('contract_violation', `not a JSON CloudEvent: ${describeError(error)}`);
    }
    return definition.parseEvent(raw);
  }

  private async fail(entry: InFlightMessage, error: unknown, eventId: string | null): Promise<void> {
    const msg = entry.first;
    const decision = decideOnFailure(error, msg.info.deliveryCount, this.policy);
    if (decision.action === 'redeliver') {
      this.options.logger.warn(
        `${this.options.stage}: ${msg.subject} #${msg.info.streamSequence} failed (delivery ` +
          `${msg.info.deliveryCount}), retrying in ${decision.delayMs} ms: ${describeError(error)}`,
      );
      if (entry.settle((m) => m.nak(decision.delayMs))) this.count(msg, 'redelivered');
      return;
    }
    await this.deadLetter(entry, decision, eventId);
  }

  /**
   * Publishes the dead letter, then terminates the message. Should publishing fail, the message is not
   * dropped: it comes back (JetStream allows DEAD_LETTER_DELIVERIES more deliveries) to be dead-lettered
   * again; on the very last one the publish is retried here until it succeeds or the process stops.
   */
  private async deadLetter(
    entry: InFlightMessage,
    decision: DeadLetterDecision,
    eventId: string | null,
  ): Promise<void> {
    const { logger, metrics, stage, publisher } = this.options;
    const msg = entry.first;
    const { stream, streamSequence: sequence, deliveryCount } = msg.info;
    logger.error(
      `${stage}: ${msg.subject} #${sequence} dead-lettered (${decision.reason}): ${decision.error}`,
    );
    const publish = () =>
      publisher.publish(
        deadLetterV1,
        buildDeadLetter({
          subject: msg.subject,
          eventId,
          stage,
          reason: decision.reason,
          error: decision.error,
          attempts: Math.min(deliveryCount, this.policy.maxDeliver),
          stream,
          sequence,
          payload: msg.data,
        }),
        { id: deadLetterId(stage, stream, sequence, eventId), subject: msg.subject },
      );
    const lastDelivery = deliveryCount >= this.policy.maxDeliver + DEAD_LETTER_DELIVERIES;
    for (let attempt = 0; ; attempt++) {
      try {
        await publish();
        break;
      } catch (publishError) {
        this.count(msg, 'dead_letter_failed');
        const problem = `could not publish the dead letter of ${formatStreamRef(stream, sequence)}: ${describeError(publishError)}`;
        if (!lastDelivery) {
          logger.error(`${stage}: ${problem}; it will be delivered again`);
          this.undelivered.set(sequence, decision);
          if (this.undelivered.size > 1_000) this.undelivered.delete(this.undelivered.keys().next().value!);
          entry.settle((m) => m.nak(redeliveryDelay(deliveryCount, this.policy)));
          return;
        }
        if (this.stopping.signal.aborted) {
          logger.error(
            `${stage}: ${problem}. JetStream will not deliver it again (max_deliver); it stays in the stream: ` +
              `replay it with \`ops replay --stream ${stream} --consumer ${CONSUMERS[this.key].durable} ` +
              `--from-seq ${sequence} --to-seq ${sequence}\``,
          );
          return;
        }
        logger.error(`${stage}: ${problem}; retrying (last delivery)`);
        await sleep(Math.min(30_000, 1_000 * 2 ** attempt), this.stopping.signal);
      }
    }
    this.undelivered.delete(sequence);
    // No reason on the TERM: NATS 2.9 ignores `+TERM <reason>` (the reason is in the dead letter).
    if (entry.settle((m) => m.term())) {
      this.count(msg, 'dead_lettered');
      metrics?.deadLettered.inc({ subject: msg.subject, reason: decision.reason });
    }
  }

  private count(msg: JsMsg, outcome: string): void {
    this.options.metrics?.handled.inc({ subject: msg.subject, outcome });
  }

  private report(problem: string): void {
    this.problem = problem;
    this.options.logger.warn(`${this.options.stage}: ${this.key}: ${problem}`);
  }
}

/** The event id of a message that is not decoded (it is dead-lettered unhandled), if it can be read. */
function peekEventId(msg: JsMsg): string | null {
  try {
    const id = (JSON.parse(decoder.decode(msg.data)) as { id?: unknown }).id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
