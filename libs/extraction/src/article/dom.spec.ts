import { describe, expect, it } from '@jest/globals';
import { allElements, normalizeSpace, parseHtml, textOf } from './dom.js';

describe('parseHtml', () => {
  it('flattens pathological nesting so later walks stay shallow', () => {
    const doc = parseHtml(`${'<div>'.repeat(5000)}<p>Hội nghị</p><p>bế mạc</p>${'</div>'.repeat(5000)}`);
    let depth = 0;
    for (const el of allElements(doc)) {
      let d = 0;
      for (let p = el.parent; p; p = p.parent) d++;
      depth = Math.max(depth, d);
    }
    expect(depth).toBeLessThanOrEqual(202);
    const paragraphs = allElements(doc).filter((el) => el.name === 'p');
    expect(paragraphs.map((p) => normalizeSpace(textOf(p)))).toEqual(['Hội nghị', 'bế mạc']);
  });

  it('normalises every kind of space', () => {
    expect(normalizeSpace(' a\u00a0\u200b b\n\tc\u200d ')).toBe('a b c');
  });
});
