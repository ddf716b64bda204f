/**
 * What a layout renders: one labeled case as a news page would carry it (headline, lead, body,
 * publication date, address), plus the date the site prints for "today" in its header.
 */
import { caseLines, escapeHtml, type LabeledCase } from '../scoring.js';

export interface PageInput {
  id: string;
  /**
   * The headline: the case's first line, as the scorer takes it. A first line that does not read like one
   * (an excerpt opening mid-text) is also the first paragraph, as on pages whose headline repeats the lead.
   */
  headline: string;
  /** The <title> the scorer gives the case (its first line). */
  titleTag: string;
  /** Body paragraphs, the headline left out when it reads like one. */
  paragraphs: string[];
  url: string | null;
  /** Publication date as labeled: "YYYY-MM-DD", "YYYY-MM" or null. */
  published: string | null;
  /** The day the page was fetched, which site headers print as today's date. */
  today: { year: number; month: number; day: number; weekday: number };
  /** A number from the case id, for choices that vary between pages but not between runs. */
  seed: number;
}

/** Longest first line that reads as a headline only; longer ones are also the text itself. */
const MAX_HEADLINE_LENGTH = 250;
/** Sites in the harness are read this long after the article appeared, so "today" is another day. */
const DAYS_AFTER_PUBLICATION = 400;
/** The day printed as today when the case has no publication date. */
const DEFAULT_TODAY = Date.UTC(2024, 11, 2);

export function pageInput(c: LabeledCase): PageInput {
  const lines = caseLines(c);
  const first = lines[0] ?? '';
  const isHeadline = first.length > 0 && first.length <= MAX_HEADLINE_LENGTH && !/[.!?…]$/u.test(first);
  const published = c.published ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(c.published) : null;
  const base = published
    ? Date.UTC(Number(published[1]), Number(published[2]) - 1, Number(published[3] ?? 15))
    : DEFAULT_TODAY - DAYS_AFTER_PUBLICATION * 86_400_000;
  const t = new Date(base + DAYS_AFTER_PUBLICATION * 86_400_000);
  return {
    id: c.id,
    headline: first,
    titleTag: c.input.kind === 'text' ? (c.input.title ?? first) : first,
    paragraphs: isHeadline ? lines.slice(1) : lines,
    url: c.source_url,
    published: c.published,
    today: {
      year: t.getUTCFullYear(),
      month: t.getUTCMonth() + 1,
      day: t.getUTCDate(),
      weekday: t.getUTCDay(),
    },
    seed: [...c.id].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7),
  };
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "Thứ Hai, 02/12/2024", as site headers print the current day. */
export function todayLine(p: PageInput): string {
  const { year, month, day, weekday } = p.today;
  return `${WEEKDAYS[weekday]}, ${pad(day)}/${pad(month)}/${year}`;
}

/** The publication date as a page prints it near the headline; null when only the month is known. */
export function visibleDate(
  p: PageInput,
  style: 'numeric' | 'weekday' | 'dotted' = 'numeric',
): string | null {
  const m = p.published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(p.published) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = `${pad(7 + (p.seed % 10))}:${pad((p.seed >> 4) % 60)}`;
  if (style === 'weekday') {
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    return `${WEEKDAYS[weekday]}, ${pad(day)}/${pad(month)}/${year} - ${time}`;
  }
  if (style === 'dotted') return `${pad(day)}.${pad(month)}.${year} | ${time}`;
  return `${pad(day)}/${pad(month)}/${year} ${time}`;
}

/** ISO publication time for meta tags and JSON-LD; a month alone stays a month. */
export function machineDate(p: PageInput): string | null {
  if (!p.published) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(p.published) ? `${p.published}T08:00:00+07:00` : p.published;
}

/** <head> lines every layout shares: charset, title, canonical address. */
export function headBasics(p: PageInput, siteName: string): string {
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(p.titleTag)} - ${escapeHtml(siteName)}</title>`,
    p.url ? `<link rel="canonical" href="${escapeHtml(p.url)}">` : '',
  ].join('\n');
}

export const paragraphsHtml = (lines: string[]) => lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');

/** Picks `n` items of a list, varied by the page's seed. */
export function pick<T>(list: readonly T[], n: number, seed: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n && i < list.length; i++) out.push(list[(seed + i) % list.length]);
  return out;
}
