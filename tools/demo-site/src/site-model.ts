import { fnv1a, pick } from './html.js';
import { vietnamDayStart } from './vietnam-time.js';
import { isWindows1258Encodable } from './windows-1258.js';
import type {
  ContentArticle,
  ContentSection,
  ContentTag,
  DatingMethod,
  DemoContent,
  LayoutId,
} from './types.js';

export const LAYOUTS: readonly { id: LayoutId; name: string; dating: DatingMethod }[] = [
  { id: 'party-portal', name: 'Cổng thông tin điện tử Tỉnh ủy', dating: 'meta' },
  { id: 'national-paper', name: 'Báo điện tử quốc gia', dating: 'json-ld' },
  { id: 'district-portal', name: 'Trang thông tin điện tử huyện', dating: 'visible' },
];

export const LISTING_PAGE_SIZE = 20;
export const FEED_LIMIT = 50;
export const SITEMAP_MAX_URLS = 1000;
export const NEWS_SITEMAP_LIMIT = 1000;
export const TAG_PAGE_LIMIT = 30;
export const SEARCH_LIMIT = 20;
export const SERVER_ERROR_FAILURES = 2;
export const RETRY_AFTER_SECONDS = 1;
export const RATE_LIMITED_REQUESTS = 1;
export const SEARCH_PATH = `/tim-kiem?q=${encodeURIComponent('hội nghị trực tuyến')}`;

const BYLINES = [
  'Hoàng Tùng – Đàm Thanh',
  'Minh Châu',
  'Thu Hằng – Quang Vinh',
  'Ngọc Anh',
  'Phạm Hưng',
  'Lan Hương – Tiến Dũng',
  'Thanh Tâm',
];
const PHOTOGRAPHERS = ['Thế Công', 'Quang Hiếu', 'Văn Điệp', 'Hải Nguyễn', 'Trọng Đức', 'Mai Lan'];
const VARIANT_STEP_MS = 7 * 60_000;

export interface SiteArticle {
  id: number;
  slug: string;
  path: string;
  url: string;
  section: ContentSection;
  layout: LayoutId;
  title: string;
  paragraphs: string[];
  publishedMs: number;
  tags: ContentTag[];
  byline: string | null;
  views: number;
  photographer: string;
  charset: 'utf-8' | 'windows-1258';
  source: ContentArticle;
  /** 0 for the content article itself, N for its N-th repeat at scale > 1. */
  variant: number;
  /** Page of the section listing that links the article. */
  listingPage: number;
}

export interface SiteSection extends ContentSection {
  /** Newest first. */
  articles: SiteArticle[];
  listingPages: number;
}

export interface Redirect {
  from: string;
  status: 301 | 302;
  target: SiteArticle;
}

export interface SiteModel {
  baseUrl: string;
  scale: number;
  sections: SiteSection[];
  sectionById: Map<string, SiteSection>;
  /** Newest first. */
  articles: SiteArticle[];
  articleByPath: Map<string, SiteArticle>;
  tags: Map<string, { tag: ContentTag; articles: SiteArticle[] }>;
  redirects: Map<string, Redirect>;
  notFoundPath: string;
  serverError: SiteArticle;
  rateLimited: SiteArticle;
  windows1258: SiteArticle;
  trackingDuplicate: SiteArticle;
  trackingQuery: string;
}

export function articlePath(section: string, slug: string): string {
  return `/${section}/${slug}.html`;
}

export function listingPath(section: string, page: number): string {
  return page <= 1 ? `/chuyen-muc/${section}` : `/chuyen-muc/${section}/trang-${page}`;
}

export function sectionFeedPath(section: string): string {
  return `/rss/${section}.rss`;
}

export function tagPath(slug: string): string {
  return `/tag/${slug}`;
}

