/** A paragraph of the extracted text, as byline and edge trimming see it. */
export interface Paragraph {
  text: string;
  /** Long, punctuated, few links: certainly article prose. */
  prose: boolean;
  heading: boolean;
  /** The article's lead (sapo): it opens the text even when date or author lines follow it. */
  lead?: boolean;
  /** Block index of a short plain line right under an image: Vietnamese CMSs print captions so. */
  underImage?: number;
}

/** Labels that open an author or source line: "Tin, ảnh:", "Bài và ảnh:", "Tác giả:", "Theo". */
const LABEL =
  /^(?:(?:tin|bài|ảnh|video|clip)(?:\s*(?:,|và|&|\+|-)\s*(?:tin|bài|ảnh|video|clip))*|tác giả|người viết|nhóm (?:pv|phóng viên)|thực hiện|theo|nguồn|by|author)\s*[:.]?\s+/iu;
/** One name word: "Hoàng", "Đàm", "Thanh", or an abbreviation: "PV", "CTV", "TTXVN", "P.V". */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’.]*|[\p{Lu}\d.]{2,10})$/u;
const SEPARATORS = /\s*(?:[-–—,/&;]|\svà\s)\s*/u;
/** "(TTXVN)", "(Báo Nhân Dân)", "(tổng hợp)", "(theo VOV)". */
const TRAILING_NOTE = /\s*\([^()]{1,40}\)\s*$/u;
const MAX_BYLINE_LENGTH = 80;

/**
 * True for a Vietnamese author/source line: "Hoàng Tùng – Đàm Thanh", "Thương - Thanh", "PV",
 * "Minh Anh (TTXVN)", "Tin, ảnh: Ngọc Hà", "Theo TTXVN". Names are capitalised words, at most five a name.
 */
export function isBylineLine(line: string): boolean {
  // "(Theo TTXVN)": a whole source line in brackets.
  const text = line.trim().replace(/^\((.+)\)$/u, '$1');
  if (text.length === 0 || text.length > MAX_BYLINE_LENGTH) return false;
  const hasLabel = LABEL.test(text);
  let names = text.replace(LABEL, '');
  const hadNote = TRAILING_NOTE.test(names);
  names = names.replace(TRAILING_NOTE, '').replace(/[.:]$/, '').trim();
  if (names === '') return hadNote && hasLabel;
  if (/[!?…"“”:;]/.test(names)) return false;
  const people = names.split(SEPARATORS).filter((p) => p !== '');
  if (people.length === 0 || people.length > 4) return false;
  let words = 0;
  for (const person of people) {
    const ws = person.split(/\s+/);
    if (ws.length > 5) return false;
    if (!ws.every((w) => NAME_WORD.test(w))) return hasLabel && ws.length <= 6 && /^\p{Lu}/u.test(ws[0]);
    words += ws.length;
  }
  // A lone capitalised word ("Hết", "Xong") is not a name unless it is an abbreviation or labelled.
  if (words === 1 && !hasLabel && !hadNote && !/^[\p{Lu}.]{2,10}$/u.test(names)) return false;
  return words <= 12;
}

/**
 * Takes the trailing author line out of the article: the first short line after the last prose
 * paragraph, or the last line of that paragraph when the author follows a line break.
 */
export function takeByline(paragraphs: Paragraph[]): { paragraphs: Paragraph[]; byline: string | null } {
  let last = -1;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (paragraphs[i].prose) {
      last = i;
      break;
    }
  }
  if (last < 0) return { paragraphs, byline: null };
  for (let i = last + 1; i < Math.min(paragraphs.length, last + 3); i++) {
    const p = paragraphs[i];
    if (!p.heading && isBylineLine(p.text)) {
      return { paragraphs: [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)], byline: p.text.trim() };
    }
  }
  const lines = paragraphs[last].text.split('\n');
  if (lines.length > 1 && isBylineLine(lines[lines.length - 1])) {
    const kept = { ...paragraphs[last], text: lines.slice(0, -1).join('\n') };
    return {
      paragraphs: [...paragraphs.slice(0, last), kept, ...paragraphs.slice(last + 1)],
      byline: lines[lines.length - 1].trim(),
    };
  }
  return { paragraphs, byline: null };
}
