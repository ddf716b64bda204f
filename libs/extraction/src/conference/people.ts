/**
 * Who took part and how: chair (chủ trì), speaker (truyền đạt, quán triệt, trình bày, báo cáo),
 * directing (phát biểu chỉ đạo, kết luận, khai mạc, bế mạc) and attendee (dự, tham dự, present at
 * a connection point). Roles come from the verb after a person or group of people, from an
 * introduction before a list ("Dự hội nghị có các đồng chí: …"), or from a fronted phrase
 * ("Phát biểu kết luận Hội nghị, Tổng Bí thư Tô Lâm …").
 */
import type { ConferencePerson, Presentation, Role } from '@hoinghi/contracts';
import type { PersonMention } from '../vietnamese/names.js';
import { matchForm } from '../vietnamese/normalize.js';
import { startsWithTitle } from '../vietnamese/titles.js';
import { ROLE_VERBS } from '../vocabulary/roles.js';
import type { Doc } from './doc.js';
import type { LeadEvent } from './lead.js';

const VERB_ALT = ROLE_VERBS.map(([v]) => v.replace(/ /g, '\\s+')).join('|');
/** A verb, not a noun that starts like one ("dự thảo", "báo cáo viên", "phát biểu ý kiến"). */
const VERB_AT = new RegExp(
  `^(?:${VERB_ALT})(?![\\p{L}])(?!\\s+(?:thảo|án|kiến|báo|khuyết|toán|trữ|bị|viên|tham luận|thảo luận|ý kiến(?!\\s+(?:chỉ đạo|khai mạc))))`,
  'u',
);
const ADVERBS = /^(?:(?:đã|cũng|đều|trực tiếp|lên|đến|tới|sẽ|vừa|còn)\s+)+/u;

/** Roles of a verb chain at the start of a text: "dự và chủ trì", "chủ trì, phát biểu khai mạc". */
function verbChain(f: string): { roles: Set<Role>; length: number } | null {
  let rest = f;
  let consumed = 0;
  const roles = new Set<Role>();
  for (;;) {
    const adv = ADVERBS.exec(rest);
    if (adv) {
      rest = rest.slice(adv[0].length);
      consumed += adv[0].length;
    }
    const m = VERB_AT.exec(rest);
    if (!m) break;
    const verb = m[0].replace(/\s+/g, ' ');
    for (const r of ROLE_VERBS.find(([v]) => v === verb)?.[1] ?? []) roles.add(r);
    rest = rest.slice(m[0].length);
    consumed += m[0].length;
    const join = /^\s*(?:và|,)\s*/u.exec(rest);
    if (!join || !VERB_AT.test(rest.slice(join[0].length).replace(ADVERBS, ''))) break;
    rest = rest.slice(join[0].length);
    consumed += join[0].length;
  }
  return roles.size ? { roles, length: consumed } : null;
}

/** Separators allowed between members of one list of people. */
function joinsGroup(between: string): boolean {
  const pieces = between
    .split(/[;,]|(?<![\p{L}])(?:và|cùng)(?![\p{L}])/u)
    .map((p) => p.replace(/(?:các\s+)?(?:đồng chí|ông|bà)\s*:?|đ\/c|[:\s]/giu, ' ').trim());
  return pieces.every((p) => p === '' || startsWithTitle(p));
}

const INTRO_ATTEND =
  /(?<![\p{L}])(?:tham dự|đến dự|cùng dự|dự họp|dự|có mặt)(?![\p{L}])(?!\s+(?:thảo|án|kiến|báo|khuyết|toán))/u;
const INTRO_END =
  /(?:có|gồm|của|:|đồng chí|các đồng chí|ông|bà|các ông|các bà|các đồng chí ủy viên bộ chính trị)\s*:?\s*$/u;
const FRONTED_DIRECTING =
  /^(?:tại hội nghị,\s*)?(?:phát biểu(?: ý kiến)?\s+(?:chỉ đạo|kết luận|khai mạc|bế mạc|tổng kết)|phát biểu chỉ đạo và bế mạc|kết luận (?:hội nghị|cuộc họp|phiên họp|buổi làm việc))[^,]*,/u;
