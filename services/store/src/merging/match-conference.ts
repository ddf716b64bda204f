import type { ExtractedConference } from '@hoinghi/contracts';
import { nameOverlap } from './name-key.js';

/** A stored conference a new report might be describing. */
export interface MergeCandidate {
  id: string;
  /** Every name the conference's reports gave it; the canonical one first. */
  names: string[];
  date: string | null;
  scope: string | null;
  partOfDay: string | null;
  documentKeys: string[];
}

/** Why one candidate was or was not taken; kept with the decision. */
export interface CandidateVerdict {
  conferenceId: string;
  score: number;
  verdict: string;
}

export type MergeDecision =
  | { merge: true; conferenceId: string; reason: string; considered: CandidateVerdict[] }
  | { merge: false; reason: string; considered: CandidateVerdict[] };

const NAME_OVERLAP_TO_MERGE = 0.8;
const NAME_OVERLAP_WITH_SHARED_DOCUMENT = 0.6;
/** Both cite documents, none in common: only a near-identical name says it is still one conference. */
const NAME_OVERLAP_WITH_DISJOINT_DOCUMENTS = 0.9;

/**
 * Whether a newly reported conference is one already stored. Required: the same day, and no conflict
 * in scope or part of day. Then the names must say the same: closely (0.8 of the distinctive words),
 * less closely when both cite a common document (0.6), very closely when their documents differ (0.9).
 * Without a date nothing is merged: two meetings of the same name on unknown days may well differ.
 */
export function matchConference(facts: ExtractedConference, candidates: MergeCandidate[]): MergeDecision {
  const date = facts.date?.value ?? null;
  if (date === null)
    return { merge: false, reason: 'no date: only reports of a known day are merged', considered: [] };
  const scope = facts.scope?.value ?? null;
  const partOfDay = facts.partOfDay?.value ?? null;
  const documents = new Set(facts.documents.map((d) => d.key));
  const considered: CandidateVerdict[] = [];
  let best: { candidate: MergeCandidate; score: number; because: string[] } | null = null;

  for (const candidate of candidates) {
    if (candidate.date !== date) continue;
    const reject = (verdict: string, score = 0) =>
      considered.push({ conferenceId: candidate.id, score, verdict });
    if (scope !== null && candidate.scope !== null && candidate.scope !== scope) {
      reject(`kept apart: scope ${scope} ≠ ${candidate.scope}`);
      continue;
    }
    if (partOfDay !== null && candidate.partOfDay !== null && candidate.partOfDay !== partOfDay) {
      reject(`kept apart: ${partOfDay} ≠ ${candidate.partOfDay}`);
      continue;
    }
    const overlap = Math.max(0, ...candidate.names.map((name) => nameOverlap(facts.name.value, name)));
    const shared = candidate.documentKeys.filter((key) => documents.has(key));
    const disjoint = shared.length === 0 && documents.size > 0 && candidate.documentKeys.length > 0;
    const threshold =
      shared.length > 0
        ? NAME_OVERLAP_WITH_SHARED_DOCUMENT
        : disjoint
          ? NAME_OVERLAP_WITH_DISJOINT_DOCUMENTS
          : NAME_OVERLAP_TO_MERGE;
    const documentNote =
      shared.length > 0 ? `shared documents ${shared.join(', ')}` : disjoint ? 'no document in common' : null;
    if (overlap < threshold) {
      reject(
        `kept apart: name overlap ${overlap.toFixed(2)} < ${threshold.toFixed(2)}${documentNote ? ` (${documentNote})` : ''}`,
        overlap,
      );
      continue;
    }
    const because = [`same date ${date}`, `name overlap ${overlap.toFixed(2)}`];
    if (documentNote) because.push(documentNote);
    if (scope !== null && candidate.scope === scope) because.push(`same scope ${scope}`);
    considered.push({
      conferenceId: candidate.id,
      score: overlap,
      verdict: `matches: ${because.join('; ')}`,
    });
    const score = overlap + shared.length;
    if (!best || score > best.score) best = { candidate, score, because };
  }

  if (best)
    return { merge: true, conferenceId: best.candidate.id, reason: best.because.join('; '), considered };
  const reason =
    considered.length === 0
      ? `no conference stored on ${date}`
      : `none of ${considered.length} conferences on ${date} matches`;
  return { merge: false, reason, considered };
}
