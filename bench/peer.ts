// Against the peer users would pick (issue 15): our compiled production server against the Neo4j
// GraphQL Library (@neo4j/graphql 7, bench/peer/type-defs.graphql) served by graphql-yoga in a
// process of its own, both over HTTP on loopback, on the SAME database, interleaved in one run at
// several concurrencies (autocannon). Each pair (bench/peer/cases.ts) is first checked to give
// the same answer; a mismatch stops the run.
//
//   npx tsx bench/peer.ts                                          (a temporary seeded folder)
//   npx tsx bench/peer.ts --data .data/synthetic-10k --out bench/results/peer-10k.md
//   options: --concurrency 1,16,64  --requests 100 (per side and cell; at least 2 × concurrency)
//            --park <id> (the park measured, its first chain; default: the busiest synthetic park)
//            --search 宁波 (the name fragment; default: the commonest two-character start of a real firm's name)
//            --sources (server/src through tsx, NODE_ENV=production: CI's check that the script still runs)
//
// Ours is signed in (a session token, as the app is); the peer has no auth at all. Both share
// the machine with the JVM and with this process, which runs autocannon for both.
import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { arg, benchScope, cell as measureCell, gql as request, machine, mb, neo4j, options, quantile, signedIn } from "./harness.js";
import { peerCases, type PeerScope } from "./peer/cases.js";
import { buildServer, freePort, hwm, root, serve, terminate } from "./serve.js";

const { concurrencies, perCell, temp, dataDir, sources } = options("chain-graph-bench-peer-");
if (!sources) buildServer();

console.error(`starting our server on ${arg("--data") ?? "a temporary seeded folder"} …`);
const started = performance.now();
const served = await serve(dataDir, { sources });
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
console.error(`our server up in ${seconds()} s`);
// Its targets index is built in the background after the start: not while the peer is measured.
await served.indexed;
const peerPort = await freePort();
const peer = spawn(process.execPath, ["--import", "tsx", path.join(root, "bench", "peer", "server.ts")], {
  cwd: path.join(root, "server"),
  env: { ...process.env, NODE_ENV: "production", PEER_BOLT_URI: served.boltUri, PEER_PASSWORD: served.password, PORT: String(peerPort) },
  stdio: ["ignore", "pipe", "pipe"],
});
// Stopped with this process however it ends (serve() handles Ctrl-C by exiting).
process.once("exit", () => peer.kill("SIGTERM"));
const peerOutput: string[] = [];
const peerUrl = await new Promise<string>((resolve, reject) => {
  const onData = (chunk: Buffer) => {
    peerOutput.push(chunk.toString());
    if (peerOutput.join("").includes("peer is running")) resolve(`http://127.0.0.1:${peerPort}/graphql`);
  };
  peer.stdout!.on("data", onData);
  peer.stderr!.on("data", onData);
  peer.once("exit", (code) => reject(new Error(`the peer exited (${code}):\n${peerOutput.join("")}`)));
}).catch(async (e) => {
  await served.stop();
  throw e;
});
console.error(`peer up at ${peerUrl} (${seconds()} s)`);
const driver = neo4j.driver(served.boltUri, neo4j.auth.basic("neo4j", served.password), { disableLosslessIntegers: true });

