// Park, segment and chain cells of a staff sheet → ids. A cell may hold the id, the name (width,
// brackets and spaces aside) or, for a segment whose name several chains use, "链/环节"
// (光伏/硅片). An unknown or ambiguous name is an error naming the cell's text.
import { canonicalWidth } from '../resolve/names.js';

export interface LookupRows {
  parks: Array<{ id: string; name: string; nameEn: string | null }>;
  segments: Array<{ id: string; name: string; chain: string | null; chainId: string | null }>;
  chains: Array<{ id: string; name: string; nameEn: string | null }>;
}

type Fail = (field: string, message: string) => void;

function index<T extends { id: string }>(rows: T[], names: (r: T) => Array<string | null>): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows)
    for (const n of new Set([r.id, ...names(r)].filter((x): x is string => !!x).map(canonicalWidth))) m.set(n, [...(m.get(n) ?? []), r]);
  return m;
}

export class SheetLookups {
  private readonly parks;
  private readonly segs;
  private readonly chainIndex;

  constructor(readonly rows: LookupRows) {
    this.parks = index(rows.parks, (p) => [p.name, p.nameEn]);
    this.segs = index(rows.segments, (s) => [s.name, s.chain ? `${s.chain}/${s.name}` : null]);
    this.chainIndex = index(rows.chains, (c) => [c.name, c.nameEn]);
  }

  park(text: string, fail: Fail): string | undefined {
    const hits = this.parks.get(canonicalWidth(text)) ?? [];
    if (hits.length === 1) return hits[0]!.id;
    fail(
      'park',
      hits.length
        ? `"${text}" names ${hits.length} parks: write the park's id`
        : `unknown park "${text}": use a park name from the template's list`,
    );
    return undefined;
  }

  segments(texts: string[] | undefined, fail: Fail): string[] {
    return (texts ?? []).flatMap((t) => {
      const hits = this.segs.get(canonicalWidth(t.replace(/[／\\]/g, '/'))) ?? [];
      if (hits.length === 1) return [hits[0]!.id];
      fail(
        'segments',
        hits.length
          ? `segment "${t}" is in several chains (${hits.map((h) => h.chain).join('、')}): write it as 链/环节, e.g. ${hits[0]!.chain}/${t}`
          : `unknown segment "${t}": use a segment from the template's list`,
      );
      return [];
    });
  }

  chains(texts: string[] | undefined, fail: Fail): string[] {
    return (texts ?? []).flatMap((t) => {
      const hits = this.chainIndex.get(canonicalWidth(t)) ?? [];
      if (hits.length === 1) return [hits[0]!.id];
      fail('chains', `unknown chain "${t}": use a chain from the template's list`);
      return [];
    });
  }
}
