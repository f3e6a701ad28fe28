import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';

const server = path.join(repoRoot, 'server');
const tsx = path.join(server, 'node_modules', '.bin', 'tsx');

function check(seedsDir: string) {
  return spawnSync(tsx, ['src/seed/cli.ts', '--check'], {
    cwd: server,
    env: { ...process.env, SEEDS_DIR: seedsDir, NEO4J_URI: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('seed CLI --check', () => {
  it('exits 0 for the real seeds without touching a database', () => {
    const r = check('seeds');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Seeds OK: \d+ files; /);
  });

  it('exits 1 and prints every problem for invalid seeds', () => {
    const r = check('server/test/fixtures/seeds-bad/many');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/8 problems in the seed files/);
    expect(r.stderr).toMatch(/region cycle/);
    expect(r.stderr).toMatch(/Nothing was written\./);
  });
});
