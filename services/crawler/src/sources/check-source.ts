import { isIP } from 'node:net';
import { compile as compileCss } from 'css-select';
import { isBlockedAddress } from '../fetching/address-guard.js';
import { isAllowedHost } from '../urls/allowed-host.js';
import { parseDurationSeconds } from './duration.js';
import type { SourceIssue } from './source-error.js';
import type { SourceFile } from './source-schema.js';

/** Crawling more often than this only loads the site; feeds rarely change faster. */
export const MIN_CADENCE_SECONDS = 10;

/**
 * Checks JSON Schema cannot express: regexes and CSS selectors compile, URLs are absolute
 * http(s) on an allowed host, private addresses only where the file allows them, there is something
 * to discover, the cadence is sensible.
 * Runs only on files that already have the right shape.
 */
export function checkSource(file: SourceFile): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const { discovery } = file;

  const privateAllowed = file.allowPrivateAddresses === true;
  const checkUrl = (url: string, path: Array<string | number>) => {
    const problem = urlProblem(url, file.allowedHosts, privateAllowed);
    if (problem !== null) issues.push({ path, message: problem });
  };
  const checkPattern = (pattern: string | undefined, path: Array<string | number>) => {
    const problem = pattern === undefined ? null : regexProblem(pattern);
    if (problem !== null) issues.push({ path, message: problem });
  };

  file.allowedHosts.forEach((entry, i) => {
    const host = entry.trim().replace(/^\*?\./, '');
    if (!privateAllowed && isPrivateHost(host)) {
      issues.push({ path: ['allowedHosts', i], message: privateProblem(host) });
    }
  });
  discovery.feeds?.forEach((url, i) => checkUrl(url, ['discovery', 'feeds', i]));
  discovery.sitemaps?.forEach((url, i) => checkUrl(url, ['discovery', 'sitemaps', i]));
  discovery.listings?.forEach((listing, i) => {
    checkUrl(listing.url, ['discovery', 'listings', i, 'url']);
    checkPattern(listing.linkPattern, ['discovery', 'listings', i, 'linkPattern']);
    checkPattern(listing.paginationPattern, ['discovery', 'listings', i, 'paginationPattern']);
  });
  const discoveryCount =
    (discovery.feeds?.length ?? 0) + (discovery.sitemaps?.length ?? 0) + (discovery.listings?.length ?? 0);
  if (discoveryCount === 0) {
    issues.push({ path: ['discovery'], message: 'must list at least one feed, sitemap or listing' });
  }

  file.articleUrls?.include?.forEach((pattern, i) => checkPattern(pattern, ['articleUrls', 'include', i]));
  file.articleUrls?.exclude?.forEach((pattern, i) => checkPattern(pattern, ['articleUrls', 'exclude', i]));

  for (const [name, selector] of Object.entries(file.selectors ?? {})) {
    const problem = selector === undefined ? null : cssProblem(selector);
    if (problem !== null) issues.push({ path: ['selectors', name], message: problem });
  }

  const cadence = parseDurationSeconds(file.cadence);
  if (cadence === null || cadence < MIN_CADENCE_SECONDS) {
    issues.push({ path: ['cadence'], message: `must be at least ${MIN_CADENCE_SECONDS} seconds` });
  }
  return issues;
}

/** Loopback, private and special-purpose addresses, written as an IP or as localhost. */
function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isIP(host) !== 0 && isBlockedAddress(host);
}

function privateProblem(host: string): string {
  return `is on ${host}, a private or special-purpose address; only a local test site may use one, with allowPrivateAddresses: true`;
}

function urlProblem(text: string, allowedHosts: readonly string[], privateAllowed: boolean): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not an absolute URL (it needs http:// or https:// and a host)';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http:// or https://';
  if (!isAllowedHost(url, allowedHosts)) {
    return `is on host "${url.hostname}", which allowedHosts does not cover`;
  }
  if (!privateAllowed && isPrivateHost(url.hostname)) return privateProblem(url.hostname);
  return null;
}

function regexProblem(pattern: string): string | null {
  try {
    new RegExp(pattern);
    return null;
  } catch (error) {
    const detail = (error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /s, '');
    return `is not a valid regular expression: ${detail}`;
  }
}

function cssProblem(selector: string): string | null {
  try {
    compileCss(selector);
    return null;
  } catch (error) {
    return `is not a valid CSS selector: ${(error as Error).message}`;
  }
}
