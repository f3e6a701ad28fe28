// The query pairs of bench/peer.ts: for each read the Neo4j GraphQL Library can express over our
// graph (bench/peer/type-defs.graphql), the request our API's client sends (client/src/features/
// */queries.ts) trimmed to the fields the peer returns, the peer's request for the same answer,
// and for each side a reduction to what must agree (ids, names, statuses, dates), for the check
// that both fetch the same answer before anything is timed.
import { luceneQuery } from "../../server/src/domain/search-text.js";

export interface PeerScope {
  chain: string;
  park: string;
  /** A fragment of enterprise names: ours and the peer's CONTAINS find the same firms for it. */
  search: string;
}

export interface Side {
  query: string;
  variables: Record<string, unknown>;
  /** The response's `data`, reduced to what must agree. */
  reduce: (data: any) => unknown;
}

export interface PeerCase {
  name: string;
  ours: Side;
  peer: Side;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/**
 * The peer has no variable-length filter: a park's scope (the park and its sub-parks, 一区多园) is
 * written out two levels deep, as deep as the seeded parks go (宁波高新区 → 北仑分园 → 大碶园区).
 * The equality check fails should a deeper tree appear.
 */
const inScope = (v: string) => ({
  OR: [
    { id: { eq: `$${v}` } },
    { parent: { some: { id: { eq: `$${v}` } } } },
    { parent: { some: { parent: { some: { id: { eq: `$${v}` } } } } } },
  ],
});
// GraphQL input literal from the object above, with $variables left unquoted.
const literal = (x: unknown): string =>
  typeof x === "string" && x.startsWith("$")
    ? x
    : Array.isArray(x)
      ? `[${x.map(literal).join(", ")}]`
      : typeof x === "object" && x !== null
        ? `{ ${Object.entries(x)
            .map(([k, v]) => `${k}: ${literal(v)}`)
            .join(", ")} }`
        : JSON.stringify(x);

const PROJECT_DATES = [
  ["signed", "signedOn"],
  ["fundsArrived", "fundsArrivedOn"],
  ["started", "startedOn"],
  ["toppedOut", "toppedOutOn"],
  ["trialProduction", "trialProductionOn"],
  ["inProduction", "inProductionOn"],
  ["fullCapacity", "fullCapacityOn"],
  ["completed", "completedOn"],
  ["lost", "lostOn"],
  ["plannedStart", "plannedStartOn"],
  ["plannedProduction", "plannedProductionOn"],
  ["plannedCompletion", "plannedCompletionOn"],
] as const;
const projectKey = (p: { id: string; name: string; status: string | null; statusAsOf: string | null }, dates: Array<string | null>) =>
  [p.id, p.name, p.status?.toLowerCase() ?? "", p.statusAsOf ?? "", ...dates.map((d) => d ?? "")].join("|");
const PEER_PROJECT = `id name status statusAsOf ${PROJECT_DATES.map(([, prop]) => prop).join(" ")}`;

/** Our search's page size: one page holds every hit of the bench's search text (checked). */
const SEARCH_PAGE = 50;

export function peerCases(s: PeerScope): PeerCase[] {
  const searchOurs: Side = {
    // The search box's query (features/search/queries.ts), firms only, trimmed to id and name.
    query: "query ($t: String!) { search(text: $t, first: 50, types: [ENTERPRISE]) { totalCount edges { node { id name } } } }",
    variables: { t: s.search },
    reduce: (d) => {
      if (d.search.totalCount > SEARCH_PAGE) throw new Error(`search "${s.search}": ${d.search.totalCount} hits, more than one page`);
      return { total: d.search.totalCount, hits: sorted(d.search.edges.map((e: any) => `${e.node.id}|${e.node.name}`)) };
    },
  };
  const searchPeer = (d: any) => ({ total: d.totalCount, hits: sorted(d.edges.map((e: any) => `${e.node.id}|${e.node.name}`)) });
  return [
    {
      name: "chain, segments, flows, park's firms per segment",
      ours: {
        // The chain map (features/chain-map/queries.ts) with the park's enterprises, trimmed.
        query:
          "query ($c: ID!, $p: ID) { chainMap(chainId: $c, parkId: $p, includeEnterprises: true, enterpriseLimit: 500) { truncated nodes { id kind label stage order } edges { source target type } } }",
        variables: { c: s.chain, p: s.park },
        reduce: (d) => {
          const m = d.chainMap;
          if (m.truncated) throw new Error("chainMap was truncated: the peer's answer has no limit");
          const nodes = (kind: string) => m.nodes.filter((n: any) => n.kind === kind);
          const edges = (type: string) => sorted(m.edges.filter((e: any) => e.type === type).map((e: any) => `${e.source}->${e.target}`));
          return {
            segments: sorted(nodes("segment").map((n: any) => `${n.id}|${n.label}|${String(n.stage).toLowerCase()}|${n.order}`)),
            external: sorted(nodes("external_segment").map((n: any) => `${n.id}|${n.label}`)),
            firms: sorted(nodes("enterprise").map((n: any) => `${n.id}|${n.label}`)),
            flows: edges("FEEDS"),
            members: edges("IN_SEGMENT"),
          };
        },
      },
      peer: {
        query: `query ($c: ID!, $p: ID!) { chains(where: { id: { eq: $c } }) { id segments(sort: [{ order: ASC }]) {
            id name stage order upstream { id name } downstream { id name }
            enterprises(where: { parks: { some: ${literal(inScope("p"))} } }) { id name } } } }`,
        variables: { c: s.chain, p: s.park },
        reduce: (d) => {
          const segs = d.chains[0].segments as any[];
          const own = new Set(segs.map((x) => x.id));
          const ends = segs.flatMap((x) => [...x.upstream, ...x.downstream]).filter((x: any) => !own.has(x.id));
          return {
            segments: sorted(segs.map((x) => `${x.id}|${x.name}|${String(x.stage).toLowerCase()}|${x.order}`)),
            external: sorted(ends.map((x: any) => `${x.id}|${x.name}`)),
            firms: sorted(segs.flatMap((x) => x.enterprises.map((e: any) => `${e.id}|${e.name}`))),
            flows: sorted(
              segs.flatMap((x) => [...x.upstream.map((u: any) => `${u.id}->${x.id}`), ...x.downstream.map((o: any) => `${x.id}->${o.id}`)]),
            ),
            members: sorted(segs.flatMap((x) => x.enterprises.map((e: any) => `${e.id}->${x.id}`))),
          };
        },
      },
    },
    {
      name: "park, its projects and their stages",
      ours: {
        // The park's projects with sub-parks (Park.projects, includeSubParks by default), status and lifecycle dates.
        query: `query ($p: ID!) { park(id: $p) { id name projects(first: 100) { totalCount edges { node {
            id name status statusAsOf dates { ${PROJECT_DATES.map(([f]) => f).join(" ")} } } } } } }`,
        variables: { p: s.park },
        reduce: (d) => {
          const c = d.park.projects;
          if (c.totalCount > c.edges.length) throw new Error(`park ${s.park}: ${c.totalCount} projects, more than one page`);
          return {
            park: `${d.park.id}|${d.park.name}`,
            projects: sorted(
              c.edges.map(({ node: p }: any) =>
                projectKey(
                  p,
                  PROJECT_DATES.map(([f]) => p.dates[f]),
                ),
              ),
            ),
          };
        },
      },
      peer: {
        query: `query ($p: ID!) { parks(where: { id: { eq: $p } }) { id name projects { ${PEER_PROJECT} }
            subParks { projects { ${PEER_PROJECT} } subParks { projects { ${PEER_PROJECT} } } } } }`,
        variables: { p: s.park },
        reduce: (d) => {
          const park = d.parks[0];
          const all = [park, ...park.subParks, ...park.subParks.flatMap((q: any) => q.subParks)].flatMap((q: any) => q.projects);
          return {
            park: `${park.id}|${park.name}`,
            projects: sorted(
              all.map((p: any) =>
                projectKey(
                  p,
                  PROJECT_DATES.map(([, prop]) => p[prop]),
                ),
              ),
            ),
          };
        },
      },
    },
    {
      name: `firms by name "${s.search}" (peer: CONTAINS)`,
      ours: searchOurs,
      peer: {
        // A user of the library filters by substring; the shortName too, as our index holds it.
        query: `query ($t: String!) { enterprisesConnection(first: ${SEARCH_PAGE}, sort: [{ name: ASC }],
            where: { OR: [{ name: { contains: $t } }, { shortName: { contains: $t } }] }) { totalCount edges { node { id name } } } }`,
        variables: { t: s.search },
        reduce: (d) => searchPeer(d.enterprisesConnection),
      },
    },
    {
      name: `firms by name "${s.search}" (peer: @fulltext)`,
      ours: searchOurs,
      peer: {
        // The same full-text index through the library's @fulltext query, given the Lucene text ours builds.
        query: `query ($q: String!) { enterprisesByName(phrase: $q, first: ${SEARCH_PAGE}, sort: [{ score: DESC }]) { totalCount edges { node { id name } } } }`,
        variables: { q: luceneQuery(s.search) },
        reduce: (d) => searchPeer(d.enterprisesByName),
      },
    },
  ];
}
