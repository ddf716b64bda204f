/**
 * The meeting's own name as the text gives it: from the meeting noun in the lead to where the
 * sentence goes on to say how, where, when or by whom ("… theo hình thức", "… tại", "… do").
 */
import { capitalizeFirst, matchForm } from '../vietnamese/normalize.js';
import type { Doc } from './doc.js';
import { type LeadEvent, type MeetingMention } from './lead.js';
import { isForeignDate } from './when.js';

export interface MeetingName {
  value: string;
  start: number;
  end: number;
  /** Only a bare noun and a purpose clause ("Hội nghị để thảo luận…"). */
  weak?: boolean;
}

/** Where a name stops, searched in the matching form after the meeting noun. */
const STOPS: readonly RegExp[] = [
  /\s(?:theo|bằng|dưới) hình thức/u,
  /\s(?:đã|sẽ|đang|vừa|chính thức|được|cũng)\s/u,
  /\s(?:diễn ra|khai mạc|bế mạc|kết thúc|kết nối|nhận được|họp)(?![\p{L}])/u,
  /,?\s(?:tại|vào|ở)\s/u,
  /,?\s(?:với|dưới) sự\s/u,
  /,?\s(?:do|từ điểm cầu)\s/u,
  /,\s*(?:nhằm|để|với|dưới|tại|diễn ra|kết nối|theo|trong đó|qua đó|đồng thời)(?![\p{L}])/u,
  /\s(?:tới|đến)\s+(?:\d|các điểm cầu|điểm cầu|hơn|trên|gần|các tỉnh|63)/u,
  /\s(?:có sự tham dự|với sự tham dự|với sự tham gia|có sự tham gia)/u,
  /,\s*(?:các |đồng chí|ông|bà)/u,
  /\s\((?:ảnh|video)/u,
  /[:]/u,
];

/** Purpose clauses end a name once it says enough ("Hội nghị lần thứ 7 nhằm đánh giá…"). */
const PURPOSE = /\s(?:nhằm|để)\s/u;
/** A head that already says which meeting it is; a following ", <verb> …" is not part of it. */
const COMPLETE_HEAD = /lần thứ\s+\S+|thường kỳ|định kỳ|tháng\s+\d+|quý\s+[ivx\d]+/u;

/** Meeting nouns a name starts with, and the noun written for a bare verb "họp". */
function nounPhrase(noun: string, rest: string): { prefix: string; skip: number } {
  if (noun !== 'họp') return { prefix: '', skip: 0 };
  const phien = /^\s*phiên\s+/u.exec(matchForm(rest));
  if (phien) return { prefix: 'Phiên họp ', skip: phien[0].length };
  return { prefix: 'Cuộc họp ', skip: 0 };
}

function tokens(s: string): number {
  return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}

/** Reads the name that starts at a meeting noun. Returns null for a bare "hội nghị". */
export function nameAt(
  doc: Doc,
  m: MeetingMention,
  sentenceEnd: number,
  extraStops: number[] = [],
): MeetingName | null {
  if (!m.noun || m.noun === 'làm việc với') return null;
  const after = doc.text.slice(m.end, sentenceEnd);
  const { prefix, skip } = nounPhrase(m.noun, after);
  const restStart = m.end + skip;
  const rest = doc.folded.slice(restStart, sentenceEnd);
  let end = rest.length;
  for (const re of STOPS) {
    const hit = re.exec(rest);
    if (hit && hit.index < end) end = hit.index;
  }
  for (const at of extraStops) if (at > restStart && at - restStart < end) end = at - restStart;
  // ", Tổng Bí thư Nguyễn Phú Trọng …": a person after a comma starts a new clause.
  for (const p of doc.persons) {
    const rel = p.phraseStart - restStart;
    if (rel > 0 && rel < end && /,\s*$/u.test(doc.text.slice(restStart, p.phraseStart)))
      end = Math.min(end, rel - 1);
  }
  const head0 = doc.folded.slice(m.start, restStart);
  const comma = /,\s+(?=\p{Ll})/u.exec(doc.text.slice(restStart, sentenceEnd));
  if (
    comma &&
    comma.index < end &&
    COMPLETE_HEAD.test(head0 + rest.slice(0, comma.index)) &&
    !/,\s+(?:nhiệm kỳ|khóa)/u.test(rest.slice(comma.index, comma.index + 12))
  ) {
    end = comma.index;
  }
  const purpose = PURPOSE.exec(rest);
  let weak = false;
  if (purpose && purpose.index < end) {
    const head = doc.text.slice(m.start, restStart + purpose.index);
    if (tokens(head) >= 5) end = purpose.index;
    else weak = tokens(head) <= 3;
  }
  const slice = doc.text.slice(restStart, restStart + end);
  const raw = balanceQuotes(slice.replace(/[\s,;.…]+$/u, ''));
  const rawEnd = restStart + (slice.length - slice.trimStart().length) + raw.length;
  const written = prefix ? `${prefix}${raw}` : `${doc.text.slice(m.start, m.end)} ${raw}`;
  const value = capitalizeFirst(written.replace(/\s+/g, ' ').trim());
  if (tokens(value) <= 2 || /^(?:hội nghị|cuộc họp|phiên họp)\s+(?:này|lần này|trên|nói trên)$/iu.test(value))
    return null;
  return { value, start: m.start, end: rawEnd, weak };
}

/** Drops an unbalanced trailing quote or parenthesis left by a stop. */
function balanceQuotes(s: string): string {
  let out = s;
  const opens = (out.match(/\(/g) ?? []).length;
  const closes = (out.match(/\)/g) ?? []).length;
  if (opens > closes) out = out.replace(/\s*\([^()]*$/u, '');
  return out.trim();
}

/** The name of the meeting the lead reports, else one from the headline or nearby sentences. */
export function findMeetingName(doc: Doc, lead: LeadEvent | null): MeetingName | null {
  const candidates: MeetingName[] = [];
  if (lead?.meeting) {
    const stops = doc.dates
      .filter((d) => d.start > lead.meeting!.end && d.start < lead.sentence.end && !isForeignDate(doc, d))
      .map((d) => d.start);
    const n = nameAt(doc, lead.meeting, lead.sentence.end, stops) ?? implicitName(doc, lead);
    if (n) candidates.push(n);
  }
  const fromTitle = titleName(doc);
  const first = candidates[0];
  if (
    first &&
    fromTitle &&
    (first.weak || tokens(first.value) <= 4) &&
    tokens(fromTitle.value) > tokens(headOf(first))
  ) {
    return fromTitle;
  }
  return first ?? fromTitle ?? titleActivity(doc);
}

/** "Đảng ủy quân sự tỉnh X ra nghị quyết thực hiện nhiệm vụ quý IV" → "Hội nghị Đảng ủy …". */
const TITLE_ACTIVITY =
  /^(?:đảng ủy|đảng bộ|ban|ủy ban|ubnd|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|bộ|sở)[^:]{3,80}?\s(?:ra nghị quyết|quán triệt|triển khai|tổng kết|sơ kết|kiểm điểm)(?![\p{L}])/u;

function titleActivity(doc: Doc): MeetingName | null {
  if (!doc.title || !TITLE_ACTIVITY.test(matchForm(doc.title))) return null;
  const raw = doc.title.split(/\s*[([]|\s[-–|]\s/u)[0].trim();
  const at = doc.text.indexOf(raw);
  return { value: `Hội nghị ${raw}`, start: Math.max(0, at), end: Math.max(0, at) + raw.length };
}

function headOf(n: MeetingName): string {
  return n.weak ? n.value.split(/\s(?:để|nhằm)\s/u)[0] : n.value;
}

/** "Đảng ủy xã tổ chức nghiên cứu, học tập, quán triệt Nghị quyết…" → "Hội nghị nghiên cứu, …". */
function implicitName(doc: Doc, lead: LeadEvent): MeetingName | null {
  const m = lead.meeting;
  if (!m || m.noun !== '') return null;
  const rest = doc.text
    .slice(m.start, lead.sentence.end)
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(/[\s.]+$/u, '');
  if (!rest) return null;
  return { value: `Hội nghị ${rest}`, start: m.start, end: m.start + rest.length };
}

/** A headline that is itself a meeting's name ("Hội nghị Ban thường vụ Tỉnh ủy"). */
function titleName(doc: Doc): MeetingName | null {
  if (!doc.title) return null;
  const f = matchForm(doc.title);
  const m = /^(?:hội nghị|phiên họp|cuộc họp|họp)(?![\p{L}])/u.exec(f);
  if (!m) return null;
  const cut = f.search(/\s(?:do|tại|với sự|có sự|:)\s|\s[-–|]\s|:/u);
  const raw = (cut > 0 ? doc.title.slice(0, cut) : doc.title).trim();
  const value = m[0] === 'họp' ? `Cuộc họp${raw.slice(3)}` : capitalizeFirst(raw);
  if (tokens(value) <= 2) return null;
  const at = doc.text.indexOf(raw);
  return { value, start: Math.max(0, at), end: Math.max(0, at) + (at >= 0 ? raw.length : 0) };
}

/**
 * A name for meetings the text calls only "họp" or "phiên họp …" or "làm việc với": the kind of
 * meeting plus who held it ("Cuộc họp giao ban của Thường trực Tỉnh ủy An Giang").
 */
export function completeName(
  name: MeetingName | null,
  organizer: string | null,
  lead: LeadEvent | null,
  doc: Doc,
): MeetingName | null {
  if (lead?.meeting?.noun === 'làm việc với' && organizer) {
    const f = doc.folded.slice(lead.meeting.start, lead.sentence.end);
    const withAt = f.indexOf(' với ');
    if (withAt >= 0) {
      const objStart = lead.meeting.start + withAt + 5;
      const rest = doc.folded.slice(objStart, lead.sentence.end);
      const stop = rest.search(/\s(?:về|cho ý kiến|để|nhằm)\s|[,.;:]/u);
      const object = doc.text.slice(objStart, objStart + (stop >= 0 ? stop : rest.length)).trim();
      if (object) {
        return {
          value: `Buổi làm việc của ${organizer} với ${object}`,
          start: lead.sentence.start,
          end: objStart + object.length,
        };
      }
    }
  }
  if (!name || !organizer) return name;
  const f = matchForm(name.value);
  const working = /^buổi làm việc với\s/u.exec(f);
  if (working) {
    const object = name.value.slice(working[0].length).split(/\s(?:về|để|nhằm|cho ý kiến)\s/u)[0];
    return { ...name, value: `Buổi làm việc của ${organizer} với ${object}` };
  }
  const generic = /^(?:cuộc họp|phiên họp|buổi họp)(?![\p{L}])/u.test(f) && tokens(name.value) <= 6;
  if (!generic || f.includes(matchForm(organizer)) || /(?<![\p{L}])của(?![\p{L}])/u.test(f)) return name;
  return { ...name, value: `${name.value} của ${organizer}` };
}
