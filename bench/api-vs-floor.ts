// API vs floor (issue 15): chainMap (park, firms, projects), gapReport, targets, search and
// neighbourhood through the compiled production server over HTTP (autocannon), against the same
// answer fetched by hand-written Cypher through neo4j-driver (bench/floor.ts), interleaved in one
// run at several concurrencies. Each pair is first checked to give the same answer.
//
//   npx tsx bench/api-vs-floor.ts                                   (a temporary seeded folder)
//   npx tsx bench/api-vs-floor.ts --data .data/synthetic-10k --out bench/results/api-vs-floor-10k.md
//   options: --concurrency 1,16,64  --requests 100 (per side and cell; at least 2 × concurrency)
//            --park <id> (the park measured, its first chain; default: the busiest synthetic park)
//            --dist server/dist-before (a build of another commit; default: server/dist, compiled when stale)
//            --sources (server/src through tsx, NODE_ENV=production: CI's check that the script still runs)
//            --only neighbourhood,search (the queries whose names start so; default: all five)
//            --node-args "--max-semi-space-size=32" (flags for the compiled server's node)
//
// The floor is a concurrent loop in this process, no HTTP: it is what a program that talks to
// Neo4j itself pays, so the ratio includes everything the API adds (HTTP, GraphQL parsing and
// validation, auth, cost limits, extra round trips). Both sides share the machine with this
// process, which also runs autocannon; the sides alternate per cell so other load spreads over both.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { cases, type ReadTx, type Scope } from "./floor.js";
import { arg, benchScope, cell as measure, gql as request, machine, mb, neo4j, options, quantile, signedIn } from "./harness.js";
import { buildServer, root, serve } from "./serve.js";

const { concurrencies, perCell, temp, dataDir, sources } = options("chain-graph-bench-floor-");

