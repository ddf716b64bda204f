import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ContractViolation,
  MESSAGES,
  articleParsedV1,
  conferenceExtractedV1,
  messageForSubject,
  pageFetchedV1,
  renderJsonSchemas,
} from './index.js';

const root = join(import.meta.dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const examples = readdirSync(join(root, 'examples')).map((file) => ({
  file,
  event: readJson(join(root, 'examples', file)),
}));

function violationsOf(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ContractViolation);
    return (error as ContractViolation).violations;
  }
  throw new Error('expected a ContractViolation');
}

describe('example v1 messages built from the seed documents', () => {
  it('cover every message version', () => {
    expect(examples.map((e) => e.event.type).sort()).toEqual(MESSAGES.map((m) => m.type).sort());
  });

  it.each(examples)('$file stays valid forever', ({ event }) => {
    const definition = MESSAGES.find((m) => m.type === event.type)!;
    expect(definition.parseEvent(event)).toBe(event);
  });
});

describe('validation', () => {
  const page = examples.find((e) => e.event.type === pageFetchedV1.type)!.event;

  it('rejects a message with every violation, each with its path and reason', () => {
    const broken = { ...page.data, status: 700, sourceId: 'Not A Slug', fetchedAt: 'yesterday' };
    delete broken.contentHash;
    const violations = violationsOf(() => pageFetchedV1.parseData(broken));
    expect(violations).toEqual(
      expect.arrayContaining([
        { path: '/', message: expect.stringContaining('contentHash') },
        { path: '/status', message: 'must be <= 599' },
        { path: '/sourceId', message: expect.stringContaining('must match pattern') },
        { path: '/fetchedAt', message: 'must match format "date-time"' },
      ]),
    );
  });

  it('names the allowed values of an enumeration', () => {
    const event = structuredClone(examples.find((e) => e.event.type === conferenceExtractedV1.type)!.event);
    event.data.conference.scope.value = 'galactic';
    const violations = violationsOf(() => conferenceExtractedV1.parseEvent(event));
    expect(violations).toEqual([
      {
        path: '/data/conference/scope/value',
        message: expect.stringMatching(
          /allowed values: "national", "sector", "province", "district", "commune"/,
        ),
      },
    ]);
  });

  it('reports the deepest problem inside a nullable object rather than "must be null"', () => {
    const event = structuredClone(examples.find((e) => e.event.type === conferenceExtractedV1.type)!.event);
    event.data.conference.date.value = '1/12/2024';
    const violations = violationsOf(() => conferenceExtractedV1.parseEvent(event));
    expect(violations).toEqual([
      { path: '/data/conference/date/value', message: expect.stringContaining('pattern') },
    ]);
  });

  it('rejects an envelope of the wrong type or spec version', () => {
    const event = { ...page, type: articleParsedV1.type, specversion: '0.3' };
    const paths = violationsOf(() => pageFetchedV1.parseEvent(event)).map((v) => v.path);
    expect(paths).toEqual(expect.arrayContaining(['/type', '/specversion']));
  });

  it('accepts fields it does not know, so v1 can gain optional fields', () => {
    expect(() => pageFetchedV1.parseData({ ...page.data, addedLater: 1 })).not.toThrow();
  });

  it('finds a message by its subject', () => {
    expect(messageForSubject('hoinghi.pages.fetched.v1')).toBe(pageFetchedV1);
    expect(messageForSubject('hoinghi.nope')).toBeUndefined();
  });
});

describe('published JSON Schemas', () => {
  it('are up to date with the definitions (run `npx nx run contracts:schemas` after a change)', () => {
    const dir = join(root, 'schemas');
    const rendered = renderJsonSchemas();
    expect(readdirSync(dir).sort()).toEqual([...rendered.keys()].sort());
    for (const [name, text] of rendered) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  });
});
