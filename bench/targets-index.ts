// The targets index at scale (issue 15, docs/performance.md "The targets index"): on parks spread
// over a synthetic graph, each with the chain that has most gaps there, targets ranked with the
// index and ranking every candidate; the same total and items or exit 1. Besides the park's own
// list: the list filtered to the park's province, to a role, to listed firms, and the list of the
// park's city as the scope.
// Prints, per kind, how many cases the index narrowed, to how many firms, and the statement's p50
// both ways.
//
//   npx tsx bench/targets-index.ts --data /work/off-1m [--parks 35] [--out file.md]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { arg, machine, quantile } from "./harness.js";

const data = arg("--data");
if (!data) {
  console.error("usage: npx tsx bench/targets-index.ts --data <synthetic folder> [--parks 35] [--out file.md]");
  process.exit(1);
}
const wanted = Number(arg("--parks") ?? 35);
const root = path.resolve(import.meta.dirname, "..");
process.env.NEO4J_DATA_DIR = path.resolve(root, data);
const { loadConfig } = await import("../server/src/config.js");
const { connectGraph } = await import("../server/src/db/connect.js");
const { gapReports, loadChain, loadScopes, topCandidates } = await import("../server/src/data/analysis.js");
const { loadChainMapData } = await import("../server/src/data/chain-map.js");
const { targetIndexFor } = await import("../server/src/data/target-index.js");
const { filterTargets, rankTargets } = await import("../server/src/domain/targets.js");
type Filters = import("../server/src/domain/targets.js").TargetFilters;
type ScopeRef = { kind: "park" | "region"; id: string };

