// The seed files checked together: unique ids, references that resolve, parents, cycles and
// templates, building the normalised seed set as it goes.
import type { FigureRecord } from './schema.js';
import { checkTemplates } from './templates.js';
import { article, idOf, problem, topKinds, type ParsedFile } from './seed-file.js';
import type { Origin, RecordKindName, SeedSet } from './seed-set.js';

export function crossCheck(dir: string, files: ParsedFile[], problems: string[]): SeedSet {
  const set: SeedSet = {
    dir,
    files: files.map((f) => f.file).sort(),
    sources: [],
    regions: [],
    chains: [],
    segments: [],
    industries: [],
    flows: [],
    parks: [],
    enterprises: [],
    projects: [],
    institutions: [],
    policies: [],
    templateMigrations: [],
    segmentMoves: new Map(),
    origins: new Map(),
  };
  const origins = set.origins;
  const say = (o: { file: string; at: string }, id: string | undefined, field: string, message: string) =>
    problems.push(problem(o.file, `${o.at}${id ? ` (id ${id})` : ''}`, field, message));

  const register = (id: string, origin: Origin) => {
    const prev = origins.get(id);
    if (prev) {
      say(origin, id, 'id', `duplicate id: also ${article(prev.kind)} in ${prev.file} ${prev.at}`);
      return false;
    }
    origins.set(id, origin);
    return true;
  };

  // Ids from files that failed validation still count as defined, so one bad record does not
  // make every reference to it a second, misleading problem.
  const looseIds = new Map<string, RecordKindName>();
  for (const f of files) {
    if (!f.raw) continue;
    const raw = f.raw as Record<string, unknown>;
    for (const [key, kind] of Object.entries(topKinds)) {
      const list = raw[key];
      if (!Array.isArray(list)) continue;
      for (const rec of list) {
        const id = idOf(rec);
        if (id) looseIds.set(id, kind);
        if (kind === 'chain' && rec && typeof rec === 'object' && Array.isArray((rec as { segments?: unknown }).segments)) {
          for (const seg of (rec as { segments: unknown[] }).segments) {
            const sid = idOf(seg);
            if (sid) looseIds.set(sid, 'segment');
          }
        }
      }
    }
  }

  // 1. Collect records and ids.
  interface ChainFlowInput {
    chain: string;
    chainCite: string[];
    flow: { from: string; to: string; cite?: string[] | undefined; note?: string | undefined };
    origin: { file: string; at: string };
  }
  const flowInputs: ChainFlowInput[] = [];
  for (const f of files) {
    const d = f.data;
    const at = (key: string, i: number) => ({ file: f.file, at: `${key}[${i}]` });
    d.sources?.forEach((r, i) => register(r.id, { ...at('sources', i), kind: 'source' }) && set.sources.push(r));
    d.regions?.forEach((r, i) => register(r.id, { ...at('regions', i), kind: 'region' }) && set.regions.push(r));
    d.chains?.forEach((r, i) => {
      const { segments, flows, ...chain } = r;
      if (!register(r.id, { ...at('chains', i), kind: 'chain' })) return;
      set.chains.push(chain);
      segments.forEach((s, j) => {
        const o = { file: f.file, at: `chains[${i}].segments[${j}]`, kind: 'segment' as const };
        if (!s.id.startsWith(`${r.id}.`)) say(o, s.id, 'id', `segment ids start with their chain's id: expected "${r.id}.…"`);
        if (register(s.id, o)) set.segments.push({ ...s, chain: r.id });
      });
      flows.forEach((fl, j) => {
        const flow = Array.isArray(fl) ? { from: fl[0], to: fl[1] } : fl;
        flowInputs.push({ chain: r.id, chainCite: r.cite, flow, origin: { file: f.file, at: `chains[${i}].flows[${j}]` } });
      });
    });
    d.industries?.forEach((r, i) => register(r.id, { ...at('industries', i), kind: 'industry' }) && set.industries.push(r));
    d.flows?.forEach((fl, i) => flowInputs.push({ chain: '', chainCite: [], flow: fl, origin: at('flows', i) }));
    d.parks?.forEach((r, i) => register(r.id, { ...at('parks', i), kind: 'park' }) && set.parks.push(r));
    d.enterprises?.forEach((r, i) => register(r.id, { ...at('enterprises', i), kind: 'enterprise' }) && set.enterprises.push(r));
    d.projects?.forEach((r, i) => register(r.id, { ...at('projects', i), kind: 'project' }) && set.projects.push(r));
    d.institutions?.forEach((r, i) => register(r.id, { ...at('institutions', i), kind: 'institution' }) && set.institutions.push(r));
    d.policies?.forEach((r, i) => register(r.id, { ...at('policies', i), kind: 'policy' }) && set.policies.push(r));
    d.templateMigrations?.forEach((r, i) => set.templateMigrations.push({ ...r, origin: at('templateMigrations', i) }));
  }

  // 2. References resolve to a record of the right kind.
  const check = (owner: string, field: string, ref: string | undefined, kind: RecordKindName) => {
    if (ref === undefined) return;
    const o = origins.get(owner);
    if (!o) return;
    const target = origins.get(ref);
    if (!target) {
      const loose = looseIds.get(ref);
      if (loose === kind) return; // defined in a file that has its own problems
      say(o, owner, field, `unknown ${kind} "${ref}"`);
    } else if (target.kind !== kind) {
      say(o, owner, field, `"${ref}" is ${article(target.kind)} (${target.file} ${target.at}), expected ${article(kind)}`);
    }
  };
  const checkCite = (owner: string, field: string, cite: string[] | undefined) =>
    cite?.forEach((c, i) => check(owner, `${field}[${i}]`, c, 'source'));
  const checkFigures = (owner: string, field: string, figures: FigureRecord[] | undefined) =>
    figures?.forEach((fig, i) => checkCite(owner, `${field}[${i}].cite`, fig.cite));

  for (const r of set.regions) {
    check(r.id, 'parent', r.parent, 'region');
    r.neighbours?.forEach((n, i) => check(r.id, `neighbours[${i}]`, n, 'region'));
    checkFigures(r.id, 'figures', r.figures);
    checkCite(r.id, 'cite', r.cite);
  }
  // A park's or region's figure states its period, and a stated level is the owner's own level.
  const placeFigures = (id: string, field: string, ownerLevel: string, figures: FigureRecord[] | undefined) =>
    figures?.forEach((fig, i) => {
      const o = origins.get(id)!;
      if (fig.period === undefined) say(o, id, `${field}[${i}].period`, 'a figure of a park or region states its period');
      if (fig.level !== undefined && fig.level !== ownerLevel) {
        say(
          o,
          id,
          `${field}[${i}].level`,
          `a ${fig.level.replace('_', '-')} figure filed under a ${ownerLevel.replace('_', '-')}; move it to the ${fig.level.replace('_', '-')} it is about`,
        );
      }
    });
  for (const r of set.regions) placeFigures(r.id, 'figures', r.level, r.figures);
  for (const p of set.parks) {
    const level = p.parent === undefined ? 'park' : 'sub_park';
    placeFigures(p.id, 'figures', level, p.figures);
    p.chains.forEach((pc, i) => placeFigures(p.id, `chains[${i}].figures`, level, pc.figures));
  }
  for (const c of set.chains) checkCite(c.id, 'cite', c.cite);
  const orders = new Map<string, string>();
  for (const s of set.segments) {
    // `order` places a segment from upstream to downstream: one position per segment.
    const key = `${s.chain}\u0000${s.order}`;
    const other = orders.get(key);
    if (other) say(origins.get(s.id)!, s.id, 'order', `order ${s.order} is also used by segment "${other}" of chain "${s.chain}"`);
    else orders.set(key, s.id);
    checkCite(s.id, 'cite', s.cite);
    if (s.parent !== undefined) {
      check(s.id, 'parent', s.parent, 'segment');
      const parent = set.segments.find((p) => p.id === s.parent);
      if (parent && parent.chain !== s.chain) {
        say(origins.get(s.id)!, s.id, 'parent', `"${s.parent}" belongs to chain "${parent.chain}", not "${s.chain}"`);
      }
    }
  }
  for (const ind of set.industries) {
    ind.segments.forEach((m, i) => check(ind.id, `segments[${i}].segment`, m.segment, 'segment'));
    checkCite(ind.id, 'cite', ind.cite);
  }
  for (const p of set.parks) {
    check(p.id, 'region', p.region, 'region');
    check(p.id, 'parent', p.parent, 'park');
    p.chains.forEach((pc, i) => {
      check(p.id, `chains[${i}].chain`, pc.chain, 'chain');
      checkFigures(p.id, `chains[${i}].figures`, pc.figures);
    });
    checkFigures(p.id, 'figures', p.figures);
    checkCite(p.id, 'cite', p.cite);
  }
  for (const e of set.enterprises) {
    check(e.id, 'park', e.park, 'park');
    check(e.id, 'region', e.region, 'region');
    e.segments.forEach((l, i) => check(e.id, `segments[${i}].segment`, l.segment, 'segment'));
    e.chains.forEach((l, i) => check(e.id, `chains[${i}].chain`, l.chain, 'chain'));
    e.industries?.forEach((l, i) => check(e.id, `industries[${i}]`, l, 'industry'));
    e.subsidiaryOf?.forEach((l, i) => check(e.id, `subsidiaryOf[${i}].enterprise`, l.enterprise, 'enterprise'));
    e.suppliesTo.forEach((l, i) => {
      check(e.id, `suppliesTo[${i}].enterprise`, l.enterprise, 'enterprise');
      if (l.enterprise === e.id) say(origins.get(e.id)!, e.id, `suppliesTo[${i}].enterprise`, 'an enterprise cannot supply itself');
    });
    checkFigures(e.id, 'figures', e.figures);
    checkCite(e.id, 'cite', e.cite);
  }
  for (const p of set.projects) {
    check(p.id, 'investor', p.investor, 'enterprise');
    check(p.id, 'park', p.park, 'park');
    check(p.id, 'region', p.region, 'region');
    check(p.id, 'phaseOf', p.phaseOf, 'project');
    p.segments.forEach((l, i) => check(p.id, `segments[${i}].segment`, l.segment, 'segment'));
    p.chains.forEach((l, i) => check(p.id, `chains[${i}].chain`, l.chain, 'chain'));
    checkCite(p.id, 'cite', p.cite);
  }
  for (const inst of set.institutions) {
    check(inst.id, 'parent', inst.parent, 'institution');
    check(inst.id, 'park', inst.park, 'park');
    check(inst.id, 'region', inst.region, 'region');
    inst.serves.forEach((l, i) => check(inst.id, `serves[${i}].chain`, l.chain, 'chain'));
    checkFigures(inst.id, 'figures', inst.figures);
    checkCite(inst.id, 'cite', inst.cite);
  }
  for (const pol of set.policies) {
    check(pol.id, 'park', pol.park, 'park');
    check(pol.id, 'region', pol.region, 'region');
    (pol.chains ?? []).forEach((c, i) => check(pol.id, `chains[${i}]`, c, 'chain'));
    checkCite(pol.id, 'cite', pol.cite);
  }

  // Lists of links name each target once; `anchor` only means something for an enterprise.
  const once = (owner: string, lists: Record<string, string[]>) => {
    for (const [field, targets] of Object.entries(lists)) {
      const seen = new Set<string>();
      targets.forEach((t, i) => {
        if (seen.has(t)) say(origins.get(owner)!, owner, `${field}[${i}]`, `"${t}" is listed twice`);
        seen.add(t);
      });
    }
  };
  const noAnchor = (owner: string, field: string, links: Array<{ anchor: boolean }>) =>
    links.forEach((l, i) => {
      if (l.anchor) say(origins.get(owner)!, owner, `${field}[${i}].anchor`, "only an enterprise can be a chain's anchor (链主)");
    });
  for (const p of set.parks) once(p.id, { chains: p.chains.map((c) => c.chain) });
  for (const e of set.enterprises) {
    once(e.id, {
      segments: e.segments.map((l) => l.segment),
      chains: e.chains.map((l) => l.chain),
      suppliesTo: e.suppliesTo.map((l) => l.enterprise),
    });
  }
  for (const p of set.projects) {
    once(p.id, { segments: p.segments.map((l) => l.segment), chains: p.chains.map((l) => l.chain) });
    noAnchor(p.id, 'chains', p.chains);
  }
  for (const i of set.institutions) {
    once(i.id, { serves: i.serves.map((l) => l.chain) });
    noAnchor(i.id, 'serves', i.serves);
  }

  // 3. Flows: both ends are segments; no self-loops or repeats; crossChain from the chains.
  const segmentChain = new Map(set.segments.map((s) => [s.id, s.chain]));
  const seenFlows = new Map<string, string>();
  for (const { chain, chainCite, flow, origin } of flowInputs) {
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      const ref = flow[end];
      const target = origins.get(ref);
      if (!target) {
        if (looseIds.get(ref) !== 'segment') say(origin, undefined, end, `unknown segment "${ref}"`);
        ok = false;
      } else if (target.kind !== 'segment') {
        say(origin, undefined, end, `"${ref}" is ${article(target.kind)} (${target.file} ${target.at}), expected a segment`);
        ok = false;
      }
    }
    flow.cite?.forEach((c, i) => {
      const t = origins.get(c);
      if (!t) {
        if (looseIds.get(c) !== 'source') say(origin, undefined, `cite[${i}]`, `unknown source "${c}"`);
      } else if (t.kind !== 'source') say(origin, undefined, `cite[${i}]`, `"${c}" is ${article(t.kind)}, expected a source`);
    });
    if (flow.from === flow.to) {
      say(origin, undefined, 'to', 'a segment cannot feed itself');
      ok = false;
    }
    const key = `${flow.from}\u0000${flow.to}`;
    const prev = seenFlows.get(key);
    if (prev) {
      say(origin, undefined, '', `flow ${flow.from} → ${flow.to} is also listed at ${prev}`);
      ok = false;
    } else seenFlows.set(key, `${origin.file} ${origin.at}`);
    if (!ok) continue;
    const fromChain = segmentChain.get(flow.from);
    const toChain = segmentChain.get(flow.to);
    if (chain && fromChain !== chain && toChain !== chain) {
      say(origin, undefined, '', `neither end of ${flow.from} → ${flow.to} belongs to chain "${chain}"`);
      continue;
    }
    set.flows.push({
      from: flow.from,
      to: flow.to,
      cite: flow.cite ?? chainCite,
      note: flow.note,
      crossChain: fromChain !== toChain,
      origin,
    });
  }

  // 4. No cycles through parent links (and project phases).
  const cycles = <T extends { id: string }>(kind: string, field: string, records: T[], parentOf: (r: T) => string | undefined) => {
    const parents = new Map(records.map((r) => [r.id, parentOf(r)]));
    const reported = new Set<string>();
    for (const r of records) {
      const seen: string[] = [];
      let cur: string | undefined = r.id;
      while (cur !== undefined && !seen.includes(cur)) {
        seen.push(cur);
        cur = parents.get(cur);
      }
      if (cur === undefined) continue;
      const loop = seen.slice(seen.indexOf(cur));
      const key = [...loop].sort().join(',');
      if (reported.has(key)) continue;
      reported.add(key);
      say(origins.get(cur)!, cur, field, `${kind} cycle: ${[...loop, cur].join(' → ')}`);
    }
  };
  cycles('region', 'parent', set.regions, (r) => r.parent);
  cycles('park', 'parent', set.parks, (r) => r.parent);
  cycles('segment', 'parent', set.segments, (r) => r.parent);
  cycles('institution', 'parent', set.institutions, (r) => r.parent);
  cycles('project phase', 'phaseOf', set.projects, (r) => r.phaseOf);

  // 5. Templates: versions, migrations, bases, and no cycle through the flows.
  checkTemplates(set, say);

  return set;
}
