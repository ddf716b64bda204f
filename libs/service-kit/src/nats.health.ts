import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { CONSUMERS, STREAMS } from '@hoinghi/contracts';
import { MessagingService } from '@hoinghi/messaging';

/** Up while the NATS connection is open; reports each of this service's consumers' pending counts. */
@Injectable()
export class NatsHealthIndicator {
  constructor(
    private readonly messaging: MessagingService,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'nats') {
    const session = this.health.check(key);
    if (this.messaging.connection.isClosed()) return session.down({ message: 'connection closed' });
    const consumers: Record<string, { pending: number; ackPending: number; redelivered: number }> = {};
    try {
      for (const name of this.messaging.options.consumers) {
        const spec = CONSUMERS[name];
        const info = await this.messaging.jsm.consumers.info(STREAMS[spec.stream].name, spec.durable);
        consumers[name] = {
          pending: info.num_pending,
          ackPending: info.num_ack_pending,
          redelivered: info.num_redelivered,
        };
      }
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
    return session.up({ server: this.messaging.connection.getServer(), consumers });
  }
}
