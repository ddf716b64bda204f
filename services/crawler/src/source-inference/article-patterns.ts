import { escapeRegex } from './escape-regex.js';
import type { UrlFacts } from './url-evidence.js';
import type { Part } from './url-shape.js';
import type { UrlTemplate } from './url-templates.js';

/**
 * A pattern may catch a few known non-article URLs, which are then excluded one by one (an "about"
 * page shaped like an article); more than this share of its articles, and it is not trusted.
 */
const MAX_EXCLUDED_SHARE = 0.05;
const MIN_EXCLUSIONS_ALLOWED = 2;
/** Literal path words generalize to "any word" only when the articles use at least this many. */
const MIN_WORDS_TO_GENERALIZE = 3;
const MAX_COMBINATIONS = 400;

export interface ArticlePattern {
  regex: string;
  /** The article templates it covers. */
  templates: UrlTemplate[];
  /** Known article URLs it matches. */
  articles: number;
  /** Known non-article URLs it would match, listed in articleUrls.exclude. */
  exclusions: string[];
}

export interface ArticlePatterns {
  patterns: ArticlePattern[];
  /** Article templates no pattern could tell from other pages. */
  rejected: Array<{ templates: UrlTemplate[]; collisions: number }>;
}

/**
 * Regular expressions for the article URLs: one per family of article templates that differ only
 * in fixed words (the section in "/thoi-su/<slug>-<id>.html"), as general as the known non-article
 * URLs allow. Each position of the URL has options from general to specific: a fixed word becomes
 * any word, or the list of words seen; a slug needs any number of words, or at least as many as the
 * articles' shortest; an id any number of digits, or as many as the shortest. The combination with the
 * fewest errors wins (non-article URLs it matches, unread pages of the articles' templates it leaves
 * out), the most general among equals; the non-articles it still matches are excluded one by one.
 */
export function buildArticlePatterns(templates: UrlTemplate[]): ArticlePatterns {
  const articleTemplates = templates.filter((t) => t.verdict === 'article' || t.verdict === 'mixed');
  const positives = (t: UrlTemplate) =>
    t.verdict === 'article' ? t.members : t.members.filter((m) => m.label?.article === true);
  // Slugs that start or end in a number are a template of their own, but the articles' all the same.
  const siblings = new Set(articleTemplates.map((t) => slugBlindKey(t.members[0]!)));
  const negatives = templates.flatMap((t) => {
    if (t.verdict === 'article') return [];
    if (t.verdict === 'mixed' || siblings.has(slugBlindKey(t.members[0]!))) {
      return t.members.filter((m) => m.label?.article === false && !m.label.weak);
    }
    // A template robots.txt keeps us from reading is unknown either way, and the crawler skips it too.
    if (t.verdict === 'unknown' && t.members.some((m) => m.disallowed)) return [];
    // A page read as an article is no counterexample, even in a template too small to judge.
    return t.members.filter((m) => m.label?.article !== true);
  });
  const families = new Map<string, UrlTemplate[]>();
  for (const template of articleTemplates) {
    const signature = familySignature(template.members[0]!);
    families.set(signature, [...(families.get(signature) ?? []), template]);
  }
  const result: ArticlePatterns = { patterns: [], rejected: [] };
  for (const family of families.values()) {
    const members = family.flatMap(positives);
    const unread = family.flatMap((t) =>
      t.verdict === 'mixed' ? t.members.filter((m) => m.label === undefined) : [],
    );
    const best = bestPattern(members, negatives, unread);
    // Menu and footer pages are few by nature, so excluding them one by one never goes far.
    const content = best.collisions.filter((url) => !negatives.find((n) => n.url === url)?.furniture);
    if (content.length > Math.max(MIN_EXCLUSIONS_ALLOWED, MAX_EXCLUDED_SHARE * members.length)) {
      result.rejected.push({ templates: family, collisions: best.collisions.length });
      continue;
    }
    result.patterns.push({
      regex: best.regex,
      templates: family,
      articles: members.length,
      exclusions: best.collisions.map((url) => `^https?://[^/]+${escapeRegex(pathAndQuery(url))}$`),
    });
  }
  result.patterns.sort((a, b) => b.articles - a.articles);
  return result;
}

