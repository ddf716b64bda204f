/**
 * The meeting's own name as the text gives it: from the meeting noun in the lead to where the
 * sentence goes on to say how, where, when or by whom ("… theo hình thức", "… tại", "… do").
 */
import { capitalizeFirst, matchForm } from '../vietnamese/normalize.js';
import type { Doc } from './doc.js';
import { meetingMentions, type LeadEvent, type MeetingMention } from './lead.js';
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
  /\s(?:diễn ra|khai mạc|bế mạc|kết thúc|kết nối|nhận được|họp|bước sang|bước vào|tiếp tục (?:chương trình )?làm việc|biểu quyết|thông qua|đã|bầu|tham gia ý kiến|thống nhất|nhất trí)(?![\p{L}])/u,
  // "Dự Hội nghị có các đồng chí …", "Tham dự Hội nghị, về phía …": what follows names who attended.
  /^\s*(?:,\s*)?(?:có|còn|về phía|này|lần này|nói trên|trên)(?![\p{L}])/u,
  /,?\s(?:với mục tiêu|với chủ đề chung|cho (?:các|toàn thể|cán bộ|đảng viên))(?![\p{L}])/u,
  /,?\s(?:tại|vào|ở)\s/u,
  /,?\s(?:với|dưới) sự\s/u,
  /,?\s(?:do|từ điểm cầu)\s/u,
  /,\s*(?:nhằm|để|với|dưới|tại|diễn ra|kết nối|theo|trong đó|qua đó|đồng thời)(?![\p{L}])/u,
  /\s(?:tới|đến)\s+(?:\d|các điểm cầu|điểm cầu|hơn|trên|gần|các tỉnh|63)/u,
  /\s(?:có sự tham dự|với sự tham dự|với sự tham gia|có sự tham gia)/u,
  /,\s*(?:các |đồng chí|ông|bà|về phía)/u,
  /\s\((?:ảnh|video)/u,
  /[:]/u,
];

/** What a meeting does, as a verb after its name. */
const CONTENT_VERB =
  /\s(?:thảo luận|cho ý kiến|xem xét|bàn (?:về|giải pháp)|nghe (?:báo cáo|các báo cáo)|thông qua|quyết định|biểu quyết|đánh giá|tập trung|ra nghị quyết|bầu)(?![\p{L}])/u;
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
  // "Hội nghị lần thứ 20 Ban Chấp hành … khóa XVII thảo luận về …": after a head that says which meeting
  // it is, a content verb starts what the meeting did.
  const head = COMPLETE_HEAD.exec(doc.folded.slice(m.start, restStart) + rest.slice(0, end));
  if (head) {
    const from = Math.max(0, head.index + head[0].length - (restStart - m.start));
    const verb = CONTENT_VERB.exec(rest.slice(from, end));
    if (verb) end = from + verb.index;
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
    const n =
      nameAt(doc, lead.meeting, lead.sentence.end, dateStops(doc, lead.meeting.end, lead.sentence.end)) ??
      implicitName(doc, lead);
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
  // The lead says only "Hội nghị lần thứ 20" or "Kỳ họp thứ 12", or the text starts after its lead: the
  // fullest mention of the same meeting elsewhere names it. A lead that names nothing itself ("Thường trực
  // Huyện ủy cho ý kiến …") is not completed from other meetings the text mentions.
  const bare =
    first &&
    !first.weak &&
    (tokens(first.value) <= BARE_NAME_TOKENS || BARE_NAME.test(matchForm(first.value)));
  if (bare || !lead) {
    const fuller = otherMentions(doc, lead)
      .filter((n) => !first || (extends_(n.value, first.value) && tokens(n.value) > tokens(first.value)))
      .sort((a, b) => tokens(b.value) - tokens(a.value))[0];
    if (fuller) return fuller;
  }
  return first ?? fromTitle ?? titleActivity(doc);
}

