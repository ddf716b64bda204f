// Pages that are not articles: home, section listings, tag and search results, about, feed index,
// and the error pages. They share the newspaper's header and footer.
import { esc, excerpt } from './html.js';
import { PAPER_NAME, paperFooter, paperHead, paperHeader, paperSidebar } from './layouts/national-paper.js';
import { imageSrc } from './layouts/article-context.js';
import {
  LISTING_PAGE_SIZE,
  listingPath,
  SEARCH_LIMIT,
  SEARCH_PATH,
  sectionFeedPath,
  tagPath,
  type SiteArticle,
  type SiteModel,
  type SiteSection,
} from './site-model.js';
import { shortDateTime } from './vietnam-time.js';

interface PageParts {
  title: string;
  canonical?: string;
  head?: string;
  body: string;
  noindex?: boolean;
}

function page(model: SiteModel, { title, canonical, head = '', body, noindex }: PageParts): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${canonical ? `<link rel="canonical" href="${model.baseUrl}${canonical}">` : ''}
${noindex ? '<meta name="robots" content="noindex, follow">' : ''}
${head}
${paperHead()}
</head>
<body>
${paperHeader(model)}
<main class="container">
<div class="main-col">
${body}
</div>
${paperSidebar(model)}
</main>
${paperFooter()}
</body>
</html>
`;
}

/** One story in a list; `href` lets a listing link an article through a tracking URL. */
function story(article: SiteArticle, href = article.path): string {
  return `<article class="story">
<a class="story__thumb" href="${href}"><img src="${imageSrc(article)}" alt="${esc(article.title)}" width="240" height="160" loading="lazy"></a>
<h3 class="story__title"><a href="${href}">${esc(article.title)}</a></h3>
<div class="story__meta"><a href="${listingPath(article.section.id, 1)}">${esc(article.section.name)}</a> · <time>${shortDateTime(article.publishedMs)}</time></div>
<p class="story__sapo">${esc(excerpt(article.paragraphs[0], 220))}</p>
</article>`;
}

export function renderHome(model: SiteModel): string {
  const [permanent, temporary] = [...model.redirects.values()];
  const blocks = model.sections
    .map(
      (s) => `<section class="home-section">
<h2 class="home-section__title"><a href="${listingPath(s.id, 1)}">${esc(s.name)}</a></h2>
${s.articles
  .slice(0, 4)
  .map((a) => story(a))
  .join('\n')}
<a class="home-section__more" href="${listingPath(s.id, 1)}">Xem tất cả »</a>
</section>`,
    )
    .join('\n');
  return page(model, {
    title: `${PAPER_NAME} - Tin tức hội nghị, sự kiện chính trị`,
    canonical: '/',
    body: `<section class="top-stories"><h2>Tin mới nhất</h2>
${model.articles
  .slice(0, 8)
  .map((a) => story(a))
  .join('\n')}
</section>
<section class="highlights"><h2>Tin nổi bật</h2><ul>
<li><a href="${permanent.from}">${esc(permanent.target.title)}</a></li>
<li><a href="${temporary.from}">${esc(temporary.target.title)}</a></li>
<li><a href="${model.notFoundPath}">Hội nghị tổng kết công tác năm (bài đã gỡ)</a></li>
<li><a href="${SEARCH_PATH}">Tìm kiếm: hội nghị trực tuyến</a></li>
</ul></section>
${blocks}`,
  });
}

export function renderListing(model: SiteModel, section: SiteSection, pageNo: number): string {
  const from = (pageNo - 1) * LISTING_PAGE_SIZE;
  const items = section.articles.slice(from, from + LISTING_PAGE_SIZE);
  const href = (a: SiteArticle) =>
    a === model.trackingDuplicate ? `${a.path}${model.trackingQuery}` : a.path;
  const prev = pageNo > 1 ? listingPath(section.id, pageNo - 1) : null;
  const next = pageNo < section.listingPages ? listingPath(section.id, pageNo + 1) : null;
  const numbers = Array.from({ length: section.listingPages }, (_, i) => i + 1)
    .filter((n) => Math.abs(n - pageNo) <= 3 || n === 1 || n === section.listingPages)
    .map((n) =>
      n === pageNo ? `<span class="current">${n}</span>` : `<a href="${listingPath(section.id, n)}">${n}</a>`,
    )
    .join(' ');
  return page(model, {
    title: `${section.name}${pageNo > 1 ? ` - Trang ${pageNo}` : ''} | ${PAPER_NAME}`,
    canonical: listingPath(section.id, pageNo),
    head: `<link rel="alternate" type="application/rss+xml" title="${esc(section.name)}" href="${sectionFeedPath(section.id)}">
