// How low targets can go (issue 15, "targets p50 < 100 ms at 1M"): the server's ranking statement
// (cypher/analysis/target-candidates.cypher) beside statements that do only the first steps of any
// exact ranking, on the growth benchmark's fixed park, the variants alternating in one session:
//
//   find         the candidates and their fit (the segments' firms by the segment id index)
//   own          + roles, the firm's parks (to leave the scope's own firms out) and a top 200
//   levels       + where the firms' parks lie (city, province), from id lists read once
//   facts        (--facts only) the ranking a per-firm summary would allow: every part of the
//                score that does not depend on the park asked about read from properties
//                written beforehand (top sales, capacity, supply links, kin, anchor chains) instead
//                of from relationships, and how many candidates the k-th best leaves open
//
// Whatever a statement does after `find` is paid per candidate, so their gaps say what each step
// costs. --facts WRITES five t_* properties on every Enterprise of the folder: run it on a copy.
//
//   npx tsx bench/targets-floor.ts --data /work/off-1m [--runs 12] [--fixed-firms 126] [--facts] [--out file.md]
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { arg, machine, quantile } from "./harness.js";

const data = arg("--data");
if (!data) {
  console.error("usage: npx tsx bench/targets-floor.ts --data <synthetic folder> [--runs 12] [--fixed-firms 126] [--facts] [--out file.md]");
  process.exit(1);
}
const runs = Number(arg("--runs") ?? 12);
const fixedFirms = Number(arg("--fixed-firms") ?? 126);
const facts = process.argv.includes("--facts");
const root = path.resolve(import.meta.dirname, "..");
process.env.NEO4J_DATA_DIR = path.resolve(root, data);
const { loadConfig } = await import("../server/src/config.js");
const { connectGraph } = await import("../server/src/db/connect.js");
const { gapReports, loadChain, loadScopes, targetCandidateParams, targetPlaces } = await import("../server/src/data/analysis.js");
const { loadChainMapData } = await import("../server/src/data/chain-map.js");
const { pickParkAndChain } = await import("./pick.js");

const CANDIDATES = `
CALL () {
  MATCH (s:Segment) USING INDEX s:Segment(id) WHERE s.id IN $segmentIds
  MATCH (e:Enterprise)-[m:IN_SEGMENT]->(s)
  RETURN e, $relevance[s.id] + CASE WHEN coalesce(m.inferred, false) AND coalesce(m.fit, '') <> 'exact' THEN $points.inferredPenalty ELSE 0 END AS fit
}`;
const ROLE = `reduce(best = 0, r IN roles | CASE WHEN coalesce($points.role[r], 0) > best THEN $points.role[r] ELSE best END)`;
const variants: Array<[string, string]> = [
  ["find", `${CANDIDATES}\nWITH e, max(fit) AS fit\nRETURN count(*) AS candidates`],
  [
    "own",
    `${CANDIDATES}
WITH e, max(fit) AS fit
WITH e, fit + ${ROLE.replace("r IN roles", "r IN coalesce(e.roles, [])")} AS own, [(e)-[:LOCATED_IN]->(p:Park) | p.id] AS eps
WHERE none(p IN eps WHERE p IN $parkIds)
WITH e, own ORDER BY own DESC LIMIT 200
RETURN count(*) AS kept`,
  ],
  [
    "levels",
    `CALL () {
  OPTIONAL MATCH (:Region {id: $provinceId})<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(pp:Park)
  RETURN collect(DISTINCT pp.id) AS provinceParks
}
CALL () {
  OPTIONAL MATCH (:Region {id: $cityId})<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(cp:Park)
  RETURN collect(DISTINCT cp.id) AS cityParks
}
${CANDIDATES}
WITH provinceParks, cityParks, e, max(fit) AS fit
WITH provinceParks, cityParks, e, fit + ${ROLE.replace("r IN roles", "r IN coalesce(e.roles, [])")} AS own, [(e)-[:LOCATED_IN]->(p:Park) | p.id] AS eps
WHERE none(p IN eps WHERE p IN $parkIds)
WITH e, own + CASE WHEN any(p IN eps WHERE p IN cityParks) THEN $points.sameCity WHEN any(p IN eps WHERE p IN provinceParks) THEN $points.sameProvince ELSE 0 END AS own
ORDER BY own DESC LIMIT 200
RETURN count(*) AS kept`,
  ],
];
if (facts) {
  variants.push([
    "facts",
    `${CANDIDATES}
WITH e, max(fit) AS fit
WITH e, fit, coalesce(e.roles, []) + CASE WHEN $chainId IN e.t_anchor THEN ['anchor'] ELSE [] END AS roles, e.t_sales AS sales
WITH e,
  fit + ${ROLE}
  + CASE WHEN sales > 1e7 THEN
      CASE WHEN round($points.salesPerDecade * log10(sales / 1e7) * 10) / 10 > $points.salesMax THEN $points.salesMax
        ELSE round($points.salesPerDecade * log10(sales / 1e7) * 10) / 10 END
    ELSE 0 END
  + CASE WHEN e.t_capacity THEN $points.capacity ELSE 0 END AS own,
  $points.sameCity + $points.presence
  + CASE WHEN e.t_supply * $points.supplyLink > $points.supplyMax THEN $points.supplyMax ELSE e.t_supply * $points.supplyLink END AS spread
ORDER BY own DESC
WITH collect({own: own, ub: own + spread}) AS firms
WITH firms, firms[toInteger($k) - 1].own AS kth
RETURN size(firms) AS candidates, kth, size([f IN firms WHERE f.ub >= kth]) AS open`,
  ]);
}
// The summary the "facts" row reads: what phase 2 of target-candidates.cypher reads from
// relationships, one property each (the sales rule as there).
const WRITE_FACTS = `
MATCH (e:Enterprise)
CALL (e) {
  SET e.t_sales = reduce(top = null, v IN COLLECT {
        MATCH (e)-[:HAS_FIGURE]->(f:Figure)
        WHERE f.unit = 'CNY' AND coalesce(f.qualifier, 'exact') IN ['exact', 'about', 'over', 'at_least']
          AND (f.metric CONTAINS '销售' OR f.metric CONTAINS '营收' OR f.metric CONTAINS '产值')
        RETURN f.value } | CASE WHEN top IS NULL OR v > top THEN v ELSE top END),
    e.t_capacity = EXISTS { (e)<-[:BY]-(:Project)-[:HAS_CAPACITY]->(:Capacity) },
    e.t_supply = COUNT { (e)-[:SUPPLIES]-(:Enterprise) },
    e.t_kin = EXISTS { (e)-[:SUBSIDIARY_OF]-(:Enterprise) },
    e.t_anchor = COLLECT { MATCH (e)-[:IN_CHAIN {anchor: true}]->(c:Chain) RETURN c.id }
} IN TRANSACTIONS OF 20000 ROWS`;

