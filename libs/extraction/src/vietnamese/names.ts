/**
 * Person names in Vietnamese news text. A name is two to four capitalised syllables, usually
 * opened by one of the common surnames, and it stands next to a title ("Thủ tướng Chính phủ Phạm
 * Minh Chính", "Lê Tiến Châu, Ủy viên Trung ương Đảng") or an honorific ("đồng chí A Ten").
 */
import { NOT_NAME_PHRASES, NOT_NAME_WORDS, SURNAMES } from '../vocabulary/names.js';
import { isKnownPlace } from './places.js';
import { startsWithBody } from './bodies.js';
import { endsWithHonorific, formStartsWithTitle, splitTitles, startsWithTitle } from './titles.js';
import { matchForm } from './normalize.js';

const SURNAME_FORMS = new Set(SURNAMES.map(matchForm));
const NOT_NAME_FORMS = new Set(NOT_NAME_WORDS.map(matchForm));

/** Whether a word is a known surname. */
export function isSurname(word: string): boolean {
  return SURNAME_FORMS.has(matchForm(word));
}

/** A person named in the text, with the titles written next to the name. */
export interface PersonMention {
  name: string;
  /** Offsets of the name itself. */
  start: number;
  end: number;
  /** Offsets of the whole phrase: titles before, name, titles after. */
  phraseStart: number;
  phraseEnd: number;
  titles: string[];
  /** Introduced by "đồng chí", "ông", "bà". */
  honorific: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * A capitalised word: one capital letter, or a capital and small letters ("Chính"; not "UBND", not
 * "H'Mông"). A word is letters, maybe joined by one apostrophe. The capital is matched before the look
 * behind it, which lets the engine skip to capitals.
 */
const CAPITALISED_WORD =
  "\\p{Lu}(?<![\\p{L}\\p{M}]\\p{Lu}|[\\p{L}\\p{M}]['’]\\p{Lu})(?:[\\p{Ll}\\p{M}]*(?:['’][\\p{Ll}\\p{M}]+)?)(?![\\p{L}\\p{M}]|['’]\\p{L})";
/** Capitalised words separated by single spaces, in one pass. */
const CAPITALISED_RUN = new RegExp(`${CAPITALISED_WORD}(?:[ \\u00a0]${CAPITALISED_WORD})*`, 'gu');
const RUN_WORD = /[^ \u00a0]+/gu;

/** Runs of capitalised words separated by single spaces. */
function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const run: Word[] = [];
    for (const w of m[0].matchAll(RUN_WORD))
      run.push({ text: w[0], start: m.index + w.index, end: m.index + w.index + w[0].length });
    runs.push(run);
  }
  return runs;
}

/** Drops place names and capitalised honorifics from the front of a run. */
function stripLeading(run: Word[]): Word[] {
  let words = run;
  for (;;) {
    let cut = 0;
    for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
      if (
        isKnownPlace(
          words
            .slice(0, n)
            .map((w) => w.text)
            .join(' '),
        )
      ) {
        cut = n;
        break;
      }
    }
    if (!cut && words.length > 2 && /^(?:ông|bà)$/u.test(matchForm(words[0].text))) cut = 1;
    if (!cut) return words;
    words = words.slice(cut);
  }
}

/** Picks the name inside a run: at most four words, opened by a surname when it is long. */
function nameWords(run: Word[]): Word[] | null {
  let words = stripLeading(run);
  if (words.length > 4) {
    const from = words.findIndex(
      (w, i) => i >= words.length - 4 && i <= words.length - 2 && isSurname(w.text),
    );
    if (from < 0) return null;
    words = words.slice(from);
  }
  if (words.length < 2) return null;
  if (isKnownPlace(words.map((w) => w.text).join(' '))) return null;
  return words;
}

