import type { Block } from './blocks.js';
import { findDate, hasDate, parseMachineDate } from './date-parse.js';
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

/** Parts of one metadata line: "Tác giả: X | Cập nhật: 16/12/2024 · Lượt xem: 120". */
const SEGMENT_BREAK = /\s*(?:[|·•\n]|\s[-–—]\s)\s*/u;
/** A segment that opens with one of these labels dates the page: "Cập nhật:", "Ngày đăng", "Thứ Hai, ngày". */
const DATELINE_LABEL = new RegExp(
  `^[^\\p{L}\\d]*(?:${PUBLISHED_WORDS.source}|${UPDATED_WORDS.source}|${WEEKDAY_WORDS.source}|thời gian đăng)`,
  'iu',
);
/**
 * Words of a dateline besides the date: labels, weekdays, time words, counters. What is left after
 * removing them and the date is the author, the place or the section; a sentence leaves much more.
 */
const DATELINE_WORDS = new RegExp(
  `${PUBLISHED_WORDS.source}|${UPDATED_WORDS.source}|${WEEKDAY_WORDS.source}|\\b(?:gmt|utc)\\b|(?<![\\p{L}])(?:ngày|lúc|giờ|phút|sáng|chiều|tối|bởi|tác giả|lượt xem|lượt đọc|bình luận|chuyên mục|nguồn|by|written|on|at|am|pm|a\\.m\\.?|p\\.m\\.?|sa|ch)(?![\\p{L}])`,
  'giu',
);
/** A dateline names the author, place or section around its date: a few words, not a sentence. */
const MAX_DATELINE_WORDS = 6;
/** Words beside the date in its own field of a metadata line: "05/10/2018 - Đăng bởi: X - Chuyên mục: Y". */
const MAX_FIELD_WORDS = 2;
/**
 * A date that belongs to a document, not to the page: "Chỉ thị 01-CT/ĐU ngày 13-8-2025", "Nghị quyết
 * số 18-NQ/TW của Bộ Chính trị ngày 25/10/2017", "Kế hoạch 12/KH-UBND, ngày 3/12/2024", "số 17/10/21".
 */
const DOCUMENT_DATE = new RegExp(
  '(?:(?<![\\p{L}])(?:nghị quyết|chỉ thị|quyết định|kết luận|thông báo|thông tri|công văn|công điện|kế hoạch|' +
    'thông tư|nghị định|hướng dẫn|quy định|quy chế|đề án|luật|pháp lệnh|văn bản|tờ trình)' +
    '(?![\\p{L}])[^.;!?|]*?(?<![\\p{L}])ngày|\\d[\\p{L}\\d.-]*/[\\p{L}\\d./-]*\\p{L}[\\p{L}\\d./-]*\\s*,?(?:\\s*(?:ban hành|ký)?\\s*ngày)?|(?<![\\p{L}])số)\\s*$',
  'iu',
);

/**
 * The publication date of a visible date line, or null when the line is no dateline: a date inside
 * a sentence of the body, or the date of a document the text cites.
 */
export function datelineDate(line: string): string | null {
  const found = findDate(line);
  if (!found) return null;
  const before = found.before.split(SEGMENT_BREAK);
  const head = before[before.length - 1];
  if (DOCUMENT_DATE.test(head)) return null;
  if (DATELINE_LABEL.test(head)) return found.value;
  const field = wordsBeside(`${head} ${found.after.split(SEGMENT_BREAK)[0]}`);
  const all = wordsBeside(`${found.before} ${found.after}`);
  if (/[.!?…]$/.test(line.trim()) && all > MAX_FIELD_WORDS) return null;
  return field <= MAX_FIELD_WORDS || all <= MAX_DATELINE_WORDS ? found.value : null;
}

/** Words around a date that are not dateline vocabulary. */
function wordsBeside(text: string): number {
  return text.replace(DATELINE_WORDS, ' ').match(/\p{L}[\p{L}\p{M}\d]*/gu)?.length ?? 0;
}

/** How far before the body a date line may still be the article's. */
const HEADER_LOOKBACK = 25;
/** This many link lines in a row are a menu: what stands above it is the site's header, not the article's. */
const MENU_RUN = 3;
const TODAY_CLASS =
  /(?:^|[-_\s])(?:today|hom-?nay|homnay|current-?date|currentdate|ngay-?thang|ngaythang|date-?now|datenow|clock)(?=$|[-_\s])/i;

/** First block of the article's own header: after the last menu above the body, at most HEADER_LOOKBACK back. */
function headerStart(blocks: Block[], start: number): number {
  const limit = Math.max(0, start - HEADER_LOOKBACK);
  let run = 0;
  for (let i = start - 1; i >= limit; i--) {
    const b = blocks[i];
    run = b.text.length > 0 && b.linkLen >= 0.8 * b.text.length ? run + 1 : 0;
    if (run >= MENU_RUN) return i + run;
  }
  return limit;
}

/**
 * Best date line near the article. Header lines of the article beat the site's "today" banner, and
 * date lines inside the body text (events, deadlines) count least; dates in sentences never count.
 */
function visibleDate(ctx: DateContext): string | null {
  const { blocks, start, end, teaser } = ctx;
  const from = headerStart(blocks, start);
  let firstProse = start;
  while (firstProse < end && blocks[firstProse].text.length < 80) firstProse++;
  let best: { score: number; value: string; distance: number } | null = null;
  for (let i = from; i < Math.min(blocks.length, end + 5); i++) {
    const b = blocks[i];
    // A date in a link dates the page linked to ("Thứ Sáu 25/04/2025" in a most-read list), not this one.
    if (b.text.length > 160 || teaser[i] || b.linkLen > b.text.length / 2 || !hasDate(b.text)) continue;
    // The site's clock ("Thứ Hai, 02/12/2024" in a class "today") dates the visit, not the article.
    if (TODAY_CLASS.test(`${b.owner.attribs.class ?? ''} ${b.owner.attribs.id ?? ''}`)) continue;
    const value = b.text.split('\n').reduce<string | null>((v, line) => v ?? datelineDate(line), null);
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
