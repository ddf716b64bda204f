/** A mobile AMP page: amp-img with figcaption, <time>, share bar, a drawer menu, nothing else. */
import { escapeHtml } from '../scoring.js';
import { OTHER_CAPTIONS, menuHtml } from './furniture.js';
import { headBasics, machineDate, paragraphsHtml, visibleDate, type PageInput } from './page-input.js';

export function mobileAmp(p: PageInput): string {
  const site = 'VOV Mobile';
  const iso = machineDate(p);
  const shown = visibleDate(p, 'dotted');
  const caption = OTHER_CAPTIONS[p.seed % OTHER_CAPTIONS.length];
  return `<!doctype html><html ⚡ lang="vi"><head>${headBasics(p, site)}
${iso ? `<meta property="article:published_time" content="${iso}">` : ''}
<script async src="https://cdn.ampproject.org/v0.js"></script></head>
<body><amp-sidebar id="drawer" layout="nodisplay">${menuHtml('nav', 'amp-menu')}</amp-sidebar>
<header class="amp-header"><button on="tap:drawer.toggle">☰</button><a href="/" class="logo">${site}</a></header>
<article class="amp-article">
<h1 class="amp-title">${escapeHtml(p.headline)}</h1>
${shown && iso ? `<time class="amp-time" datetime="${iso}">${shown}</time>` : ''}
<figure class="amp-figure"><amp-img src="/photo.jpg" width="600" height="400" layout="responsive"></amp-img><figcaption>${escapeHtml(caption)}</figcaption></figure>
${paragraphsHtml(p.paragraphs)}
<div class="amp-share"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="zalo"></amp-social-share></div>
</article>
<footer class="amp-footer"><a href="/">Xem phiên bản đầy đủ</a> © ${site}</footer></body></html>`;
}