const db = await connectGraph(loadConfig(), () => {});
const session = db.executor.driver.session();
try {
  const [pick] = await db.executor.read<{ park: string; chain: string; firms: number; gaps: number; total: number }>(
    { name: "bench/scope", text: pickParkAndChain("p.id STARTS WITH 'syn.park'", "COLLECT { MATCH (e:Enterprise) RETURN count(e) }[0] AS total") },
    { fixed: fixedFirms },
  );
  if (!pick) throw new Error(`${data} holds no synthetic graph (npm run generate)`);
  const chain = await loadChain(db.executor, pick.chain);
  const [scope] = await loadScopes(db.executor, [{ kind: "park", id: pick.park }]);
  const [report] = await gapReports(db.executor, chain, [scope!], null);
  const gapIds = report!.segments.filter((g) => g.status !== "PRESENT" || g.inferredOnly).map((g) => g.segment.id);
  const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
  const wanted = { kind: "park", id: pick.park } as const;
  const { places } = (await loadChainMapData(db.executor, pick.chain, wanted, { flows: false, places: {} })).scoped;
  const params = {
    ...targetCandidateParams(pick.chain, scope!, gapIds, parentOf, {}, 20, places),
    provinceId: scope!.provinceId,
    cityId: scope!.cityId,
  };
  const mapParams = { chainId: pick.chain, scope: wanted, withFlows: false, places: { filterProvinceId: null } };
  let factsSeconds: number | null = null;
  if (facts) {
    const t = performance.now();
    await session.run(WRITE_FACTS);
    factsSeconds = (performance.now() - t) / 1000;
    console.error(`per-firm facts written in ${factsSeconds.toFixed(1)} s`);
  }
  const server = readFileSync(path.join(root, "cypher/analysis/target-candidates.cypher"), "utf8");
  const chainMap = readFileSync(path.join(root, "cypher/api/chain-map.cypher"), "utf8");
  const all: Array<[string, string]> = [["server (chain-map with places + target-candidates)", server], ...variants];
  const times = all.map(() => [] as number[]);
  const answers = all.map(() => "");
  // Three warm-ups (plans, page cache), then the variants in turn.
  for (let i = 0; i < runs + 3; i++) {
    for (const [j, [, text]] of all.entries()) {
      const t = performance.now();
      // The server's row pays for its chain map and places too, read again each time as a request does.
      if (j === 0)
        params.places = targetPlaces(
          (await session.run(chainMap, mapParams)).records.filter((x) => x.get("kind") === "place").map((x) => x.get("row")),
        );
      const r = await session.run(text, params);
      const ms = performance.now() - t;
      if (i >= 3) times[j]!.push(ms);
      if (i === 0) {
        const o = r.records[0]?.toObject() ?? {};
        answers[j] = Object.entries(o)
          .filter(([k]) => k !== "rows")
          .map(([k, v]) => `${k} ${v}`)
          .join(", ");
      }
    }
  }
  const md = [
    `### targets, how low it can go: ${pick.total} enterprises (${data}); park ${pick.park} (${pick.firms} firms), chain ${pick.chain}, ${gapIds.length} gap segments, ${params.segmentIds.length} segments read`,
    "",
    "| statement | p50 ms | answer |",
    "| --- | ---: | --- |",
    ...all.map(([name], j) => `| ${name} | ${quantile(times[j]!, 0.5).toFixed(1)} | ${answers[j]} |`),
    "",
    `${runs} runs each after 3 warm-ups, the statements in turn in one session (bench/targets-floor.ts holds the variants).` +
      (factsSeconds !== null ? ` The per-firm facts were written in ${factsSeconds.toFixed(1)} s before.` : ""),
    "",
    machine(`npx tsx bench/targets-floor.ts --data ${data} --runs ${runs} --fixed-firms ${fixedFirms}${facts ? " --facts" : ""}`),
    "",
  ].join("\n");
  console.log(md);
  const out = arg("--out");
  if (out) writeFileSync(path.resolve(root, out), md);
} finally {
  await session.close();
  await db.stop();
}
