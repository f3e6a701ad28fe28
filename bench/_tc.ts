import { readFileSync } from "node:fs";
import path from "node:path";
const root = path.resolve(import.meta.dirname, "..");
process.env.NEO4J_DATA_DIR = path.resolve(root, process.argv[2]!);
const [park, chainId] = [process.argv[3]!, process.argv[4]!];
const { loadConfig } = await import("../server/src/config.js");
const { connectGraph } = await import("../server/src/db/connect.js");
const { gapReports, loadChain, loadScopes, targetCandidateParams } = await import("../server/src/data/analysis.js");
const db = await connectGraph(loadConfig(), () => {});
const session = db.executor.driver.session({ defaultAccessMode: "READ" });
const files = process.argv.slice(5);
try {
  const chain = await loadChain(db.executor, chainId);
  const [scope] = await loadScopes(db.executor, [{ kind: "park", id: park }]);
  const [report] = await gapReports(db.executor, chain, [scope!], null);
  const gapIds = report!.segments.filter((g) => g.status !== "PRESENT" || g.inferredOnly).map((g) => g.segment.id);
  const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
  const params = targetCandidateParams(chainId, scope!, gapIds, parentOf, {}, 20);
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const times: number[][] = files.map(() => []);
  const outs: string[] = [];
  for (const t of texts) { const r = await session.run(t, params); outs.push(JSON.stringify(r.records.map((x) => x.toObject()))); for (let w = 0; w < 3; w++) await session.run(t, params); }
  for (let round = 0; round < 21; round++)
    for (const [i, t] of texts.entries()) { const s = performance.now(); await session.run(t, params); times[i]!.push(performance.now() - s); }
  for (const [i, f] of files.entries()) console.log(`${park} ${chainId} gaps=${gapIds.length} ${path.basename(f)} same=${outs[i] === outs[0]} p50=${times[i]!.sort((a, b) => a - b)[10]!.toFixed(1)} ms`);
} finally {
  await session.close();
  await db.stop();
}
