/** The print view of an article: logo line, title, date, text, the source address, "Đóng cửa sổ". */
import { escapeHtml } from '../scoring.js';
import { machineDate, visibleDate, type PageInput } from './page-input.js';

export function printView(p: PageInput): string {
  const iso = machineDate(p);
  const shown = visibleDate(p);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(p.titleTag)}</title>
${iso && !shown ? `<meta name="publishdate" content="${iso}">` : ''}</head>
<body onload="window.print()"><div class="print-header"><img src="/logo.png"> BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH - Cơ quan của Đảng bộ tỉnh</div>
<hr>
<div class="print-title"><b>${escapeHtml(p.headline)}</b></div>
${shown ? `<div class="print-date">Ngày đăng: ${shown}</div>` : ''}
<div class="print-content">${p.paragraphs.map((l) => `<div>${escapeHtml(l)}</div>`).join('\n')}</div>
<hr>${p.url ? `<div class="print-source">Nguồn: ${escapeHtml(p.url)}</div>` : ''}
<div class="print-tools"><a href="javascript:window.print()">In bài viết</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
</body></html>`;
}
