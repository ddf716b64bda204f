/** One memory sample of a service: seconds since the run started, resident bytes. */
export interface MemorySample {
  atSeconds: number;
  rssBytes: number;
}

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Whether memory stays flat after warm-up: the mean resident size over the last quarter of the run divided
 * by the mean over its second quarter (the first quarter is start-up and warm-up). 1 is flat; NaN when a
 * quarter has no sample.
 */
export function memoryGrowth(samples: readonly MemorySample[], runSeconds: number): number {
  const inQuarter = (quarter: number) =>
    samples
      .filter(
        (s) => s.atSeconds >= (runSeconds * (quarter - 1)) / 4 && s.atSeconds < (runSeconds * quarter) / 4,
      )
      .map((s) => s.rssBytes);
  const second = inQuarter(2);
  const last = samples.filter((s) => s.atSeconds >= (runSeconds * 3) / 4 && s.atSeconds <= runSeconds);
  if (second.length === 0 || last.length === 0) return Number.NaN;
  return mean(last.map((s) => s.rssBytes)) / mean(second);
}
