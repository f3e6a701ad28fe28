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

  it('shares one lookup among concurrent callers of the same session, then answers from memory', async () => {
    const c = new SessionCache(5_000);
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    const lookup = (hash: string) => () => {
      started.push(hash);
      return new Promise<{ viewer: Viewer; expiresAtMs: number }>((resolve) => {
        finish.set(hash, () => resolve({ viewer, expiresAtMs: Date.now() + 3_600_000 }));
      });
    };
    const waiting = Array.from({ length: 64 }, () => c.resolve('h', lookup('h')));
    const other = c.resolve('other', lookup('other'));
    expect(started).toEqual(['h', 'other']);
    finish.get('h')!();
    expect(await Promise.all(waiting)).toEqual(Array(64).fill(viewer));
    expect(await c.resolve('h', lookup('h'))).toEqual(viewer); // from memory
    expect(started).toEqual(['h', 'other']);
    finish.get('other')!();
    await other;
    expect(c.size).toBe(2);
  });

  it('passes a failed lookup to every waiting caller and does not remember it', async () => {
    const c = new SessionCache(5_000);
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('invalid'));
    };
    const results = await Promise.allSettled([c.resolve('h', failing), c.resolve('h', failing)]);
    expect(calls).toBe(1);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(c.resolve('h', failing)).rejects.toThrow('invalid');
    expect(calls).toBe(2);
    expect(c.size).toBe(0);
  });

  it('does not share a lookup that began before a clear with callers after it', async () => {
    const c = new SessionCache(5_000);
    let calls = 0;
    const resolvers: Array<() => void> = [];
    const lookup = () => {
      calls++;
      return new Promise<{ viewer: Viewer; expiresAtMs: number }>((resolve) => {
        resolvers.push(() => resolve({ viewer, expiresAtMs: Date.now() + 3_600_000 }));
      });
    };
    const before = c.resolve('h', lookup);
    c.clear();
    const after = c.resolve('h', lookup);
    expect(calls).toBe(2);
    resolvers[0]!();
    await before;
    expect(c.size).toBe(0); // read before the clear: not stored
    resolvers[1]!();
    await after;
    expect(c.size).toBe(1);
  });
});
