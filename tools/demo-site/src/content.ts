import { readFileSync } from 'node:fs';
import type { ContentArticle, DemoContent } from './types.js';

const DEFAULT_CONTENT = new URL('../content/articles.json', import.meta.url);

/** The checked-in content; resolves from both src/ and dist/. */
export function loadDefaultContent(): DemoContent {
  return parseDemoContent(JSON.parse(readFileSync(DEFAULT_CONTENT, 'utf8')));
}

/** Checks the shape the server relies on, so a bad content file fails at start-up, not mid-crawl. */
export function parseDemoContent(value: unknown): DemoContent {
  const content = value as Partial<DemoContent> | null;
  if (content?.version !== 1 || !Array.isArray(content.sections) || !Array.isArray(content.articles)) {
    throw new Error('demo content: expected { version: 1, sections: [], articles: [] }');
  }
  const sections = new Set(content.sections.map((s) => s.id));
  const slugs = new Set<string>();
  content.articles.forEach((article, i) => {
    const problem = articleProblem(article, sections, slugs);
    if (problem) throw new Error(`demo content: article ${i} (${article?.slug ?? '?'}): ${problem}`);
    slugs.add(article.slug);
  });
  if (content.articles.length === 0) throw new Error('demo content: no articles');
  return content as DemoContent;
}

function articleProblem(a: ContentArticle, sections: Set<string>, slugs: Set<string>): string | null {
  if (typeof a?.slug !== 'string' || !/^[a-z0-9-]+-\d+$/.test(a.slug))
    return 'slug must be a-z0-9- ending in -<id>';
  if (slugs.has(a.slug)) return 'duplicate slug';
  if (!sections.has(a.section)) return `unknown section ${String(a.section)}`;
  if (typeof a.title !== 'string' || a.title === '') return 'missing title';
  if (!Array.isArray(a.paragraphs) || a.paragraphs.length === 0) return 'missing paragraphs';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/.test(a.publishedAt))
    return 'publishedAt must be ISO with +07:00';
  if (!Array.isArray(a.tags)) return 'missing tags';
  return null;
}
