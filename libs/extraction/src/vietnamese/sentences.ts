/**
 * Paragraphs and sentences with their offsets. Abbreviations with a full stop ("TP. Cần Thơ",
 * "PGS.TS", "T.Ư") and numbers ("25.9", "1.500") do not end a sentence.
 */

export interface Segment {
  start: number;
  end: number;
  text: string;
}

/**
 * Non-empty lines, trimmed; offsets point into the text. A line broken inside a sentence (it ends without
 * punctuation and the next one goes on in lower case: "Đến dự và\nchỉ đạo Đại hội có các đồng\nchí: …")
 * is one paragraph with the next.
 */
export function paragraphs(text: string): Segment[] {
  const out: Segment[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    const last = out[out.length - 1];
    const gap = text.slice(last?.end ?? 0, start);
    if (
      last &&
      /^[ \t]*\n[ \t]*$/.test(gap) &&
      !/[.!?…:;"”'’)\]]$/u.test(last.text) &&
      /^\p{Ll}/u.test(body)
    ) {
      last.end = start + body.length;
      last.text = text.slice(last.start, last.end);
      continue;
    }
    out.push({ start, end: start + body.length, text: body });
  }
  return out;
}

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'TP',
  'Tp',
  'tp',
  'Q',
  'P',
  'TX',
  'TT',
  'H',
  'X',
  'T',
  'GS',
  'PGS',
  'TS',
  'ThS',
  'BS',
  'Th',
  'St',
  'Mr',
  'Mrs',
  'Dr',
  'v.v',
]);

/** Sentences inside each paragraph. */
export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  for (const p of paragraphs(text)) {
    let start = 0;
    const s = p.text;
    for (const m of s.matchAll(/[.!?…]+["”’)]*(?=\s+["“(]?[\p{Lu}\d])/gu)) {
      const end = m.index + m[0].length;
      const before = /([\p{L}.]+)\.$/u.exec(s.slice(Math.max(0, m.index - 6), m.index + 1));
      if (m[0] === '.' && before && ABBREVIATIONS.has(before[1])) continue;
      push(out, p, start, end);
      start = end;
    }
    push(out, p, start, s.length);
  }
  return out;
}

function push(out: Segment[], p: Segment, from: number, to: number): void {
  const raw = p.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body) return;
  const start = p.start + from + lead;
  out.push({ start, end: start + body.length, text: body });
}
