/** A WordPress news theme: header menu, entry header with <time>, entry content, sidebar widgets, footer. */
import { escapeHtml } from '../scoring.js';
import { footerHtml, menuHtml, storyList } from './furniture.js';
import { headBasics, machineDate, paragraphsHtml, visibleDate, type PageInput } from './page-input.js';

export function wordpressNews(p: PageInput): string {
  const site = 'Báo Điện tử Miền Trung';
  const iso = machineDate(p);
  const shown = visibleDate(p, 'weekday');
  return `<!doctype html><html lang="vi-VN"><head>${headBasics(p, site)}
${iso ? `<meta property="article:published_time" content="${iso}">` : ''}
<meta property="og:type" content="article"><meta property="og:site_name" content="${site}">
</head><body class="post-template-default single single-post">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/">${site}</a></div>${menuHtml('nav', 'main-navigation')}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">${escapeHtml(p.headline)}</h1>
<div class="entry-meta"><span class="posted-on">${shown && iso ? `<time class="entry-date published" datetime="${iso}">${shown}</time>` : ''}</span> <span class="byline">Đăng bởi <a href="/author/admin">admin</a></span></div></header>
<div class="entry-content">
${paragraphsHtml(p.paragraphs)}
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/chinh-tri">Chính trị</a></span> <span class="tags-links">Thẻ: <a href="/tag/hoi-nghi">hội nghị</a></span></footer>
</article>
<nav class="navigation post-navigation"><a href="/bai-truoc">Bài trước</a> <a href="/bai-sau">Bài sau</a></nav>
<div id="comments" class="comments-area"><h3 class="comment-reply-title">Trả lời</h3><form><textarea name="comment"></textarea></form></div>
</main></div>
<aside id="secondary" class="widget-area">${storyList(p, 'Bài viết mới', 'widget widget_recent_entries', 6)}${storyList({ ...p, seed: p.seed + 6 }, 'Đọc nhiều', 'widget widget_top-posts', 5)}</aside>
</div>${footerHtml(site)}</body></html>`;
}
