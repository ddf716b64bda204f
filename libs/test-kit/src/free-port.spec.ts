import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { freePortRange } from './free-port.js';

describe('freePortRange', () => {
  it('finds consecutive ports that are all free', async () => {
    const first = await freePortRange(3);
    for (const port of [first, first + 1, first + 2]) {
      const server = createServer();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', resolve);
      });
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
