import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleParsedV1, CloudEvent, ConferenceExtractedV1, PageFetchedV1 } from '@hoinghi/contracts';

const EXAMPLES = join(import.meta.dirname, '../../../../libs/contracts/examples');

const read = <T>(file: string): CloudEvent<T> => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));

/** The contracts' example events: valid messages every bad one is made from. */
export const examplePage = () => read<PageFetchedV1>('page.fetched.v1.json');
export const exampleConference = () => read<ConferenceExtractedV1>('conference.extracted.v1.json');
export const exampleArticle = () => read<ArticleParsedV1>('article.parsed.v1.json');
