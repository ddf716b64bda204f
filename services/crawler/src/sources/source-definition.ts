import type { SourceFile } from './source-schema.js';
import { parseDurationSeconds } from './duration.js';

/** A source with every default applied: what the crawler works from. */
export interface SourceDefinition {
  id: string;
  name: string;
  enabled: boolean;
  /** Lower-cased entries; see urls/allowed-host.ts for the `*.` and `.` forms. */
  allowedHosts: string[];
  allowPrivateAddresses: boolean;
  discovery: {
    feeds: string[];
    sitemaps: string[];
    listings: ListingDefinition[];
  };
  /** Regular expressions tested against canonical article URLs (unanchored, case-sensitive). */
  articleUrls: { include: string[]; exclude: string[] };
  /** CSS selectors handed to the parser. */
  selectors: { title?: string; body?: string; date?: string };
  cadenceSeconds: number;
  rateLimit: { requestsPerSecond: number; concurrency: number };
  userAgent: string;
  robots: boolean;
}

export interface ListingDefinition {
  url: string;
  /** Links on the page whose absolute URL matches this are article candidates. */
  linkPattern: string;
  /** Links whose absolute URL matches this are further pages of the listing; absent: one page only. */
  paginationPattern?: string;
  maxPages: number;
}

export const DEFAULT_USER_AGENT = 'hoinghi-crawler/0.1';

export const SOURCE_DEFAULTS = {
  enabled: true,
  allowPrivateAddresses: false,
  robots: true,
  userAgent: DEFAULT_USER_AGENT,
  maxPages: 5,
  // One request a second, two in flight: polite for news and government sites.
  rateLimit: { requestsPerSecond: 1, concurrency: 2 },
} as const;

/** Applies defaults to a file that already passed schema and semantic checks. */
export function resolveSource(file: SourceFile): SourceDefinition {
  const cadenceSeconds = parseDurationSeconds(file.cadence);
  if (cadenceSeconds === null) throw new Error(`unchecked cadence ${JSON.stringify(file.cadence)}`);
  return {
    id: file.id,
    name: file.name.trim(),
    enabled: file.enabled ?? SOURCE_DEFAULTS.enabled,
    allowedHosts: file.allowedHosts.map((host) => host.trim().toLowerCase()),
    allowPrivateAddresses: file.allowPrivateAddresses ?? SOURCE_DEFAULTS.allowPrivateAddresses,
    discovery: {
      feeds: file.discovery.feeds ?? [],
      sitemaps: file.discovery.sitemaps ?? [],
      listings: (file.discovery.listings ?? []).map((listing) => ({
        url: listing.url,
        linkPattern: listing.linkPattern,
        ...(listing.paginationPattern === undefined ? {} : { paginationPattern: listing.paginationPattern }),
        maxPages: listing.maxPages ?? SOURCE_DEFAULTS.maxPages,
      })),
    },
    articleUrls: { include: file.articleUrls?.include ?? [], exclude: file.articleUrls?.exclude ?? [] },
    selectors: { ...file.selectors },
    cadenceSeconds,
    rateLimit: {
      requestsPerSecond: file.rateLimit?.requestsPerSecond ?? SOURCE_DEFAULTS.rateLimit.requestsPerSecond,
      concurrency: file.rateLimit?.concurrency ?? SOURCE_DEFAULTS.rateLimit.concurrency,
    },
    userAgent: file.userAgent?.trim() ?? SOURCE_DEFAULTS.userAgent,
    robots: file.robots ?? SOURCE_DEFAULTS.robots,
  };
}
