import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { extractArticle } from './extract-article.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const P1 =
  'Sáng 16/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 22 để thảo luận, cho ý kiến vào các báo cáo về tình hình thực hiện nhiệm vụ chính trị năm 2024.';
const P2 =
  'Dự hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh; lãnh đạo các ban, sở, ngành, đoàn thể của tỉnh; Bí thư các huyện ủy, thành ủy trực thuộc.';
const P3 =
  'Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng tiếp tục đổi mới phương thức lãnh đạo, chuẩn bị tốt đại hội đảng bộ các cấp.';

/** A provincial-portal article page around the given content markup. */
function page(content: string, { head = '', after = '' }: { head?: string; after?: string } = {}): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22 - Báo Ninh Bình</title>${head}</head>
<body>
<div id="header"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></div>
<div class="main"><div class="detail">
<h1>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22</h1>
<div class="detail-content">${content}</div>
${after}
</div></div>
<div id="footer"><p>Báo Ninh Bình điện tử. Giấy phép số 45/GP-BTTTT. Địa chỉ: Số 2 Lê Hồng Phong, TP Ninh Bình.</p></div>
</body></html>`;
}

const body3 = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;
const body3Text = `${P1}\n\n${P2}\n\n${P3}`;

describe('extractArticle on whole Vietnamese pages', () => {
  it('party portal: text, title, date, byline, caption; no furniture', () => {
    const a = extractArticle(fixture('party-portal-article.html'), {
      url: 'https://ninhbinh.dcs.vn/chi-tiet-tin.aspx?id=4521',
    });
    expect(a.isArticle).toBe(true);
    expect(a.notArticleReason).toBeNull();
    expect(a.title).toBe('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22');
    expect(a.publishedAt).toBe('2024-12-02T00:00:00+07:00');
    expect(a.byline).toBe('Hoàng Tùng – Đàm Thanh');
    expect(a.language).toBe('vi');
    expect(a.canonicalUrl).toBe('https://ninhbinh.dcs.vn/chi-tiet-tin.aspx?id=4521');
    expect(a.captions).toEqual(['Đồng chí Bí thư Tỉnh ủy phát biểu khai mạc hội nghị.']);
    expect(a.text.startsWith('Sáng 2/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 22')).toBe(true);
    expect(a.text.endsWith('nhiệm kỳ 2025 - 2030.')).toBe(true);
    expect(a.text.split('\n\n')).toHaveLength(5);
    for (const junk of [
      'Trang chủ',
      'Giới thiệu',
      'In bài viết',
      'Cỡ chữ',
      'Lượt xem',
      'Từ khóa',
      'Tin liên quan',
      'Hội nghị Ban Thường vụ Tỉnh ủy tháng 11',
      'Tin cùng chuyên mục',
      'Ý kiến bạn đọc',
      'Họ và tên',
      'Tin mới nhất',
      'Tổng lượt truy cập',
      'Cơ quan chủ quản',
      'Hoàng Tùng',
      'Đồng chí Bí thư Tỉnh ủy phát biểu khai mạc',
      'Thứ Hai, ngày 16/12/2024',
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('national news site: JSON-LD date, og:title, figcaption, inline "Xem thêm" box', () => {
    const a = extractArticle(fixture('national-news-article.html'), {
      url: 'https://baotintucviet.vn/x?utm_source=fb',
    });
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Thủ tướng chủ trì hội nghị trực tuyến toàn quốc về chuyển đổi số');
    expect(a.publishedAt).toBe('2024-12-16T15:15:00+07:00');
    expect(a.canonicalUrl).toBe(
      'https://baotintucviet.vn/thoi-su/thu-tuong-chu-tri-hoi-nghi-chuyen-doi-so-20241216151500123.htm',
    );
    expect(a.byline).toBe('Minh Anh (TTXVN)');
    expect(a.captions).toEqual(['Toàn cảnh hội nghị tại điểm cầu Chính phủ. Ảnh: Minh Anh']);
    expect(a.text.startsWith('TTV - Chiều 16/12, tại trụ sở Chính phủ')).toBe(true);
    expect(a.text).toContain('\n\nKhông để ai bị bỏ lại phía sau\n\nPhát biểu chỉ đạo');
    expect(a.text.endsWith('Thủ tướng nhấn mạnh.')).toBe(true);
    for (const junk of [
      'Xem thêm',
      'Cơ sở dữ liệu quốc gia',
      'Tags',
      'Chia sẻ',
      'Zalo',
      'Tin liên quan',
      'Bình luận',
      'Hà Nội dẫn đầu',
      'Bản quyền',
      'GMT+7',
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('government portal in tables: "Cập nhật" date line, image_desc caption, byline after <br>', () => {
    const a = extractArticle(fixture('gov-portal-article.html'), { url: 'https://quangtri.gov.vn/tin/1203' });
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2024');
    expect(a.publishedAt).toBe('2024-12-16T15:15:00+07:00');
    expect(a.byline).toBe('Thương - Thanh');
    expect(a.captions).toEqual(['Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị - Ảnh: Thanh Thương']);
    expect(a.text.split('\n\n')).toHaveLength(5);
    expect(a.text.endsWith('doanh nghiệp trong năm 2025.')).toBe(true);
    for (const junk of [
      'Lượt xem',
      'In trang',
      'Các tin khác',
      'Kỳ họp thứ 27',
      'Chuyên mục',
      'Số lượt truy cập',
      'Thứ Ba, 17/12/2024',
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('conference notice: event date and place lines stay in the text, the posting date is publishedAt', () => {
    const a = extractArticle(fixture('conference-notice.html'), {
      url: 'https://dukcq.example.vn/thong-bao/123',
    });
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Thông báo tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2024');
    expect(a.publishedAt).toBe('2024-12-10T00:00:00+07:00');
    expect(a.text).toContain(
      '\n\n1. Thời gian: 8 giờ 00, ngày 20/12/2024 (thứ Sáu)\n\n2. Địa điểm: Hội trường tầng 3',
    );
    expect(a.text).toContain('Bí thư các tổ chức cơ sở đảng trực thuộc.');
    expect(a.text.endsWith('hệ thống quản lý văn bản điều hành.')).toBe(true);
    for (const junk of [
      'Lượt xem',
      'Tin liên quan',
      'Kế hoạch tổ chức đại hội chi bộ',
      'Thông báo mới',
      'nghỉ Tết',
      'Bản quyền',
      'TRANG CHỦ',
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('national newspaper layout: lead paragraph outside the body, comments and related box dropped', () => {
    const a = extractArticle(fixture('vnexpress-style-article.html'));
    expect(a.title).toBe('Hội nghị Trung ương 10 bế mạc');
    expect(a.publishedAt).toBe('2024-09-20T11:02:27+07:00');
    expect(a.byline).toBe('Viết Tuân');
    expect(a.captions).toEqual([
      'Tổng Bí thư, Chủ tịch nước phát biểu bế mạc hội nghị, sáng 20/9. Ảnh: TTXVN',
    ]);
    expect(a.text.startsWith('Sau 3 ngày làm việc, Hội nghị lần thứ 10')).toBe(true);
    expect(a.text.split('\n\n')).toHaveLength(4);
    for (const junk of [
      'Thứ sáu, 20/9/2024',
      'Khai mạc Hội nghị Trung ương 10',
      'Tags',
      'Ý kiến',
      'Mong rằng',
      'Xem nhiều',
      'Giá vàng',
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });
  it('national paper: the lead in <h2 class="article__sapo"> before the body opens the text', () => {
    const a = extractArticle(fixture('national-paper-article.html'));
    const [first, second] = a.text.split('\n\n');
    expect(first).toMatch(
      /^Chiều nay \(4\/12\), đồng chí Hồ Văn Niên .* đã chủ trì Hội nghị Giao ban trực tuyến/,
    );
    expect(first).toMatch(/17 điểm cầu tại các huyện ủy, thị ủy, thành ủy trong toàn tỉnh\.$/);
    expect(second.startsWith('Trong quý IV năm 2024, các cơ quan khối Đảng tỉnh')).toBe(true);
    expect(a.text.split('Chiều nay (4/12)')).toHaveLength(2);
    expect(a.captions).toEqual(['Ảnh minh họa. (Ảnh: Văn Điệp)']);
    for (const junk of ['Xem thêm', 'Bình luận', 'Từ khóa', 'Sao chép liên kết', 'Lượt xem', 'Đọc nhiều']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('national paper: a short article whose body holds only a figure and a "Xem thêm" box is its lead', () => {
    const a = extractArticle(fixture('national-paper-short-article.html'));
    expect(a.isArticle).toBe(true);
    expect(a.notArticleReason).toBeNull();
    expect(a.title).toBe('Ngành Y tế tập trung 10 nhiệm vụ trọng tâm năm 2024');
    expect(a.publishedAt).toBe('2024-01-09T11:28:00+07:00');
    expect(a.text.startsWith('Năm 2023 là năm thực sự rất khó khăn với ngành Y tế')).toBe(true);
    expect(a.text).toContain(
      'Đây là thông tin được đưa ra tại Hội nghị triển khai công tác y tế năm 2024 diễn ra sáng 9/1.',
    );
    for (const junk of [
      'Xem thêm',
      'Ủy ban Kiểm tra Trung ương',
      'Bình luận',
      'Thông tin rất kịp thời',
      'Tin liên quan',
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('district page in tables: section label not the title, "17/10/21" dateline, captions in image table and under an image', () => {
    const a = extractArticle(fixture('district-video-article.html'));
    expect(a.title).toBe('Hội nghị sơ kết 9 tháng thực hiện Chỉ thị 05-CT/HU của Ban Thường vụ Huyện ủy');
    expect(a.publishedAt).toBe('2021-10-17T00:00:00+07:00');
    expect(a.byline).toBe('Minh Hằng');
    expect(a.captions).toEqual(['Toàn cảnh hội nghị', 'Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo hội nghị']);
    expect(a.text.startsWith('Thực hiện Chỉ thị 05-CT/HU ngày 02-8-2021')).toBe(true);
    expect(a.text.split('\n\n')).toHaveLength(4);
    for (const junk of [
      'VIDEO CLIP',
      '17/10/21',
      'Toàn cảnh hội nghị',
      'phát biểu chỉ đạo hội nghị\n',
      'giờ trước',
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });
});

const LEAD =
  'Sáng 16/12, tại Hội trường Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh khóa XXI tổ chức Hội nghị lần thứ 22. Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.';

/** A newspaper article page: headline, date and share lines, then `lead` and the body container. */
function paperPage(lead: string, content = body3, beforeTitle = ''): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22</title></head>
<body>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul>
<div class="main"><div class="detail">${beforeTitle}
<h1 class="title">Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22</h1>
<div class="meta">Thứ Hai, 16/12/2024, 15:15 (GMT+7)</div>
<div class="share-bar"><a href="#">Facebook</a><a href="#">Zalo</a></div>
${lead}
<div class="detail-content">${content}</div>
</div></div>
<div class="footer"><p>Báo Ninh Bình điện tử. Giấy phép số 45/GP-BTTTT. Địa chỉ: Số 2 Lê Hồng Phong, TP Ninh Bình.</p></div>
</body></html>`;
}

