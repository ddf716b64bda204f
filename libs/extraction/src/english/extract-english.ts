/**
 * English-language reports of Vietnamese meetings (VNA, VOV, Nhân Dân, the Government portal, provincial
 * papers' English pages) → the same conference event as a Vietnamese report: names and people as the
 * article writes them, organisers under their canonical Vietnamese names, documents as keys.
 */
import type { ConferencePerson, ExtractedConference, Role } from '@hoinghi/contracts';
import type { Doc } from '../conference/doc.js';
import { proseParagraphIndex } from '../conference/doc.js';
import { describeMeeting } from '../conference/describe-meeting.js';
import { meetingKind } from '../conference/kind.js';
import { scopeOfBody, type Scope } from '../vietnamese/bodies.js';
import { alternation } from '../vocabulary/alternation.js';
import type { Segment } from '../vietnamese/sentences.js';
import { BARE_LOCAL_HEADS, canonicalEnglishBody, onlyProvinceIn, vietnameseProvince } from './bodies.js';
import { findEnglishDates, resolveEnglishDate, type EnglishDate } from './dates.js';
import { englishPlenumKey, findEnglishDocuments } from './documents.js';
import { findEnglishPeople, type EnglishPerson } from './people.js';
import {
  CLOSING,
  FUTURE,
  HAPPEN_VERBS,
  HOLD_VERBS,
  HYBRID,
  INSIDE_CUES,
  ISSUANCE,
  MEETING_NOUNS,
  MULTI_DAY_NOUNS,
  NATIONAL_TITLES,
  NOT_A_REPORT,
  NOT_MEETINGS,
  ONLINE,
  OTHER_EVENTS,
  PEOPLE_NOUNS,
  POINT_NOUNS,
  SALUTATION,
} from '../vocabulary/english.js';

export interface EnglishExtraction {
  isConference: boolean;
  conference: ExtractedConference | null;
  reasons: string[];
}

const MEETING = new RegExp(`\\b(?:${alternation(MEETING_NOUNS)})s?\\b`, 'gi');
/** The same without the global flag, for tests that must leave no state behind. */
const MEETING_ANYWHERE = new RegExp(MEETING.source, 'i');
const NOT_MEETING = new RegExp(`\\b(?:${alternation(NOT_MEETINGS)})s?\\b`, 'gi');
/** A holding verb, then at most a determiner and a few modifiers, then the meeting noun. */
const HOLD_BEFORE = new RegExp(
  `\\b(?:${alternation(HOLD_VERBS)})\\s+(?:(?:a|an|the|its|their|his|her|this|one)\\s+)?(?:[\\w’'\\-,]+\\s+){0,7}$`,
  'i',
);
const HAPPEN_AFTER = new RegExp(`^[^.;]{0,160}?\\b(?:${alternation(HAPPEN_VERBS)})\\b`, 'i');
/** "… worked with the Quang Ninh Provincial Police Department", "had a working session with …". */
const WORKING_WITH =
  /\b(?:worked|works|had a working session|held a working session|had a meeting|met) with\b/i;

/** A report's lead sits in its first paragraphs; beyond them a meeting mentioned is background. */
const LEAD_PARAGRAPHS = 5;
/** A meeting more than this many months before the article is background, not news. */
const STALE_MONTHS = 12;
/** Paragraphs from the top that say how the meeting was held. */
const FORMAT_PARAGRAPHS = 3;
/** How far around a meeting and its verb a planning word ("will", "upcoming") still speaks of it. */
const FUTURE_REACH = 40;
/** Oldest year still news: a meeting before it is history. */
const HISTORY_BEFORE = 1980;

interface Lead {
  sentence: Segment;
  /** The meeting noun; null for an implied meeting ("worked with"). */
  noun: { start: number; end: number } | null;
  /** How the sentence says it was held. */
  how: 'hold' | 'happen' | 'implied';
  verb: string;
  date: EnglishDate | null;
}

