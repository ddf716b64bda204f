import type { PageLink } from '../discovery/page-links.js';
import { escapeRegex } from './escape-regex.js';

export interface Pagination {
  /** The listing's paginationPattern: later pages of this listing, never its first. */
  pattern: string;
  /** The page links seen on the page, in page order. */
  pages: string[];
  /** Why these links are taken for pages: rel="next", a "Trang sau" link or a numbered pager. */
  evidence: 'rel-next' | 'next-link' | 'numbered';
}

/** "Trang sau", "Sau ›", "»", "Xem thêm", "Next": the link to the following page. */
const NEXT_TEXT =
  /^(?:[»›>→]+|(?:trang\s+)?(?:sau|tiếp(?:\s+theo)?|kế\s+tiếp|kế)|next(?:\s+page)?|older(?:\s+posts)?|xem\s+thêm|xem\s+tiếp|tin\s+cũ\s+hơn|cũ\s+hơn)(?:\s*[»›>→]+)?$/iu;
const NUMBER_TEXT = /^\[?\d{1,4}\]?$/;
/** A query parameter or path word that holds a page number or an offset. */
const MARKER = '\u0000';
/** Page numbers and offsets stay well below ids. */
const MAX_PAGE_NUMBER = 100_000;

interface Family {
  template: string;
  numbers: number[];
  links: PageLink[];
}

/**
 * The pagination of a listing page: the links that are further pages of the same listing, told
 * from other links by their URL differing from this page's only in a page number (added to the
 * first page's URL, or changed from this page's), and by being a pager: a rel="next" link, a
 * "Trang sau" link, or links whose text is their number. Null when the page has none.
 */
export function inferPagination(pageUrl: string, links: readonly PageLink[]): Pagination | null {
  const families = new Map<string, Family>();
  for (const link of links) {
    if (link.url === pageUrl || new URL(link.url).origin !== new URL(pageUrl).origin) continue;
    for (const { template, number } of numberSlots(link.url)) {
      if (number > MAX_PAGE_NUMBER || !isPageOf(template, pageUrl)) continue;
      const family = families.get(template) ?? { template, numbers: [], links: [] };
      family.numbers.push(number);
      family.links.push(link);
      families.set(template, family);
    }
  }
  let best: { family: Family; evidence: Pagination['evidence']; score: number } | null = null;
  for (const family of families.values()) {
    const evidence = family.links.some((link) => link.rel.includes('next'))
      ? 'rel-next'
      : family.links.some((link) => NEXT_TEXT.test(link.text))
        ? 'next-link'
        : family.links.filter((link) => NUMBER_TEXT.test(link.text)).length >= 1
          ? 'numbered'
          : null;
    if (evidence === null) continue;
    const score = new Set(family.numbers).size + (evidence === 'numbered' ? 0 : 1);
    if (best === null || score > best.score) best = { family, evidence, score };
  }
  if (best === null) return null;
  const { family, evidence } = best;
  return {
    pattern: patternOf(family),
    pages: [...new Set(family.links.map((link) => link.url))],
    evidence,
  };
}

/** Each run of digits of a URL, with the URL around it as a template. */
function numberSlots(url: string): Array<{ template: string; number: number }> {
  const slots: Array<{ template: string; number: number }> = [];
  const origin = new URL(url).origin;
  const rest = url.slice(origin.length);
  for (const match of rest.matchAll(/\d+/g)) {
    const at = match.index;
    slots.push({
      template: origin + rest.slice(0, at) + MARKER + rest.slice(at + match[0].length),
      number: Number(match[0]),
    });
  }
  return slots;
}

/** Whether URLs of `template` are pages of the listing `pageUrl` is a page of. */
function isPageOf(template: string, pageUrl: string): boolean {
  // This page is itself a numbered page of the family.
  const pattern = new RegExp(`^${escapeRegex(template).replace(MARKER, '\\d+')}$`);
  if (pattern.test(pageUrl)) return true;
  // Or it is the first page, whose URL has no page number at all.
  return firstPagesOf(template).includes(stripSlash(pageUrl));
}

/**
 * The URLs a template's family may have for its first page, the number left out: without the page
 * parameter, or without any query (portals add the state of the pager only from page 2 on).
 */
function firstPagesOf(template: string): string[] {
  const url = new URL(template.replace(MARKER, '0'));
  const params = [...url.searchParams];
  const inQuery = template.indexOf('?') !== -1 && template.indexOf(MARKER) > template.indexOf('?');
  const paged = params.findIndex(([, value]) => value === '0');
  if (inQuery && paged !== -1 && template.includes(`=${MARKER}`)) {
    const kept = params.filter((_, i) => i !== paged);
    const query = kept.map(([name, value]) => `${name}=${value}`).join('&');
    return [
      stripSlash(`${url.origin}${url.pathname}${query ? `?${query}` : ''}`),
      stripSlash(`${url.origin}${url.pathname}`),
    ];
  }
  if (inQuery) return [];
  // "/trang-N", "/pN", "/page/N/", "-trang-N" before an extension or at the end of the path.
  const removed = template.replace(new RegExp(`[/_-]?[\\p{L}]{0,12}[/_-]?${MARKER}`, 'u'), '');
  return [stripSlash(removed.replace(/([^:])\/\/+/g, '$1/'))];
}

const stripSlash = (url: string) => url.replace(/\/(?=$|\?)/, '');

/**
 * The regex for the family's pages after the first: page numbers from 2 (a link back to "page 1"
 * would read the first page twice), offsets from anything above 0.
 */
function patternOf(family: Family): string {
  const numbers = [...new Set(family.numbers)].sort((a, b) => a - b);
  const smallest = numbers.find((n) => n > 0) ?? 1;
  const offsets = smallest >= 3 && numbers.every((n) => n % smallest === 0);
  const number = offsets ? '[1-9]\\d*' : '(?:[2-9]|[1-9]\\d+)';
  const origin = new URL(family.template.replace(MARKER, '0')).origin;
  const rest = family.template.slice(origin.length);
  return `^https?://[^/]+${escapeRegex(rest).replace(MARKER, number)}$`;
}
