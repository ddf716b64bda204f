/**
 * The extraction engine: bytes of a page → decoded HTML → article → "does it report a conference?" →
 * the conference's facts, each with the text span it came from. Plain functions, no I/O.
 */
export { decodeHtml } from './charset/index.js';
export {
  extractArticle,
  isBylineLine,
  parseDateText,
  parseMachineDate,
  stripSiteName,
  type ArticleSelectors,
  type ExtractedArticle,
  type ExtractOptions,
} from './article/index.js';
export {
  extractConference,
  toScoringView,
  type ArticleInput,
  type ConferenceExtraction,
  type ScoringView,
} from './conference/index.js';
export { parsePage, parsedEventId, type ParsedPage } from './parse-page/parse-page.js';
export { EXTRACTION_VERSION } from './extraction-version.js';
