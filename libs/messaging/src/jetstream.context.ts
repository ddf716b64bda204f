import { BaseRpcContext } from '@nestjs/microservices';
import type { CloudEvent } from '@hoinghi/contracts';
import type { Delivery } from './jetstream-consumer.js';

/** What a handler can learn about the message it is handling, beside its data. */
export class JetStreamContext extends BaseRpcContext<[CloudEvent, Delivery]> {
  getEvent(): CloudEvent {
    return this.args[0];
  }

  getDelivery(): Delivery {
    return this.args[1];
  }

  /** Signals progress so that a long handler is not redelivered while it still works. */
  working(): void {
    this.args[1].working();
  }

  /** Aborted when the handler ran out of time or the process stops past its shutdown deadline. */
  getSignal(): AbortSignal {
    return this.args[1].signal;
  }
}