describe('lead paragraph (sapo)', () => {
  it.each([
    ['h2.sapo', `<h2 class="sapo">${LEAD}</h2>`],
    ['h2.article__sapo', `<h2 class="article__sapo">${LEAD}</h2>`],
    ['p.sapo', `<p class="sapo">${LEAD}</p>`],
    ['div.detail-sapo', `<div class="detail-sapo">${LEAD}</div>`],
    ['div.des > p', `<div class="des"><p>${LEAD}</p></div>`],
    ['div.chapeau', `<div class="chapeau">${LEAD}</div>`],
    ['div.lead', `<div class="lead">${LEAD}</div>`],
    ['div.summary > strong', `<div class="summary"><strong>${LEAD}</strong></div>`],
    ['unclassed heading of sentences', `<h2>${LEAD}</h2>`],
    ['strong first paragraph', `<p><strong>${LEAD}</strong></p>`],
    ['bare strong', `<strong>${LEAD}</strong>`],
  ])('before the body: %s opens the text', (_name, lead) => {
    expect(extractArticle(paperPage(lead)).text).toBe(`${LEAD}\n\n${body3Text}`);
  });

  it('at the start of the body: a lead heading stays, the date line after it goes', () => {
    const html = paperPage('', `<h2 class="sapo">${LEAD}</h2><p>Thứ Hai, 16/12/2024 15:15</p>${body3}`);
    expect(extractArticle(html).text).toBe(`${LEAD}\n\n${body3Text}`);
  });

  it('comes with the first body paragraph when a "Xem thêm" box keeps the rest of the body from being chosen', () => {
    const long = `${P2} ${P3} ${P1} ${P2}`;
    const links = [1, 2, 3, 4, 5]
      .map((n) => `<li><a href="/tin-${n}.html">${P1.slice(0, 60 + 10 * n)}</a></li>`)
      .join('');
    const html = paperPage(
      `<h2 class="article__sapo">${LEAD}</h2>`,
      `<figure><img src="a.jpg"><figcaption>Toàn cảnh hội nghị.</figcaption></figure><p>${P1}</p><p>${long}</p><div class="box-see-also"><strong>Xem thêm:</strong><ul>${links}</ul></div>`,
    );
    expect(extractArticle(html).text).toBe(`${LEAD}\n\n${P1}\n\n${long}`);
  });

  it('is not repeated when the body repeats it', () => {
    const html = paperPage(`<h2 class="sapo">${LEAD}</h2>`, `<p>${LEAD}</p>${body3}`);
    expect(extractArticle(html).text).toBe(`${LEAD}\n\n${body3Text}`);
  });

  it('is the whole text of a short article whose body holds only an image and a "Xem thêm" box', () => {
    const html = paperPage(
      `<h2 class="sapo">${LEAD} ${P2}</h2>`,
      '<figure><img src="a.jpg"><figcaption>Toàn cảnh hội nghị.</figcaption></figure>' +
        '<div class="box-see-also"><strong>Xem thêm:</strong><ul><li><a href="/a-1.html">Hội nghị Ban Thường vụ Tỉnh ủy tháng 11 bàn nhiều nội dung quan trọng</a></li><li><a href="/a-2.html">Tỉnh ủy tổng kết công tác xây dựng Đảng năm 2024 và triển khai nhiệm vụ năm 2025</a></li></ul></div>',
    );
    const a = extractArticle(html, {
      url: 'https://baoninhbinh.org.vn/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-22-4521.html',
    });
    expect(a.text).toBe(`${LEAD} ${P2}`);
    expect(a.isArticle).toBe(true);
  });

  it('is not a subtitle, a section heading or prose before the headline', () => {
    const subtitle =
      '<h2>Thảo luận, cho ý kiến vào các báo cáo về tình hình thực hiện nhiệm vụ chính trị năm 2024 của tỉnh Ninh Bình</h2>';
    expect(extractArticle(paperPage(subtitle)).text).toBe(body3Text);
    expect(extractArticle(paperPage('<h2>Tin liên quan</h2>')).text).toBe(body3Text);
    const earlier = `<p class="sapo">${LEAD}</p>`;
    expect(extractArticle(paperPage('', body3, earlier)).text).toBe(body3Text);
  });
});

