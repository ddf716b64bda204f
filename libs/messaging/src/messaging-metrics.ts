import { Counter, type Registry } from 'prom-client';

/** Prometheus counters for the message flow, per subject. */
export class MessagingMetrics {
  readonly published: Counter<'subject' | 'duplicate'>;
  readonly handled: Counter<'subject' | 'outcome'>;
  readonly deadLettered: Counter<'subject' | 'reason'>;

  constructor(registry: Registry) {
    this.published = new Counter({
      name: 'hoinghi_messages_published_total',
      help: 'Events published to JetStream',
      labelNames: ['subject', 'duplicate'],
      registers: [registry],
    });
    this.handled = new Counter({
      name: 'hoinghi_messages_handled_total',
      help: 'Messages handled, by outcome (acked, redelivered, dead_lettered)',
      labelNames: ['subject', 'outcome'],
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
