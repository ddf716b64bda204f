/** Source-definition CSS selectors; each one, when given and matching, overrides the generic rule. */
export interface ArticleSelectors {
  title?: string;
  body?: string;
  date?: string;
}

export interface ExtractOptions {
  /** URL the page was fetched from: base for relative URLs and fallback canonical URL. */
  url?: string;
  selectors?: ArticleSelectors;
}

export interface ExtractedArticle {
  /** Headline without the site-name suffix. */
  title: string | null;
  /** Absolute canonical URL: <link rel=canonical>, og:url, else options.url. */
  canonicalUrl: string | null;
  /** ISO 8601 with offset; a date without time is midnight Vietnam time, a month alone is "YYYY-MM". */
  publishedAt: string | null;
  /** Trailing author line, kept out of text. */
  byline: string | null;
  language: string | null;
  /** Main text, paragraphs separated by a blank line, NFC. */
  text: string;
  /** Image captions, kept out of text. */
  captions: string[];
  isArticle: boolean;
  notArticleReason: string | null;
}
