import { selectAll } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { ListingDefinition } from '../sources/source-definition.js';
import { canonicalizeUrl } from '../urls/canonicalize-url.js';
import { compilePattern } from './compile-pattern.js';
import { DiscoveryParseError } from './parse-error.js';

export interface ParsedListing {
  /** Canonical URLs matching `linkPattern`, de-duplicated, in page order. */
  articleLinks: string[];
  /** Canonical URL of the next page to read, if any. */
  nextPage?: string;
}

/**
 * Article links and the next page of a listing (category) page.
 *
 * Pagination is a regex, like `linkPattern`: links whose canonical URL matches
 * `paginationPattern` are pages of this listing. The next page is the first such link that is
 * neither this page nor in `visitedPages`, looking at `rel="next"` links first and then at every
 * link in page order. That follows "Trang sau" / "»" buttons and numbered pagers alike
 * (from page 2 the link to page 1 is visited, so page 3 comes next) without per-site CSS.
 * Throws DiscoveryParseError when the body is not an HTML page.
 */
export function parseListing(
  html: string,
  pageUrl: string,
  listing: Pick<ListingDefinition, 'linkPattern' | 'paginationPattern'>,
  visitedPages: ReadonlySet<string> = new Set(),
): ParsedListing {
  if (!/<[a-z!]/i.test(html)) throw new DiscoveryParseError('the page is not HTML');
  const document = parseDocument(html);
  const base = baseUrlOf(document, pageUrl);
  const hrefsOf = (selector: string) =>
    selectAll<AnyNode, Element>(selector, document)
      .map((element) => getAttributeValue(element, 'href'))
      .filter((href): href is string => href !== undefined)
      .map((href) => canonicalizeUrl(href, base))
      .filter((url): url is string => url !== null);

  const links = hrefsOf('a[href], area[href]');
  const linkPattern = compilePattern(listing.linkPattern);
  const articleLinks = [...new Set(links.filter((url) => linkPattern.test(url)))];

  if (listing.paginationPattern === undefined) return { articleLinks };
  const paginationPattern = compilePattern(listing.paginationPattern);
  const current = canonicalizeUrl(pageUrl);
  const nextPage = [...hrefsOf('link[rel~="next"][href], a[rel~="next"][href]'), ...links].find(
    (url) => paginationPattern.test(url) && url !== current && !visitedPages.has(url),
  );
  return nextPage === undefined ? { articleLinks } : { articleLinks, nextPage };
}

/** `<base href>` changes how relative links resolve; CMS templates do use it. */
function baseUrlOf(document: Document, pageUrl: string): string {
  const href = selectAll<AnyNode, Element>('base[href]', document)
    .map((element) => getAttributeValue(element, 'href'))
    .find((value) => value !== undefined);
  if (href === undefined) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}
