const cache = new Map<string, RegExp>();

/**
 * The RegExp for a source pattern, compiled once. Patterns are unanchored, case-sensitive and
 * tested against canonical URLs; the source loader has already checked that they compile.
 */
export function compilePattern(pattern: string): RegExp {
  let regex = cache.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(pattern);
    cache.set(pattern, regex);
  }
  return regex;
}
