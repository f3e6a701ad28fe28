// Backups on a database of their own (they wipe it). First the upgrade: the previous release's
// data (a backup it left, test/fixtures/release-*.jsonl.gz, see make-release-fixture.ts) is
// restored and the current start-up runs on it — migrations, admin bootstrap — leaving every
// record intact. Then backup → wipe → restore of that graph plus values of every property type
// must give back exactly the same graph.
import { readdirSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createApiToken, createSession, createUser, findUser } from '../../src/auth/accounts.js';
import { bootstrapAdmin } from '../../src/auth/bootstrap.js';
import { accountMigrationsDir } from '../../src/auth/move-credentials.js';
import { verifyPassword } from '../../src/auth/passwords.js';
import { readMigrations, migrate } from '../../src/db/migrate.js';
import { backup } from '../../src/ops/backup/export.js';
import { BackupFileError } from '../../src/ops/backup/format.js';
import { restore, RestoreRefusedError } from '../../src/ops/backup/restore.js';
import { ownNeo4j, type OwnNeo4j } from './embedded-for-test.js';
import { snapshot } from './graph-snapshot.js';

const execFileAsync = promisify(execFile);
const serverDir = path.join(import.meta.dirname, '..', '..');
let neo: OwnNeo4j;
let dir: string;
const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const release = readdirSync(fixtures).find((f) => /^release-.*\.jsonl\.gz$/.test(f))!;

