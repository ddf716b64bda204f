export interface PageSignals {
  /** Extracted main text. */
  text: string;
  /** Paragraphs of the main text that read as prose. */
  proseParagraphs: number;
  /** Listing items (headline + summary) on the page and their characters. */
  teaserItems: number;
  teaserLen: number;
  /** Link-dominated blocks of headline length on the page. */
  headlineLinks: number;
  title: string | null;
  url: string | null;
  ogType: string | null;
  /** JSON-LD declares an Article/NewsArticle/BlogPosting. */
  articleJsonLd: boolean;
  /** JSON-LD declares a CollectionPage, ItemList, SearchResultsPage or WebSite only. */
  listingJsonLd: boolean;
  /** A publication date was found for the text (not for teasers). */
  dated: boolean;
  /** The headline is printed as a heading right above the text, as an article page prints its own. */
  headlineAtBody: boolean;
}

/** A page that is no article always says why. */
export type PageKind = { isArticle: true; reason: null } | { isArticle: false; reason: string };

/** A status code on its own, not part of a number: "1.500 điểm cầu" is a headline, not a server error. */
const ERROR_TITLE =
  /(?<![\d.,])\b(?:404|403|410|500)\b(?![.,]?\d)|not found|page not found|không tìm thấy|không tồn tại|đã bị xóa|đã bị gỡ|lỗi truy cập|trang lỗi|\berror\b|access denied|forbidden/i;
const SEARCH_URL =
  /[/_-](?:search|tim-?kiem|timkiem|ket-?qua-?tim-?kiem)(?:[/._?-]|$)|[?&](?:q|s|query|keyword|keywords|tukhoa|tu-khoa|key|searchtext|search)=/i;
const SEARCH_TITLE =
  /kết quả tìm kiếm|^tìm kiếm\s*(?:$|[:|-])|search results?\b|^search\s*(?:$|[:|-])|results for\b/i;
const LISTING_URL =
  /\/(?:tag|tags|topic|topics|category|categories|chuyen-muc|chuyenmuc|chuyen-de|chuyende|danh-muc|danhmuc|tu-khoa|tukhoa|the|archive|archives|author|page)\/|[?&](?:page|trang|p)=\d+|\/(?:trang|page)-?\d+(?:\.html?)?$/i;
const HOME_PATH = /^\/(?:(?:index|default|home|trang-?chu)(?:\.\w+)?)?$/i;

/** Article URLs end in a long slug or a numeric id: "/hoi-nghi-tinh-uy-lan-thu-22-4521.html", "?id=4521". */
const ARTICLE_URL =
  /[\p{L}\d]+(?:-[\p{L}\d]+){3,}(?:\.\w{2,5})?\/?$|\d{4,}(?:\.\w{2,5})?\/?$|[?&](?:id|newsid|itemid|articleid|p)=\d+/iu;

/** A headline of this many words is a sentence about something, not a section name. */
const MIN_HEADLINE_WORDS = 6;

/**
 * Evidence that a page is one article, for short texts next to big teaser lists: a schema.org or
 * Open Graph article type, a sentence-length headline, a publication date, an article-like URL.
 */
function articleEvidence(s: PageSignals, url: { path: string; search: string } | null): number {
  let score = 0;
  if (s.articleJsonLd) score += 2;
  if (s.ogType === 'article') score += 1;
  if ((s.title ?? '').split(/\s+/).length >= MIN_HEADLINE_WORDS) score += 1;
  if (s.dated) score += 1;
  if (url && ARTICLE_URL.test(url.path + url.search)) score += 1;
  if (s.proseParagraphs >= 2) score += 1;
  // Listing pages head their teasers with a section name; an article heads its text with its headline.
  if (s.headlineAtBody && (s.title ?? '').split(/\s+/).length >= MIN_HEADLINE_WORDS) score += 2;
  return score;
}

/** Control, replacement and private-use characters: text that was never text, or was decoded wrongly. */
// eslint-disable-next-line no-control-regex
const GARBAGE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/g;

/** Share of characters that cannot be part of readable text. */
export function garbageShare(text: string): number {
  if (text.length === 0) return 0;
  return (text.match(GARBAGE)?.length ?? 0) / text.length;
}

/** Minimum article text, in characters: shorter "main text" is a teaser or a notice. */
const MIN_ARTICLE_TEXT = 200;
const MIN_BRIEF_TEXT = 100;

function pathOf(url: string | null): { path: string; search: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return { path: u.pathname, search: u.search };
  } catch {
    return null;
  }
}

/**
 * Decides whether the page is one article or something else: error page, search results, home page,
 * listing (tag/category) page. A listing is a page whose prose lives in headline teasers rather than
 * in one body of text.
 */
export function classifyPage(s: PageSignals): PageKind {
  const textLen = s.text.length;
  const links = Math.max(s.teaserItems, s.headlineLinks);
  const where = pathOf(s.url);
  const title = s.title ?? '';

  if (garbageShare(s.text) > 0.02) {
    return { isArticle: false, reason: 'binary or garbled content' };
  }
  if (ERROR_TITLE.test(title) && textLen < 1500 && s.proseParagraphs < 4) {
    return { isArticle: false, reason: `error page: "${title.slice(0, 80)}"` };
  }
  if (
    (where && SEARCH_URL.test(where.path + where.search) && s.proseParagraphs < 4) ||
    (SEARCH_TITLE.test(title) && textLen < 1500)
  ) {
    return { isArticle: false, reason: `search results: ${links} links` };
  }
  const evidence = articleEvidence(s, where);
  // A brief item is an article too when the page says so in enough other ways.
  const minText = evidence >= 3 ? MIN_BRIEF_TEXT : MIN_ARTICLE_TEXT;
  const strongArticle =
    textLen >= minText &&
    (s.articleJsonLd || (s.ogType === 'article' && textLen >= 2 * MIN_ARTICLE_TEXT) || evidence >= 3);
  const teaserDominated =
    s.teaserItems >= 5 &&
    textLen < Math.max(2 * MIN_ARTICLE_TEXT, 0.5 * s.teaserLen) &&
    s.proseParagraphs < 3;
  if (
    where &&
    HOME_PATH.test(where.path) &&
    !where.search &&
    !strongArticle &&
    (teaserDominated || links >= 10)
  ) {
    return { isArticle: false, reason: `home page: ${links} links, little prose` };
  }
  if (!strongArticle && (teaserDominated || (s.listingJsonLd && s.proseParagraphs < 3))) {
    return { isArticle: false, reason: `listing: ${links} links, little prose` };
  }
  if (
    where &&
    LISTING_URL.test(where.path + where.search) &&
    !strongArticle &&
    s.proseParagraphs < 2 &&
    links >= 5
  ) {
    return { isArticle: false, reason: `listing: ${links} links, little prose` };
  }
  if (textLen < minText) {
    if (ERROR_TITLE.test(title)) return { isArticle: false, reason: `error page: "${title.slice(0, 80)}"` };
    if (teaserDominated) return { isArticle: false, reason: `listing: ${links} links, little prose` };
    return { isArticle: false, reason: `too little text: ${textLen} characters` };
  }
  return { isArticle: true, reason: null };
}
