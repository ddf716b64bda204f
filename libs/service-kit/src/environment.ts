import Type, { type TObject, type TProperties } from 'typebox';
import { Compile } from 'typebox/compile';
import Value from 'typebox/value';

/** Raised at boot when the environment is wrong; names every variable and what is wrong with it. */
export class EnvironmentError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`invalid environment:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/**
 * Reads the variables a schema declares from the environment: defaults applied, numbers and booleans
 * converted from their text, then validated. Unknown variables are ignored.
 */
export function readEnvironment<P extends TProperties>(
  schema: TObject<P>,
  env: NodeJS.ProcessEnv = process.env,
): Type.Static<TObject<P>> {
  const picked: Record<string, unknown> = {};
  for (const name of Object.keys(schema.properties)) {
    const value = env[name];
    if (value !== undefined && value !== '') picked[name] = value;
  }
  const value = Value.Convert(schema, Value.Default(schema, picked));
  const validator = Compile(schema);
  if (validator.Check(value)) return value as Type.Static<TObject<P>>;
  const problems = validator.Errors(value).map((error) => {
    const missing = (error.params as { requiredProperties?: string[] }).requiredProperties;
    const variable = error.instancePath.slice(1);
    return {
      variable: missing?.join(', ') ?? variable,
      message: missing ? 'is required' : `${error.message} (got ${shownValue(variable, env[variable])})`,
    };
  });
  throw new EnvironmentError(problems);
}

/** A value as an error may show it: secrets hidden, the password of a URL masked. */
function shownValue(variable: string, value: string | undefined): string {
  if (value !== undefined && /PASSWORD|SECRET|TOKEN/i.test(variable)) return '[hidden]';
  return JSON.stringify(value?.replace(/(\/\/[^/:@]*:)[^/@]*@/, '$1***@'));
}

/** Settings every service shares: where NATS is and how it is replicated. */
export const NatsEnvironment = {
  NATS_URL: Type.String({
    default: 'nats://127.0.0.1:4222',
    description: 'Comma-separated NATS server URLs',
  }),
  NATS_USER: Type.Optional(Type.String()),
  NATS_PASSWORD: Type.Optional(Type.String()),
  NATS_REPLICAS: Type.Integer({
    default: 1,
    minimum: 1,
    maximum: 5,
    description: '1 on one machine, 3 in a cluster',
  }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace'], { default: 'info' }),
};

export function natsSettings(env: {
  NATS_URL: string;
  NATS_USER?: string;
  NATS_PASSWORD?: string;
  NATS_REPLICAS: number;
}) {
  return {
    servers: env.NATS_URL.split(',').map((s) => s.trim()),
    user: env.NATS_USER,
    pass: env.NATS_PASSWORD,
    replicas: env.NATS_REPLICAS,
  };
}

/** Like readEnvironment, but at boot: a wrong environment ends the process with the list of problems. */
export function readEnvironmentOrExit<P extends TProperties>(schema: TObject<P>): Type.Static<TObject<P>> {
  try {
    return readEnvironment(schema);
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
