import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedConference } from '@hoinghi/contracts';
import { matchConference, type MergeCandidate } from './match-conference.js';
import { nameKey } from './name-key.js';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../libs/contracts/examples/conference.extracted.v1.json'), 'utf8'),
).data.conference as ExtractedConference;

const facts = (name: string, date: string | null, scope = 'national', documents: string[] = []): ExtractedConference => ({
  ...example,
  name: { value: name, span: null },
  date: date === null ? null : { value: date, span: null },
  scope: { value: scope as 'national', span: null },
  documents: documents.map((key) => ({ ...example.documents[0], key })),
});

// One national conference, as two outlets named it (seed documents from Hải Phòng and Phú Thọ).
const stored: MergeCandidate = {
  id: 'c1',
  name: 'Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII',
  date: '2025-04-16',
  scope: 'national',
  documentKeys: ['HNTW:11/XIII'],
};

describe('matchConference', () => {
  it('merges a report of the same conference worded a little differently', () => {
    const decision = matchConference(
      facts(
        'Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII',
        '2025-04-16',
        'national',
        ['HNTW:11/XIII'],
      ),
      [stored],
    );
    expect(decision).toEqual({
      conferenceId: 'c1',
      reason: expect.stringContaining('same date 2025-04-16'),
    });
    expect(decision!.reason).toContain('shared documents HNTW:11/XIII');
  });

  it('keeps apart two different conferences on the same day', () => {
    const other = facts('Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2024', '2025-04-16');
    expect(matchConference(other, [stored])).toBeNull();
  });

  it('keeps apart the same name on different days, a different scope, or an unknown day', () => {
    expect(matchConference(facts(stored.name, '2025-04-17'), [stored])).toBeNull();
    expect(matchConference(facts(stored.name, '2025-04-16', 'province'), [stored])).toBeNull();
    expect(matchConference(facts(stored.name, null), [stored])).toBeNull();
  });
});

describe('nameKey', () => {
  it('drops diacritics, đ and case', () => {
    expect(nameKey('Hội nghị Ban Chấp hành Đảng bộ tỉnh')).toBe('hoi nghi ban chap hanh dang bo tinh');
  });
});
