import { Compile } from 'typebox/compile';
import { getDomain } from 'tldts';
import { HttpUrl } from '@hoinghi/contracts';

const isHttpUrl = Compile(HttpUrl);

/** The site a URL belongs to: its registrable domain (`baochinhphu.vn`, `hanoi.gov.vn`), else its host. */
function siteOf(url: string): string | null {
  try {
    const { hostname } = new URL(url);
    return getDomain(hostname) ?? hostname;
  } catch {
    return null;
  }
}

/**
 * The URL an article is known by: the canonical URL the page gives when it is on the page's own site
 * (so `m.` and `www.` copies of one article are one article), else the URL it was fetched from. A
 * canonical URL on another site marks a republished copy: taken as its identity, the copy would
 * overwrite the original outlet's article. One events cannot carry (too long) is not taken either.
 */
export function articleUrl(canonicalUrl: string | null, fetchedUrl: string): string {
  if (!canonicalUrl || !isHttpUrl.Check(canonicalUrl)) return fetchedUrl;
  const site = siteOf(canonicalUrl);
  return site !== null && site === siteOf(fetchedUrl) ? canonicalUrl : fetchedUrl;
}
