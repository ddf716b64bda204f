/**
 * Dates as English reports write them: "on December 1", "on 19 March", "on May 16, 2023", "on the
 * morning of October 15", "October 12 morning", "on Friday", "today (October 16)". A year comes from the
 * text, else from the reference date; it is never invented.
 */
import { addDays, isoDate, resolveYear, type PartOfDay, type ReferenceDate } from '../vietnamese/dates.js';

export interface EnglishDate {
  start: number;
  end: number;
  day: number | null;
  month: number | null;
  year: number | null;
  /** Only a weekday was written ("on Friday"). */
  weekday: number | null;
  /** "today" 0, "yesterday" -1. */
  relativeDays: number | null;
  partOfDay: PartOfDay | null;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const PARTS: Readonly<Record<string, PartOfDay>> = {
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'evening',
};

const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
const WEEKDAY = `(?:(${Object.keys(WEEKDAYS).join('|')}),?\\s+)?`;
const PART_BEFORE = '(?:(?:on\\s+)?(?:the\\s+)?(morning|afternoon|evening|night)\\s+of\\s+)?';
const PART_AFTER = '(?:\\s+(morning|afternoon|evening))?';

const MONTH_DAY = new RegExp(`${PART_BEFORE}${WEEKDAY}${MONTH}\\s+${DAY}(?![\\d])${YEAR}${PART_AFTER}`, 'gi');
const DAY_MONTH = new RegExp(`${PART_BEFORE}${WEEKDAY}${DAY}\\s+${MONTH}(?![a-z])${YEAR}${PART_AFTER}`, 'gi');
const BARE_WEEKDAY = new RegExp(
  `\\bon\\s+(?:the\\s+(morning|afternoon|evening)\\s+of\\s+)?(${Object.keys(WEEKDAYS).join('|')})(?:\\s+(morning|afternoon|evening))?\\b(?!,?\\s+(?:${Object.keys(MONTHS).join('|')}|\\d))`,
  'gi',
);
const RELATIVE = /\b(?:(this) (morning|afternoon|evening)|(today|tonight|yesterday))\b/gi;

/** Date mentions in English text; overlapping matches keep the earliest, longest one. */
export function findEnglishDates(text: string): EnglishDate[] {
  const found: EnglishDate[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    push(found, m.index, m[0], Number(m[4]), MONTHS[m[3].toLowerCase()], m[5], m[2], m[1] ?? m[6]);
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    push(found, m.index, m[0], Number(m[3]), MONTHS[m[4].toLowerCase()], m[5], m[2], m[1] ?? m[6]);
  }
  for (const m of text.matchAll(BARE_WEEKDAY)) {
    const part = (m[1] ?? m[3])?.toLowerCase();
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      day: null,
      month: null,
      year: null,
      weekday: WEEKDAYS[m[2].toLowerCase()],
      relativeDays: null,
      partOfDay: part ? PARTS[part] : null,
    });
  }
  for (const m of text.matchAll(RELATIVE)) {
    const word = (m[3] ?? m[1]).toLowerCase();
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      day: null,
      month: null,
      year: null,
      weekday: null,
      relativeDays: word === 'yesterday' ? -1 : 0,
      partOfDay: m[2] ? PARTS[m[2].toLowerCase()] : word === 'tonight' ? 'evening' : null,
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EnglishDate[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

function push(
  out: EnglishDate[],
  at: number,
  raw: string,
  day: number,
  month: number,
  year: string | undefined,
  weekday: string | undefined,
  part: string | undefined,
): void {
  if (!month || day < 1 || day > 31) return;
  const y = year ? Number(year) : null;
  if (y !== null && (y < 1900 || y > 2099)) return;
  out.push({
    start: at,
    end: at + raw.length,
    day,
    month,
    year: y,
    weekday: weekday ? WEEKDAYS[weekday.toLowerCase()] : null,
    relativeDays: null,
    partOfDay: part ? (PARTS[part.toLowerCase()] ?? null) : null,
  });
}

/** The ISO day a mention names, seen from the reference date; null when its year cannot be known. */
export function resolveEnglishDate(d: EnglishDate, ref: ReferenceDate | null): string | null {
  if (d.day !== null && d.month !== null) {
    if (d.year !== null) return isoDate(d.year, d.month, d.day);
    return ref ? isoDate(resolveYear(d.day, d.month, ref), d.month, d.day) : null;
  }
  if (!ref || ref.day === null) return null;
  if (d.relativeDays !== null) {
    const r = addDays(ref, d.relativeDays);
    return r && r.day !== null ? isoDate(r.year, r.month, r.day) : null;
  }
  if (d.weekday !== null) {
    // "on Friday" in a report: the latest such day not after the publication day.
    const refDay = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
    const r = addDays(ref, -((refDay - d.weekday + 7) % 7));
    return r && r.day !== null ? isoDate(r.year, r.month, r.day) : null;
  }
  return null;
}
