import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import type { FetchResult } from './fetch-result.js';
import { createFetchText, decodeText, FetchFailedError, gunzipIfCompressed } from './response-text.js';

const SITEMAP =
  '<?xml version="1.0" encoding="UTF-8"?><urlset><url><loc>https://baochinhphu.vn/hội-nghị</loc></url></urlset>';

describe('decodeText', () => {
  const utf8 = new TextEncoder().encode('Hội nghị');
  // "Hội nghị" in windows-1258: combining tone marks after the base letters.
  const cp1258 = Uint8Array.from([0x48, 0xf4, 0xf2, 0x69, 0x20, 0x6e, 0x67, 0x68, 0x69, 0xf2]);

  it('defaults to UTF-8 and honours a BOM', () => {
    expect(decodeText(utf8, undefined)).toBe('Hội nghị');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'text/html; charset=windows-1258')).toBe(
      'Hội nghị',
    );
  });

  it('uses the Content-Type charset, then the document declaration', () => {
    expect(decodeText(cp1258, 'text/html; charset=windows-1258').normalize('NFC')).toBe('Hội nghị');
    const declared = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="windows-1258">'),
      ...cp1258,
    ]);
    expect(decodeText(declared, 'text/html').normalize('NFC')).toBe('<meta charset="windows-1258">Hội nghị');
  });

  it('falls back to UTF-8 for an unknown charset label', () => {
    expect(decodeText(utf8, 'text/html; charset=tcvn3')).toBe('Hội nghị');
  });
});

describe('gunzipIfCompressed', () => {
  it('gunzips gzip files and passes other bytes through', () => {
    const plain = new TextEncoder().encode(SITEMAP);
    expect(gunzipIfCompressed(gzipSync(plain), 1_000_000)).toEqual(plain);
    expect(gunzipIfCompressed(plain, 1_000_000)).toBe(plain);
  });

  it('refuses gzip content beyond the size limit', () => {
    expect(() => gunzipIfCompressed(gzipSync(Buffer.alloc(100_000)), 10_000)).toThrow(
      'gzip content larger than 10000 bytes; not loaded',
    );
  });
});

describe('createFetchText', () => {
  const page = { userAgent: 'test', allowedHosts: ['baochinhphu.vn'] };
  const fetcherReturning = (result: FetchResult) => ({ fetchPage: async () => result });

  it('turns a fetched .xml.gz into text at its final URL', async () => {
    const fetchText = createFetchText(
      fetcherReturning({
        ok: true,
        requestedUrl: 'https://baochinhphu.vn/sitemap.xml.gz',
        finalUrl: 'https://baochinhphu.vn/sitemaps/sitemap.xml.gz',
        status: 200,
        headers: { 'content-type': 'application/x-gzip' },
        body: new Uint8Array(gzipSync(SITEMAP)),
        redirects: [],
        fetchedAt: new Date().toISOString(),
        notModified: false,
      }),
      page,
    );
    expect(await fetchText('https://baochinhphu.vn/sitemap.xml.gz')).toEqual({
      url: 'https://baochinhphu.vn/sitemaps/sitemap.xml.gz',
      status: 200,
      body: SITEMAP,
    });
  });

  it('returns HTTP error statuses and throws other failures', async () => {
    const failure = {
      ok: false as const,
      retryable: false,
      url: 'https://baochinhphu.vn/rss',
      redirects: [],
    };
    const notFound = createFetchText(
      fetcherReturning({ ...failure, kind: 'http_status', status: 404, message: 'HTTP 404' }),
      page,
    );
    expect(await notFound('https://baochinhphu.vn/rss')).toEqual({
      url: 'https://baochinhphu.vn/rss',
      status: 404,
      body: '',
    });

    const refused = createFetchText(
      fetcherReturning({ ...failure, kind: 'robots_disallowed', message: 'disallowed by robots.txt' }),
      page,
    );
    await expect(refused('https://baochinhphu.vn/rss')).rejects.toThrow(FetchFailedError);
    await expect(refused('https://baochinhphu.vn/rss')).rejects.toThrow(
      'robots_disallowed: disallowed by robots.txt',
    );
  });
});
