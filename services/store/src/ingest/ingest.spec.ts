import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { ArticleParsedV1, CloudEvent, ConferenceExtractedV1 } from '@hoinghi/contracts';
import { createTestDatabase, type TestDatabase } from '@hoinghi/test-kit';
import { createDataSource } from '../database/data-source.js';
import { migrateUp } from '../database/migrate.js';
import { storeArticle } from './store-article.js';
import { storeConference } from './store-conference.js';

const examples = join(import.meta.dirname, '../../../../libs/contracts/examples');
const articleEvent = JSON.parse(readFileSync(join(examples, 'article.parsed.v1.json'), 'utf8')) as CloudEvent<ArticleParsedV1>;
const conferenceEvent = JSON.parse(
  readFileSync(join(examples, 'conference.extracted.v1.json'), 'utf8'),
) as CloudEvent<ConferenceExtractedV1>;

/** The same conference as reported by another outlet, parsed from another page. */
function otherReport(url: string, id: string, name = conferenceEvent.data.conference.name.value) {
  const event = structuredClone(conferenceEvent);
  event.id = id;
  event.data.articleUrl = url;
  event.data.conference.name.value = name;
  return event;
}

let database: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await createDataSource(database.url).initialize();
  await migrateUp(dataSource);
});
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const count = async (table: string) => Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe('migrations', () => {
  it('roll back and apply again', async () => {
    await dataSource.undoLastMigration();
    expect(await dataSource.query(`SELECT to_regclass('conferences') AS t`)).toEqual([{ t: null }]);
    await migrateUp(dataSource);
    expect(await count('conferences')).toBe(0);
  });
});

describe('ingest', () => {
  it('stores an article once, whatever the redeliveries', async () => {
    expect(await dataSource.transaction((db) => storeArticle(db, articleEvent))).toBe('inserted');
    expect(await dataSource.transaction((db) => storeArticle(db, articleEvent))).toBe('unchanged');
    expect(await count('articles')).toBe(1);
  });

  it('never lets an older parse overwrite a newer one', async () => {
    const newer = structuredClone(articleEvent);
    newer.id = 'article-newer';
    newer.data.parserVersion = '0.10.0';
    newer.data.title = 'newer title';
    const older = structuredClone(articleEvent);
    older.id = 'article-older';
    older.data.parserVersion = '0.9.0';
    older.data.title = 'older title';
    expect(await dataSource.transaction((db) => storeArticle(db, newer))).toBe('updated');
    expect(await dataSource.transaction((db) => storeArticle(db, older))).toBe('older');
    expect((await dataSource.query('SELECT title FROM articles'))[0].title).toBe('newer title');
  });

  it('stores a conference once and writes one outbox event per report', async () => {
    const first = await dataSource.transaction((db) => storeConference(db, conferenceEvent));
    const again = await dataSource.transaction((db) => storeConference(db, conferenceEvent));
    expect(first).toMatchObject({ stored: { merged: false } });
    expect(again).toEqual({ skipped: 'duplicate' });
    expect(await count('conferences')).toBe(1);
    expect(await count('outbox_events')).toBe(1);
  });

  it('merges another outlet’s report of the same conference and keeps a different one apart', async () => {
    const same = otherReport('https://baohaiphong.example.vn/a.html', 'conf-hp');
    const different = otherReport(
      'https://baophutho.example.vn/b.html',
      'conf-pt',
      'Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2024',
    );
    const merged = await dataSource.transaction((db) => storeConference(db, same));
    const apart = await dataSource.transaction((db) => storeConference(db, different));
    expect(merged).toMatchObject({ stored: { merged: true, mergeReason: expect.stringContaining('same date') } });
    expect(apart).toMatchObject({ stored: { merged: false } });
    expect(await count('conferences')).toBe(2);
    expect(await count('conference_reports')).toBe(3);
  });
});