export function extractEnglishConference(doc: Doc): EnglishExtraction {
  const text = doc.text.slice(0, doc.bodyEnd);
  const lower = text.toLowerCase();
  const top = topParagraphs(doc, 3);
  for (const re of NOT_A_REPORT) if (re.test(top.toLowerCase())) return no('a document or a speech');
  if (SALUTATION.test(lower) && /\b(?:speech|remarks|address)\b/i.test(top)) return no('speech transcript');
  const dates = findEnglishDates(text);
  const lead = findLead(doc, dates);
  if (!lead) {
    const cues = INSIDE_CUES.filter((re) => re.test(lower)).length;
    if (!MEETING_ANYWHERE.test(lower) || cues < 2) return no('no meeting reported');
  }
  const first = doc.sentences.find((s) => s.text.length >= 40);
  if (first && ISSUANCE.test(first.text.toLowerCase()) && (!lead || lead.sentence.start !== first.start))
    return no('a document was issued');
  if (lead && isStale(doc, lead)) return no('meeting long before the article');
  if (isHistory(top)) return no('history');
  // English verbs carry their tense: a meeting "held" or "convened" took place. Only a meeting implied by
  // "worked with" needs its day or a sign from inside it.
  if (lead?.how === 'implied' && !lead.date && !INSIDE_CUES.some((re) => re.test(lower)))
    return no('a meeting is mentioned without a sign it took place');
  return {
    isConference: true,
    conference: facts(doc, lead, dates),
    reasons: ['an English report of a held meeting'],
  };
}

function no(reason: string): EnglishExtraction {
  return { isConference: false, conference: null, reasons: [reason] };
}

function topParagraphs(doc: Doc, n: number): string {
  const paras = doc.paragraphs.filter((p) => p.text.length >= 40).slice(0, n);
  return paras.map((p) => p.text).join('\n');
}

/**
 * The sentence near the top that says a meeting was held, not planned, and is no other event: a dated one
 * first, a sentence of the text before the headline.
 */
function findLead(doc: Doc, dates: EnglishDate[]): Lead | null {
  const leads: Lead[] = [];
  for (const s of doc.sentences) {
    if (proseParagraphIndex(doc, s.start) >= LEAD_PARAGRAPHS) break;
    const lead = readSentence(doc, s, dates);
    if (lead) leads.push(lead);
  }
  // A headline that is a sentence of the text (an excerpt's first line) counts like the text.
  const headline = doc.title && !/[.!?]$/.test(doc.title) ? doc.text.indexOf(doc.title) : -1;
  const inText = leads.filter((l) => l.sentence.start !== headline);
  return inText.find((l) => l.date) ?? inText[0] ?? leads[0] ?? null;
}

