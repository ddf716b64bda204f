import { CONSUMERS, STREAMS, type ConsumerKey } from '@hoinghi/contracts';
import { describeError } from './delivery-policy.js';
import type { ConnectionState, MessagingService } from './messaging.service.js';

export interface ConsumerHealth {
  /** Messages in the stream not yet delivered to the consumer: the backlog. */
  pending: number;
  /** Delivered and not yet acknowledged, across all replicas. */
  ackPending: number;
  redelivered: number;
  /** Set when this process runs the consumer. */
  consuming?: boolean;
  inFlight?: number;
  problem?: string | null;
}

export interface MessagingHealth {
  healthy: boolean;
  connection: ConnectionState;
  server: string;
  consumers: Partial<Record<ConsumerKey, ConsumerHealth>>;
  /** Why it is unhealthy. */
  message?: string;
}

/**
 * The state of the NATS connection and of each consumer this service declares: its backlog from the
 * server, and whether this process is consuming it. Unhealthy while NATS is unreachable, when a consumer
 * cannot be read, or when a consumer this process runs has stopped receiving messages.
 */
export async function messagingHealth(messaging: MessagingService): Promise<MessagingHealth> {
  const connection = messaging.connectionState;
  const server = messaging.connection.getServer();
  if (connection !== 'connected') {
    return { healthy: false, connection, server, consumers: {}, message: `NATS connection ${connection}` };
  }
  const consumers: MessagingHealth['consumers'] = {};
  const problems: string[] = [];
  for (const key of messaging.options.consumers) {
    const spec = CONSUMERS[key];
    try {
      const info = await messaging.jsm.consumers.info(STREAMS[spec.stream].name, spec.durable);
      consumers[key] = {
        pending: info.num_pending,
        ackPending: info.num_ack_pending,
        redelivered: info.num_redelivered,
      };
    } catch (error) {
      problems.push(`${key}: ${describeError(error)}`);
      continue;
    }
    const running = messaging.consumers.get(key)?.status();
    if (running) {
      consumers[key] = { ...consumers[key]!, ...running };
      if (!running.consuming) problems.push(`${key}: ${running.problem ?? 'not consuming'}`);
    }
  }
  return problems.length === 0
    ? { healthy: true, connection, server, consumers }
    : { healthy: false, connection, server, consumers, message: problems.join('; ') };
}
