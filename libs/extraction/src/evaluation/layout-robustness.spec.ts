import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { loadCases } from './cases.js';
import { evaluateLayouts, MAX_LAYOUT_GAP } from './layout-robustness.js';

const corpus = join(import.meta.dirname, '../../corpus');

describe('layout robustness', () => {
  // Every labeled case as a whole page in each CMS layout: menus, sidebars, related stories, captions with
  // other dates, a header printing today's date, a brief inside heavy furniture.
  const result = evaluateLayouts(loadCases([join(corpus, 'train'), join(corpus, 'validation')]));

  it.each(result.layouts.map((l) => [l.name, l.score.overall] as const))(
    '%s keeps the text figure within the allowed gap',
    (_, overall) => {
      expect(result.text.overall - overall).toBeLessThanOrEqual(MAX_LAYOUT_GAP);
    },
  );
});