${prev ? `<link rel="prev" href="${prev}">` : ''}
${next ? `<link rel="next" href="${next}">` : ''}`,
    body: `<nav class="breadcrumb"><a href="/">Trang chủ</a><span class="sep">/</span><span>${esc(section.name)}</span></nav>
<h1 class="category-title">${esc(section.name)}</h1>
<div class="story-list">
${items.map((a) => story(a, href(a))).join('\n')}
</div>
<nav class="pagination">${prev ? `<a class="prev" rel="prev" href="${prev}">‹ Trang trước</a> ` : ''}${numbers}${next ? ` <a class="next" rel="next" href="${next}">Trang sau ›</a>` : ''}</nav>`,
  });
}

export function renderTag(model: SiteModel, slug: string): string | null {
  const entry = model.tags.get(slug);
  if (!entry) return null;
  return page(model, {
    title: `${entry.tag.name} - Tin tức mới nhất | ${PAPER_NAME}`,
    canonical: tagPath(slug),
    body: `<h1 class="category-title">Từ khóa: ${esc(entry.tag.name)}</h1>
<div class="story-list">
${entry.articles.map((a) => story(a)).join('\n')}
</div>`,
  });
}

export function renderSearch(model: SiteModel, query: string): string {
  const needle = query.normalize('NFC').toLocaleLowerCase('vi').trim();
  const hits = needle
    ? model.articles.filter((a) => a.title.toLocaleLowerCase('vi').includes(needle)).slice(0, SEARCH_LIMIT)
    : [];
  return page(model, {
    title: `Kết quả tìm kiếm: ${query} | ${PAPER_NAME}`,
    noindex: true,
    body: `<h1 class="category-title">Kết quả tìm kiếm</h1>
<form class="search-form search-form--large" action="/tim-kiem" method="get"><input type="search" name="q" value="${esc(query)}"><button type="submit">Tìm kiếm</button></form>
<p class="search-summary">Tìm thấy ${hits.length} kết quả cho từ khóa “${esc(query)}”</p>
<div class="story-list">
${hits.map((a) => story(a)).join('\n')}
</div>`,
  });
}

export function renderAbout(model: SiteModel): string {
  return page(model, {
    title: `Giới thiệu | ${PAPER_NAME}`,
    canonical: '/gioi-thieu',
    body: `<h1 class="category-title">Giới thiệu</h1>
<div class="static-page">
<p>${PAPER_NAME} là trang tin mô phỏng dùng để kiểm thử hệ thống thu thập tin về hội nghị. Nội dung các bài viết được trích từ các trang báo công khai; phần giao diện, tên cơ quan và địa chỉ là hư cấu.</p>
<p id="quang-cao">Liên hệ quảng cáo: Phòng Quảng cáo - Phát hành, điện thoại (024) 3825 0001.</p>
<p>Trang gồm ba kiểu giao diện: cổng thông tin điện tử Tỉnh ủy, báo điện tử quốc gia và trang thông tin điện tử cấp huyện.</p>
</div>`,
  });
}

export function renderFeedIndex(model: SiteModel): string {
  return page(model, {
    title: `RSS | ${PAPER_NAME}`,
    canonical: '/rss',
    body: `<h1 class="category-title">Kênh RSS</h1>
<ul class="rss-list">
<li><a href="/rss.xml">Tin mới nhất</a></li>
${model.sections.map((s) => `<li><a href="${sectionFeedPath(s.id)}">${esc(s.name)}</a></li>`).join('\n')}
</ul>`,
  });
}

export function renderNotFound(model: SiteModel): string {
  return page(model, {
    title: `Không tìm thấy trang | ${PAPER_NAME}`,
    noindex: true,
    body: `<div class="error-page"><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p><p><a href="/">Quay về trang chủ</a></p></div>`,
  });
}

export function renderError(status: number, message: string): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${status}</title></head>
<body><h1>${status}</h1><p>${esc(message)}</p></body></html>
`;
}
