/**
 * Is this page a report of one meeting that took place? Announcements, documents, speeches,
 * opinion pieces, history, visits, ceremonies and listing pages are not.
 */
import { findDateMentions } from '../vietnamese/dates.js';
import { matchForm } from '../vietnamese/normalize.js';
import { isProse, proseParagraphIndex, type Doc } from './doc.js';
import { findLeadEvents, leadSentences, meetingMentions, type LeadEvent } from './lead.js';
import { verbAfter } from './people.js';
import {
  ABOUT_A_SPEECH,
  ISSUANCE,
  MEETING_CUES,
  NOT_A_REPORT,
  OTHER_EVENTS,
  PHOTO_CREDIT,
  PRESENTS_A_SPEECH,
  ROUND_UP,
  SALUTATION,
  STRONG_CUES,
} from '../vocabulary/meetings.js';

export interface Classification {
  isConference: boolean;
  lead: LeadEvent | null;
  reasons: string[];
}

/** Oldest year still news: a meeting before it is history. */
const HISTORY_BEFORE = 1980;

export function classify(doc: Doc): Classification {
  const reasons: string[] = [];
  const veto = vetoReason(doc);
  if (veto) return { isConference: false, lead: null, reasons: [veto] };

  const all = findLeadEvents(doc);
  const events = all.filter((e) => !e.future);
  const lead = events.find((e) => e.strength === 'strong') ?? events[0] ?? null;
  // Vietnamese has no tense: once a text opens on a meeting still to come, what follows describes the plan,
  // unless it reports a meeting held on its day.
  const headline = doc.title ? doc.text.indexOf(doc.title) : -1;
  const opening = all.find((e) => e.sentence.start !== headline);
  if (opening?.future && lead?.strength !== 'strong')
    return { isConference: false, lead: null, reasons: ['announcement of a meeting to come'] };
  if (lead && isStale(doc, lead))
    return { isConference: false, lead: null, reasons: ['meeting long before the article'] };

  const cues = countCues(doc);
  if (lead?.strength === 'strong') {
    reasons.push('lead reports a held meeting with its date');
    return { isConference: true, lead, reasons };
  }
  if (otherEventLead(doc))
    return { isConference: false, lead: null, reasons: ['the lead reports another kind of event'] };
  if (lead && (cues.total + cues.personal >= 1 || cues.strong)) {
    reasons.push('lead reports a held meeting; the text reports from inside it');
    return { isConference: true, lead, reasons };
  }
  if (cues.strong || (cues.total >= 2 && cues.early)) {
    reasons.push('the text reports from inside a meeting');
    return { isConference: true, lead, reasons };
  }
  reasons.push(lead ? 'a meeting is mentioned without a sign it took place' : 'no meeting reported');
  return { isConference: false, lead: null, reasons };
}

