#!/usr/bin/env node
import { jetstreamManager } from '@nats-io/jetstream';
import { ReplayRefused, connectToNats } from '@hoinghi/messaging';
import { USAGE, UsageError, parseCommand } from './parse-command.js';
import { runCommand } from './run-command.js';

/** `node tools/ops/dist/cli.js replay|dead-letters …`: operator commands against the NATS of a deployment. */
async function main(): Promise<number> {
  let invocation;
  try {
    invocation = parseCommand(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const write = (line: string) => process.stdout.write(`${line}\n`);
  if (invocation.command.kind === 'help') {
    write(USAGE);
    return 0;
  }
  const nc = await connectToNats(
    {
      servers: invocation.servers,
      user: process.env.NATS_USER,
      pass: process.env.NATS_PASSWORD,
      replicas: 1,
    },
    'hoinghi-ops',
  );
  const { command } = invocation;
  try {
    return await runCommand(command, await jetstreamManager(nc), write);
  } catch (error) {
    if (!(error instanceof ReplayRefused)) throw error;
    process.stderr.write(`refused: ${error.message}\n`);
    return 1;
  } finally {
    await nc.drain();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
