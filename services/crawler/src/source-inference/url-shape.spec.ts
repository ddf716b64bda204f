import { describe, expect, it } from '@jest/globals';
import { urlShape } from './url-shape.js';
import { describeShape } from './url-templates.js';

const shape = (url: string) => urlShape(url)!;
const described = (url: string) => describeShape(shape(url));

describe('urlShape', () => {
  it('reads the parts that vary between pages of one template', () => {
    expect(
      described(
        'https://baochinhphu.vn/thoi-su/hoi-nghi-toan-quoc-quan-triet-nghi-quyet-102240115083012345.htm',
      ),
    ).toBe('/thoi-su/<slug>-<id>.htm');
    expect(described('https://tuyenquang.gov.vn/2024/12/02/hoi-nghi-tinh-uy-lan-thu-hai-muoi/')).toBe(
      '/<n>/<n>/<n>/<slug>/',
    );
    expect(described('https://moit.gov.vn/tin/12345-hoi-nghi-xuc-tien-thuong-mai.html')).toBe(
      '/tin/<id>-<slug>.html',
    );
    expect(described('https://huyen.gov.vn/tin-tuc/chi-tiet.aspx?id=4521')).toBe(
      '/tin-tuc/chi-tiet.aspx?id=<n>',
    );
    expect(described('https://xa.gov.vn/index.php?catid=3&id=77&option=com_content&view=article')).toBe(
      '/index.php?catid=<n>&id=<n>&option=com_content&view=article',
    );
  });

  it('keeps names of sections, tags and pages as they are, and page numbers with their word', () => {
    expect(described('https://baochinhphu.vn/chuyen-muc/thoi-su')).toBe('/chuyen-muc/thoi-su');
    expect(described('https://baochinhphu.vn/tag/hoi-nghi')).toBe('/tag/hoi-nghi');
    expect(described('https://baochinhphu.vn/chuyen-muc/thoi-su/trang-2')).toBe(
      '/chuyen-muc/thoi-su/trang-<n>',
    );
    expect(described('https://baochinhphu.vn/thoi-su/p12')).toBe('/thoi-su/p<n>');
    expect(described('https://baochinhphu.vn/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B')).toBe(
      '/tim-kiem?q=<text>',
    );
  });

  it('gives pages of one template one key, whatever their host, and other templates other keys', () => {
    const a = shape('https://www.baochinhphu.vn/thoi-su/hoi-nghi-tinh-uy-lan-thu-hai-1234.html');
    const b = shape('https://baochinhphu.vn/thoi-su/ky-hop-hoi-dong-nhan-dan-tinh-56789.html');
    const tag = shape('https://baochinhphu.vn/tag/hoi-nghi-truc-tuyen-toan-quoc');
    expect(a.key).toBe(b.key);
    expect(tag.key).not.toBe(a.key);
    expect(a.segments.at(-1)).toEqual({
      kind: 'slug',
      words: 8,
      idLast: true,
      idFirst: false,
      ext: '.html',
      ascii: true,
    });
  });

  it('reads Vietnamese slugs in their percent-encoded canonical form', () => {
    const encoded = shape('https://xa.vn/h%E1%BB%99i-ngh%E1%BB%8B-t%E1%BB%95ng-k%E1%BA%BFt-n%C4%83m');
    expect(encoded.segments[0]).toMatchObject({ kind: 'slug', words: 5, ascii: false });
  });
});
