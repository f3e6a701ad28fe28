// The targets index at scale (issue 15, docs/performance.md "The targets index"): on parks spread
// over a synthetic graph, each with the chain that has most gaps there, targets ranked with the
// index and ranking every candidate; the same total and items or exit 1.
// Prints how many cases the index narrowed, to how many firms, and the statement's p50 both ways.
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
const { rankTargets } = await import("../server/src/domain/targets.js");

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
  const every: number[] = [];
  const narrowedMs: number[] = [];
  let cases = 0;
  let narrowed = 0;
  let same = 0;
  let smallest = Infinity;
  let largest = 0;
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
    const [scope] = await loadScopes(ex, [{ kind: "park", id: park }]);
    const [report] = await gapReports(ex, chain, [scope!], null);
    const gapIds = report!.segments.filter((g) => g.status !== "PRESENT" || g.inferredOnly).map((g) => g.segment.id);
    const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
    const { scoped } = await loadChainMapData(ex, c.chain, { kind: "park", id: park }, { flows: false, places: {} });
    const ctx = { cityId: scope!.cityId, provinceId: scope!.provinceId, neighbourProvinceIds: scope!.neighbourProvinceIds };
    for (const k of [20, 60]) {
      const run = async (withIndex: boolean, times: number[]) => {
        const t = performance.now();
        const top = await topCandidates(ex, c.chain, scope!, gapIds, parentOf, {}, k, scoped.places, withIndex ? { keys, own: scoped.ev.enterprises } : null);
        times.push(performance.now() - t);
        const items = rankTargets(gapIds, parentOf, top.rows, new Set(), ctx)
          .slice(0, k)
          .map((r) => `${r.candidate.enterprise.id}:${r.score}:${r.gapSegmentId}`)
          .join(",");
        return { total: top.total, items, narrowed: top.narrowed, narrowedTo: top.narrowedTo };
      };
      // The first of each way warms the page cache for this park; then two each, alternating.
      const a = await run(false, []);
      const b = await run(true, []);
      for (let i = 0; i < 2; i++) {
        await run(false, every);
        await run(true, narrowedMs);
      }
      cases++;
      if (b.narrowed) {
        narrowed++;
        smallest = Math.min(smallest, b.narrowedTo!);
        largest = Math.max(largest, b.narrowedTo!);
      }
      if (a.total === b.total && a.items === b.items) same++;
      else {
        failed = true;
        rows.push(`| ${park} | ${c.chain} | ${k} | totals ${a.total} / ${b.total} | items differ |`);
      }
    }
  }
  const md = [
    `### targets with and without the index: ${keys.firms} firms indexed (${data})`,
    "",
    "| cases | narrowed | same answer | narrowed to (firms) | statement p50, every candidate | statement p50, with the index |",
    "| ---: | ---: | ---: | --- | ---: | ---: |",
    `| ${cases} | ${narrowed} | ${same} | ${narrowed ? `${smallest}–${largest}` : "–"} | ${every.length ? quantile(every, 0.5).toFixed(1) : "–"} | ${narrowedMs.length ? quantile(narrowedMs, 0.5).toFixed(1) : "–"} |`,
    ...(rows.length ? ["", "| park | chain | k | total | |", "| --- | --- | ---: | --- | --- |", ...rows] : []),
    "",
    `${picked.length} parks spread over the synthetic ones, each with its chain that has most gaps (parks without a gap are skipped), k = 20 and 60: each case once both ways (the answers compared), then twice each way, alternating (the times). The index was built in ${buildSeconds.toFixed(1)} s.`,
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
