// A concurrent flood of anonymous requests from one address: every answer is either the right
// data or a RATE_LIMITED refusal saying when to come back; the process stays within its memory
// bound and the database keeps answering.
import { beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../db.js';
import { hostileApp, normalQueryStillAnswers, rssGrowthMb, RSS_BOUND_MB } from './app.js';

const db = testExecutor();

// The first queries of a fresh database compile their plans; time only what follows.
beforeAll(() => normalQueryStillAnswers(hostileApp(db).post).catch(() => undefined));

describe('floods', () => {
  it('200 concurrent anonymous chain maps: answered or refused with RATE_LIMITED, memory bounded', async () => {
    // A bucket with room for about 40 of these maps (7,204 each) at once.
    const { query } = hostileApp(db, { limits: { clientBudget: 300_000, clientRefillPerSecond: 1_000 } });
    const map = '{ chainMap(chainId: "pv", includeEnterprises: true) { truncated nodes { id label } edges { id } } }';
    let answers: Awaited<ReturnType<typeof query>>[] = [];
    const grew = await rssGrowthMb(async () => {
      answers = await Promise.all(Array.from({ length: 200 }, () => query(map)));
    });
    const ok = answers.filter((a) => a.status === 200);
    const limited = answers.filter((a) => a.status === 429);
    expect(ok.length + limited.length).toBe(200);
    expect(ok.length).toBeGreaterThan(0);
    expect(limited.length).toBeGreaterThan(0);
    for (const a of ok) expect((a.body.data as { chainMap: { nodes: unknown[] } }).chainMap.nodes.length).toBeGreaterThan(10);
    for (const a of limited) expect(a.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'clientBudget' });
    expect(grew).toBeLessThan(RSS_BOUND_MB);
    // The server and the database still answer (a client with budget left).
    await normalQueryStillAnswers(hostileApp(db).post);
  });

  it('500 concurrent cheap anonymous requests all answer right', async () => {
    const { query } = hostileApp(db);
    let answers: Awaited<ReturnType<typeof query>>[] = [];
    const grew = await rssGrowthMb(async () => {
      answers = await Promise.all(
        Array.from({ length: 500 }, (_, i) => query(`{ segment(id: "${i % 2 ? 'pv.module' : 'pv.cell'}") { id name } }`)),
      );
    });
    expect(answers.every((a) => a.status === 200 && !a.body.errors)).toBe(true);
    expect(grew).toBeLessThan(RSS_BOUND_MB);
    await normalQueryStillAnswers(hostileApp(db).post);
  });
});
