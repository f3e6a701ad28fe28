import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../test/fixtures';
import { graphqlRequest } from './client';
import { ApiError, type ApiErrorKind } from './errors';
import { setSessionToken } from './session-token';
import { TypedDocumentString } from '../../gql/graphql';

// Hand-made typed documents: the transport is under test here, not the generated operations.
const CHAINS = new TypedDocumentString<{ chains: { id: string }[] }, Record<string, unknown>>('{ chains { id } }');
const ME = new TypedDocumentString<{ me: { username: string } | null }, Record<string, never>>('{ me { username } }');

async function failure(response: () => Promise<Response>): Promise<ApiError> {
  vi.stubGlobal('fetch', vi.fn(response));
  const error = await graphqlRequest(CHAINS, {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('graphqlRequest', () => {
  it('POSTs JSON to /graphql and returns data', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ data: { chains: [] } }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(graphqlRequest(CHAINS, { a: 1 })).resolves.toEqual({ chains: [] });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ query: '{ chains { id } }', variables: { a: 1 } });
  });

  it('sends the signed-in session as a bearer token, and nothing when signed out', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ data: {} }));
    vi.stubGlobal('fetch', fetchMock);
    setSessionToken('cgs_abc');
    await graphqlRequest(ME, {});
    setSessionToken(null);
    await graphqlRequest(CHAINS, {});
    const header = (i: number) =>
      new Headers((fetchMock.mock.calls[i] as unknown as [string, RequestInit])[1].headers).get('authorization');
    expect(header(0)).toBe('Bearer cgs_abc');
    expect(header(1)).toBeNull();
  });

  it.each<[string, () => Promise<Response>, ApiErrorKind]>([
    ['fetch rejects', () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
    ['dev proxy cannot reach the server (empty 500)', async () => new Response('', { status: 500 }), 'network'],
    ['GraphQL errors', async () => jsonResponse({ errors: [{ message: 'boom' }] }), 'graphql'],
    ['GraphQL errors with a 4xx status', async () => jsonResponse({ errors: [{ message: 'bad' }] }, 400), 'graphql'],
    ['a non-JSON 404', async () => new Response('<html>', { status: 404 }), 'http'],
    ['a 200 that is not JSON', async () => new Response('<html>', { status: 200 }), 'parse'],
    ['a 200 without data', async () => jsonResponse({}), 'parse'],
  ])('%s → %s error', async (_, response, kind) => {
    expect((await failure(response)).kind).toBe(kind);
  });

  it('keeps the GraphQL error entries for the UI', async () => {
    const error = await failure(async () => jsonResponse({ errors: [{ message: 'a' }, { message: 'b' }] }));
    expect(error.message).toBe('a; b');
    expect(error.graphqlErrors).toHaveLength(2);
  });
});