/** A template's key with its slugs' ids ignored: "/tin/<slug>", "/tin/<id>-<slug>" and "/tin/<slug>-<id>" agree. */
function slugBlindKey(facts: UrlFacts): string {
  const { shape } = facts;
  const part = (p: Part) => {
    switch (p.kind) {
      case 'slug':
        return `slug${p.ext}`;
      case 'literal':
        return `=${p.text}`;
      case 'stem-number':
        return `${p.stem}#${p.ext}`;
      default:
        return p.kind;
    }
  };
  return JSON.stringify([
    shape.segments.map(part),
    shape.trailingSlash,
    shape.query.map((q) => `${q.name}=${part(q.value)}`),
  ]);
}

/** Templates that may share a pattern: the same structure, whatever their fixed words. */
function familySignature(facts: UrlFacts): string {
  const { shape } = facts;
  const part = (p: Part) => (p.kind === 'literal' ? 'L' : p.kind === 'number' ? '#' : JSON.stringify(p));
  // Slugs that start or end in a number ("thang-12", "111-xa-phuong") are slugs all the same.
  const slugless = (p: Part) => (p.kind === 'slug' ? `slug:${p.ext}` : part(p));
  return JSON.stringify([
    shape.segments.map(slugless),
    shape.trailingSlash,
    shape.query.map((q) => `${q.name}=${slugless(q.value)}`),
  ]);
}

interface RawUrl {
  url: string;
  segments: string[];
  /** Names and values as the canonical URL spells them. */
  query: Array<{ name: string; value: string }>;
}

function rawOf(url: string): RawUrl {
  const parsed = new URL(url);
  const segments = parsed.pathname.split('/').slice(1);
  if (segments.at(-1) === '') segments.pop();
  // The canonical query's own spelling: names sorted, values as encoded.
  const query = (parsed.search === '' ? [] : parsed.search.slice(1).split('&')).map((param) => {
    const at = param.indexOf('=');
    return at === -1 ? { name: param, value: '' } : { name: param.slice(0, at), value: param.slice(at + 1) };
  });
  return { url, segments, query };
}

const pathAndQuery = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

function bestPattern(
  members: UrlFacts[],
  negatives: UrlFacts[],
  unread: UrlFacts[],
): { regex: string; collisions: string[] } {
  const shape = members[0]!.shape;
  const raws = members.map((m) => rawOf(m.url));
  const segmentOptions = shape.segments.map((part, i) =>
    optionsFor(
      part.kind,
      members.map((m) => m.shape.segments[i]!),
      raws.map((r) => r.segments[i]!),
      'path',
    ),
  );
  const queryOptions = shape.query.map((q, i) =>
    optionsFor(
      q.value.kind,
      members.map((m) => m.shape.query[i]!.value),
      raws.map((r) => r.query[i]!.value),
      'query',
    ).map((option) => `${escapeRegex(raws[0]!.query[i]!.name)}=${option}`),
  );
  const positions = [...segmentOptions, ...queryOptions];
  const build = (choice: number[]) => {
    const path = segmentOptions.map((options, i) => options[choice[i]!]!).join('/');
    const query = queryOptions.map((options, i) => options[choice[segmentOptions.length + i]!]!).join('&');
    return `^https?://[^/]+/${path}${shape.trailingSlash && path !== '' ? '/' : ''}${query ? `\\?${query}` : ''}$`;
  };
  let best: { regex: string; collisions: string[]; errors: number; specificity: number } | null = null;
  for (const choice of combinations(positions.map((options) => options.length))) {
    const regex = build(choice);
    const compiled = new RegExp(regex);
    if (!members.every((m) => compiled.test(m.url))) continue;
    const collisions = negatives.filter((n) => compiled.test(n.url)).map((n) => n.url);
    // A non-article taken in is as bad as an unread page of the articles' templates left out.
    const errors = collisions.length + unread.filter((u) => !compiled.test(u.url)).length;
    const specificity = choice.reduce((sum, index) => sum + index, 0);
    if (best === null || errors < best.errors || (errors === best.errors && specificity < best.specificity)) {
      best = { regex, collisions, errors, specificity };
    }
  }
  // The most specific choice always matches its own members.
  return best ?? { regex: build(positions.map((options) => options.length - 1)), collisions: [] };
}

