import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { ConsumerKey, StreamKey } from '@hoinghi/contracts';
import type { Registry } from 'prom-client';
import { connectToNats, type NatsSettings } from './nats-connection.js';
import { ensureTopology, type ConsumerOverrides } from './topology.js';
import { EventPublisher } from './event-publisher.js';
import type { JetStreamConsumer } from './jetstream-consumer.js';
import { MessagingMetrics } from './messaging-metrics.js';
import { PageBodyCodec } from './page-body-codec.js';
import { settlesWithin } from './transient-errors.js';

export interface MessagingOptions {
  /** Service name: the connection name and the CloudEvents `source`. */
  service: string;
  nats: NatsSettings;
  /** Streams this service publishes to; the streams of its consumers are added automatically. */
  streams: StreamKey[];
  consumers: ConsumerKey[];
  /** Deployment changes to the contracts' consumer limits (deliveries, ack wait, max ack pending). */
  consumerOverrides?: ConsumerOverrides;
  registry?: Registry;
  /** Bound on flushing and closing the connection at shutdown; default 2 s. */
  drainTimeoutMs?: number;
}

export type ConnectionState = 'connected' | 'reconnecting' | 'closed';

/** One NATS connection per process, its JetStream clients, and the topology this service relies on. */
export class MessagingService implements OnApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  /** Consumers running in this process (started by the JetStream transport), for the health check. */
  readonly consumers = new Map<ConsumerKey, JetStreamConsumer>();
  private state: ConnectionState = 'connected';
  private closing?: Promise<void>;

  private constructor(
    readonly options: MessagingOptions,
    readonly connection: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    readonly publisher: EventPublisher,
    readonly bodies: PageBodyCodec,
    readonly metrics: MessagingMetrics | undefined,
  ) {
    void this.followConnection();
  }

  static async connect(options: MessagingOptions): Promise<MessagingService> {
    const connection = await connectToNats(options.nats, options.service);
    const jsm = await jetstreamManager(connection);
    await ensureTopology(jsm, { ...options, replicas: options.nats.replicas });
    const js = jetstream(connection);
    const metrics = options.registry ? new MessagingMetrics(options.registry) : undefined;
    const publisher = new EventPublisher(js, `/hoinghi/${options.service}`, metrics, {
      maxPayload: () => connection.info?.max_payload,
    });
    const bodies = new PageBodyCodec(connection, { replicas: options.nats.replicas });
    return new MessagingService(options, connection, js, jsm, publisher, bodies, metrics);
  }

  get connectionState(): ConnectionState {
    return this.connection.isClosed() ? 'closed' : this.state;
  }

  private async followConnection(): Promise<void> {
    for await (const status of this.connection.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnecting') {
        if (this.state === 'connected') this.logger.warn(`lost NATS (${status.type}); reconnecting`);
        this.state = 'reconnecting';
      } else if (status.type === 'reconnect') {
        this.logger.log(`reconnected to NATS ${status.server}`);
        this.state = 'connected';
      }
    }
  }

  /**
   * Flushes what was published (acks and naks included) and closes, within `drainTimeoutMs`. Consumers are
   * stopped before this by the transport.
   */
  onApplicationShutdown(): Promise<void> {
    this.closing ??= this.drain();
    return this.closing;
  }

  private async drain(): Promise<void> {
    if (this.connection.isClosed()) return;
    const drained = this.connection.drain().catch((error: unknown) => {
      this.logger.warn(`drain failed: ${String(error)}`);
    });
    if (!(await settlesWithin(drained, this.options.drainTimeoutMs ?? 2_000))) {
      this.logger.warn('drain did not finish in time; closing the connection');
      await this.connection.close().catch(() => undefined);
    }
  }
}
