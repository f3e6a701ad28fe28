// Writes seeds/listed-companies.yaml: the listed firms of the mapped industries (seeds/industries.yaml)
// from the A-share data set, planned by the same importer as `npm run import:listed` against the
// seed files instead of the graph, so a fresh `npm start` already has them. Firms that certainly
// match a firm of the documents are left to that firm's record (printed, to add the stock code by
// hand); uncertain matches are written as separate firms and printed for a person to decide.
//
//   tsx src/import/listed/build-seeds.ts [--dir <data set>] [--extra 600885,…]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import { loadConfig } from '../../config.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { listSeedFiles } from '../../seed/read-seeds.js';
import { SeedFile } from '../../seed/schema.js';
import { runCli } from '../../run-cli.js';
import type { Planned } from '../pipeline.js';
import { loadLookups } from './dataset.js';
import { chainOfSegment } from './mapping.js';
import { datasetSourceId, ListedImporter, ListedCompany } from './importer.js';

/** Listed parent groups of firms in the documents: seeded whatever their industry. */
export const parentGroupCodes = ['600885'];

function otherSeeds(dir: string, except: string) {
  const files = listSeedFiles(dir).filter((f) => path.resolve(f) !== path.resolve(except));
  const data = files.map((f) => SeedFile.parse(parse(readFileSync(f, 'utf8'))));
  return {
    regions: data.flatMap((d) => d.regions ?? []),
    parks: data.flatMap((d) => d.parks ?? []),
    enterprises: data.flatMap((d) => d.enterprises ?? []),
    industries: data.flatMap((d) => d.industries ?? []),
  };
}

