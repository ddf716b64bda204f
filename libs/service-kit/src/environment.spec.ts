import { describe, expect, it } from '@jest/globals';
import Type from 'typebox';
import { EnvironmentError, NatsEnvironment, natsSettings, readEnvironment } from './environment.js';

const Schema = Type.Object({
  ...NatsEnvironment,
  API_PORT: Type.Integer({ default: 3000, minimum: 1, maximum: 65535 }),
  DATABASE_URL: Type.String({ pattern: '^postgres(ql)?://' }),
});

describe('readEnvironment', () => {
  it('applies defaults and converts numbers', () => {
    const env = readEnvironment(Schema, { DATABASE_URL: 'postgres://x/db', API_PORT: '8080' });
    expect(env).toMatchObject({ API_PORT: 8080, NATS_URL: 'nats://127.0.0.1:4222', NATS_REPLICAS: 1 });
  });

  it('names every wrong or missing variable', () => {
    const read = () => readEnvironment(Schema, { API_PORT: 'eighty', NATS_REPLICAS: '9' });
    expect(read).toThrow(EnvironmentError);
    try {
      read();
    } catch (error) {
      const variables = (error as EnvironmentError).problems.map((p) => p.variable);
      expect(variables).toEqual(expect.arrayContaining(['DATABASE_URL', 'API_PORT', 'NATS_REPLICAS']));
      expect((error as Error).message).toContain('API_PORT: must be integer (got "eighty")');
    }
  });

  it('splits a NATS server list', () => {
    expect(natsSettings({ NATS_URL: 'nats://a:4222, nats://b:4222', NATS_REPLICAS: 3 }).servers).toEqual([
      'nats://a:4222',
      'nats://b:4222',
    ]);
  });
});
