import { describe, expect, it } from '@jest/globals';
import { isAllowedHost } from './allowed-host.js';

describe('isAllowedHost', () => {
  it('matches an exact entry only, case-insensitively and ignoring the port', () => {
    expect(isAllowedHost('https://BaoChinhPhu.vn:8443/a', ['baochinhphu.vn'])).toBe(true);
    expect(isAllowedHost('https://www.baochinhphu.vn/a', ['baochinhphu.vn'])).toBe(false);
    expect(isAllowedHost('https://baochinhphu.vn.evil.com/a', ['baochinhphu.vn'])).toBe(false);
  });

  it('matches subdomains only for "*." entries', () => {
    const allowed = ['*.chinhphu.vn'];
    expect(isAllowedHost('https://www.chinhphu.vn/', allowed)).toBe(true);
    expect(isAllowedHost('https://a.b.chinhphu.vn/', allowed)).toBe(true);
    expect(isAllowedHost('https://chinhphu.vn/', allowed)).toBe(false);
    expect(isAllowedHost('https://notchinhphu.vn/', allowed)).toBe(false);
  });

  it('matches the host and its subdomains for "." entries', () => {
    const allowed = ['.moit.gov.vn'];
    expect(isAllowedHost('https://moit.gov.vn/', allowed)).toBe(true);
    expect(isAllowedHost('https://www.moit.gov.vn/', allowed)).toBe(true);
    expect(isAllowedHost('https://xmoit.gov.vn/', allowed)).toBe(false);
  });

  it('handles trailing dots, IP literals and internationalised names', () => {
    expect(isAllowedHost('https://example.vn./', ['example.vn'])).toBe(true);
    expect(isAllowedHost('http://127.0.0.1:3000/', ['127.0.0.1'])).toBe(true);
    expect(isAllowedHost('http://[::1]:3000/', ['::1'])).toBe(true);
    expect(isAllowedHost('https://bộcôngthương.vn/', ['bộcôngthương.vn'])).toBe(true);
  });

  it('refuses unparsable URLs and empty lists', () => {
    expect(isAllowedHost('not a url', ['example.vn'])).toBe(false);
    expect(isAllowedHost('https://example.vn/', [])).toBe(false);
  });
});
