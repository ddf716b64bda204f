// The HTML pages of a generated site: one page frame per markup style (modern or tables), articles,
// listings with their pager, the home page and the furniture pages.
import { esc, excerpt, scriptJson } from '../html.js';
import { isoVietnam, longDateTime, shortDate } from '../vietnam-time.js';
import { HUB_PATH, type VariedArticle, type VariedModel, type VariedSection } from './site-model.js';

interface Frame {
  title: string;
  body: string;
  head?: string;
}

export function framePage(model: VariedModel, { title, body, head = '' }: Frame): string {
  const { spec } = model;
  const charset = spec.charset;
  const feed =
    spec.feed?.advertised === 'head' && model.feedPath
      ? `<link rel="alternate" type="application/${spec.feed.format === 'rss' ? 'rss' : 'atom'}+xml" title="${esc(spec.name)}" href="${model.feedPath}">`
      : '';
  const nav = navLinks(model);
  const aside = mostRead(model);
  const footer = footerLinks(model);
  if (spec.layout === 'tables') {
    return `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${esc(title)}</title>${feed}${head}</head>
<body bgcolor="#ffffff"><table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3" class="banner"><a href="/"><img src="/images/banner.jpg" alt="${esc(spec.name)}"></a></td></tr>
<tr><td colspan="3" class="menu">${nav.map((l) => `<a href="${l.href}">${esc(l.text)}</a>`).join(' | ')}</td></tr>
<tr><td width="190" valign="top" class="left"><table width="100%">${nav
      .map((l) => `<tr><td class="leftmenu"><a href="${l.href}">${esc(l.text)}</a></td></tr>`)
      .join('')}</table></td>
<td valign="top" class="content">${body}</td>
<td width="220" valign="top" class="right">${aside}</td></tr>
<tr><td colspan="3" class="footer">${footer}<br><font size="1">Cơ quan chủ quản: Ủy ban nhân dân tỉnh An Hòa</font></td></tr>
</table></body></html>
`;
  }
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="${charset}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>${feed}${head}</head>
<body><header class="site-header"><a class="logo" href="/">${esc(spec.name)}</a>
${model.searchPath ? `<form class="search" action="/tim-kiem"><input name="q"><button>Tìm</button></form>` : ''}
<nav class="main-nav"><ul>${nav.map((l) => `<li><a href="${l.href}">${esc(l.text)}</a></li>`).join('')}</ul></nav></header>
<div class="wrap"><main>${body}</main><aside>${aside}</aside></div>
<footer class="site-footer">${footer}<p>© ${esc(spec.name)}. Ghi rõ nguồn khi phát hành lại thông tin.</p></footer>
</body></html>
`;
}

function navLinks(model: VariedModel): Array<{ href: string; text: string }> {
  if (model.spec.home === 'hub') {
    return [
      { href: '/', text: 'Trang chủ' },
      { href: HUB_PATH, text: 'Tin tức - Sự kiện' },
      ...(model.videos.length > 0 ? [{ href: '/video', text: 'Video' }] : []),
      ...(model.documents.length > 0 ? [{ href: '/van-ban', text: 'Văn bản' }] : []),
    ];
  }
  return [
    { href: '/', text: 'Trang chủ' },
    ...(model.latest ? [{ href: model.latest.pages[0]!, text: model.latest.name }] : []),
    ...model.sections.map((s) => ({ href: s.pages[0]!, text: s.name })),
    ...(model.videos.length > 0 ? [{ href: '/video', text: 'Video' }] : []),
    ...(model.documents.length > 0 ? [{ href: '/van-ban', text: 'Văn bản' }] : []),
  ];
}

function footerLinks(model: VariedModel): string {
  const links = [
    ...model.statics.map((s) => `<a href="${s.path}">${esc(s.title)}</a>`),
    ...(model.feedIndexPath ? [`<a href="${model.feedIndexPath}">RSS</a>`] : []),
    ...(model.searchPath ? [`<a href="${model.searchPath}">Tìm kiếm</a>`] : []),
  ];
  return `<div class="footer-links">${links.join(' · ')}</div>`;
}

function mostRead(model: VariedModel): string {
  if (!model.spec.furniture.mostRead) return '';
  const picks = [3, 8, 13, 21, 34].map((i) => model.articles[i % model.articles.length]!);
  return `<div class="box most-read"><h3>Đọc nhiều</h3><ul>${picks
    .map((a) => `<li><a href="${a.path}">${esc(a.title)}</a></li>`)
    .join('')}</ul></div>`;
}

function item(model: VariedModel, a: VariedArticle): string {
  const date = shortDate(a.publishedMs);
  switch (model.spec.listingItem) {
    case 'headline':
      return `<div class="item"><a class="thumb" href="${a.path}"><img src="/images/${a.id}.jpg" alt=""></a><h3><a href="${a.path}">${esc(a.title)}</a></h3><span class="date">${date}</span><p>${esc(excerpt(a.paragraphs[0]!, 180))}</p></div>`;
    case 'table-row':
      return `<tr><td width="110"><a href="${a.path}"><img src="/images/${a.id}.jpg" width="100" border="0"></a></td><td valign="top"><a class="title" href="${a.path}"><b>${esc(a.title)}</b></a><br><font color="#888">(${date})</font></td></tr>`;
    case 'detail-link':
      return `<div class="news"><b>${esc(a.title)}</b> <i>${date}</i><p>${esc(excerpt(a.paragraphs[0]!, 180))}</p><a href="${a.path}">Xem chi tiết »</a></div>`;
  }
}

function itemList(model: VariedModel, articles: VariedArticle[]): string {
  const items = articles.map((a) => item(model, a)).join('\n');
  return model.spec.listingItem === 'table-row'
    ? `<table class="list" width="100%">${items}</table>`
    : `<div class="list">${items}</div>`;
}

function pager(model: VariedModel, section: VariedSection, page: number): string {
  const pages = section.pages;
  if (pages.length <= 1) return '';
  const at = (n: number) => pages[n - 1]!;
  const next = page < pages.length ? at(page + 1) : null;
  const prev = page > 1 ? at(page - 1) : null;
  switch (model.spec.pager) {
    case 'numbers':
      return `<div class="paging">${pages
        .map((p, i) => (i + 1 === page ? `<b>${i + 1}</b>` : `<a href="${p}">${i + 1}</a>`))
        .join(' ')}</div>`;
    case 'window': {
      const numbers = pages
        .map((p, i) => i + 1)
        .filter((n) => Math.abs(n - page) <= 2)
        .map((n) => (n === page ? `<span class="active">${n}</span>` : `<a href="${at(n)}">${n}</a>`))
        .join(' ');
      return `<ul class="pagination">${prev ? `<li><a href="${at(1)}">« Đầu</a></li><li><a href="${prev}">‹ Trước</a></li>` : ''}<li>${numbers}</li>${next ? `<li><a href="${next}">Sau ›</a></li><li><a href="${at(pages.length)}">Cuối »</a></li>` : ''}</ul>`;
    }
    case 'next':
      return `<div class="nav-page">${prev ? `<a href="${prev}">« Trang trước</a> ` : ''}${next ? `<a href="${next}">Trang sau »</a>` : ''}</div>`;
    case 'rel-next':
      return next ? `<div class="more"><a class="btn-more" href="${next}">Xem thêm</a></div>` : '';
  }
}

export function renderListing(model: VariedModel, section: VariedSection, page: number): string {
  const size = model.spec.pageSize;
  const items = section.articles.slice((page - 1) * size, page * size);
  const next = page < section.pages.length ? section.pages[page] : null;
  return framePage(model, {
    title: `${section.name}${page > 1 ? ` - Trang ${page}` : ''} | ${model.spec.name}`,
    head: model.spec.pager === 'rel-next' && next ? `<link rel="next" href="${next}">` : '',
    body: `<div class="breadcrumb"><a href="/">Trang chủ</a> › ${esc(section.name)}</div>
<h1 class="cat-title">${esc(section.name)}</h1>
${itemList(model, items)}
${pager(model, section, page)}`,
  });
}

function dateMarkup(model: VariedModel, a: VariedArticle): { head: string; body: string } {
  const iso = isoVietnam(a.publishedMs);
  switch (model.spec.dating) {
    case 'meta':
      return { head: `<meta property="article:published_time" content="${iso}">`, body: '' };
    case 'json-ld':
      return {
        head: `<script type="application/ld+json">${scriptJson({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: a.title,
          datePublished: iso,
          articleSection: a.section.name,
        })}</script>`,
        body: '',
      };
    case 'visible':
      return { head: '', body: `<div class="post-date">${longDateTime(a.publishedMs)}</div>` };
    case 'some-undated':
      // Every third article carries no date at all, as on portals whose editors leave it out.
      return a.id % 3 === 0
        ? { head: '', body: '' }
        : { head: '', body: `<div class="post-date">${longDateTime(a.publishedMs)}</div>` };
  }
}

export function renderArticle(model: VariedModel, a: VariedArticle): string {
  const { furniture } = model.spec;
  const date = dateMarkup(model, a);
  const list = a.section.articles;
  const at = list.indexOf(a);
  const related = [1, 2, 3].map((k) => list[(at + k) % list.length]!).filter((r) => r !== a);
  const [lead, ...rest] = a.paragraphs;
  return framePage(model, {
    title: `${a.title} | ${model.spec.name}`,
    head: date.head,
    body: `<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="${a.section.pages[0]}">${esc(a.section.name)}</a></div>
<div class="article"><h1 class="title">${esc(a.title)}</h1>
${date.body}
<div class="article-body"><p class="lead"><strong>${esc(lead!)}</strong></p>
${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
${furniture.authors ? `<p class="author"><a href="/tac-gia/${a.author.slug}">${esc(a.author.name)}</a></p>` : ''}
${furniture.tags ? `<div class="tags">Từ khóa: ${a.tags.map((t) => `<a href="/tag/${t.slug}">${esc(t.name)}</a>`).join(', ')}</div>` : ''}
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(a.path)}" rel="nofollow">Facebook</a> <a href="javascript:window.print()">In bài</a></div>
</div>
<div class="related"><h3>Tin liên quan</h3><ul>${related
      .map((r) => `<li><a href="${r.path}">${esc(r.title)}</a></li>`)
      .join('')}</ul></div>`,
  });
}

export function renderHome(model: VariedModel): string {
  const { spec } = model;
  if (spec.home === 'newest') {
    const blocks = model.sections
      .map(
        (s) =>
          `<section class="home-block"><h2><a href="${s.pages[0]}">${esc(s.name)}</a></h2>${itemList(model, s.articles.slice(0, 3))}</section>`,
      )
      .join('\n');
    return framePage(model, {
      title: spec.name,
      body: `<section class="top"><h2>Tin mới nhất</h2>${itemList(model, model.articles.slice(0, 10))}</section>\n${blocks}`,
    });
  }
  if (spec.home === 'hub') {
    return framePage(model, {
      title: spec.name,
      body: `<div class="portal-home"><h2>Chào mừng đến với ${esc(spec.name)}</h2>
<p><a href="${HUB_PATH}">Tin tức - Sự kiện</a></p>
<div class="featured"><h2>Tin nổi bật</h2><ul>${model.articles
        .slice(0, 2)
        .map((a) => `<li><a href="${a.path}">${esc(a.title)}</a></li>`)
        .join('')}</ul></div></div>`,
    });
  }
  const services = [
    ['https://dichvucong.gov.vn/', 'Cổng dịch vụ công quốc gia'],
    ['https://vanban.chinhphu.vn/', 'Hệ thống văn bản'],
    ['https://baochinhphu.vn/', 'Báo Điện tử Chính phủ'],
    ['https://egov.example.vn/thu-tuc', 'Thủ tục hành chính'],
  ];
  const featured = model.articles.slice(0, 2);
  return framePage(model, {
    title: spec.name,
    body: `<div class="portal-home">
<div class="services"><h2>Dịch vụ công trực tuyến</h2><ul>${services
      .map(([href, text]) => `<li><a href="${href}">${esc(text!)}</a></li>`)
      .join('')}</ul></div>
<div class="sections"><h2>Chuyên mục</h2><ul>${model.sections
      .map((s) => `<li><a href="${s.pages[0]}">${esc(s.name)}</a></li>`)
      .join('')}</ul></div>
${model.documents.length > 0 ? `<div class="docs"><h2>Văn bản mới</h2><ul>${model.documents.map((d) => `<li><a href="${d.path}">${esc(d.title)}</a></li>`).join('')}</ul></div>` : ''}
${model.videos.length > 0 ? `<div class="videos"><h2>Video</h2><ul>${model.videos.map((v) => `<li><a href="${v.path}">${esc(v.title)}</a></li>`).join('')}</ul></div>` : ''}
${model.tags.size > 0 ? `<div class="tag-cloud">${[...model.tags.values()].map((t) => `<a href="${t.path}">${esc(t.name)}</a>`).join(' ')}</div>` : ''}
<div class="featured"><h2>Tin nổi bật</h2><ul>${featured.map((a) => `<li><a href="${a.path}">${esc(a.title)}</a></li>`).join('')}</ul></div>
${model.statics.map((s) => `<a class="banner-link" href="${s.path}">${esc(s.title)}</a>`).join(' ')}
</div>`,
  });
}

export function renderHub(model: VariedModel): string {
  return framePage(model, {
    title: `Tin tức - Sự kiện | ${model.spec.name}`,
    body: `<h1>Tin tức - Sự kiện</h1><ul class="sections">${[
      ...(model.latest ? [model.latest] : []),
      ...model.sections,
    ]
      .map((s) => `<li><a href="${s.pages[0]}">${esc(s.name)}</a></li>`)
      .join('')}</ul>`,
  });
}

export function renderArticleList(model: VariedModel, title: string, articles: VariedArticle[]): string {
  return framePage(model, {
    title: `${title} | ${model.spec.name}`,
    body: `<h1 class="cat-title">${esc(title)}</h1>${itemList(model, articles.slice(0, 20))}`,
  });
}

export function renderStatic(model: VariedModel, page: VariedModel['statics'][number]): string {
  const body =
    page.slug === 'so-do-trang'
      ? `<ul>${model.sections.map((s) => `<li><a href="${s.pages[0]}">${esc(s.name)}</a></li>`).join('')}</ul>`
      : page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
  return framePage(model, {
    title: `${page.title} | ${model.spec.name}`,
    body: `<h1>${esc(page.title)}</h1><div class="static">${body}</div>`,
  });
}

export function renderDocument(model: VariedModel, doc: VariedModel['documents'][number]): string {
  return framePage(model, {
    title: `${doc.title} | ${model.spec.name}`,
    body: `<h1>${esc(doc.title)}</h1><table class="doc" border="1">
<tr><td>Số ký hiệu</td><td>${esc(doc.number)}</td></tr>
<tr><td>Ngày ban hành</td><td>${shortDate(doc.issuedMs)}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Ủy ban nhân dân tỉnh</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/files/vb-${doc.id}.pdf">Tải về</a></td></tr></table>`,
  });
}

