import type { JetStreamManager } from '@nats-io/jetstream';
import {
  listDeadLetters,
  replayRange,
  republishDeadLetters,
  type DeadLetterEntry,
  type RepublishOutcome,
  type ReplayResult,
} from '@hoinghi/messaging';
import type { Command } from './parse-command.js';

/** Runs a command and writes its report; resolves with the process exit code. */
export async function runCommand(
  command: Exclude<Command, { kind: 'help' }>,
  jsm: JetStreamManager,
  write: (line: string) => void,
): Promise<number> {
  switch (command.kind) {
    case 'replay': {
      const result = await replayRange(jsm, command.request);
      write(command.json ? JSON.stringify(result) : describeReplay(result, command.request.dryRun ?? false));
      return 0;
    }
    case 'dead-letters list': {
      const { entries, unreadable } = await listDeadLetters(jsm, command.filter);
      if (command.json) {
        write(JSON.stringify({ entries, unreadable }));
      } else {
        if (entries.length === 0) write('no dead letters match');
        for (const entry of entries) write(describeDeadLetter(entry));
        for (const bad of unreadable) write(`#${bad.sequence} unreadable: ${bad.error}`);
      }
      return 0;
    }
    case 'dead-letters republish': {
      const outcomes = await republishDeadLetters(jsm, command.sequences, { force: command.force });
      if (command.json) write(JSON.stringify(outcomes));
      else for (const outcome of outcomes) write(describeOutcome(outcome));
      return outcomes.every((o) => o.status === 'republished' || o.status === 'duplicate') ? 0 : 1;
    }
  }
}

export function describeReplay(result: ReplayResult, dryRun: boolean): string {
  const range =
    result.firstSeq === null ? 'nothing in range' : `sequences ${result.firstSeq}–${result.lastSeq}`;
  const lines = [
    `${dryRun ? 'would replay' : 'replayed'} ${result.matched} message(s) of ${result.stream} (${result.filter}, ${range}) ` +
      `to ${result.consumer} as replay "${result.id}"`,
  ];
  if (!dryRun) lines.push(`published ${result.published}, already published earlier ${result.duplicates}`);
  if (result.alsoDeliveredTo.length > 0)
    lines.push(`also delivered to: ${result.alsoDeliveredTo.join(', ')}`);
  return lines.join('\n');
}

export function describeDeadLetter({ sequence, storedAt, letter }: DeadLetterEntry): string {
  const original = letter.original.stream
    ? `${letter.original.stream}:${letter.original.sequence}`
    : 'no stream';
  return (
    `#${sequence} ${storedAt.toISOString()} ${letter.stage} ${letter.reason} after ${letter.attempts} attempt(s) ` +
    `${letter.originalSubject} ${letter.originalEventId ?? '(no event id)'} [${original}]: ${letter.error}`
  );
}

export function describeOutcome(outcome: RepublishOutcome): string {
  switch (outcome.status) {
    case 'republished':
      return `#${outcome.sequence} republished to ${outcome.subject} (${outcome.stream}:${outcome.newSequence})`;
    case 'duplicate':
      return `#${outcome.sequence} was already republished (${outcome.stream}:${outcome.newSequence})`;
    default:
      return `#${outcome.sequence} ${outcome.status.replace('_', ' ')}: ${outcome.detail}`;
  }
}