/** A name of this many tokens or fewer only says what kind of meeting it was, and which in a series. */
const BARE_NAME_TOKENS = 4;
/** A name that says no more than which in a series: "Hội nghị lần thứ 20", "Phiên họp thường kỳ tháng 6". */
const BARE_NAME =
  /^(?:hội nghị|kỳ họp|phiên họp|cuộc họp|buổi họp|đại hội|hội thảo|giao ban)(?:\s+(?:lần thứ\s+\S+|thứ\s+\S+|thường kỳ|định kỳ|tháng\s+\d+(?:\/\d{4})?|quý\s+\S+|năm\s+\d{4}|mở rộng|trực tuyến|toàn quốc|đầu tiên|cuối năm|giữa năm|chuyên đề|bất thường|khẩn))*$/u;
/** Longer than this, a "name" has run on into the sentence. */
const MAX_NAME_TOKENS = 45;

/** Dates after a meeting noun end its name ("Hội nghị của UBND tỉnh chiều qua, 3/8, về …"). */
function dateStops(doc: Doc, from: number, to: number): number[] {
  return doc.dates
    .filter((d) => d.start > from && d.start < to && !isForeignDate(doc, d))
    .map((d) => d.start);
}

/** Words before a meeting noun that make it another meeting: a document's, a coming one, a past one. */
const OTHER_MEETING_BEFORE =
  /(?:nghị quyết|kết luận|chỉ thị|văn kiện|thông báo|chào mừng|hướng tới|chuẩn bị|tiến tới|trình|kể từ|sau|trước|các|những|nhiều|hàng|mỗi|để|cho|khi|giúp)\s+$/u;

/** Names of meetings the text mentions, outside the lead sentence, that could be the lead's meeting. */
function otherMentions(doc: Doc, lead: LeadEvent | null): MeetingName[] {
  const out: MeetingName[] = [];
  for (const s of doc.sentences) {
    if (lead && s.start === lead.sentence.start) continue;
    for (const m of meetingMentions(doc.folded, s.start, s.end)) {
      if (OTHER_MEETING_BEFORE.test(doc.folded.slice(Math.max(s.start, m.start - 25), m.start))) continue;
      const n = nameAt(doc, m, s.end, dateStops(doc, m.end, s.end));
      if (n && !n.weak && tokens(n.value) <= MAX_NAME_TOKENS) out.push(n);
    }
  }
  return out;
}

/** What tells meetings of one series apart: their number, term, month, quarter and year. */
const SERIES_KEYS: readonly RegExp[] = [
  /(?:lần thứ|thứ)\s+([\p{L}\d]+)/u,
  /khóa\s+([ivxlc\d]+)/u,
  /tháng\s+(\d{1,2})/u,
  /quý\s+([ivx\d]+)/u,
  /năm\s+(\d{4})/u,
];

/** Kinds of meeting nouns that can name the same meeting. */
const NOUN_KINDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:hội nghị)/u, 'hội nghị'],
  [/^(?:kỳ họp)/u, 'kỳ họp'],
  [/^(?:phiên họp|cuộc họp|buổi họp|họp)/u, 'họp'],
  [/^đại hội/u, 'đại hội'],
  [/^(?:hội thảo|tọa đàm|diễn đàn)/u, 'hội thảo'],
  [/^giao ban/u, 'giao ban'],
  [/^(?:buổi làm việc|phiên làm việc)/u, 'làm việc'],
];

/**
 * A fuller name of the meeting a short one names: it goes on from the short one ("Hội nghị trực tuyến
 * toàn quốc" → "… tổng kết 5 năm …"), or it is of the same kind and carries the same number, term and month
 * ("Hội nghị lần thứ 20" → "Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh …").
 */
function extends_(full: string, short: string): boolean {
  const ff = matchForm(full);
  const fs = matchForm(short);
  if (ff.startsWith(fs)) return true;
  const kind = (f: string) => NOUN_KINDS.find(([re]) => re.test(f))?.[1] ?? null;
  if (kind(ff) !== kind(fs)) return false;
  const keys = SERIES_KEYS.map((re) => [re.exec(fs)?.[1], re.exec(ff)?.[1]] as const).filter(([k]) => k);
  return keys.length > 0 && keys.every(([k, l]) => k === l);
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
