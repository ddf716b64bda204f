/**
 * Connection points and attendees. Totals are those of the whole meeting ("14.535 điểm cầu …
 * trên cả nước"); counts for one local point ("233 điểm cầu trong tỉnh") and per level
 * ("16 điểm cầu cấp huyện") are kept apart.
 */
import type { ConnectionLevel, Scope } from '@hoinghi/contracts';
import { findQuantities, type Quantity } from '../vietnamese/numbers.js';
import { isProse, paragraphAt, sentenceAt, type Doc } from './doc.js';

export interface Count {
  value: number;
  start: number;
  end: number;
}

export interface LevelCount extends Count {
  level: ConnectionLevel;
}

export interface Counts {
  connectionPoints: Count | null;
  attendees: Count | null;
  byLevel: LevelCount[];
  local: {
    name: string;
    connectionPoints: number | null;
    attendees: number | null;
    start: number;
    end: number;
  } | null;
}

const POINTS = /^\s*(?:điểm cầu|đầu cầu)(?![\p{L}])/u;
const PEOPLE = /^\s*(?:đại biểu|cán bộ|đảng viên|người|học viên|thành viên)(?![\p{L}])/u;
const NATIONWIDE = /(?:trên|trong|của)\s+(?:cả nước|toàn quốc)|cả nước|toàn quốc/u;
/** "trong tỉnh", "trên địa bàn huyện", "Tại tỉnh Lào Cai": a place below the whole meeting. */
const LOCAL =
  /(?:tại|trong|của|toàn|trên địa bàn)\s+(tỉnh|huyện|thành phố|quận|thị xã|xã|phường|đảng bộ)(?![\p{L}])|trên địa bàn|thuộc (quận|huyện|tỉnh|thành phố)|toàn đảng bộ|đảng bộ khối/u;

const SCOPE_RANK: Record<string, number> = { commune: 0, district: 1, province: 2, sector: 3, national: 4 };
const PLACE_RANK: Record<string, number> = {
  xã: 0,
  phường: 0,
  huyện: 1,
  quận: 1,
  'thị xã': 1,
  'thành phố': 2,
  tỉnh: 2,
  'đảng bộ': 2,
};

/** Whether a clause places a count in an area smaller than the meeting's. */
function isLocal(clause: string, scope: Scope | null): boolean {
  const m = LOCAL.exec(clause);
  if (!m) return false;
  const place = m[1] ?? m[2] ?? 'tỉnh';
  const meeting = scope ? SCOPE_RANK[scope] : 4;
  return (PLACE_RANK[place] ?? 2) < meeting;
}

/** The level a count is for, when written right after it ("16 điểm cầu cấp huyện"). */
function levelAfter(text: string): ConnectionLevel | null {
  const m =
    /^\s*(?:điểm cầu|đầu cầu)?\s*(?:tại\s+)?(?:\d+\s+)?(?:các\s+)?(?:điểm cầu\s+)?([^.;:\d]{0,160})/u.exec(
      text,
    );
  if (!m) return null;
  // "… huyện ủy, thị ủy trong toàn tỉnh": where the points are, not another level of them.
  const list = m[1].split(/\s(?:trong|trên|thuộc|với|của|cùng)\s/u)[0];
  const levels = new Set<ConnectionLevel>();
  // "thành ủy", "thành phố" name cities at either level and do not tell one.
  for (const w of list.matchAll(
    /(?<![\p{L}])(?<!cán )(cấp\s+\S+|huyện ủy|quận ủy|thị ủy|tỉnh ủy|huyện|quận|thị xã|xã|phường|thị trấn|cơ sở|tỉnh|ban|bộ|ngành|địa phương|đơn vị|cơ quan)(?![\p{L}])/gu,
  )) {
    const word = w[1];
    if (/^(?:cấp\s+)?(?:xã|phường|thị trấn|cơ sở)/u.test(word)) levels.add('commune');
    else if (/^(?:cấp\s+)?(?:huyện|quận|thị xã|huyện ủy|quận ủy|thị ủy)/u.test(word)) levels.add('district');
    else if (/^(?:cấp\s+)?(?:tỉnh|tỉnh ủy|thành ủy)/u.test(word)) levels.add('province');
    else if (/^(?:ban|bộ|ngành|cấp trung ương)/u.test(word)) levels.add('central');
    else levels.add('other');
    if (w.index > 20 && levels.size === 1) break;
  }
  // A list over several levels ("các ban, bộ, ngành, địa phương, xã, phường") is the whole meeting.
  return levels.size === 1 ? [...levels][0] : null;
}

