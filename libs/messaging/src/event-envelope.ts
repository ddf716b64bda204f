import { type CloudEvent, type DataOf, type MessageDefinition } from '@hoinghi/contracts';

export interface EventOptions {
  /** Deterministic where possible, so a re-publish of the same fact is deduplicated by JetStream. */
  id: string;
  source: string;
  subject?: string;
  time?: Date;
}

/** Validates the data against its contract and wraps it in its CloudEvents envelope. */
export function createEvent<D extends MessageDefinition>(
  definition: D,
  data: DataOf<D>,
  options: EventOptions,
): CloudEvent<DataOf<D>> {
  definition.parseData(data);
  return {
    specversion: '1.0',
    id: options.id,
    source: options.source,
    type: definition.type,
    time: (options.time ?? new Date()).toISOString(),
    ...(options.subject === undefined ? {} : { subject: options.subject }),
    datacontenttype: 'application/json',
    dataschema: definition.dataschema,
    data,
  };
}
