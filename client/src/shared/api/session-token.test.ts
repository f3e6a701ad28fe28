import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSessionToken, onSessionChange, setSessionToken } from './session-token';

const KEY = 'chain-graph.session';

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('session token', () => {
  it('lives in localStorage, so a new tab of the same browser is signed in', () => {
    setSessionToken('tok-1', '2030-01-01T00:00:00Z');
    expect(localStorage.getItem(KEY)).toBe('tok-1');
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(getSessionToken()).toBe('tok-1');
  });

  it('is dropped unread once the server expiry has passed', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    setSessionToken('tok-1', '2030-01-01T08:00:00Z');
    vi.setSystemTime(new Date('2030-01-01T07:59:59Z'));
    expect(getSessionToken()).toBe('tok-1');
    vi.setSystemTime(new Date('2030-01-01T08:00:00Z'));
    expect(getSessionToken()).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('carries over a token an earlier release kept in the tab', () => {
    sessionStorage.setItem(KEY, 'old-tab-token');
    expect(getSessionToken()).toBe('old-tab-token');
    expect(localStorage.getItem(KEY)).toBe('old-tab-token');
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('sign-out clears it everywhere it could be', () => {
    setSessionToken('tok-1', '2030-01-01T00:00:00Z');
    sessionStorage.setItem(KEY, 'stale');
    setSessionToken(null);
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(getSessionToken()).toBeNull();
  });

  it('follows sign-in and sign-out made in another tab (storage event)', () => {
    const seen: (string | null)[] = [];
    const stop = onSessionChange((t) => seen.push(t));
    localStorage.setItem(KEY, 'from-other-tab'); // what the other tab wrote
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'from-other-tab' }));
    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated', newValue: 'x' }));
    stop();
    expect(seen).toEqual(['from-other-tab', null]);
  });
});
