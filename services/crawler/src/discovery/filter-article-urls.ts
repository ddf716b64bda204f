import type { SourceDefinition } from '../sources/source-definition.js';
import { isAllowedHost } from '../urls/allowed-host.js';
import { canonicalizeUrl } from '../urls/canonicalize-url.js';
import { compilePattern } from './compile-pattern.js';

export type ArticleUrlRules = Pick<SourceDefinition, 'allowedHosts' | 'articleUrls'>;

/**
 * The canonical form of `url` when it can be one of the source's articles, else null: on an
 * allowed host, matching at least one `include` pattern (when there are any) and no `exclude`.
 * Patterns see the canonical URL, so they need not care about tracking parameters or case of host.
 */
export function acceptArticleUrl(url: string, rules: ArticleUrlRules, base?: string): string | null {
  const canonical = canonicalizeUrl(url, base);
  if (canonical === null || !isAllowedHost(canonical, rules.allowedHosts)) return null;
  const { include, exclude } = rules.articleUrls;
  if (include.length > 0 && !include.some((pattern) => compilePattern(pattern).test(canonical))) return null;
  if (exclude.some((pattern) => compilePattern(pattern).test(canonical))) return null;
  return canonical;
}

/** The accepted URLs of a list, canonical and de-duplicated, in first-seen order. */
export function filterArticleUrls(urls: Iterable<string>, rules: ArticleUrlRules): string[] {
  const accepted = new Set<string>();
  for (const url of urls) {
    const canonical = acceptArticleUrl(url, rules);
    if (canonical !== null) accepted.add(canonical);
  }
  return [...accepted];
}
