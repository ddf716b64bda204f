import { readFileSync } from 'node:fs';

/**
 * The version of the rules. It travels in every event the parser publishes and is part of every event id,
 * so a re-parse by the same rules changes nothing downstream and a replay after an upgrade can be told apart.
 */
export const EXTRACTION_VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;
