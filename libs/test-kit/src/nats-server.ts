import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { freePort } from './free-port.js';

export interface TestNatsServer {
  url: string;
  port: number;
  /** Kills the server (SIGKILL unless told otherwise); its store directory survives for `start()`. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and store directory. */
  start(): Promise<void>;
  /** Stops it and deletes its store. */
  dispose(): Promise<void>;
}

const binary = process.env.NATS_SERVER_BIN ?? 'nats-server';

/**
 * A real nats-server with JetStream on a free port and its own store directory, so each test suite has a
 * private server it may fill, kill and restart without touching anybody else's streams.
 */
export async function startNatsServer(): Promise<TestNatsServer> {
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'hoinghi-nats-'));
  const url = `nats://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const start = async () => {
    child = spawn(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
      stdio: 'ignore',
    });
    await waitUntilReachable(url);
  };
  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(signal);
    });
  };
  try {
    await start();
  } catch (error) {
    await stop();
    rmSync(storeDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    port,
    stop,
    start,
    dispose: async () => {
      await stop('SIGTERM');
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReachable(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const nc = await connect({ servers: url, reconnect: false });
      await nc.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`nats-server did not start on ${url}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
