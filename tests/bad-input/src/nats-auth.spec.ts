import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnService, type ServiceName } from '@hoinghi/stack';
import {
  createTestDatabase,
  freePort,
  startSecuredNats,
  waitFor,
  type SecuredNats,
  type TestDatabase,
} from '@hoinghi/test-kit';
import { startService, type RunningService } from './support/services.js';

/**
 * Credentials come from the environment only: every service connects to a nats-server that requires a
 * user and password, a wrong one stops it at boot with one clear line, and no password ever reaches a log,
 * not even in the message of a failed connection.
 */
const NATS_PASSWORD = `nats-pw-${randomUUID()}`;
const DB_PASSWORD = `db-pw-${randomUUID()}`;
const STACK_FRAME = /\bat .+:\d+:\d+\)?(\\n|$)/m;

let nats: SecuredNats;
let database: TestDatabase;
let databaseUrl: string;
let sourcesDir: string;

beforeAll(async () => {
  [nats, database] = await Promise.all([
    startSecuredNats({
      serverArgs: ['--user', 'hoinghi', '--pass', NATS_PASSWORD],
      probe: { user: 'hoinghi', pass: NATS_PASSWORD },
    }),
    createTestDatabase('hoinghi_bad_input_auth'),
  ]);
  // The local server trusts 127.0.0.1, so any password works; what matters is that it never shows.
  const url = new URL(database.url);
  url.password = DB_PASSWORD;
  databaseUrl = url.toString();
  sourcesDir = mkdtempSync(join(tmpdir(), 'hoinghi-bad-input-sources-'));
});

afterAll(async () => {
  await nats?.dispose();
  await database?.drop();
  rmSync(sourcesDir, { recursive: true, force: true });
});

const environment = (name: Exclude<ServiceName, 'demo-site'>, password: string): Record<string, string> => ({
  NATS_URL: nats.url,
  NATS_USER: 'hoinghi',
  NATS_PASSWORD: password,
  ...(name === 'store' ? { DATABASE_URL: databaseUrl } : {}),
  ...(name === 'crawler' ? { CRAWLER_SOURCES_DIR: sourcesDir } : {}),
});

/** Runs a service that is expected to stop by itself; its output and exit code. */
async function runToExit(name: ServiceName, env: Record<string, string>, timeoutMs = 20_000) {
  const lines: string[] = [];
  const port = String(await freePort());
  const service = spawnService(
    name,
    { LOG_LEVEL: 'info', PARSER_HTTP_PORT: port, API_PORT: port, CRAWLER_HTTP_PORT: port, ...env },
    (_, line) => lines.push(line),
  );
  const timer = setTimeout(() => service.child.kill('SIGKILL'), timeoutMs);
  const code = await service.exited;
  clearTimeout(timer);
  return { code, output: lines.join('\n'), lines };
}

describe('NATS with a user and password', () => {
  const running: RunningService[] = [];
  afterAll(async () => {
    await Promise.all(running.map((service) => service.stop()));
  });

  it('every service connects with NATS_USER and NATS_PASSWORD, and logs neither password', async () => {
    for (const name of ['parser', 'store', 'crawler'] as const) {
      // trace: the most a service ever logs.
      running.push(await startService(name, { ...environment(name, NATS_PASSWORD), LOG_LEVEL: 'trace' }));
    }
    for (const service of running) {
      const health = await fetch(`${service.url}/health`);
      expect([service.name, health.status]).toEqual([service.name, 200]);
      expect(service.logs.length).toBeGreaterThan(0);
      const logs = service.logs.join('\n');
      expect(logs).not.toContain(NATS_PASSWORD);
      expect(logs).not.toContain(DB_PASSWORD);
    }
  });

  it.each(['parser', 'store', 'crawler'] as const)(
    '%s stops at boot on a wrong password, with one line that says so and no stack trace',
    async (name) => {
      const wrong = `wrong-${randomUUID()}`;
      const { code, output, lines } = await runToExit(name, environment(name, wrong));
      expect(code).toBe(1);
      const fatal = lines.filter((line) => /"level":(50|60)/.test(line));
      expect(fatal).toHaveLength(1);
      expect(fatal[0]).toMatch(/could not start: NATS at nats:\/\/127\.0\.0\.1:\d+ refused the credentials/);
      expect(fatal[0]).toContain('check NATS_USER and NATS_PASSWORD');
      expect(output).not.toMatch(STACK_FRAME);
      expect(output).not.toContain(wrong);
    },
  );
});

describe('secrets stay out of error messages', () => {
  it('a database connection that fails', async () => {
    const url = new URL(database.url);
    url.username = `no_such_role_${Date.now()}`;
    url.password = DB_PASSWORD;
    const lines: string[] = [];
    const store = spawnService(
      'store',
      { ...environment('store', NATS_PASSWORD), DATABASE_URL: url.toString(), LOG_LEVEL: 'trace' },
      (_, line) => lines.push(line),
    );
    try {
      await waitFor(() => (lines.some((line) => /does not exist/.test(line)) ? true : undefined), {
        timeoutMs: 20_000,
        what: 'the store to report the failed connection',
      });
    } finally {
      await store.stop('SIGKILL');
    }
    expect(lines.join('\n')).toMatch(/cannot reach Postgres at 127\.0\.0\.1:5432/);
    expect(lines.join('\n')).not.toContain(DB_PASSWORD);
  });

  it('a DATABASE_URL that is not one', async () => {
    const { code, output } = await runToExit('store', {
      ...environment('store', NATS_PASSWORD),
      DATABASE_URL: `postgresq://hoinghi:${DB_PASSWORD}@127.0.0.1/hoinghi`,
    });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL: must match pattern');
    expect(output).not.toContain(DB_PASSWORD);
  });

  it('a NATS_URL that carries credentials to a server that is not there', async () => {
    const { code, output } = await runToExit('parser', {
      NATS_URL: `nats://hoinghi:${NATS_PASSWORD}@127.0.0.1:${await freePort()}`,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/cannot reach NATS at nats:\/\/127\.0\.0\.1:\d+/);
    expect(output).not.toContain(NATS_PASSWORD);
  });
});
