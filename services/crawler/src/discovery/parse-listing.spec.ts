import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseListing } from './parse-listing.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const listing = {
  linkPattern: '^https://baochinhphu\\.vn/[a-z0-9-]+-\\d{15,}\\.htm$',
  paginationPattern: '^https://baochinhphu\\.vn/chinh-tri(?:/trang-\\d+)?\\.htm$',
};

describe('parseListing', () => {
  it('finds canonical article links in page order and the next page', () => {
    expect(
      parseListing(fixture('listing-page-1.html'), 'https://baochinhphu.vn/chinh-tri.htm', listing),
    ).toEqual({
      articleLinks: [
        'https://baochinhphu.vn/hoi-nghi-toan-quoc-quan-triet-nghi-quyet-dai-hoi-xiii-102240115083012345.htm',
        'https://baochinhphu.vn/thu-tuong-du-hoi-nghi-tong-ket-nganh-ngan-hang-102240114160000555.htm',
      ],
      nextPage: 'https://baochinhphu.vn/chinh-tri/trang-2.htm',
    });
  });

  it('honours <base href>, prefers rel="next" and skips visited pages', () => {
    const visited = new Set([
      'https://baochinhphu.vn/chinh-tri.htm',
      'https://baochinhphu.vn/chinh-tri/trang-2.htm',
    ]);
    expect(
      parseListing(
        fixture('listing-page-2.html'),
        'https://baochinhphu.vn/chinh-tri/trang-2.htm',
        listing,
        visited,
      ),
    ).toEqual({
      articleLinks: [
        'https://baochinhphu.vn/pho-thu-tuong-du-hoi-nghi-xuc-tien-dau-tu-vung-dbscl-102240114190512001.htm',
        'https://baochinhphu.vn/hoi-nghi-tong-ket-nam-2023-102231228100000444.htm',
      ],
      nextPage: 'https://baochinhphu.vn/chinh-tri/trang-3.htm',
    });
  });

  it('follows a numbered pager without rel="next": the first unvisited page link', () => {
    const html = `<div class="pager"><a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">3</a></div>`;
    const pager = { linkPattern: '/tin/\\d+$', paginationPattern: '\\?page=\\d+$' };
    const visited = new Set(['https://moit.gov.vn/tin-tuc?page=1', 'https://moit.gov.vn/tin-tuc?page=2']);
    expect(parseListing(html, 'https://moit.gov.vn/tin-tuc?page=2', pager, visited).nextPage).toBe(
      'https://moit.gov.vn/tin-tuc?page=3',
    );
  });

  it('has no next page on the last page or without a paginationPattern', () => {
    const visited = new Set([
      'https://baochinhphu.vn/chinh-tri.htm',
      'https://baochinhphu.vn/chinh-tri/trang-2.htm',
    ]);
    expect(
      parseListing(
        fixture('listing-page-3.html'),
        'https://baochinhphu.vn/chinh-tri/trang-3.htm',
        listing,
        visited,
      ).nextPage,
    ).toBeUndefined();
    expect(
      parseListing(fixture('listing-page-1.html'), 'https://baochinhphu.vn/chinh-tri.htm', {
        linkPattern: listing.linkPattern,
      }),
    ).not.toHaveProperty('nextPage');
  });

  it('copes with broken markup and refuses a body that is not HTML', () => {
    const broken = '<div><a href="/hoi-nghi-a-102240115083012399.htm">Hội nghị<div></span><a href="/x';
    expect(parseListing(broken, 'https://baochinhphu.vn/', listing).articleLinks).toEqual([
      'https://baochinhphu.vn/hoi-nghi-a-102240115083012399.htm',
    ]);
    expect(() => parseListing('{"items": []}', 'https://baochinhphu.vn/', listing)).toThrow(
      'the page is not HTML',
    );
  });
});
