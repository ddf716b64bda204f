import { describe, expect, it } from '@jest/globals';
import { parseFeedDate } from './parse-date.js';

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 16 Jan 2024 10:30:00 +0700', '2024-01-16T03:30:00.000Z'],
    ['Sun, 14 Jan 2024 19:05:00 GMT+7', '2024-01-14T12:05:00.000Z'],
    ['2024-01-16T10:30:00+07:00', '2024-01-16T03:30:00.000Z'],
    ['2024-01-16T10:30:00Z', '2024-01-16T10:30:00.000Z'],
    ['2024-01-16T10:30', '2024-01-16T03:30:00.000Z'],
    ['2024-01-16', '2024-01-16T00:00:00.000Z'],
    ['16/01/2024 10:30', '2024-01-16T03:30:00.000Z'],
    ['6/1/2024', '2024-01-05T17:00:00.000Z'],
  ])('reads %p', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });

  it('returns undefined for missing or unreadable dates', () => {
    expect(parseFeedDate(undefined)).toBeUndefined();
    expect(parseFeedDate('hôm qua')).toBeUndefined();
    expect(parseFeedDate('32/13/2024')).toBeUndefined();
  });
});
