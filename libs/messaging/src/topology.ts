import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
  type ConsumerConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { CONSUMERS, STREAMS, type ConsumerKey, type StreamKey } from '@hoinghi/contracts';

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

export function consumerConfig(key: ConsumerKey, replicas: number): Partial<ConsumerConfig> & { durable_name: string } {
  const spec = CONSUMERS[key];
  return {
    durable_name: spec.durable,
    description: spec.description,
    filter_subject: spec.filterSubject,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(spec.ackWaitMs),
    max_deliver: spec.maxDeliver,
    max_ack_pending: spec.maxAckPending,
    num_replicas: replicas,
  };
}

/** Creates or updates streams and durable consumers; safe to run from every replica at every start. */
export async function ensureTopology(
  jsm: JetStreamManager,
  wanted: { streams: StreamKey[]; consumers: ConsumerKey[]; replicas: number },
): Promise<void> {
  const streams = new Set<StreamKey>([...wanted.streams, ...wanted.consumers.map((c) => CONSUMERS[c].stream)]);
  for (const key of streams) {
    const config = streamConfig(key, wanted.replicas);
    const exists = await jsm.streams.info(config.name).then(
      () => true,
      () => false,
    );
    if (exists) await jsm.streams.update(config.name, config);
    else await jsm.streams.add(config);
  }
  for (const key of wanted.consumers) {
    const stream = STREAMS[CONSUMERS[key].stream].name;
    const config = consumerConfig(key, wanted.replicas);
    const exists = await jsm.consumers.info(stream, config.durable_name).then(
      () => true,
      () => false,
    );
    if (exists) await jsm.consumers.update(stream, config.durable_name, config);
    else await jsm.consumers.add(stream, config);
  }
}
