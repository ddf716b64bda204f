import { foldDiacritics } from '../vietnamese/normalize.js';
import { normalizeSpace } from './dom.js';

/** Separators between a headline and the site name in <title> and og:title. */
const SEPARATOR = /\s+[|\-–—·•»«]{1,2}\s+|\s*\|\s*|\s+::\s+/;

/**
 * Publication and portal names: "Báo Nhân Dân", "Cổng TTĐT tỉnh X", "Đài PT-TH Y", "VnExpress".
 * "Báo cáo" (report), "trang trọng" (solemn), "Đài Loan" are ordinary headline words, not names.
 */
const SITE_WORDS =
  /^(?:báo(?!\s+(?:cáo|chí|động|giá|hiệu|tin|công|danh|đáp|ân|oán|thức|tang|hỷ|hại|mộng|thù|trước|về|cho))|cổng\s+(?:thông tin|tt|ttđt|ttdt|tttđt|điện tử)|trang\s+(?:thông tin|tin|tttđt|ttđt|web|điện tử|chủ)|tạp chí|đài\s+(?:phát thanh|truyền hình|tiếng nói|pt|ptth|pt-th)|truyền hình|thông tấn xã|tin tức|chuyên trang|website)(?:\s|$)|điện tử|ttđt|tttđt|\bttxvn\b|\.(?:vn|com|net|org|gov)\b|\bonline\b|\bportal\b|\bnews\b|\bmagazine\b|\btimes\b|\bpost\b|\bdaily\b|\bjournal\b|\bherald\b|\btribune\b/iu;

/** Lower case without diacritics or spaces, to compare "Báo Nghệ An" with "baonghean.vn". */
function foldName(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function looksLikeSiteName(segment: string, siteName: string | null, host: string | null): boolean {
  const folded = foldName(segment);
  if (!folded) return true;
  if (siteName) {
    const site = foldName(siteName);
    if (site && (folded === site || (site.length >= 4 && (folded.includes(site) || site.includes(folded))))) {
      return true;
    }
  }
  if (host && folded.length >= 4 && foldName(host).includes(folded)) return true;
  const words = segment.trim().split(/\s+/).length;
  if (words <= 14 && SITE_WORDS.test(segment)) return true;
  // One-word brands with inner capitals: "VnExpress", "VietnamPlus", "VietNamNet".
  if (words === 1 && /\p{Ll}\p{Lu}/u.test(segment)) return true;
  // Short all-capitals names: "VOV", "QĐND", "VTV News".
  return (
    words <= 3 && segment.length <= 16 && /^[\p{Lu}\d .&]+$/u.test(segment.replace(/\s+\p{Lu}\p{Ll}+$/u, ''))
  );
}

/**
 * Removes the site name (and a trailing section name before it) from a page title:
 * "Hội nghị X - Báo Nghệ An" → "Hội nghị X"; "Tin A | Tin tức | Cổng TTĐT tỉnh B" → "Tin A".
 */
export function stripSiteName(
  title: string,
  siteName: string | null = null,
  host: string | null = null,
): string {
  const clean = normalizeSpace(title);
  const parts: string[] = [];
  const seps: string[] = [];
  let rest = clean;
  for (let m = SEPARATOR.exec(rest); m; m = SEPARATOR.exec(rest)) {
    parts.push(rest.slice(0, m.index));
    seps.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  if (parts.length === 1) return clean;
  let first = 0;
  let last = parts.length - 1;
  let stripped = false;
  while (last > first && looksLikeSiteName(parts[last], siteName, host)) {
    last--;
    stripped = true;
  }
  // "Headline | Section | Site": a short section label left in front of a stripped site name.
  if (stripped && last > first && seps[last - 1].trim() === '|' && parts[last].split(/\s+/).length <= 3)
    last--;
  if (!stripped) {
    while (first < last && looksLikeSiteName(parts[first], siteName, host)) first++;
  }
  let out = parts[first];
  for (let i = first + 1; i <= last; i++) out += seps[i - 1] + parts[i];
  return out.trim() || clean;
}

export interface TitleSources {
  /** og:title, twitter:title, JSON-LD headline. */
  metaTitles: string[];
  titleTag: string | null;
  /** Text of h1 headings (and the first h2 when the page has no h1), in document order. */
  headings: string[];
  siteName: string | null;
  host: string | null;
}

/** Media badges printed where a headline might be: "Video", "Infographic", "E-magazine". */
const MEDIA_BADGE =
  /^(?:video(?:\s*clip)?|clip|ảnh|photos?|tin ảnh|phóng sự ảnh|podcast|audio|infographics?|e-?magazine|longform|megastory|multimedia|trực tiếp|live)$/iu;
/** Section labels are short; a headline written in capitals has more words than this. */
const MAX_LABEL_WORDS = 4;

/**
 * A section/category label or a media badge rather than a headline: "VIDEO CLIP", "TIN NỔI BẬT",
 * "THỜI SỰ", "TIN TỨC - SỰ KIỆN", "Infographic".
 */
export function isSectionLabel(text: string): boolean {
  const t = normalizeSpace(text)
    .replace(/^[[(]\s*|\s*[\])]$/g, '')
    .replace(/[:.]$/, '');
  if (MEDIA_BADGE.test(t)) return true;
  const words = t.split(' ').filter((w) => /[\p{L}\d]/u.test(w)).length;
  return words > 0 && words <= MAX_LABEL_WORDS && /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}

/**
 * The headline: a heading that also appears in <title> or og:title (without any site name), else
 * og:title or <title> minus the site name, else a heading near the article. Section labels and media
 * badges are never the headline.
 */
export function chooseTitle(src: TitleSources): string | null {
  const declared = [...src.metaTitles, src.titleTag].filter((t): t is string => !!t && t.trim() !== '');
  const declaredFolded = declared.map((t) => normalizeSpace(t).toLowerCase());
  const headings = src.headings.map(normalizeSpace).filter((h) => h.length >= 8 && !isSectionLabel(h));
  for (const heading of headings) {
    const folded = heading.toLowerCase();
    for (const d of declaredFolded) {
      if (d.includes(folded) && !looksLikeSiteName(heading, src.siteName, src.host)) return heading;
    }
  }
  for (const d of declared) {
    const title = stripSiteName(d, src.siteName, src.host);
    if (title && !isSectionLabel(title)) return title;
  }
  return headings[0] ?? null;
}
