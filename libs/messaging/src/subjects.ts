/** True when some subject matches both filters (`*` one token, `>` the rest), e.g. `a.>` and `a.b.*`. */
export function subjectsOverlap(a: string, b: string): boolean {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    if (l === '>' || r === '>') return l !== undefined && r !== undefined;
    if (l === undefined || r === undefined) return false;
    if (l !== r && l !== '*' && r !== '*') return false;
  }
  return true;
}

/** The subject filters of a consumer's configuration (one on NATS 2.9, possibly several on 2.10+). */
export function consumerFilters(config: { filter_subject?: string; filter_subjects?: string[] }): string[] {
  if (config.filter_subjects && config.filter_subjects.length > 0) return config.filter_subjects;
  return [config.filter_subject || '>'];
}
