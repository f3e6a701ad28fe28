// Adding up figures across the places of a scope. Two figures are added only when they measure
// the same thing the same way: same metric, unit, period, qualifier, chain and owner level (so a
// city-wide number is never added to a park's, a target never to an actual, 2022 never to 2023).
// "about" stays about; "over"/"at least" sums are lower bounds; expected and target sums stay so.
// An "under" bound cannot be summed into anything meaningful, so such groups carry no total.

export interface RollupFigure {
  id: string;
  metric: string;
  unit: string;
  value: number;
  qualifier?: string | null;
  period?: string | null;
  ownerLevel?: string | null;
  ownerId?: string | null;
  chainId?: string | null;
}

export interface FigureGroup<F extends RollupFigure> {
  metric: string;
  unit: string;
  period: string | null;
  qualifier: string;
  ownerLevel: string | null;
  chainId: string | null;
  figures: F[];
  /** Sum of the values, or null when the qualifier makes a sum meaningless or one owner counts twice. */
  total: number | null;
  /** The qualifier of the total (over/at_least sums are at_least). */
  totalQualifier: string | null;
}

const summable: Record<string, string> = {
  exact: 'exact',
  about: 'about',
  over: 'at_least',
  at_least: 'at_least',
  target: 'target',
  expected: 'expected',
};

export function rollupFigures<F extends RollupFigure>(figures: F[]): Array<FigureGroup<F>> {
  const groups = new Map<string, FigureGroup<F>>();
  for (const f of figures) {
    const qualifier = f.qualifier ?? 'exact';
    const key = JSON.stringify([f.metric, f.unit, f.period ?? null, qualifier, f.ownerLevel ?? null, f.chainId ?? null]);
    let g = groups.get(key);
    if (!g) {
      g = {
        metric: f.metric,
        unit: f.unit,
        period: f.period ?? null,
        qualifier,
        ownerLevel: f.ownerLevel ?? null,
        chainId: f.chainId ?? null,
        figures: [],
        total: null,
        totalQualifier: null,
      };
      groups.set(key, g);
    }
    g.figures.push(f);
  }
  for (const g of groups.values()) {
    const owners = new Set(g.figures.map((f) => f.ownerId));
    const q = summable[g.qualifier];
    // A percentage or a share does not add up across places.
    if (q && owners.size === g.figures.length && g.unit !== '%') {
      g.total = g.figures.reduce((s, f) => s + f.value, 0);
      g.totalQualifier = g.figures.length === 1 ? g.qualifier : q;
    }
  }
  return [...groups.values()];
}