beforeAll(async () => {
  neo = await ownNeo4j();
  dir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-backup-test-'));
}, 240_000);
afterAll(async () => {
  await neo?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('upgrading from the previous release’s data', () => {
  it(`starts on ${release}: migrations recorded once each, nothing of the old data changed`, async () => {
    const r = await restore(path.join(fixtures, release), { db: neo.db });
    expect(r.nodes).toBeGreaterThan(300);
    const before = await snapshot(neo.db);
    expect(before.nodes.some((n) => n.includes('员工录入企业'))).toBe(true);
    expect(before.nodes.some((n) => n.includes('"Change"'))).toBe(true);

    const m = await migrate(neo.app);
    const files = readMigrations().map((f) => f.id);
    expect([...m.applied, ...m.alreadyApplied].sort()).toEqual(files);
    expect(await bootstrapAdmin(neo.app, { adminPassword: undefined, log: () => {} })).toBe('exists');
    // Run again: nothing more to do.
    expect((await migrate(neo.app)).applied).toEqual([]);

    const after = await snapshot(neo.db);
    const isMigration = (n: string) => n.startsWith('[["Migration"]');
    expect(after.nodes.filter((n) => !isMigration(n))).toEqual(before.nodes.filter((n) => !isMigration(n)));
    expect(after.relationships).toEqual(before.relationships);
    expect(after.nodes.filter(isMigration)).toHaveLength(files.length);
    // New migrations' schema is added; the old schema is all still there.
    expect(after.schema).toEqual(expect.arrayContaining(before.schema));
  });
});

describe('backup and restore', () => {
  it('round-trips every node, relationship, property and type exactly (backup → wipe → restore)', async () => {
    const i = neo4j.int;
    await neo.db.write(
      {
        name: 'test/typed-values',
        text: `CREATE (a:TypeProbe:Second {
                 small: $small, big: $big, float: 1.0, third: 0.1 + 0.2, negZero: -0.0, nan: 0.0 / 0.0, inf: 1.0 / 0.0,
                 text: '产业链 "quoted" \\n line', yes: true,
                 date: date('2024-02-29'), oldDate: date('-0044-03-15'), localTime: localtime('23:59:59.123456789'),
                 time: time('12:30:00.5+08:00'), localDateTime: localdatetime('2020-01-02T03:04:05.000000006'),
                 offsetDateTime: datetime('2021-06-01T10:00:00-05:30'), zonedDateTime: datetime('2021-03-28T02:30:00[Europe/Berlin]'),
                 utc: datetime('1970-01-01T00:00:00Z'), duration: duration('P1Y2M3DT4H5M6.000000007S'),
                 cartesian: point({x: 1.5, y: -2.5}), cartesian3d: point({x: 1, y: 2, z: 3}),
                 wgs84: point({longitude: 121.47, latitude: 31.23}), wgs84_3d: point({longitude: 1, latitude: 2, height: 3}),
                 bytes: $bytes, ints: [1, 2, 3], floats: [1.0, 2.5], strings: ['a', '乙'], dates: [date('2000-01-01')],
                 points: [point({x: 0, y: 0})], bools: [true, false]
               })
               CREATE (b)
               CREATE (c:TypeProbe {id: 'c'})
               CREATE (a)-[:LINKS {weight: 2, share: 0.5, since: date('2019-01-01'), tags: ['x']}]->(c)
               CREATE (a)-[:LINKS]->(c)
               CREATE (c)-[:SELF {at: datetime('2022-02-02T02:02:02.000000002Z')}]->(c)
               CREATE (b)-[:FROM_NOWHERE]->(a)`,
      },
      { small: i(7), big: i('9007199254740993'), bytes: new Uint8Array([0, 1, 254, 255]) },
    );
    const before = await snapshot(neo.db);
    expect(before.nodes.find((n) => n.includes('"TypeProbe"') && n.includes('big'))).toContain('int:9007199254740993');

    const file = path.join(dir, 'backup.jsonl.gz');
    const b = await backup(file, { db: neo.db, system: neo.system });
    expect(b).toMatchObject({
      nodes: before.nodes.length,
      relationships: before.relationships.length,
      schema: before.schema.length,
      attempts: 1,
    });

    // Into a database that is not empty: refused, nothing touched.
    await expect(restore(file, { db: neo.db })).rejects.toThrow(RestoreRefusedError);
    await expect(restore(file, { db: neo.db })).rejects.toThrow(/not empty .*--wipe/);
    // A file cut short is refused before anything is deleted.
    const cut = path.join(dir, 'cut.jsonl.gz');
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .split('\n');
    await writeFile(cut, gzipSync(lines.slice(0, -20).join('\n')));
    await expect(restore(cut, { db: neo.db, wipe: true })).rejects.toThrow(BackupFileError);
    await expect(restore(cut, { db: neo.db, wipe: true })).rejects.toThrow(/cut short|unknown node/);
    expect(await snapshot(neo.db)).toEqual(before);

    // Wipe and restore: the very same graph, schema included; uncompressed files work too.
    const r = await restore(file, { db: neo.db, wipe: true, batchSize: 50 });
    expect(r).toMatchObject({ nodes: before.nodes.length, relationships: before.relationships.length });
    expect(await snapshot(neo.db)).toEqual(before);

    const plain = path.join(dir, 'backup.jsonl');
    await writeFile(plain, gunzipSync(await readFile(file)));
    await restore(plain, { db: neo.db, wipe: true });
    expect(await snapshot(neo.db)).toEqual(before);
    await copyFile(file, path.join(dir, 'kept.jsonl.gz'));
  });
});

describe('backups of the credential store (npm run backup -- --accounts)', () => {
  it('round-trips accounts, token and session hashes exactly through the CLI, into the store AUTH_NEO4J_* names', async () => {
    // The store as the app leaves it: its migrations, an admin, a user with an API token and a session.
    await neo.db.write({ name: 'test/wipe', text: 'MATCH (n) DETACH DELETE n' });
    await migrate(neo.app, { dir: accountMigrationsDir, log: () => {} });
    expect(await bootstrapAdmin(neo.app, { adminPassword: 'admin-pass-for-backup-test', log: () => {} })).not.toBe('exists');
    const user = await createUser(neo.app, { username: 'backup-analyst', password: 'analyst-pass-1234', role: 'analyst' });
    await createApiToken(neo.app, { userId: user.id, name: 'portal', role: 'viewer', expiresInDays: 30 });
    await createSession(neo.app, user.id, 3600);
    const before = await snapshot(neo.db);
    expect(before.nodes.some((n) => n.includes('passwordHash'))).toBe(true);

    // The CLI finds the running store by its data folder's password file and port; the graph
    // settings point nowhere, so a backup of the wrong store could not succeed.
    const env = {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_DATA_DIR: path.join(dir, 'no-graph-here'),
      AUTH_NEO4J_URI: '',
      AUTH_NEO4J_DATA_DIR: neo.dataDir,
      AUTH_NEO4J_BOLT_PORT: String(neo.boltPort),
    };
    const cli = (...args: string[]) =>
      execFileAsync(path.join(serverDir, 'node_modules', '.bin', 'tsx'), ['src/ops/backup/cli.ts', ...args], {
        cwd: serverDir,
        env: { ...env, INIT_CWD: dir },
      });
    const file = path.join(dir, 'accounts.jsonl.gz');
    const out = await cli('backup', file, '--accounts');
    expect(out.stdout).toMatch(new RegExp(`${before.nodes.length} nodes, ${before.relationships.length} relationships`));
    await expect(cli('restore', file, '--accounts')).rejects.toMatchObject({ code: 1 });
    await cli('restore', file, '--accounts', '--wipe');
    expect(await snapshot(neo.db)).toEqual(before);
    // The restored account signs in with its old password (its hash came back byte for byte).
    const restored = await findUser(neo.app, 'backup-analyst');
    expect(restored?.id).toBe(user.id);
    expect(await verifyPassword('analyst-pass-1234', restored!.passwordHash)).toBe(true);
  }, 240_000);
});
