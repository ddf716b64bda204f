/**
 * Turns date strings found on Vietnamese (and English) news pages into ISO 8601.
 *
 * Output convention:
 * - a date with time → "YYYY-MM-DDTHH:mm:ss+07:00", converted to Vietnam time whatever offset the
 *   source gave (a local time without offset is taken as Vietnam time, UTC+7);
 * - a date without time → midnight Vietnam time, "YYYY-MM-DDT00:00:00+07:00";
 * - a year and month only (some meta tags) → "YYYY-MM", nothing invented.
 */

const VN_OFFSET_MINUTES = 7 * 60;

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, when the source said. */
  offset?: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validTime(h: number, mi: number, s: number): boolean {
  return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 60;
}

/** Formats in Vietnam time; a missing time is midnight Vietnam time. */
function format(p: Parts): string | null {
  if (!validDate(p.year, p.month, p.day)) return null;
  if (p.hour === undefined) return `${p.year}-${pad(p.month)}-${pad(p.day)}T00:00:00+07:00`;
  const minute = p.minute ?? 0;
  const second = p.second ?? 0;
  if (!validTime(p.hour, minute, second)) return null;
  const offset = p.offset ?? VN_OFFSET_MINUTES;
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, minute, Math.floor(second)) - offset * 60_000;
  const vn = new Date(utc + VN_OFFSET_MINUTES * 60_000);
  return (
    `${vn.getUTCFullYear()}-${pad(vn.getUTCMonth() + 1)}-${pad(vn.getUTCDate())}` +
    `T${pad(vn.getUTCHours())}:${pad(vn.getUTCMinutes())}:${pad(vn.getUTCSeconds())}+07:00`
  );
}

/** "+07:00", "+0700", "+7", "Z", "GMT+7", "UTC+07:00" → minutes east of UTC. */
function parseOffset(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const t = s.trim().toUpperCase();
  if (t === 'Z' || t === 'GMT' || t === 'UTC') return 0;
  const m = /([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

const ISO =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{1,2}|(?:GMT|UTC)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?\s*$/i;
const YEAR_MONTH = /^\s*(\d{4})-(\d{2})\s*$/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/;

/** Year, month, day, then optional hour, minute, second and offset, as ISO and COMPACT capture them. */
function machineParts(m: RegExpExecArray): Parts {
  const optional = (v: string | undefined) => (v === undefined ? undefined : +v);
  return {
    year: +m[1],
    month: +m[2],
    day: +m[3],
    hour: optional(m[4]),
    minute: optional(m[5]),
    second: optional(m[6]),
    offset: parseOffset(m[7]),
  };
}

/**
 * Machine-readable dates of meta tags, JSON-LD and <time datetime>: ISO 8601 and its common
 * variants, "YYYY-MM", compact "YYYYMMDD", RFC 2822, and Unix epoch seconds or milliseconds.
 */
export function parseMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) {
    return format(machineParts(m));
  }
  m = YEAR_MONTH.exec(s);
  if (m) {
    const year = +m[1];
    const month = +m[2];
    return validDate(year, month, 1) ? `${year}-${pad(month)}` : null;
  }
  m = COMPACT.exec(s);
  if (m) {
    return format(machineParts(m));
  }
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    return epochToVn(ms);
  }
  return parseDateText(s);
}

function epochToVn(ms: number): string | null {
  const d = new Date(ms + VN_OFFSET_MINUTES * 60_000);
  if (Number.isNaN(d.getTime())) return null;
  return format({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  });
}

/** Time of day: "15:15", "15:15:30", "15h15", "15 giờ 15", "3:15 PM", "9:15 SA" (sáng) / "CH" (chiều). */
const TIME =
  /(?<![\d/.:-])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*(?::|phút)\s*(\d{2}))?(?:\s*(?:phút))?(?:\s*(am|pm|a\.m\.|p\.m\.|sa|ch|sáng|chiều|tối)(?![\p{L}]))?(?![\d])/iu;
const ZONE = /\b(?:GMT|UTC)\s*([+-]\s*\d{1,2}(?::?\d{2})?)?|(?<=\d\s?)([+-]\d{2}:?\d{2})\b/i;