export function renderDocumentList(model: VariedModel): string {
  return framePage(model, {
    title: `Văn bản | ${model.spec.name}`,
    body: `<h1>Văn bản chỉ đạo, điều hành</h1><table class="docs">${model.documents
      .map(
        (d) =>
          `<tr><td>${esc(d.number)}</td><td><a href="${d.path}">${esc(d.title)}</a></td><td>${shortDate(d.issuedMs)}</td></tr>`,
      )
      .join('')}</table>`,
  });
}

export function renderVideo(model: VariedModel, video: VariedModel['videos'][number]): string {
  return framePage(model, {
    title: `${video.title} | ${model.spec.name}`,
    body: `<h1>${esc(video.title)}</h1><div class="post-date">${longDateTime(video.article.publishedMs)}</div>
<video controls src="/media/video-${video.article.id}.mp4" width="640"></video><p>Video: Trung tâm Truyền thông.</p>`,
  });
}

export function renderVideoList(model: VariedModel): string {
  return framePage(model, {
    title: `Video | ${model.spec.name}`,
    body: `<h1>Video</h1><ul class="videos">${model.videos
      .map(
        (v) =>
          `<li><a href="${v.path}"><img src="/images/v${v.article.id}.jpg" alt=""></a> <a href="${v.path}">${esc(v.title)}</a></li>`,
      )
      .join('')}</ul>`,
  });
}

export function renderFeedIndex(model: VariedModel): string {
  return framePage(model, {
    title: `Kênh RSS | ${model.spec.name}`,
    body: `<h1>Kênh RSS</h1><ul><li><a href="${model.feedPath}">Tin mới nhất</a></li></ul>`,
  });
}
