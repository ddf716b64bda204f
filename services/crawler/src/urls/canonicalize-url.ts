import { isTrackingParam } from './tracking-params.js';

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * The one spelling of a URL used as an article's identity across feeds, sitemaps and listings.
 *
 * Lower-cases scheme and host, drops the default port, user info, fragment and tracking
 * parameters (see tracking-params.ts), sorts the remaining query parameters by name (stable, so
 * repeated names keep their order), decodes percent-escapes of unreserved characters and
 * upper-cases the rest, and drops an empty `?`. Scheme, `www.` and trailing slashes are kept:
 * sites are free to serve different pages there.
 *
 * Returns null for anything that is not an absolute (or `base`-resolvable) http(s) URL, so
 * callers can feed it raw `href`s (`javascript:`, `mailto:`, garbage) without try/catch.
 */
export function canonicalizeUrl(url: string | URL, base?: string | URL): string | null {
  let parsed: URL;
  try {
    parsed = new URL(typeof url === 'string' ? url.trim() : url.href, base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  // `example.vn.` and `example.vn` are the same host.
  if (parsed.hostname.endsWith('.') && parsed.hostname.length > 1) {
    parsed.hostname = parsed.hostname.slice(0, -1);
  }
  const path = normalizePercentEncoding(parsed.pathname);
  const query = canonicalQuery(parsed.search);
  return `${parsed.protocol}//${parsed.host}${path}${query === '' ? '' : `?${query}`}`;
}

/** RFC 3986 §6.2.2: `%7E` and `~` are the same character, `%c3` and `%C3` the same byte. */
export function normalizePercentEncoding(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_match, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function canonicalQuery(search: string): string {
  if (search.length <= 1) return '';
  const params = search
    .slice(1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      const rawName = eq === -1 ? part : part.slice(0, eq);
      return { name: decodeQueryComponent(rawName), text: normalizePercentEncoding(part) };
    })
    .filter((param) => !isTrackingParam(param.name));
  // Array.prototype.sort is stable: `?tag=a&tag=b` keeps its meaning.
  params.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return params.map((param) => param.text).join('&');
}

function decodeQueryComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
