import { allElements, attr, normalizeSpace, textOf, type Document, type Element } from './dom.js';

/** What the page says about itself in <head>, JSON-LD and microdata, read before cleaning. */
export interface PageMeta {
  htmlLang: string | null;
  /** Lower-cased meta name/property/itemprop → contents, in document order. */
  metas: Map<string, string[]>;
  titleTag: string | null;
  canonical: string | null;
  baseHref: string | null;
  /** JSON-LD nodes, flattened out of arrays and @graph. */
  jsonLd: JsonLdNode[];
  /** datetime/content of elements marked itemprop=datePublished or <time pubdate>. */
  microdataPublished: string[];
  /** <time datetime> elements in document order. */
  timeElements: Element[];
}

export type JsonLdNode = Record<string, unknown>;

export function readPageMeta(doc: Document): PageMeta {
  const metas = new Map<string, string[]>();
  const jsonLd: JsonLdNode[] = [];
  const microdataPublished: string[] = [];
  const timeElements: Element[] = [];
  let htmlLang: string | null = null;
  let titleTag: string | null = null;
  let canonical: string | null = null;
  let baseHref: string | null = null;

  for (const el of allElements(doc)) {
    switch (el.name) {
      case 'html':
        htmlLang ??= attr(el, 'lang') || attr(el, 'xml:lang') || null;
        break;
      case 'meta': {
        const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase().trim();
        const content = attr(el, 'content');
        if (key && content) {
          const list = metas.get(key);
          if (list) list.push(content);
          else metas.set(key, [content]);
        }
        if (attr(el, 'itemprop') === 'datePublished' && content) microdataPublished.push(content);
        break;
      }
      case 'title':
        titleTag ??= normalizeSpace(textOf(el)) || null;
        break;
      case 'link':
        if (/(^|\s)canonical(\s|$)/i.test(attr(el, 'rel')) && attr(el, 'href'))
          canonical ??= attr(el, 'href');
        break;
      case 'base':
        baseHref ??= attr(el, 'href') || null;
        break;
      case 'script':
        if (/ld\+json/i.test(attr(el, 'type'))) collectJsonLd(textOf(el), jsonLd);
        break;
      case 'time':
        if (attr(el, 'datetime')) {
          timeElements.push(el);
          if ('pubdate' in el.attribs || attr(el, 'itemprop') === 'datePublished')
            microdataPublished.push(attr(el, 'datetime'));
        }
        break;
      default:
        if (attr(el, 'itemprop') === 'datePublished') {
          const v = attr(el, 'datetime') || attr(el, 'content') || normalizeSpace(textOf(el));
          if (v) microdataPublished.push(v);
        }
    }
  }
  return { htmlLang, metas, titleTag, canonical, baseHref, jsonLd, microdataPublished, timeElements };
}

export function firstMeta(meta: PageMeta, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.metas.get(k);
    if (v) {
      for (const s of v) if (s.trim()) return s.trim();
    }
  }
  return null;
}

function collectJsonLd(raw: string, out: JsonLdNode[]): void {
  let data: unknown;
  const text = raw.trim().replace(/^<!--|-->$/g, '');
  try {
    data = JSON.parse(text);
  } catch {
    // CMSs often print raw newlines and tabs inside JSON strings; those are the usual breakage.
    try {
      // eslint-disable-next-line no-control-regex
      data = JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return;
    }
  }
  const stack: unknown[] = [data];
  let guard = 0;
  while (stack.length > 0 && guard++ < 1000) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const node = item as JsonLdNode;
      out.push(node);
      if (Array.isArray(node['@graph'])) stack.push(...(node['@graph'] as unknown[]));
    }
  }
}

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|ScholarlyArticle|TechArticle|Report|AdvertiserContentArticle|SatiricalArticle)$/;

export function jsonLdTypes(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** JSON-LD nodes describing an article (NewsArticle, BlogPosting...). */
export function jsonLdArticles(meta: PageMeta): JsonLdNode[] {
  return meta.jsonLd.filter((n) => jsonLdTypes(n).some((t) => ARTICLE_TYPES.test(t)));
}

export function jsonLdString(node: JsonLdNode, key: string): string | null {
  const v = node[key];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  if (typeof v === 'number') return String(v);
  return null;
}
