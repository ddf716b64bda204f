/**
 * A site header that prints today's date above the menu, the article's own date only as a visible line
 * (no meta tag when the day is known), as many provincial papers do.
 */
import { escapeHtml } from '../scoring.js';
import { footerHtml, menuHtml, storyList, topBar } from './furniture.js';
import { machineDate, visibleDate, type PageInput, paragraphsHtml } from './page-input.js';

export function todayHeader(p: PageInput): string {
  const site = 'Báo Quảng Nam';
  const shown = visibleDate(p, 'weekday');
  const iso = machineDate(p);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(p.titleTag)} | ${site}</title>
${p.url ? `<link rel="canonical" href="${escapeHtml(p.url)}">` : ''}${iso && !shown ? `<meta property="article:published_time" content="${iso}">` : ''}</head>
<body>${topBar(p)}<div class="logo"><a href="/">${site}</a></div>${menuHtml()}
<div class="container"><div class="col-left"><div class="news-detail">
<h1 class="title-detail">${escapeHtml(p.headline)}</h1>
${shown ? `<div class="date-detail">${shown}</div>` : ''}
<div class="content-detail">${paragraphsHtml(p.paragraphs)}</div></div>
${storyList(p, 'Tin cùng chuyên mục', 'tin-cung-chuyen-muc', 5)}</div>
<div class="col-right">${storyList({ ...p, seed: p.seed + 3 }, 'Tin mới', 'tin-moi', 6)}</div></div>
${footerHtml(site)}</body></html>`;
}
