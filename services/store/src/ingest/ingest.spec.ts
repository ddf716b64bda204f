import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { CloudEvent, ConferenceExtractedV1 } from '@hoinghi/contracts';
import type { TestDatabase } from '@hoinghi/test-kit';
import {
  countRows,
  migratedDatabase,
  seedReport,
  storeTables,
  variation,
  type SeedReportName,
} from '../../test/fixtures.js';
import { summarizeReport } from '../merging/canonical-conference.js';
import { inTransaction } from './in-transaction.js';
import { storeArticle } from './store-article.js';
import { storeConference } from './store-conference.js';

let database: TestDatabase;
let dataSource: DataSource;
let tables: string[];
beforeAll(async () => {
  ({ database, dataSource } = await migratedDatabase());
  tables = await storeTables(dataSource);
});
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

beforeEach(async () => {
  await dataSource.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
});

const store = (event: CloudEvent<ConferenceExtractedV1>) =>
  inTransaction(dataSource, (db) => storeConference(db, event));
const storeSeed = (name: SeedReportName) => store(seedReport(name).conference);
const snapshot = async () =>
  Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await countRows(dataSource, t)])));

/** A later parse of the same page: another event, another parser version. */
const reparse = (
  name: SeedReportName,
  version: string,
  change: (e: CloudEvent<ConferenceExtractedV1>) => void = () => {},
) =>
  variation(name, (event) => {
    event.id = `${event.id}-${version}`;
    event.time = '2024-12-05T00:00:00+07:00';
    event.data.parserVersion = version;
    change(event);
  });

describe('articles', () => {
  it('are stored once, whatever the redeliveries, with their source', async () => {
    const { article } = seedReport('nq18-nam-dinh');
    expect(await inTransaction(dataSource, (db) => storeArticle(db, article))).toBe('inserted');
    expect(await inTransaction(dataSource, (db) => storeArticle(db, article))).toBe('unchanged');
    expect(await countRows(dataSource, 'articles')).toBe(1);
    expect(await dataSource.query('SELECT id FROM sources')).toEqual([{ id: 'namdinh-dukhoi' }]);
  });

  it('never let an older parse overwrite a newer one', async () => {
    const newer = seedReport('nq18-nam-dinh').article;
    newer.data.parserVersion = '0.10.0';
    newer.data.title = 'newer title';
    const older = seedReport('nq18-nam-dinh').article;
    older.id = 'article-older';
    older.data.parserVersion = '0.9.0';
    older.data.title = 'older title';
    expect(await inTransaction(dataSource, (db) => storeArticle(db, newer))).toBe('inserted');
    expect(await inTransaction(dataSource, (db) => storeArticle(db, older))).toBe('older');
    expect(await dataSource.query('SELECT title FROM articles')).toEqual([{ title: 'newer title' }]);
  });
});

