/**
 * Messages published straight to `hoinghi.pages.fetched.v1`, bypassing the crawler, and what the running
 * parser must do with each: a dead letter with the right reason, or (for pages that are only ugly) a parsed
 * article. Payloads are built when published; the page-body codec lets a case store a body by claim check.
 */
import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { CloudEvent, DeadLetterReason, PageBody, PageFetchedV1 } from '@hoinghi/contracts';
import type { PageBodyCodec } from '@hoinghi/messaging';
import { examplePage } from '../support/examples.js';
import { LEAD, article } from './html-pages.js';

export interface PageEventContext {
  /** Stores every body in the object store (claim check), as the crawler does with large pages. */
  claimCheck: PageBodyCodec;
}

export type PageEventOutcome =
  | { deadLetter: DeadLetterReason; error: RegExp }
  | { parsed: { isArticle?: boolean; isConference?: boolean } };

export interface PageEventCase {
  name: string;
  payload: (context: PageEventContext) => Promise<Uint8Array> | Uint8Array;
  expect: PageEventOutcome;
}

const MB = 1024 * 1024;
const bytes = (text: string) => Buffer.from(text, 'utf8');

/**
 * The example page event with a fresh id and content hash, changed by `change`. The parser's output ids
 * derive from the content hash, so a repeated one would be dropped by JetStream as a duplicate.
 */
export function pageEvent(
  change: (event: CloudEvent<PageFetchedV1>) => void = () => {},
): CloudEvent<PageFetchedV1> {
  const event = examplePage();
  event.id = `bad-input-${randomUUID()}`;
  event.data.contentHash = `sha256:${createHash('sha256').update(event.id).digest('hex')}`;
  change(event);
  return event;
}

const json = (value: unknown) => bytes(JSON.stringify(value));
const inline = (html: string | Uint8Array): PageBody => {
  const raw = typeof html === 'string' ? bytes(html) : html;
  return { encoding: 'gzip+base64', data: gzipSync(raw).toString('base64'), size: raw.byteLength };
};

