/**
 * Messages published straight to `hoinghi.parsed.conference.v1` (and a few to `hoinghi.parsed.article.v1`),
 * bypassing the parser, and what the running store must do with each: a dead letter and not one row
 * written, or (where the store deliberately tolerates a parser's slip) the report stored without the bad
 * value.
 */
import { randomUUID } from 'node:crypto';
import {
  SUBJECTS,
  type ArticleParsedV1,
  type CloudEvent,
  type ConferenceExtractedV1,
  type DeadLetterReason,
} from '@hoinghi/contracts';
import { exampleArticle, exampleConference } from '../support/examples.js';

export type ConferenceEventOutcome =
  { deadLetter: DeadLetterReason; error: RegExp } | { stored: { date: string | null } };

export interface ConferenceEventCase {
  name: string;
  subject: string;
  /** Each case reports its own article, so rows it might have written are found by this URL. */
  articleUrl: string;
  payload: Uint8Array;
  expect: ConferenceEventOutcome;
}

type Event = CloudEvent<ConferenceExtractedV1>;

function conferenceCase(
  name: string,
  change: (event: Event, raw: Record<string, unknown>) => void,
  expect: ConferenceEventOutcome,
): ConferenceEventCase {
  const event = exampleConference();
  const id = randomUUID();
  event.id = `bad-input-${id}`;
  event.data.articleUrl = `https://tin.example.vn/bad-input/${id}.htm`;
  event.subject = event.data.articleUrl;
  const articleUrl = event.data.articleUrl;
  change(event, event as unknown as Record<string, unknown>);
  const payload = Buffer.from(JSON.stringify(event));
  return { name, subject: SUBJECTS.conferenceExtractedV1, articleUrl, payload, expect };
}

function articleCase(
  name: string,
  change: (event: CloudEvent<ArticleParsedV1>) => void,
  expect: ConferenceEventOutcome,
): ConferenceEventCase {
  const event = exampleArticle();
  const id = randomUUID();
  event.id = `bad-input-${id}`;
  event.data.url = `https://tin.example.vn/bad-input/${id}.htm`;
  const articleUrl = event.data.url;
  change(event);
  const payload = Buffer.from(JSON.stringify(event));
  return { name, subject: SUBJECTS.articleParsedV1, articleUrl, payload, expect };
}

const violation = (path: RegExp): ConferenceEventOutcome => ({
  deadLetter: 'contract_violation',
  error: path,
});

export const CONFERENCE_EVENT_CASES: ConferenceEventCase[] = [
  {
    name: 'SQL instead of JSON',
    subject: SUBJECTS.conferenceExtractedV1,
    articleUrl: 'https://tin.example.vn/bad-input/sql.htm',
    payload: Buffer.from("'; DELETE FROM conferences; --"),
    expect: { deadLetter: 'contract_violation', error: /not a JSON CloudEvent/ },
  },
  conferenceCase(
    'a page.fetched event on the conference subject',
    (e) => {
      e.type = 'vn.hoinghi.page.fetched.v1';
    },
    violation(/\/type/),
  ),
  conferenceCase(
    'a conference without a name',
    (_e, raw) => {
      delete ((raw.data as Record<string, unknown>).conference as Record<string, unknown>).name;
    },
    violation(/\/data\/conference.*name/),
  ),
  conferenceCase(
    'scope "galactic"',
    (e) => {
      e.data.conference.scope = { value: 'galactic' as 'national', span: null };
    },
    violation(/\/data\/conference\/scope\/value.*allowed values/),
  ),
  conferenceCase(
    'minus 5 attendees',
    (e) => {
      e.data.conference.attendees = { value: -5, span: null };
    },
    violation(/\/data\/conference\/attendees\/value must be >= 0/),
  ),
  conferenceCase(
    'a span that starts before the text',
    (e) => {
      e.data.conference.name.span = { start: -1, end: 5, text: 'Hội' };
    },
    violation(/\/data\/conference\/name\/span\/start/),
  ),
  conferenceCase(
    'a document key carrying SQL',
    (e) => {
      e.data.conference.documents[0]!.key = "NQ:18'; DROP TABLE documents; --";
    },
    violation(/\/data\/conference\/documents\/0\/key/),
  ),
  conferenceCase(
    'a file: article URL',
    (e) => {
      e.data.articleUrl = 'file:///etc/passwd';
    },
    violation(/\/data\/articleUrl/),
  ),
  conferenceCase(
    'a person with an empty name',
    (e) => {
      e.data.conference.people[0]!.name = '';
    },
    violation(/\/data\/conference\/people\/0\/name/),
  ),
  conferenceCase(
    'a role that is not one',
    (e) => {
      e.data.conference.people[0]!.roles = ['admin' as 'chair'];
    },
    violation(/\/data\/conference\/people\/0\/roles\/0/),
  ),
  conferenceCase(
    'a date written "1/12/2024"',
    (e) => {
      e.data.conference.date = { value: '1/12/2024', span: null };
    },
    violation(/\/data\/conference\/date\/value/),
  ),
  conferenceCase(
    'organizers that are not a list',
    (_e, raw) => {
      ((raw.data as Record<string, unknown>).conference as Record<string, unknown>).organizers = {
        value: 'Bộ Chính trị',
      };
    },
    violation(/\/data\/conference\/organizers/),
  ),

  // Valid by the contract, refused by Postgres: the transaction rolls back whole.
  conferenceCase(
    'a NUL character in the name',
    (e) => {
      e.data.conference.name.value = 'Hội nghị\u0000toàn quốc';
    },
    { deadLetter: 'handler_failed', error: /0x00|invalid byte sequence/ },
  ),
  conferenceCase(
    'a trillion attendees',
    (e) => {
      e.data.conference.attendees = { value: 1_000_000_000_000, span: null };
    },
    { deadLetter: 'handler_failed', error: /out of range/ },
  ),
  conferenceCase(
    'a span beyond 2^31',
    (e) => {
      e.data.conference.people[0]!.span = { start: 2 ** 40, end: 2 ** 40 + 5, text: 'Tô Lâm' };
    },
    { deadLetter: 'handler_failed', error: /out of range/ },
  ),

  conferenceCase(
    'published in the year 0',
    (e) => {
      e.data.publishedAt = '0000-01-01T00:00:00Z';
    },
    { deadLetter: 'handler_failed', error: /out of range/ },
  ),

  articleCase(
    'an article whose isArticle is "yes"',
    (e) => {
      (e.data as unknown as Record<string, unknown>).isArticle = 'yes';
    },
    violation(/\/data\/isArticle/),
  ),
  articleCase(
    'an article text with a NUL character',
    (e) => {
      e.data.text = `${e.data.text}\u0000`;
    },
    { deadLetter: 'handler_failed', error: /0x00|invalid byte sequence/ },
  ),

  // A parser's slip the store tolerates: the impossible date is dropped, the report kept.
  conferenceCase(
    'the 30th of February',
    (e) => {
      e.data.conference.date = { value: '2024-02-30', span: null };
    },
    { stored: { date: null } },
  ),
  conferenceCase(
    'the year 0',
    (e) => {
      e.data.conference.date = { value: '0000-01-01', span: null };
    },
    { stored: { date: null } },
  ),
];
