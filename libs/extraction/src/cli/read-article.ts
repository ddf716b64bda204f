/**
 * A file on disk → the article the conference extractor reads. HTML goes through the charset
 * decoder and the article extractor; a plain text file is its own text, its first line a title.
 */
import { extractArticle } from '../article/index.js';
import { decodeHtml } from '../charset/index.js';
import type { ExtractedArticle } from '../article/index.js';

/** What the command reads from a file: the article extractor's view, also for plain text files. */
export type ArticleView = ExtractedArticle;

/** Longest first line still read as a headline of a text file. */
const MAX_TITLE_LENGTH = 250;

/** HTML unless the name says text, or the bytes show no markup. */
export function looksLikeHtml(path: string, head: string): boolean {
  if (/\.(?:txt|text)$/i.test(path)) return false;
  if (/\.(?:html?|xhtml|php|aspx?)$/i.test(path)) return true;
  return /<(?:!doctype|html|head|body|p|div|article)[\s>]/i.test(head);
}

export function readArticle(path: string, bytes: Uint8Array): ArticleView {
  const { html } = decodeHtml(bytes, null);
  if (looksLikeHtml(path, html.slice(0, 2000))) {
    const a = extractArticle(html);
    return {
      title: a.title,
      canonicalUrl: a.canonicalUrl,
      publishedAt: a.publishedAt,
      byline: a.byline,
      language: a.language,
      text: a.text,
      captions: a.captions,
      isArticle: a.isArticle,
      notArticleReason: a.notArticleReason,
    };
  }
  const text = html.replace(/\r\n?/g, '\n');
  const firstLine =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? null;
  return {
    title: firstLine && firstLine.length <= MAX_TITLE_LENGTH ? firstLine : null,
    canonicalUrl: null,
    publishedAt: null,
    byline: null,
    language: null,
    text,
    captions: [],
    isArticle: text.trim().length > 0,
    notArticleReason: text.trim() ? null : 'empty file',
  };
}