function readSentence(doc: Doc, s: Segment, dates: EnglishDate[]): Lead | null {
  const sentence = doc.text.slice(s.start, s.end);
  const blocked = [...sentence.matchAll(NOT_MEETING)].map((m) => [m.index, m.index + m[0].length]);
  const date = dates.find((d) => d.start >= s.start && d.start < s.end && !isDocumentDate(doc, d)) ?? null;
  for (const m of sentence.matchAll(MEETING)) {
    if (blocked.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const before = sentence.slice(Math.max(0, m.index - 90), m.index);
    const after = sentence.slice(m.index + m[0].length);
    const hold = HOLD_BEFORE.exec(before);
    const happen = hold ? null : HAPPEN_AFTER.exec(after);
    if (!hold && !happen) continue;
    // Planning words count where they speak of this meeting, not of "the upcoming elections" further on.
    const from = hold ? m.index - before.length + hold.index : m.index;
    const to = m.index + m[0].length + (happen ? happen[0].length : 0);
    if (FUTURE.test(sentence.slice(Math.max(0, from - FUTURE_REACH), to + FUTURE_REACH).toLowerCase()))
      continue;
    if (OTHER_EVENTS.test(sentence.toLowerCase()) && !/\b(?:conference|plenum|meeting|session)\b/i.test(m[0]))
      continue;
    const noun = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    return { sentence: s, noun, how: hold ? 'hold' : 'happen', verb: (hold ?? happen)![0], date };
  }
  const working = WORKING_WITH.exec(sentence);
  if (working && !OTHER_EVENTS.test(sentence.toLowerCase()) && !FUTURE.test(sentence.toLowerCase())) {
    return { sentence: s, noun: null, how: 'implied', verb: working[0], date };
  }
  return null;
}

/** "Decision No 4896-QĐ/TU on August 2, 2024", "Resolution 18 dated …": a document's date. */
function isDocumentDate(doc: Doc, d: EnglishDate): boolean {
  const before = doc.text.slice(Math.max(0, d.start - 40), d.start);
  return /\b(?:no\.?\s*\S+|dated|signed|issued|resolution|decision|directive|conclusion|regulation)\s*(?:,\s*)?(?:on\s+)?$/i.test(
    before,
  );
}

function isStale(doc: Doc, lead: Lead): boolean {
  const d = lead.date;
  if (!d || d.year === null || d.month === null || !doc.reference) return false;
  const months = (doc.reference.year - d.year) * 12 + (doc.reference.month - d.month);
  return months > STALE_MONTHS || d.year < HISTORY_BEFORE;
}

function isHistory(top: string): boolean {
  const years = [...top.matchAll(/(?<![\d.,])(1[89]\d{2}|20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < HISTORY_BEFORE);
}

function facts(doc: Doc, lead: Lead | null, dates: EnglishDate[]): ExtractedConference {
  const fact = <T>(value: T, start: number, end: number) => ({
    value,
    span: end > start ? doc.span(start, end) : null,
  });
  const name = meetingName(doc, lead);
  const people = participants(doc, lead);
  const organizers = findOrganizers(doc, lead, people);
  // The day a session or plenum closed is not its first day, which is the meeting's date.
  const closing = lead !== null && CLOSING.test(lead.verb) && MULTI_DAY_NOUNS.test(name?.value ?? '');
  const date = closing ? null : (lead?.date ?? nearbyDate(doc, lead, dates));
  const when = date ? resolveEnglishDate(date, doc.reference) : null;
  const partOfDay = date?.partOfDay ?? null;
  const scope = findScope(doc, organizers, name?.value ?? null, people);
  const venue = findVenue(doc, lead);
  // How this meeting was held is told near the top; an online meeting mentioned further on is another one.
  const top = topParagraphs(doc, FORMAT_PARAGRAPHS);
  const format = HYBRID.test(top)
    ? 'hybrid'
    : ONLINE.test(top)
      ? venue?.building
        ? 'hybrid'
        : 'online'
      : 'in_person';
  const selfKey = englishPlenumKey(name?.value ?? null) ?? englishPlenumKey(lead?.sentence.text ?? null);
  const points = count(doc, POINT_NOUNS, false);
  const attendees = count(doc, PEOPLE_NOUNS, true);
  const leadSpan = lead ? doc.span(lead.sentence.start, lead.sentence.end) : null;
  return {
    ...(name
      ? { name: fact(name.value, name.start, name.end) }
      : {
          name: { value: describeMeeting(organizers[0]?.value ?? null, when), span: null },
          nameDerived: true,
        }),
    kind: { value: meetingKind(name?.value ?? null, ''), span: leadSpan },
    date: when && date ? fact(when, date.start, date.end) : null,
    partOfDay: partOfDay && date ? fact(partOfDay, date.start, date.end) : null,
    scope: scope ? { value: scope, span: leadSpan } : null,
    format: { value: format, span: leadSpan },
    organizers: organizers.map((o) => fact(o.value, o.start, o.end)),
    venue: venue ? fact(venue.value, venue.start, venue.end) : null,
    connectionPoints: points ? fact(points.value, points.start, points.end) : null,
    attendees: attendees ? fact(attendees.value, attendees.start, attendees.end) : null,
    connectionPointsByLevel: [],
    localConnectionPoint: null,
    documents: findEnglishDocuments(doc, selfKey),
    people: people.map((p) => toPerson(doc, p)),
    presentations: [],
    byline: doc.byline,
  };
}

interface Found {
  value: string;
  start: number;
  end: number;
}

/** Where a meeting's name stops after its noun: a date, a place, a participle or a clause. */
const NAME_STOP =
  /\s*(?:[,;:(]|\.(?:\s|$)|\s[-–]\s|\s(?:on|from)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\b|feb\b|aug\b|sept?\b|oct\b|nov\b|dec\b)|\s(?:in|at)\s+(?:the\s+)?(?:\p{Lu}|(?:northern|southern|central|northeastern|northwestern|southeastern|southwestern|coastal|mountainous|capital)\b)|\s(?:under|chaired|presided|attended|which|that|where|with the|via|linking|connecting|opened|opens|took|was|were|is|are|has|had|will|today|yesterday|this|last|here|there|officially|formally|solemnly|successfully|also|held|convened|concluded|closed|kicked|wrapped|began)\b)/iu;
/** A purpose clause after a bare noun belongs to the name: "conference, on 25 March, to review …". */
const PURPOSE =
  /^[^.;]{0,80}?,\s+(to\s+[a-z][^.;]{5,160}?)(?=[.;]|,\s|\s(?:on|under|chaired|presided|with the)\b|$)/;
/** A name this short says only what kind of meeting it was. */
const BARE_NAME_WORDS = 2;
const DETERMINER = /^(?:a|an|the|its|their|his|her|this|one)\s+/i;

/** The meeting's own name: the noun phrase the lead holds, else the headline's. */
function meetingName(doc: Doc, lead: Lead | null): Found | null {
  const fromLead = lead?.noun ? phraseAt(doc, lead) : null;
  const fromTitle = titleName(doc);
  if (fromLead && (words(fromLead.value) > BARE_NAME_WORDS || !fromTitle)) return fromLead;
  return fromTitle ?? fromLead;
}

function phraseAt(doc: Doc, lead: Lead): Found | null {
  const s = lead.sentence;
  const noun = lead.noun!;
  const before = doc.text.slice(s.start, noun.start);
  let start: number;
  if (lead.how === 'hold') {
    const verb = new RegExp(`\\b(?:${alternation(HOLD_VERBS)})\\s+`, 'gi');
    let at = -1;
    for (const m of before.matchAll(verb)) at = m.index + m[0].length;
    start = at >= 0 ? s.start + at : noun.start;
  } else {
    // "The eighth plenum … opened", "told a Government meeting that opened": from the determiner or the
    // clause's start, without a source tag, a headline's kicker or a verb before it.
    const det = [...before.matchAll(/(?:^|\s)(?:a|an|the|its|their)\s+/gi)].pop();
    const cut = Math.max(
      0,
      ...[', ', ' - ', ' – ', ' — ', ') ', ': ']
        .map((c) => before.lastIndexOf(c))
        .filter((at) => at >= 0)
        .map((at) => at + 2),
    );
    start = s.start + Math.max(det ? det.index + det[0].length : 0, cut);
  }
  const det = DETERMINER.exec(doc.text.slice(start, noun.start));
  if (det) start += det[0].length;
  const after = doc.text.slice(noun.end, s.end);
  const stop = NAME_STOP.exec(after);
  const end = noun.end + (stop ? stop.index : after.length);
  if (words(doc.text.slice(start, end)) <= BARE_NAME_WORDS) {
    const purpose = PURPOSE.exec(doc.text.slice(end, s.end));
    if (purpose) {
      const value = `${doc.text.slice(start, end).trim()} ${purpose[1].trim()}`;
      return { value: value.replace(/\s+/g, ' '), start, end: end + purpose.index + purpose[0].length };
    }
  }
  const value = doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
  return value ? { value, start, end } : null;
}

/** Headline verbs between a subject and the meeting: "Party Central Committee convenes 11th plenum". */
const HEADLINE_VERB =
  /\b(?:holds?|held|convenes?|convened|opens?|opened|chairs?|chaired|attends?|attended|concludes?|concluded|closes?|closed|hosts?|hosted|reviews?|reviewed|wraps? up|kicks? off|begins?|starts?)\s+/gi;

/** A headline that names the meeting: "Party Central Committee convenes 11th plenum", "In Pictures: Eighth plenum … opens". */
function titleName(doc: Doc): Found | null {
  const title = doc.title;
  if (!title || title.length > 200 || /[.!?]$/.test(title)) return null;
  const m = new RegExp(`\\b(?:${alternation(MEETING_NOUNS)})\\b`, 'i').exec(title);
  if (!m) return null;
  const head = title.slice(0, m.index);
  let from = Math.max(
    0,
    ...[': ', ' - ', ' – ', ' — ', ' | ']
      .map((c) => head.lastIndexOf(c))
      .filter((at) => at >= 0)
      .map((at) => at + 2),
  );
  for (const v of head.matchAll(HEADLINE_VERB)) if (v.index >= from) from = v.index + v[0].length;
  // After the noun only a prepositional phrase goes on naming it; a verb ("… meeting looks into …") does not.
  const tail = title.slice(m.index + m[0].length);
  const stop = /^\s+(?:of|on|for|between|to)\s/i.test(tail) ? NAME_STOP.exec(tail) : { index: 0 };
  const raw = title.slice(from, m.index + m[0].length + (stop ? stop.index : tail.length));
  const value = raw.replace(DETERMINER, '').replace(/\s+/g, ' ').trim();
  const at = doc.text.indexOf(value);
  return words(value) >= BARE_NAME_WORDS
    ? { value, start: Math.max(0, at), end: at >= 0 ? at + value.length : 0 }
    : null;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A date close to the lead when the lead has none: the next sentences, then the headline. */
function nearbyDate(doc: Doc, lead: Lead | null, dates: EnglishDate[]): EnglishDate | null {
  if (!lead) return null;
  const at = doc.sentences.findIndex((s) => s.start === lead.sentence.start);
  for (const s of doc.sentences.slice(at + 1, at + 3)) {
    const d = dates.find(
      (x) => x.start >= s.start && x.start < s.end && x.day !== null && !isDocumentDate(doc, x),
    );
    if (d) return d;
  }
  return null;
}

/** Bodies that held the meeting: the subject of "held / convened / organised", or "held by …". */
function findOrganizers(doc: Doc, lead: Lead | null, people: EnglishPerson[]): Found[] {
  if (!lead) return [];
  const s = lead.sentence;
  const sentence = doc.text.slice(s.start, s.end);
  const spans: Array<[number, number]> = [];
  const by =
    /\b(?:held|organi[sz]ed|convened|hosted|co-organi[sz]ed) by ((?:the )?[\p{Lu}][^,.;]{2,160}?)(?=\s+(?:to|on|in|at|with|for)\b|[,.;]|$)/u.exec(
      sentence,
    );
  if (by)
    spans.push([
      s.start + by.index + by[0].indexOf(by[1]),
      s.start + by.index + by[0].indexOf(by[1]) + by[1].length,
    ]);
  else {
    const verb = new RegExp(
      `\\b(?:held|holds|convened|convenes|organi[sz]ed|organi[sz]es|hosted|hosts|opened|opens|concluded|concludes|closed|began|had|has had|worked|works|co-organi[sz]ed)\\b`,
      'i',
    ).exec(sentence);
    const nounAt = lead.noun ? lead.noun.start - s.start : sentence.length;
    if (verb && verb.index < nounAt + 1) {
      const subject = sentence.slice(0, verb.index);
      const clause = subject.slice(
        Math.max(
          subject.lastIndexOf(', ') + 2,
          subject.lastIndexOf(' - ') + 3,
          subject.lastIndexOf(' – ') + 3,
          0,
        ),
      );
      spans.push([s.start + subject.length - clause.length, s.start + subject.length]);
    } else if (lead.how === 'happen' && lead.noun) {
      // "The eighth plenum of the 13th Party Central Committee opened": the body the meeting is of.
      const of =
        /^\s+of\s+(?:the\s+)?([^,.;]{3,120}?)(?=\s+(?:for|on|in|at|opened|was|took|convened|concluded|closed|began)\b|[,.;])/i.exec(
          doc.text.slice(lead.noun.end, s.end),
        );
      if (of) {
        const at = lead.noun.end + of[0].indexOf(of[1]);
        spans.push([at, at + of[1].length]);
      }
    }
  }
  const out: Found[] = [];
  for (const [from, to] of spans) {
    // A person is not a body ("Politburo member and Prime Minister Pham Minh Chinh held …").
    if (people.some((p) => p.start >= from && p.start < to)) continue;
    for (const part of splitBodies(doc.text.slice(from, to))) {
      const found = canonicalEnglishBody(part.text);
      // "the Provincial Party Committee" in a text about one province is that province's.
      const place = found && BARE_LOCAL_HEADS.has(found) ? onlyProvinceIn(doc.text) : null;
      const value = place ? `${found} ${place}` : found;
      if (value && !out.some((o) => o.value === value))
        out.push({ value, start: from + part.at, end: from + part.at + part.text.length });
    }
  }
  return out;
}

/** "the Politburo and the Secretariat", "Standing Committee of the Provincial People's Council, People's Committee, and …". */
function splitBodies(phrase: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let last = 0;
  for (const m of phrase.matchAll(/\s*(?:,\s*and|,|\band)\s+(?=(?:the\s+)?\p{Lu})/gu)) {
    out.push({ text: phrase.slice(last, m.index), at: last });
    last = m.index + m[0].length;
  }
  out.push({ text: phrase.slice(last), at: last });
  // A shared qualifier: "the Provincial People's Council, People's Committee" → both are provincial.
  const qualifier = /\b(provincial|district|city)\b/i.exec(out[0]?.text ?? '');
  return out.map((p, i) =>
    i > 0 && qualifier && !/\b(?:provincial|district|city|central|national)\b/i.test(p.text)
      ? { ...p, text: `${qualifier[1]} ${p.text}` }
      : p,
  );
}

const RANKS: ReadonlyArray<[RegExp, number]> = [
  [/general secretary/i, 10],
  [/(?:state )?president(?! of)/i, 9],
  [/prime minister|\bpm\b/i, 8],
  [/national assembly chair|\bna chair/i, 8],
  [/politburo/i, 7],
  [/deputy prime minister|vice president/i, 6],
  [/minister(?! of state)|secretary of the party central committee/i, 5],
  [
    /secretary of the (?:\p{L}+ )*(?:provincial|city|municipal) party committee|provincial party (?:committee )?secretary/iu,
    4,
  ],
  [/chair(?:man|woman)? of the (?:\p{L}+ )*(?:provincial|city) people/iu, 3],
  [/secretary|chair(?:man|woman)|director|head|commander/i, 2],
];

/** A deputy ranks below the office they deputise in. */
const DEPUTY_DISCOUNT = 0.5;

function rank(p: EnglishPerson): number {
  const titles = p.titles.replace(/\b(?:former|late)\s+[^,;]*/gi, '');
  for (const [re, r] of RANKS) {
    const m = re.exec(titles);
    if (m)
      return /(?:deputy|vice|permanent deputy)\s+$/i.test(titles.slice(0, m.index)) ? r - DEPUTY_DISCOUNT : r;
  }
  return 0;
}

/** Who took part and how; the top-ranked official who spoke gave the directing speech. */
function participants(doc: Doc, lead: Lead | null): EnglishPerson[] {
  const units = [...doc.sentences.filter((s) => s.start < doc.bodyEnd)];
  const captionText = doc.captions.map((c) => c.text).join('\n');
  const people = findEnglishPeople(doc.text, units);
  if (captionText) {
    for (const p of findEnglishPeople(captionText, [{ start: 0, end: captionText.length }])) {
      const same = people.find((q) => q.name === p.name);
      if (same) for (const r of p.roles) same.roles.add(r);
    }
  }
  const leadPara = lead
    ? doc.paragraphs.find((p) => p.start <= lead.sentence.start && lead.sentence.start < p.end)
    : null;
  const top = people.reduce<EnglishPerson | null>(
    (best, p) => (!best || rank(p) > rank(best) ? p : best),
    null,
  );
  const pronounSpeech =
    /\b(?:he|she|the (?:prime minister|pm|general secretary|party chief|president|minister|chair(?:man|woman)?|leader|secretary))\s+(?:also\s+)?(?:said|stressed|asked|urged|requested|directed|pointed out|noted|called|emphasi[sz]ed|highlighted|underlined|ordered)\b/i.test(
      doc.text,
    );
  for (const p of people) {
    // Whoever presides and speaks directs the meeting, as the top official does.
    if (p.spoke) p.roles.add(p === top || p.roles.has('chair') ? 'directing' : 'speaker');
    if (p === top && p.roles.has('chair') && pronounSpeech) p.roles.add('directing');
    if (!p.roles.size && leadPara && p.start >= leadPara.start && p.start < leadPara.end)
      p.roles.add('attendee');
  }
  return people.filter((p) => p.roles.size > 0);
}

const ROLE_ORDER: Role[] = ['chair', 'speaker', 'directing', 'attendee'];

function toPerson(doc: Doc, p: EnglishPerson): ConferencePerson {
  return {
    name: p.name,
    titles: p.titles ? [p.titles.replace(/\s+/g, ' ').trim()] : [],
    roles: ROLE_ORDER.filter((r) => p.roles.has(r)),
    connectionPoint: null,
    span: doc.span(p.start, p.end),
  };
}

/** The convener's level, else that of the body the name is of, else the name's words, else the top official's. */
function findScope(
  doc: Doc,
  organizers: Found[],
  name: string | null,
  people: EnglishPerson[],
): Scope | null {
  for (const o of organizers) {
    const s = scopeOfBody(o.value);
    if (s) return s;
  }
  // The partner of a working session says nothing of who held it: "… with the Lac Thuy district Party Committee".
  const own = (name ?? '').split(/\s(?:with|between)\s/i)[0];
  const body = /\bof (?:the )?(.+)$/i.exec(own);
  const named = body ? canonicalEnglishBody(body[1]) : null;
  if (named && scopeOfBody(named)) return scopeOfBody(named);
  const n = own.toLowerCase();
  if (/\b(?:national|nationwide|central)\b/.test(n)) return 'national';
  if (/\b(?:provincial|province)\b/.test(n)) return 'province';
  if (/\bdistrict\b/.test(n)) return 'district';
  if (/\b(?:commune|ward)\b/.test(n)) return 'commune';
  const leaders = [...people].filter((p) => p.roles.has('chair') || p.roles.has('directing'));
  for (const p of (leaders.length ? leaders : people).sort((a, b) => rank(b) - rank(a))) {
    // A minister holds the meetings of a ministry, whatever seat in the Politburo they have.
    if (/\bminist(?:er|ry) of\b/i.test(p.titles) && !/\bprime minister\b/i.test(p.titles)) return 'sector';
    if (NATIONAL_TITLES.test(p.titles)) return 'national';
    if (/\bprovinc/i.test(p.titles)) return 'province';
    if (/\bdistrict\b/i.test(p.titles)) return 'district';
  }
  return null;
}

/** "at the Government headquarters", "in Hanoi", "in the northeastern coastal province of Quảng Ninh". */
function findVenue(doc: Doc, lead: Lead | null): (Found & { building: boolean }) | null {
  if (!lead) return null;
  const s = lead.sentence;
  const sentence = doc.text.slice(s.start, s.end);
  const at =
    /\bat (the [\p{L}’' ]*?(?:headquarters|hall|building|centre|center|house|palace|office|hotel|convention center|convention centre)(?: of [^,.;]{3,60}?)?|[\p{Lu}][\p{L}’' ]+(?:Hall|Building|Centre|Center|House|Palace|Hotel))(?=[,.;]|\s+(?:on|in|to|with|under|and)\b|$)/u.exec(
      sentence,
    );
  if (at) {
    const from = s.start + at.index + 3;
    return { value: at[1], start: from, end: from + at[1].length, building: true };
  }
  const province = /\bprovince of ([\p{Lu}][\p{L}\p{M}]*(?: [\p{Lu}][\p{L}\p{M}]*){0,2})/u.exec(sentence);
  if (province) {
    const from = s.start + province.index + province[0].indexOf(province[1]);
    return { value: province[1], start: from, end: from + province[1].length, building: false };
  }
  const city =
    /\bin ((?:Ha Noi|Hanoi|Hà Nội|Ho Chi Minh City|HCM City|[\p{Lu}][\p{L}\p{M}]+(?: [\p{Lu}][\p{L}\p{M}]+){0,2})(?: City)?)(?=[,.;]|\s+(?:on|to|with|under|and|from)\b|$)/u.exec(
      sentence,
    );
  if (
    city &&
    (vietnameseProvince(city[1].replace(/ City$/, '')) || /^(?:Ha Noi|Hanoi|Hà Nội|HCM City)$/.test(city[1]))
  ) {
    const from = s.start + city.index + 3;
    return { value: city[1], start: from, end: from + city[1].length, building: false };
  }
  return null;
}

/** A count before the given noun, in English number style ("12,500", "1.3 million"). */
function count(
  doc: Doc,
  noun: RegExp,
  people: boolean,
): { value: number; start: number; end: number } | null {
  const text = doc.text.slice(0, doc.bodyEnd);
  for (const m of text.matchAll(
    /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million))?/g,
  )) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!noun.test(after)) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (
      people &&
      (/\brepresenting\s+(?:over|more than|nearly|about)?\s*$/i.test(before) ||
        !/\b(?:participation of|attended by|attracting|attracted|drew|gathering|gathered|bringing together|brought together|with|by|of)\s+(?:(?:more than|over|nearly|almost|about|around|some|approximately)\s+)?$/i.test(
          before,
        ))
    )
      continue;
    const raw = m[1];
    const scale = m[2] === 'million' ? 1_000_000 : m[2] === 'thousand' ? 1_000 : 1;
    const base =
      /,\d{3}/.test(raw) || /^\d{1,3}(?:\.\d{3})+$/.test(raw)
        ? Number(raw.replace(/[.,]/g, ''))
        : Number(raw);
    const value = Math.round(base * scale);
    if (!Number.isFinite(value) || value <= 0) continue;
    return { value, start: m.index, end: m.index + m[0].length };
  }
  return null;
}
