import type { UrlEvidence, UrlFacts } from './url-evidence.js';
import type { Part, UrlShape } from './url-shape.js';
import { NAME_WORDS, wordCount } from './words.js';

/**
 * How many pages of a template are fetched to judge it, and how many must read as articles for it
 * to hold articles.
 */
export const SAMPLES_PER_TEMPLATE = 3;
const MIN_ARTICLE_SAMPLES = 2;

export type Verdict =
  /** Its pages are articles. */
  | 'article'
  /** Its pages are not articles (home, listings, tags, static pages...). */
  | 'other'
  /** Articles and other pages share the URL shape: the patterns must tell them apart. */
  | 'mixed'
  /** No page of it has been fetched yet. */
  | 'unknown';

export interface UrlTemplate {
  key: string;
  members: UrlFacts[];
  /** Fetched members that read as articles, and that did not. */
  articles: number;
  others: number;
  verdict: Verdict;
}

/** URLs grouped by shape, biggest template first, judged by their members' labels. */
export function groupTemplates(evidence: UrlEvidence): UrlTemplate[] {
  evidence.refreshLabels();
  const groups = new Map<string, UrlFacts[]>();
  for (const facts of evidence.facts.values()) {
    groups.set(facts.shape.key, [...(groups.get(facts.shape.key) ?? []), facts]);
  }
  return [...groups.entries()]
    .map(([key, members]) => judgeTemplate(key, members))
    .sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : 1));
}

function judgeTemplate(key: string, members: UrlFacts[]): UrlTemplate {
  const articles = members.filter((m) => m.label?.article === true).length;
  const others = members.filter((m) => m.label?.article === false).length;
  return { key, members, articles, others, verdict: verdictOf(members, articles, others) };
}

function verdictOf(members: UrlFacts[], articles: number, others: number): Verdict {
  if (articles === 0) return others > 0 ? 'other' : 'unknown';
  const weak = members.filter((m) => m.label?.article === false && m.label.weak).length;
  const strong = others - weak;
  const listed = members.filter((m) => m.channels.has('feed') || m.channels.has('news-sitemap')).length;
  // A lone article page needs a feed or news sitemap to vouch for it: a single "about" page reads as one too.
  const enough = articles >= MIN_ARTICLE_SAMPLES || (members.length === 1 && listed === 1);
  // One article among pages that are not: read more of the template before judging it.
  if (!enough) return 'unknown';
  // Tag and section pages with one story read like that story, but their own title is a name, not a headline.
  const titles = members
    .filter((m) => m.label?.article === true)
    .map((m) => wordCount(m.reading?.title ?? ''))
    .sort((a, b) => a - b);
  if (listed === 0 && titles[Math.floor(titles.length / 2)]! <= NAME_WORDS) return 'other';
  // Dated pages the parser finds too short are briefs among articles, or a template of short pages.
  if (strong === 0) return articles >= weak ? 'article' : 'other';
  // However many other pages (sections, static pages, read first from the menus), the patterns may
  // still tell the articles from them.
  return 'mixed';
}

/**
 * Unfetched members worth fetching to judge the template, until `limit` of them are read as
 * samples: spread over it (first, last, middle), since a template's oldest and newest pages are the
 * likeliest to differ. Pages read from the menus do not count: they are sections and static pages.
 */
export function samplesWanted(template: UrlTemplate, limit = SAMPLES_PER_TEMPLATE): UrlFacts[] {
  const labelled = template.articles + template.others;
  const sampled = template.members.filter((m) => m.sampled).length;
  const wanted = Math.min(limit - sampled, template.members.length - labelled);
  if (wanted <= 0) return [];
  const open = template.members.filter((m) => m.label === undefined && !m.disallowed);
  const picks: UrlFacts[] = [];
  for (let i = 0; i < wanted && open.length > 0; i++) {
    const at = i === 0 ? 0 : i === 1 ? open.length - 1 : Math.floor(open.length / 2);
    picks.push(...open.splice(at, 1));
  }
  return picks;
}

/** "/thoi-su/<slug>-<id>.html", "/tin-tuc/chi-tiet.aspx?id=<n>": a template as a person reads it. */
export function describeShape(shape: UrlShape): string {
  const path = shape.segments.map(describePart).join('/');
  const query = shape.query.map((q) => `${q.name}=${describePart(q.value)}`).join('&');
  return `/${path}${shape.trailingSlash && path !== '' ? '/' : ''}${query ? `?${query}` : ''}`;
}

function describePart(part: Part): string {
  switch (part.kind) {
    case 'literal':
      return part.text;
    case 'number':
      return '<n>';
    case 'stem-number':
      return `${part.stem}<n>${part.ext}`;
    case 'slug':
      return `${part.idFirst ? '<id>-' : ''}<slug>${part.idLast ? '-<id>' : ''}${part.ext}`;
    case 'text':
      return '<text>';
  }
}