let failed = false;
try {
  const sides = { ours: await signedIn(served), peer: { url: peerUrl, headers: { "content-type": "application/json" } } };
  const gql = (side: keyof typeof sides, query: string, variables: Record<string, unknown>) => request(sides[side], query, variables);

  // The bench park and chain of bench/api-vs-floor.ts; the search text from the real (seeded)
  // firms: the commonest two-character start of their names, among those no more than a page of firms share.
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const scope = await session
    .executeRead((tx) =>
      tx.run(
        benchScope(
          `COLLECT { MATCH (e:Enterprise) WHERE NOT e.id STARTS WITH 'syn.' WITH left(e.name, 2) AS t, count(*) AS n
                     WHERE n <= 20 RETURN t ORDER BY n DESC, t LIMIT 1 }[0] AS search`,
        ),
      ),
    )
    .finally(() => session.close());
  const rec = scope.records[0]!;
  const s: PeerScope = { chain: rec.get("chain"), park: rec.get("park"), search: arg("--search") ?? rec.get("search") };
  const cases = peerCases(s);

  for (const c of cases) {
    const ours = c.ours.reduce(await gql("ours", c.ours.query, c.ours.variables));
    const theirs = c.peer.reduce(await gql("peer", c.peer.query, c.peer.variables));
    if (!isDeepStrictEqual(ours, theirs)) {
      throw new Error(
        `${c.name}: ours and the peer disagree\nours: ${JSON.stringify(ours).slice(0, 2000)}\npeer: ${JSON.stringify(theirs).slice(0, 2000)}`,
      );
    }
    for (let i = 0; i < 3; i++)
      await Promise.all([gql("ours", c.ours.query, c.ours.variables), gql("peer", c.peer.query, c.peer.variables)]);
    console.error(`${c.name}: same answer (${JSON.stringify(ours).length} characters reduced)`);
  }

  const measure = (side: keyof typeof sides, body: string, conc: number, n: number, name: string) =>
    measureCell(sides[side], body, conc, n, `${side}, ${name}`);

  console.error(`checked and warmed up (${seconds()} s)`);
  const rows: string[][] = [];
  let cell = 0;
  for (const c of cases) {
    const oursBody = JSON.stringify({ query: c.ours.query, variables: c.ours.variables });
    const peerBody = JSON.stringify({ query: c.peer.query, variables: c.peer.variables });
    for (const conc of concurrencies) {
      const n = Math.max(perCell, 2 * conc);
      const runOurs = () => measure("ours", oursBody, conc, n, c.name);
      const runPeer = () => measure("peer", peerBody, conc, n, c.name);
      // Alternate which side goes first, so a burst of other load does not always hit the same side.
      const [ours, theirs] =
        cell++ % 2 === 0 ? [await runOurs(), await runPeer()] : await runPeer().then(async (p) => [await runOurs(), p]);
      const o50 = quantile(ours.lat, 0.5);
      const p50 = quantile(theirs.lat, 0.5);
      rows.push([
        c.name,
        String(conc),
        o50.toFixed(1),
        quantile(ours.lat, 0.99).toFixed(1),
        p50.toFixed(1),
        quantile(theirs.lat, 0.99).toFixed(1),
        (o50 / p50).toFixed(2),
        ours.rps.toFixed(0),
        theirs.rps.toFixed(0),
        (ours.rps / theirs.rps).toFixed(2),
      ]);
      console.error(`${c.name} × ${conc}: ours p50 ${o50.toFixed(1)} ms, peer p50 ${p50.toFixed(1)} ms`);
    }
  }

  const rss = served.peakRss();
  const head = [
    "query",
    "concurrency",
    "ours p50 ms",
    "ours p99 ms",
    "peer p50 ms",
    "peer p99 ms",
    "ours / peer p50",
    "ours req/s",
    "peer req/s",
    "ours / peer req/s",
  ];
  const command = `npx tsx bench/peer.ts${arg("--data") ? ` --data ${arg("--data")}` : ""}${arg("--park") ? ` --park ${arg("--park")}` : ""}${sources ? " --sources" : ""}${arg("--search") ? ` --search ${arg("--search")}` : ""} --concurrency ${concurrencies.join(",")} --requests ${perCell}`;
  // The package's exports hide its package.json from require: read it from the folder.
  const version = (
    JSON.parse(readFileSync(path.join(root, "server", "node_modules", "@neo4j", "graphql", "package.json"), "utf8")) as { version: string }
  ).version;
  const md = [
    `### Ours vs @neo4j/graphql ${version}: ${rec.get("total")} enterprises (${arg("--data") ?? "seeded, temporary folder"}), park ${s.park}, chain ${s.chain}`,
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i < 2 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    `Ours: ${sources ? "the server from its sources (tsx)" : "the compiled server"}, NODE_ENV=production, signed in (a session token). ` +
      `Peer: @neo4j/graphql with graphql-yoga on node:http (bench/peer/server.ts through tsx), NODE_ENV=production, no auth, same Bolt URI. ` +
      `Both over HTTP on loopback, autocannon with N connections, max(${perCell}, 2 × N) requests per side and row, ` +
      `after a check that both give the same answer (bench/peer/cases.ts). Ours searches with its full-text index (name_search); ` +
      `the CONTAINS row's peer filters names and short names by substring, the @fulltext row's peer queries the same index.`,
    "",
    `Peak RSS: our server ${mb(rss.server)}, peer ${mb(hwm(peer.pid))}, Neo4j JVM ${mb(rss.neo4j)}.`,
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
  await terminate(peer, 10_000);
  await served.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
}
if (failed) process.exit(1);
