// A national online newspaper: semantic markup, JSON-LD NewsArticle (datePublished +07:00),
// <figure>/<figcaption>, an inline "Xem thêm" box inside the body, comments with a client template.
import { esc, excerpt, scriptJson } from '../html.js';
import { listingPath, SEARCH_PATH, type SiteModel } from '../site-model.js';
import { isoVietnam, longDateTime } from '../vietnam-time.js';
import {
  articleLinks,
  caption,
  fakeComments,
  imageSrc,
  sectionLink,
  sectionMenu,
  shareUrls,
  tagLinks,
  type ArticleContext,
} from './article-context.js';

export const PAPER_NAME = 'Báo điện tử Nhật Tân';

export function renderNationalPaper({ article, model, related, sameSection, more }: ArticleContext): string {
  const [lead, ...rest] = article.paragraphs;
  const share = shareUrls(article);
  const comments = fakeComments(article);
  const published = isoVietnam(article.publishedMs);
  const newsArticle = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    headline: article.title,
    description: excerpt(lead, 200),
    image: [`${model.baseUrl}${imageSrc(article)}`],
    datePublished: published,
    dateModified: published,
    articleSection: article.section.name,
    inLanguage: 'vi',
    author: article.byline
      ? { '@type': 'Person', name: article.byline }
      : { '@type': 'Organization', name: PAPER_NAME },
    publisher: {
      '@type': 'Organization',
      name: PAPER_NAME,
      logo: { '@type': 'ImageObject', url: `${model.baseUrl}/media/logo-nhat-tan.svg` },
    },
  };
  const breadcrumb = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${model.baseUrl}/` },
      {
        '@type': 'ListItem',
        position: 2,
        name: article.section.name,
        item: `${model.baseUrl}${listingPath(article.section.id, 1)}`,
      },
    ],
  };
  // Real papers drop a "Xem thêm" box between paragraphs; extractors must leave it out.
  const inlineAt = Math.min(2, rest.length);
  const seeAlso = `<div class="box-see-also"><strong>Xem thêm:</strong><ul>${articleLinks(more, false)}</ul></div>`;
  const body = rest.map((p, i) => `${i === inlineAt ? seeAlso : ''}<p>${esc(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(article.title)} | ${PAPER_NAME}</title>
<meta name="description" content="${esc(excerpt(lead, 200))}">
<link rel="canonical" href="${article.url}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(article.title)}">
<meta property="og:url" content="${article.url}">
<meta property="og:image" content="${model.baseUrl}${imageSrc(article)}">
<script type="application/ld+json">${scriptJson(newsArticle)}</script>
<script type="application/ld+json">${scriptJson(breadcrumb)}</script>
${paperHead()}
</head>
<body class="detail-page">
${paperHeader(model)}
<main class="container">
<nav class="breadcrumb"><a href="/">Trang chủ</a><span class="sep">/</span>${sectionLink(article)}</nav>
<div class="main-col">
<article class="article">
<h1 class="article__title">${esc(article.title)}</h1>
<div class="article__meta"><span class="article__time">${longDateTime(article.publishedMs)}</span> <span class="article__views">Lượt xem: ${article.views}</span></div>
<div class="share-bar"><a class="fb" href="${share.facebook}">Facebook</a><a class="zalo" href="${share.zalo}">Zalo</a><a class="tw" href="${share.twitter}">Twitter</a><button class="copy-link" data-url="${article.url}">Sao chép liên kết</button></div>
<h2 class="article__sapo">${esc(lead)}</h2>
<div class="article__body">
<figure class="article__image"><img src="${imageSrc(article)}" alt="${esc(article.title)}" width="680" height="453"><figcaption>${esc(caption(article))}</figcaption></figure>
${body}
${rest.length <= inlineAt ? seeAlso : ''}
${article.byline ? `<p class="article__author">${esc(article.byline)}</p>` : ''}
</div>
<div class="article__tags"><span>Từ khóa:</span> ${tagLinks(article, ' ')}</div>
<div class="share-bar share-bar--bottom"><a class="fb" href="${share.facebook}">Chia sẻ</a><a href="${share.mail}">Gửi bài</a><a href="javascript:window.print()">In bài</a></div>
</article>
<section class="comments" id="comments">
<h3>Bình luận (${comments.length})</h3>
<form class="comment-form" action="/binh-luan" method="post"><input type="hidden" name="articleId" value="${article.id}"><textarea name="content" placeholder="Chia sẻ ý kiến của bạn"></textarea><input type="text" name="name" placeholder="Họ tên"><input type="email" name="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form>
<ul class="comment-list">${comments.map((c) => `<li class="comment"><b class="comment__name">${esc(c.name)}</b><p>${esc(c.text)}</p><a class="comment__reply" href="#comments">Trả lời</a> <span class="comment__like">Thích</span></li>`).join('')}</ul>
<template id="comment-template"><li class="comment"><b class="comment__name">{{name}}</b> <span class="comment__time">{{time}}</span><p>{{content}}</p></li></template>
</section>
<section class="box-related"><h3>Tin liên quan</h3><ul>${articleLinks(related, false)}</ul></section>
<section class="box-category"><h3>Tin cùng chuyên mục</h3><ul>${articleLinks(sameSection, true)}</ul></section>
</div>
${paperSidebar(model)}
</main>
${paperFooter()}
</body>
</html>
`;
}

export function paperHead(): string {
  return `<link rel="alternate" type="application/rss+xml" title="${PAPER_NAME}" href="/rss.xml">
<link rel="stylesheet" href="/static/national-paper.css">
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ page: 'demo' });</script>`;
}

export function paperHeader(model: SiteModel): string {
  const trending = [...model.tags.values()]
    .slice(0, 4)
    .map(({ tag }) => `<a href="/tag/${tag.slug}">${esc(tag.name)}</a>`)
    .join(' ');
  return `<header class="site-header">
