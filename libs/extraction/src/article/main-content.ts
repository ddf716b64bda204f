import { BOILERPLATE_LINE, SECTION_HEADING } from './boilerplate-hints.js';
import {
  AFTER_IMAGE,
  IN_CAPTION,
  IN_HEADING,
  IN_IMAGE_BOX,
  IN_LIST_ITEM,
  linearize,
  type Block,
} from './blocks.js';
import { isBylineLine, type Paragraph } from './byline.js';
import { hasDate } from './date-parse.js';
import { isTag, type Element } from './dom.js';
import { findTeaserBlocks } from './teasers.js';

/** An image caption and the index of its block, to keep captions in page order. */
export interface Caption {
  text: string;
  at: number;
}

export interface MainContent {
  /** Article paragraphs in order, boilerplate removed, edges not yet trimmed. */
  paragraphs: Paragraph[];
  captions: Caption[];
  /** The element whose blocks were chosen. */
  container: Element | null;
  /** Every block of the page, and the chosen range [start, end) in it. */
  blocks: Block[];
  start: number;
  end: number;
  /** Per block: 1 when it sits in a listing item (headline teaser). */
  teaser: Uint8Array;
  /** Listing items on the page. */
  teaserItems: number;
  /** Characters of teaser text on the page. */
  teaserLen: number;
}

