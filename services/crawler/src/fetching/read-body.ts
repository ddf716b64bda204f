import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

export type BodyReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too_large' | 'unsupported_encoding'; message: string };

class BodyTooLarge extends Error {}

/**
 * Reads a response body, undoing its Content-Encoding (gzip, deflate or br; we never ask for
 * stacked encodings), and stops as soon as the decoded size passes `maxBytes`: the limit is on
 * what we would keep, so a small gzip bomb is caught too, and an oversized page is never held
 * in memory. Stopping destroys the stream, which closes the connection.
 */
export async function readBody(
  body: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
): Promise<BodyReadResult> {
  const coding = (contentEncoding ?? '').trim().toLowerCase();
  const decoder = coding === '' || coding === 'identity' ? undefined : decoderFor(coding);
  if (decoder === null) {
    // Destroying emits an error on some streams (undici's); nobody else is listening for it.
    body.once('error', () => undefined).destroy();
    return { ok: false, reason: 'unsupported_encoding', message: `unsupported Content-Encoding "${coding}"` };
  }

  const chunks: Buffer[] = [];
  let size = 0;
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw new BodyTooLarge();
      chunks.push(chunk);
    }
  };
  try {
    await (decoder === undefined ? pipeline(body, collect) : pipeline(body, decoder, collect));
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return { ok: false, reason: 'too_large', message: `body larger than ${maxBytes} bytes; not loaded` };
    }
    throw error;
  }
  // A fresh array rather than a Buffer: small Buffers share Node's pool, which `.buffer` would expose.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}
