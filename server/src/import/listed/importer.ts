// The listed-company importer: company.jsonl of the A-share data set through the import pipeline.
// Per record: validate → skip what cannot be a firm of the graph (status mark only, delisted, a
// stock code shared by lines with different full names, no industry row) → an Industry node for an
// industry not yet in the graph → resolve the firm (stock code, then name; see resolve/) → create,
// update (a firm an earlier import wrote, now different), match (unchanged, or a seeded firm) or
// create-and-review (an uncertain name match, never merged). Every fact cites source ds-ashare.
import { z } from 'zod';
import type { Tx } from '../../db/executor.js';
import { PartialDate } from '../../seed/schema.js';
import { readJsonLines } from '../jsonl.js';
import { contentHash, type Importer, type NodeWrite, type Planned, type RawRecord } from '../pipeline.js';
import { NameNormaliser, stripStatusMarks } from '../resolve/names.js';
import { FirmIndex, type KnownFirm } from '../resolve/resolver.js';
import { datasetFiles, sixDigits, type DatasetLookups } from './dataset.js';
import { segmentLinks, type IndustryMapping } from './mapping.js';
import { RegionFinder, type RegionRow } from './regions.js';

export const datasetSourceId = 'ds-ashare';
const exchanges = { 上海证券交易所: 'SSE', 深圳证券交易所: 'SZSE' } as const;
const suffixOf = { SSE: 'SH', SZSE: 'SZ' } as const;

export const ListedCompany = z.object({
  name: z.string().trim().min(1, 'the short name is empty'),
  fullname: z.string().trim().min(1, 'the full name is empty'),
  code: z.string().refine((c) => sixDigits(c) !== null, 'a stock code is six digits, optionally with .SH or .SZ'),
  location: z.enum(['上海证券交易所', '深圳证券交易所'], { message: 'the exchange is 上海证券交易所 or 深圳证券交易所' }),
  time: PartialDate,
});
export type ListedCompany = z.infer<typeof ListedCompany>;

export const listedFirmId = (code: string) => `e.listed.${code}`;
export const industryNodeId = (code: string) => `sw.${code}`;

export interface IndexRow extends KnownFirm {
  importHash: string | null;
  importBatch: string | null;
}

export class ListedImporter implements Importer<ListedCompany> {
  readonly kind = 'listed';
  readonly managedTypes = ['IN_INDUSTRY', 'IN_SEGMENT', 'IN_REGION', 'CITED_IN'];
  readonly schema = ListedCompany;
  private index!: FirmIndex;
  private known = new Map<string, IndexRow>();
  private industries = new Map<string, IndustryMapping>();
  private regions!: RegionFinder;
  private industriesPlanned = new Set<string>();

  constructor(
    readonly dir: string,
    private readonly lookups: DatasetLookups,
  ) {}

  get source(): string {
    return `a-share-industry-kg/company.jsonl (${datasetSourceId})`;
  }

  read(): AsyncIterable<RawRecord> {
    return readJsonLines(datasetFiles(this.dir).companies);
  }

  async start(tx: Tx): Promise<void> {
    const [src] = await tx.run<{ found: boolean }>('import/source-exists', { id: datasetSourceId });
    if (!src?.found) throw new Error(`Source "${datasetSourceId}" is not in the graph: load the seeds first (npm run seed).`);
    this.init({
      regions: await tx.run<RegionRow>('import/regions'),
      firms: await tx.run<IndexRow>('import/enterprise-index'),
      industries: await tx.run<IndustryMapping>('import/industries'),
    });
  }

  /** The lookups, from the graph (start) or from the seed files (build-seeds.ts). */
  init(data: { regions: RegionRow[]; firms: IndexRow[]; industries: IndustryMapping[] }): void {
    this.regions = new RegionFinder(data.regions);
    this.index = new FirmIndex(new NameNormaliser({ names: data.regions.map((r) => r.name) }));
    this.known = new Map();
    for (const row of data.firms) {
      this.index.add(row);
      this.known.set(row.id, row);
    }
    this.industries = new Map(data.industries.map((i) => [i.code, i]));
    this.industriesPlanned = new Set();
  }

  /** What the import writes for a firm (also used to build the seed files). */
  firmWrite(c: ListedCompany, code: string, shortName: string, marks: string[], ind: { id: string; mapping?: IndustryMapping }): NodeWrite {
    const exchange = exchanges[c.location];
    const region = this.regions.find(c.fullname);
    const props: NodeWrite['props'] = {
      name: c.fullname.normalize('NFKC').trim(),
      shortName,
      roles: ['listed'],
      stockCode: code,
      exchange,
      listedOn: c.time,
    };
    const statusMarks = marks.filter((m) => !/退/.test(m));
    if (statusMarks.length) props.statusMarks = statusMarks;
    return {
      label: 'Enterprise',
      id: listedFirmId(code),
      props,
      rels: [
        { type: 'IN_INDUSTRY', to: ind.id },
        ...(ind.mapping ? segmentLinks(ind.mapping) : []).map((l) => ({
          type: 'IN_SEGMENT',
          to: l.segment,
          props: { fit: l.fit, inferred: l.inferred, basis: l.basis },
        })),
        ...(region ? [{ type: 'IN_REGION', to: region.id }] : []),
        { type: 'CITED_IN', to: datasetSourceId },
      ],
    };
  }

