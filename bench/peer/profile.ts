// Where the time of each pair of bench/peer.ts goes, one request at a time, in-process (no HTTP,
// no concurrency): our API (production options, app.fetch) with every statement it ran (name,
// ms, rows), beside the peer's whole request (graphql execute on the @neo4j/graphql schema).
//
//   npx tsx bench/peer/profile.ts --data .data/synthetic-10k [--runs 20]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { peerCases } from "./cases.js";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = path.resolve(import.meta.dirname, "..", "..");
if (!arg("--data")) throw new Error("usage: npx tsx bench/peer/profile.ts --data <folder> [--runs 20]");
process.env.NEO4J_DATA_DIR = path.resolve(root, arg("--data")!);
const runs = Number(arg("--runs") ?? 20);
const requireServer = createRequire(path.join(root, "server", "package.json"));
const { Neo4jGraphQL } = requireServer("@neo4j/graphql") as typeof import("@neo4j/graphql");
const { graphql } = requireServer("graphql") as typeof import("graphql");
const neo4j = requireServer("neo4j-driver") as typeof import("neo4j-driver");
const { loadConfig } = await import("../../server/src/config.js");
const { connectGraph } = await import("../../server/src/db/connect.js");
const { Executor } = await import("../../server/src/db/executor.js");
const { createApp } = await import("../../server/src/yoga.js");

const db = await connectGraph(loadConfig(), () => {});
const emb = db.embedded!;
let log: Array<{ name: string; ms: number; rows?: number }> = [];
const ex = Executor.connect({ uri: emb.uri, username: emb.username, password: emb.password, onQuery: (e) => log.push(e) });
const driver = neo4j.driver(emb.uri, neo4j.auth.basic(emb.username, emb.password));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const app = createApp({
    executor: ex,
    authExecutor: ex,
    production: true,
    viewerFor: () => ({ role: "viewer", userId: "bench", name: "bench" }),
  });
  const schema = await new Neo4jGraphQL({
    typeDefs: readFileSync(path.join(import.meta.dirname, "type-defs.graphql"), "utf8"),
    driver,
  }).getSchema();
  const [scope] = await ex.read<{ park: string; chain: string }>({
    name: "bench scope",
    text: `CALL () { MATCH (p:Park {id: 'syn.park0001'})-[:GROWS]->(c:Chain) RETURN p, c ORDER BY c.id LIMIT 1
         UNION MATCH (p:Park)<-[:LOCATED_IN]-(:Enterprise)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(c:Chain) WHERE NOT p.id STARTS WITH 'syn.'
         WITH p, c, count(*) AS n ORDER BY n DESC, p.id, c.id LIMIT 1 RETURN p, c }
       WITH p, c LIMIT 1 RETURN p.id AS park, c.id AS chain`,
  });
  for (const c of peerCases({ park: scope!.park, chain: scope!.chain, search: arg("--search") ?? "山东" })) {
    const ours: number[] = [];
    const peer: number[] = [];
    const statements = new Map<string, number[]>();
    let retries = 0;
    for (let i = 0; i < runs + 3; i++) {
      log = [];
      let t = performance.now();
      const res = await app.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: c.ours.query, variables: c.ours.variables }),
      });
      const body = (await res.json()) as { errors?: unknown };
      // A cold first request may time out on a loaded machine: the warm-up runs are retried.
      if (body.errors && i < 3 && retries++ < 5) {
        i--;
        continue;
      }
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      if (i >= 3) ours.push(performance.now() - t);
      if (i >= 3) for (const e of log) statements.set(e.name, [...(statements.get(e.name) ?? []), e.ms]);
      t = performance.now();
      const r = await graphql({ schema, source: c.peer.query, variableValues: c.peer.variables, contextValue: {} });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      if (i >= 3) peer.push(performance.now() - t);
    }
    console.log(
      `\n${c.name}: ours p50 ${median(ours).toFixed(1)} ms, peer p50 ${median(peer).toFixed(1)} ms (${runs} runs each, alternating)`,
    );
    for (const [name, ms] of statements) console.log(`  ours ${name}: ${ms.length / runs} per request, p50 ${median(ms).toFixed(1)} ms`);
  }
} finally {
  await driver.close();
  await ex.close();
  await db.stop();
}
