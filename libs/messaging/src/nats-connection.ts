import { connect, type NatsConnection } from '@nats-io/transport-node';

export interface NatsSettings {
  servers: string[];
  user?: string;
  pass?: string;
  /** Stream and consumer replicas: 1 on one machine, 3 in a NATS cluster. */
  replicas: number;
}

/** Raised when NATS cannot be reached at start-up, or refuses the credentials, with what to do about it. */
export class NatsUnavailableError extends Error {
  constructor(servers: string[], cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    // Credentials written into a URL (nats://user:password@host) must not reach the logs.
    const where = servers.map((server) => server.replace(/\/\/[^/@]*@/, '//')).join(', ');
    super(
      /authorization|authentication/i.test(reason)
        ? `NATS at ${where} refused the credentials (${reason}): check NATS_USER and NATS_PASSWORD.`
        : `cannot reach NATS at ${where} (${reason}). ` +
            'Start a JetStream-enabled server, e.g. `nats-server -js`, or set NATS_URL.',
    );
    this.name = 'NatsUnavailableError';
  }
}

export async function connectToNats(settings: NatsSettings, name: string): Promise<NatsConnection> {
  try {
    return await connect({
      servers: settings.servers,
      user: settings.user,
      pass: settings.pass,
      name,
      // After start-up a lost server is waited for, never given up on: work resumes where it stopped.
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1_000,
      // A silently dead connection (no TCP reset, e.g. a network partition) is noticed within ~30 s.
      pingInterval: 10_000,
      maxPingOut: 3,
      // Not an Error (a stack capture) per request "in case it fails": a fifth of the CPU of a busy publisher.
      noAsyncTraces: true,
    });
  } catch (error) {
    throw new NatsUnavailableError(settings.servers, error);
  }
}
