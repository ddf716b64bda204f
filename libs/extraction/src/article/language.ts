import { franc } from 'franc-min';
import { iso6393 } from 'iso-639-3';

/**
 * Letters only Vietnamese uses among Latin-script languages: ă đ ơ ư and the hook, tilde and dot tones
 * (French and Spanish share à é ô and the like).
 */
const VIETNAMESE_LETTERS = /[ăđơưảãạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏõọồốổỗộờớởỡợủũụừứửữựỳỷỹỵ]/giu;
const LETTERS = /\p{L}/gu;
/** Fewer letters than this say nothing about a language. */
const MIN_LETTERS = 20;
/**
 * Vietnamese prose has one such letter in six or more, other languages quoting Vietnamese names one in a
 * hundred or fewer; above this share a text is Vietnamese.
 */
const VIETNAMESE_SHARE = 0.05;
/** What is read to tell the language: a few paragraphs decide it. */
const SAMPLE_LENGTH = 2000;
/** The trigram identifier needs less: a paragraph or two. */
const TRIGRAM_SAMPLE_LENGTH = 700;
/**
 * Languages a page on these sites can be in (the outlets' foreign editions, and neighbours' pages): the
 * identifier weighs only these, which keeps it fast and keeps rare languages from winning on short text.
 */
const CANDIDATES = [
  'vie',
  'eng',
  'fra',
  'spa',
  'por',
  'deu',
  'ita',
  'rus',
  'cmn',
  'jpn',
  'kor',
  'ind',
  'zlm',
  'tha',
  'khm',
  'lao',
  'arb',
  'nob',
  'nld',
];

const TWO_LETTER = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6393, l.iso6391!] as const));

/** Primary subtag, lower case: "vi-VN" → "vi", "vi_VN" → "vi"; null when not a language tag. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  return m ? m[1].toLowerCase() : null;
}

/**
 * The language a text is written in, as an ISO 639-1 code ("vi", "en", "fr" …), or null when there is too
 * little text to tell. Vietnamese shows in its letters at once; any other language is identified by its
 * trigrams (franc), which also tells an English report from one in French that quotes Vietnamese names.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const letters = sample.match(LETTERS)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const vi = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (vi / letters > VIETNAMESE_SHARE) return 'vi';
  const code = franc(sample.slice(0, TRIGRAM_SAMPLE_LENGTH), { minLength: MIN_LETTERS, only: CANDIDATES });
  return code === 'und' ? null : (TWO_LETTER.get(code) ?? code);
}

/**
 * The text's own language when it can be told, else the declared one (<html lang>, then og:locale):
 * templates keep lang="vi" on English editions and lang="en" on Vietnamese sites.
 */
export function chooseLanguage(
  htmlLang: string | null,
  ogLocale: string | null,
  text: string,
): string | null {
  return detectLanguage(text) ?? normalizeLanguageTag(htmlLang) ?? normalizeLanguageTag(ogLocale);
}
