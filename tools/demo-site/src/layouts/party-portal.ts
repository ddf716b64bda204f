// A provincial Party committee portal on an older ASP.NET-style CMS: table layout, dated by
// <meta property="article:published_time"> and a visible "Cập nhật:" line, image captions in a table.
import { esc, excerpt, vnNumber } from '../html.js';
import { SEARCH_PATH } from '../site-model.js';
import { isoVietnam, shortDateTime } from '../vietnam-time.js';
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

const SITE = 'Cổng thông tin điện tử Tỉnh ủy An Hòa';

export function renderPartyPortal({ article, model, related, sameSection }: ArticleContext): string {
  const [lead, ...rest] = article.paragraphs;
  const share = shareUrls(article);
  const comments = fakeComments(article);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(article.title)} - ${SITE}</title>
<meta name="description" content="${esc(excerpt(lead, 200))}">
<meta name="keywords" content="${esc(article.tags.map((t) => t.name).join(', '))}">
<link rel="canonical" href="${article.url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${SITE}">
<meta property="og:title" content="${esc(article.title)}">
<meta property="og:url" content="${article.url}">
<meta property="og:image" content="${model.baseUrl}${imageSrc(article)}">
<meta property="article:published_time" content="${isoVietnam(article.publishedMs)}">
<meta property="article:section" content="${esc(article.section.name)}">
<link rel="alternate" type="application/rss+xml" title="${SITE}" href="/rss.xml">
<link rel="stylesheet" href="/static/party-portal.css">
</head>
<body>
<div id="wrapper">
<div id="top-bar">
<span class="hotline">Đường dây nóng: 0200.3852.999</span>
<a href="/gioi-thieu">Giới thiệu</a> | <a href="/rss">RSS</a> | <a href="/sitemap.xml">Sơ đồ cổng</a>
<form class="search" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Nhập từ khóa..."><input type="submit" value="Tìm kiếm"></form>
</div>
<div id="banner"><a href="/"><img src="/media/banner-tinh-uy.svg" alt="${SITE}" width="1000" height="120"></a>
<div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY AN HÒA</div></div>
<ul id="main-menu"><li><a href="/">Trang chủ</a></li>${sectionMenu(model)}<li><a href="${SEARCH_PATH}">Tra cứu</a></li></ul>
<div id="marquee"><marquee>Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)</marquee></div>
<table id="layout" width="100%" cellspacing="0" cellpadding="0"><tr>
<td id="col-main" valign="top">
<div class="breadcrumb"><a href="/">Trang chủ</a> » ${sectionLink(article)}</div>
<div class="news-detail">
<h1 class="news-title">${esc(article.title)}</h1>
<div class="news-info"><span class="date">Cập nhật: ${shortDateTime(article.publishedMs)}</span> | <span class="views">Lượt xem: ${article.views}</span> | <a href="javascript:window.print()">In bài viết</a></div>
<div class="news-content">
<p><strong>${esc(lead)}</strong></p>
<table class="image-caption" align="center" border="0" cellpadding="3" cellspacing="0">
<tr><td><img src="${imageSrc(article)}" alt="${esc(article.title)}" width="560"></td></tr>
<tr><td class="caption">${esc(caption(article))}</td></tr>
</table>
${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${article.byline ? `<p style="text-align: right;"><strong>${esc(article.byline)}</strong></p>` : ''}
</div>
<div class="tags"><b>Từ khóa:</b> ${tagLinks(article, ', ')}</div>
<div class="share">Chia sẻ: <a href="${share.facebook}" target="_blank">Facebook</a> <a href="${share.zalo}" target="_blank">Zalo</a> <a href="${share.mail}">Gửi email</a></div>
<div class="comment-box">
<h3>Ý kiến bạn đọc (${comments.length})</h3>
${comments.map((c) => `<div class="comment-item"><b>${esc(c.name)}</b>: ${esc(c.text)}</div>`).join('\n')}
<form action="/binh-luan" method="post">
<input type="hidden" name="id" value="${article.id}">
<p><input type="text" name="hoten" placeholder="Họ và tên (*)"> <input type="text" name="email" placeholder="Email (*)"></p>
<p><textarea name="noidung" rows="5" cols="60" placeholder="Nội dung ý kiến..."></textarea></p>
<p><input type="submit" value="Gửi ý kiến"></p>
<p class="note">Ý kiến của bạn sẽ được Ban Biên tập xem xét trước khi đăng.</p>
</form>
</div>
<div class="related"><h3>Tin liên quan</h3><ul>
${articleLinks(related, true)}
</ul></div>
<div class="other-news"><h3>Tin cùng chuyên mục</h3><ul>
${articleLinks(sameSection, true)}
</ul></div>
</div>
</td>
<td id="col-right" valign="top" width="260">
<div class="box"><h3>Văn bản mới</h3><ul>
<li>Hướng dẫn số 12-HD/BTGDVTU về tuyên truyền kỷ niệm các ngày lễ lớn năm 2025</li>
<li>Kế hoạch số 215-KH/TU thực hiện Chỉ thị của Ban Bí thư về công tác dân vận</li>
<li>Thông báo số 98-TB/TU kết luận của Ban Thường vụ Tỉnh ủy</li>
</ul></div>
<div class="box"><h3>Liên kết website</h3>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option></select></div>
<div class="box ads"><a href="https://quangcao.example/an-hoa-du-lich" rel="nofollow sponsored" target="_blank"><img src="/media/quang-cao-260x300.svg" alt="Quảng cáo"></a></div>
</td>
</tr></table>
<div id="footer">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY AN HÒA</strong></p>
<p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy An Hòa. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.</p>
<p>Địa chỉ: Số 12, đường Trần Hưng Đạo, phường Hòa Bình, tỉnh An Hòa. Điện thoại: 0200.3852.123 - Email: bbt@tinhuyanhoa.example</p>
<p>Giấy phép số 45/GP-TTĐT ngày 10/3/2021. Ghi rõ nguồn "${SITE}" khi phát hành lại thông tin từ website này.</p>
<p class="counter">Lượt truy cập: ${vnNumber(12_345_678 + model.articles.length)}</p>
</div>
</div>
</body>
</html>
`;
}
