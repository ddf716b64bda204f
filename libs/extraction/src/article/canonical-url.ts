import { firstMeta, type PageMeta } from './page-meta.js';

function absolute(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  const value = href.trim();
  if (!value || value.startsWith('#') || /^(?:javascript|data|mailto):/i.test(value)) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** <link rel=canonical>, then og:url, then the fetched URL; relative links resolved against <base> and the page URL. */
export function findCanonicalUrl(meta: PageMeta, pageUrl: string | undefined): string | null {
  const page = absolute(pageUrl, undefined) ?? undefined;
  const base = absolute(meta.baseHref, page) ?? page;
  return absolute(meta.canonical, base) ?? absolute(firstMeta(meta, 'og:url'), base) ?? page ?? null;
}
