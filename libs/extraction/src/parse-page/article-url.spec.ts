import { describe, expect, it } from '@jest/globals';
import { articleUrl } from './article-url.js';

describe('articleUrl', () => {
  const fetched = 'https://m.baochinhphu.vn/hoi-nghi-toan-quoc-102241201.htm?utm_source=rss';

  it('takes the canonical URL on the same site, whatever its subdomain', () => {
    expect(articleUrl('https://baochinhphu.vn/hoi-nghi-toan-quoc-102241201.htm', fetched)).toBe(
      'https://baochinhphu.vn/hoi-nghi-toan-quoc-102241201.htm',
    );
    expect(
      articleUrl(
        'https://www.hanoi.gov.vn/tin-tuc/hoi-nghi-1',
        'https://hanoi.gov.vn/tin-tuc/hoi-nghi-1?amp',
      ),
    ).toBe('https://www.hanoi.gov.vn/tin-tuc/hoi-nghi-1');
    expect(articleUrl('http://127.0.0.1:8080/a/1', 'http://127.0.0.1:8080/a/1?x=1')).toBe(
      'http://127.0.0.1:8080/a/1',
    );
  });

  it("keeps the fetched URL when the canonical one names another outlet's article", () => {
    // A provincial portal republishing a national paper's report names the original as canonical.
    expect(articleUrl('https://nhandan.vn/hoi-nghi-toan-quoc-post846093.html', fetched)).toBe(fetched);
    // Sibling sites under a shared public suffix are different outlets.
    expect(articleUrl('https://phutho.gov.vn/tin/hoi-nghi', 'https://namdinh.gov.vn/tin/hoi-nghi')).toBe(
      'https://namdinh.gov.vn/tin/hoi-nghi',
    );
  });

  it('keeps the fetched URL when there is no usable canonical one', () => {
    expect(articleUrl(null, fetched)).toBe(fetched);
    expect(articleUrl(`https://baochinhphu.vn/${'a'.repeat(5000)}`, fetched)).toBe(fetched);
  });
});
