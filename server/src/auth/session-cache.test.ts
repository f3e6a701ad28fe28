import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.js';
import type { Viewer } from './viewer.js';

const viewer: Viewer = { role: 'editor', userId: 'u1', name: 'ed', credential: { kind: 'session', id: 's1' } };
const t0 = 1_000_000;

describe('SessionCache', () => {
  it('answers for ttlMs, then asks the store again', () => {
    const c = new SessionCache(5_000);
    c.set('h', viewer, t0 + 3_600_000, c.version, t0);
    expect(c.get('h', t0 + 4_999)).toEqual(viewer);
    expect(c.get('h', t0 + 5_000)).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it('never holds a session past its own expiry, and does not store an expired one', () => {
    const c = new SessionCache(5_000);
    c.set('h', viewer, t0 + 1_000, c.version, t0);
    expect(c.get('h', t0 + 999)).toEqual(viewer);
    expect(c.get('h', t0 + 1_000)).toBeUndefined();
    c.set('old', viewer, t0 - 1, c.version, t0);
    c.set('bad date', viewer, Number.NaN, c.version, t0);
    expect(c.size).toBe(0);
  });

  it('forgets everything on clear, and drops a lookup that began before the clear', () => {
    const c = new SessionCache(5_000);
    c.set('h', viewer, t0 + 3_600_000, c.version, t0);
    const before = c.version;
    c.clear();
    expect(c.get('h', t0)).toBeUndefined();
    // A lookup that read the store before a sign-out or role change finished must not store it.
    c.set('h', viewer, t0 + 3_600_000, before, t0);
    expect(c.get('h', t0)).toBeUndefined();
    c.set('h', viewer, t0 + 3_600_000, c.version, t0);
    expect(c.get('h', t0)).toEqual(viewer);
  });

  it('stays bounded: past max entries the oldest goes', () => {
    const c = new SessionCache(5_000, 2);
    for (const h of ['a', 'b', 'c']) c.set(h, viewer, t0 + 3_600_000, c.version, t0);
    expect(c.size).toBe(2);
    expect(c.get('a', t0)).toBeUndefined();
    expect(c.get('c', t0)).toEqual(viewer);
  });
});
