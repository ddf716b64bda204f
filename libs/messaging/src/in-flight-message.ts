import type { JsMsg } from '@nats-io/jetstream';

/** Why a handler was abandoned: its time ran out, or the process is shutting down past its deadline. */
export class HandlerTimeout extends Error {
  constructor(ms: number) {
    super(`handler did not finish within ${ms} ms`);
    this.name = 'HandlerTimeout';
  }
}
export class ReleasedAtShutdown extends Error {
  constructor() {
    super('released at shutdown');
    this.name = 'ReleasedAtShutdown';
  }
}

/**
 * One message being handled. A redelivery of the same stream message that arrives meanwhile (the server's
 * ack wait ran out while this process was cut off from NATS) is adopted instead of handled a second time,
 * and settled together with it. Heartbeats and timeouts are driven by the consumer's one timer (`tick`),
 * not a timer per message.
 */
export class InFlightMessage {
  readonly deliveries: JsMsg[];
  private readonly controller = new AbortController();
  private abandon!: (reason: unknown) => void;
  private readonly abandoned = new Promise<never>((_, reject) => (this.abandon = reject));
  private lastProgress: number;
  private settled = false;

  constructor(
    readonly first: JsMsg,
    private readonly startedAt = Date.now(),
  ) {
    this.deliveries = [first];
    this.lastProgress = startedAt;
    // Rejections are consumed through `race`; this one only keeps an unraced rejection from being "unhandled".
    this.abandoned.catch(() => undefined);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isSettled(): boolean {
    return this.settled;
  }

  adopt(msg: JsMsg): void {
    this.deliveries.push(msg);
    msg.working();
  }

  working(now = Date.now()): void {
    if (this.settled) return;
    this.lastProgress = now;
    for (const msg of this.deliveries) msg.working();
  }

  /** Keeps the message from being redelivered while it runs (every half ack wait), and enforces the timeout. */
  tick(now: number, { ackWaitMs, handlerTimeoutMs }: { ackWaitMs: number; handlerTimeoutMs: number }): void {
    if (this.settled) return;
    if (now - this.startedAt >= handlerTimeoutMs) this.stop(new HandlerTimeout(handlerTimeoutMs));
    if (now - this.lastProgress >= ackWaitMs / 2) this.working(now);
  }

  /** Settles every delivery of this message the same way, once. */
  settle(how: (msg: JsMsg) => void): boolean {
    if (this.settled) return false;
    this.settled = true;
    for (const msg of this.deliveries) how(msg);
    return true;
  }

  /** Hands the message back to JetStream at once (for another replica) and abandons its handler. */
  release(): boolean {
    const released = this.settle((msg) => msg.nak());
    if (released) this.stop(new ReleasedAtShutdown());
    return released;
  }

  /** Resolves with the handler's result, or rejects as soon as the handler is abandoned. */
  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.abandoned]);
  }

  private stop(reason: Error): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort(reason);
    this.abandon(reason);
  }
}
