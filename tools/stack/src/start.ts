import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { REPO_ROOT, spawnService, type ServiceName, type ServiceProcess } from './service-processes.js';
import { preflight } from './preflight.js';
import { formatProgress, readProgress } from './progress.js';

/**
 * `npm start`: the demo news site and the three services as separate processes against the local NATS and
 * Postgres, with a live progress line. `npm start -- --sources DIR` crawls the user's own sources instead.
 */
const { values } = parseArgs({
  options: {
    sources: { type: 'string' },
    'no-demo': { type: 'boolean', default: false },
  },
});
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hoinghi';
const apiPort = process.env.API_PORT ?? '3000';
const demoPort = process.env.DEMO_SITE_PORT ?? '8080';
const sourcesDir = resolve(values.sources ?? process.env.CRAWLER_SOURCES_DIR ?? `${REPO_ROOT}/sources`);
const withDemo = !values['no-demo'] && values.sources === undefined;

// The services' own user and password, when the NATS server asks for them (NATS_USER, NATS_PASSWORD).
const natsOptions = {
  servers: natsUrl.split(','),
  user: process.env.NATS_USER,
  pass: process.env.NATS_PASSWORD,
};

const problems = await preflight(natsOptions, databaseUrl);
if (problems.length > 0) {
  process.stderr.write(`hoinghi cannot start:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
  process.exit(1);
}

// Every setting is an environment variable: each service gets the user's whole environment, and on top
// only what `npm start` decides itself (where NATS, Postgres, the sources and the demo site are).
const userEnvironment = Object.fromEntries(
  Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
);
const shared = { ...userEnvironment, NATS_URL: natsUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' };
const environments: [ServiceName, Record<string, string>][] = [
  ...(withDemo
    ? [
        ['demo-site', { ...userEnvironment, DEMO_SITE_PORT: demoPort }] as [
          ServiceName,
          Record<string, string>,
        ],
      ]
    : []),
  ['store', { ...shared, DATABASE_URL: databaseUrl, API_PORT: apiPort }],
  ['parser', shared],
  ['crawler', { ...shared, CRAWLER_SOURCES_DIR: sourcesDir, DEMO_SITE_URL: `http://127.0.0.1:${demoPort}` }],
];

// Service logs are JSON lines; the console shows warnings and errors, the progress line shows the rest.
const showLine = (name: ServiceName, line: string) => {
  let level: number;
  try {
    level = JSON.parse(line).level ?? 30;
  } catch {
    level = 40;
  }
  if (level >= 40) process.stderr.write(`\r\x1b[K[${name}] ${line}\n`);
};

const running: ServiceProcess[] = environments.map(([name, env]) => spawnService(name, env, showLine));
for (const service of running) {
  void service.exited.then((code) => {
    if (!stopping) {
      process.stderr.write(`\n${service.name} exited (${code}); stopping.\n`);
      void shutdown(1);
    }
  });
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  clearInterval(timer);
  await Promise.all(running.map((service) => service.stop('SIGTERM')));
  await nc.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const nc = await connect(natsOptions);
console.log(`hoinghi is running. API: http://127.0.0.1:${apiPort}/conferences   (Ctrl-C stops)`);
if (withDemo) console.log(`demo news site: http://127.0.0.1:${demoPort}/   sources: ${sourcesDir}`);
else console.log(`sources: ${sourcesDir}`);
const timer = setInterval(async () => {
  const progress = await readProgress(nc).catch(() => null);
  if (progress && process.stdout.isTTY) process.stdout.write(`\r\x1b[K${formatProgress(progress)}`);
  else if (progress) console.log(formatProgress(progress));
}, 2_000);
