import type { ListingDefinition } from '../sources/source-definition.js';
import { canonicalizeUrl } from '../urls/canonicalize-url.js';
import { compilePattern } from './compile-pattern.js';
import { readPageLinks } from './page-links.js';

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
  const { links, headLinks } = readPageLinks(html, pageUrl);
  const linkPattern = compilePattern(listing.linkPattern);
  const articleLinks = [...new Set(links.map((link) => link.url).filter((url) => linkPattern.test(url)))];
  if (listing.paginationPattern === undefined) return { articleLinks };
  const paginationPattern = compilePattern(listing.paginationPattern);
  const current = canonicalizeUrl(pageUrl);
  const relNext = [...headLinks, ...links].filter((link) => link.rel.includes('next'));
  const nextPage = [...relNext, ...links]
    .map((link) => link.url)
    .find((url) => paginationPattern.test(url) && url !== current && !visitedPages.has(url));
  return nextPage === undefined ? { articleLinks } : { articleLinks, nextPage };
}
