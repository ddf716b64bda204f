import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { TestDatabase } from '@hoinghi/test-kit';
import {
  SEED_REPORTS,
  countRows,
  migratedDatabase,
  seedReport,
  type SeedReportName,
} from '../../test/fixtures.js';
import { inTransaction } from '../ingest/in-transaction.js';
import { storeArticle } from '../ingest/store-article.js';
import { storeConference } from '../ingest/store-conference.js';
import { createApiApp } from './api-app.js';

let database: TestDatabase;
let dataSource: DataSource;
let app: INestApplication;
let api: string;
/** Conference id by the seed report that created it. */
const ids = new Map<SeedReportName, string>();

beforeAll(async () => {
  ({ database, dataSource } = await migratedDatabase());
  for (const name of SEED_REPORTS) {
    const { article, conference } = seedReport(name);
    await inTransaction(dataSource, (db) => storeArticle(db, article));
    const outcome = await inTransaction(dataSource, (db) => storeConference(db, conference));
    if ('stored' in outcome) ids.set(name, outcome.stored.conferenceId);
  }
  app = await createApiApp(database.url);
  await app.listen(0, '127.0.0.1');
  api = await app.getUrl();
});
afterAll(async () => {
  await app?.close();
  await dataSource?.destroy();
  await database?.drop();
});

async function get<T = Record<string, unknown>>(path: string, status = 200): Promise<T> {
  const response = await fetch(`${api}${path}`);
  const body = (await response.json()) as T;
  expect([path, response.status]).toEqual([path, status]);
  return body;
}

interface Summary {
  id: string;
  name: string;
  date: string | null;
}
interface ListPage {
  items: Summary[];
  nextCursor: string | null;
}

/** The seed reports whose conferences a list names, newest first. */
async function found(query: string): Promise<SeedReportName[]> {
  const { items } = await get<ListPage>(`/conferences?${query}`);
  const byId = new Map<string, SeedReportName>();
  for (const [name, id] of ids) if (!byId.has(id)) byId.set(id, name);
  return items.map((item) => byId.get(item.id)!);
}