const HONORIFIC_TAIL = '\\s*(?:(?:các\\s+)?(?:đồng chí|ông|bà)\\s*)?$';
const CHAIRED_BY = new RegExp(
  `(?:(?:dưới|với) sự chủ trì|có sự tham dự và chủ trì) của${HONORIFIC_TAIL}`,
  'u',
);
const DEMANDED_BY = new RegExp(
  `(?:đây|đó) là (?:yêu cầu|chỉ đạo|ý kiến chỉ đạo|những chỉ đạo) của${HONORIFIC_TAIL}`,
  'u',
);
/** "Sáng nay (7/8), chủ trì họp Thường trực Chính phủ …, Thủ tướng Nguyễn Xuân Phúc nhấn mạnh". */
/** A title standing alone as a subject ("đồng chí Bí thư Huyện ủy nhấn mạnh", "Tổng Bí thư yêu cầu"). */
const TITLE_SUBJECT =
  /(?:^|,\s*)(?:đồng chí\s+)?(?=(?:phó\s+)?(?:bí thư|chủ tịch|tổng bí thư|thủ tướng|trưởng ban|bộ trưởng)(?![\p{L}]))/gu;
const FRONTED_CHAIR = /^(?:[^,]{0,30}\d[^,]{0,10},\s*)?(?:đồng\s+)?chủ trì\s[^,]*,\s*$/u;
const NOT_TAKING_PART = /(?:thay mặt|thừa ủy quyền|theo ủy quyền của)\s*$/u;
const SENT_ONLY = /^[\s,]*(?:đã\s+)?gửi\s+(?!nội dung phát biểu)/u;

interface Unit {
  text: string;
  folded: string;
  offset: number | null;
  persons: PersonMention[];
  isLead: boolean;
}

interface Collected {
  name: string;
  titles: string[];
  roles: Set<Role>;
  span: { start: number; end: number } | null;
  connectionPoint: string | null;
  order: number;
  excluded: boolean;
}

export interface PeopleResult {
  people: ConferencePerson[];
  presentations: Presentation[];
}

export function findPeople(doc: Doc, lead: LeadEvent | null): PeopleResult {
  const byName = new Map<string, Collected>();
  const presentations: Presentation[] = [];
  const leadPara = lead
    ? doc.paragraphs.find((p) => p.start <= lead.sentence.start && lead.sentence.start < p.end)
    : null;
  const units: Unit[] = doc.sentences.map((s) => ({
    text: s.text,
    folded: doc.folded.slice(s.start, s.end),
    offset: s.start,
    persons: personsIn(doc, s.start, s.end).map((p) => shift(p, -s.start)),
    isLead: leadPara ? s.start >= leadPara.start && s.start < leadPara.end : false,
  }));
  for (const c of doc.captions)
    units.push({ text: c.text, folded: c.folded, offset: null, persons: c.persons, isLead: false });

  let order = 0;
  const get = (p: PersonMention, unit: Unit): Collected => {
    const key = matchForm(p.name);
    let c = byName.get(key);
    if (!c) {
      c = {
        name: p.name,
        titles: [],
        roles: new Set(),
        span: unit.offset === null ? null : { start: unit.offset + p.start, end: unit.offset + p.end },
        connectionPoint: null,
        order: order++,
        excluded: false,
      };
      byName.set(key, c);
    }
    for (const t of p.titles) if (!c.titles.includes(t)) c.titles.push(t);
    return c;
  };

  for (const unit of units) {
    readUnit(unit, get, presentations, doc);
  }
  resolveTitleReferences(units, byName);

  // People named in the lead paragraph without a verb of their own took part.
  for (const unit of units.filter((u) => u.isLead)) {
    for (const p of unit.persons) {
      const c = byName.get(matchForm(p.name));
      if (!c || c.roles.size || c.excluded) continue;
      if (SENT_ONLY.test(unit.folded.slice(p.phraseEnd))) continue;
      c.roles.add('attendee');
    }
  }

  const people = [...byName.values()]
    .filter((c) => c.roles.size > 0)
    .sort((a, b) => a.order - b.order)
    .map((c) => ({
      name: c.name,
      titles: c.titles,
      roles: ROLE_ORDER.filter((r) => c.roles.has(r)),
      connectionPoint: c.connectionPoint,
      span: c.span ? doc.span(c.span.start, c.span.end) : null,
    }));
  return { people, presentations };
}

