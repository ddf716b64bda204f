/**
 * Article → conference event. Deterministic; bad input gives `isConference: false`, never a throw.
 */
import type { ConferencePerson, ExtractedConference } from '@hoinghi/contracts';
import { detectLanguage } from '../article/language.js';
import { extractEnglishConference } from '../english/extract-english.js';
import { matchForm } from '../vietnamese/normalize.js';
import { parseOrdinal } from '../vietnamese/numbers.js';
import { findByline } from './byline.js';
import { describeMeeting } from './describe-meeting.js';
import { classify } from './classify.js';
import { findCounts } from './counts.js';
import { buildDoc, type ArticleInput, type Doc } from './doc.js';
import { findDocuments } from './documents.js';
import { meetingKind } from './kind.js';
import { completeName, findMeetingName } from './name.js';
import { findOrganizers } from './organizers.js';
import { findPeople } from './people.js';
import { findScope } from './scope.js';
import { findFormat, findVenue } from './venue.js';
import { meetingWhen } from './when.js';

export type { ArticleInput } from './doc.js';

export interface ConferenceExtraction {
  isConference: boolean;
  conference: ExtractedConference | null;
  reasons?: string[];
  /** The language the text was read in (ISO 639-1), null when it could not be told. */
  language?: string | null;
}

/** Languages whose reports the rules read; a report in another language is recognised, not misread. */
const READ_LANGUAGES = new Set(['vi', 'en']);

export function extractConference(article: ArticleInput): ConferenceExtraction {
  try {
    const hasText = typeof article?.text === 'string' && article.text.trim() !== '';
    const hasTitle = typeof article?.title === 'string' && article.title.trim() !== '';
    if (!article || (!hasText && !hasTitle)) {
      return { isConference: false, conference: null, reasons: ['no text'] };
    }
    const language =
      article.language ??
      detectLanguage(`${hasTitle ? article.title : ''}\n${hasText ? article.text : ''}`) ??
      'vi';
    if (!READ_LANGUAGES.has(language)) {
      return {
        isConference: false,
        conference: null,
        reasons: [`a text in "${language}" is not read`],
        language,
      };
    }
    const doc = buildDoc(article);
    if (language === 'en') return { ...extractEnglishConference(doc), language };
    const verdict = classify(doc);
    if (!verdict.isConference)
      return { isConference: false, conference: null, reasons: verdict.reasons, language };
    return {
      isConference: true,
      conference: extractFacts(doc, verdict.lead),
      reasons: verdict.reasons,
      language,
    };
  } catch (err) {
    return {
      isConference: false,
      conference: null,
      reasons: [`extraction failed: ${(err as Error).message}`],
    };
  }
}

function fact<T>(doc: Doc, value: T, start: number, end: number) {
  return { value, span: end > start ? doc.span(start, end) : null };
}

function extractFacts(doc: Doc, lead: ReturnType<typeof classify>['lead']): ExtractedConference {
  const found = findMeetingName(doc, lead);
  const organizers = findOrganizers(doc, lead, found?.value ?? null);
  const name = completeName(found, organizers[0]?.value ?? null, lead, doc);
  const when = meetingWhen(doc, lead);
  const { people, presentations } = findPeople(doc, lead);
  const leaders = leadersFirst(people);
  const scope = findScope(doc, {
    organizers: organizers.map((o) => o.value),
    name: name?.value ?? null,
    leaderTitles: leaders.map((p) => p.titles),
  });
  const venue = findVenue(doc, lead, name?.value ?? null);
  const format = findFormat(doc, venue);
  const counts = findCounts(doc, scope);
  const selfKey = plenumKey(name?.value ?? null);
  const documents = findDocuments(doc, { selfKey });
  const leadText = lead ? lead.sentence.text : '';
  return {
    ...(name
      ? { name: fact(doc, name.value, name.start, name.end) }
      : {
          name: {
            value: describeMeeting(organizers[0]?.value ?? null, when.date?.value ?? null),
            span: null,
          },
          nameDerived: true,
        }),
    kind: {
      value: meetingKind(name?.value ?? null, leadText),
      span: lead ? doc.span(lead.sentence.start, lead.sentence.end) : null,
    },
    date: when.date ? fact(doc, when.date.value, when.date.start, when.date.end) : null,
    partOfDay: when.partOfDay
      ? fact(doc, when.partOfDay.value, when.partOfDay.start, when.partOfDay.end)
      : null,
    scope: scope
      ? { value: scope, span: lead ? doc.span(lead.sentence.start, lead.sentence.end) : null }
      : null,
    format: { value: format, span: lead ? doc.span(lead.sentence.start, lead.sentence.end) : null },
    organizers: organizers.map((o) => fact(doc, o.value, o.start, o.end)),
    venue: venue ? fact(doc, venue.value, venue.start, venue.end) : null,
    connectionPoints: counts.connectionPoints
      ? fact(doc, counts.connectionPoints.value, counts.connectionPoints.start, counts.connectionPoints.end)
      : null,
    attendees: counts.attendees
      ? fact(doc, counts.attendees.value, counts.attendees.start, counts.attendees.end)
      : null,
    connectionPointsByLevel: counts.byLevel.map((c) => ({
      level: c.level,
      count: c.value,
      span: doc.span(c.start, c.end),
    })),
    localConnectionPoint: counts.local
      ? {
          name: counts.local.name,
          connectionPoints: counts.local.connectionPoints,
          attendees: counts.local.attendees,
          span: doc.span(counts.local.start, counts.local.end),
        }
      : null,
    documents,
    people,
    presentations,
    byline: findByline(doc),
  };
}

/** People who chaired or led first: their titles tell the meeting's level. */
function leadersFirst(people: ConferencePerson[]): ConferencePerson[] {
  const rank = (p: ConferencePerson) =>
    p.roles.includes('chair') ? 0 : p.roles.includes('directing') ? 1 : 2;
  return [...people].sort((a, b) => rank(a) - rank(b));
}

/** "Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII" → HNTW:8/XIII (the meeting itself). */
function plenumKey(name: string | null): string | null {
  if (!name) return null;
  const m =
    /^hội nghị\s+(?:lần thứ\s+(\S+)\s+)?(?:ban chấp hành|bch)\s+(?:trung ương|t\.ư|tw)(?:\s+đảng)?,?\s*\(?khóa\s+([ivxlc]+)/u.exec(
      matchForm(name),
    );
  const n = m?.[1] ? parseOrdinal(m[1]) : null;
  return m && n ? `HNTW:${n}/${m[2].toUpperCase()}` : null;
}
