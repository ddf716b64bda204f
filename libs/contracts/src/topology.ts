/**
 * Subjects, streams and durable consumers: the one place where they are spelled.
 * Plain data (durations in milliseconds) so that outside consumers can read it without a NATS client.
 */
export const SUBJECTS = {
  pageFetchedV1: 'hoinghi.pages.fetched.v1',
  articleParsedV1: 'hoinghi.parsed.article.v1',
  conferenceExtractedV1: 'hoinghi.parsed.conference.v1',
  conferenceStoredV1: 'hoinghi.stored.conference.v1',
  deadLetterV1: 'hoinghi.deadletter.v1',
} as const;
export type Subject = (typeof SUBJECTS)[keyof typeof SUBJECTS];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const GIB = 1024 ** 3;

export interface StreamSpec {
  name: string;
  subjects: string[];
  description: string;
  maxAgeMs: number;
  maxBytes: number;
  maxMsgSize: number;
  duplicateWindowMs: number;
}

export const STREAMS = {
  pages: {
    name: 'HOINGHI_PAGES',
    subjects: ['hoinghi.pages.>'],
    description: 'Fetched pages, crawler → parser',
    maxAgeMs: 14 * DAY,
    maxBytes: 4 * GIB,
    maxMsgSize: 1024 * 1024,
    duplicateWindowMs: 20 * MINUTE,
  },
  parsed: {
    name: 'HOINGHI_PARSED',
    subjects: ['hoinghi.parsed.>'],
    description: 'Parsed articles and extracted conferences, parser → store',
    maxAgeMs: 30 * DAY,
    maxBytes: 4 * GIB,
    maxMsgSize: 1024 * 1024,
    duplicateWindowMs: 20 * MINUTE,
  },
  stored: {
    name: 'HOINGHI_STORED',
    subjects: ['hoinghi.stored.>'],
    description: 'Conferences stored, store → outside consumers',
    maxAgeMs: 90 * DAY,
    maxBytes: 1 * GIB,
    maxMsgSize: 256 * 1024,
    duplicateWindowMs: 20 * MINUTE,
  },
  deadLetters: {
    name: 'HOINGHI_DEADLETTERS',
    subjects: ['hoinghi.deadletter.>'],
    description: 'Messages a stage gave up on, with the reason',
    maxAgeMs: 90 * DAY,
    maxBytes: 1 * GIB,
    maxMsgSize: 1024 * 1024,
    duplicateWindowMs: 20 * MINUTE,
  },
} as const satisfies Record<string, StreamSpec>;
export type StreamKey = keyof typeof STREAMS;

export interface ConsumerSpec {
  stream: StreamKey;
  durable: string;
  filterSubject: string;
  description: string;
  /** Deliveries before the message becomes a dead letter. */
  maxDeliver: number;
  ackWaitMs: number;
  /** Messages in flight per consumer across all replicas: the backpressure bound. */
  maxAckPending: number;
}

export const CONSUMERS = {
  parser: {
    stream: 'pages',
    durable: 'parser',
    filterSubject: SUBJECTS.pageFetchedV1,
    description: 'Parser: fetched pages → parsed articles and conferences',
    maxDeliver: 5,
    ackWaitMs: 60_000,
    maxAckPending: 64,
  },
  store: {
    stream: 'parsed',
    durable: 'store',
    filterSubject: 'hoinghi.parsed.>',
    description: 'Store: parsed articles and conferences → Postgres',
    maxDeliver: 5,
    ackWaitMs: 60_000,
    maxAckPending: 128,
  },
} as const satisfies Record<string, ConsumerSpec>;
export type ConsumerKey = keyof typeof CONSUMERS;

/** JetStream object store bucket holding page bodies too large to travel inline (claim check). */
export const PAGE_BODY_BUCKET = 'hoinghi-page-bodies';
