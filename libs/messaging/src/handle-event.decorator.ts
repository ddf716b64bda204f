import { EventPattern } from '@nestjs/microservices';
import type { MessageDefinition } from '@hoinghi/contracts';

/**
 * Binds a Nest handler to one message of the contracts, `@HandleEvent(pageFetchedV1)`, so no handler spells a
 * subject by hand. The handler receives the validated data and a `JetStreamContext`.
 */
export function HandleEvent(definition: MessageDefinition): MethodDecorator {
  return EventPattern<string>(definition.subject);
}