const db = await connectGraph(loadConfig(), () => {});
const ex = db.executor;
let failed = false;
try {
  const index = targetIndexFor(ex);
  const started = performance.now();
  await index.refresh();
  const buildSeconds = (performance.now() - started) / 1000;
  const keys = index.current(await index.stamp());
  if (!keys) throw new Error("the targets index was not built (the graph changed while it read?)");
  // Parks spread evenly over the synthetic ones (by id), each with its chain that has most gaps.
  const parks = (
    await ex.read<{ id: string }>({
      name: "bench/parks",
      text: "MATCH (p:Park) WHERE p.id STARTS WITH 'syn.park' AND EXISTS { (p)-[:GROWS]->(:Chain) } RETURN p.id AS id ORDER BY id",
    })
  ).map((r) => r.id);
  const step = Math.max(1, Math.floor(parks.length / wanted));
  const picked = parks.filter((_, i) => i % step === 0).slice(0, wanted);
  const rows: string[] = [];
  interface Kind {
    cases: number;
    narrowed: number;
    same: number;
    smallest: number;
    largest: number;
    every: number[];
    narrowedMs: number[];
  }
  const kinds = new Map<string, Kind>();
  const kindOf = (name: string) => {
    let k = kinds.get(name);
    if (!k) kinds.set(name, (k = { cases: 0, narrowed: 0, same: 0, smallest: Infinity, largest: 0, every: [], narrowedMs: [] }));
    return k;
  };
  for (const park of picked) {
    const [c] = await ex.read<{ chain: string }>(
      {
        name: "bench/chain-with-most-gaps",
        text: `MATCH (p:Park {id: $park})-[:GROWS]->(c:Chain)
               WITH c, COUNT { MATCH (c)<-[:OF_CHAIN]-(s:Segment) WHERE NOT EXISTS { (s)<-[:IN_SEGMENT]-(:Enterprise)-[:LOCATED_IN]->(p) } } AS gaps
               WHERE gaps > 0 RETURN c.id AS chain ORDER BY gaps DESC, c.id LIMIT 1`,
      },
      { park },
    );
    if (!c) continue;
    const chain = await loadChain(ex, c.chain);
    const [parkScope] = await loadScopes(ex, [{ kind: "park", id: park }]);
    const asked: Array<[string, ScopeRef, Filters, number[]]> = [
      ["the park", { kind: "park", id: park }, {}, [20, 60]],
      ["the park, its province only", { kind: "park", id: park }, { provinceId: parkScope!.provinceId }, [20]],
      ["the park, leading firms only", { kind: "park", id: park }, { role: "leading" }, [20]],
      ["the park, listed firms only", { kind: "park", id: park }, { listedOnly: true }, [20]],
      ...(parkScope!.cityId ? [["the park's city", { kind: "region", id: parkScope!.cityId }, {}, [20]] as [string, ScopeRef, Filters, number[]]] : []),
    ];
    for (const [name, ref, filters, ks] of asked) {
      const [scope] = await loadScopes(ex, [ref]);
      const [report] = await gapReports(ex, chain, [scope!], null);
      const gapIds = report!.segments.filter((g) => g.status !== "PRESENT" || g.inferredOnly).map((g) => g.segment.id);
      if (!gapIds.length) continue;
      const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
      const { scoped } = await loadChainMapData(ex, c.chain, ref, { flows: false, places: filters });
      const ctx = { cityId: scope!.cityId, provinceId: scope!.provinceId, neighbourProvinceIds: scope!.neighbourProvinceIds };
      const kind = kindOf(name);
      for (const k of ks) {
        const run = async (withIndex: boolean, times: number[]) => {
          const t = performance.now();
          const top = await topCandidates(ex, c.chain, scope!, gapIds, parentOf, filters, k, scoped.places, withIndex ? { keys, own: scoped.ev.enterprises } : null);
          times.push(performance.now() - t);
          const items = filterTargets(rankTargets(gapIds, parentOf, top.rows, new Set(), ctx), filters)
            .slice(0, k)
            .map((r) => `${r.candidate.enterprise.id}:${r.score}:${r.gapSegmentId}`)
            .join(",");
          return { total: top.total, items, narrowed: top.narrowed, narrowedTo: top.narrowedTo };
        };
        // The first of each way warms the page cache for this case; then two each, alternating.
        const a = await run(false, []);
        const b = await run(true, []);
        for (let i = 0; i < 2; i++) {
          await run(false, kind.every);
          await run(true, kind.narrowedMs);
        }
        kind.cases++;
        if (b.narrowed) {
          kind.narrowed++;
          kind.smallest = Math.min(kind.smallest, b.narrowedTo!);
          kind.largest = Math.max(kind.largest, b.narrowedTo!);
        }
        if (a.total === b.total && a.items === b.items) kind.same++;
        else {
          failed = true;
          rows.push(`| ${name} | ${ref.id} | ${c.chain} | ${JSON.stringify(filters)} | ${k} | totals ${a.total} / ${b.total} | ${a.items === b.items ? "items the same" : "items differ"} |`);
        }
      }
    }
  }
  const p50 = (xs: number[]) => (xs.length ? quantile(xs, 0.5).toFixed(1) : "–");
  const md = [
    `### targets with and without the index: ${keys.firms} firms indexed (${data})`,
    "",
    "| list | cases | narrowed | same answer | narrowed to (firms) | statement p50, every candidate | statement p50, with the index |",
    "| --- | ---: | ---: | ---: | --- | ---: | ---: |",
    ...[...kinds].map(
      ([name, k]) =>
        `| ${name} | ${k.cases} | ${k.narrowed} | ${k.same} | ${k.narrowed ? `${k.smallest}–${k.largest}` : "–"} | ${p50(k.every)} | ${p50(k.narrowedMs)} |`,
    ),
    ...(rows.length ? ["", "| list | scope | chain | filters | k | total | |", "| --- | --- | --- | --- | ---: | --- | --- |", ...rows] : []),
    "",
    `${picked.length} parks spread over the synthetic ones, each with its chain that has most gaps (parks without a gap are skipped); a list whose scope has no gap in that chain is skipped too. k = 20 and 60 for the park's own list, 20 for the others: each case once both ways (the answers compared), then twice each way, alternating (the times). The index was built in ${buildSeconds.toFixed(1)} s.`,
    "",
    machine(`npx tsx bench/targets-index.ts --data ${data} --parks ${wanted}`),
    "",
  ].join("\n");
  console.log(md);
  const out = arg("--out");
  if (out) writeFileSync(path.resolve(root, out), md);
} finally {
  await db.stop();
}
if (failed) {
  console.error("targets with the index differ from ranking every candidate");
  process.exit(1);
}
