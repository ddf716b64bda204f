/**
 * When the meeting was held: the date written in the lead, its year from the text or from when
 * the article was written, and the part of the day.
 */
import {
  addDays,
  isoDate,
  resolveYear,
  yearFromMentions,
  type DateMention,
  type PartOfDay,
} from '../vietnamese/dates.js';
import { matchForm } from '../vietnamese/normalize.js';
import type { Doc } from './doc.js';
import { leadSentences, type LeadEvent } from './lead.js';

export interface When {
  date: { value: string; start: number; end: number } | null;
  partOfDay: { value: PartOfDay; start: number; end: number } | null;
}

/** Dates that belong to a document or a news agency line, not to the meeting. */
export function isForeignDate(doc: Doc, d: DateMention): boolean {
  // Only the same paragraph counts: a headline ending in "Nghị quyết 18" does not own the lead's date.
  const before = doc.text
    .slice(Math.max(0, d.start - 40), d.start)
    .split('\n')
    .pop()!;
  if (/(?:\d+\s*[-/]\s*[\p{Lu}Đ]+(?:[-/][\p{Lu}Đ\d]+)*|số\s+\S+)\s*,?\s*(?:ngày\s*)?$/u.test(before))
    return true;
  if (
    /(?:nghị quyết|chỉ thị|kết luận|quy định|quyết định|kế hoạch|thông báo|hướng dẫn)\s*(?:số\s*)?\S*\s*,?\s*$/iu.test(
      before,
    )
  ) {
    return true;
  }
  return /\(\s*[\p{Lu}]{2,}\s*$/u.test(before);
}

/** The date mention that tells when the meeting was held. */
export function meetingDateMention(doc: Doc, lead: LeadEvent | null): DateMention | null {
  const usable = (d: DateMention) =>
    ((d.day !== null && d.month !== null) || d.relativeDays !== null || d.partOfDay !== null) &&
    !isForeignDate(doc, d);
  if (lead) {
    const inLead = doc.dates.filter(
      (d) => d.start >= lead.sentence.start && d.start < lead.sentence.end && usable(d),
    );
    if (inLead.length) return inLead[0];
  }
  // A lead without a date ("… Trưởng Tiểu ban chủ trì.") takes the date opening a sentence next to it.
  const sentences = leadSentences(doc);
  const at = lead ? sentences.findIndex((s) => s.start === lead.sentence.start) : -1;
  const near = at >= 0 ? sentences.slice(Math.max(0, at - 1), at + 2) : sentences;
  for (const s of near) {
    if (s.text.length < 40) continue;
    const d = doc.dates.find(
      (m) => m.start >= s.start && m.start < s.start + 30 && usable(m) && m.day !== null,
    );
    if (d) return d;
  }
  return null;
}

/**
 * A report of a later day of a meeting ("Hội nghị … bước sang ngày làm việc thứ tư", "… bế mạc"): the day it
 * names is not the meeting's first day.
 */
const LATER_DAY =
  /ngày làm việc thứ (?:hai|ba|tư|năm|sáu|bảy|[2-9])|(?<![\p{L}])(?:bế mạc|kết thúc|phiên bế mạc|ngày cuối)(?![\p{L}])/u;

export function meetingWhen(doc: Doc, lead: LeadEvent | null): When {
  const mention = meetingDateMention(doc, lead);
  if (!mention) return { date: null, partOfDay: null };
  const leadText = matchForm(`${doc.title ?? ''}\n${lead?.sentence.text ?? ''}`);
  if (lead && LATER_DAY.test(leadText) && MULTI_DAY.test(leadText)) {
    // Its first day is the earliest day the text gives for it, within the days before; else unknown.
    const earlier = earliestDayBefore(doc, mention);
    const value = earlier ? resolveDate(doc, { ...earlier, partOfDay: null }, lead) : null;
    if (earlier && value) return { date: { value, start: earlier.start, end: earlier.end }, partOfDay: null };
    // Unknown first day: the session reported keeps its part of the day.
    return {
      date: null,
      partOfDay: mention.partOfDay
        ? { value: mention.partOfDay, start: mention.start, end: mention.end }
        : null,
    };
  }
  const partOfDay = mention.partOfDay
    ? { value: mention.partOfDay, start: mention.start, end: mention.end }
    : null;
  const value = resolveDate(doc, mention, lead);
  return { date: value ? { value, start: mention.start, end: mention.end } : null, partOfDay };
}

/** Meetings that sit for several days: plenums, sessions, congresses. */
const MULTI_DAY = /(?:hội nghị (?:lần thứ|trung ương)|ban chấp hành|kỳ họp|đại hội)/u;
/** How many days before a later day its first day may be written. */
const MULTI_DAY_SPAN = 7;

function earliestDayBefore(doc: Doc, later: DateMention): DateMention | null {
  if (later.day === null || later.month === null) return null;
  const key = (d: DateMention) => (d.month! - later.month!) * 31 + (d.day! - later.day!);
  return (
    doc.dates
      .filter((d) => d.day !== null && d.month !== null && !isForeignDate(doc, d))
      .filter((d) => key(d) < 0 && key(d) >= -MULTI_DAY_SPAN)
      .sort((a, b) => key(a) - key(b))[0] ?? null
  );
}

function resolveDate(doc: Doc, d: DateMention, lead: LeadEvent | null): string | null {
  const ref = doc.reference;
  if (d.day === null || d.month === null) {
    if (d.relativeDays === null || !ref) return null;
    const day = addDays(ref, d.relativeDays);
    return day && day.day !== null ? isoDate(day.year, day.month, day.day) : null;
  }
  if (d.year !== null) return isoDate(d.year, d.month, d.day);
  if (ref) return isoDate(resolveYear(d.day, d.month, ref), d.month, d.day);
  const sentence = lead?.sentence.text ?? '';
  const year =
    yearFromMentions(sentence, d.month) ??
    (doc.title ? yearFromMentions(doc.title, d.month) : null) ??
    yearAfterDisseminated(doc, lead, d.day, d.month) ??
    (lead?.meeting ? termStartYear(doc.folded.slice(lead.meeting.start, lead.sentence.end)) : null);
  return year === null ? null : isoDate(year, d.month, d.day);
}

/**
 * A congress or the first session of a term is held in the term's first year: "Đại hội đại biểu … nhiệm
 * kỳ 2025 - 2030", "Kỳ họp thứ nhất HĐND huyện khóa VI, nhiệm kỳ 2021 - 2026".
 */
const TERM_OPENING =
  /^(?:đại hội|kỳ họp thứ nhất|phiên họp (?:thứ nhất|đầu tiên))[^.;]*?nhiệm kỳ\s+(\d{4})\s*[-–]\s*\d{4}/u;

/** The term's first year, when the meeting named at the start of `folded` opens the term. */
function termStartYear(folded: string): number | null {
  const m = TERM_OPENING.exec(folded);
  return m ? Number(m[1]) : null;
}

/**
 * A meeting held to disseminate a document ("quán triệt, triển khai Quy định số 162-QĐ/TW, ngày
 * 29/5/2024") comes within the year after the document's date. Reviews ("tổng kết 10 năm thực
 * hiện …") look back years and say nothing.
 */
function yearAfterDisseminated(doc: Doc, lead: LeadEvent | null, day: number, month: number): number | null {
  if (!lead) return null;
  const f = doc.folded.slice(lead.sentence.start, lead.sentence.end);
  if (!/quán triệt|triển khai|học tập|nghiên cứu|phổ biến/u.test(f) || /tổng kết|sơ kết|kiểm điểm/u.test(f))
    return null;
  const docDates = doc.dates.filter(
    (m) =>
      m.start >= lead.sentence.start &&
      m.start < lead.sentence.end &&
      m.year !== null &&
      isForeignDate(doc, m),
  );
  if (!docDates.length) return null;
  const latest = docDates.reduce((a, b) => (dayNumber(b) > dayNumber(a) ? b : a));
  const y = latest.year!;
  return month * 100 + day >= latest.month! * 100 + latest.day! ? y : y + 1;
}

function dayNumber(m: DateMention): number {
  return (m.year ?? 0) * 10000 + (m.month ?? 0) * 100 + (m.day ?? 0);
}
