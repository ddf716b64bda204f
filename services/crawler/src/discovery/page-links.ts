import { selectAll } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { canonicalizeUrl } from '../urls/canonicalize-url.js';
import { DiscoveryParseError } from './parse-error.js';

export interface PageLink {
  /** Canonical absolute URL. */
  url: string;
  /** The link's text, whitespace collapsed; its title attribute when it has no text. */
  text: string;
  /** Lower-cased tokens of its rel attribute. */
  rel: string[];
}

export interface PageLinks {
  /** `<a href>` and `<area href>`, in page order. */
  links: PageLink[];
  /** `<link href>` elements (feeds, rel="next", canonical), in page order. */
  headLinks: Array<PageLink & { type: string }>;
  /** The text of `<title>`, whitespace collapsed. */
  title: string;
}

/**
 * The links of an HTML page, resolved against its `<base href>` and canonicalized. Throws
 * DiscoveryParseError when the body is not an HTML page.
 */
export function readPageLinks(html: string, pageUrl: string): PageLinks {
  if (!/<[a-z!]/i.test(html)) throw new DiscoveryParseError('the page is not HTML');
  const document = parseDocument(html);
  const base = baseUrlOf(document, pageUrl);
  const read = (element: Element): PageLink | null => {
    const href = getAttributeValue(element, 'href');
    const url = href === undefined ? null : canonicalizeUrl(href, base);
    if (url === null) return null;
    const text = textContent(element).replace(/\s+/g, ' ').trim();
    return {
      url,
      text: text || (getAttributeValue(element, 'title') ?? '').trim(),
      rel: (getAttributeValue(element, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    };
  };
  const links = selectAll<AnyNode, Element>('a[href], area[href]', document)
    .map(read)
    .filter((link): link is PageLink => link !== null);
  const headLinks = selectAll<AnyNode, Element>('link[href]', document).flatMap((element) => {
    const link = read(element);
    return link === null ? [] : [{ ...link, type: (getAttributeValue(element, 'type') ?? '').toLowerCase() }];
  });
  const titleElement = selectAll<AnyNode, Element>('title', document)[0];
  const title = titleElement ? textContent(titleElement).replace(/\s+/g, ' ').trim() : '';
  return { links, headLinks, title };
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
