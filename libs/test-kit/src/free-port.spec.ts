import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { freePortRange } from './free-port.js';

/** Listens on the port and closes again: rejects when the port is taken. */
function listenOnce(port: number): Promise<number> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(port)));
  });
}

describe('freePortRange', () => {
  it('finds consecutive ports that are all free', async () => {
    const first = await freePortRange(3);
    await expect(Promise.all([0, 1, 2].map((i) => listenOnce(first + i)))).resolves.toEqual([
      first,
      first + 1,
      first + 2,
    ]);
  });
});
