/**
 * Who organised the meeting: the bodies before "tổ chức" / "triệu tập" / "họp" in the lead, after
 * "do … tổ chức", or named in the meeting's own name ("Hội nghị Ban Thường vụ Tỉnh ủy").
 */
import { canonicalBody, isPlaceBody, startsWithBody } from '../vietnamese/bodies.js';
import { capitalizeFirst, matchForm } from '../vietnamese/normalize.js';
import { PROVINCES } from '../vocabulary/places.js';
import type { Doc } from './doc.js';
import { leadSentences, type LeadEvent } from './lead.js';

export interface Organizer {
  value: string;
  start: number;
  end: number;
}

const ORGANIZE =
  /(?<![\p{L}])(?:(?:đã|vừa|đã vừa)\s+)?(?:tổ chức|triệu tập|khai mạc|họp(?!\s*báo)|có buổi làm việc|đã có buổi làm việc|làm việc với)(?![\p{L}])/u;
const BY = /(?<![\p{L}])do\s+(.{3,120}?)\s+(?:tổ chức|triệu tập|chủ trì tổ chức)(?![\p{L}])/u;
const OBJECT_GAP = /^\s*(?:(?:thành công|một|các|trọng thể|long trọng|lại|họp|,)\s*)*$/u;
const TITLE_VERBS =
  /(?<![\p{L}])(?:tổ chức|triệu tập|họp(?!\s*báo)|quán triệt|triển khai|tổng kết|sơ kết|ra nghị quyết|làm việc với)(?![\p{L}])/u;

/** Organisers of the meeting reported in the lead. */
export function findOrganizers(doc: Doc, lead: LeadEvent | null, meetingName: string | null): Organizer[] {
  const fromLead = lead
    ? fromSentence(doc, lead.sentence.start, lead.sentence.end, lead.meeting?.start ?? null)
    : [];
  if (fromLead.length) return expand(doc, fromLead);
  const fromName = meetingName ? fromMeetingName(doc, meetingName) : [];
  if (fromName.length) return expand(doc, fromName);
  for (const line of headlines(doc)) {
    const fromTitle = fromTitleLine(doc, line);
    if (fromTitle.length) return expand(doc, fromTitle);
  }
  return expand(doc, fromDatedSubject(doc));
}

/** Bodies before the organising verb in a sentence, or after "do". */
function fromSentence(doc: Doc, start: number, end: number, meetingAt: number | null): Organizer[] {
  const f = doc.folded.slice(start, end);
  const by = BY.exec(f);
  if (by) {
    const at = start + by.index + by[0].indexOf(by[1]);
    const found = splitBodies(doc, at, at + by[1].length);
    if (found.length) return found;
  }
  const verbs = [...f.matchAll(new RegExp(ORGANIZE.source, 'gu'))];
  for (const v of verbs) {
    const verbAt = start + v.index;
    if (meetingAt !== null && verbAt > meetingAt + 1) break;
    // The verb must take the meeting as its object, not "tổ chức điểm cầu … theo dõi Hội nghị".
    if (
      meetingAt !== null &&
      !OBJECT_GAP.test(doc.folded.slice(verbAt + v[0].length, Math.max(meetingAt, verbAt + v[0].length)))
    ) {
      continue;
    }
    const found = splitBodies(doc, clauseStart(doc, start, verbAt), verbAt);
    if (found.length) return found;
  }
  return [];
}

/** Start of the subject before a verb: after the date and place phrases of the lead. */
function clauseStart(doc: Doc, sentenceStart: number, verbAt: number): number {
  const before = doc.text.slice(sentenceStart, verbAt);
  // The full stop of an abbreviation ("Ban Dân vận T.Ư", "Hội Nông dân T.P Huế") ends no clause.
  const stops = [...before.matchAll(/[;:]|(?<![\p{Lu}])\.(?=\s)/gu)];
  const cut = stops.length ? stops[stops.length - 1].index : -1;
  return sentenceStart + (cut >= 0 ? cut + 1 : 0);
}

/**
 * Splits "Bộ Chính trị, Ban Bí thư" or "Ban Tuyên giáo Trung ương phối hợp với Bộ Thông tin và
 * Truyền thông, Hội Nhà báo Việt Nam và Đài Tiếng nói Việt Nam" into bodies. Pieces are read from
 * the verb backwards; a piece that does not start like a body continues the one before it
 * ("Bộ Văn hóa, Thể thao và Du lịch"); a date or place phrase ends the subject.
 */
