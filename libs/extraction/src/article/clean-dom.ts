import { allElements, attr, removeNodes, type Document, type Element } from './dom.js';

/** Elements that never carry article prose. */
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'link',
  'meta',
  'head',
  'title',
  'dialog',
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: Element): boolean {
  if ('hidden' in el.attribs) return true;
  const style = attr(el, 'style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = attr(el, 'class');
  // Screen-reader-only and "hidden" utility classes hide duplicate labels such as "Advertisement".
  return cls !== '' && /(^|\s)(hidden|d-none|sr-only|visually-hidden|screen-reader-text)(\s|$)/.test(cls);
}

/**
 * Removes markup that can never be article text: scripts, styles, embedded media, form controls
 * and hidden elements. Runs on the whole document before any scoring.
 */
export function removeNonContent(doc: Document): void {
  removeNodes(allElements(doc).filter((el) => DROP_TAGS.has(el.name) || isHidden(el)));
}
