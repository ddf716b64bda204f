import { describe, expect, it } from '@jest/globals';
import { seedReport } from '../../test/fixtures.js';
import { calendarDate, reportRows, withValidDates } from './report-rows.js';

describe('reportRows', () => {
  const facts = seedReport('hntw11-hai-phong').conference.data.conference;

  it('names each person once, roles and titles merged, whitespace and composition evened out', () => {
    const again = {
      ...facts.people[0],
      name: ' Tô  Lâm'.normalize('NFD'),
      roles: ['chair' as const],
      titles: ['Tổng Bí thư'],
    };
    const rows = reportRows({ ...facts, people: [...facts.people, again] });
    const toLam = rows.people.filter((p) => p.name === 'Tô Lâm');
    expect(toLam).toEqual([
      expect.objectContaining({ roles: ['directing', 'chair'], titles: ['Tổng Bí thư'] }),
    ]);
    expect(rows.people.map((p) => p.name.toLowerCase())).toEqual(
      rows.people.map((p) => p.name.toLowerCase()).sort(),
    );
  });

  it('keeps the span behind every scalar fact and each organizer', () => {
    const evidence = reportRows(facts).evidence;
    expect(evidence.find((e) => e.field === 'date')).toEqual({
      field: 'date',
      ordinal: 0,
      value: '2025-04-16',
      spanStart: facts.date!.span!.start,
      spanEnd: facts.date!.span!.end,
      spanText: 'Sáng ngày 16/4',
    });
    expect(evidence.filter((e) => e.field === 'organizers').map((e) => e.ordinal)).toEqual([0, 1]);
    expect(evidence.find((e) => e.field === 'localConnectionPoint')?.value).toEqual({
      name: 'quận An Dương',
      connectionPoints: 10,
      attendees: null,
    });
  });
});

describe('calendarDate', () => {
  it('keeps days that exist and drops the rest', () => {
    expect(calendarDate('2024-02-29')).toBe('2024-02-29');
    expect(calendarDate('2023-02-29')).toBeNull();
    expect(calendarDate('2024-13-01')).toBeNull();
    expect(calendarDate('16/4/2025')).toBeNull();
    expect(
      withValidDates({
        ...seedReport('nq18-nam-dinh').conference.data.conference,
        date: { value: '2024-04-31', span: null },
      }).date,
    ).toBeNull();
  });
});