async function main(argv: string[]): Promise<number> {
  const config = loadConfig();
  const i = argv.indexOf('--dir');
  const dir = i >= 0 ? argv[i + 1]! : config.listedDatasetDir;
  const seedsDir = config.seedsDir;
  const out = path.join(seedsDir, 'listed-companies.yaml');
  // Plan against the other seed files (parsed one by one: they refer to firms and industries this
  // file defines, so they are validated together only after it is written).
  const set = otherSeeds(seedsDir, out);
  const lookups = await loadLookups(dir);
  // Where each firm of the documents sits (its park's region, or its own, and every region above).
  const regionParent = new Map(set.regions.map((r) => [r.id, r.parent]));
  const parkById = new Map(set.parks.map((p) => [p.id, p]));
  const parkRegion = new Map<string, string | undefined>();
  for (const p of set.parks) {
    let q: typeof p | undefined = p;
    while (q && !q.region) q = q.parent ? parkById.get(q.parent) : undefined;
    parkRegion.set(p.id, q?.region);
  }
  const regionsOf = (id: string | undefined) => {
    const out: string[] = [];
    for (let r = id; r && !out.includes(r); r = regionParent.get(r)) out.push(r);
    return out;
  };
  const importer = new ListedImporter(dir, lookups);
  importer.init({
    regions: set.regions
      .filter((r) => r.level === 'province' || r.level === 'city')
      .map((r) => ({ id: r.id, name: r.name, level: r.level, parentId: r.parent ?? null })),
    firms: set.enterprises.map((e) => ({
      id: e.id,
      name: e.name,
      shortName: e.shortName ?? null,
      aliases: e.aliases ?? null,
      stockCode: e.stockCode ?? null,
      regionIds: regionsOf(e.region ?? parkRegion.get(e.park ?? '')),
      seeded: true,
      importHash: null,
      importBatch: null,
    })),
    industries: set.industries.map((ind) => ({
      id: ind.id,
      code: ind.code,
      name: ind.name,
      segments: ind.segments.map((s) => ({ ...s, chain: chainOfSegment(s.segment) })),
    })),
  });
  const mapped = new Set(set.industries.map((ind) => ind.code));
  const records: Array<{ line: number; record: ListedCompany }> = [];
  for await (const r of importer.read()) {
    if ('error' in r) continue;
    const p = ListedCompany.safeParse(r.raw);
    if (p.success) records.push({ line: r.line, record: p.data });
  }
  const plans: Planned[] = await importer.resolve(records);
  const firms: unknown[] = [];
  const extraIndustries = new Map<string, unknown>();
  const addIndustry = (id: string) => {
    if (mapped.has(id.slice(3)) || extraIndustries.has(id)) return;
    const ind = lookups.industries.get(id.slice(3))!;
    extraIndustries.set(id, {
      id,
      code: ind.code,
      name: ind.name,
      ...(ind.sector ? { sector: ind.sector } : {}),
      ...(ind.subsector ? { subsector: ind.subsector } : {}),
      cite: [datasetSourceId],
    });
  };
  const counts = { written: 0, matchedDocumentFirm: 0, review: 0, skipped: 0 };
  for (const p of plans) {
    if (p.action === 'skip') counts.skipped++;
    if (p.action === 'match') {
      // The firm of the documents carries the stock code (added to its record by hand, citing
      // ds-ashare); its industry must be seeded too.
      counts.matchedDocumentFirm++;
      const row = lookups.industryOf.get(p.key)!;
      const doc = set.enterprises.find((e) => e.id === p.targetId);
      const ok = doc?.stockCode === p.key && doc.industries?.includes(`sw.${row.code}`);
      console.log(
        `certain match, line ${p.line}: ${p.key} → ${p.targetId} (${p.reason}); industry sw.${row.code}${ok ? '' : ' — ADD stockCode/industries to its record'}`,
      );
      addIndustry(`sw.${row.code}`);
      continue;
    }
    if (!p.write || p.write.label !== 'Enterprise') continue;
    const w = p.write;
    const industry = w.rels.find((r) => r.type === 'IN_INDUSTRY')!.to;
    if (!mapped.has(industry.slice(3)) && !parentGroupCodes.includes(p.key)) continue;
    if (p.review) {
      counts.review++;
      console.log(
        `review, line ${p.line}: ${p.key} ${w.props.name} — ${p.review.candidates.map((c) => `${c.id} ${c.name} (${c.why})`).join('; ')}`,
      );
    }
    counts.written++;
    addIndustry(industry);
    const region = w.rels.find((r) => r.type === 'IN_REGION')?.to;
    const segments = w.rels.filter((r) => r.type === 'IN_SEGMENT').map((r) => ({ segment: r.to, ...r.props }));
    firms.push({
      id: w.id,
      name: w.props.name,
      shortName: w.props.shortName,
      roles: w.props.roles,
      stockCode: w.props.stockCode,
      exchange: w.props.exchange,
      listedOn: w.props.listedOn,
      ...(w.props.statusMarks ? { statusMarks: w.props.statusMarks } : {}),
      ...(region ? { region } : {}),
      industries: [industry],
      ...(segments.length ? { segments } : {}),
      cite: [datasetSourceId],
    });
  }
  const header = [
    '# GENERATED by `npx tsx src/import/listed/build-seeds.ts` (server/): the listed firms of the mapped',
    '# industries (seeds/industries.yaml) from the ds-ashare data set (A-share listed companies as of',
    '# October 2021, see seeds/sources.yaml). Do not edit by hand; change the mapping and rebuild.',
    '',
  ].join('\n');
  // Industries of parent groups that no mapping names (no segments), so their industry is kept.
  const doc = new Document({ industries: [...extraIndustries.values()], enterprises: firms });
  // Compact: lists of plain values and the segment links on one line each; dates and codes quoted.
  visit(doc, {
    Seq(_k, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Map(_k, node, path) {
      const parent = path[path.length - 1];
      if (isSeq(parent) && path.length > 4) node.flow = true;
    },
    Scalar(_k, node) {
      if (typeof node.value === 'string' && /^\d/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  void isMap;
  writeFileSync(out, header + doc.toString({ lineWidth: 0, flowCollectionPadding: true }));
  console.log(
    `${out}: ${counts.written} firms (${counts.review} for review), ${counts.matchedDocumentFirm} matched firms of the documents, ${counts.skipped} records skipped.`,
  );
  return 0;
}

runCli(main);
