import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { MESSAGES, renderAsyncApi } from './index.js';

const checkedIn = join(import.meta.dirname, '..', 'asyncapi.json');

describe('AsyncAPI document', () => {
  it('is up to date with the definitions (run `npx nx run contracts:schemas` after a change)', () => {
    expect(readFileSync(checkedIn, 'utf8')).toBe(`${JSON.stringify(renderAsyncApi(), null, 2)}\n`);
  });

  it('is a valid AsyncAPI 3 document naming every subject', async () => {
    const { document, diagnostics } = await new Parser().parse(readFileSync(checkedIn, 'utf8'));
    expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    expect(document).toBeDefined();
    const addresses = document!
      .channels()
      .all()
      .map((c) => c.address());
    expect(addresses.sort()).toEqual(MESSAGES.map((m) => m.subject).sort());
  });
});
