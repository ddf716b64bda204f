import { describe, expect, it } from '@jest/globals';
import type { LookupAddress } from 'node:dns';
import type { LookupOptions } from 'node:dns';
import { AddressRefusedError, createGuardedLookup, isBlockedAddress } from './address-guard.js';

describe('isBlockedAddress', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '127.0.0.1',
    '127.8.9.10',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    '203.162.4.190',
    '14.225.7.1',
    '172.32.0.1',
    '100.128.0.1',
    '8.8.8.8',
    '2001:ee0:4041::1',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('allows public %s', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

function lookupWith(answers: LookupAddress[], isBlocked: ((address: string) => boolean) | null) {
  const lookup = createGuardedLookup(async () => answers, isBlocked);
  return (options: LookupOptions) =>
    new Promise<{ error: NodeJS.ErrnoException | null; result: unknown; family?: number }>((resolve) =>
      lookup('baochinhphu.vn', options, (error, result, family) => resolve({ error, result, family })),
    );
}

describe('createGuardedLookup', () => {
  const publicAnswers = [
    { address: '203.162.4.190', family: 4 },
    { address: '2001:ee0:4041::1', family: 6 },
  ];

  it('answers with every address for `all` lookups and the first for single ones', async () => {
    expect((await lookupWith(publicAnswers, isBlockedAddress)({ all: true })).result).toEqual(publicAnswers);
    expect(await lookupWith(publicAnswers, isBlockedAddress)({})).toEqual({
      error: null,
      result: '203.162.4.190',
      family: 4,
    });
    expect((await lookupWith(publicAnswers, isBlockedAddress)({ family: 6 })).result).toBe(
      '2001:ee0:4041::1',
    );
  });

  it('refuses the host when any of its addresses is private', async () => {
    const { error } = await lookupWith(
      [...publicAnswers, { address: '10.0.0.5', family: 4 }],
      isBlockedAddress,
    )({
      all: true,
    });
    expect(error).toBeInstanceOf(AddressRefusedError);
    expect(error!.message).toBe('baochinhphu.vn resolves to 10.0.0.5, a private or special-purpose address');
  });

  it('does not check when private addresses are allowed', async () => {
    const { error, result } = await lookupWith([{ address: '127.0.0.1', family: 4 }], null)({});
    expect(error).toBeNull();
    expect(result).toBe('127.0.0.1');
  });
});
