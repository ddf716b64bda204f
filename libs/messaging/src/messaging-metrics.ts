import { Counter, type Registry } from 'prom-client';

/** Prometheus counters for the message flow, per subject. */
export class MessagingMetrics {
  readonly published: Counter<'subject' | 'duplicate'>;
  readonly handled: Counter<'subject' | 'outcome'>;
  readonly redelivered: Counter<'subject'>;
  readonly deadLettered: Counter<'subject' | 'reason'>;

  constructor(readonly registry: Registry) {
    this.published = new Counter({
      name: 'hoinghi_messages_published_total',
      help: 'Events published to JetStream',
      labelNames: ['subject', 'duplicate'],
      registers: [registry],
    });
    this.handled = new Counter({
      name: 'hoinghi_messages_handled_total',
      help: 'Messages handled, by outcome: acked, redelivered (failed, retried later), dead_lettered, dead_letter_failed, released (handed back at shutdown)',
      labelNames: ['subject', 'outcome'],
      registers: [registry],
    });
    this.redelivered = new Counter({
      name: 'hoinghi_messages_redelivered_total',
      help: 'Messages received again after a failure, a timeout or a lost consumer (delivery count above 1)',
      labelNames: ['subject'],
      registers: [registry],
    });
    this.deadLettered = new Counter({
      name: 'hoinghi_messages_dead_lettered_total',
      help: 'Messages given up on and published as dead letters',
      labelNames: ['subject', 'reason'],
      registers: [registry],
    });
  }
}
