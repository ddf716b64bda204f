/** A body broken by photos whose captions name other days and places, between paragraphs. */
import { escapeHtml } from '../scoring.js';
import { OTHER_CAPTIONS, footerHtml, menuHtml } from './furniture.js';
import { headBasics, machineDate, visibleDate, type PageInput } from './page-input.js';

export function captionsOtherDates(p: PageInput): string {
  const site = 'Báo Tuyên Quang';
  const iso = machineDate(p);
  const shown = visibleDate(p);
  const parts: string[] = [];
  p.paragraphs.forEach((line, i) => {
    parts.push(`<p>${escapeHtml(line)}</p>`);
    if (i % 2 === 0 && i / 2 < OTHER_CAPTIONS.length) {
      const caption = OTHER_CAPTIONS[(p.seed + i / 2) % OTHER_CAPTIONS.length];
      parts.push(
        `<table class="image center"><tbody><tr><td><img src="/anh-${i}.jpg"></td></tr><tr><td class="image_desc">${escapeHtml(caption)}</td></tr></tbody></table>`,
      );
    }
  });
  return `<!doctype html><html lang="vi"><head>${headBasics(p, site)}
${iso ? `<meta property="article:published_time" content="${iso}">` : ''}</head>
<body>${menuHtml()}<div class="article">
<h1 class="cms-title">${escapeHtml(p.headline)}</h1>
${shown ? `<div class="cms-date">${shown}</div>` : ''}
<div class="cms-body">${parts.join('\n')}</div></div>${footerHtml(site)}</body></html>`;
}
