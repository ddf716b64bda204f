import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT, spawnService, type ServiceName, type ServiceProcess } from '@hoinghi/stack';
import {
  createTestDatabase,
  freePort,
  startSecuredNats,
  waitFor,
  type SecuredNats,
  type TestDatabase,
} from '@hoinghi/test-kit';
import {
  interpolateDefaults,
  localEnvironment,
  readCompose,
  type LocalAddresses,
} from './compose-environment.js';

/**
 * The stack as `docker compose up` runs it, run natively: nats-server with deploy/nats's configuration
 * (users, passwords and per-service permissions), each service with the environment the compose file
 * gives it (only addresses, ports and mounted paths made local), the crawler on the repository's own
 * `sources/`, and an outside consumer with the compose file's consumer user.
 */
const compose = readCompose();
const STARTED: ServiceName[] = ['demo-site', 'store', 'parser', 'crawler'];

let nats: SecuredNats;
let database: TestDatabase;
let local: LocalAddresses;
const services = new Map<ServiceName, { child: ServiceProcess; env: Record<string, string> }>();
const logs: string[] = [];
let consumer: ChildProcess;
const consumed: { conferenceId: string }[] = [];

beforeAll(async () => {
  const natsEnv = Object.fromEntries(
    Object.entries(compose.services.nats.environment ?? {}).map(([k, v]) => [k, interpolateDefaults(v)]),
  );
  const deploy = (file: string) => readFileSync(join(REPO_ROOT, 'deploy/nats', file), 'utf8');
  const [monitorPort, sitePort, apiPort, crawlerPort, parserPort] = await Promise.all(
    Array.from({ length: 5 }, () => freePort()),
  );
  [nats, database] = await Promise.all([
    startSecuredNats({
      // The deployed configuration; only where it listens and stores is this machine's.
      config: deploy('nats-server.conf')
        .replace(/^port: 4222$/m, 'listen: 127.0.0.1:{port}')
        .replace(/^http_port: 8222$/m, `http: 127.0.0.1:${monitorPort}`)
        .replace('store_dir: /data', 'store_dir: "{dir}/js"'),
      files: { 'users.conf': deploy('users.conf') },
      env: natsEnv,
      probe: { user: 'crawler', pass: natsEnv.NATS_CRAWLER_PASSWORD },
    }),
    createTestDatabase('hoinghi_e2e_compose'),
  ]);
  local = {
    addresses: {
      '//nats:4222': `//${new URL(nats.url).host}`,
      'demo-site:8080': `127.0.0.1:${sitePort}`,
      'demo-site': '127.0.0.1',
      // The database's address and user are this machine's.
      [interpolateDefaults(compose.services.store.environment!.DATABASE_URL)]: database.url,
    },
    ports: { 8080: sitePort, 3000: apiPort, 3001: crawlerPort, 3002: parserPort },
  };
  for (const name of STARTED) {
    const env = localEnvironment(compose.services[name], local);
    const child = spawnService(name, env, (from, line) => logs.push(`[${from}] ${line}`));
    services.set(name, { child, env });
    if (name === 'demo-site') await healthy(env.HEALTH_URL);
  }
  const outside = localEnvironment({ environment: { NATS_URL: 'nats://nats:4222' } }, local);
  consumer = spawn(process.execPath, [join(REPO_ROOT, 'examples/conference-consumer/consumer.mjs')], {
    env: {
      PATH: process.env.PATH ?? '',
      NATS_URL: outside.NATS_URL,
      NATS_USER: 'consumer',
      NATS_PASSWORD: natsEnv.NATS_CONSUMER_PASSWORD,
      CONSUMER_NAME: 'e2e-compose-consumer',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  createInterface({ input: consumer.stdout! }).on('line', (line) => consumed.push(JSON.parse(line)));
});

afterAll(async () => {
  consumer?.kill('SIGTERM');
  await Promise.all([...services.values()].map(({ child }) => child.stop('SIGTERM')));
  await Promise.all([nats?.dispose(), database?.drop()]);
});

async function healthy(url: string): Promise<void> {
  await waitFor(async () => ((await fetch(url).catch(() => undefined))?.ok ? true : undefined), {
    timeoutMs: 60_000,
    what: `${url} to answer 200`,
  });
}

describe('the compose stack, run natively', () => {
  it('gives every service an environment it boots with, and each answers the health check of its image', async () => {
    expect(services.get('crawler')!.env.CRAWLER_SOURCES_DIR).toBe(join(REPO_ROOT, 'sources'));
    for (const name of STARTED) {
      const { env } = services.get(name)!;
      if (name !== 'demo-site') expect(env).toMatchObject({ NATS_USER: name, NATS_URL: nats.url });
      await healthy(env.HEALTH_URL).catch((error: Error) => {
        throw new Error(`${error.message}\n${logs.filter((l) => l.startsWith(`[${name}]`)).join('\n')}`);
      });
    }
  });

  it('crawls the demo site through sources/demo.yaml into the API and to the outside consumer', async () => {
    const api = `http://127.0.0.1:${local.ports[3000]}`;
    const conferences = await waitFor(
      async () => {
        const response = await fetch(`${api}/conferences?limit=100`).catch(() => undefined);
        const list = response?.ok ? ((await response.json()) as { items: { id: string }[] }) : undefined;
        return list && list.items.length >= 20 && consumed.length > 0 ? list.items : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 500, what: 'conferences in the API and at the consumer' },
    );
    const ids = new Set(conferences.map((c) => c.id));
    const known = await Promise.all(
      consumed
        .slice(0, 5)
        .map(async ({ conferenceId }) =>
          ids.has(conferenceId) ? true : (await fetch(`${api}/conferences/${conferenceId}`)).ok,
        ),
    );
    expect(known.every(Boolean)).toBe(true);
  });
});