/** Numeric day-first dates: "16/12/2024", "16-12-2024", "16.12.2024", "02 / 12 / 2024". */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/;
/** Year-first: "2024/12/16", "2024-12-16". */
const YEAR_FIRST_DATE = /(?<!\d)(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/;
/** "ngày 16 tháng 12 năm 2024", "16 tháng 12, 2024", "Ngày 16 Tháng 12 Năm 2024". */
const VI_WORDS_DATE = /(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)?\s*(\d{4})/iu;
/** "November 19, 2019", "Nov. 19 2019" and "19 November 2019". */
const EN_MONTH_FIRST =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const EN_DAY_FIRST =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b/i;

function findTime(s: string): Pick<Parts, 'hour' | 'minute' | 'second'> | null {
  const m = TIME.exec(s);
  if (!m) return null;
  let hour = +m[1];
  const minute = +m[2];
  const second = m[3] === undefined ? 0 : +m[3];
  const meridiem = m[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' || meridiem === 'ch' || meridiem === 'chiều' || meridiem === 'tối') {
    if (hour < 12) hour += 12;
  } else if ((meridiem === 'am' || meridiem === 'sa' || meridiem === 'sáng') && hour === 12) hour = 0;
  if (!validTime(hour, minute, second)) return null;
  return { hour, minute, second };
}

function findZone(s: string): number | undefined {
  const m = ZONE.exec(s);
  if (!m) return undefined;
  if (m[2]) return parseOffset(m[2]);
  return m[1] ? parseOffset(m[1]) : 0;
}

/**
 * Day-first dates with a two-digit year, as short datelines print them: "17/10/21", "17-10-21 08:30".
 * Not glued to letters, digits or further separators, so "01/12/17-ĐU" or "1.2.3.4" stay out.
 */
const SHORT_YEAR_DATE =
  /(?<![\p{L}\d]|[\p{L}\d][/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\p{L}\d]|[/.-][\p{L}\d])/u;
/**
 * Relative times ("2 giờ trước", "15 phút trước", "3 hours ago") say nothing about the calendar day;
 * they are cut before parsing so their numbers are never read as a time of day.
 */
const RELATIVE_TIME =
  /\d+\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)(?:\s*\d+\s*(?:giây|phút))?\s+(?:trước|qua)(?![\p{L}])|\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/giu;

/** Two-digit years: 90–99 are the 1990s, the rest this century. */
function fullYear(yy: number): number {
  return yy >= 90 ? 1900 + yy : 2000 + yy;
}

/** A date found in a line of text, with the text around it (NFC, relative times cut). */
export interface FoundDate {
  value: string;
  before: string;
  after: string;
}

/**
 * Human-written dates as printed on pages: "Thứ 2, Ngày 02 / 12 / 2024", "Cập nhật: 16/12/2024 15:15",
 * "04/12/2023 09:15 GMT+7", "Thứ Hai, 16/12/2024, 15:15 (GMT+7)", "16-12-2024", "15:15 | 16/12/2024",
 * "ngày 16 tháng 12 năm 2024", "November 19, 2019 10:00 AM", "17/10/21". Day comes before month, as
 * in Vietnam, unless only the other order is a valid date.
 */
export function findDate(text: string | null | undefined): FoundDate | null {
  if (!text) return null;
  const s = text
    .normalize('NFC')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(RELATIVE_TIME, ' ');
  let date: Pick<Parts, 'year' | 'month' | 'day'> | null = null;
  let m = NUMERIC_DATE.exec(s);
  if (m) {
    let day = +m[1];
    let month = +m[3];
    const year = +m[4];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    date = { year, month, day };
  } else if ((m = YEAR_FIRST_DATE.exec(s))) {
    date = { year: +m[1], month: +m[3], day: +m[4] };
  } else if ((m = VI_WORDS_DATE.exec(s))) {
    date = { year: +m[3], month: +m[2], day: +m[1] };
  } else if ((m = EN_MONTH_FIRST.exec(s))) {
    date = { year: +m[3], month: MONTHS[m[1].toLowerCase()], day: +m[2] };
  } else if ((m = EN_DAY_FIRST.exec(s))) {
    date = { year: +m[3], month: MONTHS[m[2].toLowerCase()], day: +m[1] };
  } else if ((m = SHORT_YEAR_DATE.exec(s))) {
    date = { year: fullYear(+m[4]), month: +m[3], day: +m[1] };
  }
  if (!date || !m) return null;
  const before = s.slice(0, m.index);
  const after = s.slice(m.index + m[0].length);
  const rest = `${before} ${after}`;
  const time = findTime(rest);
  const value = time ? format({ ...date, ...time, offset: findZone(rest) }) : format(date);
  return value ? { value, before, after } : null;
}

export function parseDateText(text: string | null | undefined): string | null {
  return findDate(text)?.value ?? null;
}

/** True when the text holds something parseDateText understands. */
export function hasDate(text: string): boolean {
  return (
    NUMERIC_DATE.test(text) ||
    YEAR_FIRST_DATE.test(text) ||
    VI_WORDS_DATE.test(text) ||
    EN_MONTH_FIRST.test(text) ||
    EN_DAY_FIRST.test(text) ||
    SHORT_YEAR_DATE.test(text)
  );
}
