/**
 * Matching forms of Vietnamese text. The original text is kept for output; matching runs on a
 * folded copy of the same length, so an offset found in the copy is an offset in the original.
 */

/** Second vowels of "oa", "oe", "uy" carrying the tone mark, as precomposed NFC letters. */
const TONED_SECOND = /(?<![qQ])([oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/**
 * Moves the tone mark of a syllable-final "oa", "oe", "uy" to the first vowel ("hoà" → "hòa",
 * "uỷ" → "ủy"): both placements are in use and must match each other. Length-preserving on NFC.
 */
export function foldToneMarks(s: string): string {
  return s.replace(TONED_SECOND, (pair: string) => {
    const [first, second] = [...pair];
    const decomposed = second.normalize('NFD');
    const tone = decomposed.slice(1);
    return (first + tone).normalize('NFC') + decomposed[0];
  });
}

/** Words and short phrases recur on every page (titles, surnames, vocabulary): their forms are kept. */
const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 20_000;
const memo = new Map<string, string>();

/** NFC, lower case, one tone-mark placement: the form every rule matches against. */
export function matchForm(s: string): string {
  if (s.length > MEMO_MAX_LENGTH) return foldToneMarks(s.normalize('NFC')).toLowerCase();
  let form = memo.get(s);
  if (form === undefined) {
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    form = foldToneMarks(s.normalize('NFC')).toLowerCase();
    memo.set(s, form);
  }
  return form;
}

/** NFC text with a map from its offsets back to the text it came from. */
export interface ComposedText {
  text: string;
  /** Offset in the source for an offset in `text` (the end maps to the end). */
  toSource(offset: number): number;
}

/**
 * Composes a text to NFC, keeping a map back to the source offsets. For NFC input (what the
 * article extractor produces) the map is the identity; otherwise each character cluster is
 * composed on its own and maps to the cluster's start.
 */
export function composeText(source: string): ComposedText {
  if (source.normalize('NFC') === source) return { text: source, toSource: (o) => o };
  const map: number[] = [];
  let text = '';
  for (const c of source.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const piece = c[0].normalize('NFC');
    for (let i = 0; i < piece.length; i++) map.push(c.index);
    text += piece;
  }
  map.push(source.length);
  return { text, toSource: (o) => map[Math.max(0, Math.min(o, map.length - 1))] };
}

/** Matching form of an NFC text with the same length, so offsets carry over. */
export function foldSameLength(nfc: string): string {
  return lowerSameLength(foldToneMarks(nfc));
}

/** Lower case that never changes the length (a few non-Vietnamese letters would). */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Collapses runs of white space to one space and trims. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Upper-cases the first letter ("hội nghị …" → "Hội nghị …"). */
export function capitalizeFirst(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

/** Letters without their diacritics, "đ" as "d": "Quảng Ninh" → "Quang Ninh", as English texts write names. */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
