/**
 * Party and state documents a report cites, as keys: "Nghị quyết số 18-NQ/TW" → NQ:18,
 * "50-NQ/TU" → NQ:50/TU, "01/NQ-CP" → NQ:1/CP, "Nghị quyết Trung ương 8 khóa XIII" → HNTW:8/XIII,
 * "Nghị quyết Đại hội XIV" → DH:XIV. Laws and documents without a number are left out.
 */
import type { ConferenceDocument, DocumentType } from '@hoinghi/contracts';
import { isoDate } from '../vietnamese/dates.js';
import { ISSUER_CODES } from '../vocabulary/bodies.js';
import { intToRoman, parseOrdinal, romanToInt } from '../vietnamese/numbers.js';
import type { Doc } from './doc.js';

const TYPE_WORDS: ReadonlyArray<[RegExp, DocumentType]> = [
  [/^(?:nghị quyết|nq$)/u, 'NQ'],
  [/^(?:chỉ thị|ct$)/u, 'CT'],
  [/^(?:kết luận|kl$)/u, 'KL'],
  [/^(?:quy định|quyết định)/u, 'QĐ'],
  [/^hướng dẫn/u, 'HD'],
  [/^thông báo/u, 'TB'],
  [/^kế hoạch/u, 'KH'],
];

const CODE_TYPES: Readonly<Record<string, DocumentType>> = {
  NQ: 'NQ',
  CT: 'CT',
  KL: 'KL',
  QĐ: 'QĐ',
  // Written without the Đ in English texts and on some portals: "24-QD/TW".
  QD: 'QĐ',
  QĐNS: 'QĐ',
  HD: 'HD',
  TB: 'TB',
  KH: 'KH',
};

const DOC_WORD =
  '(nghị quyết|chỉ thị|kết luận|quy định|quyết định|hướng dẫn|thông báo(?: kết luận)?|kế hoạch|nq|ct|kl)';
/** "18-NQ/TW", "01/NQ-CP", "03/CT-BCA-X11", "99/2023/QH15". */
const CODED =
  /(?<![\p{L}\d])(\d{1,4})\s*(?:-\s*([\p{Lu}Đ]{2,5})\s*\/\s*([\p{Lu}Đ]{1,6})|\/\s*([\p{Lu}Đ]{2,5})\s*-\s*([\p{Lu}Đ]{1,6})(?:-[\p{Lu}\d]+)?|\/\s*\d{4}\s*\/\s*([\p{Lu}Đ]{2,5})\s*-\s*([\p{Lu}Đ]{1,8})|\/\s*\d{4}\s*\/\s*([\p{Lu}Đ]{1,6})\d*)(?![\p{L}])/gu;
const NUMBERED = new RegExp(
  `(?<![\\p{L}])${DOC_WORD}\\s+(?:\\([\\p{L}]{2,3}\\)\\s+)?(?:số\\s+)?(\\d{1,4})(?![\\d/\\-\\p{L}])(?!\\s*(?:năm|tháng|ngày(?!\\s+\\d)|%|tỷ|triệu|nghìn|người|đại biểu|lần|điểm))`,
  'gu',
);
const TERM = '(?:,|\\s|[-–])*\\(?\\s*khóa\\s+([ivxlc]+|\\d{1,2})\\s*\\)?';
const PLENUM = new RegExp(
  `(?<![\\p{L}])(?:nghị quyết\\s+)?(?:hội nghị\\s+)?(?:lần thứ\\s+(\\S+?)\\s+(?:của\\s+)?(?:ban chấp hành|bch)\\s+(?:trung ương|t\\.ư|tư|tw)(?:\\s+đảng)?|(?:ban chấp hành\\s+)?trung ương\\s+(\\d{1,2}|[ivx]+)(?![\\p{L}\\d]))(?:${TERM})?`,
  'gu',
);
/** "Nghị quyết Đại hội XIV", "… Đại hội Đảng toàn quốc lần thứ XII", "… Đại hội 14 của Đảng"; not a local one. */
const CONGRESS =
  /(?<![\p{L}])nghị quyết\s+đại hội\s+(?:đại biểu\s+)?(?:đảng\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?([ivxlc]+|\d{1,2})(?![\p{L}\d])(?!\s+(?:đảng bộ|công đoàn|đoàn|hội))/gu;

/**
 * The issuer of an uncoded document named right after its number, or after its date: "… 128 của Chính
 * phủ", "… 4800 Bộ Y tế", "… 128 ngày 11-10-2021 của Chính phủ".
 */
function issuerAfter(folded: string): string | null {
  const m = /^\s*(?:ngày\s+\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}\s+)?(?:của\s+)?((?:\p{L}+\s*){1,6})/u.exec(folded);
  if (!m) return null;
  return ISSUER_CODES.find(([re]) => re.test(m[1]))?.[1] ?? null;
}

function docType(word: string): DocumentType | null {
  for (const [re, t] of TYPE_WORDS) if (re.test(word)) return t;
  return null;
}

function toInt(raw: string): number {
  return Number(raw);
}

/** The Party term written near a mention, else the one the text uses most for plenums. */
function termOf(raw: string | undefined): string | null {
  if (!raw) return null;
  const n = /^\d+$/.test(raw) ? Number(raw) : romanToInt(raw);
  return n ? intToRoman(n) : null;
}

interface Found {
  doc: ConferenceDocument;
  start: number;
}

export interface DocumentOptions {
  /** Key of the meeting itself when it is a plenum, which is not a document it cites. */
  selfKey: string | null;
}

