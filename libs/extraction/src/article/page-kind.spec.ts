import { describe, expect, it } from '@jest/globals';
import { classifyPage, garbageShare, type PageSignals } from './page-kind.js';

const TEXT = 'Sáng 16/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 22. '.repeat(6);

function signals(over: Partial<PageSignals>): PageSignals {
  return {
    text: TEXT,
    proseParagraphs: 3,
    teaserItems: 0,
    teaserLen: 0,
    headlineLinks: 10,
    title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22',
    url: 'https://baoninhbinh.org.vn/hoi-nghi-ban-chap-hanh-lan-thu-22-4521.html',
    ogType: null,
    articleJsonLd: false,
    listingJsonLd: false,
    dated: true,
    headlineAtBody: false,
    ...over,
  };
}

describe('classifyPage', () => {
  it('accepts an article', () => {
    expect(classifyPage(signals({}))).toEqual({ isArticle: true, reason: null });
  });

  it('names listing pages with the number of links', () => {
    const kind = classifyPage(
      signals({
        text: '',
        proseParagraphs: 0,
        teaserItems: 24,
        teaserLen: 3000,
        title: 'Hoạt động',
        dated: false,
        url: 'https://a.vn/tin-tuc/hoat-dong',
      }),
    );
    expect(kind).toEqual({ isArticle: false, reason: 'listing: 24 links, little prose' });
  });

  it('recognises tag pages by URL when prose is missing', () => {
    const kind = classifyPage(
      signals({
        text: 'Hội nghị',
        proseParagraphs: 0,
        headlineLinks: 20,
        url: 'https://a.vn/tag/hoi-nghi',
        dated: false,
      }),
    );
    expect(kind.reason).toMatch(/^listing/);
  });

  it('recognises home pages, search results and error pages', () => {
    expect(
      classifyPage(
        signals({
          url: 'https://a.vn/',
          teaserItems: 12,
          teaserLen: 2000,
          text: 'x'.repeat(300),
          proseParagraphs: 1,
          title: 'Báo A',
          dated: false,
        }),
      ).reason,
    ).toMatch(/^home page/);
    expect(
      classifyPage(signals({ url: 'https://a.vn/tim-kiem?q=hoi+nghi', proseParagraphs: 0 })).reason,
    ).toMatch(/^search results/);
    expect(
      classifyPage(
        signals({
          title: 'Lỗi 404 - Không tìm thấy trang',
          text: 'Trang không tồn tại.'.repeat(12),
          proseParagraphs: 1,
        }),
      ).reason,
    ).toMatch(/^error page/);
  });

  it('does not take a number in a headline for a status code', () => {
    for (const title of [
      '1.500 điểm cầu tham dự Hội nghị báo cáo viên Trung ương tháng 9',
      'Hơn 500.000 đảng viên học tập Nghị quyết',
      'Hội nghị trực tuyến với 2,500 đại biểu',
    ]) {
      expect(classifyPage(signals({ title, text: TEXT.slice(0, 1000), proseParagraphs: 2 }))).toEqual({
        isArticle: true,
        reason: null,
      });
    }
    expect(
      classifyPage(signals({ title: 'Error 500', text: 'Máy chủ gặp sự cố.'.repeat(12), proseParagraphs: 1 }))
        .reason,
    ).toMatch(/^error page/);
  });

  it('flags binary or wrongly decoded content', () => {
    expect(classifyPage(signals({ text: '\u0001\u0002\ufffd'.repeat(100) })).reason).toBe(
      'binary or garbled content',
    );
    expect(garbageShare('Hội nghị')).toBe(0);
  });
});

describe('classifyPage on short briefs', () => {
  const brief =
    'Sáng 27/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến các dự thảo nghị quyết, báo cáo. Bí thư Tỉnh ủy chủ trì hội nghị.';
  const base = { text: brief, proseParagraphs: 1, headlineLinks: 36, teaserItems: 18, teaserLen: 2700 };

  it('takes a brief under its own headline for an article, however many teasers surround it', () => {
    expect(classifyPage(signals({ ...base, dated: false, headlineAtBody: true }))).toEqual({
      isArticle: true,
      reason: null,
    });
  });

  it('keeps a teaser-dominated page without its own headline a listing', () => {
    expect(classifyPage(signals({ ...base, dated: false, title: 'Thời sự' })).reason).toMatch(/^listing/);
  });

  it('calls short text among menu links too little text, not a listing', () => {
    expect(classifyPage(signals({ ...base, teaserItems: 0, teaserLen: 0, dated: false })).reason).toMatch(
      /^too little text/,
    );
  });
});
