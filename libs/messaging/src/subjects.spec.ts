import { describe, expect, it } from '@jest/globals';
import { consumerFilters, subjectsOverlap } from './subjects.js';

describe('subjectsOverlap', () => {
  it.each([
    ['hoinghi.pages.fetched.v1', 'hoinghi.pages.fetched.v1', true],
    ['hoinghi.pages.>', 'hoinghi.pages.fetched.v1', true],
    ['hoinghi.*.fetched.v1', 'hoinghi.pages.>', true],
    ['>', 'hoinghi.parsed.article.v1', true],
    ['hoinghi.parsed.>', 'hoinghi.pages.fetched.v1', false],
    ['hoinghi.pages.>', 'hoinghi.pages', false],
    ['hoinghi.pages.*', 'hoinghi.pages.fetched.v1', false],
  ])('%s and %s: %s', (a, b, overlap) => {
    expect(subjectsOverlap(a, b)).toBe(overlap);
    expect(subjectsOverlap(b, a)).toBe(overlap);
  });

  it('reads the filters of a consumer configuration', () => {
    expect(consumerFilters({ filter_subject: 'a.b' })).toEqual(['a.b']);
    expect(consumerFilters({ filter_subjects: ['a.b', 'c.>'] })).toEqual(['a.b', 'c.>']);
    expect(consumerFilters({})).toEqual(['>']);
  });
});
