import { Tokenizer } from 'htmlparser2';

/**
 * htmlparser2 keeps its open elements in an array it shifts and unshifts, so every tag costs time in
 * proportion to the nesting depth: 100,000 nested <div> take seconds, a few megabytes of them minutes.
 * Pages that nest deeper than this lose the tags beyond it (their text stays, blocks become line
 * breaks); the DOM is flattened below MAX_DEPTH (dom.ts) the same way anyway.
 */
const MAX_NESTING = 256;
/** A page with fewer tags cannot nest deep enough to cost anything noticeable: it is left alone. */
const MIN_TAGS_TO_CHECK = 20_000;

/** htmlparser2's void elements and implied end tags, so the depth counted here is the one it builds. */
const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIED_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h): [string, Set<string>] => [h, HEADINGS]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, Set<string>] => [
    t,
    FORM,
  ]),
  ...'address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol p pre section table ul'
    .split(' ')
    .map((t): [string, Set<string>] => [t, P]),
]);

function hasManyTags(html: string): boolean {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    if (++count >= MIN_TAGS_TO_CHECK) return true;
  }
  return false;
}

/**
 * The page with every start tag that would open deeper than `maxDepth` removed, and the end tags that
 * close them; those of `blocks` become <br> so paragraphs stay apart. Linear: a tokenizer pass that
 * follows the parser's stack of open elements.
 */
export function limitNesting(html: string, blocks: ReadonlySet<string>, maxDepth = MAX_NESTING): string {
  if (!hasManyTags(html)) return html;
  const stack: string[] = [];
  const onStack = new Map<string, number>();
  const dropped = new Map<string, number>();
  const cuts: Array<[number, number, string]> = [];
  let tag = '';
  let tagStart = 0;

  const pop = () => {
    const name = stack.pop()!;
    onStack.set(name, onStack.get(name)! - 1);
    return name;
  };
  const openTag = (end: number) => {
    if (stack.length >= maxDepth && !VOID.has(tag)) {
      dropped.set(tag, (dropped.get(tag) ?? 0) + 1);
      cuts.push([tagStart, end + 1, blocks.has(tag) ? '<br>' : '']);
      return;
    }
    const closes = IMPLIED_CLOSE.get(tag);
    while (closes && stack.length > 0 && closes.has(stack[stack.length - 1])) pop();
    if (VOID.has(tag)) return;
    stack.push(tag);
    onStack.set(tag, (onStack.get(tag) ?? 0) + 1);
  };
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        tagStart = start - 1;
      },
      onopentagend: openTag,
      // Outside SVG and MathML "<div/>" opens a <div>; counting it as open keeps the bound safe.
      onselfclosingtag: openTag,
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const deeper = dropped.get(name) ?? 0;
        if (deeper > 0) {
          dropped.set(name, deeper - 1);
          const close = html.indexOf('>', end);
          cuts.push([
            html.lastIndexOf('</', start),
            close < 0 ? html.length : close + 1,
            blocks.has(name) ? '<br>' : '',
          ]);
        } else if (onStack.get(name)) {
          while (pop() !== name);
        }
      },
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onprocessinginstruction: ignore,
      ontext: ignore,
      ontextentity: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (cuts.length === 0) return html;
  const kept: string[] = [];
  let from = 0;
  for (const [start, end, replacement] of cuts) {
    kept.push(html.slice(from, start), replacement);
    from = end;
  }
  kept.push(html.slice(from));
  return kept.join('');
}
