import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  articleParsedV1,
  conferenceExtractedV1,
  type CloudEvent,
  type PageFetchedV1,
} from '@hoinghi/contracts';
import { parsePage } from './parse-page.js';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../libs/contracts/examples/page.fetched.v1.json'), 'utf8'),
) as CloudEvent<PageFetchedV1>;
const page = example.data;
// The seed article, published the day after the conference it reports ("Sáng 01/12").
const body = Buffer.from(
  gunzipSync(Buffer.from((page.body as { data: string }).data, 'base64'))
    .toString()
    .replace('<head>', '<head><meta property="article:published_time" content="2024-12-02T08:00:00+07:00">'),
);

describe('parsePage', () => {
  it('turns the seed page into a valid parsed article and extracted conference', () => {
    const parsed = parsePage(page, example.id, body, '1.0.0');
    expect(() => articleParsedV1.parseData(parsed.article.data)).not.toThrow();
    expect(parsed.article.data).toMatchObject({
      isArticle: true,
      isConference: true,
      parserVersion: '1.0.0',
    });
    expect(parsed.conference).not.toBeNull();
    expect(() => conferenceExtractedV1.parseData(parsed.conference!.data)).not.toThrow();
    expect(parsed.conference!.data.conference.date?.value).toBe('2024-12-01');
  });

  it('is deterministic: the same page and version give the same event ids, another version others', () => {
    const first = parsePage(page, example.id, body, '1.0.0');
    const again = parsePage(page, example.id, body, '1.0.0');
    const upgraded = parsePage(page, example.id, body, '1.1.0');
    expect(again.article.id).toBe(first.article.id);
    expect(again.conference!.id).toBe(first.conference!.id);
    expect(upgraded.article.id).not.toBe(first.article.id);
  });

  it('says a page that is not an article is not a conference, without throwing', () => {
    const parsed = parsePage(page, example.id, Buffer.from('\u0000\u0001binary'), '1.0.0');
    expect(parsed.article.data.isArticle).toBe(false);
    expect(parsed.conference).toBeNull();
  });
});