const SENTENCE_END = /[.!?…:;"”»)\]。！？]$/;
const SENTENCE_PUNCT = /[.!?…,;:。、！？，；：]/g;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
/** "Ảnh: TTXVN", "Ảnh minh họa", "(Ảnh: Hoàng Hà)": photo credits under images. */
const PHOTO_CREDIT = /^\(?\s*ảnh\s*(?:[:\-–]|minh họa|minh hoạ|tư liệu|\d)|\(\s*ảnh\s*:[^)]*\)\s*$/iu;
const MAX_CAPTION_LENGTH = 300;
const EXPAND_RATIO = 0.5;

/** Length in Latin-script terms: one CJK character carries about as much as three Latin letters. */
function effectiveLength(text: string): number {
  const cjk = text.match(CJK);
  return cjk ? text.length + 2 * cjk.length : text.length;
}

function linkDensity(b: Block): number {
  return b.text.length === 0 ? 0 : b.linkLen / b.text.length;
}

/** Evidence that a block is article prose (positive) or page furniture (negative). */
function blockWeight(b: Block): number {
  const len = effectiveLength(b.text);
  const ld = linkDensity(b);
  if (b.flags & IN_CAPTION) return 0;
  if (ld >= 0.8) return -len;
  // A link leading into text is either a teaser headline or a linked lead-in: no evidence either way.
  if (b.startsWithLink && ld >= 0.15) return 0;
  if (ld > 0.5) return -len * (ld - 0.5) * 2;
  let w: number;
  if (b.flags & IN_HEADING) w = isLeadHeading(b) ? len * (1 - ld) : 0;
  else if (len >= 100) w = len * (1 - ld);
  else if (len >= 40 && (b.text.match(SENTENCE_PUNCT)?.length ?? 0) >= 1) w = len * (1 - ld) * 0.7;
  else w = 0;
  if (b.hint === -2 || b.negAncestor) return w > 0 ? -w * 0.5 : w;
  if (b.hint === -1) return w * 0.5;
  return w;
}

function isProse(b: Block): boolean {
  if (effectiveLength(b.text) < 80 || linkDensity(b) >= 0.3 || b.flags & IN_CAPTION) return false;
  return !(b.flags & IN_HEADING) || isLeadHeading(b);
}

const LEAD_CLASS =
  /sapo|lead|description|summary|intro|excerpt|standfirst|deck|tom-?tat|chapeau|abstract|teaser-text|(?:^|[-_\s])des(?=$|[-_\s])/i;
/** Ends like a sentence, before any closing quote or bracket: a headline does not. */
const SENTENCE_CLOSE = /[.!?…:;]["'”’»)\]]*$/u;

/** The block's element or its parent is classed as a lead: "sapo", "article__sapo", "des"... */
function leadClassed(b: Block): boolean {
  const parent = b.owner.parent;
  const hint = (el: Element): string => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return (
    LEAD_CLASS.test(hint(b.owner)) || (parent !== null && isTag(parent) && LEAD_CLASS.test(hint(parent)))
  );
}

/**
 * Lead-sized prose: a lead-classed block of 50+ characters ending like a sentence or 80+ with sentence
 * punctuation, else 80+ characters ending like a sentence. Few links, not a caption.
 */
function isLeadProse(b: Block): boolean {
  if (linkDensity(b) >= 0.3 || b.flags & IN_CAPTION) return false;
  const len = effectiveLength(b.text);
  if (len >= 80 && SENTENCE_CLOSE.test(b.text)) return true;
  if (!leadClassed(b)) return false;
  return len >= 80 ? b.text.match(SENTENCE_PUNCT) !== null : len >= 50 && SENTENCE_CLOSE.test(b.text);
}

/**
 * A lead (sapo) set as a heading: Vietnamese papers print it in <h2 class="sapo"> between the
 * headline and the body. Not the headline (<h1>), and prose rather than a title or a section name.
 */
function isLeadHeading(b: Block): boolean {
  return (b.flags & IN_HEADING) !== 0 && b.owner.name !== 'h1' && isLeadProse(b);
}

/** Labels of a page's date/author line: "Thứ Hai, 16/12/2024", "Cập nhật: ...", "By X | Nov 18, 2019". */
const METADATA_START =
  /^(?:thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)\b|chủ\s*nhật|cập nhật|ngày đăng|đăng lúc|đăng ngày|xuất bản|by\s|posted|published|updated|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/iu;

/**
 * A date line without a sentence: page metadata at the edges of the text. In the middle of the text
 * only labelled ones go: "Thời gian: 8 giờ ngày 20/12/2024" is what a conference notice is about.
 */
export function isDateLine(text: string, atEdge: boolean): boolean {
  if (text.length >= 160 || /[.!?…]$/.test(text) || !hasDate(text)) return false;
  return atEdge || METADATA_START.test(text);
}

function isCaption(b: Block): boolean {
  if (b.flags & IN_CAPTION) return b.text.length <= 3 * MAX_CAPTION_LENGTH;
  if (!(b.flags & (AFTER_IMAGE | IN_IMAGE_BOX)) || b.text.length > MAX_CAPTION_LENGTH) return false;
  return b.italicLen >= 0.8 * b.text.length || PHOTO_CREDIT.test(b.text);
}

/** Classes of a note under an image: "desc", "img-note", "legend". */
const NOTE_CLASS = /(?:^|[-_\s])(?:desc|note|legend)(?=$|[-_\s])/i;
const MIN_CAPTION_WORDS = 2;
/** Questions, exclamations, lead-ins, list items and links read on; a caption names what is shown. */
const NOT_CAPTION_SHAPE = /[?!:]$|^\(?\d{1,2}[.)]\s|https?:\/\//u;

/**
 * A line in the image's own box (figure, small table holding the image) or in a note-classed element
 * after it: a caption. Author lines and one-word labels are not.
 */
function isImageBoxCaption(b: Block): boolean {
  if (!(b.flags & (AFTER_IMAGE | IN_IMAGE_BOX)) || !captionSized(b)) return false;
  return (b.flags & IN_IMAGE_BOX) !== 0 || NOTE_CLASS.test(b.owner.attribs.class ?? '');
}

/** A short plain line right after an image ("Toàn cảnh hội nghị"); whether it is a caption depends on the language. */
function isLineUnderImage(b: Block): boolean {
  return (
    (b.flags & AFTER_IMAGE) !== 0 &&
    captionSized(b) &&
    effectiveLength(b.text) < 80 &&
    !NOT_CAPTION_SHAPE.test(b.text)
  );
}

function captionSized(b: Block): boolean {
  if (b.flags & (IN_HEADING | IN_LIST_ITEM) || b.text.length > MAX_CAPTION_LENGTH) return false;
  if (linkDensity(b) > 0.5 || (b.text.match(/\p{L}+/gu)?.length ?? 0) < MIN_CAPTION_WORDS) return false;
  return !isBylineLine(b.text);
}

/**
 * Vietnamese CMSs print a caption as a plain line under the image; elsewhere such a line is as often
 * the text going on. Moves the lines marked underImage to the captions, in page order.
 */
export function takeLinesUnderImages(
  paragraphs: Paragraph[],
  captions: Caption[],
): { paragraphs: Paragraph[]; captions: Caption[] } {
  const lines = paragraphs.filter((p) => p.underImage !== undefined);
  if (lines.length === 0) return { paragraphs, captions };
  const moved = lines.map((p) => ({ text: p.text, at: p.underImage ?? 0 }));
  return {
    paragraphs: paragraphs.filter((p) => p.underImage === undefined),
    captions: [...captions, ...moved].sort((a, b) => a.at - b.at),
  };
}

/**
 * Picks the element whose blocks carry the most prose evidence (the sum of block weights: prose
 * counts for, link lists and furniture against), then keeps its blocks minus boilerplate.
 * `override` (a source-definition selector match) replaces the choice of element.
 */
export function findMainContent(body: Element, override?: Element[]): MainContent {
  const { blocks, ranges } = linearize(body);
  const { teaser, itemCount } = findTeaserBlocks(blocks, ranges);
  const prefix = new Float64Array(blocks.length + 1);
  const posPrefix = new Float64Array(blocks.length + 1);
  // Furniture that would stay in the text if a container were widened over it; teaser lists, link lines
  // and furniture-classed boxes inside an article are dropped anyway and cost nothing.
  const keptNegPrefix = new Float64Array(blocks.length + 1);
  let teaserLen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    let w = blockWeight(b);
    if (teaser[i]) {
      teaserLen += b.text.length;
      if (w > 0) w = -w * 0.5;
    }
    prefix[i + 1] = prefix[i] + w;
    posPrefix[i + 1] = posPrefix[i] + Math.max(0, w);
    const droppedAnyway = teaser[i] === 1;
    keptNegPrefix[i + 1] = keptNegPrefix[i] + (droppedAnyway ? 0 : Math.max(0, -w));
  }

  let start = 0;
  let end = 0;
  let container: Element | null = null;
  const chosen = override?.map((el) => ranges.get(el)).filter((r) => r !== undefined) ?? [];
  if (chosen.length > 0) {
    start = Math.min(...chosen.map((r) => r.start));
    end = Math.max(...chosen.map((r) => r.end));
    container = override?.[0] ?? null;
  } else {
    let best = 0;
    for (const [el, r] of ranges) {
      const score = prefix[r.end] - prefix[r.start];
      if (score <= 0) continue;
      const size = r.end - r.start;
      if (score > best + 1e-9 || (Math.abs(score - best) <= 1e-9 && size < end - start)) {
        best = score;
        start = r.start;
        end = r.end;
        container = el;
      }
    }
    // Climb while the parent adds more prose than half the furniture it brings along: link lists
    // inside the article are filtered out below anyway, prose outside it would be lost.
    while (container && container.parent && container.parent !== body.parent) {
      const r = ranges.get(container.parent as Element);
      if (!r) break;
      const gain = posPrefix[r.end] - posPrefix[r.start] - (posPrefix[end] - posPrefix[start]);
      const loss =
        keptNegPrefix[r.end] - keptNegPrefix[r.start] - (keptNegPrefix[end] - keptNegPrefix[start]);
      if (gain <= 0 || gain < EXPAND_RATIO * loss) break;
      container = container.parent as Element;
      start = r.start;
      end = r.end;
    }
  }

  const paragraphs: Paragraph[] = [];
  const captions: Caption[] = [];
  const bySelector = chosen.length > 0;
  // After a "Tin liên quan" / "Related" heading: skip its box, or up to the next heading or paragraph.
  let skipTo = -1;
  let skippingSection = false;
  let sectionAt = -1;
  const leads = new Set<string>();
  for (let i = start; i < end; i++) {
    const b = blocks[i];
    if (i < skipTo) continue;
    if (isCaption(b)) {
      captions.push({ text: b.text, at: i });
      continue;
    }
    if (teaser[i] && !bySelector) continue;
    const short = b.text.length < 80;
    if (short && SECTION_HEADING.test(b.text)) {
      // The heading's own element is the box when it holds the list too: <div><strong>Xem thêm:</strong><ul>.
      const own = ranges.get(b.owner);
      const box =
        own && own.start === i && own.end > i + 1
          ? own
          : b.owner.parent
            ? ranges.get(b.owner.parent as Element)
            : undefined;
      if (box && box.start >= start && box.end <= end && box.end - box.start < end - start) skipTo = box.end;
      else {
        skippingSection = true;
        sectionAt = i;
      }
      continue;
    }
    if (skippingSection) {
      // A summary right under a headline link is still part of the list.
      const underHeadline = i - 1 > sectionAt && linkDensity(blocks[i - 1]) >= 0.8;
      const paragraph = isProse(b) && !(b.flags & IN_LIST_ITEM) && !underHeadline;
      if (paragraph || (b.flags & IN_HEADING && linkDensity(b) < 0.5)) skippingSection = false;
      else continue;
    }
    if (short && BOILERPLATE_LINE.test(b.text)) continue;
    if (isDateLine(b.text, false)) continue;
    const ld = linkDensity(b);
    if (ld >= 0.8 || (ld > 0.5 && effectiveLength(b.text) < 100)) continue;
    if (b.hint === -2 && !bySelector) continue;
    if (isImageBoxCaption(b)) {
      captions.push({ text: b.text, at: i });
      continue;
    }
    const prose = isProse(b);
    // Some pages repeat the lead as the body's first paragraph.
    if (prose && leads.has(b.text)) continue;
    const paragraph: Paragraph = { text: b.text, prose, heading: !prose && (b.flags & IN_HEADING) !== 0 };
    if (prose && b.flags & IN_HEADING) {
      paragraph.lead = true;
      leads.add(b.text);
    }
    if (isLineUnderImage(b)) paragraph.underImage = i;
    paragraphs.push(paragraph);
  }
  // Prepended unless the body already opens with them.
  const opening = paragraphs.slice(0, 3);
  const before = (bySelector ? [] : findLead(blocks, teaser, start))
    .map((i) => blocks[i].text)
    .filter((text) => !opening.some((p) => p.text.startsWith(text)))
    .map((text): Paragraph => ({ text, prose: true, heading: false }));
  if (before.length > 0) before[0].lead = true;
  paragraphs.unshift(...before);
  return { paragraphs, captions, container, blocks, start, end, teaser, teaserItems: itemCount, teaserLen };
}

const LEAD_LOOKBACK = 8;

/**
 * The lead paragraph (sapo) often sits outside the body element, between the headline and the body,
 * in a <p>, a classed <div> or a heading. Looking back from the body over date, share and caption lines
 * up to the headline, the first lead-sized prose found is it. When that is a plain paragraph (the body's
 * first, left out of the chosen element), a classed or heading lead before it is taken too.
 * Returns block indices in page order.
 */
function findLead(blocks: Block[], teaser: Uint8Array, start: number): number[] {
  const found: number[] = [];
  for (let i = start - 1; i >= Math.max(0, start - LEAD_LOOKBACK); i--) {
    const b = blocks[i];
    if (teaser[i] || b.hint === -2 || b.negAncestor || b.owner.name === 'h1') break;
    const ld = linkDensity(b);
    if (ld > 0.3 || (b.startsWithLink && ld > 0.1)) {
      if (b.text.length > 40) break;
      continue;
    }
    if (b.flags & IN_CAPTION || (b.flags & IN_HEADING && !isLeadHeading(b))) continue;
    if (!isProse(b) && !isLeadProse(b)) continue;
    const proper = (b.flags & IN_HEADING) !== 0 || leadClassed(b);
    if (found.length === 0) {
      found.push(i);
      if (proper) break;
    } else {
      if (proper) found.unshift(i);
      break;
    }
  }
  return found;
}

/**
 * Drops short lines before the first and after the last prose paragraph: dates, author names,
 * share labels. A leading line that ends like a sentence is kept. The lead opens the text, without
 * the author and date lines between it and the body.
 */
export function trimEdges(paragraphs: Paragraph[]): Paragraph[] {
  const body = paragraphs.findIndex((p) => p.prose && !p.lead);
  let first = body >= 0 ? body : paragraphs.findIndex((p) => p.prose);
  if (first < 0) return paragraphs;
  let last = paragraphs.length - 1;
  const edgeNoise = (p: Paragraph): boolean => !SENTENCE_END.test(p.text) || isDateLine(p.text, true);
  while (last > first && !paragraphs[last].prose && edgeNoise(paragraphs[last])) last--;
  while (first > 0 && !paragraphs[first - 1].heading && !edgeNoise(paragraphs[first - 1])) first--;
  const lead = paragraphs.slice(0, first).findLast((p) => p.lead);
  const kept = paragraphs.slice(first, last + 1);
  return lead ? [lead, ...kept] : kept;
}
