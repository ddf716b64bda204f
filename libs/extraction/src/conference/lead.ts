/**
 * The lead: the sentence near the top of a report that says a meeting was held ("Sáng 01/12, Bộ
 * Chính trị, Ban Bí thư tổ chức Hội nghị…", "Hội nghị … diễn ra chiều nay tại Hà Nội").
 */
import { alternation } from '../vocabulary/alternation.js';
import { startsWithTitle } from '../vietnamese/titles.js';
import type { DateMention } from '../vietnamese/dates.js';
import type { Segment } from '../vietnamese/sentences.js';
import { isProse, paragraphAt, proseParagraphIndex, type Doc } from './doc.js';
import { isForeignDate } from './when.js';
import {
  AGGREGATE,
  COLLECTIVE_BODIES,
  DELIBERATIVE,
  FUTURE_DAYS,
  FUTURE_MARKERS,
  HAPPEN_VERBS,
  HOLD_FILLERS,
  HOLD_VERBS,
  MEETING_NOUNS,
  NOT_MEETINGS,
  OTHER_EVENTS,
  PHOTO_CREDIT,
  PLANNED,
} from '../vocabulary/meetings.js';

/** A meeting noun in the text. */
export interface MeetingMention {
  start: number;
  end: number;
  noun: string;
}

export interface LeadEvent {
  sentence: Segment;
  meeting: MeetingMention | null;
  date: DateMention | null;
  /** The sentence says when: a date, "hôm nay", "vừa". */
  timed: boolean;
  future: boolean;
  /** A meeting noun with a verb saying it was held, or a presiding official with a date. */
  strength: 'strong' | 'medium';
}

