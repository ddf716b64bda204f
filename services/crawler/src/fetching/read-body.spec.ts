import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { deflateSync, gzipSync } from 'node:zlib';
import { readBody } from './read-body.js';

const TEXT = 'Hội nghị toàn quốc quán triệt Nghị quyết';
const bytes = new TextEncoder().encode(TEXT);

describe('readBody', () => {
  it('reads plain, gzip and deflate bodies into a fresh Uint8Array', async () => {
    for (const [body, encoding] of [
      [Buffer.from(bytes), undefined],
      [gzipSync(bytes), 'gzip'],
      [gzipSync(bytes), 'X-GZIP'],
      [deflateSync(bytes), 'deflate'],
    ] as const) {
      const result = await readBody(Readable.from([body]), encoding, 1000);
      expect(result).toEqual({ ok: true, bytes });
      if (result.ok) expect(Buffer.isBuffer(result.bytes)).toBe(false);
    }
  });

  it('stops at the limit and refuses unknown encodings', async () => {
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(100));
    expect(await readBody(Readable.from(chunks), undefined, 550)).toMatchObject({
      ok: false,
      reason: 'too_large',
    });
    expect(await readBody(Readable.from([Buffer.from(bytes)]), 'compress', 1000)).toEqual({
      ok: false,
      reason: 'unsupported_encoding',
      message: 'unsupported Content-Encoding "compress"',
    });
  });
});
