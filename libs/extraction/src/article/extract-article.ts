import { selectAll, selectOne } from 'css-select';
import { IN_HEADING } from './blocks.js';
import { takeByline } from './byline.js';
import { findCanonicalUrl } from './canonical-url.js';
import { removeNonContent } from './clean-dom.js';
import { parseDateText, parseMachineDate } from './date-parse.js';
import {
  Element,
  attr,
  findFirst,
  isTag,
  normalizeSpace,
  parseHtml,
  textOf,
  type AnyNode,
  type Document,
} from './dom.js';
import { chooseLanguage } from './language.js';
import { findMainContent, takeLinesUnderImages, trimEdges, type MainContent } from './main-content.js';
import { classifyPage } from './page-kind.js';
import {
  firstMeta,
  jsonLdArticles,
  jsonLdString,
  jsonLdTypes,
  readPageMeta,
  type PageMeta,
} from './page-meta.js';
import { findPublishedAt } from './published-at.js';
import { chooseTitle } from './title.js';
import type { ArticleSelectors, ExtractedArticle, ExtractOptions } from './types.js';

/** Beyond this the page is cut: no article needs it, and parsing time stays bounded. */
const MAX_HTML_LENGTH = 8_000_000;
const LISTING_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|WebSite|SiteNavigationElement)$/;

function emptyResult(reason: string, partial: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    title: null,
    canonicalUrl: null,
    publishedAt: null,
    byline: null,
    language: null,
    text: '',
    captions: [],
    ...partial,
    isArticle: false,
    notArticleReason: reason,
  };
}

/**
 * Finds the article in an HTML page: main text without menus, related-news lists, comments and
 * share bars, plus title, canonical URL, publication time, byline, captions and language, and
 * whether the page is an article at all. Never throws: unusable input gives isArticle=false.
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  if (typeof html !== 'string' || html.trim() === '') return emptyResult('empty document');
  try {
    return extract(html, options);
  } catch (error) {
    return emptyResult(`extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function extract(input: string, options: ExtractOptions): ExtractedArticle {
  const cut = input.length > MAX_HTML_LENGTH ? input.slice(0, MAX_HTML_LENGTH) : input;
  const html = cut.includes('\0') ? cut.replace(/\0/g, '') : cut;
  const doc = parseHtml(html);
  const meta = readPageMeta(doc);
  const selected = applySelectors(doc, options.selectors);
  removeNonContent(doc);
  const body = bodyOf(doc);
  const main = findMainContent(body, selected.body);

  const language = chooseLanguage(
    meta.htmlLang,
    firstMeta(meta, 'og:locale'),
    main.paragraphs.map((p) => p.text).join('\n') || meta.titleTag || '',
  );
  // Author lines and plain caption lines under images are recognised by Vietnamese conventions only;
  // elsewhere such short lines stay text.
  const vi = language === 'vi';
  const underImages = vi ? takeLinesUnderImages(main.paragraphs, main.captions) : main;
  const { paragraphs, byline } = vi
    ? takeByline(underImages.paragraphs)
    : { paragraphs: underImages.paragraphs, byline: null };
  let kept = trimEdges(paragraphs);

  const siteName =
    firstMeta(meta, 'og:site_name', 'application-name', 'al:android:app_name') ?? publisherName(meta) ?? null;
  const host = hostOf(options.url) ?? hostOf(meta.canonical ?? undefined);
  const articleNodes = jsonLdArticles(meta);
  const metaTitles = [
    firstMeta(meta, 'og:title', 'twitter:title', 'dc.title', 'headline'),
    articleNodes.map((n) => jsonLdString(n, 'headline')).find((h) => !!h) ?? null,
  ].filter((t): t is string => !!t);
  const title =
    selected.title ??
    chooseTitle({ metaTitles, titleTag: meta.titleTag, headings: headingsNear(main), siteName, host });

  // The headline often sits inside the chosen container; it is the title, not body text, unless it is
  // all the text there is (a brief whose one sentence is also its headline).
  if (title) {
    const folded = title.toLowerCase();
    const at = kept.slice(0, 3).findIndex((p) => p.text.toLowerCase() === folded);
    if (at >= 0 && kept.length > 1) kept = trimEdges(kept.slice(at + 1));
  }
  const text = kept
    .map((p) => p.text)
    .join('\n\n')
    .normalize('NFC');

  const publishedAt =
    selected.date ??
    findPublishedAt(
      meta,
      { blocks: main.blocks, start: main.start, end: main.end, teaser: main.teaser },
      timesNear(meta, main.container),
    );
  const canonicalUrl = findCanonicalUrl(meta, options.url);

  const kind = classifyPage({
    text,
    proseParagraphs: kept.filter((p) => p.prose).length,
    teaserItems: main.teaserItems,
    teaserLen: main.teaserLen,
    headlineLinks: countHeadlineLinks(main),
    title: title ?? meta.titleTag,
    url: canonicalUrl,
    ogType: firstMeta(meta, 'og:type')?.toLowerCase() ?? null,
    articleJsonLd: articleNodes.length > 0,
    listingJsonLd:
      articleNodes.length === 0 && meta.jsonLd.some((n) => jsonLdTypes(n).some((t) => LISTING_TYPES.test(t))),
    dated: publishedAt !== null,
    headlineAtBody: title !== null && headlineAtBody(main, title),
  });

  return {
    title: title ? title.normalize('NFC') : null,
    canonicalUrl,
    publishedAt,
    byline: byline ? byline.normalize('NFC') : null,
    language,
    text,
    captions: underImages.captions.map((c) => c.text.normalize('NFC')),
    isArticle: kind.isArticle,
    notArticleReason: kind.reason,
  };
}

function bodyOf(doc: Document): Element {
  const body = findFirst(doc, (el) => el.name === 'body');
  if (body) return body;
  // A fragment without <body>: wrap the top-level nodes so scoring has one root.
  const wrapper = new Element('body', {}, [...doc.children]);
  for (const child of wrapper.children) child.parent = wrapper;
  return wrapper;
}

interface Selected {
  title: string | null;
  date: string | null;
  body: Element[] | undefined;
}

/** Source-definition selectors; an invalid or unmatched selector falls back to the generic rule. */
function applySelectors(doc: Document, selectors: ArticleSelectors | undefined): Selected {
  const out: Selected = { title: null, date: null, body: undefined };
  if (!selectors) return out;
  const one = (q: string | undefined): Element | null => {
    if (!q) return null;
    try {
      return selectOne<AnyNode, Element>(q, doc);
    } catch {
      return null;
    }
  };
  const titleEl = one(selectors.title);
  if (titleEl) out.title = normalizeSpace(textOf(titleEl)) || null;
  const dateEl = one(selectors.date);
  if (dateEl) {
    const machine = attr(dateEl, 'datetime') || attr(dateEl, 'content');
    out.date = parseMachineDate(machine) ?? parseDateText(normalizeSpace(textOf(dateEl)));
  }
  if (selectors.body) {
    try {
      const els = selectAll<AnyNode, Element>(selectors.body, doc);
      if (els.length > 0) out.body = els;
    } catch {
      // invalid selector: generic extraction
    }
  }
  return out;
}

