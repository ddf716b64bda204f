import type { ContentArticle, DemoContent } from '../types.js';
import { articlePath, listingPagePath, pageKey, sectionPath } from './site-urls.js';
import type { SiteSpec } from './site-spec.js';

export interface VariedArticle {
  id: number;
  slug: string;
  /** As the site links it. */
  path: string;
  section: VariedSection;
  title: string;
  paragraphs: string[];
  publishedMs: number;
  tags: Array<{ slug: string; name: string }>;
  author: { slug: string; name: string };
}

export interface VariedSection {
  slug: string;
  name: string;
  index: number;
  /** Newest first. */
  articles: VariedArticle[];
  /** Paths of the listing's pages, first page first. */
  pages: string[];
}

export interface FurniturePage {
  path: string;
  title: string;
}

export interface VariedDocument extends FurniturePage {
  id: number;
  number: string;
  issuedMs: number;
}

export interface VariedModel {
  spec: SiteSpec;
  /** Newest first. */
  articles: VariedArticle[];
  sections: VariedSection[];
  /** "Tin mới": every article, paginated like a section. */
  latest: VariedSection | null;
  tags: Map<string, { path: string; name: string; articles: VariedArticle[] }>;
  authors: Map<string, { path: string; name: string; articles: VariedArticle[] }>;
  statics: Array<FurniturePage & { slug: string; paragraphs: string[] }>;
  documents: VariedDocument[];
  videos: Array<FurniturePage & { article: VariedArticle }>;
  searchPath: string | null;
  feedPath: string | null;
  feedIndexPath: string | null;
  sitemapPath: string | null;
}

const SECTIONS = [
  ['thoi-su', 'Thời sự'],
  ['chinh-tri', 'Chính trị'],
  ['kinh-te', 'Kinh tế'],
  ['xa-hoi', 'Xã hội'],
  ['van-hoa-the-thao', 'Văn hóa - Thể thao'],
  ['quoc-phong-an-ninh', 'Quốc phòng - An ninh'],
  ['xay-dung-dang', 'Xây dựng Đảng'],
  ['chinh-quyen', 'Chính quyền'],
  ['nong-nghiep-nong-thon', 'Nông nghiệp - Nông thôn'],
  ['giao-duc', 'Giáo dục'],
] as const;

const AUTHORS = ['Nguyễn Văn Bình', 'Trần Thu Hà', 'Lê Minh Tuấn', 'Phạm Ngọc Lan', 'Đỗ Quang Huy'];

const STATIC_PAGES: Array<{ slug: string; title: string; paragraphs: string[] }> = [
  {
    slug: 'gioi-thieu',
    title: 'Giới thiệu',
    paragraphs: ['Trang thông tin điện tử là kênh thông tin chính thức của cơ quan.'],
  },
  {
    slug: 'lien-he',
    title: 'Liên hệ',
    paragraphs: ['Địa chỉ: số 1 đường Trần Hưng Đạo. Điện thoại: 0200.3870.456.'],
  },
  {
    slug: 'chinh-sach-bao-ve-du-lieu-ca-nhan',
    title: 'Chính sách bảo vệ dữ liệu cá nhân của trang thông tin điện tử',
    paragraphs: Array.from(
      { length: 6 },
      (_, i) =>
        `Điều ${i + 1}. Trang thông tin điện tử thu thập, lưu trữ và xử lý dữ liệu cá nhân của người dùng theo đúng quy định của pháp luật về bảo vệ dữ liệu cá nhân, chỉ sử dụng dữ liệu cho mục đích cung cấp dịch vụ, không chuyển giao cho bên thứ ba khi chưa có sự đồng ý của chủ thể dữ liệu, và bảo đảm quyền được biết, quyền đồng ý, quyền truy cập, quyền chỉnh sửa và quyền xóa dữ liệu của người dùng.`,
    ),
  },
  { slug: 'so-do-trang', title: 'Sơ đồ trang', paragraphs: [] },
];

