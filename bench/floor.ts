// The floor of the API-vs-floor benchmark (bench/api-vs-floor.ts): each query's answer fetched
// by hand-written Cypher through neo4j-driver, as a user of the database would write it — as few
// statements as natural, each an auto-commit query in one read session — and the GraphQL request that asks for the
// same answer. The gap and target rules are the app's own pure functions (server/src/domain/, no
// I/O): both sides apply the same rules, so what differs is only how the rows get there (round
// trips, GraphQL, auth, HTTP). `same` reduces either answer to what must agree (ids, statuses,
// scores), for the equality check that keeps the floor honest.
import {
  completeness,
  gapSegments,
  type EnterpriseEvidenceRow,
  type ProjectEvidenceRow,
  type SegmentInfo,
} from "../server/src/domain/gap.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sortEvidence, targetCandidateParams, targetPlaces } from "../server/src/data/analysis.js";
import { filterTargets, rankTargets, type CandidateRow } from "../server/src/domain/targets.js";

/** The part of neo4j-driver this file uses (loaded from server/node_modules by the caller). */
export interface Tx {
  run(text: string, params?: Record<string, unknown>): Promise<{ records: Array<{ get(key: string): unknown }> }>;
}
export type ReadTx = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

export interface Scope {
  chain: string;
  park: string;
  search: string;
  /** The same text as Lucene syntax, as a user would type it into db.index.fulltext.queryNodes. */
  lucene: string;
}

export interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The API's `data`, reduced to what must agree. */
  fromApi: (data: any) => unknown;
  /** The floor: its statements in one read session, reduced the same way. */
  raw: (read: ReadTx) => Promise<unknown>;
}

const one = async (tx: Tx, text: string, params: Record<string, unknown>) => {
  const r = await tx.run(text, params);
  const rec = r.records[0];
  return (key: string) => rec?.get(key) as any;
};

// Segments, flows, the scope's parks (the park and its sub-parks) and the local evidence: one
// statement (chainMap and gapReport; targets reads the server's chain map, below).
const chainInPark = `
MATCH (c:Chain {id: $chain}), (root:Park {id: $park})
WITH c, root, COLLECT { MATCH (q:Park)-[:SUB_PARK_OF*0..]->(root) RETURN DISTINCT q.id } AS parkIds
RETURN parkIds,
  COLLECT { MATCH (s:Segment)-[:OF_CHAIN]->(c) OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(par:Segment)
            RETURN s {.id, .name, .stage, .order, parentId: par.id} ORDER BY s.order } AS segments,
  COLLECT { MATCH (c)<-[:OF_CHAIN]-(a:Segment)-[:FEEDS]->(b:Segment) RETURN [a.id, b.id] AS f
            UNION MATCH (c)<-[:OF_CHAIN]-(b:Segment)<-[:FEEDS]-(a:Segment) RETURN [a.id, b.id] AS f } AS flows,
  COLLECT { MATCH (p:Park)<-[:LOCATED_IN]-(e:Enterprise)-[m:IN_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c) WHERE p.id IN parkIds
            RETURN {parkId: p.id, segmentId: s.id, inferred: coalesce(m.inferred, false), enterprise: e {.id, .name}, evidenceFrom: 'founded'}
            ORDER BY e.id, s.id } AS firms,
  COLLECT { MATCH (p:Park)<-[:IN_PARK]-(j:Project)-[m:FOR_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c) WHERE p.id IN parkIds
            OPTIONAL MATCH (j)-[:BY]->(inv:Enterprise)
            RETURN {parkId: p.id, segmentId: s.id, inferred: coalesce(m.inferred, false), project: j {.id, .name, .status}, investorId: inv.id}
            ORDER BY j.id, s.id } AS projects`;

async function gapsInPark(tx: Tx, s: Scope) {
  const g = await one(tx, chainInPark, { chain: s.chain, park: s.park });
  const segments = g("segments") as SegmentInfo[];
  const gaps = gapSegments(segments, g("firms") as EnterpriseEvidenceRow[], g("projects") as ProjectEvidenceRow[], null);
  return { g, segments, gaps };
}