<div class="header-top"><a href="/rss">RSS</a> <a href="/gioi-thieu">Liên hệ tòa soạn</a> <a href="/gioi-thieu#quang-cao">Quảng cáo</a>
<form class="search-form" action="/tim-kiem" method="get"><input type="search" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div>
<a class="logo" href="/"><img src="/media/logo-nhat-tan.svg" alt="${PAPER_NAME}" width="240" height="60"></a>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li>${sectionMenu(model, 'main-nav__item')}<li><a href="${SEARCH_PATH}">Tìm kiếm</a></li></ul></nav>
<div class="trending"><strong>Sự kiện:</strong> ${trending}</div>
</header>
<div class="ad ad--top"><a href="https://quangcao.example/banner-728" rel="nofollow sponsored"><img src="/media/quang-cao-728x90.svg" alt="Quảng cáo" width="728" height="90"></a></div>`;
}

export function paperSidebar(model: SiteModel): string {
  const mostRead = [...model.articles]
    .slice(0, 40)
    .sort((a, b) => b.views - a.views)
    .slice(0, 5);
  return `<aside class="sidebar">
<div class="box-most-read"><h3>Đọc nhiều</h3><ol>${articleLinks(mostRead, false)}</ol></div>
<div class="ad ad--side"><a href="https://quangcao.example/sidebar" rel="nofollow sponsored"><img src="/media/quang-cao-300x250.svg" alt="Quảng cáo" width="300" height="250"></a></div>
</aside>`;
}

export function paperFooter(): string {
  return `<footer class="site-footer">
<p class="footer__name">${PAPER_NAME.toUpperCase()}</p>
<p>Tổng Biên tập: Nguyễn Văn Minh. Phó Tổng Biên tập: Trần Thị Lan, Hoàng Đức Anh.</p>
<p>Giấy phép hoạt động báo điện tử số 123/GP-BTTTT ngày 05/4/2022 của Bộ Thông tin và Truyền thông.</p>
<p>Tòa soạn - Địa chỉ: Số 8 phố Lý Thường Kiệt, phường Cửa Nam, Hà Nội. Điện thoại: (024) 3825 0000. Email: toasoan@nhattan.example</p>
<p><a href="/gioi-thieu">Giới thiệu</a> · <a href="/rss">RSS</a> · <a href="/sitemap.xml">Sitemap</a></p>
<p>© Bản quyền thuộc về ${PAPER_NAME}. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
</footer>`;
}