export function findDocuments(doc: Doc, options: DocumentOptions): ConferenceDocument[] {
  const text = doc.text.slice(0, doc.bodyEnd);
  const folded = doc.folded.slice(0, doc.bodyEnd);
  const found: Found[] = [];
  const covered: Array<[number, number]> = [];

  for (const m of text.matchAll(CODED)) {
    const number = toInt(m[1]);
    // "18-NQ/TW", "01/NQ-CP", "03/2022/NQ-HĐND", "99/2023/QH15".
    const typeCode = m[2] ?? m[4] ?? m[6];
    const issuer = m[3] ?? m[5] ?? m[7] ?? m[8] ?? null;
    let type: DocumentType | null = typeCode ? (CODE_TYPES[typeCode] ?? null) : null;
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    const word = new RegExp(`${DOC_WORD}\\s+(?:số\\s+)?$`, 'u').exec(before);
    if (!type && word) type = docType(word[1]);
    if (!type || !number) continue;
    const iss = issuer && issuer !== 'TW' && issuer !== 'TƯ' ? issuer.replace(/\d+$/, '') : null;
    const key = `${type}:${number}${iss ? `/${iss}` : ''}`;
    const start = word ? m.index - word[0].length : m.index;
    covered.push([m.index, m.index + m[0].length]);
    found.push({
      doc: makeDoc(doc, key, type, String(number), m[0].trim(), issuer, start, m.index + m[0].length),
      start,
    });
  }

  for (const m of folded.matchAll(NUMBERED)) {
    const numAt = m.index + m[0].length - m[2].length;
    if (covered.some(([s, e]) => numAt >= s && numAt < e)) continue;
    const type = docType(m[1]);
    if (!type) continue;
    const issuer = issuerAfter(folded.slice(m.index + m[0].length, m.index + m[0].length + 60));
    const key = `${type}:${toInt(m[2])}${issuer ? `/${issuer}` : ''}`;
    found.push({
      doc: makeDoc(doc, key, type, String(toInt(m[2])), null, null, m.index, m.index + m[0].length),
      start: m.index,
    });
  }

  const plenums: Array<{ n: number; term: string | null; start: number; end: number }> = [];
  for (const m of folded.matchAll(PLENUM)) {
    const rawN = m[1] ?? m[2];
    const n = parseOrdinal(rawN);
    if (!n || n > 20) continue;
    // "Trung ương 8" alone must follow "Nghị quyết" or "Hội nghị" to be a plenum.
    if (m[2] && !/^(?:nghị quyết|hội nghị)/u.test(m[0])) continue;
    // "… kể từ sau Hội nghị Trung ương 8 tới nay": a time, not a document cited.
    if (/(?:kể từ sau|từ sau|kể từ|sau|trước)\s+$/u.test(folded.slice(Math.max(0, m.index - 15), m.index)) && !/^nghị quyết/u.test(m[0]))
      continue;
    plenums.push({ n, term: termOf(m[3]), start: m.index, end: m.index + m[0].length });
  }
  const terms = plenums.map((p) => p.term).filter((t): t is string => t !== null);
  const usualTerm = terms.length ? mostCommon(terms) : null;
  for (const p of plenums) {
    const term = p.term ?? usualTerm;
    if (!term) continue;
    const key = `HNTW:${p.n}/${term}`;
    if (key === options.selfKey) continue;
    const d = makeDoc(doc, key, 'HNTW', String(p.n), null, 'Ban Chấp hành Trung ương', p.start, p.end);
    d.term = term;
    found.push({ doc: d, start: p.start });
  }

  for (const m of folded.matchAll(CONGRESS)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : romanToInt(m[1]);
    if (!n) continue;
    const roman = intToRoman(n);
    const d = makeDoc(
      doc,
      `DH:${roman}`,
      'DH',
      roman,
      null,
      'Đại hội đại biểu toàn quốc',
      m.index,
      m.index + m[0].length,
    );
    d.term = roman;
    found.push({ doc: d, start: m.index });
  }

  found.sort((a, b) => a.start - b.start);
  // "Nghị quyết 7" after "Nghị quyết Trung ương 7": the plenum's resolution again, not another document.
  const plenumNumbers = new Set(found.filter((f) => f.doc.type === 'HNTW').map((f) => f.doc.number));
  const seen = new Set<string>(
    found.filter((f) => f.doc.type === 'NQ' && !f.doc.code && plenumNumbers.has(f.doc.number)).map((f) => f.doc.key),
  );
  const out: ConferenceDocument[] = [];
  for (const f of found) {
    if (seen.has(f.doc.key)) continue;
    seen.add(f.doc.key);
    out.push(f.doc);
  }
  return out;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

export function makeDoc(
  doc: Doc,
  key: string,
  type: DocumentType,
  number: string | null,
  code: string | null,
  issuer: string | null,
  start: number,
  end: number,
): ConferenceDocument {
  const after = doc.text.slice(end, end + 140);
  const date = /^\s*,?\s*ngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})/u.exec(after);
  const term = /^[^.;]{0,80}?\(?\s*[Kk]h(?:óa|oá)\s+([IVXLC]+|\d{1,2})\s*\)?/u.exec(after);
  const title = /^[^.;“"]{0,120}?(?:về\s+)?[“"]([^”"]{5,200})[”"]/u.exec(after);
  const by =
    /^[^.;]{0,40}?của\s+((?:Ban Chấp hành|Bộ Chính trị|Ban Bí thư|Ban Thường vụ|Chính phủ|Thủ tướng|Bộ|Ủy ban|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy)[^,.;(]{0,60})/u.exec(
      after,
    );
  return {
    key,
    type,
    number,
    code,
    issuer: by ? by[1].trim() : issuer === 'TW' ? 'Trung ương' : issuer,
    term: term ? termOf(term[1]) : null,
    date: date ? isoDate(Number(date[3]), Number(date[2]), Number(date[1])) : null,
    title: title ? title[1].trim() : null,
    span: doc.span(start, end),
  };
}
