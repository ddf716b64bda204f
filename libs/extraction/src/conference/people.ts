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
import { alternation } from '../vocabulary/alternation.js';
import {
  ADVERBS_BEFORE_VERB,
  FRONTED_ROLES,
  INTRO_ROLES,
  ROLE_VERBS,
  type RoleCue,
} from '../vocabulary/roles.js';
import { TITLE_RANKS } from '../vocabulary/titles.js';
import type { Doc } from './doc.js';
import { isCaptionLine, type LeadEvent } from './lead.js';

/** Each role verb with the words after which it is no verb ("dự thảo", "báo cáo viên"). */
const VERBS = [...ROLE_VERBS]
  .sort((a, b) => b.verb.length - a.verb.length)
  .map((v) => ({
    ...v,
    re: new RegExp(
      `^${alternation([v.verb])}(?![\\p{L}])${v.notBefore ? `(?!\\s+(?:${alternation(v.notBefore)})(?![\\p{L}]))` : ''}`,
      'u',
    ),
  }));
const ADVERBS = new RegExp(`^(?:(?:${alternation(ADVERBS_BEFORE_VERB)})\\s+)+`, 'u');
/** "thay mặt Đoàn Chủ tịch", "thay mặt lãnh đạo tỉnh": whom the person acts for, before the verb. */
const ON_BEHALF = /^thay mặt\s+/u;
/** Words after "thay mặt" before the verb, at most; after "và/cùng" (others sharing it); after a title's rest. */
const ON_BEHALF_WORDS = 10;
const SHARED_VERB_WORDS = 8;
const TITLE_REST_WORDS = 5;

function verbAtStart(f: string): { cues: RoleCue[]; length: number } | null {
  for (const v of VERBS) {
    const m = v.re.exec(f);
    if (m) return { cues: v.cues, length: m[0].length };
  }
  return null;
}

interface Chain {
  roles: Set<Role>;
  spoke: boolean;
  length: number;
}

/** Roles of a verb chain at the start of a text: "dự và chủ trì", "chủ trì, phát biểu khai mạc". */
function verbChain(f: string): Chain | null {
  let rest = f;
  let consumed = 0;
  const roles = new Set<Role>();
  let spoke = false;
  let found = false;
  for (;;) {
    const adv = ADVERBS.exec(rest);
    if (adv) {
      rest = rest.slice(adv[0].length);
      consumed += adv[0].length;
    }
    const v = verbAtStart(rest);
    if (!v) break;
    found = true;
    for (const c of v.cues) {
      if (c === 'speech') spoke = true;
      else roles.add(c);
    }
    rest = rest.slice(v.length);
    consumed += v.length;
    // "chủ trì hội nghị và có bài phát biểu chỉ đạo": the chain resumes after its object and "và".
    const join = /^\s*(?:và|,)\s*|^\s+(?:[^\s,.;]+\s+){1,4}?và\s+/u.exec(rest);
    if (!join || !verbAtStart(rest.slice(join[0].length).replace(ADVERBS, ''))) break;
    rest = rest.slice(join[0].length);
    consumed += join[0].length;
  }
  return found ? { roles, spoke, length: consumed } : null;
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
/** A source tag or bullet before a sentence: "(BĐT) - ", "• ", "- ". */
const SENTENCE_OPENER = /^\s*(?:\([^)]{1,40}\)\s*[-–—:]?\s*|[-–—•·*+>]+\s+)/u;
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
const NOT_TAKING_PART = /(?:thay mặt|thừa ủy quyền|theo ủy quyền của)\s*$/u;
const SENT_ONLY = /^[\s,]*(?:đã\s+)?gửi\s+(?!nội dung phát biểu)/u;

interface Unit {
  text: string;
  folded: string;
  offset: number | null;
  persons: PersonMention[];
  isLead: boolean;
  /** A photo caption: who it shows was there. */
  isCaption: boolean;
}

