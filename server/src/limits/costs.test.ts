// The cost model: every list field has a deliberate cap, the client's real operations fit the
// budget with room to spare (their costs are printed), and the schema-cycle query does not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getNamedType, isListType, isNonNullType, isObjectType, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { schema } from '../schema/index.js';
import { defaultLimits } from '../yoga.js';
import { operationCost } from './cost-plugin.js';
import { coordinateOf, listCaps } from './costs.js';
import { TokenBuckets } from './token-bucket.js';

/** The client's operations as the generated module holds them (client/src/gql/graphql.ts). */
function clientOperations(): { name: string; text: string }[] {
  const source = readFileSync(path.join(repoRoot, 'client', 'src', 'gql', 'graphql.ts'), 'utf8');
  const docs = [...source.matchAll(/new TypedDocumentString\(`([\s\S]*?)`/g)].map((m) => m[1]!);
  return docs
    .filter((d) => !/^\s*fragment/.test(d))
    .map((text) => ({ name: (parse(text).definitions[0] as OperationDefinitionNode).name!.value, text }));
}

/** Variables that make each operation as large as the client ever makes it. */
const variables: Record<string, unknown> = {
  id: 'x',
  chainId: 'pv',
  parkId: 'p',
  regionId: null,
  asOf: '2024',
  text: '光伏',
  first: 20,
  ids: ['a'],
  parkIds: ['a', 'b', 'c', 'd', 'e', 'f'],
  query: 'RETURN 1',
  params: {},
  date: '2024',
  status: 'SIGNED',
  from: 'a',
  to: 'b',
  depth: 2,
  limit: 20,
  maxLength: 4,
  input: { fromId: 'a', toId: 'b', name: 'n' },
  targetId: 'x',
  username: 'u',
  password: 'p',
  source: null,
  reason: null,
};

describe('cost model', () => {
  it('gives every list field of the schema a deliberate cap', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const t = isNonNullType(field.type) ? field.type.ofType : field.type;
        if (!isListType(t)) continue;
        const coord = coordinateOf(field);
        const declaring = (field.extensions?.pothosConfig as { declaringType?: string } | undefined)?.declaringType;
        if (!(coord in listCaps) && !(declaring && `${declaring}.${field.name}` in listCaps))
          missing.push(`${coord} [${getNamedType(field.type).name}]`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("prices the client's operations under half the per-request limit", () => {
    const costs = clientOperations().map(({ name, text }) => ({ name, cost: operationCost(schema, parse(text), name, variables) }));
    const priced = costs.filter((c) => c.cost !== null) as { name: string; cost: number }[];
    expect(priced.length).toBeGreaterThan(30);
    const sorted = priced.sort((a, b) => b.cost - a.cost);
    console.log(
      `[costs] client operations, heaviest first (limit ${defaultLimits.maxCost}):\n${sorted.map((c) => `  ${String(Math.ceil(c.cost)).padStart(7)}  ${c.name}`).join('\n')}`,
    );
    for (const c of sorted) expect(c.cost, c.name).toBeLessThan(defaultLimits.maxCost / 2);
  });

  it('prices the schema cycles beyond any budget', () => {
    const cycle = parse('{chains{segments{chain{segments{chain{segments{chain{segments{chain{segments{id name nameEn}}}}}}}}}}}');
    expect(operationCost(schema, cycle, null, {})).toBeGreaterThan(1e10);
    expect(cycle.definitions[0]!.kind).toBe(Kind.OPERATION_DEFINITION);
  });

  it('multiplies a connection by the page asked for', () => {
    const q = (first: number) => parse(`{ enterprises(first: ${first}) { edges { node { id name } } } }`);
    const c10 = operationCost(schema, q(10), null, {})!;
    const c100 = operationCost(schema, q(100), null, {})!;
    expect(c100 - c10).toBeCloseTo(90 * 4, 0);
  });
});

describe('token buckets', () => {
  it('charges, refuses with the wait, refills over time, and keeps clients apart', () => {
    const b = new TokenBuckets({ capacity: 100, refillPerSecond: 10 });
    expect(b.take('a', 80, 0)).toEqual({ ok: true, remaining: 20 });
    expect(b.take('a', 50, 0)).toEqual({ ok: false, available: 20, retryAfterSeconds: 3 });
    expect(b.take('b', 50, 0)).toMatchObject({ ok: true });
    expect(b.take('a', 50, 3000)).toEqual({ ok: true, remaining: 0 });
  });

  it('forgets the least recently charged clients beyond its size', () => {
    const b = new TokenBuckets({ capacity: 10, refillPerSecond: 1, maxClients: 3 });
    for (const k of ['a', 'b', 'c', 'd']) b.take(k, 1, 0);
    expect(b.size).toBe(3);
  });
});

describe('list caps', () => {
  it('cuts only lists with a fixed cap, never a connection page', async () => {
    const { fixedCapOf } = await import('./costs.js');
    const connection = schema.getType('EnterpriseConnection');
    const chain = schema.getType('Chain');
    if (!isObjectType(connection) || !isObjectType(chain)) throw new Error('types missing');
    expect(fixedCapOf(connection.getFields().edges!)).toBeUndefined();
    expect(fixedCapOf(chain.getFields().segments!)).toBe(60);
  });
});
