// PUBLIC_READ: what anonymous requests may read. Signed-in viewers are not affected; analyst,
// editor and admin fields keep their declared role scopes even when everything is public.
import { describe, expect, it } from 'vitest';
import { sharedTestAuthExecutor, testExecutor } from '../../test/db.js';
import { graphqlClient, testViewer } from '../../test/graphql.js';
import { createApp } from '../yoga.js';

const db = testExecutor();
const anonymousWith = (publicRead: 'none' | 'chain-map' | 'all') => graphqlClient(db, { token: null, publicRead });

/** The client's own query (client/src/api/queries.ts), minus fields another engineer may still be adding. */
const CLIENT_CHAINS = `query Chains {
  chains {
    id name nameEn description
    segments { id name nameEn stage order parentId enterpriseCount }
    flows { fromId toId crossChain from { id name nameEn chainId stage order } to { id name nameEn chainId stage order } }
  }
}`;

function codes(res: { errors?: { extensions?: Record<string, unknown> }[] }) {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

describe('PUBLIC_READ=chain-map (the default)', () => {
  const gql = graphqlClient(db, { token: null });

  it('serves the chain map to anonymous users: the client query, chain, segment and chainMap', async () => {
    const res = await gql<{ chains: unknown[] }>(CLIENT_CHAINS);
    expect(res.errors).toBeUndefined();
    expect(res.data!.chains.length).toBeGreaterThanOrEqual(4);
    const one = await gql(
      `{ chain(id: "pv") { name segments { name upstream { id } } } segment(id: "pv.polysilicon") { name stage chain { id } } }`,
    );
    expect(one.errors).toBeUndefined();
    const map = await gql(`{ chainMap(chainId: "pv") { nodes { id label } edges { source target } truncated } }`);
    expect(map.errors).toBeUndefined();
  });

  it('refuses other root fields with UNAUTHENTICATED (401), before anything runs', async () => {
    const before = db.statementCount;
    const res = await gql(`{ parks { id } }`);
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: 'Sign in to read Query.parks.',
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      }),
    ]);
    expect(db.statementCount).toBe(before);
  });

  it('refuses fields off the map reached from a public root, through fragments too', async () => {
    const viaChain = await gql(`{ chains { id parks { id } } }`);
    expect(viaChain.errors![0]!.message).toBe('Sign in to read Chain.parks.');
    const viaFragment = await gql(`{ segment(id: "pv.polysilicon") { ...S } } fragment S on Segment { id enterprises { __typename } }`);
    expect(viaFragment.errors![0]!.message).toBe('Sign in to read Segment.enterprises.');
    const inline = await gql(`{ chains { ... on Chain { segments { projects { __typename } } } } }`);
    expect(inline.errors![0]!.message).toBe('Sign in to read Segment.projects.');
    const mixed = await gql(`{ chains { id } enterprise(id: "e.changyang") { name } }`);
    expect(codes(mixed)).toEqual(['UNAUTHENTICATED']);
  });

  it('checks the operation that runs, chosen by operationName', async () => {
    const app = createApp({ executor: db, authExecutor: sharedTestAuthExecutor(), production: false });
    const post = (operationName: string) =>
      app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query Open { chains { id } } query Closed { parks { id } }`, operationName }),
      });
    expect((await post('Open')).status).toBe(200);
    expect((await post('Closed')).status).toBe(401);
  });

  it('lets anonymous users sign in and ask who they are', async () => {
    expect((await gql(`{ me { username } __typename }`)).data).toEqual({ me: null, __typename: 'Query' });
    const signIn = await gql(`mutation { signIn(username: "t-nobody-here", password: "whatever it is") { token } }`);
    expect(signIn.errors![0]!.message).toBe('Wrong username or password.');
  });

  it('does not restrict signed-in viewers', async () => {
    const res = await graphqlClient(db, { viewer: testViewer('viewer') })(`{ parks { id } chains { parks { id } } }`);
    expect(res.errors).toBeUndefined();
  });
});

describe('PUBLIC_READ=none', () => {
  it('refuses even chains to anonymous users, but still lets them sign in', async () => {
    const gql = anonymousWith('none');
    const res = await gql(`{ chains { id } }`);
    expect(res.status).toBe(401);
    expect(res.errors![0]!.message).toBe('Sign in to read Query.chains.');
    expect(codes(await gql(`{ chainMap(chainId: "pv") { truncated } }`))).toEqual(['UNAUTHENTICATED']);
    expect((await gql(`mutation { signIn(username: "t-nobody-here", password: "whatever it is") { token } }`)).errors![0]!.message).toBe(
      'Wrong username or password.',
    );
  });
});

describe('PUBLIC_READ=all', () => {
  const gql = anonymousWith('all');

  it('opens every read query to anonymous users', async () => {
    const res = await gql<{ parks: unknown[] }>(`{ parks { id name enterprises { __typename } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.parks.length).toBeGreaterThan(0);
  });

  it('still refuses admin queries (role scopes) and every mutation but sign-in', async () => {
    const users = await gql(`{ users { username } }`);
    expect(codes(users)).toEqual(['UNAUTHENTICATED']);
    const create = await gql(`mutation { createApiToken(name: "x") { secret } }`);
    expect(create.errors![0]!.message).toBe('Sign in to read Mutation.createApiToken.');
  });
});
