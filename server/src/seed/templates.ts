// Checks on chain templates beyond the per-record schema: a versioned chain says the basis of every
// segment and has a migration for each earlier version; a migration lists every old segment id and
// maps each one the new version dropped; segment flows never loop. Fills `set.segmentMoves`.
import type { SeedSet } from './seed-set.js';

type Say = (o: { file: string; at: string }, id: string | undefined, field: string, message: string) => void;

export function checkTemplates(set: SeedSet, say: Say): void {
  const segmentsOf = new Map<string, Set<string>>();
  for (const s of set.segments) {
    const ids = segmentsOf.get(s.chain) ?? new Set<string>();
    ids.add(s.id);
    segmentsOf.set(s.chain, ids);
  }
  const chains = new Map(set.chains.map((c) => [c.id, c]));

  // A versioned template states the basis of each of its segments.
  for (const s of set.segments) {
    if (chains.get(s.chain)?.version !== undefined && s.basis === undefined) {
      say(set.origins.get(s.id)!, s.id, 'basis', `chain "${s.chain}" is a versioned template: every segment says its basis`);
    }
  }

  // Migrations, per chain, ordered by version.
  const byChain = new Map<string, SeedSet['templateMigrations']>();
  for (const m of set.templateMigrations) {
    const chain = chains.get(m.chain);
    if (!chain) {
      say(m.origin, undefined, 'chain', `unknown chain "${m.chain}"`);
      continue;
    }
    m.cite.forEach((c, i) => {
      if (set.origins.get(c)?.kind !== 'source') say(m.origin, undefined, `cite[${i}]`, `unknown source "${c}"`);
    });
    if (m.to !== m.from + 1) say(m.origin, undefined, 'to', `a migration goes from one version to the next: expected ${m.from + 1}`);
    const list = byChain.get(m.chain) ?? [];
    list.push(m);
    byChain.set(m.chain, list);
  }
  for (const [chainId, list] of byChain) {
    const chain = chains.get(chainId)!;
    list.sort((a, b) => a.from - b.from);
    if (chain.version === undefined) {
      say(list[0]!.origin, undefined, 'chain', `chain "${chainId}" has migrations but no version`);
      continue;
    }
    const seen = new Set<number>();
    for (const m of list) {
      if (seen.has(m.from)) say(m.origin, undefined, 'from', `a second migration of chain "${chainId}" from version ${m.from}`);
      seen.add(m.from);
      if (m.to > chain.version) say(m.origin, undefined, 'to', `chain "${chainId}" is at version ${chain.version}`);
    }
    for (let v = 1; v < chain.version; v++) {
      if (!list.some((m) => m.from === v)) {
        const o = set.origins.get(chainId)!;
        say(o, chainId, 'version', `no migration from version ${v} to ${v + 1}`);
      }
    }
    // The ids a migration must land on: the next migration's old ids, or the current template.
    for (const m of list) {
      const next = list.find((n) => n.from === m.to);
      const target = next ? new Set(next.previous) : (segmentsOf.get(chainId) ?? new Set<string>());
      const targetName = next ? `version ${m.to}` : 'the current template';
      const previous = new Set<string>();
      m.previous.forEach((id, i) => {
        if (previous.has(id)) say(m.origin, undefined, `previous[${i}]`, `"${id}" is listed twice`);
        previous.add(id);
        if (!id.startsWith(`${chainId}.`)) say(m.origin, undefined, `previous[${i}]`, `"${id}" is not a segment id of chain "${chainId}"`);
        if (!target.has(id) && m.map[id] === undefined) {
          say(m.origin, undefined, `previous[${i}]`, `old segment "${id}" is not in ${targetName} and not mapped (add it to map)`);
        }
      });
      for (const [from, to] of Object.entries(m.map)) {
        if (!previous.has(from)) say(m.origin, undefined, `map.${from}`, `"${from}" is not in previous (the old version's ids)`);
        if (target.has(from)) say(m.origin, undefined, `map.${from}`, `"${from}" is still in ${targetName}; only dropped ids are mapped`);
        if (!target.has(to)) say(m.origin, undefined, `map.${from}`, `"${to}" is not a segment of ${targetName}`);
      }
    }
    // Compose: an id of any old version → the current segment it ends up as.
    const current = segmentsOf.get(chainId) ?? new Set<string>();
    for (const m of list) {
      for (const id of m.previous) {
        let cur: string | undefined = id;
        for (let v = m.from; cur !== undefined && v < chain.version; v++) {
          const step = list.find((n) => n.from === v);
          cur = step ? (step.map[cur] ?? cur) : undefined;
        }
        if (cur !== undefined && cur !== id && current.has(cur) && !current.has(id)) set.segmentMoves.set(id, cur);
      }
    }
  }

  // Flows never loop (a segment cannot be, through other segments, its own input).
  const next = new Map<string, string[]>();
  for (const f of set.flows) next.set(f.from, [...(next.get(f.from) ?? []), f.to]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      if (state.get(to) === 'open') {
        const loop = [...stack.slice(stack.indexOf(to)), to];
        const key = [...new Set(loop)].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          const flow = set.flows.find((f) => f.from === id && f.to === to)!;
          say(flow.origin, undefined, '', `flow cycle: ${loop.join(' → ')}`);
        }
      } else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const s of set.segments) if (!state.has(s.id)) visit(s.id);
}
