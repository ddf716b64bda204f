import { ContractViolation, type DeadLetterReason } from '@hoinghi/contracts';
import { PayloadTooLargeError } from './event-publisher.js';

export type FailureDecision =
  | { action: 'redeliver'; delayMs: number }
  | { action: 'dead-letter'; reason: DeadLetterReason; error: string };
export type DeadLetterDecision = Extract<FailureDecision, { action: 'dead-letter' }>;

export interface RedeliveryPolicy {
  maxDeliver: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** A message its handler rejected as permanently bad: retrying cannot help. */
export class PermanentFailure extends Error {
  constructor(
    readonly reason: DeadLetterReason,
    message: string,
  ) {
    super(message);
    this.name = 'PermanentFailure';
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What to do with a message whose handling failed: a contract violation, a permanent failure or an output
 * too large to publish goes to the dead letters at once; anything else is redelivered with a growing delay
 * until its last delivery.
 */
export function decideOnFailure(
  error: unknown,
  deliveryCount: number,
  policy: RedeliveryPolicy,
): FailureDecision {
  if (error instanceof ContractViolation) {
    return { action: 'dead-letter', reason: 'contract_violation', error: error.message };
  }
  if (error instanceof PermanentFailure) {
    return { action: 'dead-letter', reason: error.reason, error: error.message };
  }
  // An output too large for its stream stays too large however often the message is handled.
  if (error instanceof PayloadTooLargeError) {
    return { action: 'dead-letter', reason: 'payload_too_large', error: error.message };
  }
  if (deliveryCount >= policy.maxDeliver) {
    return {
      action: 'dead-letter',
      reason: 'max_deliveries',
      error: `gave up after ${deliveryCount} deliveries: ${describeError(error)}`,
    };
  }
  return { action: 'redeliver', delayMs: redeliveryDelay(deliveryCount, policy) };
}

/**
 * A message delivered more often than its handler may run was already handled `maxDeliver` times without
 * an outcome (the process died or lost NATS mid-message, or its dead letter could not be published):
 * it goes to the dead letters without running the handler again.
 */
export function decideOnArrival(deliveryCount: number, policy: RedeliveryPolicy): DeadLetterDecision | null {
  if (deliveryCount <= policy.maxDeliver) return null;
  return {
    action: 'dead-letter',
    reason: 'max_deliveries',
    error: `gave up after ${policy.maxDeliver} deliveries without an outcome (delivery ${deliveryCount}: the handler did not finish, or its dead letter could not be published)`,
  };
}

/** Exponential: base, 2×base, 4×base … capped. */
export function redeliveryDelay(
  deliveryCount: number,
  policy: Pick<RedeliveryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
) {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, deliveryCount - 1));
}
