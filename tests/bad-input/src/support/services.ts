import { STREAMS, deadLetterV1, type DeadLetterV1, type StreamKey } from '@hoinghi/contracts';
import { MessagingService, listDeadLetters, readStream } from '@hoinghi/messaging';
import { spawnService, type ServiceName, type ServiceProcess } from '@hoinghi/stack';
import { freePort, waitFor } from '@hoinghi/test-kit';

export interface RunningService extends ServiceProcess {
  /** Its HTTP server: health and metrics, the API for the store. */
  url: string;
  /** Every line it wrote, stdout and stderr. */
  logs: string[];
}

const PORT_VARIABLE: Record<Exclude<ServiceName, 'demo-site'>, string> = {
  crawler: 'CRAWLER_HTTP_PORT',
  parser: 'PARSER_HTTP_PORT',
  store: 'API_PORT',
};

/** Starts a service as its own OS process (built `dist/`, plain node) and waits until `/health` answers 200. */
export async function startService(
  name: Exclude<ServiceName, 'demo-site'>,
  env: Record<string, string>,
): Promise<RunningService> {
  const port = await freePort();
  const logs: string[] = [];
  const service = spawnService(
    name,
    { LOG_LEVEL: 'warn', ...env, [PORT_VARIABLE[name]]: String(port) },
    (_, line) => logs.push(line),
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (service.child.exitCode !== null) throw new Error(`${name} exited at start:\n${logs.join('\n')}`);
        const response = await fetch(`${url}/health`).catch(() => undefined);
        return response?.ok ? true : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100, what: `${name} to answer /health` },
    );
  } catch (error) {
    await service.stop('SIGKILL');
    throw error;
  }
  return { ...service, url, logs };
}

/** A NATS client of the test's own, declaring the streams it publishes raw messages to. */
export function connectTestClient(natsUrl: string, streams: StreamKey[]): Promise<MessagingService> {
  return MessagingService.connect({
    service: 'bad-input',
    nats: { servers: [natsUrl], replicas: 1 },
    streams,
    consumers: [],
  });
}

/** The dead letter made of the message stored at `sequence` of `stream`, once the stage has written it. */
export function deadLetterOf(
  messaging: MessagingService,
  stream: StreamKey,
  sequence: number,
  timeoutMs = 15_000,
): Promise<DeadLetterV1> {
  const name = STREAMS[stream].name;
  return waitFor(
    async () => {
      const { entries } = await listDeadLetters(messaging.jsm);
      return entries.find((e) => e.letter.original.stream === name && e.letter.original.sequence === sequence)
        ?.letter;
    },
    { timeoutMs, intervalMs: 200, what: `the dead letter of ${name} #${sequence}` },
  );
}

/** Every dead letter written so far. */
export async function allDeadLetters(messaging: MessagingService): Promise<DeadLetterV1[]> {
  const letters: DeadLetterV1[] = [];
  for await (const msg of readStream(messaging.jsm, STREAMS.deadLetters.name, {})) {
    letters.push(deadLetterV1.parseEvent(msg.json()).data);
  }
  return letters;
}

/** The data of the events on `subject` for which `match` holds, once there is one. */
export function eventOn<T>(
  messaging: MessagingService,
  stream: StreamKey,
  subject: string,
  match: (data: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  return waitFor(
    async () => {
      for await (const msg of readStream(messaging.jsm, STREAMS[stream].name, { filter: subject })) {
        const data = (msg.json() as { data: T }).data;
        if (match(data)) return data;
      }
      return undefined;
    },
    { timeoutMs, intervalMs: 200, what: `an event on ${subject}` },
  );
}
