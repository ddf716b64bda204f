import { describe, expect, it } from '@jest/globals';
import { seedReport, type SeedReportName } from '../../test/fixtures.js';
import { canonicalConference, completeness, type ReportFacts } from './canonical-conference.js';

const report = (name: SeedReportName): ReportFacts => {
  const { conference } = seedReport(name);
  return { id: name, articleUrl: conference.data.articleUrl, facts: conference.data.conference };
};

describe('canonicalConference', () => {
  const reports = [report('nq18-nam-dinh'), report('nq18-phu-tho'), report('nq18-hai-phong')];

  it('takes the facts of the most complete report (the first stored of equals) and fills its gaps from the others', () => {
    expect(completeness(reports[2].facts)).toBe(completeness(reports[0].facts));
    expect(completeness(reports[1].facts)).toBeLessThan(completeness(reports[0].facts));
    const canonical = canonicalConference(reports);
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
    const { disagreements } = canonicalConference(reports);
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
    expect(canonicalConference([report('nq18-hai-phong'), shouted]).disagreements.venue).toBeUndefined();
  });

  it('of one report is that report', () => {
    const single = canonicalConference([report('giao-ban-gia-lai')]);
    expect(single).toMatchObject({
      reportCount: 1,
      disagreements: {},
      scope: 'province',
      partOfDay: 'afternoon',
    });
  });
});
