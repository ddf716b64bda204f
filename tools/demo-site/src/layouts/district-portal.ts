// A district portal on an old Joomla-like CMS: XHTML tables, no machine-readable date at all, only
// a visible "Thứ 2, Ngày 02 / 12 / 2024" line; image caption as a separate italic paragraph.
import { esc, vnNumber } from '../html.js';
import { SEARCH_PATH } from '../site-model.js';
import { spacedDate } from '../vietnam-time.js';
import {
  articleLinks,
  caption,
  imageSrc,
  sectionLink,
  sectionMenu,
  shareUrls,
  tagLinks,
  type ArticleContext,
} from './article-context.js';

const SITE = 'Trang thông tin điện tử huyện An Lạc';

export function renderDistrictPortal({ article, model, related, sameSection, more }: ArticleContext): string {
  const [lead, ...rest] = article.paragraphs;
  const share = shareUrls(article);
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${article.charset}" />
<title>${esc(article.title)}</title>
<meta name="generator" content="Joomla! - Open Source Content Management" />
<link rel="canonical" href="${article.url}" />
<link href="/rss.xml" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link rel="stylesheet" href="/static/district-portal.css" type="text/css" />
</head>
<body>
<div id="header">
<div class="quoc-huy"><img src="/media/quoc-huy.svg" alt="Quốc huy" width="80" height="80" /></div>
<div class="ten-don-vi"><span>ĐẢNG BỘ - CHÍNH QUYỀN - NHÂN DÂN</span><br /><strong>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN AN LẠC</strong></div>
</div>
<div id="menu"><ul class="menu"><li class="item-101"><a href="/">Trang chủ</a></li>${sectionMenu(model, 'item')}<li><a href="/gioi-thieu">Giới thiệu</a></li></ul></div>
<div id="pathway"><span class="showHere">Bạn đang ở: </span><a href="/" class="pathway">Trang chủ</a> » ${sectionLink(article)}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="left" valign="top" width="200">
<div class="moduletable"><h3>Danh mục tin</h3><ul class="menu">${sectionMenu(model)}</ul></div>
<div class="moduletable"><h3>Tìm kiếm</h3><form action="/tim-kiem" method="get"><input type="text" name="q" size="18" /><input type="submit" value="Tìm" /></form><a href="${SEARCH_PATH}">Tìm kiếm nâng cao</a></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><p>Đang trực tuyến: 27</p><p>Hôm nay: 1.024</p><p>Tổng lượt truy cập: ${vnNumber(2_345_678 + model.articles.length)}</p></div>
</td>
<td id="main" valign="top">
<div class="item-page">
<h2 class="contentheading">${esc(article.title)}</h2>
<div class="article-info"><span class="create">${spacedDate(article.publishedMs)}</span> | <span class="hits">Lượt xem: ${article.views}</span></div>
<div class="article-content">
<p>${esc(lead)}</p>
<p style="text-align: center;"><img src="${imageSrc(article)}" alt="${esc(article.title)}" width="600" /></p>
<p class="img-caption" style="text-align: center;"><em>${esc(caption(article))}</em></p>
${rest.map((p) => `<p style="text-align: justify;">${esc(p)}</p>`).join('\n')}
${article.byline ? `<p align="right"><strong><em>${esc(article.byline)}</em></strong></p>` : ''}
</div>
<div class="tags">Thẻ: ${tagLinks(article, ' | ')}</div>
<div class="share"><a href="${share.facebook}">Chia sẻ Facebook</a> | <a href="javascript:print()">In trang</a> | <a href="${share.mail}">Gửi email</a></div>
<div class="related-items"><h3>Tin liên quan</h3><ul>
${articleLinks(related, false)}
</ul></div>
<div class="items-more"><h3>Các tin khác</h3><ul>
${articleLinks(sameSection, true)}
</ul></div>
<div class="comment-form"><h3>Gửi ý kiến phản hồi</h3>
<form action="/binh-luan" method="post"><input type="hidden" name="id" value="${article.id}" />
<table><tr><td>Họ tên:</td><td><input type="text" name="name" /></td></tr>
<tr><td>Email:</td><td><input type="text" name="email" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="comment" rows="4" cols="50"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi" /> <input type="reset" value="Nhập lại" /></td></tr></table>
</form></div>
</div>
</td>
<td id="right" valign="top" width="220">
<div class="moduletable"><h3>Xem thêm</h3><ul>${articleLinks(more, false)}</ul></div>
<div class="moduletable"><h3>Liên kết</h3>
<a href="https://quangcao.example/dich-vu-cong" rel="nofollow"><img src="/media/quang-cao-220x120.svg" alt="Dịch vụ công trực tuyến" /></a>
<a href="https://quangcao.example/san-pham-ocop" rel="nofollow"><img src="/media/quang-cao-220x120.svg" alt="Sản phẩm OCOP huyện An Lạc" /></a></div>
</td>
</tr></table>
<div id="footer">
<p><strong>${SITE.toUpperCase()}</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện An Lạc. Trưởng Ban biên tập: Lê Văn Thành - Phó Chủ tịch UBND huyện.</p>
<p>Địa chỉ: Khu 3, thị trấn An Lạc, huyện An Lạc, tỉnh An Hòa. Điện thoại: 0200.3870.456</p>
<p>Ghi rõ nguồn "${SITE}" khi phát hành lại thông tin từ website này.</p>
</div>
</body>
</html>
`;
}
