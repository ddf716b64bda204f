export type ServiceTarget = 'crawler' | 'parser' | 'store';
export type FaultTarget = ServiceTarget | 'nats' | 'postgres';

/** One fault: at `atMs` (from the start of the run) `target` dies, stays down `downMs`, and comes back. */
export interface Fault {
  atMs: number;
  target: FaultTarget;
  downMs: number;
  /** For a service: killed once more this long after it came back (while it catches up), then restarted. */
  againAfterMs: number | null;
}

export interface ScheduleOptions {
  /** Faults fall in [startMs, endMs). */
  startMs: number;
  endMs: number;
  /** SIGKILLs per service. */
  killsPerService: number;
  /** Restarts of the NATS server and of Postgres each. */
  serverRestarts: number;
}

const between = (random: () => number, low: number, high: number) =>
  Math.round(low + random() * (high - low));

/**
 * A random fault schedule from a seeded generator, so a failing run can be replayed with its seed. Every
 * service is killed `killsPerService` times and each server restarted `serverRestarts` times, at random
 * moments; a service is sometimes killed again right after it restarted, while it works off its backlog.
 * Downtimes are short enough that no message exhausts its deliveries (1 + 2 + 4 + 8 s of redelivery delay)
 * while Postgres is down: a longer outage is a different test (what an operator replays from dead letters).
 */
export function faultSchedule(random: () => number, options: ScheduleOptions): Fault[] {
  const targets: FaultTarget[] = [];
  for (const service of ['crawler', 'parser', 'store'] as const) {
    for (let i = 0; i < options.killsPerService; i++) targets.push(service);
  }
  for (let i = 0; i < options.serverRestarts; i++) targets.push('nats', 'postgres');
  return targets
    .map((target): Fault => {
      const service = target !== 'nats' && target !== 'postgres';
      return {
        atMs: between(random, options.startMs, options.endMs),
        target,
        downMs: service ? between(random, 100, 3_000) : between(random, 300, 3_000),
        againAfterMs: service && random() < 0.4 ? between(random, 200, 2_000) : null,
      };
    })
    .sort((a, b) => a.atMs - b.atMs);
}

export function describeFault(fault: Fault): string {
  const again =
    fault.againAfterMs === null ? '' : `, killed again ${fault.againAfterMs} ms after its restart`;
  const how = fault.target === 'postgres' ? 'crashed (immediate stop)' : 'SIGKILL';
  return `at ${(fault.atMs / 1000).toFixed(1)} s ${fault.target} ${how}, down ${fault.downMs} ms${again}`;
}
