export { charsetFromContentType, decodeHtml, normalizeCharset, sniffMetaCharset } from './decode-html.js';
export type { DecodedHtml } from './decode-html.js';
