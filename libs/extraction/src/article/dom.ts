import { parseDocument } from 'htmlparser2';
import { Element, Text, isTag, isText, type AnyNode, type ChildNode, type Document } from 'domhandler';
import { limitNesting } from './limit-nesting.js';

export type { AnyNode, ChildNode, Document };
export { Element, isTag, isText };

/** Deeper elements are flattened: real pages stay far below this, and recursion stays safe. */
const MAX_DEPTH = 200;

/** Tags that start a new text block when rendered. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export function parseHtml(html: string): Document {
  const doc = parseDocument(limitNesting(html, BLOCK_TAGS), {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  flattenDeepNesting(doc);
  return doc;
}

/**
 * Malformed markup (thousands of unclosed <font> or <div>) nests without bound. Below MAX_DEPTH the
 * subtree is replaced by its text, one text node per block, so later recursive walks stay shallow.
 */
function flattenDeepNesting(doc: Document): void {
  const stack: Array<[AnyNode, number]> = [[doc, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!('children' in node)) continue;
    if (depth >= MAX_DEPTH && isTag(node)) {
      replaceChildren(node, flatTextNodes(node));
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
}

function flatTextNodes(root: Element): ChildNode[] {
  const parts: string[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node)) {
      if (BLOCK_TAGS.has(node.name) || node.name === 'br') parts.push('\n\n');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  const blocks = parts.join('').split(/\n\n+/);
  const out: ChildNode[] = [];
  for (const block of blocks) {
    if (!block.trim()) continue;
    const p = new Element('p', {});
    replaceChildren(p, [new Text(block)]);
    out.push(p);
  }
  return out;
}

function replaceChildren(parent: Element, children: ChildNode[]): void {
  for (let i = 0; i < children.length; i++) {
    children[i].parent = parent;
    children[i].prev = children[i - 1] ?? null;
    children[i].next = children[i + 1] ?? null;
  }
  parent.children = children;
}

/** Removes many nodes with one pass over each parent's children: a search per node is quadratic. */
export function removeNodes(nodes: ChildNode[]): void {
  const gone = new Set(nodes);
  const parents = new Set<Element | Document>();
  for (const node of nodes) if (node.parent) parents.add(node.parent as Element | Document);
  for (const parent of parents) {
    const kept = parent.children.filter((child) => !gone.has(child));
    for (let i = 0; i < kept.length; i++) {
      kept[i].prev = kept[i - 1] ?? null;
      kept[i].next = kept[i + 1] ?? null;
    }
    parent.children = kept;
  }
  for (const node of nodes) node.parent = node.prev = node.next = null;
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** Text of a subtree without recursion; whitespace is kept as in the source. */
export function textOf(root: AnyNode): string {
  if (isText(root)) return root.data;
  if (!('children' in root)) return '';
  const parts: string[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node)) {
      if (node.name === 'br') parts.push('\n');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return parts.join('');
}

export function normalizeSpace(s: string): string {
  // Zero-width joiner stands alone: inside a character class it would join its neighbours.
  return s.replace(/(?:[\s\u00a0\u200b\u200c\ufeff]|\u200d)+/g, ' ').trim();
}

/** All elements in document order. */
export function allElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  if (!('children' in root)) return out;
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

export function findFirst(root: AnyNode, test: (el: Element) => boolean): Element | null {
  if (!('children' in root)) return null;
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (test(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return null;
}
