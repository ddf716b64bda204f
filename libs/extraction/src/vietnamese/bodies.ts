/**
 * Party and state bodies: their abbreviations, canonical short names and administrative level
 * (national, sector, province, district, commune).
 */
import { collapseSpaces, foldToneMarks, matchForm } from './normalize.js';
import { alternation, escapeRegExp } from '../vocabulary/alternation.js';
import { ABBREVIATIONS, BODY_HEADS, PLACE_BODY_HEADS } from '../vocabulary/bodies.js';
import { PROVINCES } from '../vocabulary/places.js';
import { isCentralCity } from './places.js';

export type Scope = 'national' | 'sector' | 'province' | 'district' | 'commune';

// "Báo cáo viên" is a speaker, not a newspaper.
const BODY_HEAD = new RegExp(
  `^(?:${alternation(BODY_HEADS, matchForm)})(?![\\p{L}])(?<!báo(?=\\s+cáo))`,
  'u',
);
const PLACE_HEADS = new Set(PLACE_BODY_HEADS.map(matchForm));

/** Whether a phrase starts like the name of a body ("Ban Tuyên giáo…", "UBND tỉnh"). */
export function startsWithBody(phrase: string): boolean {
  return BODY_HEAD.test(matchForm(phrase.trim()));
}

/** Whether a phrase is a named place that stands for its authorities ("Xã Thọ Sơn", "huyện Tam Nông"). */
export function isPlaceBody(phrase: string): boolean {
  const m = /^(\S+(?:\s+\S+)?)\s+\p{Lu}/u.exec(phrase.trim());
  return m !== null && (PLACE_HEADS.has(matchForm(m[1])) || PLACE_HEADS.has(matchForm(m[1].split(/\s+/)[0])));
}

/** "(BCĐ)": an abbreviation in parentheses, which a text writes after the name it stands for. */
const ABBREVIATION_IN_PARENTHESES = /\(([\p{Lu}Đ&.]{2,8})\)/gu;
/** The words before it: opened by a capitalised word, at most six. */
const WORDS_BEFORE = /(?:\p{Lu}[\p{Ll}\p{M}]*\s+)(?:[\p{L}\p{M}]+\s+){0,5}$/u;
/** Six words fit in this many characters; looking further back only costs time. */
const WORDS_BEFORE_REACH = 200;

/** Abbreviations a text defines for itself: "Ban Chỉ đạo (BCĐ)" → BCĐ = Ban Chỉ đạo. */
export function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ABBREVIATION_IN_PARENTHESES)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - WORDS_BEFORE_REACH), m.index));
    if (!before) continue;
    const abbr = m[1];
    const letters = abbr.replace(/[&.]/g, '').toUpperCase();
    // The long form is the tail of the words whose initials spell the abbreviation.
    const tail = before[0].trim().split(/\s+/).slice(-letters.length);
    const initials = tail
      .map((w) => w.normalize('NFD')[0])
      .join('')
      .toUpperCase();
    if (tail.length === letters.length && initials === letters) out.set(abbr, tail.join(' '));
  }
  return out;
}

/**
 * Canonical short name of a body as the text wrote it: parenthesised abbreviations dropped,
 * abbreviations expanded (UBND, HĐND, MTTQ kept short), "uỷ" spelled "ủy", and the Party
 * committee named the usual way ("Ban Chấp hành Đảng bộ tỉnh X" → "Tỉnh ủy X").
 */
