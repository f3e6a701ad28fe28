// The staff-sheet importer: one uploaded .xlsx/.csv of enterprises, projects, institutions or
// supply links through the import pipeline (pipeline.ts). Per row: cells → record (cells.ts, the
// shared zod bounds and vocabularies) → park / segment / chain names looked up in the graph →
// duplicate within the sheet refused → matched to an existing record (credit code, stock code,
// normalised name; resolve/) or new. A certain match becomes an update of the fields the row
// fills (an empty cell leaves a field as it is) or a match when nothing differs; an uncertain
// one waits for the user's decision (new, skip, or which candidate), given on commit.
import { randomBytes } from 'node:crypto';
import type { Tx } from '../../db/executor.js';
import type { RegionRow } from '../listed/regions.js';
import type { FieldChange, Importer, ImportIssue, NodeWrite, Planned, PropValue, RawRecord, RelWrite } from '../pipeline.js';
import { checkCreditCode } from '../resolve/credit-code.js';
import { canonicalWidth, NameNormaliser } from '../resolve/names.js';
import { FirmIndex, type KnownFirm, type Resolution } from '../resolve/resolver.js';
import { rowSchema, type SheetRecord } from './cells.js';
import { columns, isEmptyRow, readHeader, rowValues, type HeaderMap, type SheetKind } from './columns.js';
import { readSheet, type SheetEncoding } from './read.js';
import { SheetLookups, type LookupRows } from './lookups.js';

/** The user's answer to an uncertain match: "new", "skip", or the id of the candidate it is. */
export interface Decision {
  line: number;
  choice: string;
}

export interface SheetUpload {
  kind: SheetKind;
  fileName: string;
  bytes: Buffer;
  encoding?: SheetEncoding | null;
  /** Sheet header → column key, for headers the template does not know ("" ignores a column). */
  mapping?: Record<string, string>;
  decisions?: Decision[];
}

const labelOf = { enterprises: 'Enterprise', projects: 'Project', institutions: 'Institution', supply: 'Enterprise' } as const;
const idPrefix = { enterprises: 'e', projects: 'pj', institutions: 'in', supply: 'e' } as const;
const managed: Record<SheetKind, string[]> = {
  enterprises: ['LOCATED_IN', 'IN_SEGMENT'],
  projects: ['IN_PARK', 'FOR_SEGMENT', 'BY'],
  institutions: ['IN_PARK', 'SERVES'],
  supply: ['SUPPLIES'],
};
const byWords: Record<string, string> = {
  creditCode: 'same credit code',
  stockCode: 'same stock code',
  name: 'same normalised name',
  shortName: 'same short name',
  decision: 'your decision',
};
const bookkeeping = new Set(['importBatch', 'importHash', 'importPropsHash']);

type Intent = {
  line: number;
  key: string;
  name: string;
  props: Record<string, PropValue>;
  rels: RelWrite[];
  target?: { id: string; by: string };
};
type State = { id: string; props: Record<string, unknown>; rels: Array<{ type: string; to: string; props: Record<string, unknown> }> };

export class SheetImporter implements Importer<SheetRecord> {
  readonly kind: string;
  readonly managedTypes: string[];
  readonly schema;
  encoding: SheetEncoding | null = null;
  private header: HeaderMap | undefined;
  private lookups!: SheetLookups;
  private firms!: FirmIndex;
  private named = new Map<string, Array<{ id: string; name: string; parkId: string | null }>>();
  private seen = new Map<string, number>();
  private readonly decisions: Map<number, string>;

  constructor(private readonly upload: SheetUpload) {
    this.kind = `sheet-${upload.kind}`;
    this.managedTypes = managed[upload.kind];
    this.schema = rowSchema(upload.kind);
    this.decisions = new Map((upload.decisions ?? []).map((d) => [d.line, d.choice]));
  }

  get source(): string {
    return this.upload.fileName;
  }

  /** The headers of the last read that name no column (empty once every header is known or mapped). */
  get unknownHeaders(): string[] {
    return this.header?.unknown ?? [];
  }