/** Kinds of page that are never a meeting report, whatever they mention. */
function vetoReason(doc: Doc): string | null {
  for (const [re, why, paragraphs] of NOT_A_REPORT) {
    if (re.test(doc.folded.slice(0, Math.min(doc.bodyEnd, firstParagraphsEnd(doc, paragraphs))))) return why;
  }
  const top = doc.folded.slice(0, Math.min(doc.bodyEnd, firstParagraphsEnd(doc, 3)));
  // The first sentence reports a document issued: a meeting it mentions after that is the
  // document's subject, unless another sentence reports a held meeting with its date.
  const firstLead = doc.sentences.find((s) => s.text.length >= 40);
  const issued = firstLead ? ISSUANCE.exec(doc.folded.slice(firstLead.start, firstLead.end)) : null;
  if (firstLead && issued) {
    const events = findLeadEvents(doc).filter((e) => e.meeting && !e.future);
    const before = events.some(
      (e) => e.sentence.start === firstLead.start && e.meeting!.start < firstLead.start + issued.index,
    );
    const elsewhere = events.some((e) => e.sentence.start !== firstLead.start && e.strength === 'strong');
    if (!before && !elsewhere) return 'a document was issued';
  }
  // A speech printed in full addresses its audience. The page reports the meeting when a sentence says it
  // was held ("Sáng 13/1, Bộ Chính trị tổ chức Hội nghị …"), not when the speech is the sentence's subject
  // ("Tại Hội nghị …, đồng chí X đã có bài phát biểu …").
  const salutation =
    SALUTATION.exec(doc.folded.slice(0, doc.bodyEnd)) ??
    PRESENTS_A_SPEECH.exec(doc.folded.slice(0, doc.bodyEnd));
  if (salutation) {
    // Only what stands before the speech reports; the speech itself says "hôm nay … tổ chức Hội nghị".
    const held = findLeadEvents(doc).some(
      (e) =>
        e.strength === 'strong' &&
        !e.future &&
        e.meeting &&
        e.sentence.start < salutation.index &&
        !ABOUT_A_SPEECH.test(doc.folded.slice(e.sentence.start, e.sentence.end)),
    );
    if (!held) return 'speech transcript';
  }
  if (ROUND_UP.test(top)) return 'a round-up of meetings held by many units';
  if (/(?:^|\n)\s*(?:cộng hòa xã hội chủ nghĩa việt nam)/u.test(top) && /(?:^|\n)\s*số\s*:/u.test(top)) {
    return 'official document';
  }
  if (/(?<![\p{L}])họp báo(?![\p{L}])/u.test(top.slice(0, 400))) return 'press conference';
  if (isListing(doc) || isTeaserList(doc)) return 'several stories on one page';
  if (isHistory(doc)) return 'history';
  return null;
}

function firstParagraphsEnd(doc: Doc, n: number): number {
  let seen = 0;
  for (const p of doc.paragraphs) {
    if (p.text.length >= 60) seen++;
    if (seen >= n) return p.end;
  }
  return doc.bodyEnd;
}

/** Three or more paragraphs that each open with their own date: a list of stories. */
function isListing(doc: Doc): boolean {
  const openings: Array<{ day: number; month: number; meeting: boolean }> = [];
  for (const p of doc.paragraphs) {
    if (p.text.length < 60) continue;
    const head = p.text.slice(0, 45);
    const opening = findDateMentions(head).find((d) => d.day !== null && d.month !== null);
    if (!opening) continue;
    // A document's date ("Kế hoạch số 78-KH/HU, ngày 24/11/2022") does not open a story.
    if (/(?:số|[\d]+-?[\p{Lu}Đ]+\/[\p{Lu}Đ]+)[^.]*$/u.test(head.slice(0, opening.start))) continue;
    openings.push({
      day: opening.day!,
      month: opening.month!,
      meeting: meetingMentions(doc.folded, p.start, p.end).length > 0,
    });
  }
  if (openings.length < 3) return false;
  // One meeting told day by day ("Chiều 14/10 … Sáng 15/10 …") stays within a few days and keeps
  // naming a meeting; separate stories spread over weeks or are about other things.
  const days = openings.map((o) => new Date(Date.UTC(2024, o.month - 1, o.day)).getTime() / 86_400_000);
  const span = Math.max(...days) - Math.min(...days);
  const spread = Math.min(span, 366 - span) > 7;
  const aboutMeetings = openings.filter((o) => o.meeting).length * 3 >= openings.length * 2;
  return spread || !aboutMeetings;
}

