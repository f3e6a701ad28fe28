// Client tour (issue 15): every query the client sends (its documents in client/src/gql/gql.ts,
// fragments included), and the API's filtered firm and project lists that portals and analysts
// call (`Api…` rows, one per way in: no filter, each filter that can start the read, and a filter
// that cannot), against a synthetic national graph, through the GraphQL API in-process
// with production options. One warm-up, then the median of --runs; the statements each made and
// the time they spent in Neo4j beside it. The growth benchmark follows five queries as the graph
// grows; this one asks whether every screen still answers on it, and how fast.
//
//   npx tsx bench/tour.ts --data /work/off-1m [--runs 3] [--fixed-firms 126] [--only A,B] [--out file.md]
//
// --only keeps the named operations (e.g. --only HomeParks,ScopeOptions) for a quick re-measure.
//
// The park is the synthetic park with a chain whose firm count is nearest to --fixed-firms (the
// growth benchmark's fixed park, bench/pick.ts); its province is the region asked about. Exits 1
// when an operation answers with an error: a screen that breaks on a big graph is a finding.
import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { arg, mb } from "./harness.js";
import { hwm } from "./serve.js";

const data = arg("--data");
if (!data) {
  console.error("usage: npx tsx bench/tour.ts --data <synthetic folder> [--runs 3] [--fixed-firms 126] [--only A,B] [--out file.md]");
  process.exit(1);
}
const runs = Number(arg("--runs") ?? 3);
const only = arg("--only")?.split(",");
const root = path.resolve(import.meta.dirname, "..");
process.env.NEO4J_DATA_DIR = path.resolve(root, data);
const { loadConfig } = await import("../server/src/config.js");
const { connectGraph } = await import("../server/src/db/connect.js");
const { Executor } = await import("../server/src/db/executor.js");
const { createApp } = await import("../server/src/yoga.js");
const { pickParkAndChain } = await import("./pick.js");

/** The client's query documents by operation name, each with the fragments it spreads. */
function clientQueries(): Array<{ name: string; text: string }> {
  const source = readFileSync(path.join(root, "client/src/gql/gql.ts"), "utf8");
  const docs = new Map<string, string>();
  for (const m of source.matchAll(/^ {4}"(\\n {2}(?:query|fragment)[^"]*)": types\.\w+,$/gm)) {
    const text = JSON.parse(`"${m[1]}"`) as string;
    const name = /^\s*(?:query|fragment)\s+(\w+)/.exec(text)![1]!;
    docs.set(name, text);
  }
  const withFragments = (text: string, seen = new Set<string>()): string => {
    let out = text;
    for (const [, f] of text.matchAll(/\.\.\.(\w+)/g)) {
      if (seen.has(f!) || !docs.has(f!)) continue;
      seen.add(f!);
      out += withFragments(docs.get(f!)!, seen);
    }
    return out;
  };
  return [...docs].filter(([, text]) => /^\s*query/.test(text)).map(([name, text]) => ({ name, text: withFragments(text) }));
}

