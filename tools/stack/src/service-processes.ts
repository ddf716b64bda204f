import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

/** The entry file of each runnable project, as the Dockerfile runs it. */
export const ENTRIES = {
  'demo-site': 'tools/demo-site/dist/cli.js',
  crawler: 'services/crawler/dist/main.js',
  parser: 'services/parser/dist/main.js',
  store: 'services/store/dist/main.js',
} as const;
export type ServiceName = keyof typeof ENTRIES;

export interface ServiceProcess {
  name: ServiceName;
  child: ChildProcess;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** How Node runs a service: flags before the entry file, and the environment the runtime reads. */
export interface ServiceRuntime {
  nodeFlags: string[];
  env: Record<string, string>;
}

/**
 * The runtime every service is launched with, here and in `deploy/service.Dockerfile` (a test keeps the two
 * the same). Left alone, V8 sizes a process's young generation from the machine's memory (two 64 MB
 * semi-spaces on a 24 GB machine) and lets the old generation grow to several times what is live, and glibc
 * gives every thread its own malloc arena: a service holding 50 MB then sits above 300 MB. These keep each
 * service under 200 MB in the soak bench; `NODE_FLAGS` and `MALLOC_ARENA_MAX` override them (serviceRuntime).
 * V8 flags go on the command line: NODE_OPTIONS refuses them.
 */
export const SERVICE_RUNTIME: ServiceRuntime = {
  nodeFlags: ['--max-semi-space-size=4', '--heap-growing-percent=30'],
  env: { MALLOC_ARENA_MAX: '2' },
};

/** SERVICE_RUNTIME with the environment's `NODE_FLAGS` and `MALLOC_ARENA_MAX` instead, where it sets them. */
export function serviceRuntime(env: NodeJS.ProcessEnv = process.env): ServiceRuntime {
  return {
    nodeFlags: env.NODE_FLAGS?.split(' ').filter(Boolean) ?? SERVICE_RUNTIME.nodeFlags,
    env: { MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? SERVICE_RUNTIME.env.MALLOC_ARENA_MAX },
  };
}

/** Node's own defaults, for measuring what SERVICE_RUNTIME changes. */
export const NODE_DEFAULT_RUNTIME: ServiceRuntime = { nodeFlags: [], env: {} };

/** Runs one service as its own OS process, with plain `node` and the environment it is given. */
export function spawnService(
  name: ServiceName,
  env: Record<string, string>,
  onLine: (name: ServiceName, line: string) => void = () => {},
  runtime: ServiceRuntime = serviceRuntime(),
): ServiceProcess {
  const child = spawn(process.execPath, [...runtime.nodeFlags, join(REPO_ROOT, ENTRIES[name])], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...runtime.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => onLine(name, line));
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    child,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