interface Collected {
  name: string;
  titles: string[];
  roles: Set<Role>;
  /** Spoke at the meeting without a cue saying in which role. */
  spoke: boolean;
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
    isCaption: isCaptionLine(doc, s.start),
  }));
  for (const c of doc.captions)
    units.push({
      text: c.text,
      folded: c.folded,
      offset: null,
      persons: c.persons,
      isLead: false,
      isCaption: true,
    });

  let order = 0;
  const get = (p: PersonMention, unit: Unit): Collected => {
    const key = matchForm(p.name);
    let c = byName.get(key);
    if (!c) {
      c = {
        name: p.name,
        titles: [],
        roles: new Set(),
        spoke: false,
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

  for (const unit of units) readUnit(unit, get, presentations, doc);
  resolveTitleReferences(units, byName);

  // People named in the lead paragraph or shown in a photo without a verb of their own took part.
  for (const unit of units.filter((u) => u.isLead || u.isCaption)) {
    for (const p of unit.persons) {
      const c = byName.get(matchForm(p.name));
      if (!c || c.roles.size || c.spoke || c.excluded) continue;
      if (SENT_ONLY.test(unit.folded.slice(p.phraseEnd))) continue;
      c.roles.add('attendee');
    }
  }
  resolveSpeeches([...byName.values()]);

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

/** The highest rank any of a person's titles gives. */
export function rankOf(titles: string[]): number {
  let best = 0;
  for (const t of titles) {
    const f = matchForm(t);
    const hit = TITLE_RANKS.find(([re]) => re.test(f));
    if (hit && hit[1] > best) best = hit[1];
  }
  return best;
}

/**
 * Who spoke without a cue for the role: the highest official present, or whoever presided, gave the
 * directing speech; anyone else's speech is a contribution (speaker).
 */
function resolveSpeeches(people: Collected[]): void {
  const present = people.filter((c) => !c.excluded && (c.roles.size > 0 || c.spoke));
  const ranks = new Map(present.map((c) => [c, rankOf(c.titles)]));
  const top = Math.max(0, ...ranks.values());
  for (const c of present) {
    // A presenter's "yêu cầu" or "nhấn mạnh" goes on with the presentation.
    if (!c.spoke || c.roles.has('speaker') || c.roles.has('directing')) continue;
    c.roles.add(c.roles.has('chair') || ranks.get(c) === top ? 'directing' : 'speaker');
  }
}

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

/** A fronted phrase at the sentence start (a source tag or bullet left out), and where it ends. */
function frontedRole(f: string): { cues: RoleCue[]; end: number } | null {
  const opener = SENTENCE_OPENER.exec(f)?.[0].length ?? 0;
  const rest = f.slice(opener);
  for (const [re, cues] of FRONTED_ROLES) {
    const m = re.exec(rest);
    if (m) return { cues, end: opener + m[0].length };
  }
  return null;
}

function readUnit(
  unit: Unit,
  get: (p: PersonMention, u: Unit) => Collected,
  presentations: Presentation[],
  doc: Doc,
): void {
  const f = unit.folded;
  // Groups of people listed together share the verb after the list.
  const groups: PersonMention[][] = [];
  for (const p of unit.persons) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && joinsGroup(f.slice(prev.phraseEnd, p.phraseStart))) last.push(p);
    else groups.push([p]);
  }
  const fronted = frontedRole(f);
  // The roles of an introduction or a fronted phrase hold for every list after it in the sentence.
  let listCues: RoleCue[] = [];
  let introPoint: string | null = null;
  let cursor = 0;
  let frontedTaken = false;
  for (const group of groups) {
    const intro = f.slice(cursor, group[0].phraseStart);
    const introText = unit.text.slice(cursor, group[0].phraseStart);
    if (INTRO_ATTEND.test(intro) && INTRO_END.test(intro)) {
      // "Dự và chủ trì hội nghị có …"; "Đến dự và chỉ đạo … có các đồng chí: …" says only who came: which of
      // them directed, their own verbs tell.
      listCues = /chủ trì/u.test(intro) ? ['attendee', 'chair'] : ['attendee'];
      const point = /(?:điểm cầu|đầu cầu)\s+([^,;:]+?)\s*(?:,|có|$)/u.exec(introText);
      introPoint = point ? point[1].trim() : null;
    } else if (
      /(?:tại|dự tại)\s+(?:điểm cầu|đầu cầu)[^,;:]*\s+có\s*(?:sự tham dự của\s*)?(?:các\s+)?(?:đồng chí|ông|bà)?\s*:?\s*$/u.test(
        intro,
      )
    ) {
      listCues = ['attendee'];
    } else {
      const introRole = INTRO_ROLES.find(([re]) => re.test(intro));
      if (introRole) listCues = introRole[1];
    }
    const excludedBefore = NOT_TAKING_PART.test(
      f.slice(Math.max(cursor, group[0].phraseStart - 40), group[0].phraseStart),
    );
    const cues = new Set<RoleCue>(excludedBefore ? [] : listCues);
    if (CHAIRED_BY.test(f.slice(Math.max(0, group[0].phraseStart - 40), group[0].phraseStart)))
      cues.add('chair');
    if (DEMANDED_BY.test(f.slice(Math.max(0, group[0].phraseStart - 60), group[0].phraseStart)))
      cues.add('directing');
    // The fronted role goes to the first person after it who is not spoken for ("thay mặt X"), and to
    // the list that person opens.
    if (fronted && !frontedTaken && group[0].phraseStart >= fronted.end - 1 && !excludedBefore) {
      for (const c of fronted.cues) cues.add(c);
      frontedTaken = true;
      if (fronted.cues.includes('chair')) listCues = fronted.cues;
    }
    const last = group[group.length - 1];
    const after = verbAfter(f, last.phraseEnd);
    if (after) {
      for (const r of after.roles) cues.add(r);
      if (after.spoke) cues.add('speech');
    }
    // A verb after a list is everyone's in it: a verb between members would have split the list.
    for (const p of group) {
      const c = get(p, unit);
      if (excludedBefore) {
        c.excluded = true;
        continue;
      }
      for (const r of cues) {
        if (r === 'speech') c.spoke = true;
        else c.roles.add(r);
      }
      if (introPoint && cues.has('attendee') && !c.connectionPoint) c.connectionPoint = introPoint;
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

/**
 * The verb chain a person or list is the subject of, allowing "thay mặt <whom>" and "và các đại biểu"
 * (the verb a few words on is shared) in between.
 */
export function verbAfter(f: string, at: number): Chain | null {
  const rest = f.slice(at);
  const lead = /^[\s,–-]*/u.exec(rest)![0];
  const direct = verbChain(rest.slice(lead.length));
  if (direct) return { ...direct, length: lead.length + direct.length };
  // "… thay mặt Đoàn Chủ tịch điều hành", "… và các đại biểu dự", "… - Ngân sách trình bày": the verb a few
  // words on, past whom the person acts for, who joins them or the rest of a title.
  const behalf = ON_BEHALF.exec(rest.slice(lead.length));
  const reach = behalf
    ? ON_BEHALF_WORDS
    : /^\s+(?:và|cùng)\s/u.test(rest)
      ? SHARED_VERB_WORDS
      : TITLE_REST_WORDS;
  let words = 0;
  for (const m of rest.matchAll(/\s+(?=\S)/gu)) {
    const at2 = m.index + m[0].length;
    if (/[.;:]/.test(rest.slice(0, at2)) || ++words > reach) break;
    if (words < 2) continue;
    const chain = verbChain(rest.slice(at2));
    if (chain) return { ...chain, length: at2 + chain.length };
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
    const fronted = frontedRole(f);
    for (const m of f.matchAll(TITLE_SUBJECT)) {
      const from = m.index + m[0].length;
      // A title inside someone's phrase ("…, Trưởng Ban Chỉ đạo …") is that person's.
      if (unit.persons.some((p) => p.phraseStart <= from && from < p.phraseEnd)) continue;
      const isFronted = fronted !== null && m.index <= fronted.end + 1;
      let best: { person: Collected; chain: Chain | null } | null = null;
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
        if (person) best = { person, chain };
        if (chain) break;
      }
      if (!best) continue;
      if (isFronted)
        for (const c of fronted.cues) {
          if (c === 'speech') best.person.spoke = true;
          else best.person.roles.add(c);
        }
      for (const r of best.chain?.roles ?? []) best.person.roles.add(r);
      if (best.chain?.spoke) best.person.spoke = true;
    }
  }
}
