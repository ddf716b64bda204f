import { describe, expect, it } from '@jest/globals';
import { backoffDelayMs, parseRetryAfterMs, retryDelayMs } from './backoff.js';

const policy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 3000 };

describe('backoffDelayMs', () => {
  it('draws uniformly below an exponentially growing, capped ceiling', () => {
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelayMs(attempt, policy, () => 0.999999))).toEqual([
      499, 999, 1999, 2999, 2999,
    ]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(1, policy, () => 0.5)).toBe(500);
  });
});

describe('retryDelayMs', () => {
  it('stops when attempts are used up', () => {
    expect(retryDelayMs(2, policy, undefined, () => 0.5)).toBe(1000);
    expect(retryDelayMs(3, policy, undefined, () => 0.5)).toBeNull();
  });

  it('honours Retry-After exactly, but not beyond the cap', () => {
    expect(retryDelayMs(0, policy, 2000, () => 0.5)).toBe(2000);
    expect(retryDelayMs(0, policy, 0, () => 0.5)).toBe(0);
    expect(retryDelayMs(0, policy, 3001, () => 0.5)).toBeNull();
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2024-01-16T03:00:00Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfterMs('120', now)).toBe(120_000);
    expect(parseRetryAfterMs(' 0 ', now)).toBe(0);
    expect(parseRetryAfterMs('Tue, 16 Jan 2024 03:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs('Tue, 16 Jan 2024 02:00:00 GMT', now)).toBe(0);
  });

  it('ignores missing or unreadable values', () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs('-5', now)).toBeUndefined();
  });
});
