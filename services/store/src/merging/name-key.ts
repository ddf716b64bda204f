/** Lower-case, without diacritics, single-spaced: "Hội nghị Toàn quốc" → "hoi nghi toan quoc". */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Words every conference name shares ("hội nghị", "toàn quốc") or that only join others: they say
 * nothing about which conference a name means, so they do not count towards a match.
 */
const GENERIC_WORDS = new Set([
  'hoi',
  'nghi',
  'toan',
  'quoc',
  'va',
  'cua',
  've',
  'cac',
  'nhung',
  'tai',
  'voi',
  'so',
]);

function distinctiveWords(name: string): Set<string> {
  return new Set(
    nameKey(name)
      .split(' ')
      .filter((word) => word !== '' && !GENERIC_WORDS.has(word)),
  );
}

/** Fewer distinctive words than this and a name cannot tell two conferences apart ("Hội nghị", "Hội nghị giao ban"). */
const MIN_DISTINCTIVE_WORDS = 2;

/**
 * Share of the shorter name's distinctive words found in the other: robust to one outlet adding a
 * clause. 0 when either name is too generic to compare.
 */
export function nameOverlap(a: string, b: string): number {
  const left = distinctiveWords(a);
  const right = distinctiveWords(b);
  if (Math.min(left.size, right.size) < MIN_DISTINCTIVE_WORDS) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}