describe('not-article pages', () => {
  it('category listing', () => {
    const a = extractArticle(fixture('category-listing.html'), {
      url: 'https://ninhbinh.dcs.vn/tin-tuc/hoat-dong',
    });
    expect(a.isArticle).toBe(false);
    expect(a.notArticleReason).toMatch(/^listing: \d+ links, little prose$/);
    expect(a.text).not.toContain('Hội nghị tổng kết công tác tuyên giáo');
  });

  it('home page', () => {
    const a = extractArticle(fixture('home-page.html'), { url: 'https://baoninhbinh.org.vn/' });
    expect(a.isArticle).toBe(false);
    expect(a.notArticleReason).toMatch(/^home page: \d+ links/);
  });

  it('search results, by URL and by title', () => {
    const html = fixture('search-results.html');
    expect(
      extractArticle(html, { url: 'https://baoninhbinh.org.vn/tim-kiem?q=hoi+nghi' }).notArticleReason,
    ).toMatch(/^search results/);
    expect(extractArticle(html).notArticleReason).toMatch(/^search results/);
  });

  it('404 page', () => {
    const a = extractArticle(fixture('not-found.html'));
    expect(a.isArticle).toBe(false);
    expect(a.notArticleReason).toMatch(/^error page/);
  });

  it('a short article next to a long list of teasers is still an article', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><a href="/tin/${900 + i}.html">Tin hoạt động số ${i + 1} của các sở, ngành trong tỉnh</a><p>Tóm tắt nội dung tin số ${i + 1} về hoạt động của các cơ quan, đơn vị trên địa bàn tỉnh trong tuần qua.</p></li>`,
    ).join('');
    const html = page(`<div class="date">Ngày đăng: 05/12/2024</div><p>${P1}</p>`, {
      after: `<div class="box"><ul>${items}</ul></div>`,
    });
    const a = extractArticle(html, {
      url: 'https://baoninhbinh.org.vn/hoi-nghi-ban-chap-hanh-lan-thu-22-4521.html',
    });
    expect(a.text).toBe(P1);
    expect(a.isArticle).toBe(true);
  });

  it('always says why a page is not an article', () => {
    const unexplained = readdirSync(new URL('./fixtures/', import.meta.url))
      .map((name) => ({ name, a: extractArticle(fixture(name)) }))
      .filter(({ a }) => (a.isArticle ? a.notArticleReason !== null : !a.notArticleReason?.trim()))
      .map(({ name }) => name);
    expect(unexplained).toEqual([]);
  });

  it('page with almost no text', () => {
    const a = extractArticle(page('<p>Đang cập nhật.</p>'));
    expect(a.isArticle).toBe(false);
    expect(a.notArticleReason).toMatch(/^too little text/);
  });
});

describe('boilerplate rules', () => {
  it('keeps paragraph breaks from <p> and from <br><br>', () => {
    const a = extractArticle(page(`<div>${P1}<br><br>${P2}<br />${P3}</div>`));
    expect(a.text).toBe(`${P1}\n\n${P2}\n${P3}`);
  });

  it('drops breadcrumbs and menus', () => {
    const a = extractArticle(
      page(
        body3.replace(
          '<p>',
          '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin">Tin tức</a></div><p>',
        ),
      ),
    );
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it('drops a flat "Tin liên quan" heading and the links under it', () => {
    const a = extractArticle(
      page(
        `${body3}<p><strong>Tin liên quan</strong></p><p><a href="/a">Tỉnh ủy sơ kết công tác kiểm tra, giám sát 9 tháng</a></p><p><a href="/b">Quán triệt Nghị quyết Hội nghị Trung ương 10</a></p>`,
      ),
    );
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it('drops a flat "Bài viết liên quan" list of headlines with summaries', () => {
    const related = `<h3>Bài viết liên quan</h3>
      <h4><a href="/a">Khai mạc Hội thi Báo cáo viên giỏi cấp tỉnh năm 2024</a></h4>
      <p>Hội thi có 40 thí sinh là báo cáo viên của các huyện, thành phố và đảng ủy trực thuộc Tỉnh ủy tham gia.</p>
      <h4><a href="/b">Tổng kết công tác dân vận năm 2024</a></h4>
      <p>Công tác dân vận góp phần củng cố khối đại đoàn kết toàn dân tộc, tạo đồng thuận trong xã hội.</p>`;
    const a = extractArticle(page(`${body3}${related}`));
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it.each(['Bài viết liên quan', 'Tin cùng chuyên mục', 'Xem thêm', 'Các tin khác', 'Có thể bạn quan tâm'])(
    'drops a "%s" box with summaries',
    (heading) => {
      const box = `<div class="box"><h3>${heading}</h3><div><a href="/a">Khai mạc Hội thi Báo cáo viên giỏi cấp tỉnh</a><p>Hội thi có 40 thí sinh là báo cáo viên của các huyện, thành phố tham gia.</p></div></div>`;
      const a = extractArticle(page(`<p>${P1}</p><p>${P2}</p>${box}<p>${P3}</p>`));
      expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    },
  );

  it('drops comment forms and posted comments', () => {
    const comments = `<div id="binhluan"><h3>Ý kiến bạn đọc (2)</h3>
      <div class="comment-item"><b>Nguyễn Văn An</b><p>Hội nghị rất thiết thực, mong tỉnh tiếp tục quan tâm hơn nữa tới đời sống của người dân vùng sâu, vùng xa, nhất là trong dịp Tết sắp tới.</p></div>
      <div class="comment-item"><b>Trần Thị Bình</b><p>Đề nghị các cấp ủy triển khai nghị quyết sát với thực tế từng địa phương, tránh hình thức, lãng phí, và công khai kết quả cho nhân dân được biết.</p></div>
      <form class="comment-form"><textarea></textarea><input type="text" placeholder="Họ tên"><button>Gửi</button></form></div>`;
    const a = extractArticle(page(body3, { after: comments }));
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it('drops share bars, ads, visit counters, tag lists and tool bars', () => {
    const a = extractArticle(
      page(
        `<div class="social-share"><a href="#">Facebook</a> <a href="#">Zalo</a> <span>Chia sẻ</span></div>
        <div class="toolbar"><a href="#">In bài</a> | <a href="#">Gửi email</a> | <span>Cỡ chữ</span> <a>A+</a> <a>A-</a></div>
        <p>${P1}</p><div class="ads-inline">Quảng cáo</div><p>${P2}</p><div class="banner-ads"><a href="https://ads.example"><img src="x.gif"></a></div><p>${P3}</p>
        <p>Lượt xem: 1.205</p><p>Từ khóa: hội nghị, tỉnh ủy, đảng bộ</p><div>Tags: <a href="/tag/a">Hội nghị</a>, <a href="/tag/b">Tỉnh ủy</a></div>`,
      ),
    );
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it('keeps image captions out of the text: figcaption, caption class, italic line under an image, "Ảnh:" line', () => {
    const a = extractArticle(
      page(
        `<p>${P1}</p><figure><img src="a.jpg"><figcaption>Quang cảnh hội nghị.</figcaption></figure>
        <p>${P2}</p><div class="PhotoCMS_Caption">Các đại biểu biểu quyết thông qua nghị quyết.</div>
        <p style="text-align:center"><img src="b.jpg"></p><p style="text-align:center"><em>Đồng chí Bí thư Tỉnh ủy phát biểu.</em></p>
        <p>${P3}</p><p><img src="c.jpg"></p><p>Ảnh: Hoàng Hà</p>`,
      ),
    );
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(a.captions).toEqual([
      'Quang cảnh hội nghị.',
      'Các đại biểu biểu quyết thông qua nghị quyết.',
      'Đồng chí Bí thư Tỉnh ủy phát biểu.',
      'Ảnh: Hoàng Hà',
    ]);
  });

  it('keeps an italic paragraph that is not under an image', () => {
    const a = extractArticle(page(`<p>${P1}</p><p><em>${P2}</em></p><p>${P3}</p>`));
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it.each(['PV', 'Minh Anh (TTXVN)', 'Thương - Thanh'])('takes the byline "%s" out of the text', (author) => {
    const a = extractArticle(page(`${body3}<p style="text-align:right"><strong>${author}</strong></p>`));
    expect(a.byline).toBe(author);
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it('normalises whitespace and returns NFC', () => {
    const a = extractArticle(
      page(`<p>  ${P1.normalize('NFD')}\n\t </p><p>${P2.replace(/ /g, ' \u00a0 ')}</p><p>${P3}</p>`),
    );
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(a.text).toBe(a.text.normalize('NFC'));
  });
});

describe('publication time', () => {
  it('reads JSON-LD NewsArticle inside @graph first', () => {
    const head = `<meta property="article:published_time" content="2024-12-01T00:00:00+07:00"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-12-16T15:15:00+07:00"}]}</script>`;
    expect(extractArticle(page(body3, { head })).publishedAt).toBe('2024-12-16T15:15:00+07:00');
  });

  it('reads article:published_time, then other meta names', () => {
    expect(
      extractArticle(
        page(body3, { head: '<meta property="article:published_time" content="2024-12-16T08:15:00Z">' }),
      ).publishedAt,
    ).toBe('2024-12-16T15:15:00+07:00');
    expect(
      extractArticle(page(body3, { head: '<meta name="pubdate" content="2024-12-16">' })).publishedAt,
    ).toBe('2024-12-16T00:00:00+07:00');
    expect(extractArticle(page(body3, { head: '<meta name="dc.date" content="2024-12">' })).publishedAt).toBe(
      '2024-12',
    );
  });

  it('does not take the date of a linked page for its own', () => {
    const mostRead = `<div class="most-read"><h3>Đọc nhiều</h3><ul><li><a href="/tin/1.html">Thứ Sáu 25/04/2025</a></li><li><a href="/tin/2.html">Hội nghị tổng kết công tác tuyên giáo năm 2024</a></li></ul></div>`;
    expect(extractArticle(page(body3, { after: mostRead })).publishedAt).toBeNull();
    const dated = `<div class="meta">Thứ Hai, 16/12/2024 15:15</div>${body3}`;
    expect(extractArticle(page(dated, { after: mostRead })).publishedAt).toBe('2024-12-16T15:15:00+07:00');
  });

  it('reads <time datetime> near the article', () => {
    const a = extractArticle(page(`<time datetime="2024-12-16T15:15:00+07:00">16/12/2024</time>${body3}`));
    expect(a.publishedAt).toBe('2024-12-16T15:15:00+07:00');
  });

  it('reads the visible date line of the article, not the site banner date', () => {
    const html = page(`<div class="date">Ngày đăng: 05/12/2024 09:30</div>${body3}`).replace(
      '<div id="header">',
      '<div id="header"><span>Thứ Hai, 16/12/2024</span>',
    );
    expect(extractArticle(html).publishedAt).toBe('2024-12-05T09:30:00+07:00');
  });

  it('reads a date line at the end of the article', () => {
    expect(extractArticle(page(`${body3}<p>04/12/2023 09:15 GMT+7</p>`)).publishedAt).toBe(
      '2023-12-04T09:15:00+07:00',
    );
  });
});

