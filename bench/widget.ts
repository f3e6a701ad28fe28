// The widget's first map (client/bench/widget-bench.mjs) against a server this script starts on
// one graph folder, so the benchmark is one command (issue 15). The server is the compiled one
// (NODE_ENV=production), or its sources through tsx with --sources (CI's tiny run); it serves
// /embed and the widget from client/dist, built first when missing (npm run build).
//
//   npx tsx bench/widget.ts --data .data/synthetic-10k [--runs 7]
//   npx tsx bench/widget.ts --data <folder growth.ts generated> --sources --runs 1   (CI)
//
// The cases are seeded chains and parks (pv · zs-hitech, semi · ls-etdz): a synthetic folder holds
// the seeds too. Exits 1 when a case's map fails to draw.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { arg, mb } from "./harness.js";
import { buildServer, root, serve } from "./serve.js";

const data = arg("--data");
if (!data) {
  console.error("usage: npx tsx bench/widget.ts --data <graph folder> [--runs 7] [--sources]");
  process.exit(1);
}
const sources = process.argv.includes("--sources");
if (!existsSync(path.join(root, "client", "dist", "widget", "embed.html")) || !existsSync(path.join(root, "client", "dist", "index.html"))) {
  console.error("building the client (client/dist) …");
  const r = spawnSync("npx", ["-y", "pnpm@10", "--filter", "@chain-graph/client", "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("building the client failed");
}
if (!sources) buildServer();
const served = await serve(path.resolve(root, data), { sources });
await served.indexed; // built in the background after the start: not during the first loads
let status = 1;
try {
  const r = spawnSync(process.execPath, [path.join(root, "client", "bench", "widget-bench.mjs"), `${served.url}/`], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, BENCH_RUNS: arg("--runs") ?? process.env.BENCH_RUNS ?? "7" },
  });
  status = r.status ?? 1;
  const rss = served.peakRss();
  console.log(`Peak RSS: server ${mb(rss.server)}, Neo4j JVM ${mb(rss.neo4j)}.`);
} finally {
  await served.stop();
}
process.exit(status);
