import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@hoinghi/stack';

/** One container of a service, as `docker compose ps --format json` lists it. */
export interface Container {
  ID: string;
  Name: string;
  Service: string;
  Image: string;
  State: string;
  Health: string;
}

/** What `docker` sees of the caller's environment: the engine to talk to, nothing that compose interpolates. */
function dockerEnvironment(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'DOCKER_HOST', 'DOCKER_CONFIG', 'TMPDIR'];
  return Object.fromEntries(keep.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])));
}

/** Runs `docker ARGS`; fails with everything it printed. */
export function docker(args: string[], timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'docker',
      args,
      { env: dockerEnvironment(), timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.killed ? `timed out after ${timeoutMs} ms` : `exit ${error.code}`;
          reject(new Error(`docker ${args.join(' ')}: ${why}\n${stdout}${stderr}`.slice(0, 20_000)));
        } else resolve(stdout);
      },
    );
  });
}

/**
 * A compose project of the repository's own files, as a user runs it from the repository's folder, plus the
 * test's override, with the variables the test sets in an env file of its own: a `.env` of the user's and
 * the caller's environment are not read.
 */
export class ComposeProject {
  private variables: Record<string, string> = {};

  constructor(
    readonly name: string,
    private readonly files: string[],
    private readonly envFile: string,
    variables: Record<string, string>,
  ) {
    this.setVariables(variables);
  }

  /** Changes the variables of the next commands (`up` recreates what they change). */
  setVariables(variables: Record<string, string>): void {
    this.variables = { ...this.variables, ...variables };
    writeFileSync(
      this.envFile,
      Object.entries(this.variables)
        .map(([key, value]) => `${key}=${value}\n`)
        .join(''),
    );
  }

  /** Runs `docker compose ARGS` on this project. */
  compose(args: string[], timeoutMs?: number): Promise<string> {
    const files = this.files.flatMap((file) => ['-f', join(REPO_ROOT, file)]);
    return docker(
      [
        'compose',
        '-p',
        this.name,
        '--project-directory',
        REPO_ROOT,
        '--env-file',
        this.envFile,
        ...files,
        ...args,
      ],
      timeoutMs,
    );
  }

  async containers(service?: string): Promise<Container[]> {
    const lines = (
      await this.compose(['ps', '--all', '--format', 'json', ...(service ? [service] : [])])
    ).trim();
    if (!lines) return [];
    // compose 2.21+ prints one JSON object per line; older ones one array.
    const parsed = lines.startsWith('[')
      ? (JSON.parse(lines) as Container[])
      : lines.split('\n').map((l) => JSON.parse(l));
    return parsed.sort((a: Container, b: Container) => a.Name.localeCompare(b.Name, 'en', { numeric: true }));
  }

  /** Runs a command in the `index`th container of a service (1-based, as compose numbers them). */
  exec(service: string, command: string[], index = 1, timeoutMs = 60_000): Promise<string> {
    return this.compose(['exec', '-T', '--index', String(index), service, ...command], timeoutMs);
  }

  /** An HTTP GET from inside a service's container (its own ports are not published), with the image's node. */
  httpGet(service: string, url: string, index = 1): Promise<string> {
    const script = `fetch(${JSON.stringify(url)}).then(async (r) => { process.stdout.write(await r.text()); process.exit(r.ok ? 0 : 1); }, (e) => { console.error(String(e)); process.exit(1); })`;
    return this.exec(service, ['node', '-e', script], index);
  }

  /** One query's single JSON value, through psql in the Postgres container. */
  async query<T>(sql: string): Promise<T> {
    const out = await this.exec('postgres', [
      'psql',
      '-U',
      'hoinghi',
      '-d',
      'hoinghi',
      '-v',
      'ON_ERROR_STOP=1',
      '-At',
      '-c',
      sql,
    ]);
    return JSON.parse(out) as T;
  }

  /** The host port a container's port is published on. */
  async port(service: string, containerPort: number, index = 1): Promise<number> {
    const out = await this.compose(['port', '--index', String(index), service, String(containerPort)]);
    return Number(out.trim().split(':').pop());
  }

  /** The engine's view of a container: its main process's PID on this host, and how often it was restarted. */
  async inspect(container: Container): Promise<{ pid: number; restarts: number; status: string }> {
    const out = await docker([
      'inspect',
      '-f',
      '{{.State.Pid}} {{.RestartCount}} {{.State.Status}}',
      container.ID,
    ]);
    const [pid, restarts, status] = out.trim().split(' ');
    return { pid: Number(pid), restarts: Number(restarts), status };
  }

  /** Names of the project's volumes that exist. */
  async volumes(): Promise<string[]> {
    const out = await docker([
      'volume',
      'ls',
      '-q',
      '--filter',
      `label=com.docker.compose.project=${this.name}`,
    ]);
    return out.split('\n').filter(Boolean).sort();
  }
}
