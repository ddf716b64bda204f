import { classHint } from './boilerplate-hints.js';
import { BLOCK_TAGS, isTag, isText, normalizeSpace, type AnyNode, type Element } from './dom.js';

/** Where a block sits; bit flags so blocks stay small. */
export const IN_HEADING = 1;
export const IN_LIST_ITEM = 2;
export const IN_CAPTION = 4;
/** The block is the first text after an image: where Vietnamese CMSs put captions. */
export const AFTER_IMAGE = 8;
/** The block sits in a small figure or table that holds an image: the image's own box. */
export const IN_IMAGE_BOX = 16;

/** A run of text between block boundaries, the unit of scoring and of output. */
export interface Block {
  text: string;
  linkLen: number;
  /** Nearest block-level element holding the text. */
  owner: Element;
  flags: number;
  /** Nearest class/id or semantic-tag opinion on the ancestors: −2 furniture, −1 probably, +1 content. */
  hint: number;
  /** Some ancestor looks like furniture, even if a closer one looks like content. */
  negAncestor: boolean;
  /** The block opens with link text: a headline teaser rather than a paragraph. */
  startsWithLink: boolean;
  /** Characters inside <em>/<i>: a caption under an image is often just an italic line. */
  italicLen: number;
}

export interface BlockRange {
  start: number;
  end: number;
}

export interface Linearized {
  blocks: Block[];
  /** For every element, its blocks are blocks[start..end). */
  ranges: Map<Element, BlockRange>;
}

/** Caption classes: "wp-caption-text", "PhotoCMS_Caption", "image_desc", "chu-thich-anh"... */
const CAPTION_CLASS =
  /(?:^|\s)(?!(?:has|no|with|show|hide)[-_])[\w-]*(?:caption|credit)[\w-]*(?=\s|$)|(?:^|[-_\s])(?:image|img|photo|pic|picture|figure|fig|anh|hinh)[-_]?(?:desc|description|note|text|info)(?=$|[-_\s])|chu-?thich|chuthich|ghi-?chu-?anh/i;
/** An image box holds the image and a caption or credit, not an article. */
const MAX_IMAGE_BOX_BLOCKS = 4;
const MAX_IMAGE_BOX_LENGTH = 600;
const SEMANTIC_NEGATIVE = new Set(['nav', 'aside', 'footer']);
const SEMANTIC_POSITIVE = new Set(['article', 'main']);

interface Ctx {
  flags: number;
  hint: number;
  /** Element that gave the hint. */
  hintEl: Element | null;
  /** Innermost furniture-looking ancestor. */
  negEl: Element | null;
  inLink: boolean;
  inItalic: boolean;
  owner: Element;
}

