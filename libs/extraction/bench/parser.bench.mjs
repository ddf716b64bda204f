#!/usr/bin/env node
// The parser's bench target: article extraction (F1, speed, memory against Readability.js on jsdom) and the
// full parse (HTML → conference facts) against Readability.js alone. The last line merges both summaries.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const summary = {};
for (const script of ['article-extraction.mjs', 'full-parse.mjs']) {
  const child = spawnSync(process.execPath, [path.join(here, script)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
  const lines = child.stdout.trim().split('\n');
  console.log(lines.slice(0, -1).join('\n'));
  Object.assign(summary, JSON.parse(lines[lines.length - 1]));
}
console.log(JSON.stringify(summary));
