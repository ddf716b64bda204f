import type { FetchText } from '../discovery/discover-articles.js';
import type { PageLink } from '../discovery/page-links.js';
import type { RobotsCache } from '../fetching/index.js';
import type { SourceDefinition } from '../sources/source-definition.js';
import type { UrlEvidence } from './url-evidence.js';

/** What the exploration's parts (finding channels, reading menus and listings) read the site through. */
export interface SiteReader {
  readonly evidence: UrlEvidence;
  readonly robots: RobotsCache;
  /** Discovery's view of the fetcher, within the exploration's budget. */
  fetchText: FetchText;
  /** An HTML page, its links recorded; null when it is none, is disallowed, or the budget is spent. */
  readHtml(url: string, role?: string): Promise<HtmlPage | null>;
  /** On one of the site's hosts. */
  onSite(url: string): boolean;
  /** A source that takes every URL on the site, to see everything a channel lists. */
  everyUrl(discovery: Partial<SourceDefinition['discovery']>): SourceDefinition;
  progress(line: string): void;
}

export interface HtmlPage {
  url: string;
  html: string;
  links: PageLink[];
  headLinks: Array<PageLink & { type: string }>;
  title: string;
}

export interface FeedFound {
  url: string;
  via: 'home page' | 'feed index page' | 'common path';
  items: string[];
  error?: string;
}

export interface SitemapFound {
  url: string;
  via: 'robots.txt' | 'home page' | 'common path';
  files: string[];
  urls: string[];
  news: boolean;
  error?: string;
}
