import { describe, expect, it } from '@jest/globals';
import type { ExtractedConference } from '@hoinghi/contracts';
import { seedReport } from '../../test/fixtures.js';
import { matchConference, type MergeCandidate } from './match-conference.js';
import { nameKey, nameOverlap } from './name-key.js';

const facts = (name: Parameters<typeof seedReport>[0]) => seedReport(name).conference.data.conference;

function stored(of: ExtractedConference, id = 'c1'): MergeCandidate {
  return {
    id,
    names: [of.name.value],
    date: of.date?.value ?? null,
    scope: of.scope?.value ?? null,
    partOfDay: of.partOfDay?.value ?? null,
    documentKeys: of.documents.map((d) => d.key),
  };
}

const onDay = (of: ExtractedConference, date: string): ExtractedConference => ({
  ...of,
  date: { value: date, span: null },
});

describe('matchConference', () => {
  it('merges the Hải Phòng and Phú Thọ reports of the conference Nam Định reported', () => {
    const namDinh = stored(facts('nq18-nam-dinh'));
    for (const other of ['nq18-hai-phong', 'nq18-phu-tho'] as const) {
      const decision = matchConference(facts(other), [namDinh]);
      expect(decision).toMatchObject({ merge: true, conferenceId: 'c1' });
      expect(decision.reason).toContain('same date 2024-12-01');
      expect(decision.reason).toContain('shared documents NQ:18');
    }
  });

  it('compares with every name the stored conference was given', () => {
    const conference = {
      ...stored(facts('nq18-hai-phong')),
      names: ['Hội nghị', facts('nq18-phu-tho').name.value],
    };
    expect(matchConference(facts('nq18-phu-tho'), [conference])).toMatchObject({ merge: true });
  });

  it('keeps apart another national conference the same day, though it cites the same resolution', () => {
    const review = onDay(facts('to-chuc-2024-phu-tho'), '2024-12-01');
    const decision = matchConference(review, [stored(facts('nq18-nam-dinh'))]);
    expect(decision).toMatchObject({ merge: false, reason: 'none of 1 conferences on 2024-12-01 matches' });
    expect(decision.considered[0].verdict).toMatch(
      /^kept apart: name overlap 0\.\d\d < 0\.60 \(shared documents NQ:18\)$/,
    );
  });

  it('keeps apart a provincial briefing the same day, and a different part of the day', () => {
    const briefing = onDay(facts('giao-ban-gia-lai'), '2024-12-01');
    expect(matchConference(briefing, [stored(facts('nq18-nam-dinh'))]).considered[0].verdict).toBe(
      'kept apart: scope province ≠ national',
    );
    const afternoon: ExtractedConference = {
      ...facts('nq18-phu-tho'),
      partOfDay: { value: 'afternoon', span: null },
    };
    expect(matchConference(afternoon, [stored(facts('nq18-nam-dinh'))]).considered[0].verdict).toBe(
      'kept apart: afternoon ≠ morning',
    );
  });

  it('keeps apart the same name on different days, or an unknown day', () => {
    const namDinh = facts('nq18-nam-dinh');
    expect(matchConference(onDay(namDinh, '2024-12-02'), [stored(namDinh)])).toEqual({
      merge: false,
      reason: 'no conference stored on 2024-12-02',
      considered: [],
    });
    expect(matchConference({ ...namDinh, date: null }, [stored(namDinh)])).toMatchObject({
      merge: false,
      reason: expect.stringContaining('no date'),
    });
  });

  it('asks for a near-identical name when both cite documents and none in common', () => {
    const hntw8 = facts('hntw8-hai-phong');
    const hntw11 = onDay(facts('hntw11-hai-phong'), '2023-12-04');
    expect(matchConference(hntw11, [stored(hntw8)]).considered[0].verdict).toContain('no document in common');
  });

  it('takes the best of several candidates', () => {
    const namDinh = facts('nq18-nam-dinh');
    const review = onDay(facts('to-chuc-2024-phu-tho'), '2024-12-01');
    const decision = matchConference(facts('nq18-hai-phong'), [
      stored(review, 'review'),
      stored(namDinh, 'nq18'),
    ]);
    expect(decision).toMatchObject({ merge: true, conferenceId: 'nq18' });
    expect(decision.considered).toHaveLength(2);
  });
});

describe('nameKey and nameOverlap', () => {
  it('drops diacritics, đ and case', () => {
    expect(nameKey('Hội nghị Ban Chấp hành Đảng bộ tỉnh')).toBe('hoi nghi ban chap hanh dang bo tinh');
  });

  it('does not count the words every conference name has', () => {
    expect(
      nameOverlap('Hội nghị toàn quốc', 'Hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng'),
    ).toBe(0);
    expect(nameOverlap(facts('nq18-phu-tho').name.value, facts('nq18-nam-dinh').name.value)).toBe(1);
  });
});
