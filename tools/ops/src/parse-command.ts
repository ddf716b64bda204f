import { parseArgs } from 'node:util';
import { DEAD_LETTER_REASONS, type DeadLetterReason } from '@hoinghi/contracts';
import type { DeadLetterFilter, ReplayRequest } from '@hoinghi/messaging';

export type Command =
  | { kind: 'replay'; request: ReplayRequest; json: boolean }
  | { kind: 'dead-letters list'; filter: DeadLetterFilter; json: boolean }
  | { kind: 'dead-letters republish'; sequences: number[]; force: boolean; json: boolean }
  | { kind: 'help' };

export interface Invocation {
  command: Command;
  /** NATS server URLs. */
  servers: string[];
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: node tools/ops/dist/cli.js <command> [options]

  replay --stream NAME --consumer DURABLE (--from-seq N | --from-time ISO) [--to-seq N | --to-time ISO]
         [--id REPLAY_ID] [--dry-run] [--allow-shared]
      Re-delivers exactly the messages of the range that the consumer's filter selects, as copies
      published again (Nats-Msg-Id "<replay id>:<sequence>": re-running the same --id adds nothing).

  dead-letters list [--stage STAGE] [--reason REASON] [--subject SUBJECT] [--from-seq N] [--limit N]
      Dead letters in order, with the sequence to republish them by.

  dead-letters republish --seq 3,5,7-9 [--force]
      Publishes the originals again to their subject (after a fix). Originals that still violate their
      contract are skipped unless --force.

Options for every command: --server URL (default $NATS_URL or nats://127.0.0.1:4222), --json.
Credentials come from NATS_USER and NATS_PASSWORD.`;

const options = {
  server: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
  stream: { type: 'string' },
  consumer: { type: 'string' },
  'from-seq': { type: 'string' },
  'to-seq': { type: 'string' },
  'from-time': { type: 'string' },
  'to-time': { type: 'string' },
  id: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'allow-shared': { type: 'boolean', default: false },
  stage: { type: 'string' },
  reason: { type: 'string' },
  subject: { type: 'string' },
  limit: { type: 'string' },
  seq: { type: 'string' },
  force: { type: 'boolean', default: false },
} as const;

/** Reads the command line; every mistake is a UsageError naming the option. */
export function parseCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Invocation {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const servers = (values.server ?? env.NATS_URL ?? 'nats://127.0.0.1:4222').split(',').map((s) => s.trim());
  const name = positionals.join(' ');
  if (values.help || name === '' || name === 'help') return { command: { kind: 'help' }, servers };
  const json = values.json;
  switch (name) {
    case 'replay':
      return {
        servers,
        command: {
          kind: 'replay',
          json,
          request: {
            stream: required(values.stream, '--stream'),
            consumer: required(values.consumer, '--consumer'),
            fromSeq: sequence(values['from-seq'], '--from-seq'),
            toSeq: sequence(values['to-seq'], '--to-seq'),
            fromTime: time(values['from-time'], '--from-time'),
            toTime: time(values['to-time'], '--to-time'),
            id: values.id,
            dryRun: values['dry-run'],
            allowShared: values['allow-shared'],
          },
        },
      };
    case 'dead-letters list':
      return {
        servers,
        command: {
          kind: 'dead-letters list',
          json,
          filter: {
            stage: values.stage,
            reason: reason(values.reason),
            subject: values.subject,
            fromSeq: sequence(values['from-seq'], '--from-seq'),
            limit: sequence(values.limit, '--limit'),
          },
        },
      };
    case 'dead-letters republish':
      return {
        servers,
        command: {
          kind: 'dead-letters republish',
          json,
          sequences: sequenceList(required(values.seq, '--seq')),
          force: values.force,
        },
      };
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new UsageError(`${option} is required`);
  return value;
}

function sequence(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${option} must be a positive integer`);
  return Number(value);
}

function time(value: string | undefined, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`${option} must be an ISO date-time, e.g. 2025-01-31T08:00:00Z`);
  return date;
}

function reason(value: string | undefined): DeadLetterReason | undefined {
  if (value === undefined) return undefined;
  if (!(DEAD_LETTER_REASONS as readonly string[]).includes(value)) {
    throw new UsageError(`--reason must be one of ${DEAD_LETTER_REASONS.join(', ')}`);
  }
  return value as DeadLetterReason;
}

/** `3,5,7-9` → [3, 5, 7, 8, 9] */
export function sequenceList(value: string): number[] {
  const sequences = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) throw new UsageError(`--seq: "${part}" is not a sequence or a range like 7-9`);
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (to < from || to - from > 100_000) throw new UsageError(`--seq: bad range "${part}"`);
    for (let seq = from; seq <= to; seq++) sequences.add(seq);
  }
  return [...sequences];
}
