import { defineMessage } from './message-definition.js';
import { SUBJECTS } from './topology.js';
import { PageFetchedV1 } from './messages/page-fetched.v1.js';
import { ArticleParsedV1 } from './messages/article-parsed.v1.js';
import { ConferenceExtractedV1 } from './messages/conference-extracted.v1.js';
import { ConferenceStoredV1 } from './messages/conference-stored.v1.js';
import { DeadLetterV1 } from './messages/dead-letter.v1.js';

export const pageFetchedV1 = defineMessage({
  name: 'page.fetched',
  version: 1,
  subject: SUBJECTS.pageFetchedV1,
  stream: 'pages',
  description: 'A page the crawler fetched, with its body compressed inline or in the object store.',
  data: PageFetchedV1,
});

export const articleParsedV1 = defineMessage({
  name: 'article.parsed',
  version: 1,
  subject: SUBJECTS.articleParsedV1,
  stream: 'parsed',
  description:
    'The article found in a fetched page: clean text and metadata, and whether it reports a conference.',
  data: ArticleParsedV1,
});

export const conferenceExtractedV1 = defineMessage({
  name: 'conference.extracted',
  version: 1,
  subject: SUBJECTS.conferenceExtractedV1,
  stream: 'parsed',
  description: 'A conference reported by an article, with every fact and the text span it came from.',
  data: ConferenceExtractedV1,
});

export const conferenceStoredV1 = defineMessage({
  name: 'conference.stored',
  version: 1,
  subject: SUBJECTS.conferenceStoredV1,
  stream: 'stored',
  description: 'A report stored in Postgres, and the canonical conference it belongs to.',
  data: ConferenceStoredV1,
});

export const deadLetterV1 = defineMessage({
  name: 'deadletter',
  version: 1,
  subject: SUBJECTS.deadLetterV1,
  stream: 'deadLetters',
  description: 'A message a stage gave up on, the reason, and how to get the original back.',
  data: DeadLetterV1,
});

/** Every message version in service; the schema generator and the AsyncAPI document read this list. */
export const MESSAGES = [
  pageFetchedV1,
  articleParsedV1,
  conferenceExtractedV1,
  conferenceStoredV1,
  deadLetterV1,
];

export function messageForSubject(subject: string) {
  return MESSAGES.find((m) => m.subject === subject);
}
