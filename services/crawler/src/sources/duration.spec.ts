import { describe, expect, it } from '@jest/globals';
import { parseDurationSeconds } from './duration.js';

describe('parseDurationSeconds', () => {
  it.each([
    ['15m', 900],
    ['1h30m', 5400],
    ['90s', 90],
    ['2d', 172_800],
    [' 1h 15m ', 4500],
    ['900', 900],
    [600, 600],
  ])('reads %p as %p seconds', (input, seconds) => {
    expect(parseDurationSeconds(input)).toBe(seconds);
  });

  it.each(['', '15 minutes', '1.5h', 'm15', '-5m', 'abc'])('rejects %p', (input) => {
    expect(parseDurationSeconds(input)).toBeNull();
  });

  it('rejects fractional and negative numbers', () => {
    expect(parseDurationSeconds(1.5)).toBeNull();
    expect(parseDurationSeconds(-1)).toBeNull();
  });
});
