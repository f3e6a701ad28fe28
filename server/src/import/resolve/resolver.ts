// Entity resolution for incoming firms against the enterprises already in the graph.
//
// Certain (merge): same credit code (check digit verified); same stock code; two full legal names
// (ending in 公司 or 集团) with the same core (names.ts: suffixes, leading places, width,
// brackets); or the incoming short name written exactly as a name the graph knows (均胜电子).
// Uncertain (listed for a person, never merged): any other equal core (龙盛 / 浙江龙盛集团…: a
// bare brand may be a group or one of its members), several firms with the core, one core a
// prefix of the other (晶瑞电子 / 晶瑞化学), or names that match but places that differ (宁波的
// 华翔集团 / 山西华翔集团). Everything else is new.
import { checkCreditCode } from './credit-code.js';
import { canonicalWidth, type NameNormaliser } from './names.js';

export interface KnownFirm {
  id: string;
  name: string;
  shortName?: string | null;
  aliases?: string[] | null;
  stockCode?: string | null;
  creditCode?: string | null;
  seeded?: boolean;
  /** Regions it sits in (with every region above), when known. */
  regionIds?: string[] | null;
}

export interface IncomingFirm {
  name: string;
  shortName?: string | null;
  stockCode?: string | null;
  creditCode?: string | null;
  /** The region its name places it in, with every region above. */
  regionIds?: string[] | null;
}

const legalForm = /(公司|集团)$/;

export type Resolution =
  | { kind: 'certain'; id: string; by: 'creditCode' | 'stockCode' | 'name' | 'shortName' }
  | { kind: 'uncertain'; candidates: Array<{ id: string; name: string; why: string }> }
  | { kind: 'none' }
  | { kind: 'invalid'; field: 'creditCode'; reason: string };

const minPrefix = 2;

export class FirmIndex {
  private readonly byCredit = new Map<string, KnownFirm>();
  private readonly byStock = new Map<string, KnownFirm>();
  private readonly byCore = new Map<string, KnownFirm[]>();
  /** Names exactly as written (width-normalised), for short-name equality. */
  private readonly byExact = new Map<string, KnownFirm[]>();
  /** Cores of full legal names only. */
  private readonly legalCores = new Map<string, Set<string>>();
  private readonly firms: Array<{ firm: KnownFirm; cores: string[] }> = [];

  constructor(private readonly names: NameNormaliser) {}

  add(f: KnownFirm): void {
    if (f.creditCode) this.byCredit.set(f.creditCode.toUpperCase(), f);
    if (f.stockCode) this.byStock.set(f.stockCode, f);
    const all = [f.name, f.shortName, ...(f.aliases ?? [])].filter((x): x is string => !!x);
    const cores = [...new Set(all.map((n) => this.names.core(n)))];
    for (const c of cores) this.byCore.set(c, [...(this.byCore.get(c) ?? []).filter((x) => x.id !== f.id), f]);
    for (const n of new Set(all.map(canonicalWidth))) this.byExact.set(n, [...(this.byExact.get(n) ?? []).filter((x) => x.id !== f.id), f]);
    this.legalCores.set(f.id, new Set(all.filter((n) => legalForm.test(canonicalWidth(n))).map((n) => this.names.core(n))));
    this.firms.push({ firm: f, cores });
  }

  get size(): number {
    return this.firms.length;
  }

  resolve(inc: IncomingFirm): Resolution {
    if (inc.creditCode) {
      const check = checkCreditCode(inc.creditCode);
      if (!check.ok) return { kind: 'invalid', field: 'creditCode', reason: check.reason };
      const hit = this.byCredit.get(check.code);
      if (hit) return { kind: 'certain', id: hit.id, by: 'creditCode' };
    }
    if (inc.stockCode) {
      const hit = this.byStock.get(inc.stockCode);
      if (hit) return { kind: 'certain', id: hit.id, by: 'stockCode' };
    }
    const incomingCores = [
      { core: this.names.core(inc.name), by: 'name' as const },
      ...(inc.shortName ? [{ core: this.names.core(inc.shortName), by: 'shortName' as const }] : []),
    ].filter((c) => c.core.length >= minPrefix);
    // A firm with another stock or credit code is a different firm whatever its name.
    const compatible = (f: KnownFirm) =>
      !(inc.stockCode && f.stockCode && f.stockCode !== inc.stockCode) &&
      !(inc.creditCode && f.creditCode && f.creditCode !== canonicalWidth(inc.creditCode).toUpperCase());
    const placesDiffer = (f: KnownFirm) =>
      !!(inc.regionIds?.length && f.regionIds?.length && !inc.regionIds.some((r) => f.regionIds!.includes(r)));
    const incomingLegal = legalForm.test(canonicalWidth(inc.name));
    const exactShort = inc.shortName ? (this.byExact.get(canonicalWidth(inc.shortName)) ?? []).filter(compatible) : [];
    for (const { core, by } of incomingCores) {
      const hits = (this.byCore.get(core) ?? []).filter(compatible);
      if (!hits.length) continue;
      if (hits.length === 1) {
        const f = hits[0]!;
        if (placesDiffer(f))
          return { kind: 'uncertain', candidates: [{ id: f.id, name: f.name, why: `same name core "${core}" but another place` }] };
        if (by === 'name' && incomingLegal && this.legalCores.get(f.id)?.has(core)) return { kind: 'certain', id: f.id, by };
        if (exactShort.length === 1 && exactShort[0]!.id === f.id) return { kind: 'certain', id: f.id, by: 'shortName' };
        return {
          kind: 'uncertain',
          candidates: [
            {
              id: f.id,
              name: f.name,
              why: `same name core "${core}", but not both full legal names: a brand may be a group or one of its members`,
            },
          ],
        };
      }
      return {
        kind: 'uncertain',
        candidates: hits.map((h) => ({ id: h.id, name: h.name, why: `same name core "${core}" as ${hits.length} firms` })),
      };
    }
    if (exactShort.length === 1 && !placesDiffer(exactShort[0]!)) return { kind: 'certain', id: exactShort[0]!.id, by: 'shortName' };
    const candidates: Array<{ id: string; name: string; why: string }> = [];
    // Firms with a stock code never clash with an incoming stock code, so scan only the others.
    for (const { firm, cores } of inc.stockCode ? this.firms.filter((f) => !f.firm.stockCode) : this.firms) {
      if (!compatible(firm)) continue;
      for (const c of cores) {
        const hit = incomingCores.find(({ core }) => c.length >= minPrefix && core !== c && (core.startsWith(c) || c.startsWith(core)));
        if (hit) {
          candidates.push({ id: firm.id, name: firm.name, why: `name core "${hit.core}" and "${c}" share a prefix` });
          break;
        }
      }
    }
    return candidates.length ? { kind: 'uncertain', candidates } : { kind: 'none' };
  }
}
