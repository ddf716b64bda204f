/**
 * The article as the extraction rules see it: NFC text and its matching form (same offsets),
 * paragraphs, sentences, people and dates, and the date the article was written.
 */
import type { Span } from '@hoinghi/contracts';
import { definedAbbreviations } from '../vietnamese/bodies.js';
import {
  dateFromUrl,
  findDateline,
  findDateMentions,
  parseReferenceDate,
  type DateMention,
  type ReferenceDate,
} from '../vietnamese/dates.js';
import { findPersonMentions, type PersonMention } from '../vietnamese/names.js';
import { composeText, foldSameLength, matchForm } from '../vietnamese/normalize.js';
import { paragraphs, sentences, type Segment } from '../vietnamese/sentences.js';

export interface ArticleInput {
  text: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  /** Image captions the article extractor kept out of the text; they name who did what. */
  captions?: string[];
  /** Author line the article extractor kept out of the text. */
  byline?: string | null;
  /** The language the article extractor told from the text, when it did. */
  language?: string | null;
}

export interface Doc {
  /** NFC article text; all offsets below are offsets into it. */
  text: string;
  /** Matching form of `text`, same length. */
  folded: string;
  title: string | null;
  titleFolded: string;
  url: string | null;
  paragraphs: Segment[];
  sentences: Segment[];
  /** Where the article proper ends (comments, related stories and the like follow). */
  bodyEnd: number;
  persons: PersonMention[];
  dates: DateMention[];
  /** For each paragraph index, how many prose paragraphs come before it. */
  proseBefore: number[];
  /** When the article was written: publication date, else a dateline, else a date in the URL. */
  reference: ReferenceDate | null;
  abbreviations: Map<string, string>;
  captions: Array<{ text: string; folded: string; persons: PersonMention[] }>;
  byline: string | null;
  /**
   * A span over `text`, with offsets into the caller's article text; null for a passage of the
   * headline, which the working text carries in front of the article text when the article text
   * does not repeat it.
   */
  span(start: number, end: number): Span | null;
}

/** Lines after which a page has left the article. */
const TRAILER =
  /^(?:tin liên quan|bài liên quan|xem thêm|tin cùng chuyên mục|tin mới|tin nổi bật|tin khác|các tin khác|gợi ý|bình luận|\d+ bình luận|ý kiến của bạn|ý kiến bạn đọc|vui lòng nhập|thống kê truy cập|thư viện ảnh|hệ thống văn bản|chia sẻ bài viết|tag\s*:|từ khóa\s*:|video mới nhất|chương trình trên)/u;

/**
 * The most of an article the rules read. News reports, even speeches printed in full, are far shorter;
 * several rules look around each mention, so an unbounded run-on text would cost quadratic time.
 */
const MAX_TEXT_LENGTH = 100_000;

export function buildDoc(article: ArticleInput): Doc {
  const source = typeof article.text === 'string' ? article.text.slice(0, MAX_TEXT_LENGTH) : '';
  const title = typeof article.title === 'string' && article.title.trim() ? article.title.trim() : null;
  const composed = composeText(source);
  // The headline is part of what the page says; article extractors keep it out of the text.
  const headline =
    title && !matchForm(composed.text).includes(matchForm(title)) ? `${title.normalize('NFC')}\n\n` : '';
  const text = headline + composed.text;
  const folded = foldSameLength(text);
  const paras = paragraphs(text);
  let bodyEnd = text.length;
  for (let i = 1; i < paras.length; i++) {
    if (TRAILER.test(folded.slice(paras[i].start, paras[i].end))) {
      bodyEnd = paras[i].start;
      break;
    }
  }
  const body = paras.filter((p) => p.start < bodyEnd);
  const proseBefore = [0];
  for (const p of body) proseBefore.push(proseBefore[proseBefore.length - 1] + (isProse(p.text) ? 1 : 0));
  const reference = parseReferenceDate(article.publishedAt) ?? findDateline(text) ?? dateFromUrl(article.url);
  const captions = (article.captions ?? [])
    .filter((c): c is string => typeof c === 'string')
    .map((c) => {
      const t = c.normalize('NFC');
      return { text: t, folded: matchForm(t), persons: findPersonMentions(t) };
    });
  return {
    text,
    folded,
    title,
    titleFolded: title ? matchForm(title) : '',
    url: article.url,
    paragraphs: body,
    proseBefore,
    sentences: sentences(text).filter((s) => s.start < bodyEnd),
    bodyEnd,
    persons: findPersonMentions(text.slice(0, bodyEnd)),
    dates: findDateMentions(text.slice(0, bodyEnd)),
    reference,
    abbreviations: definedAbbreviations(text.slice(0, bodyEnd)),
    captions,
    byline: typeof article.byline === 'string' && article.byline.trim() ? article.byline.trim() : null,
    span(start: number, end: number): Span | null {
      if (start < headline.length) return null;
      const s = composed.toSource(start - headline.length);
      const e = composed.toSource(end - headline.length);
      return { start: s, end: e, text: source.slice(s, e) };
    },
  };
}

/** The sentence holding an offset. */
export function sentenceAt(doc: Doc, offset: number): Segment | null {
  return segmentAt(doc.sentences, offset);
}

/** The paragraph holding an offset. */
export function paragraphAt(doc: Doc, offset: number): Segment | null {
  return segmentAt(doc.paragraphs, offset);
}

/** Binary search in segments in text order: a linear scan per lookup is quadratic on long pages. */
function segmentAt(segments: Segment[], offset: number): Segment | null {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const found = segments[lo];
  return found && found.start <= offset ? found : null;
}

/** Index of the paragraph holding an offset, counting only paragraphs with prose in them. */
export function proseParagraphIndex(doc: Doc, offset: number): number {
  // Binary search for the first paragraph not ending before the offset.
  let lo = 0;
  let hi = doc.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.paragraphs[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return doc.proseBefore[lo];
}

/** A paragraph of prose rather than a menu line, dateline or caption. */
export function isProse(text: string): boolean {
  return text.length >= 60 || (text.length >= 30 && /[.,;:]/.test(text) && /\s\p{Ll}/u.test(text));
}
