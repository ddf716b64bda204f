/**
 * Dates as Vietnamese news writes them: "Sáng 01/12", "Chiều nay (4/12)", "ngày 25/10/2017",
 * "Ngày 16-12", "Sáng 7-2", "sáng hôm qua", "ngày 21 tháng 12 năm 2022". A year is taken from the
 * text, else from a reference date (publication, dateline, URL); it is never invented.
 */
import { matchForm } from './normalize.js';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** Part-of-day words. Noon ("trưa") and night ("đêm") are none of the three and give null. */
export const PART_OF_DAY_WORDS: Readonly<Record<string, PartOfDay | null>> = {
  sáng: 'morning',
  chiều: 'afternoon',
  tối: 'evening',
  trưa: null,
  đêm: null,
};

/** A date written in the text. */
export interface DateMention {
  start: number;
  end: number;
  day: number | null;
  month: number | null;
  year: number | null;
  partOfDay: PartOfDay | null;
  /** "hôm nay", "sáng nay" → 0; "hôm qua", "chiều qua" → -1; null when not relative. */
  relativeDays: number | null;
}

/** A calendar date that may lack day (a month-only publication date). */
export interface ReferenceDate {
  year: number;
  month: number;
  day: number | null;
}

const POD = '(sáng|chiều|trưa|tối|đêm)';
const SEP = '\\s*[/.\\-–]\\s*';
/** "thứ Hai", "thứ 2", "Chủ nhật", optionally followed by a comma or an opening bracket. */
const WEEKDAY = '(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\\s*[,(]?\\s*)?';
const NUMERIC = new RegExp(
  `(?:${POD}\\s+)?${WEEKDAY}(?:(?:ngày|hôm)\\s+)?(?<![\\d.,/])(\\d{1,2})(?:\\s*(?:[-–]|và|,|đến(?:\\s+ngày)?)\\s*(\\d{1,2})(?=\\s*[/.\\-–]))?${SEP}(\\d{1,2})(?!\\d)(?:${SEP}(\\d{4}|\\d{2})(?![\\d%]))?(?![.,]\\d)`,
  'gu',
);
const WORDED = new RegExp(
  `(?:${POD}\\s+)?ngày\\s+(\\d{1,2})(?:\\s+(?:và|đến|,)\\s+(?:${POD}\\s+)?(?:ngày\\s+)?\\d{1,2})?\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?`,
  'gu',
);
const RELATIVE = new RegExp(
  `(?:${POD}\\s+(?:hôm\\s+)?(nay|qua)|hôm\\s+(nay|qua))(?![\\p{L}])(?:\\s*(?:\\(|,)?\\s*(?:ngày\\s+)?(\\d{1,2})${SEP}(\\d{1,2})(?!\\d)\\)?)?`,
  'gu',
);

/**
 * Finds date mentions. Works on any text (it folds it itself); offsets are those of the input.
 * Overlapping matches keep the earliest, longest one.
 */
