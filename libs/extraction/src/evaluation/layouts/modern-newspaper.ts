/**
 * A modern national newspaper: JSON-LD NewsArticle, headline, a sapo set as a heading, the body with a
 * related-stories box after its second paragraph, tags, most-read list.
 */
import { escapeHtml } from '../scoring.js';
import { footerHtml, menuHtml, storyList } from './furniture.js';
import { headBasics, machineDate, paragraphsHtml, visibleDate, type PageInput } from './page-input.js';

/** A first paragraph this long reads as a lead, which these papers print apart as the sapo. */
const MIN_SAPO_LENGTH = 80;

export function modernNewspaper(p: PageInput): string {
  const site = 'Báo Nhân Dân Điện Tử';
  const iso = machineDate(p);
  const shown = visibleDate(p, 'weekday');
  const [first, ...rest] = p.paragraphs;
  const sapo = first && first.length >= MIN_SAPO_LENGTH ? first : null;
  const body = sapo ? rest : p.paragraphs;
  const split = Math.min(2, body.length);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: p.headline,
    ...(iso ? { datePublished: iso } : {}),
    publisher: { '@type': 'Organization', name: site },
    ...(p.url ? { mainEntityOfPage: p.url } : {}),
  };
  return `<!DOCTYPE html><html lang="vi"><head>${headBasics(p, site)}
<meta property="og:type" content="article"><meta property="og:site_name" content="${site}">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script></head>
<body><div class="header">${menuHtml('div', 'menu-top')}</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chinhtri">Chính trị</a></div>
<div class="main-content"><div class="detail">
<h1 class="article__title">${escapeHtml(p.headline)}</h1>
<div class="article__meta">${shown ? `<span class="article__time">${shown}</span>` : ''}<span class="article__share">Chia sẻ</span></div>
${sapo ? `<h2 class="article__sapo">${escapeHtml(sapo)}</h2>` : ''}
<div class="article__body">
${paragraphsHtml(body.slice(0, split))}
${storyList(p, 'Tin liên quan', 'box-related', 3)}
${paragraphsHtml(body.slice(split))}
</div>
<div class="article__tags">Từ khóa: <a href="/tag/hoi-nghi">hội nghị</a> <a href="/tag/nghi-quyet">nghị quyết</a></div>
</div><div class="sidebar">${storyList({ ...p, seed: p.seed + 4 }, 'Đọc nhiều', 'box-most-read', 5)}</div></div>
${footerHtml(site)}</body></html>`;
}