  async resolve(records: Array<{ line: number; record: ListedCompany }>): Promise<Planned[]> {
    const out: Planned[] = [];
    for (const { line, record: c } of records) {
      const code = sixDigits(c.code)!;
      const skip = (reason: string, field?: string, message?: string): Planned => ({
        line,
        key: code,
        action: 'skip',
        reason,
        ...(field ? { errors: [{ line, key: code, field, message: message ?? reason }] } : {}),
      });
      const exchange = exchanges[c.location];
      const suffix = /\.(SH|SZ)$/i.exec(c.code.trim())?.[1]?.toUpperCase();
      if (suffix && suffix !== suffixOf[exchange]) {
        out.push(skip('code suffix and exchange disagree', 'code', `suffix .${suffix} does not fit ${c.location}`));
        continue;
      }
      const occ = this.lookups.occurrences.get(code) ?? [];
      const names = new Set(occ.map((o) => o.fullname));
      if (names.size > 1) {
        const others = occ.filter((o) => o.line !== line).map((o) => o.line);
        out.push(
          skip(
            'stock code on several lines with different full names',
            'code',
            `stock code ${code} also on line(s) ${others.join(', ')} with another full name; skipped until a person decides`,
          ),
        );
        continue;
      }
      if (occ.length > 1 && occ[0]!.line !== line) {
        out.push(skip(`repeats an earlier line`, 'code', `stock code ${code} repeats line ${occ[0]!.line} (same full name); counted once`));
        continue;
      }
      const short = stripStatusMarks(c.name);
      if (!short.name) {
        out.push(skip('short name is only a status mark', 'name', `the short name "${c.name}" is only a status mark`));
        continue;
      }
      if (short.marks.some((m) => /退/.test(m))) {
        out.push(skip('delisted (status mark 退)'));
        continue;
      }
      const row = this.lookups.industryOf.get(code);
      if (!row) {
        out.push(skip('no industry row in company_industry.jsonl'));
        continue;
      }
      const dsIndustry = this.lookups.industries.get(row.code);
      if (!dsIndustry || !/^\d{4}(0[1-9]|[1-9]\d)$/.test(row.code)) {
        out.push(
          skip(
            'unknown industry code',
            'industry',
            `industry code ${row.code} (company_industry.jsonl line ${row.line}) is not a level-3 industry of industry.jsonl`,
          ),
        );
        continue;
      }
      const mapping = this.industries.get(row.code);
      const industryId = industryNodeId(row.code);
      if (!mapping && !this.industriesPlanned.has(row.code)) {
        // An industry no mapping names: created with the batch, so every firm keeps its industry.
        this.industriesPlanned.add(row.code);
        out.push({
          line,
          key: `industry ${row.code}`,
          action: 'create',
          write: {
            label: 'Industry',
            id: industryId,
            props: {
              code: row.code,
              name: dsIndustry.name,
              ...(dsIndustry.subsector ? { subsector: dsIndustry.subsector } : {}),
              ...(dsIndustry.sector ? { sector: dsIndustry.sector } : {}),
            },
            rels: [{ type: 'CITED_IN', to: datasetSourceId }],
          },
        });
      }
      const write = this.firmWrite(c, code, short.display, short.marks, { id: industryId, ...(mapping ? { mapping } : {}) });
      const regionIds = this.regions.withAncestors(this.regions.find(c.fullname));
      const res = this.index.resolve({ name: write.props.name as string, shortName: short.display, stockCode: code, regionIds });
      if (res.kind === 'certain') {
        const target = this.known.get(res.id);
        const mine = { ...write, id: res.id };
        if (!target || target.seeded)
          out.push({ line, key: code, action: 'match', targetId: res.id, reason: `seeded firm (by ${res.by}), left as seeded` });
        else if (target.importHash === contentHash(mine))
          out.push({ line, key: code, action: 'match', targetId: res.id, reason: 'unchanged since its import' });
        else if (target.importBatch) out.push({ line, key: code, action: 'update', targetId: res.id, write: mine });
        else
          out.push({ line, key: code, action: 'match', targetId: res.id, reason: `firm entered by hand (by ${res.by}), not overwritten` });
        continue;
      }
      const plan: Planned = { line, key: code, action: 'create', write };
      if (res.kind === 'uncertain') {
        plan.review = {
          line,
          key: code,
          name: write.props.name as string,
          decision: 'created as a separate firm; not merged',
          candidates: res.candidates,
        };
      }
      out.push(plan);
      const added: IndexRow = {
        id: write.id,
        name: write.props.name as string,
        shortName: short.display,
        stockCode: code,
        regionIds,
        importHash: contentHash(write),
        importBatch: 'pending',
      };
      this.index.add(added);
      this.known.set(added.id, added);
    }
    return out;
  }
}
