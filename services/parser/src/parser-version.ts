import { readFileSync } from 'node:fs';

/**
 * The parser version travels in every event it publishes and is part of every event id, so a re-parse by
 * the same version changes nothing downstream and a replay after an upgrade can be told apart.
 */
export const PARSER_VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;
