import { Compile, type Validator } from 'typebox/compile';
import type Type from 'typebox';
import type { TSchema } from 'typebox';
import { cloudEventSchema, type CloudEvent } from './envelope.js';
import { ContractViolation, describeViolations } from './validation.js';
import type { StreamKey } from './topology.js';

export const EVENT_TYPE_PREFIX = 'vn.hoinghi';

/** One message version: its schema, the subject and stream it travels on, and validators derived from them. */
export interface MessageDefinition<S extends TSchema = TSchema> {
  /** e.g. `page.fetched` */
  name: string;
  version: number;
  /** CloudEvents `type`, e.g. `vn.hoinghi.page.fetched.v1` */
  type: string;
  subject: string;
  stream: StreamKey;
  description: string;
  dataSchema: S;
  eventSchema: TSchema;
  /** File name of the generated JSON Schema in libs/contracts/schemas/ */
  schemaFile: string;
  dataschema: string;
  /** Returns the data typed, or throws ContractViolation listing every problem. */
  parseData(value: unknown): Type.Static<S>;
  /** Returns the whole event typed, or throws ContractViolation listing every problem. */
  parseEvent(value: unknown): CloudEvent<Type.Static<S>>;
}

export type DataOf<D> = D extends MessageDefinition<infer S> ? Type.Static<S> : never;

export function defineMessage<S extends TSchema>(spec: {
  name: string;
  version: number;
  subject: string;
  stream: StreamKey;
  description: string;
  data: S;
}): MessageDefinition<S> {
  const type = `${EVENT_TYPE_PREFIX}.${spec.name}.v${spec.version}`;
  const schemaFile = `${spec.name}.v${spec.version}.schema.json`;
  const dataschema = `urn:hoinghi:schema:${spec.name}.v${spec.version}`;
  const eventSchema = cloudEventSchema(type, dataschema, spec.data);
  let dataValidator: Validator | undefined;
  let eventValidator: Validator | undefined;
  // Compiled on first use: start-up stays cheap for services that only use a few messages.
  const check = <T>(validator: Validator, value: unknown): T => {
    if (validator.Check(value)) return value as T;
    throw new ContractViolation(type, describeViolations(validator.Errors(value)));
  };
  return {
    name: spec.name,
    version: spec.version,
    type,
    subject: spec.subject,
    stream: spec.stream,
    description: spec.description,
    dataSchema: spec.data,
    eventSchema,
    schemaFile,
    dataschema,
    parseData: (value) => check((dataValidator ??= Compile(spec.data)), value),
    parseEvent: (value) => check((eventValidator ??= Compile(eventSchema)), value),
  };
}
