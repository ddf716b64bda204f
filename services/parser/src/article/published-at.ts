import type { Block } from './blocks.js';
import { hasDate, parseDateText, parseMachineDate } from './date-parse.js';
import { firstMeta, jsonLdArticles, jsonLdString, type PageMeta } from './page-meta.js';

const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published-date',
  'publication_date',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'its_publish_date',
];

/** Words that label a date line as the publication date. */
const PUBLISHED_WORDS =
  /ngày đăng|đăng lúc|đăng ngày|ngày xuất bản|xuất bản|ngày phát hành|published|posted|^đăng\b/i;
const WEEKDAY_WORDS =
  /thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s*nhật|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b/i;
const UPDATED_WORDS = /cập nhật|updated|sửa đổi|modified/i;
const DATE_CLASS = /date|time|publish|posted|ngay|thoi-?gian|created/i;

export interface DateContext {
  blocks: Block[];
  /** Range of the article container in blocks. */
  start: number;
  end: number;
  teaser: Uint8Array;
}

/**
 * Publication time, most trusted source first: JSON-LD article datePublished, Open Graph and other
 * meta tags, microdata, <time datetime> near the article, then a visible date line near the article.
 */
export function findPublishedAt(
  meta: PageMeta,
  ctx: DateContext | null,
  nearbyTimes: string[],
): string | null {
  for (const node of jsonLdArticles(meta)) {
    const v = parseMachineDate(jsonLdString(node, 'datePublished') ?? jsonLdString(node, 'dateCreated'));
    if (v) return v;
  }
  for (const key of META_KEYS) {
    const v = parseMachineDate(firstMeta(meta, key));
    if (v) return v;
  }
  for (const raw of meta.microdataPublished) {
    const v = parseMachineDate(raw);
    if (v) return v;
  }
  for (const raw of nearbyTimes) {
    const v = parseMachineDate(raw);
    if (v) return v;
  }
  return ctx ? visibleDate(ctx) : null;
}

/** Labels of dates that are not the publication: when the event happens, deadlines. */
const EVENT_WORDS =
  /^(?:\d+[.)]\s*)?(?:thời gian|địa điểm|thời hạn|hạn chót|hạn nộp|lịch|từ ngày|đến ngày)\b/iu;

/**
 * Best date line near the article. Header lines of the article beat the site's "today" banner, and
 * dates inside the body text (events, deadlines) count least.
 */
function visibleDate(ctx: DateContext): string | null {
  const { blocks, start, end, teaser } = ctx;
  const from = Math.max(0, start - 25);
  let firstProse = start;
  while (firstProse < end && blocks[firstProse].text.length < 80) firstProse++;
  let best: { score: number; value: string; distance: number } | null = null;
  for (let i = from; i < Math.min(blocks.length, end + 5); i++) {
    const b = blocks[i];
    if (b.text.length > 160 || teaser[i] || !hasDate(b.text)) continue;
    const value = parseDateText(b.text);
    if (!value) continue;
    let score = 0;
    if (PUBLISHED_WORDS.test(b.text)) score += 4;
    else if (UPDATED_WORDS.test(b.text)) score += 2;
    if (WEEKDAY_WORDS.test(b.text)) score += 1;
    if (value.slice(11, 19) !== '00:00:00') score += 1;
    if (DATE_CLASS.test(b.owner.attribs.class ?? '') || DATE_CLASS.test(b.owner.attribs.id ?? '')) score += 2;
    if (i > firstProse && i < end - 1) score -= 2;
    if (EVENT_WORDS.test(b.text)) score -= 4;
    if (b.negAncestor || b.hint === -2) score -= 3;
    const distance = i < start ? start - i : i >= end ? i - end + 1 : 0;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { score, value, distance };
    }
  }
  return best ? best.value : null;
}