/** Lays out the scaled article set, its sections, tags and special pages. Pure and deterministic. */
export function buildSiteModel(content: DemoContent, scale: number, baseUrl: string): SiteModel {
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`scale must be a positive integer, got ${scale}`);
  const publicSections = content.sections.filter((s) => !s.disallowed);
  const sectionOf = new Map(content.sections.map((s) => [s.id, s]));
  const baseCount = content.articles.length;
  const maxBaseId = Math.max(...content.articles.map((a) => idOf(a.slug)));

  const articles: SiteArticle[] = [];
  for (let variant = 0; variant < scale; variant++) {
    content.articles.forEach((source, b) => {
      const index = variant * baseCount + b;
      const id = variant === 0 ? idOf(source.slug) : maxBaseId + (variant - 1) * baseCount + b + 1;
      const slug = variant === 0 ? source.slug : `${source.slug.replace(/-\d+$/, '')}-${id}`;
      const section = variantSection(sectionOf.get(source.section)!, publicSections, variant);
      const last = source.paragraphs[source.paragraphs.length - 1];
      articles.push({
        id,
        slug,
        path: articlePath(section.id, slug),
        url: `${baseUrl}${articlePath(section.id, slug)}`,
        section,
        layout: LAYOUTS[index % LAYOUTS.length].id,
        title: source.title,
        paragraphs: source.paragraphs,
        publishedMs: variantTime(Date.parse(source.publishedAt), variant),
        tags: source.tags,
        byline: fnv1a(`${slug}:byline`) % 3 === 0 && last.length > 80 ? pick(BYLINES, slug) : null,
        views: 50 + (fnv1a(slug) % 3000),
        photographer: pick(PHOTOGRAPHERS, `${slug}:photo`),
        charset: 'utf-8',
        source,
        variant,
        listingPage: 1,
      });
    });
  }
  articles.sort((a, b) => b.publishedMs - a.publishedMs || b.id - a.id);

  const sections: SiteSection[] = content.sections.map((s) => {
    const list = articles.filter((a) => a.section.id === s.id);
    list.forEach((a, i) => (a.listingPage = Math.floor(i / LISTING_PAGE_SIZE) + 1));
    return { ...s, articles: list, listingPages: Math.max(1, Math.ceil(list.length / LISTING_PAGE_SIZE)) };
  });

  const tags = new Map<string, { tag: ContentTag; articles: SiteArticle[] }>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const entry = tags.get(tag.slug) ?? { tag, articles: [] };
      if (entry.articles.length < TAG_PAGE_LIMIT) entry.articles.push(article);
      tags.set(tag.slug, entry);
    }
  }

  // Special pages are original (variant 0), public articles in content order, one role each.
  const candidates = articles
    .filter((a) => a.variant === 0 && !a.section.disallowed)
    .sort((a, b) => content.articles.indexOf(a.source) - content.articles.indexOf(b.source));
  const taken = new Set<SiteArticle>();
  const take = (test: (a: SiteArticle) => boolean): SiteArticle => {
    const found = candidates.find((a) => !taken.has(a) && test(a));
    if (!found) throw new Error('demo content: too few public articles for the special pages');
    taken.add(found);
    return found;
  };
  const serverError = take((a) => a.source.isConference && a.layout === 'national-paper');
  const rateLimited = take((a) => a.source.isConference && a.layout === 'party-portal');
  const windows1258 = take(
    (a) =>
      a.source.isConference &&
      a.layout === 'district-portal' &&
      isWindows1258Encodable([a.title, ...a.paragraphs].join('\n')),
  );
  windows1258.charset = 'windows-1258';
  const trackingDuplicate = take(() => true);
  const movedPermanently = take(() => true);
  const movedTemporarily = take(() => true);
  const redirects: Redirect[] = [
    { from: `/tin-cu/${movedPermanently.id}.htm`, status: 301, target: movedPermanently },
    { from: `/s/${movedTemporarily.id.toString(36)}`, status: 302, target: movedTemporarily },
  ];

  return {
    baseUrl,
    scale,
    sections,
    sectionById: new Map(sections.map((s) => [s.id, s])),
    articles,
    articleByPath: new Map(articles.map((a) => [a.path, a])),
    tags,
    redirects: new Map(redirects.map((r) => [r.from, r])),
    notFoundPath: articlePath(publicSections[0].id, `bai-viet-da-go-${maxBaseId + scale * baseCount + 1}`),
    serverError,
    rateLimited,
    windows1258,
    trackingDuplicate,
    trackingQuery: '?utm_source=facebook&utm_medium=social&utm_campaign=chia-se&fbclid=IwAR0demoSiteShare',
  };
}

function idOf(slug: string): number {
  return Number(/-(\d+)$/.exec(slug)![1]);
}

// Repeats move to another public section; repeats of a disallowed article stay disallowed.
function variantSection(section: ContentSection, publicSections: ContentSection[], variant: number) {
  if (variant === 0 || section.disallowed) return section;
  const at = publicSections.findIndex((s) => s.id === section.id);
  return publicSections[(at + variant) % publicSections.length];
}

// Repeats are published later the same day, so the day/month in the text still resolves to the
// expected date.
function variantTime(publishedMs: number, variant: number): number {
  if (variant === 0) return publishedMs;
  const lastMinute = vietnamDayStart(publishedMs) + 86_400_000 - 60_000;
  const room = lastMinute - publishedMs + 60_000;
  return publishedMs + ((variant * VARIANT_STEP_MS) % room);
}
