import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { spawnTypeScript } from '../src/index.js';

describe('spawnTypeScript', () => {
  it('runs workspace TypeScript in a child process that a test can read and kill', async () => {
    const child = spawnTypeScript(join(import.meta.dirname, 'child-fixture.ts'));
    const line = await child.waitForLine<{ greeting?: string }>((l) => l.greeting !== undefined);
    expect(line).toEqual({ greeting: 'chào Hà Nội', tagged: ['greet'], subject: 'hoinghi.pages.fetched.v1' });
    await child.waitForLine<string>((l) => typeof l === 'string' && /^port \d+$/.test(l));
    child.kill('SIGKILL');
    expect(await child.exited).toBe('SIGKILL');
  });
});
