import { gunzipSync } from 'node:zlib';
import type { FetchText } from '../discovery/discover-articles.js';
import type { Fetcher, FetchPageOptions } from './fetcher.js';
import type { FetchFailure } from './fetch-result.js';

/** A fetch that failed for a reason other than an HTTP status; carries the typed failure. */
export class FetchFailedError extends Error {
  constructor(readonly failure: FetchFailure) {
    super(`${failure.kind}: ${failure.message}`);
    this.name = 'FetchFailedError';
  }
}

/**
 * The fetcher as discovery's `FetchText`: HTTP error statuses come back as statuses, other
 * failures are thrown as FetchFailedError, and bodies are gunzipped when they are gzip files
 * (`sitemap.xml.gz` is served as a file, not with Content-Encoding) and decoded to text.
 */
export function createFetchText(fetcher: Pick<Fetcher, 'fetchPage'>, page: FetchPageOptions): FetchText {
  return async (url) => {
    const result = await fetcher.fetchPage(url, page);
    if (!result.ok) {
      if (result.kind === 'http_status' && result.status !== undefined) {
        return { url: result.url, status: result.status, body: '' };
      }
      throw new FetchFailedError(result);
    }
    const bytes = gunzipIfCompressed(result.body, page.maxBodyBytes ?? 5 * 1024 * 1024);
    return {
      url: result.finalUrl,
      status: result.status,
      body: decodeText(bytes, result.headers['content-type']),
    };
  };
}

/** Gunzips bytes that start with the gzip magic number, within the same size limit as any body. */
export function gunzipIfCompressed(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: maxBytes }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new Error(`gzip content larger than ${maxBytes} bytes; not loaded`, { cause: error });
    }
    throw error;
  }
}

/**
 * Text from bytes: a BOM wins, then the Content-Type charset, then an XML declaration or HTML
 * `<meta charset>` in the first kilobytes, then UTF-8 (what nearly every Vietnamese site uses;
 * the older windows-1258 is decoded when declared). Unknown labels fall back to UTF-8.
 */
export function decodeText(bytes: Uint8Array, contentType: string | undefined): string {
  const label = bomCharset(bytes) ?? charsetParam(contentType) ?? declaredCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // The constructor throws for a label it does not know.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function charsetParam(contentType: string | undefined): string | undefined {
  return contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return (
    head.match(/<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i)?.[1] ??
    head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1]
  );
}