describe('GET /conferences', () => {
  it('lists every conference once, newest first: the three reports of one conference are one item', async () => {
    const { items, nextCursor } = await get<ListPage>('/conferences');
    expect(items.map((i) => i.date)).toEqual([
      '2025-04-16',
      '2024-12-16',
      '2024-12-04',
      '2024-12-01',
      '2023-12-04',
    ]);
    expect(nextCursor).toBeNull();
    expect(ids.get('nq18-hai-phong')).toBe(ids.get('nq18-nam-dinh'));
    expect(items[3]).toMatchObject({
      name: seedReport('nq18-nam-dinh').conference.data.conference.name.value,
      reportCount: 3,
    });
  });

  it('pages by an opaque cursor until the last page', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: ListPage = await get<ListPage>(`/conferences?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual((await get<ListPage>('/conferences')).items.map((i) => i.id));
  });

  it.each([
    ['from=2024-12-01&to=2024-12-16', ['to-chuc-2024-phu-tho', 'giao-ban-gia-lai', 'nq18-nam-dinh']],
    ['from=2025-01-01', ['hntw11-hai-phong']],
    ['to=2024-01-01', ['hntw8-hai-phong']],
    ['scope=province', ['giao-ban-gia-lai']],
    ['kind=briefing', ['giao-ban-gia-lai']],
    ['format=hybrid', ['hntw11-hai-phong', 'to-chuc-2024-phu-tho', 'hntw8-hai-phong']],
    ['organizer=Ban%20T%E1%BB%95%20ch%E1%BB%A9c', ['to-chuc-2024-phu-tho']],
    ['organizer=ban%20bi%20thu', ['hntw11-hai-phong', 'nq18-nam-dinh', 'hntw8-hai-phong']],
    ['person=L%C3%AA%20Ti%E1%BA%BFn%20Ch%C3%A2u', ['hntw11-hai-phong', 'nq18-nam-dinh', 'hntw8-hai-phong']],
    ['person=to%20lam', ['hntw11-hai-phong', 'to-chuc-2024-phu-tho', 'nq18-nam-dinh']],
    ['document=NQ:18', ['to-chuc-2024-phu-tho', 'giao-ban-gia-lai', 'nq18-nam-dinh']],
    ['document=HNTW%3A8%2FXIII', ['hntw8-hai-phong']],
    ['province=H%E1%BA%A3i%20Ph%C3%B2ng', ['hntw11-hai-phong', 'nq18-nam-dinh', 'hntw8-hai-phong']],
    ['province=phu%20tho', ['to-chuc-2024-phu-tho', 'nq18-nam-dinh']],
    ['province=Nam%20Dinh', ['nq18-nam-dinh']],
    ['scope=national&document=NQ:18&from=2024-12-02', ['to-chuc-2024-phu-tho']],
  ])('filters by %s', async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });

  it('searches names without minding diacritics: "hoi nghi toan quoc" finds "Hội nghị toàn quốc"', async () => {
    const national = ['hntw11-hai-phong', 'to-chuc-2024-phu-tho', 'nq18-nam-dinh', 'hntw8-hai-phong'];
    expect(await found('q=hoi%20nghi%20toan%20quoc')).toEqual(expect.arrayContaining(national));
    expect(await found('q=H%E1%BB%98I%20NGH%E1%BB%8A%20TO%C3%80N%20QU%E1%BB%90C')).toEqual(
      await found('q=hoi%20nghi%20toan%20quoc'),
    );
  });

  it('searches the article texts too, by word starts', async () => {
    // Only the Gia Lai article mentions the Tết of the year Ất Tỵ; only Phú Thọ's the 79 schemes ("79 Đề án").
    expect(await found('q=tet%20at%20ty')).toEqual(['giao-ban-gia-lai']);
    expect(await found('q=T%E1%BA%BFt%20%E1%BA%A4t%20T%E1%BB%B5')).toEqual(['giao-ban-gia-lai']);
    expect(await found('q=79%20de%20an')).toEqual(['to-chuc-2024-phu-tho']);
    expect(await found('q=xyzzy')).toEqual([]);
  });

  it('treats hostile text as words to look for, never as SQL', async () => {
    expect(await found(`person=${encodeURIComponent("'; DROP TABLE people; --")}`)).toEqual([]);
    expect(await found(`q=${encodeURIComponent("x' OR '1'='1")}`)).toEqual([]);
    // Were `_` a LIKE wildcard here, "_an" would find every "Ban".
    expect(await found(`organizer=${encodeURIComponent('_an')}`)).toEqual([]);
    expect(await found(`organizer=${encodeURIComponent('%Ban%')}`)).toEqual(await found('organizer=Ban'));
    expect(await countRows(dataSource, 'people')).toBeGreaterThan(0);
  });
});

describe('bad parameters get a 400 that names them and why', () => {
  it.each([
    ['limit=0', 'limit must be >= 1'],
    ['limit=100000', 'limit must be <= 100'],
    ['limit=abc', 'limit must be integer'],
    ['limit=2.5', 'limit must be integer'],
    ['limit=0x10', 'limit must be integer'],
    ['from=2024-02-30', 'from must match format "date"'],
    ['to=2024-13-01', 'to must match format "date"'],
    ['from=2024-12-05&to=2024-12-01', 'from must not be after to'],
    ['from=yesterday', 'from must match format "date"'],
    ['scope=planet', 'scope must be one of national, sector, province, district, commune'],
    ['kind=1%20OR%201%3D1', 'kind must be one of'],
    ['scope=national&scope=province', 'scope must be one of'],
    ['sort=name', 'sort is not a parameter of this request'],
    ['document=NQ%3A18%27%20OR%20%271%27%3D%271', 'document must match pattern'],
    ['q=%25%25%25', 'q must contain a letter or digit'],
    [`q=${'a'.repeat(201)}`, 'q must not have more than 200 characters'],
    ['cursor=not-a-cursor', 'cursor is not a cursor this API gave'],
    [
      `cursor=${Buffer.from(JSON.stringify(["2024-01-01'; DROP TABLE conferences; --", 'x'])).toString('base64url')}`,
      'cursor is not',
    ],
    [
      `cursor=${Buffer.from(JSON.stringify(['2024-02-30', '0b5e7a52-3f3c-4c55-9a51-6f1b2f0c9d11'])).toString('base64url')}`,
      'cursor is not',
    ],
    ['cursor=%27%3B--', 'cursor must match pattern'],
  ])('%s', async (query, message) => {
    const body = await get<{ message: string; problems: { parameter: string }[] }>(
      `/conferences?${query}`,
      400,
    );
    expect(body.message).toContain(message);
  });

  it('lists every problem, not just the first', async () => {
    const body = await get<{ problems: { parameter: string }[] }>(
      '/conferences?limit=0&scope=planet&from=2024-02-30',
      400,
    );
    expect(body.problems.map((p) => p.parameter).sort()).toEqual(['from', 'limit', 'scope']);
  });

  it('on the other routes too', async () => {
    expect((await get<{ message: string }>('/conferences/not-a-uuid', 400)).message).toContain(
      'id must match format "uuid"',
    );
    expect((await get<{ message: string }>('/people?limit=101', 400)).message).toContain(
      'limit must be <= 100',
    );
    expect((await get<{ message: string }>('/people/1/conferences', 400)).message).toContain(
      'id must match format',
    );
    expect((await get<{ message: string }>('/documents/NQ18/conferences', 400)).message).toContain(
      'key must match pattern',
    );
    expect((await get<{ message: string }>('/stats?to=2024-02-30', 400)).message).toContain(
      'to must match format',
    );
  });
});

describe('GET /conferences/:id', () => {
  it('gives the conference with its reports, people, documents, counts, evidence and merge decisions', async () => {
    const detail = await get<Record<string, never>>(`/conferences/${ids.get('nq18-nam-dinh')}`);
    const urls = (['nq18-nam-dinh', 'nq18-hai-phong', 'nq18-phu-tho'] as const).map(
      (n) => seedReport(n).conference.data.articleUrl,
    );
    expect(detail).toMatchObject({
      date: '2024-12-01',
      scope: 'national',
      connectionPoints: 14535,
      reportCount: 3,
    });
    expect((detail.reports as { articleUrl: string }[]).map((r) => r.articleUrl)).toEqual(urls);
    expect(detail.reports[1]).toMatchObject({
      sourceId: 'haiphong-thanhuy',
      primary: false,
      merged: true,
      localConnectionPoint: { name: 'Hải Phòng', connectionPoints: 232, attendees: null },
      connectionPointsByLevel: [
        { level: 'district', count: 15, span: { text: '15 điểm cầu cấp huyện' } },
        { level: 'commune', count: 217, span: { text: '217 điểm cầu cấp xã' } },
      ],
    });
    const toLam = (detail.people as { name: string; mentions: unknown[]; roles: string[] }[]).find(
      (p) => p.name === 'Tô Lâm',
    );
    expect(toLam).toMatchObject({ roles: ['directing'], titles: ['Tổng Bí thư'] });
    expect(toLam?.mentions).toHaveLength(3);
    expect(detail.documents).toEqual([
      expect.objectContaining({
        key: 'NQ:18',
        code: '18-NQ/TW',
        issuedOn: '2017-10-25',
        citations: expect.any(Array),
      }),
    ]);
    expect(detail.presentations).toHaveLength(2);
    expect(
      (detail.disagreements as Record<string, { value: unknown }[]>).connectionPoints.map((d) => d.value),
    ).toEqual([14535, 14500]);
    expect(
      (detail.evidence as Record<string, { value: unknown; span: { text: string } | null }[]>).date,
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          value: '2024-12-01',
          span: expect.objectContaining({ text: 'Sáng 01/12' }),
        }),
      ]),
    );
    expect((detail.mergeDecisions as { decision: string }[]).map((d) => d.decision)).toEqual([
      'new',
      'merged',
      'merged',
    ]);
  });

  it('is a 404 for an id nobody has', async () => {
    await get('/conferences/0b5e7a52-3f3c-4c55-9a51-6f1b2f0c9d11', 404);
  });
});

describe('people and documents', () => {
  it('GET /people?q= finds people by word starts, diacritics optional, alphabetically, a page at a time', async () => {
    const { items } = await get<{ items: { name: string; conferences: number }[] }>('/people?q=le');
    expect(items.map((p) => p.name)).toEqual(['Lê Minh Hưng', 'Lê Tiến Châu']);
    expect(items[1].conferences).toBe(3);
    const first = await get<{ items: { name: string }[]; nextCursor: string }>('/people?limit=3');
    const second = await get<{ items: { name: string }[] }>(`/people?limit=3&cursor=${first.nextCursor}`);
    expect(first.items).toHaveLength(3);
    expect(second.items[0].name).not.toBe(first.items[2].name);
  });

  it('GET /people/:id/conferences gives each conference with the roles and titles there', async () => {
    const {
      items: [person],
    } = await get<{ items: { id: string }[] }>('/people?q=le%20tien%20chau');
    const body = await get<{
      person: { name: string };
      items: (Summary & { roles: string[]; titles: string[] })[];
    }>(`/people/${person.id}/conferences`);
    expect(body.person.name).toBe('Lê Tiến Châu');
    expect(body.items.map((c) => c.date)).toEqual(['2025-04-16', '2024-12-01', '2023-12-04']);
    expect(body.items[0]).toMatchObject({
      roles: ['attendee'],
      titles: expect.arrayContaining(['Bí thư Thành ủy']),
    });
    await get('/people/0b5e7a52-3f3c-4c55-9a51-6f1b2f0c9d11/conferences', 404);
  });

  it('GET /documents/:key/conferences gives the document and the conferences citing it', async () => {
    const body = await get<{ document: { key: string; title: string }; items: Summary[] }>(
      '/documents/NQ%3A18/conferences',
    );
    expect(body.document).toMatchObject({
      key: 'NQ:18',
      code: '18-NQ/TW',
      issuer: 'Ban Chấp hành Trung ương Đảng',
    });
    expect(body.items.map((c) => c.date)).toEqual(['2024-12-16', '2024-12-04', '2024-12-01']);
    expect((await get<{ items: Summary[] }>('/documents/HNTW%3A8%2FXIII/conferences')).items).toHaveLength(1);
    await get('/documents/NQ%3A999/conferences', 404);
  });
});

describe('GET /stats', () => {
  it('counts conferences per month, scope and kind, of all or of those filtered', async () => {
    expect(await get('/stats')).toEqual({
      total: 5,
      byMonth: [
        { month: '2023-12', count: 1 },
        { month: '2024-12', count: 3 },
        { month: '2025-04', count: 1 },
      ],
      byScope: [
        { scope: 'national', count: 4 },
        { scope: 'province', count: 1 },
      ],
      byKind: [
        { kind: 'dissemination', count: 3 },
        { kind: 'briefing', count: 1 },
        { kind: 'review', count: 1 },
      ],
    });
    expect(await get('/stats?scope=province')).toMatchObject({
      total: 1,
      byMonth: [{ month: '2024-12', count: 1 }],
    });
  });
});

describe('OpenAPI', () => {
  it('documents every route and parameter at /docs-json, browsable at /docs', async () => {
    const document = await get<{
      openapi: string;
      paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
    }>('/docs-json');
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([
      '/conferences',
      '/conferences/{id}',
      '/documents/{key}/conferences',
      '/people',
      '/people/{id}/conferences',
      '/stats',
    ]);
    expect(document.paths['/conferences'].get.parameters.map((p) => p.name)).toEqual([
      'from',
      'to',
      'scope',
      'kind',
      'format',
      'organizer',
      'person',
      'document',
      'province',
      'q',
      'limit',
      'cursor',
    ]);
    const html = await fetch(`${api}/docs`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('swagger');
  });
});