/** A headline line: short, unpunctuated, no caption. */
function isHeadlineLine(text: string): boolean {
  return (
    text.length >= 12 &&
    text.length <= HEADLINE_MAX &&
    !/[.!?…:;,]$/u.test(text) &&
    /^[\p{Lu}\d"“]/u.test(text) &&
    !PHOTO_CREDIT.test(matchForm(text))
  );
}

/** A reference back to the meeting already reported. */
const MEETING_ANAPHORA =
  /(?:tại|trong|dự|phát biểu tại|kết luận|bế mạc|khai mạc) (?:hội nghị|cuộc họp|phiên họp|kỳ họp|đại hội|buổi làm việc)|(?:hội nghị|cuộc họp|phiên họp|kỳ họp|đại hội) (?:đã|cũng|được|lần này|này)|(?:tại|dự tại) (?:điểm cầu|đầu cầu)/u;

/** Longest line still read as a headline in a list of stories. */
const HEADLINE_MAX = 200;
/** Headline-and-teaser pairs that make a page a list of stories: two with a dated teaser, or three. */
const TEASER_PAIRS = 2;
const UNDATED_TEASER_PAIRS = 3;

/**
 * Headlines each followed by one teaser paragraph ("Rà soát chương trình kỳ họp…" / "Ngày 5/11, …" /
 * "Việc sắp xếp ấp, khóm…" / "Dự kiến…"): a tag or listing page of several stories. A report's
 * subheadings head several paragraphs each.
 */
function isTeaserList(doc: Doc): boolean {
  const paras = doc.paragraphs;
  let pairs = 0;
  let dated = 0;
  for (let i = 0; i + 1 < paras.length; i++) {
    if (!isHeadlineLine(paras[i].text) || !isProse(paras[i + 1].text)) continue;
    const next = paras[i + 2];
    if (next && !isHeadlineLine(next.text) && isProse(next.text)) continue;
    // A paragraph that goes on about the meeting ("Tại hội nghị, …") under a caption continues one story.
    if (pairs > 0 && MEETING_ANAPHORA.test(matchForm(paras[i + 1].text))) return false;
    pairs++;
    if (findDateMentions(paras[i + 1].text.slice(0, 30)).some((d) => d.day !== null)) dated++;
    i++;
  }
  return (pairs >= TEASER_PAIRS && dated > 0) || pairs >= UNDATED_TEASER_PAIRS;
}

/** The dated lead sentence reports a visit, contest or ceremony, with no meeting in it. */
function otherEventLead(doc: Doc): boolean {
  const first = leadSentences(doc).find((s) =>
    doc.dates.some((d) => d.start >= s.start && d.start < s.end && d.day !== null),
  );
  if (!first) return false;
  const f = doc.folded.slice(first.start, first.end);
  return OTHER_EVENTS.test(f) && meetingMentions(doc.folded, first.start, first.end).length === 0;
}

/** Every year the top of the page names is long past. */
function isHistory(doc: Doc): boolean {
  const top = doc.text.slice(0, firstParagraphsEnd(doc, 2));
  const years = [...top.matchAll(/(?<![\d.,])(1[89]\d{2}|20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < HISTORY_BEFORE);
}

/** A dated meeting more than a year before the article is background, not news. */
function isStale(doc: Doc, lead: LeadEvent): boolean {
  const d = lead.date;
  if (d?.year != null && d.year < HISTORY_BEFORE) return true;
  if (!d || d.year === null || d.month === null || !doc.reference) return false;
  const months = (doc.reference.year - d.year) * 12 + (doc.reference.month - d.month);
  return months > 12 || d.year < HISTORY_BEFORE;
}

interface Cues {
  /** Sentences that report from inside a meeting; none count without a meeting noun in the text. */
  total: number;
  /** Officials presiding, presenting or directing. */
  personal: number;
  strong: boolean;
  early: boolean;
}

function countCues(doc: Doc): Cues {
  let total = 0;
  let personal = 0;
  let strong = false;
  let early = false;
  const hasMeetingNoun = meetingMentions(doc.folded, 0, doc.bodyEnd).length > 0;
  for (const s of doc.sentences) {
    const f = doc.folded.slice(s.start, s.end);
    const para = proseParagraphIndex(doc, s.start);
    const hit = MEETING_CUES.filter((re) => re.test(f)).length;
    if (hit === 0) continue;
    total += hit;
    if (para < 3) early = true;
    if (para < 2 && STRONG_CUES.some((re) => re.test(f))) strong = true;
  }
  for (const c of doc.captions) total += MEETING_CUES.filter((re) => re.test(c.folded)).length;
  // An official presiding, presenting or directing is a meeting at work.
  for (const p of doc.persons) {
    const chain = verbAfter(doc.folded, p.phraseEnd);
    if (
      chain &&
      (chain.spoke || chain.roles.has('chair') || chain.roles.has('speaker') || chain.roles.has('directing'))
    )
      personal++;
  }
  if (!hasMeetingNoun) return { total: 0, personal, strong: false, early: false };
  return { total, personal, strong, early };
}
