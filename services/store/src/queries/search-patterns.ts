import { nameKey } from '../merging/name-key.js';

/**
 * Search terms over the keys `hoinghi_fold` makes (unaccented, lower-case, words between single
 * spaces, padded with one). The words come from `nameKey`, so they hold letters and digits only: no
 * `%`, `_`, `\` or tsquery operator a client sent can reach a pattern.
 */

const MAX_WORDS = 12;

export const searchWords = (text: string) => nameKey(text).split(' ').filter(Boolean).slice(0, MAX_WORDS);

/** LIKE patterns, each word the start of a word: "le tien" finds "Lê Tiến Châu"; all must match. */
export function wordPrefixPatterns(text: string): string[] {
  return searchWords(text).map((word) => `% ${word}%`);
}

/**
 * A tsquery over the words of names and article texts: every word, the last one also as the start of a
 * word, as a search box reads what is being typed ("nghi quyet 1" finds "Nghị quyết 18").
 */
export function wordsQuery(text: string): string {
  const words = searchWords(text);
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}

/** The words, whole and in order: "Ban Bi thu" finds "Bộ Chính trị, Ban Bí thư"; "Ha" does not find "Hải Phòng". */
export function phrasePattern(text: string): string {
  return `% ${searchWords(text).join(' ')} %`;
}
