import { urlShape, type UrlShape } from './url-shape.js';
import { NAME_WORDS, wordCount } from './words.js';

/** Where a URL was seen, besides links on pages. */
export type ChannelKind = 'feed' | 'news-sitemap' | 'sitemap';

/** What a fetched page turned out to be, and why that is believed. */
export interface PageLabel {
  article: boolean;
  reason: string;
  /**
   * A doubt rather than a verdict: only the parser's length and layout rules say no on a dated page
   * (a short news brief reads like that), or no date was found on an article-like page outside the
   * menus. Within a template of articles it is not held against the pattern.
   */
  weak?: boolean;
}

/** What the parser made of a fetched page. */
export interface PageReading {
  isArticle: boolean;
  dated: boolean;
  title: string | null;
}

export interface UrlFacts {
  url: string;
  shape: UrlShape;
  /** Words of the longest link text pointing here: headlines are long, menu entries short. */
  anchorWords: number;
  /** Fetched pages that link here. */
  linkedFrom: Set<string>;
  channels: Set<ChannelKind>;
  /** What the page is known to be from how the site uses it: "home page", "listing page". */
  role?: string;
  reading?: PageReading;
  /** robots.txt keeps the crawler from this page. */
  disallowed?: boolean;
  /** Read as a sample of its template (unlike menu pages, which are no fair sample of theirs). */
  sampled?: boolean;
  /** The canonical URL a fetch of this one ended at, when another. */
  redirectsTo?: string;
  /** From role and reading, as of the last refreshLabels(). */
  label?: PageLabel;
  /** Linked from most pages read (menus, footer, "most read"), as of the last refreshLabels(). */
  furniture?: boolean;
}

/**
 * When most pages read as articles carry a publication date, an undated one is not an article but
 * a static page with prose (an "about" or privacy page). Needs a few readings to go by.
 */
const DATED_SHARE = 0.6;
const MIN_READINGS_FOR_DATES = 3;
/**
 * An undated page in the footer of every page is a static page where its template's articles are
 * all but always dated; where a template leaves more undated, it is one of those articles.
 */
const STRICTLY_DATED_SHARE = 0.9;
/** A link on at least this share of the pages read is furniture, once this many pages are read. */
const FURNITURE_SHARE = 0.5;
const FURNITURE_PAGES = 4;

/** The reason given to a page read as an article but without a date. */
export const UNDATED = 'no publication date';

/** Not pages at all: images, documents, scripts, feeds. */
const NOT_A_PAGE =
  /\.(?:jpe?g|png|gif|webp|svg|ico|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp[34]|avi|mov|flv|wmv|css|js|json|xml|rss|atom|txt|gz)$/i;

/** Everything learnt about the URLs of one site while exploring it. */
export class UrlEvidence {
  readonly facts = new Map<string, UrlFacts>();
  /** HTML pages fetched and read for their links. */
  readonly pagesRead = new Set<string>();

  /** The facts of a URL, created on first sight; null for what cannot be a page. */
  get(url: string): UrlFacts | null {
    let facts = this.facts.get(url);
    if (facts !== undefined) return facts;
    if (NOT_A_PAGE.test(new URL(url).pathname)) return null;
    const shape = urlShape(url);
    if (shape === null) return null;
    facts = { url, shape, anchorWords: 0, linkedFrom: new Set(), channels: new Set() };
    this.facts.set(url, facts);
    return facts;
  }

  addLink(from: string, url: string, text: string): void {
    const facts = this.get(url);
    if (facts === null) return;
    facts.linkedFrom.add(from);
    facts.anchorWords = Math.max(facts.anchorWords, wordCount(text));
  }

  addChannel(url: string, kind: ChannelKind, title?: string): void {
    const facts = this.get(url);
    if (facts === null) return;
    facts.channels.add(kind);
    if (title !== undefined) facts.anchorWords = Math.max(facts.anchorWords, wordCount(title));
  }

  setRole(url: string, role: string): void {
    const facts = this.get(url);
    if (facts !== null) facts.role = role;
  }

  setReading(url: string, reading: PageReading): void {
    const facts = this.get(url);
    if (facts !== null) facts.reading = reading;
  }

  setRedirect(url: string, target: string): void {
    const facts = this.get(url);
    if (facts !== null) facts.redirectsTo = target;
  }

  /**
   * The share of pages read as articles that are dated, of the whole site or of one template (by
   * its key); undefined with too few readings. Judged on the content, not the furniture, and on
   * pages under a headline, not a name (a section or tag page misread as an article).
   */
  datedShare(key?: string): number | undefined {
    const articles = [...this.facts.values()].filter(
      (f) =>
        (key === undefined || f.shape.key === key) &&
        !this.isFurniture(f) &&
        f.role === undefined &&
        f.reading?.isArticle &&
        wordCount(f.reading.title ?? '') > NAME_WORDS,
    );
    if (articles.length < MIN_READINGS_FOR_DATES) return undefined;
    return articles.filter((f) => f.reading!.dated).length / articles.length;
  }

  /** Labels every fetched URL from its role (which wins) or its reading. */
  refreshLabels(): void {
    // When the site dates its articles, pages without a date are in doubt.
    const dated = (this.datedShare() ?? 0) >= DATED_SHARE;
    const strictlyDated = new Map<string, boolean>();
    const strict = (key: string) => {
      if (!strictlyDated.has(key))
        strictlyDated.set(key, (this.datedShare(key) ?? 1) >= STRICTLY_DATED_SHARE);
      return strictlyDated.get(key)!;
    };
    for (const facts of this.facts.values()) {
      facts.furniture = this.isFurniture(facts);
      const target = facts.redirectsTo === undefined ? undefined : this.facts.get(facts.redirectsTo);
      if (facts.role !== undefined) facts.label = { article: false, reason: facts.role };
      // A second address of a page the site links or lists under its own: not a page of its own.
      else if (target !== undefined && (target.linkedFrom.size > 0 || target.channels.size > 0)) {
        facts.label = { article: false, reason: `redirects to ${target.url}` };
      } else if (facts.reading === undefined) delete facts.label;
      else if (!facts.reading.isArticle) {
        facts.label = {
          article: false,
          reason: 'the parser reads no article in it',
          ...(facts.reading.dated ? { weak: true } : {}),
        };
      } else if (dated && !facts.reading.dated) {
        // An undated page under a name, or in every footer where articles are dated, is a static
        // page; one linked from the content under a headline is likelier an article left undated.
        const fixture =
          wordCount(facts.reading.title ?? '') <= NAME_WORDS ||
          (this.isFurniture(facts) && strict(facts.shape.key));
        facts.label = { article: false, reason: UNDATED, ...(fixture ? {} : { weak: true }) };
      } else facts.label = { article: true, reason: 'the parser reads an article in it' };
    }
  }

  /** Linked from most pages read: a menu, footer or "most read" entry rather than content. */
  isFurniture(facts: UrlFacts): boolean {
    return (
      this.pagesRead.size >= FURNITURE_PAGES && facts.linkedFrom.size / this.pagesRead.size >= FURNITURE_SHARE
    );
  }
}
