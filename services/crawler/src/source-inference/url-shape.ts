/**
 * The shape of a URL: what its path segments and query parameters are made of, with the parts that
 * vary between pages of one kind (ids, slugs, page numbers) replaced by their kind. URLs of one shape
 * are pages of one template of the site: "/thoi-su/<slug>-<id>.html", "/chuyen-muc/<word>",
 * "/tin-tuc/chi-tiet.aspx?id=<n>".
 */

/** A final segment slug of at least this many words is a title; shorter ones name sections, tags or pages. */
const TITLE_SLUG_WORDS = 4;

export type Part =
  /** The same text on every page of the template: "chuyen-muc", "tin-tuc", "chi-tiet.aspx". */
  | { kind: 'literal'; text: string }
  /** Digits only: "12345". */
  | { kind: 'number'; digits: number }
  /** One word and a number: "trang-2", "p3", "page_4". */
  | { kind: 'stem-number'; stem: string; digits: number; ext: string }
  /** Words joined by - or _, perhaps with an id first or last: "hoi-nghi-tinh-uy-1234". */
  | { kind: 'slug'; words: number; idLast: boolean; idFirst: boolean; ext: string; ascii: boolean }
  /** Free text in a query value: a search term. */
  | { kind: 'text' };

export interface QueryPart {
  name: string;
  value: Part;
}

export interface UrlShape {
  /** Canonical URL the shape was read from. */
  url: string;
  segments: Part[];
  trailingSlash: boolean;
  query: QueryPart[];
  /** Same key, same template. */
  key: string;
}

const EXTENSION = /\.([a-z0-9]{2,5})$/i;
const WORD_SEPARATOR = /[-_]+/;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What the last path segment (or a query value) is, as a template sees it. */
function partOf(raw: string): Part {
  const text = decoded(raw);
  const ext = EXTENSION.exec(text)?.[0] ?? '';
  const base = ext === '' ? text : text.slice(0, -ext.length);
  if (/^\d+$/.test(base) && ext === '') return { kind: 'number', digits: base.length };
  const stem = /^([\p{L}]+[-_]?)(\d+)$/u.exec(base);
  if (stem) return { kind: 'stem-number', stem: stem[1]!.toLowerCase(), digits: stem[2]!.length, ext };
  if (/^\d+$/.test(base)) return { kind: 'number', digits: base.length };
  const words = base.split(WORD_SEPARATOR).filter((word) => word !== '');
  const wordy = words.length >= 2 && words.every((word) => /^[\p{L}\p{N}]+$/u.test(word));
  const idLast = wordy && /^\d{2,}$/.test(words.at(-1)!);
  const idFirst = wordy && /^\d{2,}$/.test(words[0]!);
  // Short slugs name sections, tags and pages, which are told apart by their exact text.
  if (wordy && (words.length >= TITLE_SLUG_WORDS || (idLast && words.length >= 3) || idFirst)) {
    return { kind: 'slug', words: words.length, idLast, idFirst, ext, ascii: /^[a-z0-9_-]+$/.test(base) };
  }
  return { kind: 'literal', text: raw };
}

function partKey(part: Part): string {
  switch (part.kind) {
    case 'literal':
      return `=${part.text}`;
    case 'number':
      return '#';
    case 'stem-number':
      return `${part.stem}#${part.ext}`;
    case 'slug':
      return `${part.idFirst ? '#-' : ''}slug${part.idLast ? '-#' : ''}${part.ext}`;
    case 'text':
      return '*';
  }
}

/** The shape of a canonical absolute URL, or null when it is not one. */
export function urlShape(canonicalUrl: string): UrlShape | null {
  let url: URL;
  try {
    url = new URL(canonicalUrl);
  } catch {
    return null;
  }
  const rawSegments = url.pathname.split('/').slice(1);
  const trailingSlash = rawSegments.length > 0 && rawSegments.at(-1) === '';
  if (trailingSlash) rawSegments.pop();
  // Above the last segment sit sections, years and months: words there are names, not titles.
  const segments = rawSegments.map((segment, i) =>
    i === rawSegments.length - 1
      ? partOf(segment)
      : /^\d+$/.test(segment)
        ? ({ kind: 'number', digits: segment.length } as const)
        : ({ kind: 'literal', text: segment } as const),
  );
  const query: QueryPart[] = [...url.searchParams].map(([name, value]) => ({
    name,
    value: queryValue(value),
  }));
  // Without the origin: www. and bare hosts serve the same templates.
  const key = [
    ...segments.map(partKey),
    trailingSlash ? '/' : '',
    query.length === 0 ? '' : `?${query.map((q) => `${q.name}:${partKey(q.value)}`).join('&')}`,
  ].join('/');
  return { url: canonicalUrl, segments, trailingSlash, query, key };
}

/** Query values: numbers vary, words are part of the template (view=article, option=com_content). */
function queryValue(value: string): Part {
  if (/^\d+$/.test(value)) return { kind: 'number', digits: value.length };
  if (value.length > 40 || /\s/.test(value)) return { kind: 'text' };
  return partOf(value);
}
