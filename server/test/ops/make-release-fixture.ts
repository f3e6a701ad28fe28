// Makes test/fixtures/release-<name>.jsonl.gz: the data a release leaves behind — its
// migrations, the seeds, the first admin, an editor's change with its audit record — as a
// backup file. Run it from a checkout of that release (with this file and src/ops/backup/ copied
// in if the release predates them), then commit the file; upgrade.test.ts starts from it.
//
//   npx tsx test/ops/make-release-fixture.ts <name>
import path from 'node:path';
import { bootstrapAdmin } from '../../src/auth/bootstrap.js';
import { repoRoot } from '../../src/config.js';
import { migrate } from '../../src/db/migrate.js';
import { backup } from '../../src/ops/backup/export.js';
import { loadSeeds } from '../../src/seed/load.js';
import { readSeeds } from '../../src/seed/read-seeds.js';
import { createApp } from '../../src/yoga.js';
import { ownNeo4j } from './embedded-for-test.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9.-]+$/.test(name)) throw new Error('usage: make-release-fixture.ts <name, e.g. main-fedf378>');
const neo = await ownNeo4j();
try {
  await migrate(neo.app);
  await loadSeeds(neo.app, readSeeds(path.join(repoRoot, 'seeds')));
  await bootstrapAdmin(neo.app, { adminPassword: 'release fixture admin', log: () => {} });
  const app = createApp({
    executor: neo.app,
    authExecutor: neo.app /* viewerFor: no sign-in */,
    production: true,
    viewerFor: () => ({ role: 'editor', userId: 'fixture-editor', name: 'fixture editor' }),
  });
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input, source: "s000", reason: "fixture") { enterprise { id } } }',
      variables: {
        input: {
          slug: 'fixture-staff-entry',
          name: '员工录入企业',
          nameEn: 'Staff Entry Co.',
          roles: ['SUPPORTING'],
          founded: '2020-03',
          parkId: 'ls-etdz',
        },
      },
    }),
  });
  const json = (await res.json()) as { data?: { createEnterprise: { enterprise: { id: string } } }; errors?: unknown };
  if (!json.data?.createEnterprise.enterprise) throw new Error(`the edit failed: ${JSON.stringify(json.errors)}`);
  const file = path.join(repoRoot, 'server', 'test', 'fixtures', `release-${name}.jsonl.gz`);
  const r = await backup(file, { db: neo.db, system: neo.system, log: (l) => console.log(l) });
  console.log(`${file}: ${r.nodes} nodes, ${r.relationships} relationships, ${r.schema} schema statements`);
} finally {
  await neo.stop();
}
