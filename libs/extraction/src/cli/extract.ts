#!/usr/bin/env node
import { runExtract } from './run.js';

const lines: string[] = [];
const code = await runExtract(
  process.argv.slice(2),
  (line) => lines.push(line),
  (s) => process.stderr.write(s),
);
process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
process.exitCode = code;