const ROLE_ORDER: Role[] = ['chair', 'speaker', 'directing', 'attendee'];

/** People named inside a stretch of text; `doc.persons` is in text order. */
function personsIn(doc: Doc, start: number, end: number): PersonMention[] {
  let lo = 0;
  let hi = doc.persons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.persons[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: PersonMention[] = [];
  for (let i = lo; i < doc.persons.length && doc.persons[i].start < end; i++) {
    if (doc.persons[i].end <= end) out.push(doc.persons[i]);
  }
  return out;
}

function shift(p: PersonMention, by: number): PersonMention {
  return {
    ...p,
    start: p.start + by,
    end: p.end + by,
    phraseStart: p.phraseStart + by,
    phraseEnd: p.phraseEnd + by,
  };
}

function readUnit(
  unit: Unit,
  get: (p: PersonMention, u: Unit) => Collected,
  presentations: Presentation[],
  doc: Doc,
): void {
  const f = unit.folded;
  const persons = unit.persons;
  // Groups of people listed together share the verb after the list.
  const groups: PersonMention[][] = [];
  for (const p of persons) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && joinsGroup(f.slice(prev.phraseEnd, p.phraseStart))) last.push(p);
    else groups.push([p]);
  }
  const fronted = FRONTED_DIRECTING.exec(f);
  let introRoles: Role[] = [];
  let introPoint: string | null = null;
  let cursor = 0;
  let frontedTaken = false;
  for (const group of groups) {
    const intro = f.slice(cursor, group[0].phraseStart);
    const introText = unit.text.slice(cursor, group[0].phraseStart);
    if (INTRO_ATTEND.test(intro) && INTRO_END.test(intro)) {
      introRoles = /chủ trì/u.test(intro) ? ['attendee', 'chair'] : ['attendee'];
      const point = /(?:điểm cầu|đầu cầu)\s+([^,;:]+?)\s*(?:,|có|$)/u.exec(introText);
      introPoint = point ? point[1].trim() : null;
    } else if (
      /(?:tại|dự tại)\s+(?:điểm cầu|đầu cầu)[^,;:]*\s+có\s*(?:sự tham dự của\s*)?(?:các\s+)?(?:đồng chí|ông|bà)?\s*:?\s*$/u.test(
        intro,
      )
    ) {
      introRoles = ['attendee'];
    }
    const excludedBefore = NOT_TAKING_PART.test(
      f.slice(Math.max(cursor, group[0].phraseStart - 40), group[0].phraseStart),
    );
    const roles = new Set<Role>(excludedBefore ? [] : introRoles);
    if (CHAIRED_BY.test(f.slice(Math.max(0, group[0].phraseStart - 40), group[0].phraseStart)))
      roles.add('chair');
    if (DEMANDED_BY.test(f.slice(Math.max(0, group[0].phraseStart - 60), group[0].phraseStart)))
      roles.add('directing');
    // The fronted role goes to the first person after it who is not spoken for ("thay mặt X").
    if (fronted && !frontedTaken && group[0].phraseStart >= fronted[0].length - 1 && !excludedBefore) {
      roles.add('directing');
      frontedTaken = true;
    }
    if (cursor === 0 && FRONTED_CHAIR.test(intro)) roles.add('chair');
    const last = group[group.length - 1];
    const after = verbAfter(f, last.phraseEnd);
    if (after) for (const r of after.roles) roles.add(r);
    // A verb after a list is everyone's in it: a verb between members would have split the list.
    for (const p of group) {
      const c = get(p, unit);
      if (excludedBefore) {
        c.excluded = true;
        continue;
      }
      for (const r of roles) c.roles.add(r);
      if (introPoint && roles.has('attendee') && !c.connectionPoint) c.connectionPoint = introPoint;
    }
    if (after?.roles.has('speaker')) {
      const topic = topicAfter(unit.text, last.phraseEnd + after.length);
      if (topic)
        for (const p of group)
          presentations.push({ speaker: p.name, topic, span: topicSpan(doc, unit, topic) });
    }
    cursor = last.phraseEnd;
  }
}

