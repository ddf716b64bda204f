/**
 * Documents as English reports cite them: coded ("Resolution No. 18-NQ/TW", read by the Vietnamese
 * rules), numbered ("Directive 35", "Conclusions 44 and 45"), a plenum's resolution ("the resolution of the
 * 10th plenum of the 13th Party Central Committee" → HNTW:10/XIII) and a Congress's ("the Resolution of the
 * 14th National Party Congress" → DH:XIV).
 */
import type { ConferenceDocument, DocumentType } from '@hoinghi/contracts';
import type { Doc } from '../conference/doc.js';
import { findDocuments, makeDoc } from '../conference/documents.js';
import { intToRoman } from '../vietnamese/numbers.js';

const TYPES: ReadonlyArray<[RegExp, DocumentType]> = [
  [/^resolutions?/i, 'NQ'],
  [/^directives?/i, 'CT'],
  [/^conclusions?/i, 'KL'],
  [/^(?:regulations?|decisions?)/i, 'QĐ'],
  [/^guidelines?|^instructions?/i, 'HD'],
  [/^notices?|^notifications?/i, 'TB'],
  [/^plans?/i, 'KH'],
];

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};
const ORDINAL = `(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ORDINALS).join('|')})`;

const NUMBERED =
  /\b(resolutions?|directives?|conclusions?|regulations?|decisions?|notices?|plans?)\s+(?:No\.?\s*|Nos\.?\s*|number\s+)?(\d{1,4})(?![\d/-])((?:\s*(?:,|and)\s*(?:No\.?\s*)?\d{1,4}(?![\d/-]))*)/gi;
const PLENUM = new RegExp(
  `\\b(?:resolutions? (?:adopted at |of |from )?(?:the )?)(?:${ORDINAL}) (?:plenum|plenary session|meeting)(?: of the (?:${ORDINAL}) (?:Party )?Central Committee)?`,
  'gi',
);
const PLENUM_TERM = new RegExp(
  `\\b(?:${ORDINAL}) (?:plenum|plenary session)s? of the (?:${ORDINAL}) (?:Party )?Central Committee`,
  'gi',
);
const CONGRESS = new RegExp(
  `\\bresolutions? of the (?:${ORDINAL}) (?:National )?(?:Party )?Congress\\b`,
  'gi',
);

function ordinal(digits: string | undefined, word: string | undefined): number | null {
  if (digits) return Number(digits);
  return word ? (ORDINALS[word.toLowerCase()] ?? null) : null;
}

/** Keys of the documents an English report cites; `selfKey` is the meeting itself when it is a plenum. */
export function findEnglishDocuments(doc: Doc, selfKey: string | null): ConferenceDocument[] {
  const text = doc.text.slice(0, doc.bodyEnd);
  const out = new Map<string, ConferenceDocument>();
  for (const d of findDocuments(doc, { selfKey })) out.set(d.key, d);
  const add = (key: string, type: DocumentType, number: string, start: number, end: number) => {
    if (key !== selfKey && !out.has(key))
      out.set(key, makeDoc(doc, key, type, number, null, null, start, end));
  };
  for (const m of text.matchAll(NUMBERED)) {
    const type = TYPES.find(([re]) => re.test(m[1]))?.[1];
    if (!type) continue;
    const numbers = [m[2], ...(m[3].match(/\d{1,4}/g) ?? [])];
    for (const n of numbers)
      add(`${type}:${Number(n)}`, type, String(Number(n)), m.index, m.index + m[0].length);
  }
  // The term a plenum belongs to: written with it, else the one the text gives for plenums elsewhere.
  const terms = [...text.matchAll(PLENUM_TERM)]
    .map((m) => ordinal(m[3], m[4]))
    .filter((t): t is number => !!t);
  const usualTerm = terms[0] ?? null;
  for (const m of text.matchAll(PLENUM)) {
    const n = ordinal(m[1], m[2]);
    const term = ordinal(m[3], m[4]) ?? usualTerm;
    if (!n || !term) continue;
    add(`HNTW:${n}/${intToRoman(term)}`, 'HNTW', String(n), m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(CONGRESS)) {
    const n = ordinal(m[1], m[2]);
    if (n) add(`DH:${intToRoman(n)}`, 'DH', intToRoman(n), m.index, m.index + m[0].length);
  }
  return [...out.values()];
}

/** "the ninth plenum of the 13th Party Central Committee" → HNTW:9/XIII: the meeting itself. */
export function englishPlenumKey(name: string | null): string | null {
  if (!name) return null;
  const m = new RegExp(`(?:${ORDINAL}) plenum of the (?:${ORDINAL}) (?:Party )?Central Committee`, 'i').exec(
    name,
  );
  if (!m) return null;
  const n = ordinal(m[1], m[2]);
  const term = ordinal(m[3], m[4]);
  return n && term ? `HNTW:${n}/${intToRoman(term)}` : null;
}
