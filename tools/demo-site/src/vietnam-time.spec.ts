import { describe, expect, it } from '@jest/globals';
import { isoVietnam, longDateTime, rfc822Vietnam, shortDateTime, spacedDate } from './vietnam-time.js';

// 2024-12-01 23:30 in Hanoi is still 1 December there, but 16:30 UTC.
const LATE_EVENING = Date.parse('2024-12-01T23:30:00+07:00');
const MONDAY = Date.parse('2024-12-02T15:15:00+07:00');

describe('Vietnamese date formats', () => {
  it('prints Indochina time whatever the host time zone', () => {
    expect(isoVietnam(LATE_EVENING)).toBe('2024-12-01T23:30:00+07:00');
    expect(rfc822Vietnam(LATE_EVENING)).toBe('Sun, 01 Dec 2024 23:30:00 +0700');
  });

  it('prints the three visible styles of the layouts', () => {
    expect(spacedDate(MONDAY)).toBe('Thứ 2, Ngày 02 / 12 / 2024');
    expect(shortDateTime(MONDAY)).toBe('02/12/2024 15:15');
    expect(longDateTime(MONDAY)).toBe('Thứ Hai, 02/12/2024, 15:15 (GMT+7)');
    expect(spacedDate(LATE_EVENING)).toBe('Chủ nhật, Ngày 01 / 12 / 2024');
  });
});