export function findDateMentions(text: string): DateMention[] {
  const s = matchForm(text);
  const found: DateMention[] = [];
  for (const m of s.matchAll(WORDED)) {
    const day = Number(m[2]);
    const month = Number(m[4]);
    const year = m[5] ? Number(m[5]) : null;
    if (!validDayMonth(day, month)) continue;
    found.push(mention(m.index, m[0].length, day, month, year, pod(m[1] ?? m[3]), null));
  }
  for (const m of s.matchAll(RELATIVE)) {
    const relativeDays = (m[2] ?? m[3]) === 'nay' ? 0 : -1;
    const day = m[4] ? Number(m[4]) : null;
    const month = m[5] ? Number(m[5]) : null;
    const explicit = day !== null && month !== null && validDayMonth(day, month);
    found.push(
      mention(
        m.index,
        explicit ? m[0].length : m[0].length - (m[4] ? m[0].length - m[0].indexOf(m[4]) : 0),
        explicit ? day : null,
        explicit ? month : null,
        null,
        pod(m[1]),
        relativeDays,
      ),
    );
  }
  for (const m of s.matchAll(NUMERIC)) {
    const day = Number(m[2]);
    const month = Number(m[4]);
    if (!validDayMonth(day, month)) continue;
    const year = m[5] ? expandYear(m[5]) : null;
    if (m[5] && year === null) continue;
    found.push(mention(m.index, m[0].length, day, month, year, pod(m[1]), null));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

function mention(
  start: number,
  length: number,
  day: number | null,
  month: number | null,
  year: number | null,
  partOfDay: PartOfDay | null,
  relativeDays: number | null,
): DateMention {
  return { start, end: start + length, day, month, year, partOfDay, relativeDays };
}

function pod(word: string | undefined): PartOfDay | null {
  return word ? (PART_OF_DAY_WORDS[word] ?? null) : null;
}

function validDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && day <= daysInMonth(2024, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2021" → 2021, "21" → 2021; years outside 1900–2099 are not dates. */
function expandYear(raw: string): number | null {
  const n = Number(raw);
  if (raw.length === 2) return 2000 + n;
  return n >= 1900 && n <= 2099 ? n : null;
}

/** ISO "YYYY-MM-DD", or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads "YYYY-MM-DD…" or "YYYY-MM" (publication dates). */
export function parseReferenceDate(raw: string | null | undefined): ReferenceDate | null {
  if (!raw) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(raw.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : null;
  if (month < 1 || month > 12 || (day !== null && isoDate(year, month, day) === null)) return null;
  return { year, month, day };
}

/**
 * Finds a publication date in a URL: "/202203/", "/2022/03/08/", or a digit run starting
 * "YYYYMMDD" as many CMSs put in article ids ("…-20221220090222899.htm").
 */
export function dateFromUrl(url: string | null | undefined): ReferenceDate | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const ymd = /\/(20\d{2})\/(0[1-9]|1[0-2])\/([0-3]\d)\//.exec(path);
  if (ymd) return checked(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const run = /(?<!\d)(20\d{2})(0[1-9]|1[0-2])([0-3]\d)(?:[0-2]\d[0-5]\d)\d*(?!\d)/.exec(path);
  if (run) return checked(Number(run[1]), Number(run[2]), Number(run[3]));
  const ym = /\/(20\d{2})(0[1-9]|1[0-2])\//.exec(path) ?? /\/(20\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  if (ym) return { year: Number(ym[1]), month: Number(ym[2]), day: null };
  return null;
}

function checked(year: number, month: number, day: number): ReferenceDate | null {
  return isoDate(year, month, day) ? { year, month, day } : null;
}

/**
 * A dateline near the top of a page: a short line holding a full date ("12/01/2021, 18:45",
 * "Thứ 2, Ngày 02 / 12 / 2024", "Hà Nội (TTXVN 11/3/2022)", "Hải Phòng, ngày 26 tháng 02 năm
 * 2020"). Looks at the first `maxLines` non-empty lines.
 */
export function findDateline(text: string, maxLines = 8): ReferenceDate | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, maxLines);
  for (const line of lines) {
    const dates = findDateMentions(line).filter((d) => d.year !== null && d.day !== null);
    if (dates.length === 0) continue;
    const d = dates[0];
    const isShort = line.length <= 70;
    const isFormal = /^[\p{Lu}][\p{L} .]{1,30}(,\s*ngày|\s*\(\s*\p{Lu}+)/u.test(line) && d.start < 45;
    if ((isShort || isFormal) && d.day !== null && d.month !== null && d.year !== null) {
      return { year: d.year, month: d.month, day: d.day };
    }
  }
  return null;
}

/**
 * The year of a day/month seen from a reference date: the latest such date not after the
 * reference (a December meeting reported in January is last year's). A one-day grace covers
 * time zones; with a month-only reference, the same month counts as not after.
 */
export function resolveYear(day: number, month: number, ref: ReferenceDate): number {
  if (month < ref.month) return ref.year;
  if (month > ref.month) return ref.year - 1;
  if (ref.day === null) return ref.year;
  return day <= ref.day + 1 ? ref.year : ref.year - 1;
}

/** Shifts a full reference date by whole days ("hôm qua" = -1). */
export function addDays(ref: ReferenceDate, days: number): ReferenceDate | null {
  if (ref.day === null) return null;
  const t = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const WORDS = '(?:[\\p{L}\\d,"“”-]+\\s+){0,8}';
const FORWARD = new RegExp(
  `(?:nhiệm vụ|phương hướng|kế hoạch|chương trình công tác|triển khai|mục tiêu|giải pháp)\\s+${WORDS}năm\\s+$`,
  'u',
);
const BACKWARD = new RegExp(`(?:tổng kết|kiểm điểm|sơ kết|đánh giá|kết quả)\\s+${WORDS}năm\\s+$`, 'u');

interface YearMention {
  year: number;
  forward: boolean;
  backward: boolean;
  /** The months a period's label covers ("tháng 3-2018", "quý I/2024"), when the year is a label's. */
  months?: number[];
}

/**
 * Guesses the year of a day/month from the years a sentence names ("… nhiệm vụ năm 2024").
 * Meetings late in a year plan the next one; meetings early in a year review the last one.
 * Ranges ("giai đoạn 2021-2030", "nhiệm kỳ 2020 - 2025") and targets ("đến năm 2030") say nothing
 * about when a meeting was held and are skipped. Returns null when the years do not fit together.
 */
export function yearFromMentions(sentence: string, month: number): number | null {
  // A period's label dates a meeting held in that period or the month after it (the review of quarter I
  // in April), not one held before it (planning quarter IV in September).
  const mentions = yearMentions(matchForm(sentence)).filter(
    (m) => !m.months || m.months.includes(month) || m.months.includes(month === 1 ? 12 : month - 1),
  );
  if (mentions.length === 0) return null;
  const years = mentions.map((m) => m.year);
  const max = Math.max(...years);
  let year: number;
  if (month >= 10) {
    const forward = mentions.filter((m) => m.forward).map((m) => m.year);
    year = forward.length > 0 ? Math.max(...forward) - 1 : max;
    return years.every((y) => y === year || y === year + 1) ? year : null;
  }
  if (month <= 3 && mentions.every((m) => m.backward)) year = max + 1;
  else year = max;
  return years.every((y) => y === year || y === year - 1) ? year : null;
}

function quarterMonths(raw: string): number[] {
  const q = /^\d$/.test(raw)
    ? Number(raw)
    : (({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[raw] ?? 0);
  return q ? [q * 3 - 2, q * 3 - 1, q * 3] : [];
}

function yearMentions(s: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of s.matchAll(/(?<![\d.-])((?:19|20)\d{2})(?!\d)/g)) {
    const year = Number(m[1]);
    const before = s.slice(Math.max(0, m.index - 90), m.index);
    const after = s.slice(m.index + 4, m.index + 12);
    if (/^\s*[-–]\s*\d{4}/.test(after) || /\d{4}\s*[-–]\s*$/.test(before)) continue;
    if (/(?:đến|tới|tầm nhìn|giai đoạn|nhiệm kỳ)\s+(?:năm\s+)?$/.test(before)) continue;
    // A period's label: "tháng 3/2024", "tháng 12-2015", "tháng 3.2024", "quý I/2024".
    const period = /(?:tháng\s+(\d{1,2})|quý\s+([ivx\d]+))\s*[/.\-–]\s*$/.exec(before);
    if (period) {
      const months = period[1] ? [Number(period[1])] : quarterMonths(period[2]);
      out.push({ year, forward: false, backward: false, months });
      continue;
    }
    if (/\/\s*$/.test(before)) continue;
    if (!/năm\s+$/.test(before)) continue;
    out.push({ year, forward: FORWARD.test(before), backward: BACKWARD.test(before) });
  }
  return out;
}
