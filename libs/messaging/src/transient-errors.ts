const TRANSIENT = new Set([
  'TimeoutError',
  'NoResponders',
  'RequestError',
  'JetStreamNotEnabled',
  'ConnectionError',
]);

/**
 * Errors that go away once NATS is reachable again (a restart, a leader election): worth retrying.
 * A request refused for what it is (too large, wrong stream) or a closed connection is not.
 */
export function isTransientNatsError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (TRANSIENT.has(error.name)) return true;
  // JetStream answers 503 while it recovers its state or elects a leader.
  return error.name === 'JetStreamApiError' && (error as Error & { status?: number }).status === 503;
}

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });

/** True once `work` has settled, false if `ms` passed first (the timer does not outlive the race). */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      expired,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `work` again on transient NATS errors, with a growing pause, until it succeeds or `retryForMs` is spent. */
export async function retryTransient<T>(
  work: () => Promise<T>,
  { retryForMs, signal }: { retryForMs: number; signal?: AbortSignal },
): Promise<T> {
  const deadline = Date.now() + retryForMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const pause = Math.min(2_000, 100 * 2 ** attempt);
      if (!isTransientNatsError(error) || signal?.aborted || Date.now() + pause > deadline) throw error;
      await sleep(pause, signal);
    }
  }
}
