import { createHash } from 'node:crypto';
import type { PageBody, PageFetchedV1 } from '@hoinghi/contracts';
import type { FetchedPage } from '../fetching/index.js';
import type { SourceDefinition } from '../sources/index.js';

export function contentHash(body: Uint8Array): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

/** The same URL with the same content always gets the same id: a re-publish is deduplicated by JetStream. */
export function pageEventId(url: string, hash: string): string {
  return `page:${createHash('sha256').update(`${url}\n${hash}`).digest('hex').slice(0, 32)}`;
}

function charsetOf(contentType: string | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*"?([^";\s]+)/i);
  return match ? match[1].toLowerCase() : null;
}

export function pageFetchedEvent(
  source: SourceDefinition,
  url: string,
  page: FetchedPage,
  hash: string,
  body: PageBody,
): PageFetchedV1 {
  const selectors = Object.fromEntries(Object.entries(source.selectors).filter(([, v]) => v));
  return {
    url,
    finalUrl: page.finalUrl,
    sourceId: source.id,
    fetchedAt: page.fetchedAt,
    status: page.status,
    headers: {
      ...(page.headers['content-type'] && { contentType: page.headers['content-type'] }),
      ...(page.headers.etag && { etag: page.headers.etag }),
      ...(page.headers['last-modified'] && { lastModified: page.headers['last-modified'] }),
      ...(page.headers['content-language'] && { contentLanguage: page.headers['content-language'] }),
    },
    charset: charsetOf(page.headers['content-type']),
    contentHash: hash,
    redirects: page.redirects
      .filter((hop) => hop.status >= 300 && hop.status < 400)
      .map((hop) => ({ url: hop.url, status: hop.status })),
    body,
    ...(Object.keys(selectors).length > 0 && { selectors }),
  };
}
