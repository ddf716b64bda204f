import { describe, expect, it } from '@jest/globals';
import { loadDefaultContent, parseDemoContent } from './content.js';

describe('checked-in content', () => {
  const content = loadDefaultContent();

  it('holds the gold-set texts with their expected answers', () => {
    expect(content.articles.length).toBeGreaterThanOrEqual(131);
    const conferences = content.articles.filter((a) => a.isConference);
    expect(conferences.length).toBeGreaterThan(50);
    expect(content.articles.some((a) => !a.isConference && a.expected === null)).toBe(true);
    expect(conferences.filter((a) => a.expected?.date).every((a) => a.expected!.date!.length === 10)).toBe(
      true,
    );
  });

  it('counts the seed articles as conference reports titled from their text', () => {
    const seeds = content.articles.filter((a) => a.sourceId.startsWith('seed'));
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      expect(seed.isConference).toBe(true);
      expect(seed.title.length).toBeGreaterThan(20);
      expect(seed.paragraphs.join('\n')).not.toMatch(/^\s*date \d{4}/);
    }
    expect(seeds.find((s) => s.sourceId === 'seed-003')!.title).toBe(
      'Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII',
    );
  });

  it('publishes a conference report on a day that keeps the expected year', () => {
    for (const a of content.articles.filter((x) => x.expected?.date)) {
      const published = a.publishedAt.slice(0, 10);
      expect(published >= a.expected!.date!).toBe(true);
    }
  });

  it('has one disallowed section with articles in it', () => {
    const disallowed = content.sections.filter((s) => s.disallowed);
    expect(disallowed).toHaveLength(1);
    expect(content.articles.some((a) => a.section === disallowed[0].id)).toBe(true);
  });

  it('rejects malformed content', () => {
    expect(() => parseDemoContent({ version: 2 })).toThrow(/version: 1/);
    const bad = { ...content, articles: [{ ...content.articles[0], publishedAt: '2024-12-02' }] };
    expect(() => parseDemoContent(bad)).toThrow(/publishedAt/);
    const twice = { ...content, articles: [content.articles[0], content.articles[0]] };
    expect(() => parseDemoContent(twice)).toThrow(/duplicate slug/);
  });
});
