/**
 * Text as a regular expression that matches exactly it. Only the characters with a meaning are
 * escaped, unlike RegExp.escape, so a pattern in a source file stays readable ("thoi-su", not "thoi\x2dsu").
 */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
