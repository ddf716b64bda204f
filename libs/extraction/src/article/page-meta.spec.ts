import { describe, expect, it } from '@jest/globals';
import { parseHtml } from './dom.js';
import { firstMeta, jsonLdArticles, readPageMeta } from './page-meta.js';

describe('readPageMeta', () => {
  it('reads head metadata, JSON-LD (arrays, @graph, raw newlines in strings) and microdata', () => {
    const doc = parseHtml(`<html lang="vi-VN"><head>
      <title> Hội nghị  A - Báo B </title>
      <meta property="og:title" content="Hội nghị A">
      <META NAME="pubdate" CONTENT="2024-12-16">
      <link rel="canonical" href="/a.html"><base href="https://b.vn/">
      <script type="application/ld+json">[{"@type":"Organization","name":"Báo B"},{"@graph":[{"@type":["NewsArticle"],"headline":"Hội nghị A"}]}]</script>
      <script type="application/ld+json">{"@type":"BlogPosting","articleBody":"dòng 1
dòng 2"}</script>
      <script type="application/ld+json">{ broken </script>
      </head><body><span itemprop="datePublished" content="2024-12-15T08:00:00+07:00"></span><time datetime="2024-12-14">14/12</time></body></html>`);
    const meta = readPageMeta(doc);
    expect(meta.htmlLang).toBe('vi-VN');
    expect(meta.titleTag).toBe('Hội nghị A - Báo B');
    expect(firstMeta(meta, 'og:title')).toBe('Hội nghị A');
    expect(firstMeta(meta, 'pubdate')).toBe('2024-12-16');
    expect(meta.canonical).toBe('/a.html');
    expect(meta.baseHref).toBe('https://b.vn/');
    expect(jsonLdArticles(meta).map((n) => n['@type'])).toEqual([['NewsArticle'], 'BlogPosting']);
    expect(meta.microdataPublished).toEqual(['2024-12-15T08:00:00+07:00']);
    expect(meta.timeElements).toHaveLength(1);
  });
});
