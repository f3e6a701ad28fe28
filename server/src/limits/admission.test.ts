// The admission gate on its own: bounded running count, bounded queue, per-client share,
// round-robin turns between clients, wait deadline and abandoned waits.
import { describe, expect, it } from 'vitest';
import { AdmissionGate, admissionLimits, ServerBusyError } from './admission.js';

const limits = { maxConcurrent: 2, maxQueued: 4, maxWaitMs: 5_000, maxPerClient: 10 };

/** A task that runs until released, recording the order in which tasks started. */
function tasks(gate: AdmissionGate) {
  const started: string[] = [];
  const releases: (() => void)[] = [];
  let peak = 0;
  const start = (key: string, name = key) =>
    gate.run(key, () => {
      started.push(name);
      peak = Math.max(peak, gate.active);
      return new Promise<string>((r) => releases.push(() => r(name)));
    });
  const releaseOne = async () => {
    releases.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { started, start, releaseOne, peak: () => peak };
}

const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ran',
    (e: unknown) => (e instanceof ServerBusyError ? e.reason : String(e)),
  );

describe('AdmissionGate', () => {
  it('runs at most maxConcurrent, queues maxQueued and refuses the rest at once', async () => {
    const gate = new AdmissionGate(limits);
    const t = tasks(gate);
    const runs = Array.from({ length: 9 }, (_, i) => t.start(`c${i}`));
    const outcomes = runs.map(reasonOf);
    await new Promise((r) => setTimeout(r, 0));
    expect(gate.active).toBe(2);
    expect(gate.waiting).toBe(4);
    // The three beyond 2 running + 4 waiting are refused without waiting.
    expect(await Promise.all(outcomes.slice(6))).toEqual(['queue-full', 'queue-full', 'queue-full']);
    for (let i = 0; i < 6; i++) await t.releaseOne();
    expect(await Promise.all(outcomes.slice(0, 6))).toEqual(Array(6).fill('ran'));
    expect(t.peak()).toBe(2);
    expect(gate.active).toBe(0);
    expect(gate.waiting).toBe(0);
  });

  it('gives freed slots to clients in turn, so a flooding client does not starve another', async () => {
    const gate = new AdmissionGate({ ...limits, maxConcurrent: 1, maxQueued: 10 });
    const t = tasks(gate);
    const all = [t.start('flood', 'f0'), t.start('flood', 'f1'), t.start('flood', 'f2'), t.start('flood', 'f3'), t.start('quiet', 'q0')];
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 5; i++) await t.releaseOne();
    await Promise.all(all);
    // q0 arrived last but runs second: the flood's waiters take turns with it.
    expect(t.started).toEqual(['f0', 'f1', 'q0', 'f2', 'f3']);
  });

  it('refuses a client past its share while others still get in', async () => {
    const gate = new AdmissionGate({ ...limits, maxPerClient: 2 });
    const t = tasks(gate);
    const a = [t.start('a'), t.start('a'), t.start('a')].map(reasonOf);
    const b = reasonOf(t.start('b'));
    await new Promise((r) => setTimeout(r, 0));
    expect(await a[2]).toBe('client-share');
    for (let i = 0; i < 3; i++) await t.releaseOne();
    expect(await Promise.all([a[0], a[1], b])).toEqual(['ran', 'ran', 'ran']);
  });

  it('refuses a waiter whose wait runs out, and one whose request is abandoned; the queue empties', async () => {
    const gate = new AdmissionGate({ ...limits, maxConcurrent: 1, maxWaitMs: 50 });
    const t = tasks(gate);
    const first = reasonOf(t.start('a'));
    const timedOut = gate.run('b', async () => 'ran').catch((e: ServerBusyError) => e);
    const abort = new AbortController();
    const abandoned = reasonOf(gate.run('c', async () => 'ran', abort.signal));
    abort.abort();
    expect(await abandoned).toBe('aborted');
    const e = await timedOut;
    expect(e).toBeInstanceOf(ServerBusyError);
    expect((e as ServerBusyError).reason).toBe('wait-timeout');
    expect((e as ServerBusyError).retryAfterSeconds).toBe(1);
    expect((e as ServerBusyError).message).toMatch(/within 50 ms/);
    expect(gate.waiting).toBe(0);
    await t.releaseOne();
    expect(await first).toBe('ran');
    expect(gate.active).toBe(0);
  });

  it('reads its limits from HEAVY_* variables and names a bad one', () => {
    expect(
      admissionLimits({ HEAVY_MAX_CONCURRENT: '3', HEAVY_QUEUE_MAX: '5', HEAVY_QUEUE_WAIT_MS: '100', HEAVY_MAX_PER_CLIENT: '2' }),
    ).toEqual({
      maxConcurrent: 3,
      maxQueued: 5,
      maxWaitMs: 100,
      maxPerClient: 2,
    });
    expect(() => admissionLimits({ HEAVY_MAX_CONCURRENT: '0' })).toThrow(/HEAVY_MAX_CONCURRENT="0"/);
  });
});
