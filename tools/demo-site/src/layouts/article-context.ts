import { esc, pick } from '../html.js';
import { listingPath, tagPath, type SiteArticle, type SiteModel } from '../site-model.js';
import { shortDate } from '../vietnam-time.js';

/** What every layout needs to render one article page. */
export interface ArticleContext {
  article: SiteArticle;
  model: SiteModel;
  /** "Tin liên quan": the next older articles of the section. */
  related: SiteArticle[];
  /** "Tin cùng chuyên mục": further articles of the section. */
  sameSection: SiteArticle[];
  /** "Xem thêm": articles spread over the whole site. */
  more: SiteArticle[];
}

export function articleContext(article: SiteArticle, model: SiteModel): ArticleContext {
  const list = model.sectionById.get(article.section.id)!.articles;
  const at = list.indexOf(article);
  const around = (from: number, count: number) =>
    Array.from(
      { length: Math.min(count, list.length - 1) },
      (_, k) => list[(at + from + k) % list.length],
    ).filter((a) => a !== article);
  const all = model.articles;
  const more = [1, 2, 3]
    .map((k) => all[(all.indexOf(article) + k * 13) % all.length])
    .filter((a) => a !== article);
  return { article, model, related: around(1, 3), sameSection: around(4, 5), more };
}

const COMMENTERS = ['Trần Minh Đức', 'Lê Thị Hoa', 'Nguyễn Văn Bình', 'Phạm Thu Trang', 'Đỗ Quang Huy'];
const COMMENTS = [
  'Thông tin rất kịp thời, cảm ơn tòa soạn.',
  'Mong các cấp triển khai thực hiện nghiêm túc, hiệu quả.',
  'Bài viết hay, phản ánh đúng tinh thần của địa phương.',
  'Đề nghị tòa soạn đăng thêm hình ảnh tại các điểm cầu.',
];

export function fakeComments(article: SiteArticle): { name: string; text: string }[] {
  return [0, 1].map((k) => ({
    name: pick(COMMENTERS, `${article.slug}:c${k}`),
    text: pick(COMMENTS, `${article.slug}:t${k}`),
  }));
}

export function imageSrc(article: SiteArticle): string {
  return `/media/anh-${article.id}.svg`;
}

export function caption(article: SiteArticle): string {
  return `Ảnh minh họa. (Ảnh: ${article.photographer})`;
}

export function sectionLink(article: SiteArticle): string {
  return `<a href="${listingPath(article.section.id, 1)}">${esc(article.section.name)}</a>`;
}

export function articleLinks(articles: SiteArticle[], withDate: boolean): string {
  return articles
    .map(
      (a) =>
        `<li><a href="${a.path}">${esc(a.title)}</a>${withDate ? ` <span class="date">(${shortDate(a.publishedMs)})</span>` : ''}</li>`,
    )
    .join('\n');
}

export function tagLinks(article: SiteArticle, separator: string): string {
  return article.tags.map((t) => `<a href="${tagPath(t.slug)}" rel="tag">${esc(t.name)}</a>`).join(separator);
}

export function shareUrls(article: SiteArticle): {
  facebook: string;
  zalo: string;
  twitter: string;
  mail: string;
} {
  const url = encodeURIComponent(article.url);
  const title = encodeURIComponent(article.title);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    zalo: `https://zalo.me/share?url=${url}`,
    twitter: `https://twitter.com/intent/tweet?url=${url}&amp;text=${title}`,
    mail: `mailto:?subject=${title}&amp;body=${url}`,
  };
}

export function sectionMenu(model: SiteModel, itemClass = ''): string {
  return model.sections
    .map(
      (s) =>
        `<li${itemClass ? ` class="${itemClass}"` : ''}><a href="${listingPath(s.id, 1)}">${esc(s.name)}</a></li>`,
    )
    .join('');
}
