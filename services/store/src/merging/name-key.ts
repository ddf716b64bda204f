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

/** Share of the shorter name's words found in the other: robust to one outlet adding a clause. */
export function nameOverlap(a: string, b: string): number {
  const left = new Set(nameKey(a).split(' ').filter(Boolean));
  const right = new Set(nameKey(b).split(' ').filter(Boolean));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}
