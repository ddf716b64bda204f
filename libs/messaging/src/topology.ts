import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  StorageType,
  type ConsumerConfig,
  type ConsumerInfo,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { millis, nanos } from '@nats-io/transport-node';
import { CONSUMERS, STREAMS, type ConsumerKey, type StreamKey } from '@hoinghi/contracts';

/** The limits of a durable consumer that a deployment may change from the contracts' defaults. */
export interface ConsumerLimits {
  /** Deliveries that run the handler; after the last one the message becomes a dead letter. */
  maxDeliver: number;
  ackWaitMs: number;
  /** Messages delivered and not yet acknowledged, across all replicas: the backpressure bound. */
  maxAckPending: number;
}

export type ConsumerOverrides = Partial<Record<ConsumerKey, Partial<ConsumerLimits>>>;

/**
 * Deliveries JetStream allows beyond the handler's, used only to retry publishing the dead letter: a
 * message whose dead letter could not be published on its last handler delivery comes back, and is not
 * handled again but dead-lettered again. JetStream's `max_deliver` is `maxDeliver + DEAD_LETTER_DELIVERIES`.
 */
export const DEAD_LETTER_DELIVERIES = 3;

export function consumerLimits(key: ConsumerKey, overrides?: Partial<ConsumerLimits>): ConsumerLimits {
  const spec = CONSUMERS[key];
  return {
    maxDeliver: overrides?.maxDeliver ?? spec.maxDeliver,
    ackWaitMs: overrides?.ackWaitMs ?? spec.ackWaitMs,
    maxAckPending: overrides?.maxAckPending ?? spec.maxAckPending,
  };
}

/** The limits a durable consumer runs with, read back from its JetStream configuration. */
export function limitsOf(info: ConsumerInfo): ConsumerLimits {
  const serverMaxDeliver = info.config.max_deliver ?? -1;
  if (serverMaxDeliver !== -1 && serverMaxDeliver <= DEAD_LETTER_DELIVERIES) {
    throw new Error(
      `consumer ${info.stream_name}/${info.name} has max_deliver ${serverMaxDeliver}: it must exceed ` +
        `${DEAD_LETTER_DELIVERIES} (deliveries kept for dead-lettering); let ensureTopology declare it`,
    );
  }
  return {
    maxDeliver:
      serverMaxDeliver === -1 ? Number.POSITIVE_INFINITY : serverMaxDeliver - DEAD_LETTER_DELIVERIES,
    ackWaitMs: millis(info.config.ack_wait ?? nanos(30_000)),
    maxAckPending: info.config.max_ack_pending ?? -1,
  };
}

export function streamConfig(key: StreamKey, replicas: number): Partial<StreamConfig> & { name: string } {
  const spec = STREAMS[key];
  return {
    name: spec.name,
    subjects: [...spec.subjects],
    description: spec.description,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: nanos(spec.maxAgeMs),
    max_bytes: spec.maxBytes,
    max_msg_size: spec.maxMsgSize,
    duplicate_window: nanos(spec.duplicateWindowMs),
    num_replicas: replicas,
  };
}

export function consumerConfig(
  key: ConsumerKey,
  replicas: number,
  overrides?: Partial<ConsumerLimits>,
): Partial<ConsumerConfig> & { durable_name: string } {
  const spec = CONSUMERS[key];
  const limits = consumerLimits(key, overrides);
  return {
    durable_name: spec.durable,
    description: spec.description,
    filter_subject: spec.filterSubject,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(limits.ackWaitMs),
    max_deliver: limits.maxDeliver + DEAD_LETTER_DELIVERIES,
    max_ack_pending: limits.maxAckPending,
    num_replicas: replicas,
  };
}

export interface TopologyChange {
  kind: 'stream' | 'consumer';
  name: string;
  action: 'created' | 'updated' | 'unchanged';
}

/**
 * Creates or updates streams and durable consumers; safe to run from every replica at every start.
 * The dead-letter stream is always declared for a service with consumers: a consumer must be able to
 * publish its dead letters.
 */
export async function ensureTopology(
  jsm: JetStreamManager,
  wanted: {
    streams: StreamKey[];
    consumers: ConsumerKey[];
    replicas: number;
    consumerOverrides?: ConsumerOverrides;
  },
): Promise<TopologyChange[]> {
  const streams = new Set<StreamKey>([
    ...wanted.streams,
    ...wanted.consumers.map((c) => CONSUMERS[c].stream),
    ...(wanted.consumers.length > 0 ? (['deadLetters'] as const) : []),
  ]);
  const changes: TopologyChange[] = [];
  for (const key of streams) {
    const config = streamConfig(key, wanted.replicas);
    const current = await jsm.streams.info(config.name).catch(() => null);
    const action = !current ? 'created' : differs(config, current.config) ? 'updated' : 'unchanged';
    await explain(`stream ${config.name}`, config.num_replicas!, async () => {
      if (action === 'created') await jsm.streams.add(config);
      else if (action === 'updated') await jsm.streams.update(config.name, config);
    });
    changes.push({ kind: 'stream', name: config.name, action });
  }
  for (const key of wanted.consumers) {
    const stream = STREAMS[CONSUMERS[key].stream].name;
    const config = consumerConfig(key, wanted.replicas, wanted.consumerOverrides?.[key]);
    const current = await jsm.consumers.info(stream, config.durable_name).catch(() => null);
    const action = !current ? 'created' : differs(config, current.config) ? 'updated' : 'unchanged';
    await explain(`consumer ${stream}/${config.durable_name}`, config.num_replicas!, async () => {
      if (action === 'created') await jsm.consumers.add(stream, config);
      else if (action === 'updated') await jsm.consumers.update(stream, config.durable_name, config);
    });
    changes.push({ kind: 'consumer', name: `${stream}/${config.durable_name}`, action });
  }
  return changes;
}

/** True when a declared field differs from the server's configuration (undeclared fields are the server's). */
function differs(wanted: object, current: object): boolean {
  const actual = current as Record<string, unknown>;
  return Object.entries(wanted).some(
    ([field, value]) => JSON.stringify(actual[field]) !== JSON.stringify(value),
  );
}

async function explain(what: string, replicas: number, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `cannot declare ${what} with ${replicas} replica(s): ${reason}` +
        (replicas > 1
          ? ' (more than one replica needs a NATS cluster; use NATS_REPLICAS=1 on one server)'
          : ''),
      { cause: error },
    );
  }
}
