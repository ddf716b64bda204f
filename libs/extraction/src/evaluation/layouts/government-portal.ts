/**
 * An older government portal laid out with tables: banner with today's date, a left menu of links, the
 * news item in table cells with <br>-separated paragraphs, "Các tin khác" below it.
 */
import { escapeHtml } from '../scoring.js';
import { OTHER_DATES, OTHER_HEADLINES, SECTIONS, slug } from './furniture.js';
import { machineDate, pick, todayLine, visibleDate, type PageInput } from './page-input.js';

export function governmentPortal(p: PageInput): string {
  const iso = machineDate(p);
  const shown = visibleDate(p);
  const menu = SECTIONS.map(
    (s, i) => `<tr><td class="menu-item"><a href="?menu=${i}">${s}</a></td></tr>`,
  ).join('');
  const others = pick(OTHER_HEADLINES, 6, p.seed)
    .map(
      (h, i) =>
        `<tr><td><img src="/images/bullet.gif"> <a href="/portal/chi-tiet/${slug(h)}">${escapeHtml(h)}</a> <i>(${OTHER_DATES[i % OTHER_DATES.length]})</i></td></tr>`,
    )
    .join('');
  const body = p.paragraphs.map(escapeHtml).join('<br><br>\n');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escapeHtml(p.titleTag)}</title>${p.url ? `<link rel="canonical" href="${escapeHtml(p.url)}">` : ''}
${iso && !shown ? `<meta name="pubdate" content="${iso}">` : ''}</head>
<body leftmargin="0" topmargin="0"><table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="banner"><img src="/images/banner.jpg"><div class="ngay-thang">${todayLine(p)}</div></td></tr>
<tr><td width="200" valign="top" class="left"><table width="100%">${menu}</table>
<table class="lienket"><tr><td>Liên kết website</td></tr><tr><td><select><option>Cổng TTĐT Chính phủ</option></select></td></tr></table></td>
<td valign="top"><table width="100%" class="news">
<tr><td class="NewsTitle">${escapeHtml(p.headline)}</td></tr>
${shown ? `<tr><td class="NewsDate">Cập nhật: ${shown}</td></tr>` : ''}
<tr><td class="NewsContent">${body}</td></tr>
<tr><td align="right"><a href="javascript:window.print()">In trang</a> | <a href="#top">Về đầu trang</a></td></tr>
</table>
<table width="100%" class="OtherNews"><tr><td class="title">Các tin khác</td></tr>${others}</table>
</td></tr>
<tr><td colspan="2" class="footer">Cổng thông tin điện tử huyện - Bản quyền thuộc UBND huyện<br>Địa chỉ: Thị trấn, huyện; Điện thoại: 0210.3862.111</td></tr>
</table></body></html>`;
}
