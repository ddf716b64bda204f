/**
 * The sum of a Prometheus counter's samples in a `/metrics` text whose labels all match: a label given as
 * a string must equal it, one given as `{ prefix }` must start with it.
 */
export function sumCounter(
  metrics: string,
  name: string,
  labels: Record<string, string | { prefix: string }> = {},
): number {
  let total = 0;
  for (const line of metrics.split('\n')) {
    const sample = line.match(/^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/);
    if (!sample || sample[1] !== name) continue;
    const given = Object.fromEntries(
      [...(sample[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    const matches = Object.entries(labels).every(([label, want]) =>
      typeof want === 'string' ? given[label] === want : given[label]?.startsWith(want.prefix),
    );
    if (matches) total += Number(sample[3]);
  }
  return total;
}
