import { describe, expect, it } from '@jest/globals';
import { canonicalizeUrl, normalizePercentEncoding } from './canonicalize-url.js';

describe('canonicalizeUrl', () => {
  it('lower-cases scheme and host and drops the default port and fragment', () => {
    expect(canonicalizeUrl('HTTPS://BaoChinhPhu.VN:443/Hoi-Nghi-Toan-Quoc.htm#binh-luan')).toBe(
      'https://baochinhphu.vn/Hoi-Nghi-Toan-Quoc.htm',
    );
    expect(canonicalizeUrl('http://example.vn:80/a')).toBe('http://example.vn/a');
    expect(canonicalizeUrl('http://example.vn:8080/a')).toBe('http://example.vn:8080/a');
  });

  it('removes tracking parameters, including Zalo and Facebook ones, and sorts the rest', () => {
    expect(
      canonicalizeUrl(
        'https://vnexpress.net/hoi-nghi-trung-uong-4712345.html?utm_source=zalo&utm_medium=zalo&zarsrc=30&gidzl=abc&fbclid=IwAR0&page=2&id=7',
      ),
    ).toBe('https://vnexpress.net/hoi-nghi-trung-uong-4712345.html?id=7&page=2');
    expect(canonicalizeUrl('https://a.vn/x?UTM_Campaign=y&mc_cid=1&mc_eid=2&gclid=3')).toBe('https://a.vn/x');
  });

  it('keeps parameters that may select content, such as ref', () => {
    expect(canonicalizeUrl('https://a.vn/x?ref=home')).toBe('https://a.vn/x?ref=home');
  });

  it('keeps the order of repeated parameters while sorting by name', () => {
    expect(canonicalizeUrl('https://a.vn/s?tag=b&q=hoi+nghi&tag=a')).toBe(
      'https://a.vn/s?q=hoi+nghi&tag=b&tag=a',
    );
  });

  it('drops an empty query, empty pairs and user info', () => {
    expect(canonicalizeUrl('https://a.vn/x?')).toBe('https://a.vn/x');
    expect(canonicalizeUrl('https://a.vn/x?&&a=1&')).toBe('https://a.vn/x?a=1');
    expect(canonicalizeUrl('https://user:pw@a.vn/x')).toBe('https://a.vn/x');
  });

  it('normalises percent-encoding and encodes Vietnamese characters as UTF-8', () => {
    expect(canonicalizeUrl('https://a.vn/%7euser/h%c3%b4i-ngh%E1%BB%8B')).toBe(
      'https://a.vn/~user/h%C3%B4i-ngh%E1%BB%8B',
    );
    expect(canonicalizeUrl('https://a.vn/hội-nghị')).toBe(
      canonicalizeUrl('https://a.vn/h%E1%BB%99i-ngh%E1%BB%8B'),
    );
    expect(canonicalizeUrl('https://a.vn/tim?q=h%e1%bb%99i')).toBe('https://a.vn/tim?q=h%E1%BB%99i');
  });

  it('resolves relative URLs and dot segments against a base, and strips a trailing dot on the host', () => {
    expect(canonicalizeUrl('../tin-tuc/a.htm', 'https://moit.gov.vn/vi/tin-tuc/')).toBe(
      'https://moit.gov.vn/vi/tin-tuc/a.htm',
    );
    expect(canonicalizeUrl('  /a.htm ', 'https://moit.gov.vn/')).toBe('https://moit.gov.vn/a.htm');
    expect(canonicalizeUrl('https://example.vn./a')).toBe('https://example.vn/a');
    expect(canonicalizeUrl('https://example.vn')).toBe('https://example.vn/');
  });

  it('turns an internationalised host into punycode', () => {
    expect(canonicalizeUrl('https://bộcôngthương.vn/a')).toBe('https://xn--bcngthng-53a84oyex696a.vn/a');
  });

  it('returns null for non-http(s) and unparsable URLs', () => {
    expect(canonicalizeUrl('javascript:void(0)')).toBeNull();
    expect(canonicalizeUrl('mailto:toasoan@baochinhphu.vn')).toBeNull();
    expect(canonicalizeUrl('ftp://a.vn/x')).toBeNull();
    expect(canonicalizeUrl('/relative/without/base')).toBeNull();
    expect(canonicalizeUrl('http://')).toBeNull();
  });

  it('is idempotent', () => {
    const once = canonicalizeUrl('HTTP://A.vn:80/b/../c%7e?z=1&utm_x=2&a=%2f#f')!;
    expect(canonicalizeUrl(once)).toBe(once);
  });
});

describe('normalizePercentEncoding', () => {
  it('decodes only unreserved characters', () => {
    expect(normalizePercentEncoding('%41%2f%2F%20%7e')).toBe('A%2F%2F%20~');
  });
});