  fieldLabel(field: string): string {
    return this.header?.where.get(field) ?? columns[this.upload.kind].find((c) => c.key === field)?.zh ?? field;
  }

  async *read(): AsyncIterable<RawRecord> {
    const sheet = readSheet(this.upload.fileName, this.upload.bytes, this.upload.encoding);
    this.encoding = sheet.encoding;
    this.header = undefined;
    for await (const row of sheet.rows) {
      if (isEmptyRow(row)) continue;
      if (!this.header) {
        this.header = readHeader(this.upload.kind, row, this.upload.mapping);
        // A header that cannot be read leaves every row unreadable: report it and read no further.
        if (this.header.issues.length) {
          for (const i of this.header.issues) yield { line: i.line, error: i.message, field: i.column };
          return;
        }
        continue;
      }
      const { values, bad } = rowValues(this.header, row);
      if (bad.length) yield { line: row.line, error: bad.map((b) => `${b.column}: ${b.message}`).join('; '), field: bad[0]!.column };
      else yield { line: row.line, raw: values };
    }
    if (!this.header) yield { line: 1, error: 'the sheet is empty: no header row was found', field: '(sheet)' };
  }

  async start(tx: Tx): Promise<void> {
    const [rows] = await tx.run<LookupRows>('import/sheet-lookups');
    this.lookups = new SheetLookups(rows!);
    const regions = await tx.run<RegionRow>('import/regions');
    this.firms = new FirmIndex(new NameNormaliser({ names: regions.map((r) => r.name) }));
    for (const f of await tx.run<KnownFirm>('import/enterprise-index')) this.firms.add(f);
    this.named = new Map();
    const kind = this.upload.kind;
    if (kind === 'projects' || kind === 'institutions') {
      for (const n of await tx.run<{ id: string; name: string; parkId: string | null }>(
        `import/${kind === 'projects' ? 'project' : 'institution'}-index`,
      )) {
        const k = canonicalWidth(n.name);
        this.named.set(k, [...(this.named.get(k) ?? []), n]);
      }
    }
    this.seen = new Map();
  }

  async resolve(records: Array<{ line: number; record: SheetRecord }>, tx: Tx): Promise<Planned[]> {
    const out: Array<Planned | Intent> = [];
    const pairs: Array<{ from: string; to: string }> = [];
    for (const { line, record } of records) {
      const errors: ImportIssue[] = [];
      const fail = (field: string, message: string) => errors.push({ line, key: String(record.name ?? ''), field, message });
      const planned = this.kindIntent(line, record, fail);
      if (errors.length || !planned) {
        out.push({
          line,
          key: String(record.name ?? record.supplier ?? ''),
          name: String(record.name ?? ''),
          action: 'skip',
          reason: 'row with errors',
          errors,
        });
        continue;
      }
      out.push(planned);
      if ('link' in planned && planned.link) pairs.push({ from: planned.link.from, to: planned.link.to });
    }
    const intents = out.filter((p): p is Intent => !('action' in p));
    const ids = intents.flatMap((i) => (i.target ? [i.target.id] : []));
    const states = ids.length ? await tx.run<State>('import/node-state', { ids, types: this.managedTypes }) : [];
    const stateOf = new Map(states.map((s) => [s.id, s]));
    const linked = pairs.length ? await tx.run<{ from: string; to: string }>('import/supply-pairs', { pairs }) : [];
    const exists = new Set(linked.map((l) => `${l.from}>${l.to}`));
    return out.map((p) => {
      if (!('action' in p)) return this.nodePlan(p, p.target ? stateOf.get(p.target.id) : undefined);
      if (p.link && exists.has(`${p.link.from}>${p.link.to}`))
        return { ...p, action: 'match', reason: 'this supply link is in the graph already' };
      return p;
    });
  }

