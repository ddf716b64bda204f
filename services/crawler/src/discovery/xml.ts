import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DiscoveryParseError } from './parse-error.js';

// Namespace prefixes are dropped (`news:title` → `title`, `dc:date` → `date`): feeds use
// whatever prefix they like for the same namespace, and the element names we read are distinct.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'url', 'sitemap'].includes(name),
});

export type XmlNode = Record<string, unknown>;

/** Parses well-formed XML into plain objects; throws DiscoveryParseError with the line of the first fault. */
export function parseXml(xml: string): XmlNode {
  // A BOM or blank lines before `<?xml` are common on Vietnamese CMSs and harmless.
  const text = xml.replace(/^\uFEFF?\s+/, '').replace(/^\uFEFF/, '');
  if (text === '') throw new DiscoveryParseError('the document is empty');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new DiscoveryParseError(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  }
  return parser.parse(text) as XmlNode;
}

/** The root element's name and content, skipping the `<?xml ?>` declaration and processing instructions. */
export function rootElement(document: XmlNode): [string, XmlNode] {
  const name = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  if (name === undefined) throw new DiscoveryParseError('the document has no root element');
  const content = document[name];
  return [name, content !== null && typeof content === 'object' ? (content as XmlNode) : {}];
}

/** Text content of an element that may be plain text or carry attributes. */
export function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node.trim() === '' ? undefined : node.trim();
  if (Array.isArray(node)) return textOf(node[0]);
  if (node !== null && typeof node === 'object') return textOf((node as XmlNode)['#text']);
  return undefined;
}

export function asArray(node: unknown): unknown[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}
