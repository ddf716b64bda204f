/**
 * Party, state, military and academic titles, and the words that introduce a person. Lists are
 * data; the functions only ask "does this phrase start or end with a title".
 */
import { matchForm } from './normalize.js';
import { alternation } from '../vocabulary/alternation.js';
import {
  ACADEMIC,
  HONORIFICS,
  RANKS,
  TITLE_ABBREVIATIONS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../vocabulary/titles.js';

const HEAD_ALT = alternation([...TITLE_HEADS, ...RANKS, ...ACADEMIC, ...TITLE_ABBREVIATIONS], matchForm);
const STARTS_WITH_TITLE = new RegExp(
  `^(?:(?:${alternation(TITLE_MODIFIERS, matchForm)})\\s+)?(?:${HEAD_ALT})(?![\\p{L}])`,
  'u',
);
const HONORIFIC_AT_END = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(HONORIFICS, matchForm)})\\s*:?\\s*$`,
  'u',
);
const TITLE_INSIDE = new RegExp(`(?:^|[^\\p{L}])(?:${HEAD_ALT})(?![\\p{L}])`, 'u');
const LEADING_HONORIFIC = new RegExp(`^(?:${alternation(HONORIFICS, matchForm)})\\s+`, 'iu');

/** Whether a phrase starts with a title ("Phó Bí thư Thường trực Thành ủy", "nguyên Thủ tướng"). */
export function startsWithTitle(phrase: string): boolean {
  return STARTS_WITH_TITLE.test(matchForm(phrase.trim()));
}

/** The same, for a phrase already in its matching form and trimmed at its start. */
export function formStartsWithTitle(folded: string): boolean {
  return STARTS_WITH_TITLE.test(folded);
}

/** Whether a phrase holds a title word anywhere. */
export function containsTitle(phrase: string): boolean {
  return TITLE_INSIDE.test(matchForm(phrase));
}

/** Whether a phrase ends with a word that introduces a person ("Dự hội nghị có đồng chí"). */
export function endsWithHonorific(phrase: string): boolean {
  return HONORIFIC_AT_END.test(matchForm(phrase));
}

/**
 * Splits a run of titles into the titles as written: "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"
 * → ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"]. Honorifics are dropped.
 */
export function splitTitles(phrase: string): string[] {
  return phrase
    .split(/\s*[,;]\s*|\s+[-–]\s+|\s*[-–]\s+|\s+[-–]\s*/u)
    .map((t) => t.replace(LEADING_HONORIFIC, '').trim())
    .map((t) => t.replace(/^(?:và|cùng)\s+/u, '').trim())
    .filter((t) => t.length > 1 && !/^(?:đồng chí|ông|bà|các đồng chí)$/iu.test(t));
}
