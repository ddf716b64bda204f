import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { TestDatabase } from '@hoinghi/test-kit';
import { migratedDatabase, seedReport, variation } from '../../test/fixtures.js';
import { inTransaction } from '../ingest/in-transaction.js';
import { storeArticle } from '../ingest/store-article.js';
import { storeConference } from '../ingest/store-conference.js';
import { listConferences, type ConferenceKey } from './conference-list.js';
import { conferenceStats } from './conference-stats.js';
import { phrasePattern, wordPrefixPatterns, wordsQuery } from './search-patterns.js';

describe('search terms', () => {
  it('keep only letters and digits of what a client sends, diacritics folded', () => {
    expect(wordsQuery("Hội nghị toàn qu' & !x:* | (")).toBe('hoi & nghi & toan & qu & x:*');
    expect(wordPrefixPatterns('Lê_Tiến%')).toEqual(['% le%', '% tien%']);
    expect(phrasePattern('  Ban   Bí thư, ')).toBe('% ban bi thu %');
  });
});

describe('conference queries', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    ({ database, dataSource } = await migratedDatabase());
    const store = (event: Parameters<typeof storeConference>[1]) =>
      inTransaction(dataSource, (db) => storeConference(db, event));
    // The Gia Lai article before its report, the Phú Thọ one after; one report without a day.
    await inTransaction(dataSource, (db) => storeArticle(db, seedReport('giao-ban-gia-lai').article));
    await store(seedReport('giao-ban-gia-lai').conference);
    await store(seedReport('to-chuc-2024-phu-tho').conference);
    await inTransaction(dataSource, (db) => storeArticle(db, seedReport('to-chuc-2024-phu-tho').article));
    await store(variation('hntw8-hai-phong', (e) => (e.data.conference.date = null)));
    await store(seedReport('hntw11-hai-phong').conference);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('page one row at a time through every conference, the one without a day last', async () => {
    const dates: (string | null)[] = [];
    let after: ConferenceKey | undefined;
    for (;;) {
      const page = await listConferences(dataSource.manager, {}, { limit: 1, after });
      dates.push(...page.items.map((c) => c.date));
      if (!page.next) break;
      after = page.next;
    }
    expect(dates).toEqual(['2025-04-16', '2024-12-16', '2024-12-04', null]);
  });

  it('find the words of an article whether it came before or after its report', async () => {
    const q = async (text: string) =>
      (await listConferences(dataSource.manager, { q: text }, { limit: 10 })).items.map((c) => c.date);
    expect(await q('Tết Ất Tỵ')).toEqual(['2024-12-04']);
    expect(await q('79 de an')).toEqual(['2024-12-16']);
    // Without its article, a report is found by its name only.
    expect(await q('lan thu 11')).toEqual(['2025-04-16']);
    expect(await q('Dien Hong')).toEqual([]);
  });

  it('count every conference, those without a day outside any month', async () => {
    const stats = await conferenceStats(dataSource.manager, {});
    expect(stats.total).toBe(4);
    expect(stats.byMonth).toEqual([
      { month: '2024-12', count: 2 },
      { month: '2025-04', count: 1 },
    ]);
  });
});
