import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { ConsumerKey, StreamKey } from '@hoinghi/contracts';
import type { Registry } from 'prom-client';
import { connectToNats, type NatsSettings } from './nats-connection.js';
import { ensureTopology } from './topology.js';
import { EventPublisher } from './event-publisher.js';
import { MessagingMetrics } from './messaging-metrics.js';
import { PageBodyCodec } from './page-body-codec.js';

export interface MessagingOptions {
  /** Service name: the connection name and the CloudEvents `source`. */
  service: string;
  nats: NatsSettings;
  /** Streams this service publishes to; the streams of its consumers are added automatically. */
  streams: StreamKey[];
  consumers: ConsumerKey[];
  registry?: Registry;
}

/** One NATS connection per process, its JetStream clients, and the topology this service relies on. */
export class MessagingService implements OnApplicationShutdown {
  private readonly logger = new Logger('Messaging');

  private constructor(
    readonly options: MessagingOptions,
    readonly connection: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    readonly publisher: EventPublisher,
    readonly bodies: PageBodyCodec,
    readonly metrics: MessagingMetrics | undefined,
  ) {}

  static async connect(options: MessagingOptions): Promise<MessagingService> {
    const connection = await connectToNats(options.nats, options.service);
    const jsm = await jetstreamManager(connection);
    await ensureTopology(jsm, { ...options, replicas: options.nats.replicas });
    const js = jetstream(connection);
    const metrics = options.registry ? new MessagingMetrics(options.registry) : undefined;
    const publisher = new EventPublisher(js, `/hoinghi/${options.service}`, metrics);
    const bodies = new PageBodyCodec(connection, { replicas: options.nats.replicas });
    return new MessagingService(options, connection, js, jsm, publisher, bodies, metrics);
  }

  /** Flushes what was published and closes; consumers are stopped before this by the transport. */
  async onApplicationShutdown(): Promise<void> {
    if (this.connection.isClosed()) return;
    await this.connection.drain().catch((error: unknown) => this.logger.warn(`drain failed: ${String(error)}`));
  }
}
