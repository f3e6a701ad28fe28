import { afterEach, describe, expect, it, vi } from 'vitest';
import { paramsFromQuery, requestBody, startEarly, takeEarly } from './request';

const SLOT = Symbol.for('chain-graph:chain-map-early-request');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SLOT];
  vi.unstubAllGlobals();
});

describe('the /embed early request', () => {
  it('reads the address as the element reads its attributes', () => {
    expect(paramsFromQuery('?chain=pv&park=zs-hitech&asOf=2023')).toEqual({ chain: 'pv', park: 'zs-hitech', region: null, asOf: '2023' });
    expect(paramsFromQuery('?chain=%20semi%20&region=&as-of=2024-01')).toEqual({
      chain: 'semi',
      park: null,
      region: null,
      asOf: '2024-01',
    });
    expect(paramsFromQuery('?park=zs-hitech')).toBeNull();
  });

  it('hands its answer to the element once, only for the very same request', async () => {
    const answer = new Response('{}');
    const fetch = vi.fn(() => Promise.resolve(answer));
    vi.stubGlobal('fetch', fetch);
    const body = requestBody({ chain: 'pv', park: 'zs-hitech', region: null, asOf: null });
    startEarly('https://graph.example.cn/graphql', body);
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]).toMatchObject(['https://graph.example.cn/graphql', { method: 'POST', body, credentials: 'omit' }]);
    expect(takeEarly('https://graph.example.cn/graphql', requestBody({ chain: 'pv', park: null, region: null, asOf: null }))).toBeNull();
    startEarly('https://graph.example.cn/graphql', body);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('is taken by the element when the element asks the same', async () => {
    const answer = new Response('{}');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(answer)),
    );
    const body = requestBody({ chain: 'pv', park: null, region: null, asOf: null });
    startEarly('/graphql', body);
    await expect(takeEarly('/graphql', body)).resolves.toBe(answer);
    expect(takeEarly('/graphql', body)).toBeNull();
  });

  it('does not start once the element has asked by itself (the early module came late)', () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    expect(takeEarly('/graphql', 'x')).toBeNull();
    startEarly('/graphql', 'x');
    expect(fetch).not.toHaveBeenCalled();
  });
});
