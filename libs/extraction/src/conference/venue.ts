/**
 * The main hall: "tại <place>" near the top, skipping local connection points ("tại điểm cầu
 * tỉnh …") and the meeting itself ("tại Hội nghị").
 */
import { matchForm } from '../vietnamese/normalize.js';
import { escapeRegExp } from '../vocabulary/alternation.js';
import { BODY_SEATS, BUILDINGS, PLACE_WORDS, PROVINCES } from '../vocabulary/places.js';
import { proseParagraphIndex, type Doc } from './doc.js';
import type { LeadEvent } from './lead.js';

export interface Venue {
  value: string;
  start: number;
  end: number;
  /** A building or room rather than a city. */
  isBuilding: boolean;
}

const PLACE_START = new RegExp(
  `^(?:(?:điểm cầu|đầu cầu)\\s+(?:chính|trung tâm|trung ương)?\\s*(?:tại\\s+)?)?(?:${[
    ...BUILDINGS,
    ...BODY_SEATS,
    ...PLACE_WORDS,
    ...PROVINCES.map(matchForm),
  ]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}])`,
  'u',
);
const BUILDING_START = new RegExp(`^(?:${BUILDINGS.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
const STOP =
  /[;.:]|\s(?:kết nối|với|để|do|theo|vào|có|từ|tới|đến|nơi|và kết nối|bằng|dưới|đã|diễn ra|khai mạc|tổ chức)\s|,(?!\s*(?:nhà quốc hội|tòa nhà|ba đình|hà nội))/u;

/** Reads a place after "tại" at an offset; null when it is not a place or is a local point. */
function placeAt(doc: Doc, at: number, sentenceEnd: number): Venue | null {
  const f = doc.folded.slice(at, sentenceEnd);
  if (!PLACE_START.test(f)) return null;
  const point = /^(?:điểm cầu|đầu cầu)(?![\p{L}])/u.exec(f);
  let skip = 0;
  if (point) {
    const main = /^(?:điểm cầu|đầu cầu)\s+(?:(?:chính|trung tâm|trung ương)\s+)?(?:tại\s+)?/u.exec(f);
    const rest = f.slice(main ? main[0].length : 0);
    // The main point is called so, or named by a building (local points are named by their place).
    const isMain =
      main !== null && (/(?:chính|trung tâm|trung ương)\s/u.test(main[0]) || BUILDING_START.test(rest));
    if (!isMain) return null;
    skip = main[0].length;
  }
  const rest = f.slice(skip);
  let end = rest.length;
  // "TP. Cần Thơ": the full stop of the abbreviation does not end the place.
  const abbr = /^tp\.\s*/u.exec(rest)?.[0].length ?? 0;
  const stop = STOP.exec(rest.slice(abbr));
  if (stop) end = abbr + stop.index;
  let value = doc.text.slice(at + skip, at + skip + end).replace(/[\s,]+$/u, '');
  value = value.replace(/\s*\((?![^)]*(?:hà nội|nhà quốc hội|tp))[^)]*\)?$/iu, '').trim();
  if (!value || value.length > 120) return null;
  // A hall named by nothing but its kind ("làm việc tại hội trường") is no place the text names.
  if (/^(?:hội trường|phòng họp|trụ sở|tòa nhà|trung tâm)$/iu.test(value)) return null;
  // A place cut off by a bracket or a quote ("huyện)", "tỉnh Thanh Hóa”") was part of something else.
  if (/[)”"]$/u.test(value) && !/\(/u.test(value)) return null;
  return {
    value,
    start: at + skip,
    end: at + skip + value.length,
    isBuilding: BUILDING_START.test(matchForm(value)),
  };
}

/**
 * The main venue of the meeting, if the text names one. In the lead sentence a place counts after
 * the meeting is named or in the opening "Sáng 7/4, tại Hà Nội, …"; elsewhere only in sentences
 * about this meeting ("Hội nghị diễn ra tại …", "Điểm cầu trung tâm tại …").
 */
export function findVenue(doc: Doc, lead: LeadEvent | null, name: string | null): Venue | null {
  const region = doc.sentences.filter((s) => proseParagraphIndex(doc, s.start) < 6 && s.start < 4000);
  const ordered = lead ? [lead.sentence, ...region.filter((s) => s.start !== lead.sentence.start)] : region;
  for (const s of ordered) {
    const f = doc.folded.slice(s.start, s.end);
    const isLead = lead !== null && s.start === lead.sentence.start;
    if (!isLead && !aboutThisMeeting(f, name)) continue;
    // A sentence about who attended at a local point says nothing about the main hall.
    if (LOCAL_POINT_ATTENDANCE.test(f)) continue;
    // "tại Hội trường …", "được tổ chức trực tiếp từ Hội trường Thống Nhất", "… ở Hội trường Diên Hồng".
    for (const m of f.matchAll(/(?<![\p{L}])(?:tại|ở|từ)\s+/gu)) {
      const at = s.start + m.index + m[0].length;
      // "từ huyện đến cơ sở", "kết nối từ điểm cầu Tỉnh ủy đến …": a span, not a place.
      if (m[0].startsWith('từ') && /^[^,.;]{0,80}?\s(?:đến|tới)\s/u.test(f.slice(m.index + m[0].length)))
        continue;
      if (isLead && !afterMeetingOrOpening(doc, s.start, m.index, lead)) continue;
      if (
        /^(?:hội nghị|cuộc họp|phiên họp|buổi|kỳ họp|đây|địa phương|cơ sở|các|mỗi|từng)/u.test(
          doc.folded.slice(at, at + 20),
        )
      )
        continue;
      const v = placeAt(doc, at, s.end);
      if (v && !/kết nối đến\s+\d|được kết nối/u.test(f.slice(m.index, m.index + 80))) return v;
    }
  }
  return null;
}

/** "Dự tại điểm cầu tỉnh Nghệ An có …", "Tại huyện Phước Sơn, dự cuộc họp có …": who attended at a local point. */
const LOCAL_POINT_ATTENDANCE =
  /^tại\s+(?:điểm cầu\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+[^,]{2,40},\s*(?:dự|tham dự)|(?:dự|tham dự)(?:\s+(?:cuộc họp|hội nghị|họp))?\s+tại\s+(?:điểm cầu|đầu cầu)\s+(?!chính|trung tâm|trung ương)(?:(?:ubnd|tỉnh ủy|thành ủy|huyện ủy|hđnd)\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|các)/u;

/** "tại" after the meeting noun, or right after the opening date: "Sáng 7/4, tại Hà Nội, …". */
function afterMeetingOrOpening(
  doc: Doc,
  sentenceStart: number,
  rel: number,
  lead: LeadEvent | null,
): boolean {
  const at = sentenceStart + rel;
  if (lead?.meeting && at > lead.meeting.start) return true;
  if (!lead?.meeting && /chủ trì/u.test(doc.folded.slice(sentenceStart, at))) return true;
  const before = doc.text.slice(sentenceStart, at).replace(/[\s,]+$/u, '');
  if (before === '' || /^\(?[\p{Lu}\s.]{2,12}\)?\s*[-–]?$/u.test(before)) return true;
  const last = doc.dates.filter((d) => d.start >= sentenceStart && d.end <= at).pop();
  return last !== undefined && doc.text.slice(last.end, at).replace(/[\s,]/gu, '') === '';
}

/** A sentence on this meeting: it names no other meeting, or names this one. */
function aboutThisMeeting(f: string, name: string | null): boolean {
  if (/điểm cầu (?:chính|trung tâm|trung ương)|đầu cầu|dự họp/u.test(f)) return true;
  const named = /(?:hội nghị|cuộc họp|phiên họp)(?:\s+(\S+\s+\S+\s+\S+))?/u.exec(f);
  if (!named) return false;
  if (!named[1] || /^(?:diễn ra|được|đã|tại|có|bế mạc|khai mạc|này|lần này)/u.test(named[1])) return true;
  if (!name) return false;
  const ours = matchForm(name).split(/\s+/).slice(2, 5).join(' ');
  return named[1].replace(/[,.]/g, '') === ours.replace(/[,.]/g, '');
}

/** Online, in person, or a hall with connection points. */
export function findFormat(doc: Doc, venue: Venue | null): 'in_person' | 'online' | 'hybrid' {
  const top = doc.folded.slice(0, doc.bodyEnd) + '\n' + doc.titleFolded;
  if (
    /trực tiếp\s*(?:\/|,)?\s*(?:kết hợp|và|kết nối)(?:\s+(?:với|kết nối))?\s+trực tuyến|kết hợp trực tuyến|trực tiếp từ điểm cầu/u.test(
      top,
    )
  ) {
    return 'hybrid';
  }
  const online =
    /(?<!học tập\s)(?<!tham gia học tập\s)trực tuyến|điểm cầu|đầu cầu|truyền hình trực tiếp tới/u.test(top);
  if (!online) return 'in_person';
  return venue?.isBuilding ? 'hybrid' : 'online';
}
