export { extractArticle } from './extract-article.js';
export { parseDateText, parseMachineDate } from './date-parse.js';
export { isBylineLine } from './byline.js';
export { stripSiteName } from './title.js';
export type { ArticleSelectors, ExtractedArticle, ExtractOptions } from './types.js';
