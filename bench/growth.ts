// Growth benchmark (issue 15): latency of chainMap, gapReport, targets, search and neighbourhood
// through the GraphQL API, beside the time the same request spent in Neo4j (the sum of its
// statements as the executor timed them: the floor the API cannot beat with those statements),
// on one synthetic graph (npm run generate). Peak RSS of this process and the Neo4j JVM beside.
// Run it once per scale and compare the tables (bench/README.md).
//
//   npx tsx bench/growth.ts --data .data/synthetic-10k [--runs 30] [--out bench/results/growth-10k.md]
//   npx tsx bench/growth.ts --data <empty folder> --generate tiny --runs 1     (CI: generate, then measure)
//
// In-process (app.fetch, no sockets) and single-threaded: the figures are per request, without
// HTTP or concurrency; see bench/README.md for what is not measured yet.
import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { arg } from "./harness.js";

const data = arg("--data");
if (!data) {
  console.error("usage: npx tsx bench/growth.ts --data <synthetic folder> [--runs 30] [--out file.md]");
  process.exit(1);
}
const runs = Number(arg("--runs") ?? 30);
const root = path.resolve(import.meta.dirname, "..");
process.env.NEO4J_DATA_DIR = path.resolve(root, data);
const { loadConfig } = await import("../server/src/config.js");
const { connectGraph } = await import("../server/src/db/connect.js");
const { Executor } = await import("../server/src/db/executor.js");
const { createApp } = await import("../server/src/yoga.js");
const { pickParkAndChain } = await import("./pick.js");

