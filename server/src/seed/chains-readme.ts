// Prints seeds/chains/README.md, the list of template segment ids other tools map onto:
//   cd server && npx tsx src/seed/chains-readme.ts > ../seeds/chains/README.md
import path from 'node:path';
import { repoRoot } from '../config.js';
import { readSeeds } from './read-seeds.js';
const set = readSeeds(path.join(repoRoot, 'seeds'));
const names: Record<string, string> = {
  pv: '光伏 Photovoltaics',
  semi: '半导体 Semiconductors',
  film: '膜材料 Membranes and films',
  diecast: '压铸模具 Die-casting moulds',
};
let out = `# Chain templates (产业链环节模板)

Generated from \`seeds/chains/*.yaml\` (template version 2 of the four main chains). Segment ids are
stable: a later change of template adds a migration to \`migrations.yaml\` that maps every dropped id
onto a current one (the loader moves the links of enterprises, projects and edits, also those made
through the API, before the old segment goes; \`formerIds\` on the segment keeps the old id).
\`basis\` says which classification a segment follows: GB/T 4754-2017 codes, the Shenwan (申万) 2021
level-3 industries (names as in \`../shared/datasets/a-share-industry-kg/industry.jsonl\`) or a source
document. The other chains (display, auto, biomed, newmat, equipment, precision, digital, fashion) are
in \`other-chains.yaml\`; flows across chains in \`cross-chain.yaml\`.

Migrations from version 1: \`semi.materials\` (电子级硅材料) → \`semi.silicon\`; every other version-1 id
is kept.
`;
for (const c of ['pv', 'semi', 'film', 'diecast']) {
  const segs = set.segments.filter((s) => s.chain === c).sort((a, b) => a.order - b.order);
  out += `\n## ${names[c]} (\`${c}\`, ${segs.length} segments)\n\n| id | zh | en | stage | parent | basis |\n| --- | --- | --- | --- | --- | --- |\n`;
  for (const s of segs)
    out += `| \`${s.id}\` | ${s.name} | ${s.nameEn ?? ''} | ${s.stage} | ${s.parent ? '`' + s.parent + '`' : ''} | ${s.basis ?? ''} |\n`;
}
const cross = set.flows.filter((f) => f.crossChain);
out += `\n## Cross-chain flows\n\n| from | to |\n| --- | --- |\n` + cross.map((f) => `| \`${f.from}\` | \`${f.to}\` |`).join('\n') + '\n';
process.stdout.write(out);
