import { describe, expect, it } from '@jest/globals';
import { nanos } from '@nats-io/transport-node';
import type { ConsumerInfo } from '@nats-io/jetstream';
import { CONSUMERS } from '@hoinghi/contracts';
import { DEAD_LETTER_DELIVERIES, consumerConfig, limitsOf, streamConfig } from './topology.js';

describe('topology', () => {
  it('gives JetStream room beyond the handler deliveries to retry dead-lettering', () => {
    const config = consumerConfig('parser', 1, { maxDeliver: 3 });
    expect(config.max_deliver).toBe(3 + DEAD_LETTER_DELIVERIES);
    const info = { stream_name: 'S', name: 'parser', config } as unknown as ConsumerInfo;
    expect(limitsOf(info)).toEqual({
      maxDeliver: 3,
      ackWaitMs: CONSUMERS.parser.ackWaitMs,
      maxAckPending: CONSUMERS.parser.maxAckPending,
    });
  });

  it('declares replicas on streams and consumers: 1 on one machine, 3 in a cluster', () => {
    expect(streamConfig('pages', 3).num_replicas).toBe(3);
    expect(consumerConfig('store', 3).num_replicas).toBe(3);
    expect(consumerConfig('store', 1)).toMatchObject({
      num_replicas: 1,
      ack_wait: nanos(CONSUMERS.store.ackWaitMs),
    });
  });

  it('refuses a consumer whose max_deliver leaves no delivery for its handler', () => {
    const info = {
      stream_name: 'S',
      name: 'x',
      config: { max_deliver: DEAD_LETTER_DELIVERIES },
    } as ConsumerInfo;
    expect(() => limitsOf(info)).toThrow('must exceed');
  });
});