interface Candidate {
  q: Quantity;
  nationwide: boolean;
  local: boolean;
  level: ConnectionLevel | null;
}

/** How far on either side of a number its sentence is read: beyond any real one, bounded on run-on text. */
const REACH = 1_000;

/** The sentence around a number, at most REACH characters on either side of it. */
function sentenceAround(doc: Doc, at: number): { start: number; end: number } {
  const s = sentenceAt(doc, at);
  return {
    start: Math.max(s ? s.start : 0, at - REACH),
    end: Math.min(s ? s.end : doc.bodyEnd, at + REACH),
  };
}

/** Splits the text into clauses at ";" and sentence ends, so "… cả nước; 233 … trong tỉnh" splits. */
function clauseOf(doc: Doc, at: number): { start: number; end: number } {
  const { start, end } = sentenceAround(doc, at);
  const before = doc.folded.slice(start, at);
  const after = doc.folded.slice(at, end);
  const cut = before.lastIndexOf(';');
  const next = after.indexOf(';');
  return { start: cut >= 0 ? start + cut + 1 : start, end: next >= 0 ? at + next : end };
}

/**
 * People counted for something else than being there: represented ("đại diện cho 11.000 đảng viên"),
 * speaking ("15 đại biểu phát biểu"), elected, disciplined, admitted, hurt.
 */
const NOT_ATTENDING_BEFORE =
  /(?:đại diện cho|thay mặt cho|đại diện|kỷ luật|kiểm tra|kết nạp|xử lý|khen thưởng|vi phạm|hỗ trợ|giải quyết|làm|bầu ra|bầu|gồm|trong đó có|trong đó)\s+(?:(?:hơn|trên|gần|khoảng|cho)\s+)?$/u;
const NOT_ATTENDING_AFTER =
  /^\s*(?:[\p{L}]+\s+){0,3}?(?:phát biểu|tham luận|ý kiến|được bầu|trúng cử|đi dự|chết|bị thương|mất tích|được khen|vi phạm)/u;
/** Words saying a count of people is of those present, for nouns other than "đại biểu". */
const ATTENDING = /(?:tham dự|dự|tham gia|có mặt|triệu tập|sự tham dự|sự tham gia|với|cho|cùng)(?![\p{L}])/u;
/** A point the article reports from: its counts are that point's ("Tại điểm cầu Vĩnh Long, … trên 30 đại biểu"). */
const AT_LOCAL_POINT = /(?:tại|ở|dự tại)\s+(?:điểm cầu|đầu cầu)\s+(?!chính|trung tâm|trung ương)/u;