/** Renders the tree into text blocks in document order, remembering which blocks each element spans. */
export function linearize(root: Element): Linearized {
  const blocks: Block[] = [];
  const ranges = new Map<Element, BlockRange>();
  let parts: string[] = [];
  let linkLen = 0;
  let italicLen = 0;
  let brRun = 0;
  let imageSeen = false;
  let imageCount = 0;
  let blockAfterImage = false;
  let cur: Ctx | null = null;
  const blockCtx: Ctx[] = [];
  const negParent = new Map<Element, Element | null>();
  // Pages repeat the same class strings hundreds of times ("menu-item", "post-content"); test each once.
  const hintCache = new Map<string, number>();
  const captionCache = new Map<string, boolean>();
  const hintOf = (el: Element): number => {
    const key = `${el.attribs.class ?? ''}#${el.attribs.id ?? ''}`;
    let h = hintCache.get(key);
    if (h === undefined) hintCache.set(key, (h = classHint(el)));
    return h;
  };
  const captionClass = (cls: string): boolean => {
    let c = captionCache.get(cls);
    if (c === undefined) captionCache.set(cls, (c = CAPTION_CLASS.test(cls)));
    return c;
  };

  const flush = (): void => {
    if (cur === null) {
      parts = [];
      linkLen = 0;
      italicLen = 0;
      return;
    }
    const raw = parts.join('');
    parts = [];
    const text = raw
      .split('\n')
      .map(normalizeSpace)
      .filter((l) => l !== '')
      .join('\n');
    if (text !== '') {
      blocks.push({
        text,
        linkLen: Math.min(linkLen, text.length),
        owner: cur.owner,
        flags: blockAfterImage ? cur.flags | AFTER_IMAGE : cur.flags,
        hint: cur.hint,
        negAncestor: cur.negEl !== null,
        startsWithLink: cur.inLink,
        italicLen: Math.min(italicLen, text.length),
      });
      blockCtx.push(cur);
    }
    linkLen = 0;
    italicLen = 0;
    cur = null;
  };

  const visit = (node: AnyNode, ctx: Ctx): void => {
    if (isText(node)) {
      const data = node.data;
      if (data.trim() === '') {
        if (parts.length > 0) parts.push(' ');
        return;
      }
      brRun = 0;
      if (cur === null) {
        cur = ctx;
        blockAfterImage = imageSeen;
        imageSeen = false;
      }
      // Source line breaks are spaces; only <br> breaks a line.
      parts.push(data.includes('\n') ? data.replace(/[\r\n]+/g, ' ') : data);
      if (ctx.inLink || ctx.inItalic) {
        const len = data.trim().length;
        if (ctx.inLink) linkLen += len;
        if (ctx.inItalic) italicLen += len;
      }
      return;
    }
    if (!isTag(node)) return;
    const name = node.name;
    if (name === 'br') {
      brRun++;
      if (brRun >= 2) flush();
      else parts.push('\n');
      return;
    }
    if (name === 'img' || name === 'picture') {
      imageSeen = true;
      imageCount++;
      return;
    }
    if (name === 'hr') {
      flush();
      return;
    }
    const isBlock = BLOCK_TAGS.has(name);
    let next = ctx;
    const hint = SEMANTIC_NEGATIVE.has(name)
      ? -2
      : SEMANTIC_POSITIVE.has(name)
        ? 1
        : name === 'body' || name === 'html'
          ? 0
          : hintOf(node);
    let flags = ctx.flags;
    if (isBlock) {
      if (name[0] === 'h' && name.length === 2 && name[1] >= '1' && name[1] <= '6') flags |= IN_HEADING;
      else if (name === 'li' || name === 'dd' || name === 'dt') flags |= IN_LIST_ITEM;
      else if (name === 'figcaption' || name === 'caption') flags |= IN_CAPTION;
    }
    const cls = node.attribs.class;
    if (cls && name !== 'body' && name !== 'html' && captionClass(cls)) flags |= IN_CAPTION;
    const italic = name === 'em' || name === 'i';
    if (isBlock || hint !== 0 || flags !== ctx.flags || name === 'a' || italic) {
      if (hint === -2) negParent.set(node, ctx.negEl);
      next = {
        flags,
        hint: hint !== 0 ? hint : ctx.hint,
        hintEl: hint !== 0 ? node : ctx.hintEl,
        negEl: hint === -2 ? node : ctx.negEl,
        inLink: ctx.inLink || name === 'a',
        inItalic: ctx.inItalic || italic,
        owner: isBlock ? node : ctx.owner,
      };
    }
    if (isBlock) {
      flush();
      brRun = 0;
    }
    const start = blocks.length;
    const imagesBefore = imageCount;
    for (const child of node.children) visit(child, next);
    if (isBlock) {
      flush();
      brRun = 0;
      ranges.set(node, { start, end: blocks.length });
      if ((name === 'figure' || name === 'table') && imageCount > imagesBefore) markImageBox(blocks, start);
    }
  };

  visit(root, {
    flags: 0,
    hint: 0,
    hintEl: null,
    negEl: null,
    inLink: false,
    inItalic: false,
    owner: root,
  });
  flush();
  discountWrapperHints(blocks, blockCtx, ranges, negParent);
  return { blocks, ranges };
}

/** Flags the blocks from `start` on as an image box when they are few and short. */
function markImageBox(blocks: Block[], start: number): void {
  if (blocks.length - start > MAX_IMAGE_BOX_BLOCKS) return;
  let length = 0;
  for (let i = start; i < blocks.length; i++) length += blocks[i].text.length;
  if (length > MAX_IMAGE_BOX_LENGTH) return;
  for (let i = start; i < blocks.length; i++) blocks[i].flags |= IN_IMAGE_BOX;
}

/**
 * A "furniture" class on a wrapper holding most of the page ("page-ad-margins", "has-sidebar") says
 * nothing about the text inside; such hints are dropped so only local furniture counts.
 */
function discountWrapperHints(
  blocks: Block[],
  blockCtx: Ctx[],
  ranges: Map<Element, BlockRange>,
  negParent: Map<Element, Element | null>,
): void {
  let total = 0;
  const prefix = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    total += blocks[i].text.length;
    prefix[i + 1] = total;
  }
  const isWrapper = new Map<Element, boolean>();
  const wrapper = (el: Element): boolean => {
    let w = isWrapper.get(el);
    if (w === undefined) {
      const r = ranges.get(el);
      // <nav>, <aside> and <footer> say what they hold however much of a short page that is.
      w =
        !SEMANTIC_NEGATIVE.has(el.name) && r !== undefined && prefix[r.end] - prefix[r.start] >= 0.4 * total;
      isWrapper.set(el, w);
    }
    return w;
  };
  for (let i = 0; i < blocks.length; i++) {
    const ctx = blockCtx[i];
    let neg = ctx.negEl;
    while (neg !== null && wrapper(neg)) neg = negParent.get(neg) ?? null;
    blocks[i].negAncestor = neg !== null;
    if (ctx.hint === -2 && ctx.hintEl !== null && wrapper(ctx.hintEl)) blocks[i].hint = 0;
  }
}