export function canonicalBody(raw: string, defined: Map<string, string> = new Map()): string {
  let s = foldToneMarks(collapseSpaces(raw.normalize('NFC')));
  s = s.replace(/\s*\([^()]{1,12}\)/gu, '');
  // The term ("khóa XVIII", "nhiệm kỳ 2020 - 2025") dates the body, it is not its name.
  // "Chính phủ nhiệm kỳ khóa XV": as many term phrases as it has.
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(/\s*,?\s*(?:khóa|khoá|nhiệm kỳ)(?:\s+[\p{L}\d]+(?:\s*[-–]\s*\d{4})?)?$/iu, '');
  }
  for (const [abbr, long] of defined) {
    if (abbr === 'UBND' || abbr === 'HĐND' || abbr === 'MTTQ') continue;
    s = s.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(abbr)}(?![\\p{L}])`, 'gu'), long);
  }
  const fixed = Object.entries(ABBREVIATIONS).sort((a, b) => b[0].length - a[0].length);
  for (const [abbr, long] of fixed) {
    // An abbreviation is matched as written ("TƯ" is not the "Tư" of "Sở Tư pháp"); a spelled-out name
    // whatever its case.
    const flags = abbr === abbr.toUpperCase() ? 'gu' : 'giu';
    s = s.replace(new RegExp(`(?<![\\p{L}.])${escapeRegExp(abbr)}(?![\\p{L}])`, flags), long);
  }
  s = s
    .replace(/^Ban Bí thư Trung ương(?: Đảng)?$/u, 'Ban Bí thư')
    .replace(/^Ban [cC]hấp hành Trung ương(?: Đảng)?$/u, 'Ban Chấp hành Trung ương')
    .replace(/^Ban Chấp hành Đảng bộ Khối/u, 'Đảng ủy Khối')
    .replace(/^Ban thường vụ/u, 'Ban Thường vụ')
    .replace(/^Ban thường trực/u, 'Ban Thường trực');
  const committee =
    /^Ban Chấp hành Đảng bộ (tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)(?![\p{L}])\s*(.*)$/iu.exec(s);
  if (committee) s = `${committeeOf(committee[1])}${committee[2] ? ` ${committee[2]}` : ''}`;
  const cityCommittee = /^Ban Chấp hành Đảng bộ (.+)$/u.exec(s);
  if (cityCommittee && isCentralCity(cityCommittee[1])) s = `Thành ủy ${cityCommittee[1]}`;
  const partyBoard =
    /^(Ban (?:Tuyên giáo|Dân vận|Tổ chức|Nội chính|Kinh tế|Tuyên giáo và Dân vận)) (tỉnh|huyện|quận|thị xã)(?![\p{L}])(?!\s+[ủỦ]y)(.*)$/iu.exec(
      s,
    );
  if (partyBoard)
    s = `${partyBoard[1].replace(/^Ban (\p{Ll})/u, (_, c: string) => `Ban ${c.toUpperCase()}`)} ${committeeOf(partyBoard[2])}${partyBoard[3]}`;
  return s.trim();
}

function committeeOf(level: string): string {
  const l = matchForm(level);
  if (l === 'tỉnh') return 'Tỉnh ủy';
  if (l === 'huyện') return 'Huyện ủy';
  if (l === 'quận') return 'Quận ủy';
  if (l === 'thị xã') return 'Thị ủy';
  if (l === 'xã' || l === 'phường') return `Đảng ủy ${l}`;
  return 'Thành ủy';
}

const SECTOR = [
  /^(?:ban cán sự đảng |đảng đoàn |đảng ủy )?bộ (?!chính trị)/u,
  /quân ủy trung ương/u,
  /đảng ủy công an trung ương/u,
  /đảng ủy quân đội/u,
  /đảng ủy khối .*trung ương/u,
  /(?:^|\s)(?:hội|liên hiệp|liện hiệp|tổng liên đoàn|trung ương đoàn)\s.*việt nam/u,
  /ủy ban trung ương mttq|ub(?:tư|tw|t\.ư) mttq|đoàn chủ tịch (?:ủy ban trung ương|ubtư|ubtw)/u,
  /(?:^|\s)công đoàn (?:việt nam|ngành)/u,
  /tập đoàn|tổng công ty|ngân hàng/u,
  /liên ngành|(?:^|\s)ngành(?:\s|$)/u,
  /thanh tra chính phủ|kiểm toán nhà nước|tòa án nhân dân tối cao|viện kiểm sát nhân dân tối cao/u,
];

const NATIONAL =
  /^(?:bộ chính trị|ban bí thư|ban chấp hành trung ương|trung ương đảng|chính phủ|thường trực chính phủ|quốc hội|ủy ban thường vụ quốc hội|thủ tướng)/u;

/** Level words in a body's name, most specific last. */
const LEVELS: Array<[RegExp, Scope]> = [
  [
    /(?<![\p{L}])(?:trung ương|quốc gia|toàn quốc|chính phủ|quốc hội|bộ chính trị|ban bí thư)(?![\p{L}])/gu,
    'national',
  ],
  [/(?<![\p{L}])(?:tỉnh ủy|tỉnh)(?![\p{L}])/gu, 'province'],
  [/(?<![\p{L}])(?:huyện ủy|quận ủy|thị ủy|huyện|quận|thị xã)(?![\p{L}])/gu, 'district'],
  // "xã" of "thị xã" or of "kinh tế - xã hội" is no commune.
  [
    /(?<![\p{L}])(?:đảng ủy xã|đảng ủy phường|(?<!thị\s)(?<!kinh tế\s?[-–]\s?)xã(?!\s+hội)|phường|thị trấn)(?![\p{L}])/gu,
    'commune',
  ],
  [/(?<![\p{L}])(?:thành ủy|thành phố|tp\.?)(?![\p{L}])/gu, 'district'],
];

/**
 * Administrative level of a body. `cityIsCentral` tells whether a bare "thành phố" or
 * "Thành ủy" is one of the centrally-run cities (then it is a province).
 */
export function scopeOfBody(name: string, cityIsCentral = false): Scope | null {
  const f = matchForm(name);
  if (SECTOR.some((r) => r.test(f))) return 'sector';
  if (NATIONAL.test(f)) return 'national';
  let best: { at: number; scope: Scope } | null = null;
  for (const [re, scope] of LEVELS) {
    for (const m of f.matchAll(re)) {
      let s = scope;
      if (scope === 'district' && /^(?:thành|tp)/u.test(m[0])) {
        const after = name.slice(m.index + m[0].length).trim();
        s =
          cityIsCentral || isCentralCity(after) || isCentralCity(m[0] + ' ' + after)
            ? 'province'
            : 'district';
      }
      if (!best || m.index >= best.at) best = { at: m.index, scope: s };
    }
  }
  for (const p of PROVINCES) {
    const at = f.lastIndexOf(matchForm(p));
    if (at >= 0 && (!best || at > best.at)) best = { at, scope: 'province' };
  }
  return best?.scope ?? null;
}