describe('source-definition selectors', () => {
  it('override title, body and date', () => {
    const html = page(
      `<div class="sapo">${P1}</div><div class="noidung"><p>${P2}</p><p>${P3}</p></div><span class="ngay">20/12/2024 08:00</span>`,
    );
    const a = extractArticle(html, {
      selectors: { title: 'div.detail > h1', body: '.noidung', date: 'span.ngay' },
    });
    expect(a.title).toBe('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22');
    expect(a.text).toBe(`${P2}\n\n${P3}`);
    expect(a.publishedAt).toBe('2024-12-20T08:00:00+07:00');
  });

  it('fall back to the generic rules when invalid or unmatched', () => {
    const a = extractArticle(page(body3), { selectors: { body: 'div[[[', title: '.nothing', date: '>>>' } });
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(a.title).toBe('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22');
  });
});

describe('canonical URL', () => {
  it('resolves a relative <link rel=canonical> against the page URL', () => {
    const a = extractArticle(page(body3, { head: '<link rel="canonical" href="/tin/123.html">' }), {
      url: 'https://baoninhbinh.org.vn/tin/123.html?utm_source=zalo',
    });
    expect(a.canonicalUrl).toBe('https://baoninhbinh.org.vn/tin/123.html');
  });

  it('uses og:url, then the page URL, and never returns a relative URL', () => {
    expect(
      extractArticle(page(body3, { head: '<meta property="og:url" content="https://a.vn/x.html">' }))
        .canonicalUrl,
    ).toBe('https://a.vn/x.html');
    expect(extractArticle(page(body3), { url: 'https://a.vn/y.html' }).canonicalUrl).toBe(
      'https://a.vn/y.html',
    );
    expect(
      extractArticle(page(body3, { head: '<link rel="canonical" href="/z.html">' })).canonicalUrl,
    ).toBeNull();
  });
});

