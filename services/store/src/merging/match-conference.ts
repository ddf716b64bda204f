import type { ExtractedConference } from '@hoinghi/contracts';
import { nameOverlap } from './name-key.js';

export interface MergeCandidate {
  id: string;
  name: string;
  date: string | null;
  scope: string | null;
  documentKeys: string[];
}

export interface MergeDecision {
  conferenceId: string;
  reason: string;
}

const NAME_OVERLAP_TO_MERGE = 0.8;
const NAME_OVERLAP_WITH_SHARED_DOCUMENT = 0.6;

/**
 * Whether a newly reported conference is one already stored: the same day, no conflicting scope, and
 * names that say the same (closely, or a little less closely when both cite the same document).
 * Without a date nothing is merged: two meetings of the same name on unknown days may well differ.
 */
export function matchConference(facts: ExtractedConference, candidates: MergeCandidate[]): MergeDecision | null {
  const date = facts.date?.value ?? null;
  if (date === null) return null;
  const scope = facts.scope?.value ?? null;
  const documents = new Set(facts.documents.map((d) => d.key));
  let best: (MergeDecision & { score: number }) | null = null;
  for (const candidate of candidates) {
    if (candidate.date !== date) continue;
    if (scope !== null && candidate.scope !== null && candidate.scope !== scope) continue;
    const overlap = nameOverlap(facts.name.value, candidate.name);
    const sharedDocuments = candidate.documentKeys.filter((key) => documents.has(key));
    const threshold = sharedDocuments.length > 0 ? NAME_OVERLAP_WITH_SHARED_DOCUMENT : NAME_OVERLAP_TO_MERGE;
    if (overlap < threshold || (best && best.score >= overlap)) continue;
    const because = [`same date ${date}`, `name overlap ${overlap.toFixed(2)}`];
    if (sharedDocuments.length > 0) because.push(`shared documents ${sharedDocuments.join(', ')}`);
    if (scope !== null && candidate.scope === scope) because.push(`same scope ${scope}`);
    best = { conferenceId: candidate.id, reason: because.join('; '), score: overlap };
  }
  return best && { conferenceId: best.conferenceId, reason: best.reason };
}
