#!/usr/bin/env node
/**
 * `layout-eval --cases DIR…`: the labeled cases as plain text pages and in every CMS layout, scored by the
 * gold-set rules; one row per layout, then one JSON line with every overall figure.
 */
import { parseArgs } from 'node:util';
import { loadCases } from '../evaluation/cases.js';
import { evaluateLayouts, MAX_LAYOUT_GAP } from '../evaluation/layout-robustness.js';
import type { Score } from '../evaluation/scoring.js';

const { values } = parseArgs({
  options: { cases: { type: 'string', multiple: true }, verbose: { type: 'boolean' } },
});
if (!values.cases?.length) {
  process.stderr.write('usage: layout-eval --cases DIR [--cases DIR…] [--verbose]\n');
  process.exit(2);
}
const cases = loadCases(values.cases);
const { text, layouts } = evaluateLayouts(cases);
const field = (s: Score, f: string) => s.rows.find((r) => r.field === f)!.f1.toFixed(3);
const row = (name: string, s: Score) =>
  `${name.padEnd(22)} ${s.overall.toFixed(3)}  ${(s.overall - text.overall >= 0 ? '+' : '') + (s.overall - text.overall).toFixed(3)}  ${field(s, 'isConference')}  ${field(s, 'name')}  ${field(s, 'date')}  ${field(s, 'people')}`;
console.log(`${cases.length} cases; a layout passes within ${MAX_LAYOUT_GAP} of the text figure`);
console.log('layout                 overall  vs text  isConf  name   date   people');
console.log(row('text (scorer page)', text));
for (const l of layouts) {
  console.log(row(l.name, l.score));
  if (values.verbose) {
    const textMisses = new Set(text.misses.map((m) => `${m.id} ${m.field}`));
    for (const m of l.score.misses.filter((x) => !textMisses.has(`${x.id} ${x.field}`)))
      console.log(`  miss ${m.id} ${m.field}: want ${JSON.stringify(m.want)} got ${JSON.stringify(m.got)}`);
  }
}
const worst = Math.min(...layouts.map((l) => l.score.overall));
console.log(
  JSON.stringify({
    cases: cases.length,
    text: Number(text.overall.toFixed(4)),
    ...Object.fromEntries(layouts.map((l) => [l.name, Number(l.score.overall.toFixed(4))])),
    worstGap: Number((text.overall - worst).toFixed(4)),
  }),
);
