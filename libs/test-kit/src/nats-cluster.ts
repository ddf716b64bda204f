import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { freePorts } from './free-port.js';

export interface TestNatsCluster {
  /** Client URLs of every node. */
  urls: string[];
  /** Kills one node (SIGKILL); its store directory survives for `startNode()`. */
  stopNode(index: number): Promise<void>;
  startNode(index: number): Promise<void>;
  /** Stops every node and deletes their stores. */
  dispose(): Promise<void>;
}

const binary = process.env.NATS_SERVER_BIN ?? 'nats-server';

/**
 * A real JetStream cluster of `size` nats-servers on free ports, for tests of replicated streams and
 * consumers. Resolves once JetStream answers (a meta leader is elected).
 */
export async function startNatsCluster(size = 3): Promise<TestNatsCluster> {
  const ports = await freePorts(2 * size);
  const clientPorts = ports.slice(0, size);
  const routePorts = ports.slice(size);
  const storeDirs = clientPorts.map(() => mkdtempSync(join(tmpdir(), 'hoinghi-nats-cluster-')));
  const routes = routePorts.map((port) => `nats://127.0.0.1:${port}`).join(',');
  const urls = clientPorts.map((port) => `nats://127.0.0.1:${port}`);
  const nodes: (ChildProcess | undefined)[] = [];

  const startNode = async (index: number) => {
    nodes[index] = spawn(
      binary,
      [
        ...['-a', '127.0.0.1', '-p', String(clientPorts[index]), '-js', '-sd', storeDirs[index]],
        ...['-n', `node-${index}`, '--cluster_name', 'hoinghi-test'],
        ...['--cluster', `nats://127.0.0.1:${routePorts[index]}`, '--routes', routes],
      ],
      { stdio: 'ignore' },
    );
    await waitForJetStream(urls[index]);
  };
  const stopNode = async (index: number, signal: NodeJS.Signals = 'SIGKILL') => {
    const running = nodes[index];
    nodes[index] = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(signal);
    });
  };
  const stopAll = (signal: NodeJS.Signals) => Promise.all(urls.map((_, index) => stopNode(index, signal)));
  try {
    await Promise.all(urls.map((_, index) => startNode(index)));
  } catch (error) {
    // Nodes left running would keep the test process alive after the failure is reported.
    await stopAll('SIGKILL');
    for (const dir of storeDirs) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    urls,
    stopNode,
    startNode,
    dispose: async () => {
      await stopAll('SIGTERM');
      for (const dir of storeDirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForJetStream(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  let lastProblem: string | undefined;
  for (;;) {
    try {
      const nc = await connect({ servers: url, reconnect: false });
      try {
        const reply = await nc.request('$JS.API.INFO', undefined, { timeout: 1_000 });
        const info = reply.json<{ error?: { description: string } }>();
        if (!info.error) return;
        lastProblem = info.error.description;
      } finally {
        await nc.close();
      }
    } catch (error) {
      lastProblem = String(error);
    }
    if (Date.now() > deadline)
      throw new Error(`JetStream cluster node ${url} not ready: ${lastProblem ?? 'not reachable'}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
