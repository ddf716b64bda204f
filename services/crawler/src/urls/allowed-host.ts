import { domainToASCII } from 'node:url';

/**
 * Whether a URL's host is covered by a source's `allowedHosts`.
 *
 * Entry forms (compared case-insensitively, Unicode names in their punycode form, ports ignored):
 * - `baochinhphu.vn`: exactly that host, not `www.baochinhphu.vn`;
 * - `*.baochinhphu.vn`: any subdomain (`www.`, `en.`, `a.b.`), but not `baochinhphu.vn` itself;
 * - `.baochinhphu.vn`: the host itself and any subdomain.
 * Unparsable URLs are never allowed.
 */
export function isAllowedHost(url: string | URL, allowedHosts: readonly string[]): boolean {
  let hostname: string;
  try {
    hostname = typeof url === 'string' ? new URL(url).hostname : url.hostname;
  } catch {
    return false;
  }
  const host = normalizeHost(hostname);
  if (host === '') return false;
  return allowedHosts.some((entry) => hostMatchesEntry(host, entry));
}

/** Hosts come from a few sources, yet are checked for every URL; domainToASCII is costly enough to remember. */
const normalized = new Map<string, string>();
const MAX_REMEMBERED = 1000;

/** Lower-case, punycode, no trailing dot, IPv6 without brackets. */
export function normalizeHost(hostname: string): string {
  let host = normalized.get(hostname);
  if (host === undefined) {
    if (normalized.size >= MAX_REMEMBERED) normalized.clear();
    host = normalizeUncached(hostname);
    normalized.set(hostname, host);
  }
  return host;
}

function normalizeUncached(hostname: string): string {
  let host = hostname.trim().toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) return host.slice(1, -1);
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host.includes(':') ? host : domainToASCII(host);
}

function hostMatchesEntry(host: string, entry: string): boolean {
  const trimmed = entry.trim();
  if (trimmed.startsWith('*.')) {
    const suffix = `.${normalizeHost(trimmed.slice(2))}`;
    return suffix.length > 1 && host.endsWith(suffix) && host.length > suffix.length;
  }
  if (trimmed.startsWith('.')) {
    const base = normalizeHost(trimmed.slice(1));
    return base !== '' && (host === base || host.endsWith(`.${base}`));
  }
  return host === normalizeHost(trimmed);
}
