export interface RetryPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** No single wait is longer; a Retry-After beyond it ends the retries (the scheduler can come back later). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * Exponential backoff with full jitter (a uniform wait in [0, min(cap, base·2^attempt)]): retries
 * from many workers spread out instead of hitting a recovering server in lock-step.
 * `attempt` is 0 for the wait after the first failure.
 */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * How long to wait before the next attempt, or null to stop: when attempts are used up, or when
 * the server's Retry-After asks for longer than the policy allows anyone to wait in-process.
 * A Retry-After is honoured as given: the server knows when it will be ready.
 */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | null {
  if (attempt + 1 >= policy.maxAttempts) return null;
  if (retryAfterMs !== undefined) return retryAfterMs > policy.maxDelayMs ? null : retryAfterMs;
  return backoffDelayMs(attempt, policy, random);
}

/** Milliseconds from a Retry-After header: delta-seconds or an HTTP date. Undefined if unreadable. */
export function parseRetryAfterMs(value: string | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date has a weekday and month name; this keeps Date.parse from reading "-5" as a year.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
