import { describe, expect, it } from '@jest/globals';
import { chooseTitle, isSectionLabel, stripSiteName } from './title.js';

describe('stripSiteName', () => {
  it.each([
    [
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22 - Báo Nghệ An',
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22',
    ],
    ['Khai mạc Kỳ họp thứ 27 | Cổng TTĐT tỉnh Quảng Trị', 'Khai mạc Kỳ họp thứ 27'],
    [
      'UBND tỉnh tổ chức hội nghị tổng kết | Tin tức | Cổng TTĐT tỉnh Quảng Trị',
      'UBND tỉnh tổ chức hội nghị tổng kết',
    ],
    [
      'Hội nghị Ban Chấp hành lần thứ 22 - Cổng Thông tin điện tử Đảng bộ tỉnh Ninh Bình',
      'Hội nghị Ban Chấp hành lần thứ 22',
    ],
    ['Tổng kết công tác dân vận – Đài PT-TH Ninh Bình', 'Tổng kết công tác dân vận'],
    ['Quốc hội thông qua luật mới - VnExpress', 'Quốc hội thông qua luật mới'],
    ['Tiêu điểm hội nghị - VOV', 'Tiêu điểm hội nghị'],
    ['Báo Nhân Dân - Hội nghị Trung ương 10 bế mạc', 'Hội nghị Trung ương 10 bế mạc'],
  ])('%s', (title, expected) => {
    expect(stripSiteName(title)).toBe(expected);
  });

  it('uses og:site_name and the host name', () => {
    expect(stripSiteName('Hội nghị tổng kết năm 2024 - Ninh Bình Online', 'Ninh Bình Online')).toBe(
      'Hội nghị tổng kết năm 2024',
    );
    expect(stripSiteName('Hội nghị tổng kết năm 2024 - Nghệ An', null, 'baonghean.vn')).toBe(
      'Hội nghị tổng kết năm 2024',
    );
  });

  it('keeps dashes that belong to the headline', () => {
    expect(stripSiteName('Nhiệm kỳ 2025 - 2030: Đổi mới phương thức lãnh đạo')).toBe(
      'Nhiệm kỳ 2025 - 2030: Đổi mới phương thức lãnh đạo',
    );
    expect(stripSiteName('Báo cáo tình hình kinh tế - xã hội năm 2024')).toBe(
      'Báo cáo tình hình kinh tế - xã hội năm 2024',
    );
    expect(stripSiteName('Đài Loan - Việt Nam tăng cường hợp tác')).toBe(
      'Đài Loan - Việt Nam tăng cường hợp tác',
    );
  });
});

describe('chooseTitle', () => {
  it('prefers the page heading that <title> contains', () => {
    expect(
      chooseTitle({
        metaTitles: [],
        titleTag: 'Hội nghị tổng kết - Báo X',
        headings: ['Báo X', 'Hội nghị tổng kết'],
        siteName: 'Báo X',
        host: null,
      }),
    ).toBe('Hội nghị tổng kết');
  });

  it('falls back to og:title, then <title>, without the site name', () => {
    expect(
      chooseTitle({
        metaTitles: ['Hội nghị A | Báo Y'],
        titleTag: 'Trang chủ',
        headings: [],
        siteName: null,
        host: null,
      }),
    ).toBe('Hội nghị A');
    expect(
      chooseTitle({
        metaTitles: [],
        titleTag: null,
        headings: ['Hội nghị B diễn ra'],
        siteName: null,
        host: null,
      }),
    ).toBe('Hội nghị B diễn ra');
    expect(
      chooseTitle({ metaTitles: [], titleTag: null, headings: [], siteName: null, host: null }),
    ).toBeNull();
  });
});

describe('section labels and media badges', () => {
  it.each([
    'VIDEO CLIP',
    'TIN NỔI BẬT',
    'THỜI SỰ',
    'TIN TỨC - SỰ KIỆN',
    'Video',
    'Infographic',
    '[E-magazine]',
  ])('"%s" is a label', (label) => {
    expect(isSectionLabel(label)).toBe(true);
  });

  it.each([
    'Hội nghị tổng kết công tác năm 2024',
    'HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 22',
    'Video: Khai mạc Hội nghị Trung ương 10',
    'Thời sự',
  ])('"%s" is not a label', (title) => {
    expect(isSectionLabel(title)).toBe(false);
  });

  it('are never the title: a label <title> or og:title gives way to the page heading', () => {
    const base = { headings: ['Hội nghị tổng kết công tác dân vận'], siteName: null, host: null };
    expect(chooseTitle({ ...base, metaTitles: [], titleTag: 'VIDEO CLIP - Đài PT-TH Ninh Bình' })).toBe(
      'Hội nghị tổng kết công tác dân vận',
    );
    expect(chooseTitle({ ...base, metaTitles: ['TIN NỔI BẬT'], titleTag: 'Trang chủ' })).toBe('Trang chủ');
    expect(
      chooseTitle({
        metaTitles: [],
        titleTag: 'Hội nghị tổng kết | VIDEO CLIP | Báo X',
        headings: ['VIDEO CLIP', 'Hội nghị tổng kết'],
        siteName: 'Báo X',
        host: null,
      }),
    ).toBe('Hội nghị tổng kết');
    expect(
      chooseTitle({
        metaTitles: ['THỜI SỰ'],
        titleTag: null,
        headings: ['VIDEO CLIP'],
        siteName: null,
        host: null,
      }),
    ).toBeNull();
  });
});