/** The verb chain a person or list is the subject of, allowing "và các đại biểu" in between. */
export function verbAfter(f: string, at: number): { roles: Set<Role>; length: number } | null {
  const rest = f.slice(at);
  const lead = /^[\s,–-]*/u.exec(rest)![0];
  const direct = verbChain(rest.slice(lead.length));
  if (direct) return { roles: direct.roles, length: lead.length + direct.length };
  if (!/^\s+và\s/u.test(rest)) return null;
  // "Tô Lâm và các đại biểu dự …": the verb a few words on is shared.
  let words = 0;
  for (const m of rest.matchAll(/\s+(?=\S)/gu)) {
    const at2 = m.index + m[0].length;
    if (/[.;:]/.test(rest.slice(0, at2)) || ++words > 8) break;
    if (words < 2) continue;
    const chain = verbChain(rest.slice(at2));
    if (chain) return { roles: chain.roles, length: at2 + chain.length };
  }
  return null;
}

/** The topic a speaker presented: the quotation or the text after "chuyên đề:". */
function topicAfter(text: string, at: number): string | null {
  const rest = text.slice(at, at + 400);
  const quoted = /^[^.;]{0,60}?(?:chuyên đề|nội dung|về)\s*:?\s*[“"]([^”"]{5,300})[”"]/u.exec(rest);
  if (quoted) return quoted[1].trim();
  const colon = /^[^.;]{0,30}?chuyên đề\s*:\s*([^;]{5,300}?)(?:;|\.\s|$)/u.exec(rest);
  return colon ? colon[1].trim() : null;
}

function topicSpan(doc: Doc, unit: Unit, topic: string) {
  if (unit.offset === null) return null;
  const at = unit.text.indexOf(topic);
  return at < 0 ? null : doc.span(unit.offset + at, unit.offset + at + topic.length);
}

/**
 * "Kết luận Hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh…": a title standing for a person named
 * earlier with that title gets the role.
 */
function resolveTitleReferences(units: Unit[], byName: Map<string, Collected>): void {
  const people = [...byName.values()];
  for (const unit of units) {
    const f = unit.folded;
    const fronted = FRONTED_DIRECTING.exec(f);
    for (const m of f.matchAll(TITLE_SUBJECT)) {
      const from = m.index + m[0].length;
      // A title inside someone's phrase ("…, Trưởng Ban Chỉ đạo …") is that person's.
      if (unit.persons.some((p) => p.phraseStart <= from && from < p.phraseEnd)) continue;
      const isFronted = fronted !== null && m.index <= fronted[0].length + 1;
      let best: { person: Collected; roles: Set<Role> } | null = null;
      let words = 0;
      for (const w of f.slice(from).matchAll(/\s+(?=\S)|$/gu)) {
        const at = from + w.index + w[0].length;
        if (++words > 12 || /[.;:]/.test(f.slice(from, at))) break;
        if (unit.persons.some((p) => p.start >= from && p.start < at)) break;
        const wanted = f
          .slice(from, at)
          .replace(/[\s,]+$/u, '')
          .split(/\s*,\s*/u)
          .filter(Boolean);
        const person = people.find((c) => wanted.every((wt) => c.titles.some((t) => matchForm(t) === wt)));
        const chain = /(?:^|\s)(?:ban|bcđ)\s*$/u.test(f.slice(from, at)) ? null : verbChain(f.slice(at));
        if (person) best = { person, roles: new Set<Role>(chain?.roles ?? []) };
        if (chain) break;
      }
      if (!best) continue;
      if (isFronted) best.roles.add('directing');
      for (const r of best.roles) best.person.roles.add(r);
    }
  }
}