// --dist: a build kept from another commit (e.g. server/dist-before), to measure before and after.
const dist = arg("--dist") ? path.resolve(root, arg("--dist")!) : undefined;
if (!dist && !sources) buildServer();
console.error(`starting the compiled server on ${arg("--data") ?? "a temporary seeded folder"} …`);
const started = performance.now();
const nodeArgs = arg("--node-args")?.split(" ").filter(Boolean);
const served = await serve(dataDir, { dist, sources, nodeArgs });
console.error(`server up in ${((performance.now() - started) / 1000).toFixed(0)} s`);
await served.indexed;
console.error(`targets index built ${((performance.now() - started) / 1000).toFixed(0)} s after the start`);
const driver = neo4j.driver(served.boltUri, neo4j.auth.basic("neo4j", served.password), { disableLosslessIntegers: true });
const session = () => driver.session({ defaultAccessMode: neo4j.session.READ });
// Each statement an auto-commit query in one read session: the quickest way the driver offers
// (no BEGIN or COMMIT round trip), and the way the server sends its reads (server/src/db/executor.ts).
const read: ReadTx = async (work) => {
  const s = session();
  try {
    return await work({ run: (text, params) => s.run(text, params) });
  } finally {
    await s.close();
  }
};
// CPU time of the server, the JVM and this process over one side's run: what a request costs the
// machine, beside how long it waits (at 16 and 64 the two cores are the limit, so the ratio of
// latencies follows the ratio of CPU per request).
const withCpu = async <T extends { lat: number[] }>(run: () => Promise<T>) => {
  const before = served.cpuMs();
  const self = process.cpuUsage();
  const result = await run();
  const after = served.cpuMs();
  const mine = process.cpuUsage(self);
  return { ...result, cpu: { server: after.server - before.server, neo4j: after.neo4j - before.neo4j, bench: (mine.user + mine.system) / 1000 } };
};
const perRequest = (cpu: { server: number; neo4j: number; bench: number }, n: number, api: boolean) => {
  const f = (ms: number) => (ms / n).toFixed(1);
  return api ? `${f(cpu.server + cpu.neo4j + cpu.bench)} = ${f(cpu.server)} + ${f(cpu.neo4j)} + ${f(cpu.bench)}` : `${f(cpu.neo4j + cpu.bench)} = ${f(cpu.neo4j)} + ${f(cpu.bench)}`;
};
let failed = false;
try {
  const endpoint = await signedIn(served);
  const gql = (query: string, variables: Record<string, unknown>) => request(endpoint, query, variables);

  // The bench park and chain (bench/harness.ts) and the name of one of the park's firms.
  const scope = await read(async (tx) => {
    const r = await tx.run(benchScope("COLLECT { MATCH (e:Enterprise)-[:LOCATED_IN]->(p) RETURN e.name ORDER BY e.id }[0] AS firm"));
    return r.records[0]!;
  });
  const synthetic = String(scope.get("park")).startsWith("syn.");
  const search = synthetic ? "合成企业 000123" : String(scope.get("firm")).slice(0, 2);
  const s: Scope = {
    chain: scope.get("chain") as string,
    park: scope.get("park") as string,
    search,
    lucene: synthetic ? "合成企业 OR 000123 OR 000123*" : `${search}`,
  };
  const only = arg("--only")?.split(",");
  const all = cases(s).filter((c) => !only || only.some((o) => c.name.startsWith(o)));
  if (all.length === 0) throw new Error(`--only ${arg("--only")}: no query's name starts so`);

  // The floor is honest only if it answers the same: checked once per pair (also a warm-up).
  for (const c of all) {
    const api = c.fromApi(await gql(c.query, c.variables));
    const raw = await c.raw(read);
    if (!isDeepStrictEqual(api, raw)) {
      throw new Error(
        `${c.name}: the API and the raw Cypher disagree\nAPI: ${JSON.stringify(api).slice(0, 1500)}\nraw: ${JSON.stringify(raw).slice(0, 1500)}`,
      );
    }
    // Warm-up beyond the check: query plans, JIT, connection pools.
    for (let i = 0; i < 3; i++) await Promise.all([gql(c.query, c.variables), c.raw(read)]);
    console.error(`${c.name}: same answer`);
  }

  const rows: string[][] = [];
  let cell = 0;
  for (const c of all) {
    const body = JSON.stringify({ query: c.query, variables: c.variables });
    for (const conc of concurrencies) {
      const n = Math.max(perCell, 2 * conc);
      const apiSide = () => withCpu(() => measure(endpoint, body, conc, n, c.name));
      const rawSide = () => withCpu(async () => {
        const lat: number[] = [];
        let next = 0;
        const t = performance.now();
        await Promise.all(
          Array.from({ length: conc }, async () => {
            while (next++ < n) {
              const t0 = performance.now();
              await c.raw(read);
              lat.push(performance.now() - t0);
            }
          }),
        );
        return { lat, secs: (performance.now() - t) / 1000 };
      });
      // Alternate which side goes first, so a burst of other load does not always hit the same side.
      const [api, raw] = cell++ % 2 === 0 ? [await apiSide(), await rawSide()] : await rawSide().then(async (r) => [await apiSide(), r]);
      const a50 = quantile(api.lat, 0.5);
      const r50 = quantile(raw.lat, 0.5);
      rows.push([
        c.name,
        String(conc),
        a50.toFixed(1),
        quantile(api.lat, 0.99).toFixed(1),
        r50.toFixed(1),
        quantile(raw.lat, 0.99).toFixed(1),
        (a50 / r50).toFixed(2),
        (api.lat.length / api.secs).toFixed(0),
        (raw.lat.length / raw.secs).toFixed(0),
        perRequest(api.cpu, api.lat.length, true),
        perRequest(raw.cpu, raw.lat.length, false),
      ]);
      console.error(`${c.name} × ${conc}: API p50 ${a50.toFixed(1)} ms, raw p50 ${r50.toFixed(1)} ms`);
    }
  }

  const rss = served.peakRss();
  const head = ["query", "concurrency", "API p50 ms", "API p99 ms", "raw p50 ms", "raw p99 ms", "API / raw p50", "API req/s", "raw req/s", "API CPU ms/req: server + JVM + bench", "raw CPU ms/req: JVM + bench"];
  const command = `npx tsx bench/api-vs-floor.ts${arg("--data") ? ` --data ${arg("--data")}` : ""}${arg("--park") ? ` --park ${arg("--park")}` : ""}${dist ? ` --dist ${arg("--dist")}` : ""}${sources ? " --sources" : ""}${only ? ` --only ${only.join(",")}` : ""}${nodeArgs ? ` --node-args "${nodeArgs.join(" ")}"` : ""} --concurrency ${concurrencies.join(",")} --requests ${perCell}`;
  const md = [
    `### API vs floor: ${scope.get("total")} enterprises (${arg("--data") ?? "seeded, temporary folder"}), park ${s.park}, chain ${s.chain}`,
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i < 2 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    `API: ${sources ? "the server from its sources (tsx)" : "the compiled server"}, NODE_ENV=production, over HTTP on loopback, autocannon with N connections, ` +
      `signed in (a session token). Raw: hand-written Cypher (bench/floor.ts) through neo4j-driver, each statement an auto-commit query in one read session, ` +
      `N concurrent loops in the benchmark process, no HTTP. max(${perCell}, 2 × N) requests per side and row after a check that both give the same answer.`,
    "",
    `CPU ms/req: the CPU time (user + system) each process used during the side's run, over its requests: the server's node process, ` +
      `the graph's JVM and this benchmark process (autocannon for the API, the floor's loops and driver for raw).`,
    "",
    `Peak RSS: server ${mb(rss.server)}, Neo4j JVM ${mb(rss.neo4j)}.`,
    "",
    machine(command),
    "",
  ].join("\n");
  console.log(md);
  const out = arg("--out");
  if (out) writeFileSync(path.resolve(root, out), md);
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await driver.close();
  await served.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
}
if (failed) process.exit(1);
