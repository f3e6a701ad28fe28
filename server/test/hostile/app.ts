// The app as a hostile client meets it: real authentication (anonymous unless a test viewer is
// given), the default limits unless a test overrides one, requests through yoga.fetch().
import { expect } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import type { Executor } from '../../src/db/executor.js';
import { sharedTestAuthExecutor } from '../db.js';
import { createApp, type AppOptions } from '../../src/yoga.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } & unknown[];
}

export function hostileApp(db: Executor, opts: Partial<AppOptions> & { viewer?: Viewer } = {}) {
  const { viewer, ...rest } = opts;
  const app = createApp({
    executor: db,
    authExecutor: sharedTestAuthExecutor(),
    production: true,
    ...(viewer ? { viewerFor: () => viewer } : {}),
    ...rest,
  });
  async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
  }
  return { app, post, query: (query: string, variables?: Record<string, unknown>) => post({ query, variables }) };
}

/** The one error of a refused request, with its code. */
export function refusedWith(answer: Answer, code: string): { message: string; extensions: Record<string, unknown> } {
  expect(answer.body.data ?? undefined).toBeUndefined();
  expect(answer.body.errors, JSON.stringify(answer.body).slice(0, 500)).toHaveLength(1);
  const error = answer.body.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  return error as { message: string; extensions: Record<string, unknown> };
}

/** The public chain map still answers right, and within 2 s. */
export async function normalQueryStillAnswers(post: (body: unknown) => Promise<Answer>): Promise<void> {
  const t = performance.now();
  const res = await post({ query: '{ chain(id: "pv") { id name segments { id } } }' });
  const ms = performance.now() - t;
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  const chain = (res.body.data as { chain: { id: string; segments: unknown[] } }).chain;
  expect(chain.id).toBe('pv');
  expect(chain.segments.length).toBeGreaterThan(10);
  expect(ms).toBeLessThan(2000);
}

/** RSS growth of this process across `work`, in MB (after a GC when --expose-gc allows it). */
export async function rssGrowthMb(work: () => Promise<void>): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().rss;
  await work();
  gc?.();
  return (process.memoryUsage().rss - before) / 1e6;
}

/** The bound every hostile request is held to: the server process grows by less than this. */
export const RSS_BOUND_MB = 150;
