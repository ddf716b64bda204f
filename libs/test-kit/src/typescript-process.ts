import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface TypeScriptProcess {
  child: ChildProcess;
  /** Every stdout line so far, JSON-parsed when it is JSON. */
  lines: unknown[];
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Resolves with the first stdout line (parsed) for which `match` is true. */
  waitForLine<T = unknown>(match: (line: T) => boolean, timeoutMs?: number): Promise<T>;
  kill(signal?: NodeJS.Signals): void;
}

/** The hooks module beside this one: `.ts` when run from sources (Jest), `.js` once built. */
function registerModule(): string {
  const ts = fileURLToPath(new URL('./register-typescript.ts', import.meta.url));
  return existsSync(ts) ? ts : fileURLToPath(new URL('./register-typescript.js', import.meta.url));
}

/**
 * Runs a TypeScript file of the workspace in a child Node process, so a test can kill a real process
 * (SIGKILL mid-work, SIGTERM for shutdown) and watch what it printed. Stderr is passed through.
 */
export function spawnTypeScript(
  entry: string,
  options: { env?: Record<string, string>; args?: string[] } = {},
): TypeScriptProcess {
  const child = spawn(process.execPath, ['--import', registerModule(), entry, ...(options.args ?? [])], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: unknown[] = [];
  const watchers: ((line: unknown) => void)[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: unknown = text;
    try {
      line = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    lines.push(line);
    for (const watch of [...watchers]) watch(line);
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return {
    child,
    lines,
    exited,
    kill: (signal = 'SIGKILL') => {
      child.kill(signal);
    },
    waitForLine<T>(match: (line: T) => boolean, timeoutMs = 15_000): Promise<T> {
      const seen = lines.find((line) => match(line as T));
      if (seen !== undefined) return Promise.resolve(seen as T);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          remove();
          reject(
            new Error(`no matching line from ${entry} within ${timeoutMs} ms; got ${JSON.stringify(lines)}`),
          );
        }, timeoutMs);
        const watch = (line: unknown) => {
          if (!match(line as T)) return;
          remove();
          resolve(line as T);
        };
        const remove = () => {
          clearTimeout(timer);
          watchers.splice(watchers.indexOf(watch), 1);
        };
        watchers.push(watch);
        void exited.then(() => {
          if (!watchers.includes(watch)) return;
          remove();
          reject(new Error(`${entry} exited before the expected line; got ${JSON.stringify(lines)}`));
        });
      });
    },
  };
}