  /** The row's own checks and lookups; a record to plan, or a supply link; errors through `fail`. */
  private kindIntent(line: number, r: SheetRecord, fail: (field: string, message: string) => void): Intent | Planned | null {
    const kind = this.upload.kind;
    const dup = (key: string, field: string) => {
      const first = this.seen.get(key);
      if (first !== undefined) fail(field, `duplicates row ${first} of this sheet`);
      else this.seen.set(key, line);
    };
    if (kind === 'supply') {
      const from = this.firmFor(String(r.supplier), 'supplier', fail);
      const to = this.firmFor(String(r.customer), 'customer', fail);
      dup(`${canonicalWidth(String(r.supplier))}>${canonicalWidth(String(r.customer))}`, 'supplier');
      if (!from || !to) return null;
      if (from === to) return (fail('customer', 'a firm does not supply itself'), null);
      const props: Record<string, PropValue> = { inferred: false, ...(r.basis ? { basis: String(r.basis) } : {}) };
      return {
        line,
        key: `${String(r.supplier)} → ${String(r.customer)}`,
        name: `${String(r.supplier)} → ${String(r.customer)}`,
        action: 'create',
        link: { from, type: 'SUPPLIES', to, props },
      };
    }
    const name = String(r.name);
    const rels: RelWrite[] = [];
    const parkId = r.park ? this.lookups.park(String(r.park), fail) : undefined;
    const props: Record<string, PropValue> = { name };
    const set = (k: string, v: PropValue | undefined) => {
      if (v !== undefined) props[k] = v;
    };
    let resolution: Resolution;
    if (kind === 'enterprises') {
      let credit: string | undefined;
      if (r.creditCode) {
        const c = checkCreditCode(String(r.creditCode));
        if (!c.ok) fail('creditCode', `invalid credit code "${String(r.creditCode)}": ${c.reason}`);
        else credit = c.code;
      }
      for (const k of ['shortName', 'stockCode', 'founded', 'products', 'note'] as const) set(k, r[k]);
      set('creditCode', credit);
      if (parkId) rels.push({ type: 'LOCATED_IN', to: parkId });
      for (const s of this.lookups.segments(r.segments as string[] | undefined, fail))
        rels.push({ type: 'IN_SEGMENT', to: s, props: { inferred: false } });
      dup(credit ? `credit:${credit}` : `name:${canonicalWidth(name)}`, credit ? 'creditCode' : 'name');
      resolution = this.firms.resolve({
        name,
        shortName: (r.shortName as string) ?? null,
        stockCode: (r.stockCode as string) ?? null,
        creditCode: credit ?? null,
      });
    } else if (kind === 'projects') {
      for (const k of [
        'signedOn',
        'fundsArrivedOn',
        'startedOn',
        'toppedOutOn',
        'trialProductionOn',
        'inProductionOn',
        'landMu',
        'note',
      ] as const)
        set(k, r[k]);
      set('status', r.stage);
      set('investorName', r.investor);
      if (typeof r.investmentYi === 'number') props.investmentCny = Math.round(r.investmentYi * 1e8);
      if (parkId) rels.push({ type: 'IN_PARK', to: parkId });
      for (const s of this.lookups.segments(r.segments as string[] | undefined, fail))
        rels.push({ type: 'FOR_SEGMENT', to: s, props: { inferred: false } });
      const investor = r.investor ? this.firms.resolve({ name: String(r.investor) }) : null;
      if (investor?.kind === 'certain') rels.push({ type: 'BY', to: investor.id });
      dup(`${canonicalWidth(name)}@${parkId ?? ''}`, 'name');
      resolution = this.byName(name, parkId);
    } else {
      set('kind', r.kind);
      set('established', r.established);
      set('note', r.note);
      if (parkId) rels.push({ type: 'IN_PARK', to: parkId });
      for (const c of this.lookups.chains(r.chains as string[] | undefined, fail))
        rels.push({ type: 'SERVES', to: c, props: { inferred: false } });
      dup(canonicalWidth(name), 'name');
      resolution = this.byName(name, parkId);
    }
    const intent: Intent = { line, key: name, name, props, rels };
    if (resolution.kind === 'invalid') return (fail(resolution.field, resolution.reason), null);
    if (resolution.kind === 'certain') intent.target = { id: resolution.id, by: resolution.by };
    if (resolution.kind === 'uncertain') {
      const choice = this.decisions.get(line);
      const chosen = resolution.candidates.find((c) => c.id === choice);
      if (choice === 'skip') return { line, key: name, name, action: 'skip', reason: 'skipped by your decision' };
      if (chosen) intent.target = { id: chosen.id, by: 'decision' };
      else if (choice !== 'new')
        return {
          ...this.nodePlan(intent, undefined),
          review: {
            line,
            key: name,
            name,
            decision: 'undecided: choose one of the candidates, "new" or "skip"',
            candidates: resolution.candidates,
          },
        };
    }
    return intent;
  }

