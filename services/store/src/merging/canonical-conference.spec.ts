import { describe, expect, it } from '@jest/globals';
import { SEED_REPORTS, seedReport, type SeedReportName } from '../../test/fixtures.js';
import {
  COMPARED_FIELDS,
  canonicalConference,
  completeness,
  primaryReport,
  summarizeReport,
  type CanonicalConference,
  type ReportFacts,
} from './canonical-conference.js';
import { nameKey } from './name-key.js';

const report = (name: SeedReportName): ReportFacts => {
  const { conference } = seedReport(name);
  return { id: name, articleUrl: conference.data.articleUrl, facts: conference.data.conference };
};

/** As ingest calls it: every report summarised, the primary one's facts in full. */
const canonicalOf = (reports: ReportFacts[]) => {
  const summaries = reports.map(summarizeReport);
  const primary = reports.find((r) => r.id === primaryReport(summaries).id)!;
  return canonicalConference(summaries, primary);
};

/** The canonical conference computed straight from every report's full facts: what summaries must give. */
function fromFullFacts(reports: ReportFacts[]): CanonicalConference {
  let primary = reports[0];
  for (const r of reports) if (completeness(r.facts) > completeness(primary.facts)) primary = r;
  const ordered = [primary, ...reports.filter((r) => r !== primary)];
  const distinct = (values: (string | null | undefined)[]) => {
    const seen = new Map<string, string>();
    for (const v of values) if (v && nameKey(v) !== '' && !seen.has(nameKey(v))) seen.set(nameKey(v), v);
    return [...seen.values()];
  };
  const given = (r: ReportFacts, field: (typeof COMPARED_FIELDS)[number]) => r.facts[field]?.value ?? null;
  const filled = (field: (typeof COMPARED_FIELDS)[number]) =>
    ordered.map((r) => given(r, field)).find((v) => v !== null) ?? null;
  const disagreements: CanonicalConference['disagreements'] = {};
  for (const field of COMPARED_FIELDS) {
    const groups = new Map<
      string,
      { value: string | number; reports: { reportId: string; articleUrl: string }[] }
    >();
    for (const r of ordered) {
      const value = given(r, field);
      if (value === null) continue;
      const key = typeof value === 'string' ? nameKey(value) : String(value);
      if (!groups.has(key)) groups.set(key, { value, reports: [] });
      groups.get(key)!.reports.push({ reportId: r.id, articleUrl: r.articleUrl });
    }
    if (groups.size > 1) disagreements[field] = [...groups.values()];
  }
  return {
    primaryReportId: primary.id,
    name: primary.facts.name.value,
    nameKey: nameKey(primary.facts.name.value),
    kind: primary.facts.kind.value,
    date: filled('date') as string | null,
    partOfDay: filled('partOfDay') as string | null,
    scope: filled('scope') as string | null,
    format: filled('format') as string | null,
    venue: filled('venue') as string | null,
    organizers: distinct(ordered.flatMap((r) => r.facts.organizers.map((o) => o.value))),
    connectionPoints: filled('connectionPoints') as number | null,
    attendees: filled('attendees') as number | null,
    facts: primary.facts,
    names: distinct(ordered.map((r) => r.facts.name.value)),
    places: distinct(
      ordered.flatMap((r) => [
        r.facts.venue?.value,
        r.facts.localConnectionPoint?.name,
        ...r.facts.people.map((p) => p.connectionPoint),
      ]),
    ).sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0)),
    disagreements,
    reportCount: reports.length,
  };
}

describe('canonicalConference', () => {
  const reports = [report('nq18-nam-dinh'), report('nq18-phu-tho'), report('nq18-hai-phong')];

  it('takes the facts of the most complete report (the first stored of equals) and fills its gaps from the others', () => {
    expect(completeness(reports[2].facts)).toBe(completeness(reports[0].facts));
    expect(completeness(reports[1].facts)).toBeLessThan(completeness(reports[0].facts));
    const canonical = canonicalOf(reports);
    expect(canonical).toMatchObject({
      primaryReportId: 'nq18-nam-dinh',
      name: reports[0].facts.name.value,
      date: '2024-12-01',
      scope: 'national',
      format: 'online',
      venue: 'Nhà Quốc hội',
      connectionPoints: 14535,
      attendees: 1300000,
      organizers: ['Bộ Chính trị', 'Ban Bí thư'],
      reportCount: 3,
    });
    expect(canonical.names).toEqual(reports.map((r) => r.facts.name.value));
    expect(canonical.places).toEqual(
      expect.arrayContaining([
        'Nhà Quốc hội',
        'Hải Phòng',
        'Phú Thọ',
        'Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Nam Định',
      ]),
    );
  });

  it('keeps every disagreement with the reports behind each value', () => {
    const { disagreements } = canonicalOf(reports);
    expect(Object.keys(disagreements).sort()).toEqual(['connectionPoints', 'format', 'kind']);
    expect(disagreements.connectionPoints).toEqual([
      {
        value: 14535,
        reports: [
          { reportId: 'nq18-nam-dinh', articleUrl: reports[0].articleUrl },
          { reportId: 'nq18-hai-phong', articleUrl: reports[2].articleUrl },
        ],
      },
      { value: 14500, reports: [{ reportId: 'nq18-phu-tho', articleUrl: reports[1].articleUrl }] },
    ]);
    expect(disagreements.format?.map((d) => d.value)).toEqual(['online', 'hybrid']);
    expect(disagreements.kind?.map((d) => d.value)).toEqual(['dissemination', 'review']);
  });

  it('does not count differences of case or diacritics as disagreements', () => {
    const shouted = report('nq18-hai-phong');
    shouted.id = 'shouted';
    shouted.facts = { ...shouted.facts, venue: { value: 'NHÀ QUỐC HỘI', span: null } };
    expect(canonicalOf([report('nq18-hai-phong'), shouted]).disagreements.venue).toBeUndefined();
  });

  it('of one report is that report', () => {
    const single = canonicalOf([report('giao-ban-gia-lai')]);
    expect(single).toMatchObject({
      reportCount: 1,
      disagreements: {},
      scope: 'province',
      partOfDay: 'afternoon',
    });
  });

  it('from summaries is what the full facts of every report give', () => {
    const all = SEED_REPORTS.map(report);
    const orders = [
      all,
      [...all].reverse(),
      [report('nq18-phu-tho'), report('nq18-hai-phong'), report('nq18-nam-dinh')],
      [report('to-chuc-2024-phu-tho'), report('nq18-phu-tho')],
    ];
    for (const reports of orders) expect(canonicalOf(reports)).toEqual(fromFullFacts(reports));
  });

  it('needs the full facts of the primary report only', () => {
    const summaries = reports.map(summarizeReport);
    expect(primaryReport(summaries).id).toBe('nq18-nam-dinh');
    expect(() => canonicalConference(summaries, reports[2])).toThrow(/nq18-nam-dinh/);
    expect(() => primaryReport([])).toThrow();
  });

  it('summarises a report in a fraction of its facts', () => {
    const full = report('hntw11-hai-phong');
    const summary = summarizeReport(full);
    expect(full.facts.people.length).toBeGreaterThan(5);
    expect(summary).toMatchObject({
      id: 'hntw11-hai-phong',
      articleUrl: full.articleUrl,
      completeness: completeness(full.facts),
      name: full.facts.name.value,
      organizers: full.facts.organizers.map((o) => o.value),
    });
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(full.facts).length / 4);
    expect(JSON.stringify(summary).length).toBeLessThan(1000);
  });
});