function splitBodies(doc: Doc, from: number, to: number): Organizer[] {
  // Dates end a subject like commas do ("Chiều ngày 21 … năm 2022 Đảng ủy xã Bình Sơn tổ chức").
  let raw = doc.text.slice(from, to);
  for (const d of doc.dates) {
    if (d.start >= from && d.end <= to)
      raw = raw.slice(0, d.start - from) + ','.padEnd(d.end - d.start, ' ') + raw.slice(d.end - from);
  }
  const pieces: Array<{ text: string; start: number }> = [];
  // "Ban Chỉ đạo tỉnh phòng, chống thiên tai": the comma of "phòng, chống" is inside a name.
  const re =
    /\s*(?:,(?!\s*chống)|(?<![\p{L}])(?:phối hợp với|phối hợp cùng|phối hợp|cùng với|và)(?![\p{L}]))\s*/gu;
  let last = 0;
  for (const m of raw.matchAll(re)) {
    pieces.push({ text: raw.slice(last, m.index), start: from + last });
    last = m.index + m[0].length;
  }
  pieces.push({ text: raw.slice(last), start: from + last });
  // A trailing term ("…, nhiệm kỳ 2020 - 2025") qualifies the body before it.
  while (pieces.length > 1 && /^\s*(?:nhiệm kỳ|khóa|khoá)\s/iu.test(pieces[pieces.length - 1].text))
    pieces.pop();
  const out: Organizer[] = [];
  // End of a continuation ("Thể thao và Du lịch") waiting for the body it belongs to.
  let pendingEnd: number | null = null;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    const text = stripLead(p.text);
    if (!text) {
      if (i === pieces.length - 1) continue;
      break;
    }
    // A piece with a verb in it is a clause, not a name ("Văn phòng Trung ương Đảng vừa ban hành …").
    if (/(?<![\p{L}])(?:vừa|đã|sẽ|ban hành|ký|gửi|là)(?![\p{L}])/u.test(matchForm(text))) break;
    const textStart = p.start + p.text.indexOf(text);
    const textEnd = textStart + text.length;
    if (
      (startsWithBody(text) || isPlaceBody(text)) &&
      !isPerson(doc, textStart) &&
      !/^(?:hội nghị|hội thảo|hội thi|hội trường)/iu.test(text)
    ) {
      out.unshift({
        value: doc.text.slice(textStart, pendingEnd ?? textEnd),
        start: textStart,
        end: pendingEnd ?? textEnd,
      });
      pendingEnd = null;
      continue;
    }
    if (/^\p{Ll}/u.test(text) || /\d/.test(text) || i === 0) break;
    pendingEnd ??= textEnd;
  }
  return shareQualifier(
    out.map((o) => ({ ...o, value: cleanBody(doc, o.value) })).filter((o) => o.value.length > 2),
  );
}

/** A level and place closing a list of bodies qualifies each of them: "Thường trực HĐND, UBND huyện". */
const TRAILING_LEVEL =
  /\s((?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)(?:\s+\p{Lu}[\p{L}\p{M}]*)*)$/u;
const BARE_BODY = /^(?:(?:ban )?thường trực )?(?:hđnd|ubnd|ủy ban mttq(?: việt nam)?|mttq|đảng ủy)$/u;

function shareQualifier(found: Organizer[]): Organizer[] {
  if (found.length < 2) return found;
  const level = TRAILING_LEVEL.exec(found[found.length - 1].value);
  if (!level) return found;
  return found.map((o, i) =>
    i < found.length - 1 && BARE_BODY.test(matchForm(o.value))
      ? { ...o, value: `${o.value} ${level[1]}` }
      : o,
  );
}

/** Drops what stands before a subject: "(GLO)-", "đoàn công tác của", a trailing "đã". */
function stripLead(piece: string): string {
  return piece
    .trim()
    .replace(/^\([^)]*\)\s*[-–]?\s*/u, '')
    .replace(/^(?:đoàn công tác|đoàn)\s+(?:của\s+)?/iu, '')
    .replace(/\s+do\s+.*$/u, '')
    .replace(/\s+(?:đã|vừa|cũng|đã vừa)$/u, '')
    .trim();
}

function isPerson(doc: Doc, at: number): boolean {
  return doc.persons.some((p) => p.phraseStart <= at && at < p.phraseEnd);
}