  private firmFor(name: string, field: string, fail: (field: string, message: string) => void): string | null {
    const r = this.firms.resolve({ name });
    if (r.kind === 'certain') return r.id;
    if (r.kind === 'uncertain')
      fail(field, `"${name}" could be ${r.candidates.map((c) => c.name).join(' or ')}: write the firm's full name`);
    else fail(field, `no enterprise "${name}" in the graph: import or enter it first`);
    return null;
  }

  /** Projects and institutions: the same name (width, brackets, spaces aside), in the same park when both say. */
  private byName(name: string, parkId: string | undefined): Resolution {
    const hits = (this.named.get(canonicalWidth(name)) ?? []).filter((h) => !parkId || !h.parkId || h.parkId === parkId);
    if (hits.length === 1) return { kind: 'certain', id: hits[0]!.id, by: 'name' };
    if (hits.length > 1)
      return { kind: 'uncertain', candidates: hits.map((h) => ({ id: h.id, name: h.name, why: `same name as ${hits.length} records` })) };
    return { kind: 'none' };
  }

  /** Create, or update / match against the matched node's state. */
  private nodePlan(i: Intent, state: State | undefined): Planned {
    const label = labelOf[this.upload.kind];
    if (!i.target || !state) {
      const id = `${idPrefix[this.upload.kind]}.sheet-${randomBytes(5).toString('hex')}`;
      return { line: i.line, key: i.key, name: i.name, action: 'create', write: { label, id, props: i.props, rels: i.rels } };
    }
    const before = Object.fromEntries(Object.entries(state.props).filter(([k]) => !bookkeeping.has(k)));
    const changes: FieldChange[] = [];
    for (const [k, v] of Object.entries(i.props)) {
      if (JSON.stringify(before[k] ?? null) !== JSON.stringify(v)) changes.push({ field: k, before: before[k] ?? null, after: v });
    }
    const keep = (r: { props: Record<string, unknown> }) =>
      Object.fromEntries(Object.entries(r.props).filter(([k]) => k !== 'importBatch')) as Record<string, PropValue>;
    let rels: RelWrite[] = state.rels.map((r) => ({ type: r.type, to: r.to, props: keep(r) }));
    for (const r of i.rels) {
      if (rels.some((x) => x.type === r.type && x.to === r.to)) continue;
      // One park per record: a new one replaces the old.
      const single = r.type === 'LOCATED_IN' || r.type === 'IN_PARK';
      const old = single ? rels.filter((x) => x.type === r.type).map((x) => x.to) : [];
      if (single) rels = rels.filter((x) => x.type !== r.type);
      changes.push({ field: r.type, before: old.length ? old : null, after: r.to });
      rels.push(r);
    }
    const reason = `${byWords[i.target.by] ?? i.target.by}: ${i.target.id}`;
    if (!changes.length) return { line: i.line, key: i.key, name: i.name, action: 'match', targetId: i.target.id, reason };
    const write: NodeWrite = { label, id: i.target.id, props: { ...(before as Record<string, PropValue>), ...i.props }, rels };
    return { line: i.line, key: i.key, name: i.name, action: 'update', targetId: i.target.id, reason, changes, write };
  }
}
