import { createHash } from 'node:crypto';
import { type ArticleParsedV1, type ConferenceExtractedV1, type PageFetchedV1 } from '@hoinghi/contracts';
import { decodeHtml } from '../charset/index.js';
import { extractArticle } from '../article/index.js';
import { extractConference } from '../conference/index.js';
import { articleUrl } from './article-url.js';
import { worthReading } from './worth-reading.js';

export interface ParsedPage {
  article: { id: string; data: ArticleParsedV1 };
  conference: { id: string; data: ConferenceExtractedV1 } | null;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Deterministic: the same page, URL and parser version always give the same ids. */
export function parsedEventId(
  kind: 'article' | 'conference',
  contentHash: string,
  url: string,
  version: string,
) {
  const digest = createHash('sha256').update(`${version}\n${contentHash}\n${url}`).digest('hex').slice(0, 32);
  return `${kind}:${digest}`;
}

/** Fetched page → parsed article and, when it reports a conference, the extracted conference. */
export function parsePage(
  page: PageFetchedV1,
  pageEventId: string,
  body: Uint8Array,
  version: string,
): ParsedPage {
  const { html } = decodeHtml(body, page.headers.contentType ?? null);
  const extracted = extractArticle(html, { url: page.finalUrl, selectors: page.selectors });
  const url = articleUrl(extracted.canonicalUrl, page.finalUrl);
  const publishedAt =
    extracted.publishedAt && RFC3339.test(extracted.publishedAt) ? extracted.publishedAt : null;
  const result = worthReading(extracted)
    ? extractConference({
        text: extracted.text,
        title: extracted.title,
        publishedAt: extracted.publishedAt,
        url,
        captions: extracted.captions,
        byline: extracted.byline,
        language: extracted.language,
      })
    : { isConference: false, conference: null };
  const articleId = parsedEventId('article', page.contentHash, url, version);
  const article: ArticleParsedV1 = {
    url,
    fetchedUrl: page.finalUrl,
    sourceId: page.sourceId,
    pageEventId,
    contentHash: page.contentHash,
    parserVersion: version,
    title: extracted.title,
    publishedAt,
    byline: extracted.byline,
    language: extracted.language,
    text: extracted.text,
    captions: extracted.captions,
    isArticle: extracted.isArticle,
    isConference: result.isConference && result.conference !== null,
  };
  const conference =
    result.isConference && result.conference
      ? {
          id: parsedEventId('conference', page.contentHash, url, version),
          data: {
            articleUrl: url,
            sourceId: page.sourceId,
            articleEventId: articleId,
            contentHash: page.contentHash,
            parserVersion: version,
            title: extracted.title,
            publishedAt,
            ...(extracted.language ? { language: extracted.language } : {}),
            conference: result.conference,
          },
        }
      : null;
  return { article: { id: articleId, data: article }, conference };
}
