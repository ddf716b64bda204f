const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A duration such as "90s", "15m", "1h30m", "1d", or whole seconds. Shared with the schema's pattern. */
export const DURATION_PATTERN = '^\\s*(?:\\d+\\s*[smhd]\\s*)+$|^\\s*\\d+\\s*$';

/**
 * Seconds in a duration written the way people write them in YAML: `15m`, `1h30m`, `45s`, `2d`,
 * or a bare number of seconds (`900` or "900"). Returns null when the text is not a duration.
 */
export function parseDurationSeconds(value: string | number): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^(?:\d+\s*[smhd]\s*)+$/.test(text)) return null;
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)\s*([smhd])/g)) {
    seconds += Number(amount) * UNIT_SECONDS[unit!]!;
  }
  return seconds;
}