const MEETING = new RegExp(`(?<![\\p{L}])(?:${alternation(MEETING_NOUNS)})(?![\\p{L}])`, 'gu');
const NOT_MEETING = new RegExp(`(?<![\\p{L}])(?:${alternation(NOT_MEETINGS)})(?![\\p{L}])`, 'gu');
const HOLD_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(HOLD_VERBS)})(?:\\s*(?:${alternation(HOLD_FILLERS)}))*\\s+$`,
  'u',
);
// "họp" after a meeting's name is the verb ("Hội nghị … họp tại"), not the noun of "kỳ họp".
const HAPPEN_AFTER = new RegExp(
  `(?<![\\p{L}])(?<!(?:kỳ|phiên|cuộc|buổi|phòng)\\s)(?:${alternation(HAPPEN_VERBS)})(?![\\p{L}])(?!\\s*báo)`,
  'u',
);
const WORKING_WITH = /(?<![\p{L}])(?:có buổi làm việc|đã làm việc|làm việc) với(?![\p{L}])/u;
const REFERENCED =
  /(?:thực hiện|theo|triển khai|quán triệt|cụ thể hóa)\s+(?:các\s+|những\s+)?(?:kết luận|chỉ đạo|ý kiến chỉ đạo|thông báo kết luận|yêu cầu|nội dung)\s+(?:của\s+)?[^,.;]{0,80}$/u;
const JUST = /(?<![\p{L}])(?:vừa|mới đây|hôm nay|hôm qua)(?![\p{L}])/u;
const PRESIDED = /(?<![\p{L}])(?:đồng )?chủ trì(?![\p{L}])/u;
/** "tổ chức học tập, quán triệt Nghị quyết…": a dissemination meeting without the word. */
const IMPLICIT_MEETING =
  /(?<![\p{L}])tổ chức\s+((?:nghiên cứu|học tập|quán triệt|phổ biến|tổng kết|sơ kết)(?:,|\s))/u;
/** "Đảng ủy Quân sự tỉnh ra nghị quyết thực hiện nhiệm vụ quý IV": a committee meets to pass it. */
const COMMITTEE_RESOLVES =
  /(?<![\p{L}])(?:đảng ủy|ban thường vụ|ban chấp hành|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|quân ủy)[^.;:]{0,60}?\sra nghị quyết\s+(?:lãnh đạo\s+)?(?:thực hiện\s+)?nhiệm vụ/u;

/** The mentions of the last text read: every rule asks for them, sentence by sentence. */
let mentionsOf: { folded: string; mentions: MeetingMention[] } = { folded: '', mentions: [] };

/** Meeting nouns in a stretch of matching-form text, minus rooms, press briefings and the like. */
export function meetingMentions(folded: string, from = 0, to = folded.length): MeetingMention[] {
  if (mentionsOf.folded !== folded) mentionsOf = { folded, mentions: allMeetingMentions(folded) };
  return mentionsOf.mentions.filter((m) => m.start >= from && m.end <= to);
}

function allMeetingMentions(folded: string): MeetingMention[] {
  const blocked: Array<[number, number]> = [];
  for (const m of folded.matchAll(NOT_MEETING)) blocked.push([m.index, m.index + m[0].length]);
  const out: MeetingMention[] = [];
  for (const m of folded.matchAll(MEETING)) {
    const s = m.index;
    const e = s + m[0].length;
    if (blocked.some(([bs, be]) => s < be && e > bs)) continue;
    out.push({ start: s, end: e, noun: m[0] });
  }
  return out;
}

/** Sentences of the lead region: the title and the first four prose paragraphs, captions left out. */
export function leadSentences(doc: Doc): Segment[] {
  return doc.sentences.filter(
    (s) =>
      proseParagraphIndex(doc, s.start) < LEAD_PARAGRAPHS &&
      s.start < LEAD_REACH &&
      !isCaptionLine(doc, s.start),
  );
}

/** Prose paragraphs of the lead region, and how far into the text it reaches at most. */
const LEAD_PARAGRAPHS = 4;
const LEAD_REACH = 2500;
/** What a caption shows first: the scene or the people in it. */
const CAPTION_OPENING =
  /^(?:toàn cảnh|quang cảnh|các đại biểu|đại biểu|đồng chí|các đồng chí|lãnh đạo|ông|bà|cán bộ|người dân)(?![\p{L}])/u;
/** A caption ends on the day of the photo: ", sáng 21/1/2021.", ", ngày 4/1". */
const CAPTION_DATE =
  /,\s*(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\.?\s*(?:\([^)]*\))?$/u;
/** Longest line still read as a caption standing in the text. */
const CAPTION_MAX = 200;

/**
 * A photo caption left in the text ("Tổng Bí thư chủ trì phiên họp thứ nhất …", "Quang cảnh hội nghị. Ảnh:
 * …"): a line with a photo credit, or a short unpunctuated line between prose paragraphs that opens on who or
 * what the photo shows (a title, "Toàn cảnh", "Các đại biểu"). Captions name other meetings as often as this
 * one, and never open a report; a headline standing there opens on the body that acts.
 */
export function isCaptionLine(doc: Doc, offset: number): boolean {
  const para = paragraphAt(doc, offset);
  if (!para || para.text.length > CAPTION_MAX) return false;
  const f = doc.folded.slice(para.start, para.end);
  if (PHOTO_CREDIT.test(f)) return true;
  // "Tổng Bí thư … phát biểu chỉ đạo Hội nghị …, sáng 21/1/2021.": who is shown, where and when.
  const opensOnWho = startsWithTitle(para.text) || CAPTION_OPENING.test(f);
  if (opensOnWho && CAPTION_DATE.test(f) && proseParagraphIndex(doc, para.start) > 0) return true;
  if (/[.!?…:;]["”’)]*$/u.test(para.text) || proseParagraphIndex(doc, para.start) === 0) return false;
  if (!startsWithTitle(para.text) && !CAPTION_OPENING.test(doc.folded.slice(para.start, para.end)))
    return false;
  const i = doc.paragraphs.indexOf(para);
  return (
    i > 0 &&
    isProse(doc.paragraphs[i - 1].text) &&
    i + 1 < doc.paragraphs.length &&
    isProse(doc.paragraphs[i + 1].text)
  );
}

/** The first meeting noun in a sentence that the sentence says was held. */
function heldMeeting(doc: Doc, sentence: Segment, dates: DateMention[]): MeetingMention | null {
  for (const m of meetingMentions(doc.folded, sentence.start, sentence.end)) {
    const before = doc.folded.slice(Math.max(sentence.start, m.start - 60), m.start);
    const after = doc.folded.slice(m.end, sentence.end);
    if (AGGREGATE.test(before + m.noun)) continue;
    // "Thực hiện kết luận của Thủ tướng tại buổi làm việc …": a past meeting referred to.
    if (REFERENCED.test(doc.folded.slice(sentence.start, m.start))) continue;
    const hold = HOLD_BEFORE.exec(before);
    if (hold) {
      const holdAt = m.start - before.length + hold.index;
      if (PLANNED.test(doc.folded.slice(Math.max(sentence.start, holdAt - 40), holdAt))) continue;
      return m;
    }
    if (HAPPEN_AFTER.test(after.slice(0, 300))) return m;
    if (/(?<![\p{L}])có\s+$/u.test(before) && /^(?:buổi|cuộc|phiên)/u.test(m.noun)) return m;
    // "Tại hội nghị lần thứ nhất Ban Chấp hành … chiều 10/3/2022": the date names the meeting's day.
    const dated = dates.some((d) => d.start > m.end && !/[,.;]/.test(doc.folded.slice(m.end, d.start)));
    if (/(?:tại|trong)\s+$/u.test(before) && dated) return m;
    if (m.noun === 'họp' && /^\s/.test(after)) return m;
  }
  return null;
}

/** A meeting the sentence implies without naming it: "tổ chức quán triệt …", "… làm việc với …". */
function impliedMeeting(doc: Doc, sentence: Segment, timed: boolean): MeetingMention | null {
  const f = doc.folded.slice(sentence.start, sentence.end);
  const implicit = IMPLICIT_MEETING.exec(f);
  if (implicit && !PLANNED.test(f.slice(Math.max(0, implicit.index - 40), implicit.index))) {
    const at = sentence.start + implicit.index + implicit[0].length - implicit[1].length;
    return { start: at, end: at, noun: '' };
  }
  const resolves = COMMITTEE_RESOLVES.exec(f);
  if (resolves) {
    const at = sentence.start + resolves.index;
    return { start: at, end: at, noun: '' };
  }
  const working = WORKING_WITH.exec(f);
  if (working && !OTHER_EVENTS.test(f) && !REFERENCED.test(f.slice(0, working.index))) {
    const at = sentence.start + working.index;
    return { start: at, end: at, noun: 'làm việc với' };
  }
  // "Sáng 4/11, Thường trực Huyện ủy cho ý kiến về …", "Chiều nay, UBND tỉnh nghe báo cáo …": a body at work.
  const predicate = DELIBERATIVE.exec(f);
  if (
    predicate &&
    timed &&
    !OTHER_EVENTS.test(f) &&
    !PLANNED.test(f.slice(Math.max(0, predicate.index - 40), predicate.index))
  ) {
    const body = COLLECTIVE_BODIES.exec(f.slice(0, predicate.index));
    if (body && !REFERENCED.test(f.slice(0, predicate.index))) {
      const at =
        sentence.start +
        predicate.index +
        (/^(?:đã|vừa|tiếp tục|đã tiến hành)\s+/u.exec(predicate[0])?.[0].length ?? 0);
      return { start: at, end: at, noun: '' };
    }
  }
  return null;
}

/** Reads one sentence for a held meeting. */
export function readEventSentence(doc: Doc, sentence: Segment): LeadEvent | null {
  const f = doc.folded.slice(sentence.start, sentence.end);
  // A document's date ("Công văn số 170-CV/BTGTW ngày 18/3/2021") does not date the meeting.
  const dates = doc.dates.filter(
    (d) => d.start >= sentence.start && d.start < sentence.end && !isForeignDate(doc, d),
  );
  const date = dates.find((d) => (d.day !== null && d.month !== null) || d.relativeDays !== null) ?? null;
  const timed = date !== null || JUST.test(f);
  const meeting = heldMeeting(doc, sentence, dates) ?? impliedMeeting(doc, sentence, timed);
  if (meeting) {
    return {
      sentence,
      meeting,
      date,
      timed,
      future: isFuture(doc, f, date),
      strength: timed ? 'strong' : 'medium',
    };
  }
  // "Đồng chí …, Trưởng Tiểu ban chủ trì.": someone presided over something.
  if (PRESIDED.test(f) && !OTHER_EVENTS.test(f)) {
    return { sentence, meeting: null, date, timed, future: isFuture(doc, f, date), strength: 'medium' };
  }
  return null;
}

/** A day and month a few days after publication are the days of a meeting to come, not last year's. */
const SOON_DAYS = 45;

/**
 * A planning word that speaks of what the meeting did, not of the meeting to come: "triển khai kế hoạch tổ
 * chức Đại hội", "công tác chuẩn bị tổ chức đại hội", "thảo luận dự thảo Kế hoạch tổ chức kỳ họp".
 */
const PLAN_AS_CONTENT =
  /(?:triển khai|thông qua|thảo luận|xây dựng|ban hành|dự thảo|báo cáo|công tác|cho ý kiến(?: về| vào)?|về|bàn|rà soát|đánh giá|tiến độ)\s+(?:các\s+|những\s+)?$/u;

/** The sentence speaks of its meeting as still to come ("sẽ tổ chức", "dự kiến diễn ra", "ngày mai"). */
export function plansMeeting(folded: string): boolean {
  if (FUTURE_DAYS.test(folded)) return true;
  for (const m of folded.matchAll(new RegExp(FUTURE_MARKERS.source, 'gu'))) {
    if (!PLAN_AS_CONTENT.test(folded.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}

function isFuture(doc: Doc, folded: string, date: DateMention | null): boolean {
  if (plansMeeting(folded)) return true;
  if (!date || date.day === null || date.month === null || !doc.reference) return false;
  const ref = doc.reference;
  if (date.year === null) {
    if (ref.day === null) return false;
    // "Trong 2 ngày 27-28/3 …" on a page of 26/3: a day's grace for time zones.
    const ahead =
      (Date.UTC(ref.year, date.month - 1, date.day) - Date.UTC(ref.year, ref.month - 1, ref.day)) /
      86_400_000;
    return ahead > 1 && ahead <= SOON_DAYS;
  }
  // Publication dates read from page bodies can be off; only a month or more ahead is telling.
  const when = Date.UTC(date.year, date.month - 1, date.day);
  const now = Date.UTC(ref.year, ref.month - 1, ref.day ?? 28);
  return when - now > 31 * 86_400_000;
}

/**
 * Sentences near the top that report a held meeting, in text order, and those that plan one: "Theo kế
 * hoạch, hội nghị dự kiến tổ chức sáng 10/12" sets the frame of what follows.
 */
export function findLeadEvents(doc: Doc): LeadEvent[] {
  let out = leadEventsOf.get(doc);
  if (!out) leadEventsOf.set(doc, (out = readLeadEvents(doc)));
  return out;
}

/** Several rules read the lead events of a document; they are read once. */
const leadEventsOf = new WeakMap<Doc, LeadEvent[]>();

function readLeadEvents(doc: Doc): LeadEvent[] {
  const out: LeadEvent[] = [];
  for (const s of leadSentences(doc)) {
    const e = readEventSentence(doc, s);
    if (e) out.push(e);
    else if (plansMeeting(doc.folded.slice(s.start, s.end))) {
      const meeting = meetingMentions(doc.folded, s.start, s.end)[0];
      if (meeting)
        out.push({ sentence: s, meeting, date: null, timed: false, future: true, strength: 'medium' });
    }
  }
  return out;
}
