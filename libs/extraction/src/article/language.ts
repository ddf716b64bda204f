/** Letters that only Vietnamese uses among Latin-script languages (with their tone-marked forms). */
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
const LETTERS = /\p{L}/gu;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|is|that|for|with|on|was|are)\b/gi;

/** Primary subtag, lower case: "vi-VN" → "vi", "vi_VN" → "vi"; null when not a language tag. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  return m ? m[1].toLowerCase() : null;
}

/** "vi" when Vietnamese letters are frequent, "en" for plain English, else null. */
export function detectLanguage(text: string): string | null {
  // A few paragraphs decide it; scanning whole articles costs time for nothing.
  const sample = text.length > 3000 ? text.slice(0, 3000) : text;
  const letters = sample.match(LETTERS)?.length ?? 0;
  if (letters < 20) return null;
  const vi = sample.toLowerCase().match(VIETNAMESE_LETTERS)?.length ?? 0;
  // Vietnamese prose has about one marked letter in four; 8% leaves room for names and numbers.
  if (vi / letters > 0.08) return 'vi';
  const words = sample.split(/\s+/).length;
  const en = sample.match(ENGLISH_WORDS)?.length ?? 0;
  if (vi / letters < 0.01 && en / words > 0.08) return 'en';
  return null;
}

/**
 * Declared language (<html lang>, then og:locale), else detected. Templates often keep lang="en" on
 * Vietnamese sites, so clearly Vietnamese text overrides a different declaration.
 */
export function chooseLanguage(
  htmlLang: string | null,
  ogLocale: string | null,
  text: string,
): string | null {
  const declared = normalizeLanguageTag(htmlLang) ?? normalizeLanguageTag(ogLocale);
  const detected = detectLanguage(text);
  if (declared && detected === 'vi' && declared !== 'vi') return 'vi';
  return declared ?? detected;
}
