import { resolveHttpUrl } from '../urls/resolve-url.js';
import { DiscoveryParseError } from './parse-error.js';
import { parseFeedDate } from './parse-date.js';
import { asArray, parseXml, rootElement, textOf, type XmlNode } from './xml.js';

export interface FeedItem {
  /** Absolute URL, resolved against the feed URL; not yet canonicalised or filtered. */
  url: string;
  /** ISO-8601, from `pubDate`, `dc:date`, Atom `published` or `updated`. */
  publishedAt?: string;
  title?: string;
}

/**
 * Article links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. An item's URL is its `<link>`, or its
 * `<guid>` when that is a permalink (the RSS default unless `isPermaLink="false"`), resolved against
 * the feed's address or its `xml:base`. Items with no usable URL are skipped. Throws DiscoveryParseError for malformed XML or a non-feed document.
 */
export function parseFeed(xml: string, baseUrl: string): FeedItem[] {
  const [root, content] = rootElement(parseXml(xml));
  switch (root) {
    case 'rss':
      return items(asArray((content.channel as XmlNode | undefined)?.item), baseUrl, rssItem);
    case 'RDF':
      return items(asArray(content.item), baseUrl, rssItem);
    case 'feed':
      return items(asArray(content.entry), xmlBase(content, baseUrl), atomEntry);
    default:
      throw new DiscoveryParseError(`not an RSS or Atom feed (root element <${root}>)`);
  }
}

type ItemReader = (item: XmlNode) => { link?: string; date?: string; title?: string };

function items(nodes: unknown[], baseUrl: string, read: ItemReader): FeedItem[] {
  const result: FeedItem[] = [];
  for (const node of nodes) {
    if (node === null || typeof node !== 'object') continue;
    const { link, date, title } = read(node as XmlNode);
    const url = link === undefined ? null : resolveHttpUrl(link, xmlBase(node as XmlNode, baseUrl));
    if (url === null) continue;
    const publishedAt = parseFeedDate(date);
    result.push({
      url,
      ...(publishedAt === undefined ? {} : { publishedAt }),
      ...(title === undefined ? {} : { title }),
    });
  }
  return result;
}

/** Atom's relative links resolve against `xml:base` where an element sets one (RFC 4287 §2). */
function xmlBase(node: XmlNode, baseUrl: string): string {
  const base = node['@_base'];
  return typeof base === 'string' ? (resolveHttpUrl(base, baseUrl) ?? baseUrl) : baseUrl;
}

function rssItem(item: XmlNode): { link?: string; date?: string; title?: string } {
  // `<atom:link>` elements share the name `link` once prefixes are dropped; they have no text, so textOf skips them.
  const link =
    asArray(item.link)
      .map(textOf)
      .find((text) => text !== undefined) ?? permalinkGuid(item.guid);
  return { link, date: textOf(item.pubDate) ?? textOf(item.date), title: textOf(item.title) };
}

function atomEntry(entry: XmlNode): { link?: string; date?: string; title?: string } {
  const links = asArray(entry.link).filter(
    (link): link is XmlNode => link !== null && typeof link === 'object',
  );
  const alternate = links.find((link) => (link['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return {
    link: alternate === undefined ? undefined : hrefOf(alternate),
    date: textOf(entry.published) ?? textOf(entry.updated) ?? textOf(entry.issued),
    title: textOf(entry.title),
  };
}

function hrefOf(link: unknown): string | undefined {
  if (link === null || typeof link !== 'object') return undefined;
  const href = (link as XmlNode)['@_href'];
  return typeof href === 'string' && href.trim() !== '' ? href.trim() : undefined;
}

function permalinkGuid(guid: unknown): string | undefined {
  const isPermaLink =
    guid !== null && typeof guid === 'object' ? (guid as XmlNode)['@_isPermaLink'] !== 'false' : true;
  const text = textOf(guid);
  return isPermaLink && text !== undefined && /^https?:\/\//i.test(text) ? text : undefined;
}