/** Every choice of one option per position, general ones first, within a bound. */
function* combinations(sizes: number[]): Generator<number[]> {
  let total = sizes.reduce((product, size) => product * size, 1);
  // Too many: keep only the most general and the most specific option of each position.
  const trimmed = total > MAX_COMBINATIONS ? sizes.map((size) => Math.min(size, 2)) : sizes;
  total = trimmed.reduce((product, size) => product * size, 1);
  for (let n = 0; n < total; n++) {
    const choice: number[] = [];
    let rest = n;
    for (let i = 0; i < trimmed.length; i++) {
      const index = rest % trimmed[i]!;
      rest = Math.floor(rest / trimmed[i]!);
      choice.push(trimmed[i] === sizes[i] || index === 0 ? index : sizes[i]! - 1);
    }
    yield choice;
  }
}

/** Regex options for one position of a URL, general first. `raw` are the canonical texts there. */
function optionsFor(kind: Part['kind'], parts: Part[], raw: string[], where: 'path' | 'query'): string[] {
  const any = where === 'path' ? '[^/]+' : '[^&]+';
  switch (kind) {
    case 'literal': {
      const words = [...new Set(raw)].sort();
      const listed = words.length === 1 ? escapeRegex(words[0]!) : `(?:${words.map(escapeRegex).join('|')})`;
      if (words.length < MIN_WORDS_TO_GENERALIZE) return [listed];
      const general = words.every((w) => /^[a-z0-9-]+$/.test(w)) ? '[a-z0-9-]+' : any;
      return [general, listed];
    }
    case 'number': {
      const digits = Math.min(...parts.map((p) => (p.kind === 'number' ? p.digits : 1)));
      return digits > 1 ? ['\\d+', `\\d{${digits},}`] : ['\\d+'];
    }
    case 'stem-number': {
      const stems = [...new Set(parts.map((p) => (p.kind === 'stem-number' ? `${p.stem}|${p.ext}` : '')))];
      const [stem, ext] = stems.length === 1 ? stems[0]!.split('|') : ['[a-z]+[-_]?', ''];
      const head = stems.length === 1 ? raw[0]!.slice(0, stem!.length) : stem!;
      return [`${stems.length === 1 ? escapeRegex(head) : head}\\d+${escapeRegex(ext!)}`];
    }
    case 'text':
      return [where === 'path' ? '[^/]*' : '[^&]*'];
    case 'slug':
      return slugOptions(parts, raw);
  }
}

/** "<words>-<id>.html" with at least k words, for every k from 2 to the fewest the articles have. */
function slugOptions(parts: Part[], raw: string[]): string[] {
  const slugs = parts.filter((p): p is Extract<Part, { kind: 'slug' }> => p.kind === 'slug');
  if (slugs.length === 0) return ['[^/]+'];
  const ext = slugs[0]!.ext;
  // An id is part of the pattern only when every article has one there.
  const first = { idFirst: slugs.every((p) => p.idFirst), idLast: slugs.every((p) => p.idLast) };
  const bases = raw.map((text) => (ext === '' ? text : text.slice(0, -ext.length)));
  const tokens = bases.flatMap((base) => base.split(/[-_]+/));
  const token = tokens.every((t) => /^[a-z0-9]+$/.test(t))
    ? '[a-z0-9]+'
    : tokens.every((t) => /^[A-Za-z0-9]+$/.test(t))
      ? '[A-Za-z0-9]+'
      : '(?:[A-Za-z0-9]|%[0-9A-F]{2})+';
  const sep = bases.some((base) => base.includes('_')) ? '[-_]' : '-';
  const fewest = Math.min(...parts.map((p) => (p.kind === 'slug' ? p.words : 2)));
  const ids = (first.idFirst ? 1 : 0) + (first.idLast ? 1 : 0);
  const options: string[] = [];
  for (let words = 2; words <= Math.max(2, fewest); words++) {
    const middle = Math.max(1, words - ids);
    const more = middle === 1 ? '*' : middle === 2 ? '+' : `{${middle - 1},}`;
    const prefix = first.idFirst ? `\\d+${sep}` : '';
    const suffix = first.idLast ? `${sep}\\d+` : '';
    options.push(`${prefix}${token}(?:${sep}${token})${more}${suffix}${escapeRegex(ext)}`);
  }
  return [...new Set(options)];
}
