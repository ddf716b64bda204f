/**
 * People in English reports: Vietnamese names written surname first, with or without diacritics
 * ("Prime Minister Pham Minh Chinh", "Trần Quốc Cường, Secretary of the Provincial Party Committee"), and
 * what each did at the meeting, read from the verb of their clause (shared by a list of people) or from a
 * phrase naming them ("under the chair of", "attended by", "In his opening remarks, …").
 */
import type { Role } from '@hoinghi/contracts';
import { SURNAMES } from '../vocabulary/names.js';
import { foldDiacritics } from '../vietnamese/normalize.js';
import { vietnameseProvince } from './bodies.js';

export interface EnglishPerson {
  name: string;
  start: number;
  end: number;
  /** The title phrases written before and after the name. */
  titles: string;
  roles: Set<Role>;
  /** Said something at the meeting without a verb that says in which role. */
  spoke: boolean;
  /** Named with a title, so a participant rather than someone only mentioned by name. */
  titled: boolean;
}

const SURNAME_KEYS = new Set(SURNAMES.map((s) => foldDiacritics(s).toLowerCase()));

/** Capitalised words of places and institutions that follow a surname-like word, never in names. */
const NOT_NAME_WORD =
  /^(?:City|Province|Provincial|District|Commune|Ward|Street|Road|Hall|Bridge|Airport|University|Hospital|Square|Mausoleum|Museum|Park|Port|Lake|River|Mountain|Island|Center|Centre|Campaign|Trail|Thought|Ideology|Prize|Award|Party|Committee|Council|Front|Ministry|Department|Police|Army|Group|Corporation|Company|Bank|Pagoda|Temple|Resolution|Directive|Conclusion|Decision|Plenum|Congress|Conference|National|Central|Government|People|People's|People’s)$/;
/** Places and the late President, which look like names but never take part. */
const NOT_PARTICIPANTS =
  /^(?:ho chi minh|ha noi|ha long|hai phong|dien bien phu|vo nguyen giap|ton duc thang|le duan)$/i;

const WORD = "[\\p{Lu}][\\p{L}\\p{M}'’]*";
const CAPITALISED_RUN = new RegExp(`${WORD}(?:[ \\u00a0]${WORD})+`, 'gu');

/** Title words right before a name: "Prime Minister", "Party General Secretary", "General", "Mr". */
const TITLE_BEFORE =
  /(?:secretary|president|minister|chair(?:man|woman)?|deputy|director|head|member|governor|commander|general|colonel|lieutenant|major|comrade|mr\.?|mrs\.?|ms\.?|madam|dr\.?|prof\.?|leader|ambassador|chief|inspector|editor|officer|pm|na)\s*$/i;

/** Role verbs after a person (and their titles), each with the roles it gives. */
const ROLE_VERBS: ReadonlyArray<[RegExp, Role[]]> = [
  [/^(?:also )?(?:co-)?chair(?:ed|s)\b|^(?:also )?presid(?:ed|es) over\b|^moderat(?:ed|es)\b/i, ['chair']],
  [
    /^(?:also )?(?:delivered|gave|made) (?:a |an |the |his |her )?(?:keynote |opening |closing |concluding |directing |important |key )*(?:speech|address|remarks|directions|instructions)\b|^addressed\b|^directed\b|^concluded\b/i,
    ['directing'],
  ],
  [/^(?:also )?(?:presented|reported|briefed|delivered (?:a |the )?report|announced)\b/i, ['speaker']],
  [
    /^(?:also )?(?:attended|attends|was present|were present|participated|joined|was among|were among)\b/i,
    ['attendee'],
  ],
  [/^(?:worked|works|had a working session|held a working session|met)\b/i, ['attendee']],
];
/** Speech verbs: what a participant said, not in which role. */
const SPEECH =
  /^(?:also )?(?:said|says|stated|stressed|emphasi[sz]ed|noted|highlighted|asked|urged|requested|called for|pointed out|underlined|affirmed|suggested|proposed|told|ordered|instructed|praised|acknowledged|appreciated|outlined|spoke|expressed|hailed|reiterated|added|asserted|demanded|assigned|commended)\b/i;

/** Phrases before a person that give the role, up to the name (titles may stand between). */
const FRONTED: ReadonlyArray<[RegExp, Role[] | 'spoke']> = [
  [
    /\b(?:under the chair(?:manship)? of|chaired by|co-chaired by|presided over by|moderated by|with the chairmanship of)\s+(?:[^.;]{0,120})$/i,
    ['chair'],
  ],
  [
    /\b(?:attended by|with the (?:participation|attendance|presence) of|(?:those )?attending (?:[^.;]{0,60}?)(?:were|was|included)|(?:also )?(?:present|attending) (?:at [^.;]{0,60} )?(?:were|was)|participants included)\s+(?:[^.;]{0,120})$/i,
    ['attendee'],
  ],
  [
    /\b(?:in (?:his|her) (?:opening|closing|concluding|keynote|directing) (?:remarks|speech|address)|(?:opening|concluding|closing) the (?:conference|meeting|plenum|session|event|congress))\s*,\s*(?:[^.;]{0,100})$/i,
    ['directing'],
  ],
  [
    /\b(?:speaking at|addressing) the (?:conference|meeting|plenum|session|event|congress|working session|sitting)[^,]{0,40},\s*(?:[^.;]{0,100})$/i,
    'spoke',
  ],
];

/** A capitalised run holding a Vietnamese name: its first surname and up to three words after it. */
function nameIn(run: string): { name: string; offset: number } | null {
  const words = run.split(/[ \u00a0]/);
  let offset = 0;
  for (let i = 0; i < words.length - 1; i++) {
    if (SURNAME_KEYS.has(foldDiacritics(words[i]).toLowerCase()) && !NOT_NAME_WORD.test(words[i + 1])) {
      const name: string[] = [];
      for (let j = i; j < Math.min(words.length, i + 4) && !NOT_NAME_WORD.test(words[j]); j++)
        name.push(words[j]);
      const joined = name.join(' ').replace(/['’]s$/u, '');
      if (name.length < 2 || NOT_PARTICIPANTS.test(foldDiacritics(joined)) || vietnameseProvince(joined))
        return null;
      return { name: joined, offset };
    }
    offset += words[i].length + 1;
  }
  return null;
}

interface Mention {
  person: EnglishPerson;
  at: number;
  end: number;
  /** Roles or speech found for this mention's own clause; null when its verb comes after a later name. */
  verb: { roles: Role[]; spoke: boolean } | null;
  /** The role a phrase before the name gives ("under the chair of"). */
  fronted: Role[] | 'spoke' | null;
}

/** People named with a title, a role verb or a role phrase, in the given sentences of `text`. */
export function findEnglishPeople(
  text: string,
  sentences: Array<{ start: number; end: number }>,
): EnglishPerson[] {
  const byKey = new Map<string, EnglishPerson>();
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const mentions: Mention[] = [];
    for (const m of sentence.matchAll(CAPITALISED_RUN)) {
      const found = nameIn(m[0]);
      if (!found) continue;
      const at = m.index + found.offset;
      const end = at + found.name.length;
      const key = foldDiacritics(found.name).toLowerCase();
      let person = byKey.get(key);
      if (!person) {
        person = {
          name: found.name,
          start: s.start + at,
          end: s.start + end,
          titles: '',
          roles: new Set(),
          spoke: false,
          titled: false,
        };
        byKey.set(key, person);
      }
      mentions.push({ person, at, end, verb: null, fronted: null });
    }
    mentions.forEach((m, i) => {
      const next = mentions[i + 1]?.at ?? sentence.length;
      const floor = i > 0 ? mentions[i - 1].end : 0;
      // Titles before a name stand in its own clause: back to the last comma, semicolon or full stop.
      const clause = sentence.slice(floor, m.at);
      const before = clause.slice(Math.max(clause.search(/[^,;.:]*$/u), clause.length - 100));
      const between = sentence.slice(m.end, next);
      const verbAt = verbPosition(between);
      const titleAfter = /^\s*,\s*\p{Lu}/u.test(between) ? between.slice(0, verbAt ?? between.length) : '';
      const titledBefore = TITLE_BEFORE.test(before.trimEnd());
      if (titledBefore || titleAfter) {
        m.person.titled = true;
        m.person.titles =
          `${m.person.titles} ${titledBefore ? before.trim() : ''} ${titleAfter.replace(/^[\s,]+|[\s,]+$/gu, '')}`.trim();
      }
      m.fronted = FRONTED.find(([re]) => re.test(sentence.slice(floor, m.at)))?.[1] ?? null;
      if (verbAt !== null) m.verb = readVerbs(between.slice(verbAt));
      else if (!titleAfter && !/^\s*(?:,|;|and\b)/u.test(between)) m.verb = { roles: [], spoke: false };
    });
    // A verb after a list of people ("X, Title; Y, Title; and Z also attended") is everyone's in it, and so
    // is a phrase before it ("Attending were X, Y and Z").
    let pending: Mention[] = [];
    let carried: Role[] | 'spoke' | null = null;
    for (const m of mentions) {
      if (m.fronted) carried = m.fronted;
      if (carried === 'spoke') m.person.spoke = true;
      else if (carried) for (const r of carried) m.person.roles.add(r);
      pending.push(m);
      if (!m.verb) continue;
      for (const p of pending) {
        for (const r of m.verb.roles) p.person.roles.add(r);
        if (m.verb.spoke) p.person.spoke = true;
      }
      pending = [];
      carried = null;
    }
  }
  resolveGivenNames(text, sentences, byKey);
  return [...byKey.values()].filter((p) => p.roles.size > 0 || p.spoke || p.titled);
}

/** Where the verb of a person's clause starts in the text after the name, skipping titles. */
function verbPosition(after: string): number | null {
  for (const m of after.matchAll(/(?:^|[\s,]+)(?=[a-z])/g)) {
    const at = m.index + m[0].length;
    const rest = after.slice(at);
    if (ROLE_VERBS.some(([re]) => re.test(rest)) || SPEECH.test(rest)) return at;
  }
  return null;
}

/** The verbs a person is the subject of: "chaired the conference and delivered a speech". */
function readVerbs(rest: string): { roles: Role[]; spoke: boolean } {
  const roles: Role[] = [];
  let spoke = false;
  let tail = rest;
  for (let i = 0; i < 3 && tail; i++) {
    const role = ROLE_VERBS.find(([re]) => re.test(tail));
    if (role) roles.push(...role[1]);
    else if (SPEECH.test(tail)) spoke = true;
    else break;
    const next = /\s(?:and|as well as)\s+(?:also\s+)?(?=[a-z])/.exec(tail.slice(0, 160));
    if (!next || /[.;]/.test(tail.slice(0, next.index))) break;
    tail = tail.slice(next.index + next[0].length);
  }
  return { roles, spoke };
}

/** "Chinh said …", "PM Chinh stressed …": the given name alone refers to a person named before. */
function resolveGivenNames(
  text: string,
  sentences: Array<{ start: number; end: number }>,
  byKey: Map<string, EnglishPerson>,
): void {
  const byGiven = new Map<string, EnglishPerson>();
  for (const p of byKey.values()) byGiven.set(p.name.split(' ').pop()!, p);
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const [given, person] of byGiven) {
      for (const m of sentence.matchAll(
        new RegExp(`(?<![\\p{L}])${given}(?:['’]s)?(?![\\p{L}])\\s+`, 'gu'),
      )) {
        const rest = sentence.slice(m.index + m[0].length);
        const verb = readVerbs(rest);
        for (const r of verb.roles) person.roles.add(r);
        if (verb.spoke) person.spoke = true;
      }
    }
  }
}
