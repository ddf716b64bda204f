import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import { Logger } from '@nestjs/common';
import { isObservable, lastValueFrom } from 'rxjs';
import type { ConsumerKey } from '@hoinghi/contracts';
import { JetStreamConsumer, type ConsumerOptions } from './jetstream-consumer.js';
import { JetStreamContext } from './jetstream.context.js';
import { PermanentFailure } from './delivery-policy.js';
import type { MessagingService } from './messaging.service.js';

export interface JetStreamServerOptions {
  consumers: ConsumerKey[];
  /** Messages handled at once per consumer in this process. */
  concurrency: number;
  redelivery?: ConsumerOptions['redelivery'];
  /** Messages asked for per pull request; default `concurrency`. */
  batch?: number;
  /** A handler running longer is abandoned and its message failed; default 5 × the consumer's ack wait. */
  handlerTimeoutMs?: number;
  /**
   * How long closing waits for handlers in flight before handing their messages back to JetStream;
   * default 7 s, which with settling (≤ 1 s) and the connection drain (≤ 2 s) keeps a SIGTERM shutdown within 10 s.
   */
  shutdownTimeoutMs?: number;
}

/**
 * NestJS transport over JetStream durable pull consumers: `@EventPattern(SUBJECTS.x)` handlers run for
 * each message, which is acknowledged only once the handler has resolved.
 */
export class JetStreamServer extends Server implements CustomTransportStrategy {
  // Handler errors must reach the consumer so it can redeliver or dead-letter the message.
  override readonly propagatesEventHandlerErrors = true;
  private readonly running: JetStreamConsumer[] = [];
  private readonly log = new Logger('JetStreamServer');

  constructor(
    private readonly messaging: MessagingService,
    private readonly options: JetStreamServerOptions,
  ) {
    super();
  }

  async listen(callback: (...optionalParams: unknown[]) => unknown): Promise<void> {
    try {
      for (const key of this.options.consumers) {
        const consumer = new JetStreamConsumer(this.messaging.js, key, {
          stage: this.messaging.options.service,
          concurrency: this.options.concurrency,
          batch: this.options.batch,
          publisher: this.messaging.publisher,
          logger: this.log,
          metrics: this.messaging.metrics,
          redelivery: this.options.redelivery,
          handlerTimeoutMs: this.options.handlerTimeoutMs,
          shutdownTimeoutMs: this.options.shutdownTimeoutMs,
        });
        await consumer.start((event, delivery) =>
          this.dispatch(event.data, new JetStreamContext([event, delivery])),
        );
        this.running.push(consumer);
        this.messaging.consumers.set(key, consumer);
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  private async dispatch(data: unknown, context: JetStreamContext): Promise<void> {
    const subject = context.getDelivery().subject;
    const handler = this.getHandlerByPattern(subject);
    if (!handler) throw new PermanentFailure('handler_failed', `no handler for ${subject}`);
    const result = await handler(data, context);
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }

  /** Stops pulling and waits (bounded) for the handlers in flight; the connection is drained after this. */
  async close(): Promise<void> {
    await Promise.all(this.running.splice(0).map((consumer) => consumer.stop()));
  }

  on(): never {
    throw new Error('JetStreamServer has no events to subscribe to');
  }

  unwrap<T>(): T {
    return this.messaging.connection as T;
  }
}
