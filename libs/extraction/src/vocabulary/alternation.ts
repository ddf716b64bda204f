/** Word lists as regular-expression alternations: longest first, so "phiên họp" wins over "họp". */

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The list as one alternation source, longest first; a space matches any run of white space. `form` maps
 * each word to the form the text is matched in (the matching form for Vietnamese rules).
 */
export function alternation(list: readonly string[], form: (word: string) => string = (w) => w): string {
  return [...new Set(list.map(form))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');
}