function publisherName(meta: PageMeta): string | null {
  for (const node of jsonLdArticles(meta)) {
    const pub = node.publisher;
    if (pub && typeof pub === 'object' && !Array.isArray(pub)) {
      const name = (pub as Record<string, unknown>).name;
      if (typeof name === 'string' && name.trim()) return name.trim();
    }
  }
  return null;
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const TITLE_CLASS = /title|headline|tieu-?de|tieude|heading/i;

/**
 * Headline candidates: h1 texts, nearest to the chosen container first, then headings and
 * "title"-classed lines just before it (portals often print the headline in a <div class="title">).
 */
function headingsNear(main: MainContent): string[] {
  const found: Array<{ text: string; distance: number }> = [];
  const near: string[] = [];
  for (let i = 0; i < main.blocks.length; i++) {
    const b = main.blocks[i];
    const distance = i < main.start ? main.start - i : i >= main.end ? i - main.end + 1 : 0;
    if (b.flags & IN_HEADING && b.owner.name === 'h1') found.push({ text: b.text, distance });
    else if (
      i >= main.start - 10 &&
      i < main.start + 3 &&
      !main.teaser[i] &&
      b.text.length <= 300 &&
      (b.flags & IN_HEADING || TITLE_CLASS.test(b.owner.attribs.class ?? ''))
    ) {
      near.push(b.text);
    }
  }
  found.sort((a, b) => a.distance - b.distance);
  return [...found.map((f) => f.text), ...near];
}

/** <time datetime> values inside the article container or its close ancestors (the article header). */
function timesNear(meta: PageMeta, container: Element | null): string[] {
  if (!container) return [];
  let scope: Element = container;
  for (let i = 0; i < 2 && scope.parent && isTag(scope.parent); i++) scope = scope.parent;
  const out: string[] = [];
  for (const el of meta.timeElements) {
    for (let p: Element | null = el; p; p = p.parent && isTag(p.parent) ? p.parent : null) {
      if (p === scope) {
        out.push(attr(el, 'datetime'));
        break;
      }
    }
  }
  return out;
}

/** Blocks before the body that may still be its headline: date, share and author lines stand between. */
const HEADLINE_LOOKBACK = 12;

/** The headline is printed as a heading or title line right above (or at the top of) the body. */
function headlineAtBody(main: MainContent, title: string): boolean {
  const folded = normalizeSpace(title).toLowerCase();
  const from = Math.max(0, main.start - HEADLINE_LOOKBACK);
  for (let i = from; i < Math.min(main.blocks.length, main.start + 2); i++) {
    const b = main.blocks[i];
    if (main.teaser[i] || b.linkLen > b.text.length / 2) continue;
    const heading = (b.flags & IN_HEADING) !== 0 || TITLE_CLASS.test(b.owner.attribs.class ?? '');
    if (heading && b.text.toLowerCase() === folded) return true;
  }
  return false;
}

function countHeadlineLinks(main: MainContent): number {
  let n = 0;
  for (const b of main.blocks) if (b.text.length >= 15 && b.linkLen >= 0.8 * b.text.length) n++;
  return n;
}
