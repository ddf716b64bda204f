import type { ExtractedArticle } from '../article/index.js';

/**
 * Whether to look for a conference in what was read. Pages the article extractor judged by their
 * structure to be something else (listing, home or error page, binary) are skipped; "too little
 * text" or a search-like URL is not enough to skip, since a short report can sit in the headline.
 */
export function worthReading(
  article: Pick<ExtractedArticle, 'text' | 'title' | 'isArticle' | 'notArticleReason'>,
): boolean {
  if (!article.text.trim() && !article.title) return false;
  if (article.isArticle) return true;
  return !/^(?:listing|home page|error page|binary)/u.test(article.notArticleReason ?? '');
}