// The targets ranked in the database from the segments that can match a gap, the first 20 (with
// ties) as full rows and the total: the server's own statements (cypher/api/chain-map with the
// places around the park, then analysis/target-candidates), since hand-written ones would be the
// same queries (they replaced reading every candidate, issue 15).
const cypher = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../cypher/${name}.cypher`), "utf8");
const chainMapWithPlaces = cypher("api/chain-map");
const candidates = cypher("analysis/target-candidates");

const sortBy = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** The five queries of issue 15 for one chain, park and search text. */
export function cases(s: Scope): Case[] {
  const v = { c: s.chain, p: s.park };
  const nodeKey = (n: { id: string; kind: string; status: string | null }) => `${n.kind}:${n.id}:${n.status ?? ""}`;
  return [
    {
      name: "chainMap (park, firms, projects)",
      query:
        "query ($c: ID!, $p: ID) { chainMap(chainId: $c, parkId: $p, includeEnterprises: true, includeProjects: true, enterpriseLimit: 500) { truncated nodes { id kind status } edges { id } } }",
      variables: v,
      fromApi: (d) => ({
        truncated: d.chainMap.truncated,
        nodes: d.chainMap.nodes.map(nodeKey).sort(),
        edges: d.chainMap.edges.map((e: { id: string }) => e.id).sort(),
      }),
      raw: (read) =>
        read(async (tx) => {
          const { g, segments, gaps } = await gapsInPark(tx, s);
          const status = new Map(gaps.map((x) => [x.segment.id, x.status]));
          const nodes = segments.map((x) => nodeKey({ id: x.id, kind: "segment", status: status.get(x.id) ?? null }));
          const have = new Set(segments.map((x) => x.id));
          const edges: string[] = [];
          for (const [a, b] of g("flows") as Array<[string, string]>) {
            for (const end of [a, b]) if (!have.has(end) && have.add(end)) nodes.push(`external_segment:${end}:`);
            edges.push(`${a}->${b}`);
          }
          // Members mapped straight to a segment that count (not EXCLUDED), each drawn once.
          const seen = new Set<string>();
          let truncated = false;
          for (const [kind, link, members] of [
            ["enterprise", "IN_SEGMENT", gaps.flatMap((x) => x.enterprises.map((m) => [x.segment.id, m.enterprise.id, m] as const))],
            ["project", "FOR_SEGMENT", gaps.flatMap((x) => x.projects.map((m) => [x.segment.id, m.project.id, m] as const))],
          ] as const) {
            seen.clear();
            for (const [seg, id, m] of members) {
              if (m.segmentId !== seg || m.counts === "EXCLUDED") continue;
              if (!seen.has(id)) {
                if (seen.size >= 500) {
                  truncated = true;
                  continue;
                }
                seen.add(id);
                nodes.push(nodeKey({ id, kind, status: m.counts }));
              }
              edges.push(`${id}-${link}->${seg}`);
            }
          }
          return { truncated, nodes: nodes.sort(), edges: edges.sort() };
        }),
    },
    {
      name: "gapReport",
      query: "query ($c: ID!, $p: ID) { gapReport(chainId: $c, parkId: $p) { completeness { score present missing pipeline } } }",
      variables: v,
      fromApi: (d) => d.gapReport.completeness,
      raw: (read) =>
        read(async (tx) => {
          const { score, present, missing, pipeline } = completeness((await gapsInPark(tx, s)).gaps);
          return { score, present, missing, pipeline };
        }),
    },
    {
      name: "targets",
      query: "query ($c: ID!, $p: ID) { targets(chainId: $c, parkId: $p, limit: 20) { total items { enterprise { id } score } } }",
      variables: v,
      fromApi: (d) => ({ total: d.targets.total, items: d.targets.items.map((i: any) => `${i.enterprise.id}:${i.score}`) }),
      raw: (read) =>
        read(async (tx) => {
          const rows = (
            await tx.run(chainMapWithPlaces, {
              chainId: s.chain,
              scope: { kind: "park", id: s.park },
              withFlows: false,
              places: { filterProvinceId: null },
            })
          ).records.map((r) => ({ kind: r.get("kind") as string, row: r.get("row") as any }));
          const head = rows.find((r) => r.kind === "head")!.row;
          const ev = sortEvidence(rows);
          const segments = head.segments as SegmentInfo[];
          const gaps = gapSegments(segments, ev.enterprises, ev.projects, null);
          const gapIds = gaps.filter((x) => x.status !== "PRESENT" || x.inferredOnly).map((x) => x.segment.id);
          const parentOf = new Map(segments.map((x) => [x.id, x.parentId ?? null]));
          const scope = { id: s.park, parkIds: head.parkIds, cityId: head.cityId, provinceId: head.provinceId, neighbourProvinceIds: head.neighbourProvinceIds };
          const places = targetPlaces(rows.filter((r) => r.kind === "place").map((r) => r.row));
          const top = await one(tx, candidates, targetCandidateParams(s.chain, scope, gapIds, parentOf, {}, 20, places));
          const ranked = filterTargets(rankTargets(gapIds, parentOf, (top("rows") ?? []) as CandidateRow[], new Set(), scope), {});
          return {
            total: gapIds.length ? (top("total") ?? 0) : 0,
            items: ranked.slice(0, 20).map((r) => `${r.candidate.enterprise.id}:${r.score}`),
          };
        }),
    },
    {
      name: `search "${s.search}"`,
      query: "query ($t: String!) { search(text: $t, first: 20) { totalCount edges { node { id } } } }",
      variables: { t: s.search },
      fromApi: (d) => ({ total: d.search.totalCount, ids: d.search.edges.map((e: any) => e.node.id) }),
      raw: (read) =>
        read(async (tx) => {
          const g = await one(
            tx,
            // The API's answer: the index's best 10,001 hits (a top-k in Lucene), sorted by score
            // and id, counted up to 10,000 and the first 20 shown.
            `CALL db.index.fulltext.queryNodes('name_search', $q, {limit: 10001}) YIELD node, score
             WITH node, score ORDER BY score DESC, node.id
             WITH collect(node.id) AS ids
             RETURN CASE WHEN size(ids) > 10000 THEN 10000 ELSE size(ids) END AS total, ids[..20] AS page`,
            { q: s.lucene },
          );
          return { total: g("total"), ids: g("page") as string[] };
        }),
    },
    {
      name: "neighbourhood (park, depth 1)",
      query: "query ($p: ID!) { neighborhood(id: $p, depth: 1, limit: 200) { truncated nodes { id } edges { source target type } } }",
      variables: { p: s.park },
      fromApi: (d) => ({
        truncated: d.neighborhood.truncated,
        nodes: d.neighborhood.nodes.map((n: { id: string }) => n.id).sort(),
        edges: d.neighborhood.edges.map((e: any) => `${e.source}-${e.type}->${e.target}`).sort(),
      }),
      raw: (read) =>
        read(async (tx) => {
          const g = await one(
            tx,
            `MATCH (a:Entity {id: $id})
             WITH a, COLLECT { MATCH (a)--(b:Region|Chain|Segment|Park|Enterprise|Project|Institution) RETURN DISTINCT b ORDER BY b.id LIMIT 200 } AS bs
             WITH [a] + bs[..199] AS ns, size(bs) > 199 AS truncated
             RETURN truncated, [n IN ns | n {.id, .name}] AS nodes,
               COLLECT { UNWIND ns AS x MATCH (x)-[r]->(y) WHERE y IN ns RETURN x.id + '-' + type(r) + '->' + y.id } AS edges`,
            { id: s.park },
          );
          return {
            truncated: g("truncated"),
            nodes: (g("nodes") as Array<{ id: string }>).map((n) => n.id).sort(),
            edges: sortBy(g("edges") as string[], (x) => x),
          };
        }),
    },
  ];
}
