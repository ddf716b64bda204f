/**
 * The meeting's level: from who organised it, else from its name, else from the titles of the
 * officials who chaired or attended it.
 */
import { scopeOfBody, type Scope } from '../vietnamese/bodies.js';
import { matchForm } from '../vietnamese/normalize.js';
import { mentionsCentralCity } from '../vietnamese/places.js';
import type { Doc } from './doc.js';

/** Titles that say a person sits on a higher body, not where the person works. */
const MEMBERSHIP =
  /^(?:nguyên\s+)?(?:ủy viên|uv|tuv|huv|uvtw|uvt\.ư|đại biểu quốc hội|bí thư trung ương đảng)/u;

const RANK: Record<Scope, number> = { commune: 0, district: 1, province: 2, sector: 3, national: 4 };

export interface ScopeInputs {
  organizers: string[];
  name: string | null;
  /** Titles of the people who chaired or led the meeting, best first. */
  leaderTitles: string[][];
}

export function findScope(doc: Doc, inputs: ScopeInputs): Scope | null {
  const central = mentionsCentralCity(doc.text.slice(0, doc.bodyEnd) + ' ' + (doc.title ?? ''));
  for (const o of inputs.organizers) {
    const s = scopeOfBody(o, central);
    if (s) return s;
  }
  const name = matchForm(inputs.name ?? '');
  if (/(?<![\p{L}])toàn quốc(?![\p{L}])/u.test(name)) return 'national';
  if (
    /(?<![\p{L}])(?:toàn )?ngành(?![\p{L}])/u.test(name) ||
    /(?<![\p{L}])ngành(?![\p{L}])/u.test(doc.titleFolded)
  ) {
    return 'sector';
  }
  if (
    /^(?:hội nghị|phiên họp|cuộc họp)\s+(?:lần thứ\s+\S+\s+)?(?:ban chấp hành trung ương|bch trung ương)/u.test(
      name,
    )
  ) {
    return 'national';
  }
  // "Đại hội đại biểu Đảng bộ tỉnh Nghệ An": a name that says its own level. Whom the meeting was with
  // ("… giao ban với Thường trực HĐND các xã, phường") says nothing of who held it.
  const own = ownPart(inputs.name ?? '');
  const named = scopeOfBody(own, central);
  if (named === 'province' || named === 'district' || named === 'commune' || named === 'sector') return named;
  for (const titles of inputs.leaderTitles) {
    const s = scopeOfPerson(titles, central);
    if (s) return s;
  }
  return scopeOfText(doc, central);
}

/** A meeting's name without its comitative ("… với các xã", "giữa … và …") and what it was about. */
function ownPart(name: string): string {
  return name.split(/\s(?:với|giữa|về|cho)\s/u)[0];
}

/** Last resort: the first administrative level the top of the article names. */
function scopeOfText(doc: Doc, central: boolean): Scope | null {
  const top = doc.text.slice(0, Math.min(doc.bodyEnd, 1500));
  const m = /(?<![\p{L}])(?:Trung ương|tỉnh|Tỉnh ủy|huyện|Huyện ủy|quận|thị xã|xã|phường)(?![\p{L}])/u.exec(
    top,
  );
  return m ? scopeOfBody(m[0], central) : null;
}

/** The level a person works at, from the titles written next to the name. */
export function scopeOfPerson(titles: string[], central: boolean): Scope | null {
  let best: Scope | null = null;
  for (const t of titles) {
    const f = matchForm(t);
    if (MEMBERSHIP.test(f)) continue;
    if (
      /^(?:nguyên\s+)?(?:tổng bí thư|thủ tướng|phó thủ tướng|chủ tịch nước|chủ tịch quốc hội|thường trực ban bí thư)/u.test(
        f,
      )
    ) {
      return 'national';
    }
    const s = scopeOfBody(t.replace(/^nguyên\s+/iu, ''), central);
    if (s && (best === null || RANK[s] < RANK[best])) best = s;
  }
  return best;
}
