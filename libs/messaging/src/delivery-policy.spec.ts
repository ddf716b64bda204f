import { describe, expect, it } from '@jest/globals';
import { ContractViolation } from '@hoinghi/contracts';
import { PermanentFailure, decideOnArrival, decideOnFailure, redeliveryDelay } from './delivery-policy.js';

const policy = { maxDeliver: 5, baseDelayMs: 1_000, maxDelayMs: 5_000 };

describe('decideOnFailure', () => {
  it('redelivers with a growing, capped delay before the last delivery', () => {
    expect([1, 2, 3, 4].map((n) => decideOnFailure(new Error('x'), n, policy))).toEqual([
      { action: 'redeliver', delayMs: 1_000 },
      { action: 'redeliver', delayMs: 2_000 },
      { action: 'redeliver', delayMs: 4_000 },
      { action: 'redeliver', delayMs: 5_000 },
    ]);
  });

  it('dead-letters on the last delivery with the reason', () => {
    expect(decideOnFailure(new Error('db down'), 5, policy)).toEqual({
      action: 'dead-letter',
      reason: 'max_deliveries',
      error: 'gave up after 5 deliveries: db down',
    });
  });

  it('dead-letters contract violations and permanent failures at once', () => {
    const violation = new ContractViolation('t', [{ path: '/url', message: 'must be string' }]);
    expect(decideOnFailure(violation, 1, policy)).toMatchObject({
      action: 'dead-letter',
      reason: 'contract_violation',
    });
    expect(decideOnFailure(new PermanentFailure('unparseable_page', 'pdf'), 1, policy)).toEqual({
      action: 'dead-letter',
      reason: 'unparseable_page',
      error: 'pdf',
    });
  });

  it('computes exponential delays', () => {
    expect(redeliveryDelay(1, { baseDelayMs: 100, maxDelayMs: 10_000 })).toBe(100);
    expect(redeliveryDelay(4, { baseDelayMs: 100, maxDelayMs: 10_000 })).toBe(800);
  });

  it('dead-letters, unhandled, a message delivered more often than its handler may run', () => {
    expect(decideOnArrival(5, policy)).toBeNull();
    expect(decideOnArrival(6, policy)).toMatchObject({ action: 'dead-letter', reason: 'max_deliveries' });
  });
});
