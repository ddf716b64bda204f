import type { JetStreamManager, JsMsg, OrderedConsumerOptions } from '@nats-io/jetstream';

export interface StreamReadOptions {
  /** One subject filter (NATS 2.9 has no multi-filter consumers); all subjects when absent. */
  filter?: string;
  startSeq?: number;
  startTime?: Date;
  /** Reading stops after this sequence; default the stream's last sequence when reading starts. */
  endSeq?: number;
}

/**
 * The stored messages of a stream from a start sequence or time, in order, through an ordered consumer
 * (ephemeral, in memory, no acks). Ends at `endSeq`, or at the last message stored when reading began,
 * so messages appended meanwhile (a replay's own copies) are never read.
 */
export async function* readStream(
  jsm: JetStreamManager,
  stream: string,
  options: StreamReadOptions,
): AsyncGenerator<JsMsg> {
  const { state } = await jsm.streams.info(stream);
  const endSeq = Math.min(options.endSeq ?? state.last_seq, state.last_seq);
  if (state.messages === 0 || (options.startSeq ?? 1) > endSeq) return;
  const opts: Partial<OrderedConsumerOptions> = { inactive_threshold: 30_000 };
  if (options.filter) opts.filter_subjects = options.filter;
  if (options.startTime) opts.opt_start_time = options.startTime.toISOString();
  else opts.opt_start_seq = Math.max(1, options.startSeq ?? 1);
  const consumer = await jsm.jetstream().consumers.get(stream, opts);
  try {
    if ((await consumer.info(true)).num_pending === 0) return;
    const messages = await consumer.consume({ max_messages: 256 });
    for await (const msg of messages) {
      if (msg.seq > endSeq) break;
      yield msg;
      if (msg.seq === endSeq || msg.info.pending === 0) break;
    }
  } finally {
    await consumer.delete().catch(() => undefined);
  }
}