/** Lays out a site from a spec and the demo content: deterministic for a spec. */
export function buildVariedModel(spec: SiteSpec, content: DemoContent): VariedModel {
  const sections: VariedSection[] = SECTIONS.slice(0, spec.sectionCount).map(([slug, name], i) => ({
    slug,
    name,
    index: i + 1,
    articles: [],
    pages: [],
  }));
  const articles = buildArticles(spec, content.articles, sections);
  for (const section of sections) section.articles = articles.filter((a) => a.section === section);

  // A paginated home page is the listing of every article.
  const latest: VariedSection | null =
    spec.latestListing || spec.home === 'paginated'
      ? { slug: 'tin-moi', name: 'Tin mới', index: 0, articles, pages: [] }
      : null;
  for (const section of latest ? [...sections, latest] : sections) {
    const first =
      section === latest && spec.home === 'paginated' ? '/' : sectionPath(spec.sectionUrl, section);
    const count =
      spec.listings === 'paginated' ? Math.max(1, Math.ceil(section.articles.length / spec.pageSize)) : 1;
    section.pages = Array.from({ length: count }, (_, i) =>
      listingPagePath(spec.pagination, first, i + 1, spec.pageSize),
    );
  }

  const staticExt = { 'chuyen-muc': '', top: '', htm: '.htm', 'category-slash': '/', 'query-id': '.aspx' }[
    spec.sectionUrl
  ];
  const tags = new Map<string, { path: string; name: string; articles: VariedArticle[] }>();
  const authors = new Map<string, { path: string; name: string; articles: VariedArticle[] }>();
  for (const article of articles) {
    for (const tag of spec.furniture.tags ? article.tags : []) {
      const entry = tags.get(tag.slug) ?? { path: `/tag/${tag.slug}`, name: tag.name, articles: [] };
      entry.articles.push(article);
      tags.set(tag.slug, entry);
    }
    if (spec.furniture.authors) {
      const { slug, name } = article.author;
      const entry = authors.get(slug) ?? { path: `/tac-gia/${slug}`, name, articles: [] };
      entry.articles.push(article);
      authors.set(slug, entry);
    }
  }
  return {
    spec,
    articles,
    sections,
    latest,
    tags,
    authors,
    statics: spec.furniture.staticPages
      ? STATIC_PAGES.map((page) => ({ ...page, path: `/${page.slug}${staticExt}` }))
      : [],
    documents: spec.furniture.documents ? buildDocuments(spec) : [],
    videos: spec.furniture.videos
      ? articles.slice(0, 6).map((article, i) => {
          const title = `Video: ${article.title}`;
          return { path: `/video/${slugify(title)}-${9100 + i}.html`, title, article };
        })
      : [],
    searchPath: spec.furniture.search ? `/tim-kiem?q=hoi+nghi` : null,
    feedPath: spec.feed === null ? null : feedPath(spec),
    feedIndexPath: spec.feed?.advertised === 'page' ? '/kenh-rss' : null,
    sitemapPath:
      spec.sitemap === null
        ? null
        : spec.sitemap.inRobots && spec.sitemap.kind !== 'urlset'
          ? '/sitemaps/index.xml'
          : '/sitemap.xml',
  };
}

function feedPath(spec: SiteSpec): string {
  const { format, advertised } = spec.feed!;
  if (advertised === 'path') return format === 'rss' ? '/feed' : '/atom.xml';
  if (advertised === 'page') return format === 'rss' ? '/rss/tin-moi.rss' : '/feeds/tin-moi.atom';
  return format === 'rss' ? '/rss.xml' : '/atom.xml';
}

const DAY_MS = 86_400_000;
/** The "Tin tức - Sự kiện" page of a site whose menus lead there instead of to the sections. */
export const HUB_PATH = '/tin-tuc-su-kien';

