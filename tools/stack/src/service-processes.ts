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

/** Runs one service as its own OS process, with plain `node` and the environment it is given. */
export function spawnService(
  name: ServiceName,
  env: Record<string, string>,
  onLine: (name: ServiceName, line: string) => void = () => {},
): ServiceProcess {
  const child = spawn(process.execPath, [join(REPO_ROOT, ENTRIES[name])], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
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
