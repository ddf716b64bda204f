import { resolveHttpUrl } from '../urls/resolve-url.js';
import { DiscoveryParseError } from './parse-error.js';
import { parseFeedDate } from './parse-date.js';
import { asArray, parseXml, rootElement, textOf, type XmlNode } from './xml.js';

export interface SitemapEntry {
  /** Absolute URL of an article (urlset) or of a child sitemap (index). */
  loc: string;
  /** ISO-8601. */
  lastmod?: string;
  /** ISO-8601, from a Google News sitemap's `<news:publication_date>`. */
  newsPublicationDate?: string;
  newsTitle?: string;
}

export interface ParsedSitemap {
  kind: 'index' | 'urlset';
  urls: SitemapEntry[];
}

/**
 * Entries of a sitemap index, a regular sitemap or a Google News sitemap. Takes text: a gzip'd
 * sitemap (`.xml.gz`) must be gunzipped by the caller (fetching/response-text.ts does), because
 * decoding bytes to text is the fetch layer's job. Entries without a usable `<loc>` are skipped.
 * Throws DiscoveryParseError for malformed XML or a document that is not a sitemap.
 */
export function parseSitemap(xml: string, baseUrl: string): ParsedSitemap {
  const [root, content] = rootElement(parseXml(xml));
  if (root === 'sitemapindex') return { kind: 'index', urls: entries(asArray(content.sitemap), baseUrl) };
  if (root === 'urlset') return { kind: 'urlset', urls: entries(asArray(content.url), baseUrl) };
  throw new DiscoveryParseError(`not a sitemap (root element <${root}>)`);
}

function entries(nodes: unknown[], baseUrl: string): SitemapEntry[] {
  const result: SitemapEntry[] = [];
  for (const node of nodes) {
    if (node === null || typeof node !== 'object') continue;
    const entry = node as XmlNode;
    const text = textOf(entry.loc);
    const loc = text === undefined ? null : resolveHttpUrl(text, baseUrl);
    if (loc === null) continue;
    const lastmod = parseFeedDate(textOf(entry.lastmod));
    const news = asArray(entry.news)[0] as XmlNode | undefined;
    const newsPublicationDate = parseFeedDate(textOf(news?.publication_date));
    const newsTitle = textOf(news?.title);
    result.push({
      loc,
      ...(lastmod === undefined ? {} : { lastmod }),
      ...(newsPublicationDate === undefined ? {} : { newsPublicationDate }),
      ...(newsTitle === undefined ? {} : { newsTitle }),
    });
  }
  return result;
}
