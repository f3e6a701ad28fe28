import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver, type Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaBinary, launcherArchivePath, launcherJarPath, startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';
import { freePort } from '../../test/free-port.js';
import { planOperators } from '../../test/plan-operators.js';

// Starting a JVM + Neo4j takes ~5-10 s on a 2-core machine; leave plenty of room.
const TIMEOUT = 180_000;

// Small sizes: the test only needs a working instance, and may run beside other suites.
const SIZES = { heap: '512m', pagecache: '64m', txMemory: '128m' } as const;

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function withDriver<T>(db: EmbeddedNeo4j, fn: (d: Driver) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j', () => {
  let dataDir = '';
  let port = 0;
  let db: EmbeddedNeo4j | undefined;
  const logs: string[] = [];
  const log = (line: string): void => {
    logs.push(line);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-embedded-'));
    port = await freePort();
  });

  afterAll(async () => {
    await db?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, TIMEOUT);

  it(
    'starts, answers Cypher over Bolt and applies pass-through config',
    async () => {
      db = await startEmbeddedNeo4j({
        dataDir,
        boltPort: port,
        ...SIZES,
        config: { 'db.transaction.timeout': '45s' },
        log,
      });
      expect(db.uri).toBe(`bolt://127.0.0.1:${port}`);
      expect(db.username).toBe('neo4j');

      await withDriver(db, async (driver) => {
        const { records } = await driver.executeQuery('RETURN 1 AS x');
        expect(records[0]?.get('x').toNumber()).toBe(1);

        const settings = await driver.executeQuery(
          "SHOW SETTINGS YIELD name, value WHERE name IN ['db.transaction.timeout', 'server.memory.pagecache.size'] RETURN name, value",
        );
        const byName = Object.fromEntries(settings.records.map((r) => [r.get('name'), r.get('value')]));
        expect(byName['db.transaction.timeout']).toBe('45s');
        expect(byName['server.memory.pagecache.size']).toBe('64.00MiB');

        // A default the caller did not override: plans ignore the lengths of list parameters, so
        // a one-element list is planned as a list (with sizes, as `= $names[0]`, and planned
        // again for each size bucket).
        const plan = await driver.executeQuery('EXPLAIN MATCH (p:Probe) WHERE p.name IN $names RETURN p', { names: ['a'] });
        expect(planOperators(plan.summary.plan as Plan).map((o) => o.details)).toContain('p.name IN $names');

        await driver.executeQuery("CREATE (:Probe {name: 'persisted'})");
      });
    },
    TIMEOUT,
  );

  // npm run setup archives the launcher's classes (scripts/launcher-archive.mjs): each start
  // maps them instead of loading them (~1.7 s of a 5 s start). The archive must be one this
  // Java accepts, or the flag would silently buy nothing.
  it('starts from the class archive setup made, and this Java maps classes from it', async () => {
    const archive = launcherArchivePath();
    expect(existsSync(archive), `${archive} (npm run setup makes it)`).toBe(true);
    const cmdline = (await readFile(`/proc/${db!.pid}/cmdline`, 'utf8')).split('\0');
    expect(cmdline).toContain(`-XX:SharedArchiveFile=${archive}`);
    // Bad arguments end the launcher at once; the class-load log says where each class came from.
    const run = spawnSync(
      javaBinary(),
      [`-XX:SharedArchiveFile=${archive}`, '-Xlog:class+load=info', '-jar', launcherJarPath(), '--bogus'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stdout.match(/source: shared objects file \(top\)/g)?.length ?? 0).toBeGreaterThan(0);
  });

  it('stores a generated password in <dataDir>/.credentials with mode 0600', async () => {
    const file = path.join(dataDir, '.credentials');
    const saved = JSON.parse(await readFile(file, 'utf8')) as { password?: string };
    expect(saved.password).toBe(db?.password);
    expect(saved.password?.length).toBeGreaterThanOrEqual(16);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it(
    'refuses a wrong password',
    async () => {
      const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'definitely-wrong'));
      try {
        await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({
          code: 'Neo.ClientError.Security.Unauthorized',
        });
      } finally {
        await driver.close();
      }
    },
    TIMEOUT,
  );

  it(
    'keeps data and credentials across a restart on the same data dir',
    async () => {
      await db?.stop();
      db = undefined;
      expect(await canConnect(port)).toBe(false);

      db = await startEmbeddedNeo4j({ dataDir, boltPort: port, ...SIZES, log });
      const names = await withDriver(db, async (driver) => {
        const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
        return records.map((r) => r.get('name') as string);
      });
      expect(names).toEqual(['persisted']);
    },
    TIMEOUT,
  );

  // The launcher skips its ALTER USER when the password already logs in (a restart): a
  // different one must still replace it, and the old one stop working.
  it(
    'a restart with another password makes that one the password',
    async () => {
      const before = db!.password;
      await db?.stop();
      db = undefined;
      const other = `${before}-changed`;
      db = await startEmbeddedNeo4j({ dataDir, boltPort: port, password: other, ...SIZES, log });
      expect(await withDriver(db, async (d) => (await d.executeQuery('MATCH (p:Probe) RETURN p.name AS name')).records.length)).toBe(1);
      const old = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', before));
      try {
        await expect(old.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      } finally {
        await old.close();
      }
      // Back to the stored password for the tests after this one.
      await db.stop();
      db = await startEmbeddedNeo4j({ dataDir, boltPort: port, ...SIZES, log });
      expect(db.password).toBe(before);
      expect(await withDriver(db, async (d) => (await d.executeQuery('RETURN 1 AS x')).records[0]!.get('x'))).toEqual(neo4j.int(1));
    },
    TIMEOUT,
  );

  it(
    'stop() shuts the server down and closes the Bolt port',
    async () => {
      const running = db;
      expect(running).toBeDefined();
      await running?.stop();
      db = undefined;
      expect(await canConnect(port)).toBe(false);
      // A second stop is harmless.
      await running?.stop();
    },
    TIMEOUT,
  );
});
