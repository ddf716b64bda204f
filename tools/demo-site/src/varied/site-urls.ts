import type { ArticleUrlScheme, PaginationScheme, SectionUrlScheme } from './site-spec.js';

/** What an article URL is made from. */
export interface ArticleKey {
  id: number;
  slug: string;
  section: { slug: string; index: number };
  publishedMs: number;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function datePath(ms: number): string {
  const date = new Date(ms + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}/${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())}`;
}

/** Path and query of an article, as the site links it (query parameters in the site's own order). */
export function articlePath(scheme: ArticleUrlScheme, a: ArticleKey): string {
  switch (scheme) {
    case 'section-slug-id':
      return `/${a.section.slug}/${a.slug}-${a.id}.html`;
    case 'flat-slug-id':
      return `/${a.slug}-${a.id}.htm`;
    case 'dated-slug':
      return `/${datePath(a.publishedMs)}/${a.slug}/`;
    case 'aspx-id':
      return `/tin-tuc/chi-tiet.aspx?id=${a.id}`;
    case 'joomla':
      return `/index.php?option=com_content&view=article&id=${a.id}&catid=${a.section.index}`;
    case 'top-slug':
      return `/${a.slug}`;
    case 'numeric':
      return `/bai-viet/${a.id}`;
    case 'id-slug':
      return `/tin/${a.id}-${a.slug}.html`;
  }
}

/** The first page of a section listing. */
export function sectionPath(scheme: SectionUrlScheme, section: { slug: string; index: number }): string {
  switch (scheme) {
    case 'chuyen-muc':
      return `/chuyen-muc/${section.slug}`;
    case 'top':
      return `/${section.slug}`;
    case 'htm':
      return `/${section.slug}.htm`;
    case 'category-slash':
      return `/category/${section.slug}/`;
    case 'query-id':
      return `/danh-muc.aspx?id=${section.index}`;
  }
}

/** Page `page` (1-based) of the listing whose first page is `first`. */
export function listingPagePath(
  scheme: PaginationScheme,
  first: string,
  page: number,
  pageSize: number,
): string {
  if (page <= 1) return first;
  const hasQuery = first.includes('?');
  const join = (param: string, value: number) => `${first}${hasQuery ? '&' : '?'}${param}=${value}`;
  switch (scheme) {
    case 'trang':
      if (hasQuery) return join('trang', page);
      if (first.endsWith('.htm')) return `${first.slice(0, -4)}/trang-${page}.htm`;
      return first.endsWith('/') ? `${first}trang-${page}` : `${first}/trang-${page}`;
    case 'page-query':
      return join('page', page);
    case 'p':
      if (hasQuery) return join('p', page);
      return `${first.replace(/\/$/, '')}/p${page}`;
    case 'wordpress':
      if (hasQuery) return join('paged', page);
      return `${first.endsWith('/') ? first : `${first}/`}page/${page}/`;
    case 'offset':
      return join('start', (page - 1) * pageSize);
  }
}

/** The one spelling of a path and query the server keys pages by: query parameters sorted by name. */
export function pageKey(pathAndQuery: string): string {
  const at = pathAndQuery.indexOf('?');
  if (at === -1) return pathAndQuery;
  const params = pathAndQuery
    .slice(at + 1)
    .split('&')
    .filter((part) => part !== '')
    .sort((x, y) => {
      const [a, b] = [x.split('=')[0]!, y.split('=')[0]!];
      return a < b ? -1 : a > b ? 1 : 0;
    });
  return params.length === 0 ? pathAndQuery.slice(0, at) : `${pathAndQuery.slice(0, at)}?${params.join('&')}`;
}