describe('conference reports', () => {
  it('from three outlets merge into one conference, every decision recorded with its reason', async () => {
    const first = await storeSeed('nq18-nam-dinh');
    const second = await storeSeed('nq18-hai-phong');
    const third = await storeSeed('nq18-phu-tho');
    expect(first).toMatchObject({ stored: { merged: false, mergeReason: null } });
    const conferenceId = 'stored' in first ? first.stored.conferenceId : '';
    for (const outcome of [second, third]) {
      expect(outcome).toMatchObject({
        stored: {
          conferenceId,
          merged: true,
          mergeReason: expect.stringContaining('shared documents NQ:18'),
        },
      });
    }
    expect(await countRows(dataSource, 'conferences')).toBe(1);
    expect(await countRows(dataSource, 'conference_reports')).toBe(3);

    const decisions = await dataSource.query(
      `SELECT d.decision, d.reason, d.candidates, r.source_id AS source FROM merge_decisions d
       JOIN conference_reports r ON r.id = d.report_id ORDER BY d.id`,
    );
    expect(decisions).toEqual([
      {
        decision: 'new',
        reason: 'no conference stored on 2024-12-01',
        candidates: [],
        source: 'namdinh-dukhoi',
      },
      expect.objectContaining({ decision: 'merged', source: 'haiphong-thanhuy' }),
      expect.objectContaining({ decision: 'merged', source: 'phutho-tinhuy' }),
    ]);
    expect(decisions[2].reason).toMatch(
      /^same date 2024-12-01; name overlap 1\.00; shared documents NQ:18; same scope national$/,
    );
    expect(decisions[2].candidates).toEqual([
      { conferenceId, score: 1, verdict: expect.stringMatching(/^matches: /) },
    ]);
  });

  it('make a canonical conference with the totals of the most complete report and the disagreements visible', async () => {
    for (const name of ['nq18-nam-dinh', 'nq18-hai-phong', 'nq18-phu-tho'] as const) await storeSeed(name);
    const [conference] = await dataSource.query(
      `SELECT c.name, c.connection_points, c.venue, c.report_count, c.names, c.disagreements, r.source_id AS primary_source
       FROM conferences c JOIN conference_reports r ON r.id = c.primary_report_id`,
    );
    expect(conference).toMatchObject({
      name: seedReport('nq18-nam-dinh').conference.data.conference.name.value,
      primary_source: 'namdinh-dukhoi',
      connection_points: 14535,
      venue: 'Nhà Quốc hội',
      report_count: 3,
    });
    expect(conference.names).toHaveLength(3);
    expect(conference.disagreements.connectionPoints.map((d: { value: number }) => d.value)).toEqual([
      14535, 14500,
    ]);
  });

  it('name each person and document once, with one participation and citation per report', async () => {
    for (const name of ['nq18-nam-dinh', 'nq18-hai-phong', 'nq18-phu-tho'] as const) await storeSeed(name);
    const toLam = await dataSource.query(
      `SELECT p.name, p.name_key, count(pa.*)::int AS reports FROM people p JOIN participations pa ON pa.person_id = p.id
       WHERE p.name = 'Tô Lâm' GROUP BY p.id`,
    );
    expect(toLam).toEqual([{ name: 'Tô Lâm', name_key: ' to lam ', reports: 3 }]);
    const documents = await dataSource.query(
      `SELECT d.key, d.code, d.issued_on::text, d.title, count(dc.*)::int AS citations
       FROM documents d JOIN document_citations dc ON dc.document_id = d.id GROUP BY d.id`,
    );
    // Nam Định gave the date, Hải Phòng the title: each fills what the other left out.
    expect(documents).toEqual([
      {
        key: 'NQ:18',
        code: '18-NQ/TW',
        issued_on: '2017-10-25',
        title: expect.stringContaining('tinh gọn, hoạt động hiệu lực, hiệu quả'),
        citations: 3,
      },
    ]);
    const evidence = await dataSource.query(
      `SELECT e.value, e.span_text FROM fact_evidence e JOIN conference_reports r ON r.id = e.report_id
       WHERE e.field = 'connectionPoints' ORDER BY r.source_id`,
    );
    expect(evidence).toEqual([
      { value: 14535, span_text: '14.535 điểm cầu' },
      { value: 14535, span_text: '14.535 điểm cầu' },
      { value: 14500, span_text: '14.500 điểm cầu' },
    ]);
  });

  it('of different conferences on the same day stay apart', async () => {
    const day = (name: SeedReportName) =>
      variation(name, (event) => {
        event.data.conference.date = { value: '2024-12-01', span: null };
      });
    await storeSeed('nq18-nam-dinh');
    const review = await store(day('to-chuc-2024-phu-tho'));
    const briefing = await store(day('giao-ban-gia-lai'));
    expect(review).toMatchObject({ stored: { merged: false } });
    expect(briefing).toMatchObject({ stored: { merged: false } });
    expect(await countRows(dataSource, 'conferences')).toBe(3);
    const [{ candidates }] = await dataSource.query(
      `SELECT candidates FROM merge_decisions d JOIN conference_reports r ON r.id = d.report_id WHERE r.source_id = 'baogialai'`,
    );
    expect(candidates.map((c: { verdict: string }) => c.verdict)).toEqual([
      'kept apart: scope province ≠ national',
      'kept apart: scope province ≠ national',
    ]);
  });

  it('redelivered or replayed change nothing', async () => {
    for (const name of ['nq18-nam-dinh', 'nq18-hai-phong', 'hntw11-hai-phong'] as const)
      await storeSeed(name);
    const before = await snapshot();
    const conferences = await dataSource.query('SELECT * FROM conferences ORDER BY id');
    for (const name of ['nq18-hai-phong', 'nq18-nam-dinh', 'hntw11-hai-phong'] as const) {
      expect(await storeSeed(name)).toEqual({ skipped: 'duplicate' });
    }
    // The same parser on the same text, sent again under another event id (a replayed fetch).
    const replayed = variation('nq18-nam-dinh', (event) => (event.id = 'conference-replayed'));
    expect(await store(replayed)).toEqual({ skipped: 'unchanged' });
    expect(await snapshot()).toEqual(before);
    expect(await dataSource.query('SELECT * FROM conferences ORDER BY id')).toEqual(conferences);
  });

  it('of an older parser never overwrite a newer parse', async () => {
    await storeSeed('nq18-nam-dinh');
    const newer = reparse(
      'nq18-phu-tho',
      '0.2.0',
      (e) => (e.data.conference.connectionPoints = { value: 14535, span: null }),
    );
    expect(await store(newer)).toMatchObject({ stored: { merged: true } });
    expect(await storeSeed('nq18-phu-tho')).toEqual({ skipped: 'older' });
    const [report] = await dataSource.query(
      `SELECT parser_version, facts FROM conference_reports WHERE source_id = 'phutho-tinhuy'`,
    );
    expect(report.parser_version).toBe('0.2.0');
    expect(report.facts.connectionPoints.value).toBe(14535);
    // With the counts agreeing, there is nothing left to disagree on about them.
    const [conference] = await dataSource.query('SELECT disagreements FROM conferences');
    expect(conference.disagreements.connectionPoints).toBeUndefined();
  });

  it('of the same parser on a changed text: the later extraction wins, an earlier one arriving late does not', async () => {
    const earlier = variation('nq18-phu-tho', (e) => {
      e.id = 'conference-earlier';
      e.time = '2024-12-01T09:00:00+07:00';
      e.data.contentHash = `sha256:${'0'.repeat(64)}`;
    });
    expect(await storeSeed('nq18-phu-tho')).toMatchObject({ stored: {} });
    expect(await store(earlier)).toEqual({ skipped: 'older' });
  });

  it('re-parsed replace what the earlier parse said', async () => {
    await storeSeed('nq18-hai-phong');
    const fewer = reparse('nq18-hai-phong', '0.2.0', (e) => {
      e.data.conference.people = e.data.conference.people.slice(0, 2);
      e.data.conference.connectionPointsByLevel = [];
    });
    expect(await store(fewer)).toMatchObject({
      stored: { merged: false, mergeReason: 're-parse by parser 0.2.0' },
    });
    expect(await countRows(dataSource, 'participations')).toBe(2);
    expect(await countRows(dataSource, 'connection_point_counts')).toBe(0);
    expect(await countRows(dataSource, 'conference_reports')).toBe(1);
    const [report] = await dataSource.query(
      `SELECT id, article_url AS "articleUrl", facts, summary FROM conference_reports`,
    );
    expect(report.facts.people).toHaveLength(2);
    expect(report.summary).toEqual(summarizeReport(report));
    expect(
      (await dataSource.query('SELECT decision FROM merge_decisions ORDER BY id')).map(
        (d: { decision: string }) => d.decision,
      ),
    ).toEqual(['new', 'reparsed']);
  });

  it('re-parsed with the day found join the conference of that day, and the one they left goes', async () => {
    await storeSeed('nq18-nam-dinh');
    const undated = variation('nq18-phu-tho', (e) => (e.data.conference.date = null));
    const alone = await store(undated);
    expect(alone).toMatchObject({ stored: { merged: false } });
    expect(await countRows(dataSource, 'conferences')).toBe(2);
    const dated = await store(reparse('nq18-phu-tho', '0.2.0'));
    expect(dated).toMatchObject({
      stored: { merged: true, mergeReason: expect.stringMatching(/^re-parse by parser 0\.2\.0: same date/) },
    });
    expect(await countRows(dataSource, 'conferences')).toBe(1);
    const decisions = await dataSource.query(
      `SELECT d.decision FROM merge_decisions d JOIN conference_reports r ON r.id = d.report_id
       WHERE r.source_id = 'phutho-tinhuy' ORDER BY d.id`,
    );
    expect(decisions).toEqual([{ decision: 'new' }, { decision: 'moved' }]);
  });

  it('with an impossible date are stored without one rather than refused', async () => {
    const impossible = variation(
      'giao-ban-gia-lai',
      (e) => (e.data.conference.date = { value: '2024-02-30', span: null }),
    );
    expect(await store(impossible)).toMatchObject({ stored: { date: null } });
  });

  it('stored concurrently still make one conference', async () => {
    const outcomes = await Promise.all(
      (['nq18-nam-dinh', 'nq18-hai-phong', 'nq18-phu-tho', 'giao-ban-gia-lai'] as const).map((name) =>
        storeSeed(name),
      ),
    );
    expect(outcomes.every((o) => 'stored' in o)).toBe(true);
    expect(await countRows(dataSource, 'conferences')).toBe(2);
    expect(await dataSource.query('SELECT report_count FROM conferences ORDER BY report_count')).toEqual([
      { report_count: 1 },
      { report_count: 3 },
    ]);
  });

  it('each put one stored-conference event in the outbox', async () => {
    await storeSeed('nq18-nam-dinh');
    await storeSeed('nq18-phu-tho');
    const events = await dataSource.query(
      'SELECT event_id, message_type, data, subject FROM outbox_events ORDER BY id',
    );
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      event_id: `stored:${seedReport('nq18-phu-tho').conference.id}`,
      message_type: 'vn.hoinghi.conference.stored.v1',
      subject: events[0].subject,
      data: {
        merged: true,
        date: '2024-12-01',
        articleUrl: seedReport('nq18-phu-tho').conference.data.articleUrl,
      },
    });
  });
});