describe('robustness', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '  \n\t '],
    ['plain text', 'hello'],
    [
      'only scripts',
      '<html><head><script>var a = "<p>x</p>";</script></head><body><script>alert(1)</script></body></html>',
    ],
  ])('returns isArticle=false for %s input', (_name, html) => {
    const a = extractArticle(html);
    expect(a.isArticle).toBe(false);
    expect(a.notArticleReason).toEqual(expect.any(String));
    expect(a.text).toBe('');
  });

  it('survives truncated and malformed markup', () => {
    const full = page(body3);
    const truncated = full.slice(0, full.indexOf(P3) + 40);
    const a = extractArticle(truncated);
    expect(a.text).toContain(P1);
    const malformed = `<html><body><div><p>${P1}<div><p>${P2}</span></b></i><table><tr><td>${P3}</font></p></div>`;
    expect(extractArticle(malformed).text).toContain(P2);
  });

  it('survives deeply nested markup', () => {
    const deep = `<html><body>${'<div>'.repeat(20000)}<p>${P1}</p><p>${P2}</p><p>${P3}</p>${'</div>'.repeat(20000)}</body></html>`;
    expect(extractArticle(deep).text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    const unclosed = `<html><body>${'<font size="2">'.repeat(30000)}${P1}</body></html>`;
    expect(() => extractArticle(unclosed)).not.toThrow();
  });

  it('survives binary-ish input', () => {
    let seed = 7;
    const noise = Array.from({ length: 50000 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return String.fromCharCode(seed % 256);
    }).join('');
    const a = extractArticle(noise);
    expect(a.isArticle).toBe(false);
    expect(typeof a.notArticleReason).toBe('string');
  });

  it('does not throw on non-string input', () => {
    expect(extractArticle(undefined as unknown as string).isArticle).toBe(false);
  });
});