export const PAGE_EVENT_CASES: PageEventCase[] = [
  // Not a CloudEvent at all
  {
    name: 'an HTTP request instead of an event',
    payload: () => bytes('GET / HTTP/1.1\r\nHost: example\r\n\r\n'),
    expect: { deadLetter: 'contract_violation', error: /not a JSON CloudEvent/ },
  },
  {
    name: 'an empty message',
    payload: () => new Uint8Array(),
    expect: { deadLetter: 'contract_violation', error: /not a JSON CloudEvent/ },
  },
  {
    name: 'binary garbage',
    payload: () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256),
    expect: { deadLetter: 'contract_violation', error: /not a JSON CloudEvent/ },
  },
  {
    name: 'JSON null',
    payload: () => bytes('null'),
    expect: { deadLetter: 'contract_violation', error: /violates its contract/ },
  },
  {
    name: 'a JSON array of events',
    payload: () => json([pageEvent()]),
    expect: { deadLetter: 'contract_violation', error: /violates its contract/ },
  },
  {
    name: 'JSON nested 200,000 deep',
    payload: () => bytes(`${'['.repeat(200_000)}${']'.repeat(200_000)}`),
    expect: { deadLetter: 'contract_violation', error: /contract|JSON/ },
  },
  {
    name: 'JSON cut off in the middle',
    payload: () => json(pageEvent()).subarray(0, 300),
    expect: { deadLetter: 'contract_violation', error: /not a JSON CloudEvent/ },
  },

  // CloudEvents that break the page.fetched.v1 contract
  {
    name: 'an article.parsed event on the pages subject',
    payload: () =>
      json(
        pageEvent((e) => {
          e.type = 'vn.hoinghi.article.parsed.v1';
        }),
      ),
    expect: { deadLetter: 'contract_violation', error: /\/type/ },
  },
  {
    name: 'an event without data',
    payload: () => {
      const event: Partial<CloudEvent<PageFetchedV1>> = pageEvent();
      delete event.data;
      return json(event);
    },
    expect: { deadLetter: 'contract_violation', error: /data/ },
  },
  {
    name: 'a javascript: URL',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.url = 'javascript:alert(document.cookie)';
        }),
      ),
    expect: { deadLetter: 'contract_violation', error: /\/data\/url/ },
  },
  {
    name: 'a source id carrying SQL',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.sourceId = "demo'; DROP TABLE articles; --";
        }),
      ),
    expect: { deadLetter: 'contract_violation', error: /\/data\/sourceId/ },
  },
  {
    name: 'HTTP status 999',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.status = 999;
        }),
      ),
    expect: { deadLetter: 'contract_violation', error: /\/data\/status/ },
  },
  {
    name: 'a content hash that is not sha256',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.contentHash = 'md5:d41d8cd98f00b204e9800998ecf8427e';
        }),
      ),
    expect: { deadLetter: 'contract_violation', error: /\/data\/contentHash/ },
  },
  {
    name: 'an event id 10,000 characters long',
    payload: () =>
      json(
        pageEvent((e) => {
          e.id = 'x'.repeat(10_000);
        }),
      ),
    expect: { deadLetter: 'contract_violation', error: /\/id/ },
  },
  {
    name: 'a fetch time that is no date',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.fetchedAt = '2024-02-30T25:61:00Z';
        }),
      ),
    expect: { deadLetter: 'contract_violation', error: /\/data\/fetchedAt/ },
  },

  // Valid events whose body cannot be read
  {
    name: 'a body that is not gzip',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.body = {
            encoding: 'gzip+base64',
            data: Buffer.from('<html>plain</html>').toString('base64'),
            size: 18,
          };
        }),
      ),
    expect: { deadLetter: 'unparseable_page', error: /not readable gzip/ },
  },
  {
    name: 'a body that is not base64',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.body = { encoding: 'gzip+base64', data: '!!! not base64 ~~~', size: 10 };
        }),
      ),
    expect: { deadLetter: 'unparseable_page', error: /not readable gzip/ },
  },
  {
    name: 'a gzip bomb: 300 MB of zeros in 300 KB',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.body = { ...inline(new Uint8Array(300 * MB)), size: 1000 };
        }),
      ),
    expect: { deadLetter: 'unparseable_page', error: /inflates beyond/ },
  },
  {
    name: 'a claim check for a body nobody stored',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.body = {
            objectStore: { bucket: 'hoinghi-page-bodies', name: `nowhere-${randomUUID()}` },
            encoding: 'gzip',
            size: 1000,
          };
        }),
      ),
    expect: { deadLetter: 'unparseable_page', error: /missing from the object store/ },
  },
  {
    name: 'a 20 MB article by claim check, whose text is too large to publish',
    payload: async ({ claimCheck }) => {
      const html = article(
        '',
        Array.from({ length: Math.ceil((20 * MB) / 400) }, () => `${LEAD} ${LEAD}`),
      );
      const body = await claimCheck.encode(bytes(html), `bad-input-${randomUUID()}`);
      return json(
        pageEvent((e) => {
          e.data.body = body;
        }),
      );
    },
    expect: { deadLetter: 'payload_too_large', error: /over the \d+-byte limit/ },
  },

  // Ugly pages the parser must still read
  {
    name: '100,000 nested <div> around a conference report',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.body = inline(
            `<html lang="vi"><body>${'<div>'.repeat(100_000)}<p>${LEAD}</p>${'</div>'.repeat(100_000)}</body></html>`,
          );
        }),
      ),
    expect: { parsed: { isConference: true } },
  },
  {
    name: 'binary bytes in a valid event',
    payload: () =>
      json(
        pageEvent((e) => {
          e.data.body = inline(Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256));
        }),
      ),
    expect: { parsed: { isArticle: false, isConference: false } },
  },
];
