// PROFILE plans of the analysis statements behind gapReport and targets on one synthetic graph,
// committed next to the growth results so the curve can be explained (bench/README.md): per
// operator the rows and database hits. The scope is the bench's park with its sub-parks.
//
//   npx tsx bench/profile.ts --data .data/synthetic-100k --out bench/results/plans-100k.md
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ProfiledPlan } from "neo4j-driver";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const data = arg("--data");
if (!data) {
  console.error("usage: npx tsx bench/profile.ts --data <synthetic folder> [--out file.md]");
  process.exit(1);
}
const root = path.resolve(import.meta.dirname, "..");
process.env.NEO4J_DATA_DIR = path.resolve(root, data);
const { loadConfig } = await import("../server/src/config.js");
const { connectGraph } = await import("../server/src/db/connect.js");

const db = await connectGraph(loadConfig(), () => {});
const session = db.executor.driver.session({ defaultAccessMode: "READ" });
const lines: string[] = [];
const walk = (p: ProfiledPlan, depth: number) => {
  const detail = String(p.arguments?.["Details"] ?? "")
    .replace(/\s+/g, " ")
    .slice(0, 110);
  lines.push(`${"  ".repeat(depth)}${p.operatorType}  rows=${p.rows} dbHits=${p.dbHits}${detail ? `  ${detail}` : ""}`);
  for (const c of p.children) walk(c, depth + 1);
};
try {
  const scope = await session.run(
    `MATCH (p:Park {id: 'syn.park0001'})-[:GROWS]->(c:Chain) WITH p, c ORDER BY c.id LIMIT 1
     MATCH (sp:Park)-[:SUB_PARK_OF*0..]->(p) MATCH (p)-[:IN_REGION]->(city:Region)
     RETURN c.id AS chainId, collect(sp.id) AS parkIds, city.id AS nearRegionId`,
  );
  const params = scope.records[0]!.toObject();
  const total = (await session.run("MATCH (e:Enterprise) RETURN count(e) AS n")).records[0]!.get("n");
  lines.push(`# PROFILE plans: ${total} enterprises (${data})`, "", `params: ${JSON.stringify(params)}`, "");
  for (const name of ["analysis/candidates", "analysis/industry-candidates", "analysis/gap-evidence"]) {
    const text = readFileSync(path.join(root, "cypher", `${name}.cypher`), "utf8");
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
    lines.push(`## ${name}: ${res.records.length} rows, ${hits} db hits, ${ms.toFixed(0)} ms (with PROFILE overhead)`, "", "```");
    walk(plan, 0);
    lines.push("```", "");
  }
  const md = lines.join("\n");
  console.log(md);
  const out = arg("--out");
  if (out) writeFileSync(path.resolve(root, out), md);
} finally {
  await session.close();
  await db.stop();
}
