import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { ConstraintError } from './errors.js';
import { checksum, isSchemaCommand, migrate, MigrationChecksumError, migrationsDir, readMigrations } from './migrate.js';

const executor = testExecutor();
const labels = [
  'Source',
  'Region',
  'Chain',
  'Segment',
  'Park',
  'Enterprise',
  'Project',
  'Capacity',
  'Institution',
  'Figure',
  'Migration',
  'Entity',
];

/** A copy of the migrations folder for tests that change files. */
function copyMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-migrations-'));
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

describe('migrations', () => {
  it('were all applied by the global setup and are idempotent', async () => {
    const files = readMigrations();
    expect(files.length).toBeGreaterThanOrEqual(3);
    const schemaBefore = await executor.read({ text: 'SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name' });
    const result = await migrate(executor);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toEqual(files.map((f) => f.id));
    const schemaAfter = await executor.read({ text: 'SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name' });
    expect(schemaAfter).toEqual(schemaBefore);
    expect(schemaAfter.every((r) => r.state === 'ONLINE')).toBe(true);

    const recorded = await executor.read<{ id: string; checksum: string; appliedAt: string }>({
      text: 'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum, toString(m.appliedAt) AS appliedAt ORDER BY id',
    });
    expect(recorded.map((r) => [r.id, r.checksum])).toEqual(files.map((f) => [f.id, f.checksum]));
  });

  it('re-running statements that already ran is harmless (a half-applied migration can resume)', async () => {
    for (const m of readMigrations()) {
      for (const statement of m.statements) await executor.autoCommit({ text: statement, name: `rerun:${m.id}` });
    }
  });

  it('creates a uniqueness constraint on id for every label', async () => {
    const rows = await executor.read<{ labels: string[]; properties: string[] }>({
      text: "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes AS labels, properties",
    });
    for (const label of labels) expect(rows).toContainEqual({ labels: [label], properties: ['id'] });
  });

  it('the constraint refuses a second node with the same id', async () => {
    await executor.write({ text: "CREATE (:Park {id: 'test-dup-park'})" });
    try {
      await expect(executor.write({ text: "CREATE (:Park {id: 'test-dup-park'})", name: 'test/dup' })).rejects.toSatisfy(
        (e: unknown) => e instanceof ConstraintError && e.code === 'CONSTRAINT_VIOLATION' && e.queryName === 'test/dup',
      );
    } finally {
      await executor.write({ text: "MATCH (p:Park {id: 'test-dup-park'}) DELETE p" });
    }
  });

  it('refuses to start when an applied migration changed', async () => {
    const dir = copyMigrations();
    try {
      const file = path.join(dir, '002-indexes.cypher');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n// an edit\n`);
      expect(readMigrations(dir).find((m) => m.id === '002-indexes')?.checksum).toBe(checksum(readFileSync(file, 'utf8')));
      await expect(migrate(executor, { dir })).rejects.toThrow(MigrationChecksumError);
      await expect(migrate(executor, { dir })).rejects.toThrow(
        /migration 002-indexes was applied with checksum .* add a new numbered migration/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start when an applied migration’s file is gone', async () => {
    const dir = copyMigrations();
    try {
      unlinkSync(path.join(dir, '003-name-search.cypher'));
      await expect(migrate(executor, { dir })).rejects.toThrow(/migration 003-name-search was applied but its file .* is gone/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies a new migration once and records it', async () => {
    const dir = copyMigrations();
    try {
      writeFileSync(path.join(dir, '999-test.cypher'), '// test only\nCREATE INDEX test_999 IF NOT EXISTS FOR (n:Park) ON (n.testOnly);\n');
      expect((await migrate(executor, { dir })).applied).toEqual(['999-test']);
      expect((await migrate(executor, { dir })).applied).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await executor.autoCommit({ text: 'DROP INDEX test_999 IF EXISTS' });
      await executor.write({ text: "MATCH (m:Migration {id: '999-test'}) DELETE m" });
    }
  });
});

describe('a migration of indexes and constraints only', () => {
  const indexes = async () =>
    (await executor.read<{ name: string }>({ text: "SHOW INDEXES YIELD name WHERE name STARTS WITH 'test_998' RETURN name" })).map(
      (r) => r.name,
    );

  it('tells schema commands from data writes, comments aside', () => {
    expect(isSchemaCommand('// why\nCREATE CONSTRAINT x IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE')).toBe(true);
    expect(isSchemaCommand('/* why */ create fulltext index y for (n:A) on each [n.name]')).toBe(true);
    expect(isSchemaCommand('DROP INDEX z IF EXISTS')).toBe(true);
    expect(isSchemaCommand('// CREATE INDEX in a comment\nMATCH (n:Park) SET n:Entity')).toBe(false);
    expect(isSchemaCommand("CREATE (:Migration {id: 'x'})")).toBe(false);
  });

  it('is applied whole or not at all: a refused statement leaves no index and no record', async () => {
    const dir = copyMigrations();
    try {
      writeFileSync(
        path.join(dir, '998-test.cypher'),
        'CREATE INDEX test_998_a IF NOT EXISTS FOR (n:Park) ON (n.testA);\nCREATE INDEX test_998_b FOR (n:Park) ON (n.testA);\n',
      );
      // The second index repeats the first one's label and property: Neo4j refuses it.
      await expect(migrate(executor, { dir })).rejects.toThrow();
      expect(await indexes()).toEqual([]);
      expect(await executor.read({ text: "MATCH (m:Migration {id: '998-test'}) RETURN m" })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await executor.autoCommit({ text: 'DROP INDEX test_998_a IF EXISTS' });
      await executor.autoCommit({ text: 'DROP INDEX test_998_b IF EXISTS' });
      await executor.write({ text: "MATCH (m:Migration {id: '998-test'}) DELETE m" });
    }
  });
});

describe('full-text name search (cjk analyzer)', () => {
  const search = async (q: string) =>
    (
      await executor.read<{ name: string }>(
        {
          text: "CALL db.index.fulltext.queryNodes('name_search', $q) YIELD node, score RETURN node.name AS name ORDER BY score DESC",
        },
        { q },
      )
    ).map((r) => r.name);

  it('finds a Chinese name from a two-character substring', async () => {
    expect(await search('宏发')).toContain('浙江宏发新能源科技有限公司');
    expect(await search('长阳')).toContain('宁波长阳科技股份有限公司');
  });

  it('a quoted term needs the characters together', async () => {
    expect(await search('"长阳科技"')).toContain('宁波长阳科技股份有限公司');
    expect(await search('"宏发科技"')).not.toContain('浙江宏发新能源科技有限公司');
  });

  it('a single character only as a prefix query; traditional forms do not match', async () => {
    expect(await search('宏')).not.toContain('浙江宏发新能源科技有限公司');
    expect(await search('宏*')).toContain('浙江宏发新能源科技有限公司');
    expect(await search('長阳')).not.toContain('宁波长阳科技股份有限公司');
  });
});