/** Where a body's name has run on into what it did: "Thanh tra Chính phủ chủ trì", "… vào sáng nay". */
const BODY_RUN_ON =
  /(?<!(?:^|\s)(?:tiểu )?ban)\s(?:tổ chức|chủ trì|triệu tập|phối hợp|do|đã|vừa|sẽ|cho ý kiến|họp|khai mạc|vào (?:sáng|chiều|tối|ngày|hôm)|sáng|chiều|tối|hôm nay)(?![\p{L}]).*$/u;

function cleanBody(doc: Doc, raw: string): string {
  const f = matchForm(raw);
  const cut = BODY_RUN_ON.exec(f);
  return capitalizeFirst(
    canonicalBody(cut && cut.index > 0 ? raw.slice(0, cut.index) : raw, doc.abbreviations),
  );
}

/** A document named in a meeting's name: a "của …" after it names the document's issuer. */
const DOCUMENT_WORD =
  /(?:nghị quyết|chỉ thị|kết luận|quy định|quyết định|kế hoạch|hướng dẫn|thông báo|luật|đề án|chương trình)(?![\p{L}])/u;

/** The body a meeting is named after: "Hội nghị Ban Thường vụ Tỉnh ủy", "cuộc họp Bộ Chính trị". */
function fromMeetingName(doc: Doc, name: string): Organizer[] {
  const m =
    /^(?:hội nghị|phiên họp|cuộc họp|họp|kỳ họp)(?:\s+(?:lần thứ\s+\S+|thứ\s+\S+|trực tuyến|toàn quốc|khẩn|thường kỳ|mở rộng|lần đầu|bất thường|chuyên đề),?)*\s+(?:của\s+)?(.+)$/iu.exec(
      name,
    );
  // The body the meeting is of: right after the noun ("Hội nghị Ban Thường vụ Tỉnh ủy"), else in a genitive
  // ("Hội nghị tổng kết công tác năm 2025 của Bộ Tài chính"), unless that names a document's issuer.
  let phrase = m && startsWithBody(m[1]) ? m[1] : null;
  if (!phrase) {
    const genitive = [...name.matchAll(/\scủa\s+(?=\p{Lu})/gu)].pop();
    const before = genitive ? name.slice(0, genitive.index) : '';
    const rest = genitive ? name.slice(genitive.index + genitive[0].length) : '';
    if (!genitive || !startsWithBody(rest) || DOCUMENT_WORD.test(matchForm(before))) return [];
    phrase = rest;
  }
  const body = phrase
    .split(
      /\s+(?=(?:khóa|khoá|nhiệm kỳ|lần|\d|đánh giá|cho ý kiến|về|để|nhằm|nghe|với|tại|năm|quý|tháng|mở rộng|thường kỳ|ra nghị quyết|kiểm điểm|sơ kết|tổng kết|triển khai|quán triệt|thảo luận)(?![\p{L}]))|\s*[,(;]/iu,
    )[0]
    .trim();
  if (!body) return [];
  let value = cleanBody(doc, body);
  const plenum = /^Ban Chấp hành (Trung ương|Đảng bộ .+)$/u.exec(value);
  if (plenum) value = plenum[1] === 'Trung ương' ? 'Ban Chấp hành Trung ương' : value;
  const at = doc.text.indexOf(body);
  return [{ value, start: Math.max(0, at), end: Math.max(0, at) + body.length }];
}

/** "UBND tỉnh họp trực tuyến về…", "Tỉnh ủy quán triệt…", "… do Chính phủ tổ chức": a headline's subject. */
function fromTitleLine(doc: Doc, title: string): Organizer[] {
  const f = matchForm(title);
  const by = BY.exec(f);
  if (by) {
    const raw = title.slice(by.index + by[0].indexOf(by[1]), by.index + by[0].indexOf(by[1]) + by[1].length);
    if (startsWithBody(raw)) return [{ value: cleanBody(doc, raw), start: 0, end: 0 }];
  }
  const v = TITLE_VERBS.exec(f);
  if (!v) return [];
  const subject = title.slice(0, v.index).trim();
  if (!subject || !startsWithBody(subject) || subject.length > 80 || MEETING_START.test(matchForm(subject)))
    return [];
  const value = cleanBody(doc, subject.split(/\s*,\s*/u)[0]);
  return [{ value, start: 0, end: 0 }];
}

const MEETING_START = /^(?:hội nghị|hội thảo|hội thi|hội trường|phiên họp|cuộc họp)/u;

/** The headline and the short unpunctuated lines near the top that read like headlines. */
function headlines(doc: Doc): string[] {
  const out = doc.title ? [doc.title] : [];
  for (const p of doc.paragraphs.slice(0, 6)) {
    if (p.text.length <= 160 && !/[.:;!?…]$/u.test(p.text) && p.text !== doc.title) out.push(p.text);
  }
  return out;
}

/** The subject of the first dated sentence when its verb is an activity ("Tiểu ban … triển khai …"). */
function fromDatedSubject(doc: Doc): Organizer[] {
  const first = leadSentences(doc).find((s) =>
    doc.dates.some((d) => d.start >= s.start && d.start < s.start + 30 && d.day !== null),
  );
  if (!first) return [];
  const f = doc.folded.slice(first.start, first.end);
  // "tổ chức" and "họp" were read with their object on the main path; here only activities count.
  const v = /(?<![\p{L}])(?:quán triệt|triển khai|tổng kết|sơ kết|ra nghị quyết)(?![\p{L}])/u.exec(f);
  if (!v) return [];
  return splitBodies(doc, first.start, first.start + v.index);
}

/**
 * Completes a short name with the fuller one the text uses elsewhere ("Ban Chỉ đạo" → "Ban Chỉ
 * đạo Phòng thủ dân sự quốc gia"), and a bare level with the one place the text names at that
 * level ("UBND tỉnh" → "UBND tỉnh Bình Dương").
 */
function expand(doc: Doc, found: Organizer[]): Organizer[] {
  return found.map((o) => ({ ...o, value: qualify(doc, longerForm(doc, o.value)) }));
}

function longerForm(doc: Doc, value: string): string {
  if (!/(?:chỉ đạo|điều hành|quốc gia)$/iu.test(value)) return value;
  const key = matchForm(value);
  // Parenthesised abbreviations are blanked (same length) so they do not stop the scan.
  const text = doc.text.slice(0, doc.bodyEnd).replace(/\([\p{Lu}Đ&.]{2,10}\)/gu, (m) => ' '.repeat(m.length));
  const folded = doc.folded.slice(0, doc.bodyEnd);
  let best = value;
  for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
    const after = text.slice(at + key.length, at + key.length + 120);
    if (!/^\s+\p{Lu}|^\s+phòng, chống/u.test(after)) continue;
    const tail = after.split(
      /[.;:()]|,(?!\s*chống)|\s+(?=(?:về|chủ trì|đã|tổ chức|có|trong|tại|làm|là)(?![\p{L}]))/u,
    )[0];
    const candidate = collapse(text.slice(at, at + key.length) + tail);
    if (candidate.length > best.length) best = candidate;
  }
  return capitalizeFirst(canonicalBody(best, doc.abbreviations));
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const LEVEL_WORDS: Array<[RegExp, string]> = [
  [/(?:^sở\s|(?<![\p{L}])tỉnh(?: ủy)?$)/u, 'tỉnh'],
  [/(?<![\p{L}])huyện(?: ủy)?$/u, 'huyện'],
  [/(?<![\p{L}])quận(?: ủy)?$/u, 'quận'],
  [/(?<![\p{L}])(?:thành ủy|thành phố)$/u, 'thành phố'],
];

/** The places the text names after a level word ("tỉnh Bình Dương", "TP Hải Phòng"). */
function placesAt(doc: Doc, level: string): Set<string> {
  const names = new Set<string>();
  const words = level === 'thành phố' ? ['thành phố', 'tp.', 'tp'] : [level];
  for (const source of [doc.text.slice(0, doc.bodyEnd), doc.title ?? '']) {
    const folded = matchForm(source);
    for (const w of words) {
      for (let at = folded.indexOf(w + ' '); at >= 0; at = folded.indexOf(w + ' ', at + 1)) {
        if (at > 0 && /\p{L}/u.test(folded[at - 1])) continue;
        const m = /^\s*(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3})/u.exec(
          source.slice(at + w.length),
        );
        if (!m || /^(?:Ủy|Uỷ)(?![\p{L}])/u.test(m[1])) continue;
        const name =
          level === 'tỉnh' ? PROVINCES.find((p) => matchForm(m[1]).startsWith(matchForm(p))) : m[1];
        if (name) names.add(name);
      }
    }
  }
  return names;
}

function qualify(doc: Doc, value: string): string {
  const f = matchForm(value);
  for (const [level, word] of LEVEL_WORDS) {
    if (!level.test(f)) continue;
    const names = placesAt(doc, word);
    if (names.size !== 1) return value;
    const name = [...names][0];
    return /^sở\s/u.test(f) ? `${value} tỉnh ${name}` : `${value} ${name}`;
  }
  return value;
}
