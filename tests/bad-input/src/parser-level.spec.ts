import { describe, expect, it } from '@jest/globals';
import {
  articleParsedV1,
  conferenceExtractedV1,
  pageFetchedV1,
  type PageFetchedV1,
} from '@hoinghi/contracts';
import { decodeHtml, extractArticle, parsePage } from '@hoinghi/extraction';
import { HTML_CASES } from './corpus/html-pages.js';
import { examplePage } from './support/examples.js';

/** The parser's functions in this process: every bad page gives a valid result, fast, and never throws. */
describe('parser on bad pages (in process)', () => {
  const base = examplePage();

  it.each(HTML_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const body = c.body();
    const page: PageFetchedV1 = {
      ...base.data,
      headers: c.contentType === undefined ? {} : { contentType: c.contentType },
      ...(c.selectors ? { selectors: c.selectors } : {}),
    };
    pageFetchedV1.parseData(page);

    const started = performance.now();
    const parsed = parsePage(page, base.id, body, '0.0.0-bad-input');
    const elapsed = performance.now() - started;

    // The bounds catch hangs (minutes), not speed: a loaded CI machine gets five times the budget.
    expect(elapsed).toBeLessThan(c.expect.maxMs * 5);
    // What the service would publish must pass its contract, or the page is lost as a contract violation.
    expect(() => articleParsedV1.parseData(parsed.article.data)).not.toThrow();
    if (parsed.conference)
      expect(() => conferenceExtractedV1.parseData(parsed.conference!.data)).not.toThrow();
    const { text, title } = parsed.article.data;
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toContain('\0');
    expect(title ?? '').not.toContain('\0');
    if (c.expect.isArticle !== undefined) expect(parsed.article.data.isArticle).toBe(c.expect.isArticle);
    if (c.expect.isConference !== undefined) {
      expect(parsed.article.data.isConference).toBe(c.expect.isConference);
      expect(parsed.conference !== null).toBe(c.expect.isConference);
    }
    if (c.expect.textIncludes) expect(`${title}\n${text}`).toContain(c.expect.textIncludes);
    if (c.expect.reason) {
      const { html } = decodeHtml(body, c.contentType ?? null);
      expect(extractArticle(html, { url: page.finalUrl }).notArticleReason).toMatch(c.expect.reason);
    }
  });

  it('extractArticle and decodeHtml take anything without throwing', () => {
    const odd: unknown[] = [undefined, null, 42, {}, [], '\u0000', '\ud800', '<!--', '<html></html>'];
    for (const value of odd) {
      expect(() => extractArticle(value as string)).not.toThrow();
      expect(extractArticle(value as string).isArticle).toBe(false);
    }
    expect(() => decodeHtml(new Uint8Array([0xff, 0xfe, 0x00]))).not.toThrow();
    expect(() => decodeHtml(new Uint8Array([0xfe, 0xff, 0xd8]))).not.toThrow();
  });
});
