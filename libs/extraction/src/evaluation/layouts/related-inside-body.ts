/**
 * A body with "Xem thêm" links and a related-stories box between its paragraphs, as CMSs insert them
 * (the box names other meetings with their dates).
 */
import { escapeHtml } from '../scoring.js';
import { OTHER_HEADLINES, footerHtml, menuHtml, slug, storyList } from './furniture.js';
import { headBasics, machineDate, visibleDate, type PageInput } from './page-input.js';

export function relatedInsideBody(p: PageInput): string {
  const site = 'Báo Thái Nguyên';
  const iso = machineDate(p);
  const shown = visibleDate(p, 'weekday');
  const seeAlso = OTHER_HEADLINES[(p.seed + 2) % OTHER_HEADLINES.length];
  const parts = p.paragraphs.map((l) => `<p>${escapeHtml(l)}</p>`);
  const at = Math.min(1, parts.length);
  parts.splice(
    at,
    0,
    `<p><strong>&gt;&gt; Xem thêm:</strong> <a href="/${slug(seeAlso)}.html">${escapeHtml(seeAlso)}</a></p>`,
  );
  parts.splice(Math.min(at + 3, parts.length), 0, storyList(p, 'Tin liên quan', 'related-news', 3, true));
  return `<!doctype html><html lang="vi"><head>${headBasics(p, site)}
${iso ? `<meta itemprop="datePublished" content="${iso}">` : ''}</head>
<body>${menuHtml()}<div class="detail-page">
<h1 class="detail-title">${escapeHtml(p.headline)}</h1>
${shown ? `<p class="detail-time">${shown}</p>` : ''}
<div class="detail-content">${parts.join('\n')}</div></div>${footerHtml(site)}</body></html>`;
}
