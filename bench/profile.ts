// PROFILE plans of the statements behind gapReport and targets on one synthetic graph, committed
// next to the growth results so the curve can be explained (bench/README.md): per operator the
// rows and database hits, for the two parks of bench/growth.ts (the busiest, syn.park0001, and
// the one whose firm count is nearest to --fixed-firms, 20 by default). Each statement is run
// with the parameters the server gives it (server/src/data/analysis.ts).
//
//   npx tsx bench/profile.ts --data .data/synthetic-100k --out bench/results/plans-100k.md
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ProfiledPlan } from "neo4j-driver";
import { arg } from "./harness.js";

const data = arg("--data");
if (!data) {
  console.error("usage: npx tsx bench/profile.ts --data <synthetic folder> [--fixed-firms 20] [--out file.md]");
  process.exit(1);
}
const fixedFirms = Number(arg("--fixed-firms") ?? 20);
const root = path.resolve(import.meta.dirname, "..");
process.env.NEO4J_DATA_DIR = path.resolve(root, data);
const { loadConfig } = await import("../server/src/config.js");
const { connectGraph } = await import("../server/src/db/connect.js");
const { gapReports, loadChain, loadScopes, nearbyCandidateParams, targetCandidateParams } = await import("../server/src/data/analysis.js");
const { loadChainMapData } = await import("../server/src/data/chain-map.js");
const { pickParkAndChain } = await import("./pick.js");

const db = await connectGraph(loadConfig(), () => {});
const placesAround = async (chainId: string, park: string) =>
  (await loadChainMapData(db.executor, chainId, { kind: "park", id: park }, { flows: false, places: {} })).scoped.places;
const session = db.executor.driver.session({ defaultAccessMode: "READ" });
const lines: string[] = [];
const walk = (p: ProfiledPlan, depth: number) => {
  const detail = String(p.arguments?.["Details"] ?? "")
    .replace(/\s+/g, " ")
    .slice(0, 110);
  lines.push(`${"  ".repeat(depth)}${p.operatorType}  rows=${p.rows} dbHits=${p.dbHits}${detail ? `  ${detail}` : ""}`);
  for (const c of p.children) walk(c, depth + 1);
};
const exists = (name: string) => {
  try {
    return readFileSync(path.join(root, "cypher", `${name}.cypher`), "utf8");
  } catch {
    return null;
  }
};
try {
  const total = (await session.run("MATCH (e:Enterprise) RETURN count(e) AS n")).records[0]!.get("n");
  lines.push(`# PROFILE plans: ${total} enterprises (${data})`, "");
  const summary: string[] = ["| park | statement | rows | db hits | ms (with PROFILE) |", "| --- | --- | ---: | ---: | ---: |"];
  const details: string[] = [];
  for (const where of ["p.id = 'syn.park0001'", "p.id STARTS WITH 'syn.park'"]) {
    const pick = await session.run(pickParkAndChain(where), { fixed: fixedFirms });
    const { park, chain: chainId, firms } = pick.records[0]!.toObject() as { park: string; chain: string; firms: number };
    const chain = await loadChain(db.executor, chainId);
    const [scope] = await loadScopes(db.executor, [{ kind: "park", id: park }]);
    const [report] = await gapReports(db.executor, chain, [scope!], null);
    const gapIds = report!.segments.filter((g) => g.status !== "PRESENT" || g.inferredOnly).map((g) => g.segment.id);
    const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
    const near = { chainId, parkIds: scope!.parkIds, nearRegionId: scope!.cityId ?? scope!.provinceId ?? scope!.id };
    const statements: Array<[string, Record<string, unknown>, string?]> = [
      ["api/chain-map", { chainId, scope: { kind: "park", id: park }, withFlows: false, places: null }],
      ["api/chain-map", { chainId, scope: { kind: "park", id: park }, withFlows: false, places: { filterProvinceId: null } }, "api/chain-map (with places, as targets reads it)"],
      ["analysis/scopes", { scopes: [{ kind: "park", id: park }] }],
      ["analysis/chain-outline", { chainId }],
      ["analysis/gap-evidence", { chainId, parkIds: scope!.parkIds }],
      ["analysis/candidates", near],
      ["analysis/industry-candidates", near],
      [
        "analysis/target-candidates",
        targetCandidateParams(chainId, scope!, gapIds, parentOf, {}, 20, await placesAround(chainId, park)),
      ],
      // Nearest supply, as gapReport asks it: for every segment of the report.
      ...(() => {
        const params = nearbyCandidateParams(chainId, scope!, report!.segments);
        return params ? [["analysis/nearby-candidates", params] as [string, Record<string, unknown>]] : [];
      })(),
    ];
    details.push(`## ${park} (${firms} firms), chain ${chainId}: ${gapIds.length} gap segments of ${chain.segments.length}`, "");
    for (const [name, params, label = name] of statements) {
      const text = exists(name);
      if (!text) continue;
      const t = performance.now();
      const res = await session.run(`PROFILE ${text}`, params);
      const ms = performance.now() - t;
      const plan = res.summary.profile as ProfiledPlan;
      let hits = 0;
      const sum = (p: ProfiledPlan) => {
        hits += p.dbHits;
        p.children.forEach(sum);
      };
      sum(plan);
      summary.push(`| ${park} (${firms} firms) | ${label} | ${res.records.length} | ${hits} | ${ms.toFixed(0)} |`);
      lines.length = 0;
      walk(plan, 0);
      details.push(`### ${label}: ${res.records.length} rows, ${hits} db hits, ${ms.toFixed(0)} ms`, "", "```", ...lines, "```", "");
    }
  }
  const md = [`# PROFILE plans: ${total} enterprises (${data})`, "", ...summary, "", ...details].join("\n");
  console.log(summary.join("\n"));
  const out = arg("--out");
  if (out) writeFileSync(path.resolve(root, out), md);
} finally {
  await session.close();
  await db.stop();
}
