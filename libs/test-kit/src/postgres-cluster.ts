import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.js';

const run = promisify(execFile);

export type PostgresStopMode = 'smart' | 'fast' | 'immediate';

export interface TestPostgresCluster {
  port: number;
  /** `postgres://postgres@127.0.0.1:<port>/<database>` (trust authentication). */
  url(database?: string): string;
  /** `immediate` (the default) is a crash: no checkpoint, WAL replay at the next start. */
  stop(mode?: PostgresStopMode): Promise<void>;
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>;
  /** Stops it and deletes its data directory. */
  dispose(): Promise<void>;
}

/** The newest Postgres server binaries: `POSTGRES_BIN_DIR`, else `/usr/lib/postgresql/<version>/bin`. */
function binDir(): string {
  if (process.env.POSTGRES_BIN_DIR) return process.env.POSTGRES_BIN_DIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error('no Postgres server binaries in /usr/lib/postgresql/*/bin; set POSTGRES_BIN_DIR');
  }
  return join(root, versions[0], 'bin');
}

/** Postgres refuses to run as root: as root, run its tools as the `postgres` OS user. */
async function asPostgresUser(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * A private Postgres cluster (`initdb` into a temporary directory, its own port and socket directory), so a
 * test may crash and restart the database server without touching the machine's own. Durability against a
 * killed server is kept (every commit reaches the OS); `fsync` is off because the machine does not crash.
 */
export async function startPostgresCluster(): Promise<TestPostgresCluster> {
  const bin = binDir();
  const owner = await asPostgresUser();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'hoinghi-pg-'));
  const data = join(dir, 'data');
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const tool = (name: string, args: string[]) =>
    owner ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args]) : run(join(bin, name), args);

  await tool('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=100',
  ].join(' ');
  const start = async () => {
    await tool('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-o',
      serverOptions,
      '-w',
      '-t',
      '60',
      'start',
    ]);
  };
  const stop = async (mode: PostgresStopMode = 'immediate') => {
    await tool('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']).catch((error: unknown) => {
      // Already stopped: nothing to do.
      if (!/not running|No such file/i.test(String((error as { stderr?: string }).stderr ?? error)))
        throw error;
    });
  };
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  await start();
  await waitForConnections(url());
  return {
    port,
    url,
    stop,
    start: async () => {
      await start();
      await waitForConnections(url());
    },
    dispose: async () => {
      await stop('fast');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForConnections(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`Postgres at ${url} does not accept connections`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
