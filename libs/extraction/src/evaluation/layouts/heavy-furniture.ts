/**
 * The article, however short, inside heavy site furniture: today's date, a mega menu, a ticker, three
 * teaser boxes of other stories with summaries, banners, a poll, a weather widget and a long footer.
 */
import { escapeHtml } from '../scoring.js';
import { OTHER_HEADLINES, SECTIONS, footerHtml, menuHtml, storyList, topBar } from './furniture.js';
import { headBasics, machineDate, paragraphsHtml, visibleDate, type PageInput } from './page-input.js';

export function heavyFurniture(p: PageInput): string {
  const site = 'Cổng thông tin điện tử tỉnh';
  const iso = machineDate(p);
  const shown = visibleDate(p);
  const mega = SECTIONS.map(
    (s, i) =>
      `<li><a href="/c/${i}">${s}</a><ul>${SECTIONS.slice(0, 4)
        .map((t, j) => `<li><a href="/c/${i}/${j}">${t} ${i}</a></li>`)
        .join('')}</ul></li>`,
  ).join('');
  const ticker = OTHER_HEADLINES.slice(0, 4)
    .map((h) => `<a href="#">${escapeHtml(h)}</a>`)
    .join(' • ');
  return `<!doctype html><html lang="vi"><head>${headBasics(p, site)}
${iso ? `<meta name="pubdate" content="${iso}">` : ''}</head>
<body>${topBar(p)}<div class="mega-menu"><ul>${mega}</ul></div>${menuHtml('div', 'sub-menu')}
<div class="ticker"><b>Tin nóng:</b> ${ticker}</div>
<div class="banner-top"><a href="#"><img src="/qc1.jpg" alt="Quảng cáo"></a></div>
<div class="row"><div class="col-main">
<div class="news-detail"><h1 class="news-title">${escapeHtml(p.headline)}</h1>
${shown ? `<div class="news-date">${shown}</div>` : ''}
<div class="news-content">${paragraphsHtml(p.paragraphs)}</div></div>
${storyList(p, 'Tin cùng chuyên mục', 'box-news', 6, true)}
${storyList({ ...p, seed: p.seed + 6 }, 'Tin mới nhất', 'box-latest', 6, true)}</div>
<div class="col-side">${storyList({ ...p, seed: p.seed + 11 }, 'Xem nhiều', 'box-most', 6, true)}
<div class="poll"><b>Thăm dò ý kiến</b><p>Bạn đánh giá thế nào về dịch vụ công trực tuyến?</p><label><input type="radio">Tốt</label><label><input type="radio">Chưa tốt</label></div>
<div class="weather">Hà Nội 28°C - Nắng nhẹ</div><div class="counter">Lượt truy cập: 12.345.678</div></div></div>
${footerHtml(site)}</body></html>`;
}
