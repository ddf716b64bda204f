import type { Block, BlockRange } from './blocks.js';
import type { Element } from './dom.js';

/** A teaser is short: a headline link, maybe a kicker, a date and a one-paragraph summary. */
const MAX_TEASER_LENGTH = 700;
const MIN_HEADLINE_LENGTH = 15;

function isHeadlineLink(b: Block): boolean {
  return b.text.length >= MIN_HEADLINE_LENGTH && b.linkLen >= 0.8 * b.text.length;
}

/**
 * Finds listing items: sibling elements (three or more under one parent) that each hold a headline
 * link and little else. Summaries in such items read like prose but belong to other pages.
 * Returns, per block, whether it sits in a teaser item.
 */
export function findTeaserBlocks(
  blocks: Block[],
  ranges: Map<Element, BlockRange>,
): { teaser: Uint8Array; itemCount: number } {
  const teaser = new Uint8Array(blocks.length);
  const itemsByParent = new Map<unknown, BlockRange[]>();
  for (const [el, r] of ranges) {
    if (r.end - r.start > 8 || r.end === r.start || !el.parent) continue;
    let len = 0;
    let headlines = 0;
    for (let i = r.start; i < r.end; i++) {
      len += blocks[i].text.length;
      if (isHeadlineLink(blocks[i])) headlines++;
    }
    if (headlines !== 1 || len > MAX_TEASER_LENGTH) continue;
    let items = itemsByParent.get(el.parent);
    if (!items) itemsByParent.set(el.parent, (items = []));
    items.push(r);
  }
  let itemCount = 0;
  for (const items of itemsByParent.values()) {
    if (items.length < 3) continue;
    itemCount += items.length;
    for (const r of items) teaser.fill(1, r.start, r.end);
  }
  return { teaser, itemCount };
}
