/**
 * The layout-robustness measure: every labeled case read as the scorer's plain page and as whole pages in
 * the CMS layouts, through the same path as the extract command, each scored by the gold-set rules.
 */
import { extractFile } from '../cli/run.js';
import type { ScoringView } from '../conference/index.js';
import { LAYOUTS, pageInput } from './layouts/index.js';
import { scoreCases, wrapCase, type LabeledCase, type Score } from './scoring.js';

export interface LayoutScores {
  text: Score;
  layouts: Array<{ name: string; score: Score }>;
}

/** Whole-page figures may fall this far below the text figure, and no further. */
export const MAX_LAYOUT_GAP = 0.02;

function viewOf(html: string): ScoringView {
  return extractFile('page.html', Buffer.from(html, 'utf8')).view;
}

export function evaluateLayouts(cases: LabeledCase[]): LayoutScores {
  const text = scoreCases(
    cases,
    cases.map((c) => viewOf(wrapCase(c))),
  );
  const inputs = cases.map(pageInput);
  const layouts = LAYOUTS.map(({ name, render }) => ({
    name,
    score: scoreCases(
      cases,
      inputs.map((p) => viewOf(render(p))),
    ),
  }));
  return { text, layouts };
}
