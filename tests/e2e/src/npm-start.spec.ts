import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { REPO_ROOT } from '@hoinghi/stack';
import {
  createTestDatabase,
  freePorts,
  spawnTypeScript,
  startSecuredNats,
  waitFor,
  type SecuredNats,
  type TestDatabase,
  type TypeScriptProcess,
} from '@hoinghi/test-kit';

/**
 * `npm start` (tools/stack) with settings a user gives in the environment that differ from the defaults:
 * a NATS server that asks for a user and password, and other ports for every service. Each service must
 * get them: the crawler and parser health checks answer on the given ports (and report NATS up, so the
 * credentials reached them), and conferences arrive in the API on its given port.
 */
const credentials = { user: 'hoinghi-start', pass: `start-${Math.random().toString(36).slice(2)}` };
let nats: SecuredNats;
let database: TestDatabase;
let start: TypeScriptProcess;
let ports: { api: number; crawler: number; parser: number; demoSite: number };

beforeAll(async () => {
  [nats, database] = await Promise.all([
    startSecuredNats({
      serverArgs: ['--user', credentials.user, '--pass', credentials.pass],
      probe: credentials,
    }),
    createTestDatabase('hoinghi_npm_start'),
  ]);
  const [api, crawler, parser, demoSite] = await freePorts(4);
  ports = { api, crawler, parser, demoSite };
  start = spawnTypeScript(join(REPO_ROOT, 'tools/stack/src/start.ts'), {
    env: {
      NATS_URL: nats.url,
      NATS_USER: credentials.user,
      NATS_PASSWORD: credentials.pass,
      DATABASE_URL: database.url,
      API_PORT: String(api),
      CRAWLER_HTTP_PORT: String(crawler),
      PARSER_HTTP_PORT: String(parser),
      DEMO_SITE_PORT: String(demoSite),
      LOG_LEVEL: 'warn',
    },
  });
});

afterAll(async () => {
  start?.kill('SIGTERM');
  await start?.exited;
  await Promise.all([nats?.dispose(), database?.drop()]);
});

async function json<T>(url: string): Promise<T | undefined> {
  if (start.child.exitCode !== null) throw new Error(`npm start exited with ${start.child.exitCode}`);
  const response = await fetch(url).catch(() => undefined);
  return response?.ok ? ((await response.json()) as T) : undefined;
}

describe('npm start', () => {
  it('hands the environment to every service: its ports and the NATS credentials', async () => {
    for (const port of [ports.crawler, ports.parser]) {
      const health = await waitFor(
        () => json<{ status: string; info: Record<string, unknown> }>(`http://127.0.0.1:${port}/health`),
        {
          timeoutMs: 60_000,
          intervalMs: 250,
          what: `a service's health check on port ${port}`,
        },
      );
      expect(health.status).toBe('ok');
      expect(health.info.nats).toEqual(expect.objectContaining({ status: 'up' }));
    }
    const conferences = await waitFor(
      async () => {
        const list = await json<{ items: unknown[] }>(`http://127.0.0.1:${ports.api}/conferences`);
        return list?.items.length ? list.items : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 500, what: `conferences in the API on port ${ports.api}` },
    );
    expect(conferences.length).toBeGreaterThan(0);
  });

  it('stops every service on SIGTERM', async () => {
    start.kill('SIGTERM');
    expect(await start.exited).toBe(0);
  });
});
