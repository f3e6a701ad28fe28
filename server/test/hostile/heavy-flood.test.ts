// A flood of heavy operations (scoped chain maps: analyses of a park's firms and projects) meets
// the server-wide admission gate (limits/admission.ts): never more than maxConcurrent run in
// Neo4j at once, the rest wait in a bounded queue or are refused at once with a retryable
// SERVER_BUSY (503, Retry-After) — none ends in QUERY_TIMEOUT — and a cheap query still answers
// while the flood is in flight. /metrics shows the gate's refusals.
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/ops/metrics.js';
import { testExecutor } from '../db.js';
import { hostileApp, normalQueryStillAnswers } from './app.js';

const db = testExecutor();
const HEAVY = 'query Heavy($park: ID!) { chainMap(chainId: "pv", parkId: $park, includeEnterprises: true) { nodes { id } edges { id } } }';
const parks = ['zs-hitech', 'ls-etdz', 'nb-hitech'];

async function gauge(name: string): Promise<number> {
  const m = await registry.getSingleMetric(name)!.get();
  return m.values[0]?.value ?? 0;
}

describe('heavy operations under a flood', () => {
  it('60 concurrent scoped chain maps: ≤ 2 in flight, 8 queued, the rest SERVER_BUSY at once, no timeouts; a cheap query answers meanwhile', async () => {
    const { post } = hostileApp(db, {
      limits: { clientBudget: 100_000_000, clientRefillPerSecond: 10_000_000 },
      admission: { maxConcurrent: 2, maxQueued: 8, maxWaitMs: 60_000, maxPerClient: 100 },
    });
    const refusedBefore =
      (await registry.getSingleMetric('chain_graph_refusals_total')!.get()).values.find((v) => v.labels.limit === 'heavy')?.value ?? 0;
    let peak = 0;
    let peakQueue = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await gauge('chain_graph_heavy_in_flight'));
        peakQueue = Math.max(peakQueue, await gauge('chain_graph_heavy_queue_depth'));
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const flood = Promise.all(Array.from({ length: 60 }, (_, i) => post({ query: HEAVY, variables: { park: parks[i % parks.length] } })));
    // While the heavy ones run or wait, a cheap one does not queue behind them.
    await normalQueryStillAnswers(post);
    const answers = await flood;
    sampling = false;
    await sampler;

    const ok = answers.filter((a) => a.status === 200);
    const busy = answers.filter((a) => a.status === 503);
    expect(ok.length + busy.length, JSON.stringify(answers.find((a) => a.status !== 200 && a.status !== 503)?.body)).toBe(60);
    // 2 running + 8 waiting got in (a few more if some finished while the flood arrived).
    expect(ok.length).toBeGreaterThanOrEqual(10);
    expect(busy.length).toBeGreaterThan(0);
    for (const a of ok) {
      expect(a.body.errors).toBeUndefined();
      expect((a.body.data as { chainMap: { nodes: unknown[] } }).chainMap.nodes.length).toBeGreaterThan(10);
    }
    for (const a of busy) {
      expect(a.body.errors![0]!.extensions).toMatchObject({ code: 'SERVER_BUSY', retryable: true, limit: 'heavy', reason: 'queue-full' });
      expect(a.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    expect(peak).toBeLessThanOrEqual(2);
    expect(peak).toBeGreaterThan(0);
    expect(peakQueue).toBeLessThanOrEqual(8);
    expect(await gauge('chain_graph_heavy_in_flight')).toBe(0);
    expect(await gauge('chain_graph_heavy_queue_depth')).toBe(0);
    const refusedAfter =
      (await registry.getSingleMetric('chain_graph_refusals_total')!.get()).values.find((v) => v.labels.limit === 'heavy')?.value ?? 0;
    expect(refusedAfter - refusedBefore).toBe(busy.length);
  });

  it('a cheap operation is never gated, and an unscoped chain map is not heavy', async () => {
    const { post } = hostileApp(db, { admission: { maxConcurrent: 1, maxQueued: 0, maxWaitMs: 0, maxPerClient: 1 } });
    const answers = await Promise.all(Array.from({ length: 20 }, () => post({ query: '{ chainMap(chainId: "pv") { nodes { id } } }' })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
  });
});
