// What the HTTP benchmarks (bench/api-vs-floor.ts, bench/peer.ts) share: their command line, the
// signed-in request with retries for the warm-up, one autocannon cell, the bench park and chain,
// and the machine line under each table.
import { execSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { Served } from "./serve.js";
import { root } from "./serve.js";

const requireServer = createRequire(path.join(root, "server", "package.json"));
const autocannon = requireServer("autocannon") as typeof import("autocannon");
export const neo4j = requireServer("neo4j-driver") as typeof import("neo4j-driver");

export const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** --concurrency, --requests, --data (else a temporary folder, `temp`) and --sources. */
export function options(tempPrefix: string) {
  const temp = arg("--data") ? null : mkdtempSync(path.join(os.tmpdir(), tempPrefix));
  return {
    concurrencies: (arg("--concurrency") ?? "1,16,64").split(",").map(Number),
    perCell: Number(arg("--requests") ?? 100),
    temp,
    dataDir: arg("--data") ? path.resolve(root, arg("--data")!) : path.join(temp!, "graph"),
    sources: process.argv.includes("--sources"),
  };
}

export const quantile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

export const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;

export interface Endpoint {
  url: string;
  headers: Record<string, string>;
}

/** Our /graphql signed in as the admin (a session token, as the app is). */
export async function signedIn(served: Served): Promise<Endpoint> {
  const res = await fetch(`${served.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: 'mutation ($p: String!) { signIn(username: "admin", password: $p) { token } }',
      variables: { p: served.adminPassword },
    }),
  });
  const token = ((await res.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
  return { url: `${served.url}/graphql`, headers: { "content-type": "application/json", authorization: `Bearer ${token}` } };
}

/**
 * One request for the check and the warm-up. The first requests meet a cold page cache; on a
 * loaded machine one may time out: retried here only (a measured request that fails stops the run).
 */
export async function gql(to: Endpoint, query: string, variables: Record<string, unknown>, tries = 3): Promise<any> {
  const res = await fetch(to.url, { method: "POST", headers: to.headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { retryable?: boolean } }> };
  if (body.errors?.every((e) => e.extensions?.retryable) && tries > 1) return gql(to, query, variables, tries - 1);
  if (body.errors) throw new Error(`${to.url}: ${JSON.stringify(body.errors).slice(0, 800)}`);
  return body.data;
}

/** `n` requests with `connections` open at once; every latency, and requests per second. */
export async function cell(to: Endpoint, body: string, connections: number, n: number, name: string) {
  const lat: number[] = [];
  let bad = 0;
  const t = performance.now();
  const instance = autocannon({
    url: to.url,
    method: "POST",
    headers: to.headers,
    body,
    connections,
    amount: n,
    timeout: 120,
    // A GraphQL error comes with status 200: counted as a mismatch.
    verifyBody: (b: string) => !b.includes('"errors"'),
  });
  // Throughput over first request to last response: autocannon's own run time ends on its next
  // one-second tick, which made every short cell read 20 or 40 req/s whatever the latency.
  let last = t;
  instance.on("response", (_client, status, _bytes, ms) => {
    last = performance.now();
    if (status === 200) lat.push(ms);
    else bad++;
  });
  const result = await instance;
  if (bad > 0 || result.errors > 0 || result.timeouts > 0 || result.mismatches > 0) {
    throw new Error(`${name} at ${connections}: ${bad} non-200, ${result.mismatches} GraphQL errors, ${result.errors} failed`);
  }
  const secs = (last - t) / 1000;
  return { lat, secs, rps: lat.length / secs };
}

/**
 * The bench park and chain: the park named by --park and its first chain; else the synthetic
 * graph's busiest park and its first chain; on the seeds, the park and chain with the most firms
 * mapped to that chain's segments. Returns park, chain, total (every enterprise) and the extra
 * columns (`extra`, Cypher over p and c). (At 100k the busiest park has more firms in its chain
 * than the peer comparison's 500-firm map holds: --park names a smaller one.)
 */
export const benchScope = (extra: string) => `CALL () {
    MATCH (p:Park {id: ${JSON.stringify(arg("--park") ?? "")}})-[:GROWS]->(c:Chain) RETURN p, c ORDER BY c.id LIMIT 1
    UNION
    MATCH (p:Park {id: 'syn.park0001'})-[:GROWS]->(c:Chain) RETURN p, c ORDER BY c.id LIMIT 1
    UNION
    MATCH (p:Park)<-[:LOCATED_IN]-(:Enterprise)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(c:Chain)
    WHERE NOT p.id STARTS WITH 'syn.'
    WITH p, c, count(*) AS n ORDER BY n DESC, p.id, c.id LIMIT 1 RETURN p, c
  }
  WITH p, c LIMIT 1
  RETURN p.id AS park, c.id AS chain, COLLECT { MATCH (e:Enterprise) RETURN count(e) }[0] AS total, ${extra}`;

/** The line under each table: the machine, its load, the command and the commit. */
export const machine = (command: string) =>
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}, ${mb(os.totalmem())} RAM, Node ${process.version}, ` +
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ")} at the end (shared machine). ` +
  `Command: \`${command}\` at ${execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim()}.`;