describe('dates, captions and titles reported on Vietnamese pages', () => {
  it('never takes a document date from the body as the publication date', () => {
    const cited = 'Thực hiện Chỉ thị 01-CT/ĐU ngày 13-8-2025 của Đảng ủy xã về tổ chức hội nghị.';
    expect(extractArticle(page(`<p>${cited}</p>${body3}`)).publishedAt).toBeNull();
    expect(
      extractArticle(page(`<p>${P1}</p><p>Chỉ thị 01-CT/ĐU ngày 13-8-2025</p><p>${P2}</p>`)).publishedAt,
    ).toBeNull();
    expect(
      extractArticle(
        page(
          `<p>${P1}</p><p>Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.</p><p>${P2}</p>`,
        ),
      ).publishedAt,
    ).toBeNull();
  });

  it('takes the dateline under the title rather than a date in a body sentence', () => {
    const html = page(
      `<div class="ngay-dang">Thứ Tư, 20/8/2025 | 09:15</div><p>Ngày 13/8/2025, Đảng ủy xã tổ chức hội nghị quán triệt chỉ thị.</p>${body3}`,
    );
    expect(extractArticle(html).publishedAt).toBe('2025-08-20T09:15:00+07:00');
    const sentenceOnly = page(
      `<p>Sáng 13/8/2025, Đảng ủy xã Yên Phong tổ chức hội nghị quán triệt chỉ thị của Ban Thường vụ.</p>${body3}`,
    );
    expect(extractArticle(sentenceOnly).publishedAt).toBeNull();
  });

  it('reads a two-digit-year dateline, below JSON-LD, meta and <time> in trust', () => {
    const dateline = `<div class="date">17/10/21</div>${body3}`;
    expect(extractArticle(page(dateline)).publishedAt).toBe('2021-10-17T00:00:00+07:00');
    expect(extractArticle(page(`<div class="date">17/10/21 08:30</div>${body3}`)).publishedAt).toBe(
      '2021-10-17T08:30:00+07:00',
    );
    const head = '<meta property="article:published_time" content="2021-10-16T20:00:00+07:00">';
    expect(extractArticle(page(dateline, { head })).publishedAt).toBe('2021-10-16T20:00:00+07:00');
    expect(
      extractArticle(page(`<time datetime="2021-10-16T21:00:00+07:00"></time>${dateline}`)).publishedAt,
    ).toBe('2021-10-16T21:00:00+07:00');
  });

  it('ignores relative times', () => {
    expect(extractArticle(page(`<div class="time">2 giờ trước</div>${body3}`)).publishedAt).toBeNull();
    expect(
      extractArticle(page(`<div class="time">16/12/2024 · 2 giờ 30 phút trước</div>${body3}`)).publishedAt,
    ).toBe('2024-12-16T00:00:00+07:00');
  });

  it.each([
    [
      'a paragraph after an image',
      '<p style="text-align:center"><img src="a.jpg"></p><p style="text-align:center">Toàn cảnh hội nghị</p>',
    ],
    [
      'a table cell under the image',
      '<table align="center"><tr><td><img src="a.jpg"></td></tr><tr><td>Toàn cảnh hội nghị</td></tr></table>',
    ],
    ['a figure without figcaption', '<figure><img src="a.jpg"><div>Toàn cảnh hội nghị</div></figure>'],
    [
      'a "note" element after the image',
      '<div><img src="a.jpg"></div><div class="note">Toàn cảnh hội nghị</div>',
    ],
  ])('puts a short caption line in captions: %s', (_where, image) => {
    for (const html of [page(`<p>${P1}</p>${image}<p>${P2}</p><p>${P3}</p>`), page(`${image}${body3}`)]) {
      const a = extractArticle(html);
      expect(a.captions).toEqual(['Toàn cảnh hội nghị']);
      expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    }
  });

  it('keeps an author line after an image as the byline and a line after an icon as text', () => {
    const a = extractArticle(
      page(`${body3}<p><img src="a.jpg"></p><p style="text-align:right"><b>Hoàng Tùng</b></p>`),
    );
    expect(a.byline).toBe('Hoàng Tùng');
    expect(a.captions).toEqual([]);
  });

  it('leaves a plain line after an image in the text of a page not in Vietnamese', () => {
    const en =
      'The provincial committee met on Monday to review the implementation of the resolution and to plan the work for next year.';
    const html = `<html lang="en"><head><title>Committee meets</title></head><body><article><p>${en}</p><p><img src="a.jpg"></p><p>This has freed up the budget for the new bridge</p><p>${en}</p></article></body></html>`;
    const a = extractArticle(html);
    expect(a.captions).toEqual([]);
    expect(a.text).toContain('This has freed up the budget for the new bridge');
  });

  it.each(['VIDEO CLIP', 'TIN NỔI BẬT', 'THỜI SỰ'])('never returns the label "%s" as the title', (label) => {
    const html = page(body3).replace(/<title>[^<]*<\/title>/, `<title>${label} - Báo Ninh Bình</title>`);
    expect(extractArticle(html).title).toBe('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22');
    const ogLabel = page(body3, { head: `<meta property="og:title" content="${label}">` });
    expect(extractArticle(ogLabel).title).toBe('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22');
  });
});

describe('extractArticle and the date a site prints for today', () => {
  const menu = Array.from({ length: 8 }, (_, i) => `<li><a href="/c/${i}">Chuyên mục ${i}</a></li>`).join('');
  const page = (articleDate: string) => `<!doctype html><html lang="vi"><head><title>Tin</title></head><body>
<div class="top"><span class="date">Thứ Hai, 02/12/2024</span></div><ul class="nav">${menu}</ul>
<div class="detail"><h1>Huyện ủy tổ chức hội nghị sơ kết công tác quý III của Đảng bộ huyện</h1>${articleDate}
<p>Sáng 5/10, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng quý III, triển khai nhiệm vụ quý IV. Đồng chí Bí thư Huyện ủy chủ trì hội nghị.</p>
<p>Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ quý III và thảo luận các giải pháp trọng tâm trong thời gian tới.</p></div></body></html>`;

  it('takes the article’s own date line, not the header’s date above the menu', () => {
    expect(extractArticle(page('<div class="time">10:05, 14/10/2021</div>')).publishedAt).toBe(
      '2021-10-14T10:05:00+07:00',
    );
  });

  it('gives no publication date when only the header prints one', () => {
    expect(extractArticle(page('')).publishedAt).toBeNull();
  });
});
