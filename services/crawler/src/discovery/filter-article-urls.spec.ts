import { describe, expect, it } from '@jest/globals';
import { acceptArticleUrl, filterArticleUrls } from './filter-article-urls.js';

const rules = {
  allowedHosts: ['baochinhphu.vn', '.vnexpress.net'],
  articleUrls: { include: ['\\.html?$'], exclude: ['/video/', '^https://video\\.'] },
};

describe('filterArticleUrls', () => {
  it('canonicalises, applies hosts, include and exclude, and de-duplicates in first-seen order', () => {
    expect(
      filterArticleUrls(
        [
          'https://vnexpress.net/hoi-nghi-trung-uong-4700088.html?utm_source=rss#box',
          'https://baochinhphu.vn/hoi-nghi-toan-quoc-102240115083012345.htm',
          'HTTPS://VNEXPRESS.NET/hoi-nghi-trung-uong-4700088.html',
          'https://video.vnexpress.net/toan-canh-hoi-nghi-4699901.html',
          'https://baochinhphu.vn/video/hoi-nghi-truc-tuyen-102240103000000333.htm',
          'https://tuoitre.vn/hoi-nghi-2024.htm',
          'https://baochinhphu.vn/chinh-tri',
          'not a url',
        ],
        rules,
      ),
    ).toEqual([
      'https://vnexpress.net/hoi-nghi-trung-uong-4700088.html',
      'https://baochinhphu.vn/hoi-nghi-toan-quoc-102240115083012345.htm',
    ]);
  });

  it('accepts every URL on an allowed host when there are no include patterns', () => {
    expect(
      acceptArticleUrl(
        '/a/b?fbclid=1',
        { allowedHosts: ['moit.gov.vn'], articleUrls: { include: [], exclude: [] } },
        'https://moit.gov.vn/x',
      ),
    ).toBe('https://moit.gov.vn/a/b');
  });
});
