import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { freePort } from './free-port.js';
import { waitFor } from './wait-for.js';

export interface SecuredNats {
  url: string;
  /** Its store and configuration directory. */
  dir: string;
  dispose(): Promise<void>;
}

const binary = process.env.NATS_SERVER_BIN ?? 'nats-server';

/**
 * A private nats-server with JetStream that takes credentials: `serverArgs` (e.g. `--user`/`--pass`) or, with
 * `config`, a configuration file written into its directory (`{port}` and `{dir}` filled in) beside `files`
 * it includes. Ready once `probe` (a user and password it accepts) can connect.
 */
export async function startSecuredNats(options: {
  serverArgs?: string[];
  config?: string;
  files?: Record<string, string>;
  env?: Record<string, string>;
  probe: { user: string; pass: string };
}): Promise<SecuredNats> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'hoinghi-nats-secured-'));
  const url = `nats://127.0.0.1:${port}`;
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(dir, name), text);
  let args: string[];
  if (options.config !== undefined) {
    const file = join(dir, 'nats-server.conf');
    writeFileSync(file, options.config.replaceAll('{port}', String(port)).replaceAll('{dir}', dir));
    args = ['-c', file];
  } else {
    args = ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir, ...(options.serverArgs ?? [])];
  }
  const child: ChildProcess = spawn(binary, args, {
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(
    async () => {
      if (child.exitCode !== null)
        throw new Error(`nats-server exited with ${child.exitCode}: ${args.join(' ')}`);
      const nc = await connect({ servers: url, ...options.probe, reconnect: false }).catch(() => undefined);
      await nc?.close();
      return nc ? true : undefined;
    },
    { timeoutMs: 10_000, what: `nats-server on ${url}` },
  );
  return {
    url,
    dir,
    dispose: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
