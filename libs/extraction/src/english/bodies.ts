/**
 * Bodies as English reports name them, mapped to the canonical Vietnamese short names the Vietnamese
 * rules give ("the Politburo" → Bộ Chính trị, "the Quang Ninh Provincial Party Committee" → Tỉnh ủy
 * Quảng Ninh), so that reports in both languages of one conference carry the same keys.
 */
import { foldDiacritics } from '../vietnamese/normalize.js';
import { CENTRAL, LOCAL, MINISTRIES } from '../vocabulary/english-bodies.js';
import { PROVINCES } from '../vocabulary/places.js';

const PROVINCE_BY_FOLDED = new Map(
  PROVINCES.map(
    (p) =>
      [
        foldDiacritics(p)
          .toLowerCase()
          .replace(/\s*-\s*/g, ' '),
        p,
      ] as const,
  ),
);
PROVINCE_BY_FOLDED.set('hanoi', 'Hà Nội');
PROVINCE_BY_FOLDED.set('ho chi minh city', 'Hồ Chí Minh');
PROVINCE_BY_FOLDED.set('hcm city', 'Hồ Chí Minh');
PROVINCE_BY_FOLDED.set('hue', 'Huế');

/** A province or centrally-run city written in English ("Quang Ninh", "Hanoi", "Điện Biên") → its Vietnamese name. */
export function vietnameseProvince(name: string): string | null {
  return (
    PROVINCE_BY_FOLDED.get(
      foldDiacritics(name)
        .toLowerCase()
        .replace(/\s*-\s*/g, ' ')
        .trim(),
    ) ?? null
  );
}

/** The province named in a phrase: "the Quang Ninh Provincial Party Committee", "of Điện Biên province". */
function provinceIn(phrase: string): string | null {
  const words = phrase.match(/[\p{Lu}][\p{L}\p{M}]*(?:[ -][\p{Lu}][\p{L}\p{M}]*){0,2}/gu) ?? [];
  for (const w of words) {
    for (let n = w.split(/[ -]/).length; n >= 1; n--) {
      const candidate = w.split(/[ -]/).slice(0, n).join(' ');
      const p = vietnameseProvince(candidate);
      if (p) return p;
    }
  }
  return null;
}

/** Local heads that a text's one province completes ("Tỉnh ủy" → "Tỉnh ủy Quảng Ninh"). */
export const BARE_LOCAL_HEADS = new Set(LOCAL.map(([, head]) => head));

/** The one province a text names ("the Quang Ninh Provincial Party Committee", "Điện Biên province"), else null. */
export function onlyProvinceIn(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(
    /([\p{Lu}][\p{L}\p{M}]*(?:[ -][\p{Lu}][\p{L}\p{M}]*){0,2})(?:['’]s)? [Pp]rovinc(?:e|ial)\b|\bprovince of ([\p{Lu}][\p{L}\p{M}]*(?: [\p{Lu}][\p{L}\p{M}]*){0,2})/gu,
  )) {
    const p = provinceIn(m[1] ?? m[2]);
    if (p) found.add(p);
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The canonical Vietnamese name of a body an English text names, or null when the phrase names no body
 * this knows. A province named in the phrase completes a local body ("Tỉnh ủy Quảng Ninh").
 */
export function canonicalEnglishBody(phrase: string): string | null {
  const p = phrase.replace(/\s+/g, ' ').trim();
  for (const [re, head] of LOCAL) {
    if (!re.test(p)) continue;
    const place = provinceIn(p.replace(re, ' '));
    if (head === 'Thành ủy' || head === 'UBND thành phố') return place ? `${head} ${place}` : head;
    return place ? `${head} ${place}` : head;
  }
  if (/^(?:the )?mps$/i.test(p)) return 'Bộ Công an';
  if (/^(?:the )?mnd$/i.test(p)) return 'Bộ Quốc phòng';
  const ministry = /\bministry of ([\p{L} ,&-]+)/iu.exec(p);
  if (ministry) {
    for (const [re, name] of MINISTRIES) if (re.test(ministry[1])) return name;
    return null;
  }
  for (const [re, name] of CENTRAL) if (re.test(p)) return name;
  // "Hanoi's Party organisation", "the Hanoi Party Committee": a centrally-run city's committee.
  const city =
    /(?:^|\bof )(?:the )?([\p{Lu}][\p{L}\p{M}]*(?: [\p{Lu}][\p{L}\p{M}]*){0,3})(?:['’]s)? party (?:committee|organi[sz]ation)\b/iu.exec(
      p,
    );
  if (city) {
    const place = vietnameseProvince(city[1].replace(/ city$/i, ''));
    if (place) return `Thành ủy ${place}`;
  }
  return null;
}