function candidates(doc: Doc, unit: RegExp, scope: Scope | null, withLevel: boolean): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text.slice(0, doc.bodyEnd);
  const people = unit === PEOPLE;
  for (const q of findQuantities(text)) {
    // "77/86 đại biểu": the count of those present, out of those convened.
    const after = doc.folded.slice(q.end, q.end + 40).replace(/^\s*\/\s*\d+/u, '');
    if (!unit.test(after)) continue;
    const clause = clauseOf(doc, q.start);
    const f = doc.folded.slice(clause.start, clause.end);
    if (people) {
      const before = doc.folded.slice(Math.max(clause.start, q.start - 30), q.start);
      const noun = /^\s*đại biểu/u.test(after);
      if (NOT_ATTENDING_BEFORE.test(before) || NOT_ATTENDING_AFTER.test(after.replace(unit, ''))) continue;
      if (!noun && !ATTENDING.test(f)) continue;
      // "Tổng số đại biểu dự kiến khoảng 6.000 người": a plan, not a count.
      if (/(?:dự kiến|sẽ)(?![\p{L}])/u.test(doc.folded.slice(clause.start, q.start))) continue;
    }
    const sentence = sentenceAt(doc, q.start) ? sentenceAround(doc, q.start) : clause;
    const whole = doc.folded.slice(sentence.start, sentence.end);
    const nationwide = NATIONWIDE.test(f);
    out.push({
      q,
      nationwide,
      local: isLocal(f, scope) || (!nationwide && (isLocal(whole, scope) || AT_LOCAL_POINT.test(whole))),
      level: withLevel ? levelAfter(doc.folded.slice(q.end, q.end + 200)) : null,
    });
  }
  return out;
}

function pickTotal(list: Candidate[], scope: Scope | null, allowProvinceLevel: boolean): Count | null {
  // "kết nối tới 63 điểm cầu các tỉnh, thành phố" is a national meeting's total when no other level is
  // counted; beside "420 điểm cầu cấp xã" it is one level's.
  const levels = new Set(list.filter((c) => c.level !== null).map((c) => c.level));
  const usable = list.filter(
    (c) =>
      !c.local &&
      (c.level === null ||
        (allowProvinceLevel && scope === 'national' && c.level === 'province' && levels.size === 1)),
  );
  const preferred = usable.filter((c) => c.nationwide);
  const pool = preferred.length ? preferred : usable;
  if (!pool.length) return null;
  const best = pool.reduce((a, b) => (b.q.value > a.q.value ? b : a));
  return { value: best.q.value, start: best.q.start, end: best.q.end };
}

export function findCounts(doc: Doc, scope: Scope | null): Counts {
  const points = candidates(doc, POINTS, scope, true);
  const people = candidates(doc, PEOPLE, scope, false);
  const connectionPoints = pickTotal(points, scope, true);
  const attendees = pickTotal(people, scope, false);
  const byLevel: LevelCount[] = points
    .filter((c) => c.level !== null)
    .map((c) => ({ level: c.level as ConnectionLevel, value: c.q.value, start: c.q.start, end: c.q.end }));
  return { connectionPoints, attendees, byLevel, local: localPoint(doc, points, people) };
}

/** The connection point the article reports from ("Tại điểm cầu tỉnh Nghệ An có …"). */
function localPoint(doc: Doc, points: Candidate[], people: Candidate[]): Counts['local'] {
  const folded = doc.folded.slice(0, doc.bodyEnd);
  for (const m of folded.matchAll(
    /(?:tại|dự tại|tham dự tại)\s+(?:điểm cầu|đầu cầu)\s+(?!chính|trung tâm|trung ương)/gu,
  )) {
    const start = m.index + m[0].length;
    // Captions name the point too; the paragraph saying who attended there is the one to read.
    const para = paragraphAt(doc, start);
    if (!para || !isProse(para.text)) continue;
    const rest = doc.text.slice(start, start + 120);
    const name = rest
      .split(/\s+(?:có|,|với|đã|gồm)\s|[,;.:(\n]/u)[0]
      .trim()
      .replace(/^tại\s+/iu, '');
    if (!name) continue;
    // The point's own counts: per level or placed below the meeting, in its paragraph.
    const here = (c: Candidate) =>
      (c.local || c.level !== null) && c.q.start >= para.start && c.q.start < para.end;
    const localPoints = points.filter(here);
    const localPeople = people.filter(here);
    return {
      name,
      connectionPoints: localPoints.length ? localPoints.reduce((s, c) => s + c.q.value, 0) : null,
      attendees: localPeople.length ? Math.max(...localPeople.map((c) => c.q.value)) : null,
      start,
      end: start + name.length,
    };
  }
  return null;
}