function buildArticles(
  spec: SiteSpec,
  content: ContentArticle[],
  sections: VariedSection[],
): VariedArticle[] {
  const slugs = new Set<string>();
  const articles: VariedArticle[] = [];
  for (let i = 0; i < spec.articleCount; i++) {
    const source = content[(i * 7 + spec.seed) % content.length]!;
    const round = Math.floor(i / content.length);
    let slug = source.slug.replace(/-\d+$/, '').split('-').slice(0, 14).join('-');
    while (slugs.has(slug)) slug = `${slug}-tiep`;
    slugs.add(slug);
    const section = sections[(i + spec.seed) % sections.length]!;
    const tags = source.tags.map((tag, t) =>
      spec.furniture.longTags
        ? {
            slug: `${tag.slug}-${source.tags[(t + 1) % source.tags.length]!.slug}-nam-2024`,
            name: `${tag.name} năm 2024`,
          }
        : tag,
    );
    articles.push({
      id: 20_000 + i * 13 + (spec.seed % 7),
      slug,
      path: '',
      section,
      title: source.title,
      paragraphs: source.paragraphs,
      publishedMs: Date.parse(source.publishedAt) - round * 41 * DAY_MS - (i % 5) * 3_600_000,
      tags: tags.slice(0, 3),
      author: {
        slug: slugify(AUTHORS[i % AUTHORS.length]!),
        name: AUTHORS[i % AUTHORS.length]!,
      },
    });
  }
  for (const article of articles) {
    article.path = articlePath(spec.articleUrl, {
      ...article,
      section: { slug: article.section.slug, index: article.section.index },
    });
  }
  return articles.sort((a, b) => b.publishedMs - a.publishedMs || b.id - a.id);
}

function buildDocuments(spec: SiteSpec): VariedDocument[] {
  const subjects = [
    'ban hành Kế hoạch thực hiện Nghị quyết của Tỉnh ủy về chuyển đổi số',
    'phê duyệt Đề án phát triển kinh tế tập thể giai đoạn 2021 - 2025',
    'thành lập Ban Chỉ đạo công tác phòng, chống thiên tai và tìm kiếm cứu nạn',
    'quy định chức năng, nhiệm vụ và cơ cấu tổ chức của Văn phòng',
    'triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
    'ban hành Quy chế làm việc của Ủy ban nhân dân nhiệm kỳ 2021 - 2026',
  ];
  return subjects.map((subject, i) => {
    const number = `${1200 + i * 37}/QĐ-UBND`;
    const title = `Quyết định số ${number} về việc ${subject}`;
    return {
      id: 500 + i + (spec.seed % 11),
      number,
      title,
      issuedMs: Date.parse('2024-10-01T08:00:00+07:00') + i * 9 * DAY_MS,
      path: `/van-ban/${slugify(title)}-${500 + i + (spec.seed % 11)}.html`,
    };
  });
}

/** "Hội nghị Tỉnh ủy" → "hoi-nghi-tinh-uy". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every HTML page of the site that is not an article, by the key the server serves it under. */
export function nonArticlePaths(model: VariedModel): string[] {
  const paths = [
    '/',
    ...model.sections.flatMap((s) => s.pages),
    ...(model.latest?.pages ?? []),
    ...[...model.tags.values()].map((t) => t.path),
    ...[...model.authors.values()].map((a) => a.path),
    ...model.statics.map((s) => s.path),
    ...model.documents.map((d) => d.path),
    ...(model.documents.length > 0 ? ['/van-ban'] : []),
    ...model.videos.map((v) => v.path),
    ...(model.videos.length > 0 ? ['/video'] : []),
    ...(model.searchPath ? [model.searchPath] : []),
    ...(model.feedIndexPath ? [model.feedIndexPath] : []),
    ...(model.spec.home === 'hub' ? [HUB_PATH] : []),
  ];
  return [...new Set(paths.map(pageKey))];
}
