import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LabeledCase } from './scoring.js';

/** The labeled cases of some folders, each folder's files in name order. */
export function loadCases(dirs: string[]): LabeledCase[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabeledCase),
  );
}
