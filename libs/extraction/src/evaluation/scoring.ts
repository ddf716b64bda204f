/**
 * Scores scoring views against labeled cases by the rules of the project's gold-set scorer
 * (`shared/eval/score.mjs`, described in its README): per-field precision, recall and F1 over 13 fields,
 * and the overall F1 as their unweighted mean. Kept equal to that scorer so figures compare.
 */
import type { ScoringView } from '../conference/index.js';

/** A labeled case as the gold sets store it. */
export interface LabeledCase {
  id: string;
  source_url: string | null;
  published: string | null;
  input: { kind: 'text'; text: string; title?: string } | { kind: 'html'; html: string };
  expected: ScoringView;
  notes?: string;
  tags?: string[];
}

export const FIELDS = [
  'isConference',
  'name',
  'date',
  'partOfDay',
  'scope',
  'format',
  'organizers',
  'venue',
  'connectionPoints',
  'attendees',
  'documents',
  'people',
  'peopleRoles',
] as const;
export type Field = (typeof FIELDS)[number];

const SCALARS = ['date', 'partOfDay', 'scope', 'format', 'connectionPoints', 'attendees'] as const;
const FUZZY = ['name', 'venue'] as const;
/** A name or venue whose tokens overlap the gold one at least this much is a hit. */
export const FUZZY_HIT_F1 = 0.6;

export interface FieldScore {
  field: Field;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  field: Field;
  want: unknown;
  got: unknown;
}

export interface Score {
  cases: number;
  overall: number;
  rows: FieldScore[];
  misses: Miss[];
}

type Conference = NonNullable<ScoringView['conference']>;

export function scoreCases(cases: LabeledCase[], predictions: Array<ScoringView | null>): Score {
  const tally = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Field,
    { tp: number; fp: number; fn: number }
  >;
  const misses: Miss[] = [];
  const add = (f: Field, tp: boolean, fp: boolean, fn: boolean) => {
    tally[f].tp += tp ? 1 : 0;
    tally[f].fp += fp ? 1 : 0;
    tally[f].fn += fn ? 1 : 0;
  };
  cases.forEach((c, i) => {
    const p = predictions[i] ?? { isConference: false, conference: null };
    const note = (field: Field, want: unknown, got: unknown) => misses.push({ id: c.id, field, want, got });
    const gIs = !!c.expected.isConference;
    const pIs = !!p.isConference;
    add('isConference', gIs && pIs, !gIs && pIs, gIs && !pIs);
    if (gIs !== pIs) note('isConference', gIs, pIs);
    if (!gIs) return;
    const g = (c.expected.conference ?? {}) as Partial<Conference>;
    const q = ((pIs && p.conference) || {}) as Partial<Conference>;
    for (const f of SCALARS) {
      const want = g[f] ?? null;
      const got = q[f] ?? null;
      const same = want !== null && got !== null && scalarKey(want) === scalarKey(got);
      add(f, same, got !== null && !same, want !== null && !same);
      if (!same && (want !== null || got !== null)) note(f, want, got);
    }
    for (const f of FUZZY) {
      const want = g[f] ?? null;
      const got = q[f] ?? null;
      const same = want !== null && got !== null && tokenF1(want, got) >= FUZZY_HIT_F1;
      add(f, same, got !== null && !same, want !== null && !same);
      if (!same && (want !== null || got !== null)) note(f, want, got);
    }
    const sets: Array<[Field, string[], string[]]> = [
      ['organizers', (g.organizers ?? []).map(norm), (q.organizers ?? []).map(norm)],
      ['documents', (g.documents ?? []).map(docKey), (q.documents ?? []).map(docKey)],
      ['people', (g.people ?? []).map((x) => norm(x.name)), (q.people ?? []).map((x) => norm(x.name))],
      ['peopleRoles', pairs(g.people), pairs(q.people)],
    ];
    for (const [f, want, got] of sets) {
      const W = new Set(want.filter(Boolean));
      const G = new Set(got.filter(Boolean));
      let tp = 0;
      for (const x of G) if (W.has(x)) tp++;
      tally[f].tp += tp;
      tally[f].fp += G.size - tp;
      tally[f].fn += W.size - tp;
      const lost = [...W].filter((x) => !G.has(x));
      const extra = [...G].filter((x) => !W.has(x));
      if (lost.length || extra.length) note(f, lost, extra);
    }
  });
  const rows = FIELDS.map((field): FieldScore => {
    const { tp, fp, fn } = tally[field];
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { field, tp, fp, fn, precision, recall, f1 };
  });
  return { cases: cases.length, overall: rows.reduce((s, r) => s + r.f1, 0) / rows.length, rows, misses };
}

/** The scorer's page for a text case: title, canonical URL and publication date in <head>, paragraphs. */
export function wrapCase(c: LabeledCase): string {
  if (c.input.kind === 'html') return c.input.html;
  const lines = caseLines(c);
  const title = c.input.title ?? lines[0] ?? '';
  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    c.source_url ? `<link rel="canonical" href="${escapeHtml(c.source_url)}">` : '',
    c.published ? `<meta property="article:published_time" content="${escapeHtml(c.published)}">` : '',
  ].join('\n');
  const body = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  return `<!doctype html>\n<html lang="vi">\n<head>\n${head}\n</head>\n<body>\n<article>\n${body}\n</article>\n</body>\n</html>\n`;
}

/** The case text's lines, without the stored pages' leading " date YYYY-MM" (metadata, not text). */
export function caseLines(c: LabeledCase): string[] {
  if (c.input.kind !== 'text') return [];
  return c.input.text
    .replace(/^\s*date \d{4}-\d{2}(-\d{2})?\s*/, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function norm(s: string): string {
  return String(s)
    .normalize('NFC')
    .toLowerCase()
    .replace(/o([àáảãạ])(?!\p{L})/gu, (_, v: string) => shift('o', v, 'a'))
    .replace(/o([èéẻẽẹ])(?!\p{L})/gu, (_, v: string) => shift('o', v, 'e'))
    .replace(/u([ỳýỷỹỵ])(?!\p{L})/gu, (_, v: string) => shift('u', v, 'y'))
    .replace(/\s+/g, ' ')
    .trim();
}

/** "oà" → "òa": the tone mark moves from the second vowel to the first. */
function shift(first: string, toned: string, plain: string): string {
  const mark = toned.normalize('NFD').slice(1);
  return (first + mark).normalize('NFC') + plain;
}

function scalarKey(v: unknown): string {
  return typeof v === 'number' ? String(v) : norm(String(v));
}

function tokens(s: string): string[] {
  return norm(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function tokenF1(a: string, b: string): number {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.length || !B.length) return 0;
  const counts = new Map<string, number>();
  for (const t of A) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of B) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / B.length;
  const r = common / A.length;
  return (2 * p * r) / (p + r);
}

function docKey(s: string): string {
  return norm(s).replace(/\s+/g, '');
}

function pairs(people: Array<{ name: string; roles: string[] }> | undefined): string[] {
  const out: string[] = [];
  for (const p of people ?? []) {
    if (!p?.name) continue;
    for (const r of p.roles ?? []) out.push(`${norm(p.name)}|${r}`);
  }
  return out;
}
