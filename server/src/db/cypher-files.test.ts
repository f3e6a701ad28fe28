import { afterAll, describe, expect, inject, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { Executor } from './executor.js';
import { compact, explainParams, listCypher, loadCypher, splitStatements, UnknownQueryError } from './cypher-files.js';

const executor = testExecutor();
// `system/` files are administration commands: they run (and are planned) on the system database.
const system = Executor.connect({ ...inject('neo4j'), database: 'system', queryTimeoutMs: 60_000 });
afterAll(() => system.close());

describe('cypher files', () => {
  const names = listCypher().filter((n) => !n.startsWith('migrations/'));

  it('finds the query files', () => {
    expect(names).toContain('seed/create-nodes');
    expect(names).toContain('migration-log/applied');
  });

  // EXPLAIN plans a statement without running it: catches syntax errors, unknown functions and
  // procedures, and type errors Neo4j can see statically, for every query file.
  it.each(names)('%s plans (EXPLAIN)', async (name) => {
    const file = loadCypher(name);
    const summary = await (name.startsWith('system/') ? system : executor).explain(name, explainParams(file));
    expect(summary.plan).toBeTruthy();
  });

  it('an unknown name says which file is missing and what exists', () => {
    expect(() => loadCypher('seed/nope')).toThrow(UnknownQueryError);
    expect(() => loadCypher('seed/nope')).toThrow(/no file cypher\/seed\/nope\.cypher; known in that folder: .*seed\/create-nodes/);
    expect(() => loadCypher('../etc/passwd')).toThrow(UnknownQueryError);
  });

  it('reads the params header and lists $parameters outside comments and strings', () => {
    const file = loadCypher('migration-log/record');
    expect(file.sampleParams).toEqual({ id: '000-example', checksum: '0' });
    expect(file.paramNames.sort()).toEqual(['checksum', 'id']);
    expect(explainParams(loadCypher('seed/existing-nodes'))).toEqual({ labels: ['Park'], ids: ['zs-hitech'] });
  });

  it('splits statements on semicolons outside strings and comments', () => {
    const text = "// a; comment\nCREATE (:A {x: 'a;b'});\n/* b; */ MATCH (n) RETURN n;\n\n// trailing;\n";
    expect(splitStatements(text)).toEqual(["// a; comment\nCREATE (:A {x: 'a;b'})", '/* b; */ MATCH (n) RETURN n']);
  });

  it('keeps the words either side of a comment apart', () => {
    expect(compact('MATCH (n) RETURN/* the id */n.id AS id')).toBe('MATCH (n) RETURN n.id AS id');
    expect(compact('RETURN 1 AS x// trailing\n')).toBe('RETURN 1 AS x');
  });

  it('sends a statement without comments or indentation, strings kept as written and lines where they were', () => {
    const text = '  // head; $notAParam\nMATCH (n {x: \'a // b\n   c\'}) // tail\n  /* two\nlines */ RETURN `w//x`, "q\\"//" AS y  \n\n';
    expect(compact(text)).toBe('\nMATCH (n {x: \'a // b\n   c\'})\n\nRETURN `w//x`, "q\\"//" AS y');
  });

  // Every file as sent: the same parameters, the same line for each line of code (so Neo4j's
  // line numbers are the file's), and shorter. The EXPLAIN test above plans what is sent.
  it('compacts every query file without changing what it says', () => {
    let before = 0;
    let after = 0;
    for (const name of names) {
      const file = loadCypher(name);
      const lines = file.text.split('\n');
      const sent = file.sent.split('\n');
      expect(sent.length, name).toBeLessThanOrEqual(lines.length);
      sent.forEach((line, i) => {
        if (line !== '') expect(lines[i], `${name}:${i + 1}`).toContain(line.split(/\/\/|'|"|`/)[0]!.trim());
      });
      expect(loadCypher(name).paramNames.sort(), name).toEqual(
        [...new Set([...file.sent.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))].sort(),
      );
      before += file.text.length;
      after += file.sent.length;
    }
    expect(after).toBeLessThan(before * 0.7);
  });
});
