// A firm's province or city from the start of its full name (浙江…, 宁波…, 浙江省宁波市…), using the
// region tree in the graph; nothing when the name does not begin with a known place — never guessed.
import { canonicalWidth, placeForms } from '../resolve/names.js';

export interface RegionRow {
  id: string;
  name: string;
  level: string;
  parentId: string | null;
}

export class RegionFinder {
  /** Place form → region; a form two regions share (吉林省 / 吉林市) is dropped as ambiguous. */
  private readonly forms = new Map<string, RegionRow | null>();
  private readonly sorted: string[];

  constructor(readonly rows: RegionRow[]) {
    for (const r of rows) {
      for (const f of placeForms(r.name).map(canonicalWidth)) this.forms.set(f, this.forms.has(f) ? null : r);
    }
    this.sorted = [...this.forms.keys()].sort((a, b) => b.length - a.length);
  }

  private leading(name: string): { region: RegionRow; rest: string } | null {
    for (const f of this.sorted) {
      const r = this.forms.get(f);
      if (r && name.startsWith(f) && name.length > f.length) return { region: r, rest: name.slice(f.length) };
    }
    return null;
  }

  /** The region and every region above it. */
  withAncestors(region: RegionRow | null): string[] {
    const out: string[] = [];
    const byId = new Map(this.rows.map((r) => [r.id, r]));
    for (let r: RegionRow | undefined | null = region; r && !out.includes(r.id); r = r.parentId ? byId.get(r.parentId) : null)
      out.push(r.id);
    return out;
  }

  /** The most specific region the name begins with: a city (after its province, if named), else a province. */
  find(fullName: string): RegionRow | null {
    const first = this.leading(canonicalWidth(fullName));
    if (!first) return null;
    if (first.region.level === 'province') {
      const second = this.leading(first.rest);
      if (second && second.region.level === 'city' && second.region.parentId === first.region.id) return second.region;
    }
    return first.region;
  }
}
