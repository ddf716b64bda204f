import { describe, expect, it } from '@jest/globals';
import { UrlEvidence, type PageReading } from './url-evidence.js';
import { describeShape, groupTemplates } from './url-templates.js';

const H = 'https://xa.gov.vn';
const headline = 'Hội nghị Ban Chấp hành Đảng bộ xã lần thứ hai mươi';
const read = (isArticle: boolean, dated: boolean, title = headline): PageReading => ({
  isArticle,
  dated,
  title,
});

function verdicts(
  pages: Record<string, PageReading | string>,
  footer: string[] = [],
): Record<string, string> {
  const evidence = new UrlEvidence();
  for (const [path, page] of Object.entries(pages)) {
    if (typeof page === 'string') evidence.setRole(H + path, page);
    else evidence.setReading(H + path, page);
  }
  // Four pages read, each with the same footer.
  for (const from of ['/', '/thoi-su', '/kinh-te', '/xa-hoi']) {
    evidence.pagesRead.add(H + from);
    for (const path of footer) evidence.addLink(H + from, H + path, 'Chính sách bảo vệ dữ liệu cá nhân');
  }
  return Object.fromEntries(
    groupTemplates(evidence).map((t) => [describeShape(t.members[0]!.shape), t.verdict]),
  );
}

describe('groupTemplates', () => {
  it('judges a template by the pages read of it', () => {
    expect(
      verdicts({
        '/tin/hoi-nghi-ban-chap-hanh-lan-thu-hai-101.html': read(true, true),
        '/tin/ky-hop-hoi-dong-nhan-dan-xa-102.html': read(true, true),
        '/tin/tong-ket-cong-tac-dan-van-103.html': read(true, true),
        '/chuyen-muc/thoi-su': 'listing page',
        '/tin/mot-trang-chua-doc-104.html': read(true, true),
      }),
    ).toEqual({ '/tin/<slug>-<id>.html': 'article', '/chuyen-muc/thoi-su': 'other' });
  });

  it('counts a dated page the parser finds too short as a brief, and an undated one in every footer as a static page', () => {
    const briefs = verdicts({
      '/tin/hoi-nghi-ban-chap-hanh-lan-thu-hai-101.html': read(true, true),
      '/tin/ky-hop-hoi-dong-nhan-dan-xa-102.html': read(true, true),
      '/tin/thong-bao-lich-tiep-cong-dan-tuan-103.html': read(false, true),
    });
    expect(Object.values(briefs)).toEqual(['article']);
    const pages = {
      '/trang/hoi-nghi-ban-chap-hanh-lan-thu-hai': read(true, true),
      '/trang/ky-hop-hoi-dong-nhan-dan-xa': read(true, true),
      '/trang/tong-ket-cong-tac-dan-van-nam': read(true, true),
      '/trang/chinh-sach-bao-ve-du-lieu-ca-nhan': read(true, false),
    };
    // In every footer it is a static page; linked from the content, an article whose date was missed.
    expect(Object.values(verdicts(pages, ['/trang/chinh-sach-bao-ve-du-lieu-ca-nhan']))).toEqual(['mixed']);
    expect(Object.values(verdicts(pages))).toEqual(['article']);
  });

  it('takes tag pages that read like their one story for what they are: their title is a name', () => {
    expect(
      Object.values(
        verdicts({
          '/tag/hoi-nghi-truc-tuyen-toan-quoc': read(true, true, 'Hội nghị trực tuyến'),
          '/tag/nghi-quyet-trung-uong-khoa-xiii': read(true, true, 'Nghị quyết Trung ương'),
          '/tag/mat-tran-to-quoc-viet-nam': read(true, true, 'Mặt trận Tổ quốc'),
        }),
      ),
    ).toEqual(['other']);
  });

  it('leaves a template with one article page among others to be read further', () => {
    expect(
      Object.values(
        verdicts({
          '/hoi-nghi-ban-chap-hanh-lan-thu-hai': read(true, true),
          '/van-hoa-the-thao-du-lich': 'listing page',
        }),
      ),
    ).toEqual(['unknown']);
  });
});
