// The throttle's rule on a fake clock: free failures, then a doubling delay with a cap; attempts
// under way count; a success clears the account but not the address; addresses are grouped.
import { describe, expect, it } from 'vitest';
import { addressKey, beginAttempt, FailureThrottle } from './rate-limit.js';

function throttle(free: number, maxDelayMs: number, clock: { now: number }) {
  return new FailureThrottle({ free, windowMs: 15 * 60_000, baseDelayMs: 1_000, maxDelayMs, now: () => clock.now });
}

describe('FailureThrottle', () => {
  it('lets `free` failures through, then doubles the wait up to its cap, and forgets after the window', () => {
    const clock = { now: 0 };
    const t = throttle(3, 8_000, clock);
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfterMs('alice')).toBe(0);
      t.reserve('alice');
      t.settle('alice', 'failure', true);
    }
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const wait = t.retryAfterMs('alice');
      waits.push(wait);
      clock.now += wait;
      expect(t.retryAfterMs('alice')).toBe(0);
      t.reserve('alice');
      t.settle('alice', 'failure', true);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
    clock.now += 15 * 60_000 + 1;
    expect(t.retryAfterMs('alice')).toBe(0);
  });

  it('counts attempts under way: 15 at once against 5 let exactly 5 through', () => {
    const clock = { now: 0 };
    const byUser = throttle(5, 30_000, clock);
    const byAddress = throttle(100, 60_000, clock);
    const begun = Array.from({ length: 15 }, () => beginAttempt(byUser, 'admin', byAddress, 'loopback'));
    const through = begun.filter((b) => 'attempt' in b);
    expect(through).toHaveLength(5);
    for (const b of begun) if ('waitMs' in b) expect(b.waitMs).toBeGreaterThan(0);
  });

  it('bounds what a stranger can do to an account: the real password waits at most the cap', () => {
    const clock = { now: 0 };
    const byUser = throttle(5, 30_000, clock);
    const byAddress = throttle(20, 15 * 60_000, clock);
    // An attacker spreads 200 failures over many addresses.
    for (let failures = 0, i = 0; failures < 200; i++) {
      const b = beginAttempt(byUser, 'admin', byAddress, `10.${i >> 8}.${i & 255}.1`);
      if ('attempt' in b) {
        b.attempt.done('failure');
        failures++;
      } else clock.now += b.waitMs;
    }
    // The admin, from an address of their own, waits no more than the account cap.
    const b = beginAttempt(byUser, 'admin', byAddress, '192.0.2.7');
    expect('waitMs' in b).toBe(true);
    const wait = 'waitMs' in b ? b.waitMs : 0;
    expect(wait).toBeLessThanOrEqual(30_000);
    clock.now += wait;
    const again = beginAttempt(byUser, 'admin', byAddress, '192.0.2.7');
    expect('attempt' in again).toBe(true);
    if ('attempt' in again) again.attempt.done('success');
    expect(byUser.retryAfterMs('admin')).toBe(0);
  });

  it('a success clears the account, not the address; an aborted check counts as nothing', () => {
    const clock = { now: 0 };
    const byUser = throttle(2, 30_000, clock);
    const byAddress = throttle(3, 60_000, clock);
    for (const outcome of ['failure', 'failure'] as const) {
      const b = beginAttempt(byUser, 'bob', byAddress, 'loopback');
      if ('attempt' in b) b.attempt.done(outcome);
    }
    expect(byUser.retryAfterMs('bob')).toBeGreaterThan(0);
    clock.now += 1_000;
    const ok = beginAttempt(byUser, 'bob', byAddress, 'loopback');
    expect('attempt' in ok).toBe(true);
    if ('attempt' in ok) ok.attempt.done('success');
    expect(byUser.retryAfterMs('bob')).toBe(0);
    // The address still holds its two failures: one more and it must wait.
    const third = beginAttempt(byUser, 'dave', byAddress, 'loopback');
    if ('attempt' in third) third.attempt.done('failure');
    expect(byAddress.retryAfterMs('loopback')).toBeGreaterThan(0);
    clock.now += 60_000;
    const aborted = beginAttempt(byUser, 'carol', byAddress, 'loopback');
    if ('attempt' in aborted) aborted.attempt.done('aborted');
    expect(byUser.retryAfterMs('carol')).toBe(0);
  });
});

describe('addressKey', () => {
  it('groups loopback, IPv4-mapped and IPv6 /64 addresses', () => {
    expect(addressKey('127.0.0.1')).toBe('loopback');
    expect(addressKey('127.0.0.2')).toBe('loopback');
    expect(addressKey('::1')).toBe('loopback');
    expect(addressKey('::ffff:127.0.0.3')).toBe('loopback');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });
});