const config = loadConfig();
const db = await connectGraph(config, () => {});
let dbMs = 0;
let statements = 0;
const emb = db.embedded!;
const ex = Executor.connect({
  uri: emb.uri,
  username: emb.username,
  password: emb.password,
  queryTimeoutMs: config.queryTimeoutMs,
  onQuery: (e) => {
    dbMs += e.ms;
    statements++;
  },
});
const rssOf = (pid: number | undefined) => {
  if (!pid) return 0;
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : 0;
};
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
try {
  const generate = arg("--generate");
  if (generate) {
    const { loadSynthetic } = await import("../server/src/generate/load.js");
    const { parseScale } = await import("../server/src/generate/synthetic.js");
    const r = await loadSynthetic(db.executor, {
      seed: 15,
      enterprises: parseScale(generate),
      chunk: 5000,
      parks: generate === "tiny" ? 100 : undefined,
      seedsDir: config.seedsDir,
    });
    console.error(
      `generated ${r.nodes} nodes, ${r.relationships} relationships in ${r.seconds.toFixed(1)} s (${Math.round(r.nodes / r.seconds)} nodes/s)`,
    );
  }
  const app = createApp({
    executor: ex,
    authExecutor: ex,
    production: true,
    viewerFor: () => ({ role: "viewer", userId: "bench", name: "bench" }),
  });
  // The targets index, as the server builds it in the background after start (target-index.ts):
  // built before measuring, so targets is measured as it serves once the server has settled.
  const { targetIndexFor } = await import("../server/src/data/target-index.js");
  const indexStarted = performance.now();
  await targetIndexFor(ex).refresh();
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  console.error(`targets index built in ${indexSeconds.toFixed(1)} s`);
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  };
  // Two parks: the busiest (syn.park0001: the generator skews firms towards the first parks, so
  // it grows with the scale) and one whose size does not depend on the scale: the synthetic park
  // with a chain whose firm count is nearest to FIXED_FIRMS (ties: lowest id). The generator has
  // no park of fixed size; at 10k and 100k a park of ~20 firms exists, at 1M the smallest park
  // has ~150 firms (the printed count says which size was measured). The chain: bench/pick.ts.
  const FIXED_FIRMS = Number(arg("--fixed-firms") ?? 20);
  const pick = async (where: string) => {
    const [r] = await ex.read<{ park: string; chain: string; firms: number; gaps: number; total: number }>(
      {
        name: "bench/scope",
        text: pickParkAndChain(where, "COLLECT { MATCH (e:Enterprise) RETURN count(e) }[0] AS total"),
      },
      { fixed: FIXED_FIRMS },
    );
    if (!r) throw new Error(`${data} holds no synthetic graph (npm run generate)`);
    return r;
  };
  const scope = await pick("p.id = 'syn.park0001'");
  const fixed = await pick("p.id STARTS WITH 'syn.park'");
  const v = { c: scope.chain, p: scope.park };
  const fv = { c: fixed.chain, p: fixed.park };
  const chainMapQ =
    "query ($c: ID!, $p: ID) { chainMap(chainId: $c, parkId: $p, includeEnterprises: true, includeProjects: true) { truncated nodes { id } edges { id } } }";
  const gapQ = "query ($c: ID!, $p: ID) { gapReport(chainId: $c, parkId: $p) { completeness { score present missing pipeline } } }";
  const targetsQ =
    "query ($c: ID!, $p: ID) { targets(chainId: $c, parkId: $p, limit: 20) { total items { enterprise { id name } score } } }";
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ["chainMap (park, firms, projects)", chainMapQ, v],
    ["gapReport", gapQ, v],
    ["targets", targetsQ, v],
    [`chainMap, fixed park`, chainMapQ, fv],
    [`gapReport, fixed park`, gapQ, fv],
    [`targets, fixed park`, targetsQ, fv],
    ["search", "query ($t: String!) { search(text: $t, first: 20) { totalCount edges { node { id name } } } }", { t: "合成企业 000123" }],
    [
      "neighbourhood (park, depth 1)",
      "query ($p: ID!) { neighborhood(id: $p, depth: 1, limit: 200) { truncated nodes { id } } }",
      { p: scope.park },
    ],
  ];
  const rows: string[][] = [];
  for (const [name, query, vars] of cases) {
    const api: number[] = [];
    const inDb: number[] = [];
    let n = 0;
    let failed = "";
    for (let i = 0; i < runs + 3 && !failed; i++) {
      dbMs = 0;
      statements = 0;
      const t = performance.now();
      try {
        await gql(query, vars);
      } catch (e) {
        // A refusal at scale is a finding (e.g. MEMORY_LIMIT): recorded in the table, not fatal.
        failed = /"code":"(\w+)"/.exec(String(e))?.[1] ?? String(e).slice(0, 60);
        break;
      }
      const ms = performance.now() - t;
      if (i < 3) continue; // warm-up: plans, page cache
      api.push(ms);
      inDb.push(dbMs);
      n = statements;
    }
    if (failed) {
      rows.push([name, `refused: ${failed}`, "", "", String(statements), ""]);
      console.error(`${name}: refused (${failed})`);
      continue;
    }
    const a = q(api, 0.5);
    const d = q(inDb, 0.5);
    rows.push([name, a.toFixed(1), q(api, 0.99).toFixed(1), d.toFixed(1), String(n), (a / Math.max(d, 0.01)).toFixed(2)]);
    console.error(`${name}: p50 ${a.toFixed(1)} ms`);
  }
  const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;
  const cpu = os.cpus()[0]?.model ?? "unknown";
  const head = ["query", "API p50 ms", "API p99 ms", "in Neo4j p50 ms", "statements", "API / Neo4j"];
  const md = [
    `### Growth: ${scope.total} enterprises (${data}); park ${scope.park} (${scope.firms} firms), chain ${scope.chain} (${scope.gaps} segments without a firm there); ` +
      `fixed park ${fixed.park} (${fixed.firms} firms, nearest to ${FIXED_FIRMS}), chain ${fixed.chain} (${fixed.gaps} without)`,
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    `${runs} runs per query after 3 warm-ups, one at a time, in-process (app.fetch, production options). ` +
      `The targets index was built first, in ${indexSeconds.toFixed(1)} s. ` +
      `Peak RSS: bench process ${mb(process.resourceUsage().maxRSS * 1024)}, Neo4j JVM ${mb(rssOf(emb.pid))} ` +
      `(heap ${config.neo4j.mode === "embedded" ? config.neo4j.heap : "?"}, page cache ${config.neo4j.mode === "embedded" ? config.neo4j.pagecache : "?"}).`,
    "",
    `Machine: ${os.cpus().length} × ${cpu}, ${mb(os.totalmem())} RAM, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end (shared machine). ` +
      `Command: \`npx tsx bench/growth.ts --data ${data}${generate ? ` --generate ${generate}` : ""} --runs ${runs}${arg("--fixed-firms") ? ` --fixed-firms ${arg("--fixed-firms")}` : ""}\` at ${execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim()}.`,
    "",
  ].join("\n");
  console.log(md);
  const out = arg("--out");
  if (out) writeFileSync(path.resolve(root, out), md);
} finally {
  await ex.close();
  await db.stop();
}