const config = loadConfig();
const db = await connectGraph(config, () => {});
const emb = db.embedded!;
let dbMs = 0;
let statements = 0;
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
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let failures = 0;
try {
  const app = createApp({
    executor: ex,
    authExecutor: ex,
    production: true,
    viewerFor: () => ({ role: "admin", userId: "tour", name: "tour" }),
  });
  const ask = async (query: string, variables: Record<string, unknown>) => {
    const res = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    return { bytes: Buffer.byteLength(text), body };
  };
  const fixedFirms = Number(arg("--fixed-firms") ?? 20);
  const [pick] = await ex.read<{ park: string; chain: string; firms: number; total: number }>(
    {
      name: "bench/scope",
      text: pickParkAndChain("p.id STARTS WITH 'syn.park'", "COLLECT { MATCH (e:Enterprise) RETURN count(e) }[0] AS total"),
    },
    { fixed: fixedFirms },
  );
  if (!pick) throw new Error(`${data} holds no synthetic graph (npm run generate)`);
  const [ids] = await ex.read<Record<string, string | null>>(
    {
      name: "bench/tour-ids",
      text: `MATCH (p:Park {id: $park})
             RETURN COLLECT { MATCH (p)<-[:LOCATED_IN]-(e:Enterprise) RETURN e.id ORDER BY e.id LIMIT 1 }[0] AS firm,
               COLLECT { MATCH (p)<-[:IN_PARK]-(j:Project) RETURN j.id ORDER BY j.id LIMIT 1 }[0] AS project,
               COLLECT { MATCH (p)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r:Region {level: 'province'}) RETURN r.id LIMIT 1 }[0] AS province,
               COLLECT { MATCH (s:Segment)-[:OF_CHAIN]->(:Chain {id: $chain}) RETURN s.id ORDER BY s.order LIMIT 1 }[0] AS segment,
               COLLECT { MATCH (q:Park) WHERE q.id STARTS WITH 'syn.park' AND q <> p RETURN q.id ORDER BY q.id LIMIT 1 }[0] AS other`,
    },
    { park: pick.park, chain: pick.chain },
  );
  const { firm, project, province, segment, other } = ids!;
  const common = { id: pick.park, chainId: pick.chain, parkId: pick.park, limit: 20, first: 20 };
  // Variables per operation where the common ones do not fit; the text "合成企业" matches every
  // synthetic firm (the search window's worst case).
  const variables: Record<string, Record<string, unknown>> = {
    AnalystPickOptions: { segments: true },
    AnalystPickEnterprise: { text: "合成企业" },
    Cypher: { query: "MATCH (p:Park) RETURN count(p) AS parks" },
    SegmentGap: { segmentId: segment },
    CompareParks: { parkIds: [pick.park, other] },
    NodeDetail: { id: firm },
    SegmentPublic: { id: segment },
    EditEnterpriseSearch: { text: "合成企业" },
    EditEnterprise: { id: firm },
    EditProject: { id: project },
    NodeChanges: { targetId: firm },
    ChainSources: { id: pick.chain },
    ExploreNeighborhood: { id: pick.park, depth: 1, limit: 200 },
    ExplorePaths: { from: pick.park, to: firm, maxLength: 4, limit: 5 },
    AuditLog: { first: 20 },
    FiveLists: { id: pick.park, chainId: pick.chain },
    ProjectReview: { id: pick.park, chainId: pick.chain },
    RegionOverview: { id: province },
    Search: { text: "合成企业", first: 10 },
    // The paged park lists as they open: the start page, the park chooser and the park selects
    // over every park, the chain map's picker over the chain's parks (its page of 100).
    HomeParks: { first: 50, chainId: null },
    ParkChoices: { first: 50, chainId: null },
    ScopeOptions: { first: 100 },
    ParkOptions: { first: 100, chainId: null },
    WidgetChainMap: { chainId: pick.chain, parkId: pick.park, scoped: true },
  };
  // The API's own lists (no client screen asks them): each filter that starts the read, none, and
  // one that must read every node of the label.
  const PAGE = "totalCount edges { node { id } }";
  const apiQueries = [
    ["ApiEnterprises", `{ enterprises(first: 20) { ${PAGE} } }`],
    ["ApiEnterprisesPark", `query ($parkId: ID) { enterprises(parkId: $parkId, first: 20) { ${PAGE} } }`],
    ["ApiEnterprisesSegment", `query ($segmentId: ID) { enterprises(segmentId: $segmentId, first: 20) { ${PAGE} } }`],
    ["ApiEnterprisesChain", `query ($chainId: ID) { enterprises(chainId: $chainId, first: 20) { ${PAGE} } }`],
    ["ApiEnterprisesRegion", `query ($regionId: ID) { enterprises(regionId: $regionId, first: 20) { ${PAGE} } }`],
    ["ApiEnterprisesRole", `{ enterprises(role: LEADING, first: 20) { ${PAGE} } }`],
    ["ApiProjects", `{ projects(first: 20) { ${PAGE} } }`],
    ["ApiProjectsPark", `query ($parkId: ID) { projects(parkId: $parkId, first: 20) { ${PAGE} } }`],
    ["ApiProjectsChain", `query ($chainId: ID) { projects(chainId: $chainId, first: 20) { ${PAGE} } }`],
    ["ApiProjectsStatus", `{ projects(status: [CONSTRUCTION], first: 20) { ${PAGE} } }`],
  ].map(([name, text]) => ({ name: name!, text: text! }));
  Object.assign(variables, {
    ApiEnterprisesSegment: { segmentId: segment },
    ApiEnterprisesRegion: { regionId: province },
  });
  // Needs a saved query's id and its parameters: the analyst tests cover it on the seeds.
  const skipped = new Set(["RunSavedQuery"]);
  const rows: string[][] = [];
  for (const { name, text } of [...clientQueries(), ...apiQueries]) {
    if (skipped.has(name) || (only && !only.includes(name))) continue;
    const vars = { ...common, ...variables[name] };
    const times: number[] = [];
    const inDb: number[] = [];
    let bytes = 0;
    let n = 0;
    let error = "";
    for (let i = 0; i <= runs && !error; i++) {
      dbMs = 0;
      statements = 0;
      const t = performance.now();
      const res = await ask(text, vars);
      const ms = performance.now() - t;
      if (res.body.errors?.length) {
        error = res.body.errors.map((e) => `${e.extensions?.code ?? "?"}: ${e.message}`).join("; ");
        break;
      }
      if (i === 0) continue; // warm-up
      times.push(ms);
      inDb.push(dbMs);
      bytes = res.bytes;
      n = statements;
    }
    if (error) {
      failures++;
      rows.push([name, `error: ${error.slice(0, 120)}`, "", "", ""]);
      console.error(`${name}: ${error}`);
      continue;
    }
    rows.push([name, median(times).toFixed(0), median(inDb).toFixed(0), String(n), (bytes / 1024).toFixed(1)]);
    console.error(`${name}: ${median(times).toFixed(0)} ms`);
  }
  const head = ["operation", "API median ms", "Neo4j ms (statements summed)", "statements", "answer kB"];
  const rev = (() => {
    try {
      return execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim();
    } catch {
      return "?";
    }
  })();
  const md = [
    `### Client tour: ${pick.total} enterprises (${data}); park ${pick.park} (${pick.firms} firms), chain ${pick.chain}, province ${province}`,
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    `${only ? `The operations ${only.join(", ")}` : `Every query document of the client but ${[...skipped].join(", ")}, and the API's lists (Api…)`}, as an admin; 1 warm-up, median of ${runs}, one at a time, in-process (app.fetch, production options).`,
    "",
    `Peak RSS: this process (the API in-process) ${mb(process.resourceUsage().maxRSS * 1024)}, Neo4j JVM ${mb(hwm(emb.pid))}.`,
    "",
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}, ${Math.round(os.totalmem() / 2 ** 20)} MB RAM, Node ${process.version}, ` +
      `load average ${os.loadavg()[0]!.toFixed(1)} at the end. Command: \`npx tsx bench/tour.ts --data ${data} --runs ${runs} --fixed-firms ${fixedFirms}${only ? ` --only ${only.join(",")}` : ""}\` at ${rev}.`,
  ].join("\n");
  console.log(md);
  const out = arg("--out");
  if (out) writeFileSync(path.resolve(root, out), `${md}\n`);
} finally {
  await ex.close();
  await db.stop();
}
if (failures) {
  console.error(`${failures} operation(s) answered with an error`);
  process.exit(1);
}
