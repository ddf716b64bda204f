import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { MessagingService, messagingHealth } from '@hoinghi/messaging';

/**
 * Up while NATS is connected and every consumer of this service can be read and (when this process runs
 * it) is receiving messages; reports the connection and each consumer's backlog, unacknowledged and
 * redelivered counts, and what this process has in flight.
 */
@Injectable()
export class NatsHealthIndicator {
  constructor(
    private readonly messaging: MessagingService,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'nats') {
    const session = this.health.check(key);
    const { healthy, message, ...details } = await messagingHealth(this.messaging);
    return healthy ? session.up(details) : session.down({ message, ...details });
  }
}