/** Where the clause holding a position starts: after the last ; : ( or line break, or a full stop ending a sentence. */
function clauseStart(text: string, pos: number): number {
  // Titles run a few hundred characters at most; looking further back only costs time.
  const limit = Math.max(0, pos - MAX_TITLE_RUN);
  for (let i = pos - 1; i >= limit; i--) {
    const c = text[i];
    if (/[;:(\n“"]/.test(c)) return i + 1;
    if (c === '.' && /\s/.test(text[i + 1] ?? '')) return i + 1;
  }
  return limit;
}

const MAX_TITLE_RUN = 300;

/** Verbs that end a title run read leftwards from a name. */
const BEFORE_STOP =
  /\s(?:có|gồm|là|của|nghe|dự|tham dự|đến dự|chủ trì|thay mặt|truyền đạt|quán triệt|phát biểu|kết luận|yêu cầu|cho biết|đã|được|bầu)(?![\p{L}])/gu;

/**
 * Title run written just before a name ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"): from the
 * earliest word where a title starts, within the clause and after what the previous person's
 * phrase took, up to the name. A verb in between ends the run ("Dự họp có Bí thư huyện ủy").
 */
function titlesBefore(text: string, nameStart: number, floor: number): { start: number; titles: string[] } {
  const from = Math.max(clauseStart(text, nameStart), floor);
  const before = text.slice(from, nameStart);
  const folded = matchForm(before);
  let cut = 0;
  for (const m of ` ${folded}`.matchAll(BEFORE_STOP)) cut = Math.max(cut, m.index + m[0].length);
  for (const m of folded.matchAll(/(?<![\p{L}])(?:đồng chí|đ\/c|ông|bà)\s*:?\s*/gu))
    cut = Math.max(cut, m.index + m[0].length);
  for (const m of folded.matchAll(/[:]\s*/gu)) cut = Math.max(cut, m.index + m[0].length);
  for (const w of before.slice(cut).matchAll(/\S+/gu)) {
    const at = cut + w.index;
    if (!formStartsWithTitle(folded.slice(at, at + 60))) continue;
    return { start: from + at, titles: splitTitles(before.slice(at).trim().replace(/[,\s]+$/u, '')) };
  }
  return { start: nameStart, titles: [] };
}

/** Words after which a title run stops: what the person did. */
const PREDICATE =
  /\s(?:đã|sẽ|đang|cùng|và|có|tại|về|nêu|chủ trì|đồng chủ trì|(?<!ban\s|bcđ\s)điều hành|dự(?!\s+(?:khuyết|thảo|án|kiến|báo|toán))|tham dự|đến dự|truyền đạt|quán triệt|trình bày|báo cáo(?!\s+viên)|phát biểu|(?<!ban\s|bcđ\s)chỉ đạo|kết luận|thông tin|giới thiệu|hướng dẫn|thông báo|triển khai|nhấn mạnh|cho biết|yêu cầu|đề nghị|khẳng định|gửi|làm việc|ghi nhận|lên|trực tiếp|cũng|được|đánh giá|phát động|triệu tập)(?![\p{L}])/u;

/** A title segment that names a person at its end belongs to that person, not the one before. */
function endsWithName(segment: string): boolean {
  const runs = capitalisedRuns(segment);
  const last = runs[runs.length - 1];
  if (!last) return false;
  const words = nameWords(last);
  return (
    words !== null && isSurname(words[0].text) && words[words.length - 1].end >= segment.trimEnd().length - 1
  );
}

/** A segment that goes on naming the body of the title before it ("Văn phòng Trung ương Đảng", "TT&DL"). */
function continuesTitle(segment: string): boolean {
  return startsWithBody(segment) || /^[\p{Lu}Đ&]{2,}(?![\p{Ll}])/u.test(segment.trim());
}

/** One title segment: up to a comma, semicolon, full stop, dash or an unmatched ")". */
function segmentAt(rest: string): string {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return rest.slice(0, i);
      depth--;
    } else if (c === ';' || c === '\n') return rest.slice(0, i);
    else if (c === ',' && !/^,\s*chống/u.test(rest.slice(i, i + 10))) return rest.slice(0, i);
    else if (c === '.' && /\s/.test(rest[i + 1] ?? ' ')) return rest.slice(0, i);
    else if (/[-–]/.test(c) && rest[i - 1] === ' ' && rest[i + 1] === ' ') return rest.slice(0, i - 1);
  }
  return rest;
}

/** Title segments written just after a name (", Ủy viên Trung ương Đảng, Bí thư Thành ủy"). */
function titlesAfter(text: string, nameEnd: number): { end: number; titles: string[] } {
  let pos = nameEnd;
  const titles: string[] = [];
  for (;;) {
    const sep = /^\s*(?:,|[-–](?=\s|\p{Lu})|\()\s*/u.exec(text.slice(pos, pos + 6));
    if (!sep) break;
    const segStart = pos + sep[0].length;
    const rest = text.slice(segStart, segStart + 200);
    let seg = segmentAt(rest);
    if (endsWithName(seg)) break;
    // " " + seg lets the predicate's leading \s match at the start; index i in it is index i in seg.
    // "… Bộ Giáo dục và Đào tạo": "và" before a capital goes on naming the body.
    const folded = matchForm(seg).replace(/ và (?=\S)/gu, (m, at: number) =>
      /\p{Lu}/u.test(seg[at + 4] ?? '') ? ' vx ' : m,
    );
    const predicate = PREDICATE.exec(` ${folded}`);
    const cutAtPredicate = predicate !== null;
    if (predicate) seg = seg.slice(0, predicate.index).trimEnd();
    if (!seg || !(startsWithTitle(seg) || (titles.length > 0 && continuesTitle(seg)))) break;
    titles.push(...splitTitles(seg));
    pos = segStart + seg.length;
    if (text[pos] === ')') pos++;
    if (cutAtPredicate) break;
  }
  return { end: pos, titles };
}

/** An honorific, maybe a title the members share, and a colon: a list of people follows. */
const LIST_OPENING =
  /(?:^|[^\p{L}])(?:các đồng chí|đồng chí|các ông|các bà|gồm|các)(?:\s+[^:;.]{0,80})?:\s*$/u;
/** How far back a list's opening may stand from a name. */
const LIST_REACH = 120;
/** What stands between two members of a list. */
const LIST_SEPARATOR = /^\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?:(?:đồng chí|ông|bà)\s+)?$/u;

/**
 * Finds people named in a text. A candidate name must stand next to a title or an honorific,
 * so "Hà Nội" or "Đoàn Thanh niên" are not taken for people.
 */
export function findPersonMentions(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  let floor = 0;
  for (const run of capitalisedRuns(text)) {
    const words = nameWords(run);
    if (!words) continue;
    const start = words[0].start;
    const end = words[words.length - 1].end;
    if (start < floor) continue;
    const lead = text.slice(Math.max(clauseStart(text, start), floor), start);
    const honorific = endsWithHonorific(lead);
    const before = titlesBefore(text, start, floor);
    const after = titlesAfter(text, end);
    const hasTitle = before.titles.length > 0 || after.titles.length > 0;
    // "các đồng chí Phó Thủ tướng: Phạm Bình Minh, …; Lê Minh Khái, Vũ Đức Đam và Lê Văn Thành": names
    // under a title the list shares, each after the one before.
    const listed =
      isSurname(words[0].text) &&
      (LIST_OPENING.test(matchForm(text.slice(Math.max(0, start - LIST_REACH), start))) ||
        (out.length > 0 && LIST_SEPARATOR.test(text.slice(out[out.length - 1].phraseEnd, start))));
    if (!honorific && !hasTitle && !listed) continue;
    const name = text.slice(start, end);
    if (NOT_NAME_PHRASES.some((phrase) => matchForm(text.slice(start, start + phrase.length)) === phrase))
      continue;
    if (!isSurname(words[0].text)) {
      if (!honorific || startsWithTitle(name) || NOT_NAME_FORMS.has(matchForm(words[0].text))) continue;
    }
    out.push({
      name,
      start,
      end,
      phraseStart: Math.min(before.start, start),
      phraseEnd: Math.max(after.end, end),
      titles: [...before.titles, ...after.titles],
      honorific,
    });
    floor = Math.max(after.end, end);
  }
  return out;
}
