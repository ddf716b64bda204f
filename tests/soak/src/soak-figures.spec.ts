import { describe, expect, it } from '@jest/globals';
import { memoryGrowth, percentile } from './soak-figures.js';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('memoryGrowth', () => {
  const run = (rss: (second: number) => number) =>
    Array.from({ length: 100 }, (_, second) => ({ atSeconds: second, rssBytes: rss(second) }));

  it('is 1 for memory that stays flat after warm-up, whatever the warm-up did', () => {
    expect(
      memoryGrowth(
        run((s) => (s < 20 ? 50 + s : 100)),
        100,
      ),
    ).toBe(1);
  });

  it('shows memory that keeps growing', () => {
    expect(
      memoryGrowth(
        run((s) => 100 + s),
        100,
      ),
    ).toBeCloseTo(187.5 / 137, 2);
  });
});
