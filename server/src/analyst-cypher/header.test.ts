import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearCypherCache } from '../db/cypher-files.js';
import { ParamError, resolveParams, savedQueries, type SavedQuery } from './catalogue.js';
import { HeaderError, parseHeader } from './header.js';

const good = `// title: 测试查询 | Test query
// description: 第一行说明。
// description: Second line.
// a free comment
// param chainId: String = "pv" @chain -- 产业链 id
// param limit: Int = 10
// param minYi: Float = 1.5
// param strict: Boolean = false
// param status: String?
// param ids: [String] = ["a", "b -- not a description"] -- ids to look at
// param needed: Int
// param roles: [String] = ["anchor"] @role
// param parkId: String? @park
MATCH (n) RETURN n`;

function headerError(text: string): HeaderError {
  try {
    parseHeader(text, 'cypher/queries/x.cypher');
  } catch (e) {
    if (e instanceof HeaderError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('saved-query header', () => {
  it('reads title, joined description and typed params with defaults and descriptions', () => {
    const h = parseHeader(good, 'x.cypher');
    expect(h.title).toBe('测试查询');
    expect(h.titleEn).toBe('Test query');
    expect(h.description).toBe('第一行说明。 Second line.');
    expect(h.params.map((p) => [p.name, p.typeName, p.hasDefault, p.default, p.description])).toEqual([
      ['chainId', 'String', true, 'pv', '产业链 id'],
      ['limit', 'Int', true, 10, null],
      ['minYi', 'Float', true, 1.5, null],
      ['strict', 'Boolean', true, false, null],
      ['status', 'String?', false, null, null],
      ['ids', '[String]', true, ['a', 'b -- not a description'], 'ids to look at'],
      ['needed', 'Int', false, null, null],
      ['roles', '[String]', true, ['anchor'], null],
      ['parkId', 'String?', false, null, null],
    ]);
    expect(h.params.filter((p) => p.pick).map((p) => [p.name, p.pick])).toEqual([
      ['chainId', 'chain'],
      ['roles', 'role'],
      ['parkId', 'park'],
    ]);
  });

  it('every shipped query names its id parameters with a picker', () => {
    const ids = savedQueries().flatMap((q) => q.params.filter((p) => /(chain|park|segment|enterprise)Id$/.test(p.name)));
    expect(ids.length).toBeGreaterThan(4);
    for (const p of ids) expect(p.pick, p.name).toBe(/^(\w+?)Id$/.exec(p.name)?.[1]);
  });

  it.each([
    ['// description: d\nMATCH (n) RETURN n', 1, /no "\/\/ title: 中文 \| English" line/],
    ['// title: 只有中文\n// description: d', 1, /title must be "中文标题 \| English title"/],
    ['// title: 中 | En\nMATCH (n) RETURN n', 1, /no "\/\/ description:" line/],
    ['// title: 中 | En\n// description: d\n// param limit: Integer = 1', 3, /unknown type "Integer" for "limit"/],
    ['// title: 中 | En\n// description: d\n\n// param limit: Int = ten', 4, /default of "limit" is not a JSON value: ten/],
    ['// title: 中 | En\n// description: d\n// param limit: Int = 1.5', 3, /default of "limit" must be Int/],
    ['// title: 中 | En\n// description: d\n// param limit Int', 3, /param must look like "name: Type = default -- description"/],
    ['// title: 中 | En\n// description: d\n// param ids: [String = []', 3, /unbalanced brackets/],
    ['// title: 中 | En\n// description: d\n// param a: Int = 1 extra', 3, /unexpected "extra" after the type of "a"/],
    ['// title: 中 | En\n// description: d\n// param a: Int\n// param a: String', 4, /"a" is declared twice/],
    ['// title 中 | En\n// description: d', 1, /"title" must be followed by a colon/],
    ['// title: 中 | En\n// description: d\n// param a: String @region', 3, /unknown picker "@region" for "a"/],
    ['// title: 中 | En\n// description: d\n// param a: Int = 1 @chain', 3, /"@chain" needs a String parameter, and "a" is Int/],
    ['// title: 中 | En\n// description: d\n// param a: [String] @park', 3, /"@park" needs a String parameter, and "a" is \[String\]/],
  ])('refuses a malformed header, naming file and line (%#)', (text, line, message) => {
    const e = headerError(text);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(new RegExp(`^cypher/queries/x\\.cypher:${line}: `));
    expect(e.message).toMatch(message);
  });
});

describe('saved-query catalogue', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-queries-'));
  mkdirSync(path.join(root, 'queries'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    clearCypherCache();
  });
  const write = (name: string, text: string) => {
    clearCypherCache();
    rmSync(path.join(root, 'queries'), { recursive: true, force: true });
    mkdirSync(path.join(root, 'queries'));
    writeFileSync(path.join(root, 'queries', `${name}.cypher`), text);
  };

  it('ships at least ten saved queries, each with a bilingual title', () => {
    const list = savedQueries();
    expect(list.length).toBeGreaterThanOrEqual(10);
    for (const q of list) {
      expect(q.title).toMatch(/\p{Script=Han}/u);
      expect(q.titleEn).toMatch(/^[A-Z]/);
      expect(q.description.length).toBeGreaterThan(40);
    }
  });

  it('refuses a query that uses an undeclared parameter, or declares an unused one', () => {
    write('uses-undeclared', '// title: 中 | En\n// description: d\n// param a: Int = 1\nRETURN $a, $b');
    expect(() => savedQueries(root)).toThrow(/uses-undeclared\.cypher:1: the query uses \$b but the header declares no such param/);
    write('declares-unused', '// title: 中 | En\n// description: d\n// param a: Int = 1\nRETURN 1');
    expect(() => savedQueries(root)).toThrow(/declares-unused\.cypher:1: param "a" is declared but the query never uses it/);
  });

  it('checks parameters: unknown, missing, mistyped; fills defaults; sends Int as INTEGER', () => {
    const q: SavedQuery = { id: 'x', queryName: 'queries/x', ...parseHeader(good, 'x.cypher') };
    const error = (input: unknown): ParamError => {
      try {
        resolveParams(q, input);
      } catch (e) {
        if (e instanceof ParamError) return e;
        throw e;
      }
      throw new Error('no error');
    };
    expect(error({ needed: 1, nope: 1 })).toMatchObject({
      param: 'nope',
      message: expect.stringMatching(/Unknown parameter "nope".*chainId, limit/),
    });
    expect(error({})).toMatchObject({ param: 'needed', message: expect.stringMatching(/Missing parameter "needed" \(Int\)/) });
    expect(error({ needed: 1, limit: 'ten' })).toMatchObject({ param: 'limit', message: expect.stringMatching(/"limit" must be Int/) });
    expect(error({ needed: 1.5 })).toMatchObject({ param: 'needed' });
    expect(error({ needed: 1, ids: ['a', 2] })).toMatchObject({ param: 'ids', message: expect.stringMatching(/list of String.*item 1/) });
    expect(error({ needed: 1, chainId: null })).toMatchObject({ param: 'chainId' });
    expect(error([1])).toMatchObject({ param: 'params' });

    const p = resolveParams(q, { needed: 3, status: 'signed' });
    expect(p.chainId).toBe('pv');
    expect(p.status).toBe('signed');
    expect(p.ids).toEqual(['a', 'b -- not a description']);
    expect(p.minYi).toBe(1.5);
    // neo4j Integer objects, not JS numbers (which the driver would send as FLOAT).
    expect(p.limit).toMatchObject({ low: 10, high: 0 });
    expect(p.needed).toMatchObject({ low: 3, high: 0 });
    expect(resolveParams(q, { needed: 1 }).status).toBeNull();
  });
});
