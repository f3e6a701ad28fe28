// The peer of bench/peer.ts: the Neo4j GraphQL Library (@neo4j/graphql) serving
// bench/peer/type-defs.graphql with graphql-yoga over node:http, as its documentation sets it
// up, on the same database as our server. Run as a process of its own (so its CPU and memory are
// its own, like our server's) by bench/peer.ts:
//
//   PEER_BOLT_URI=bolt://127.0.0.1:7687 PEER_PASSWORD=… PORT=4100 node --import tsx ../bench/peer/server.ts   (from server/)
//
// NODE_ENV=production as for our server; no GraphiQL, no request logging. The library and yoga
// come from server/node_modules (a devDependency there: server/src never imports it).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const requireServer = createRequire(path.join(root, "server", "package.json"));
const { Neo4jGraphQL } = requireServer("@neo4j/graphql") as typeof import("@neo4j/graphql");
const { createYoga } = requireServer("graphql-yoga") as typeof import("graphql-yoga");
const neo4j = requireServer("neo4j-driver") as typeof import("neo4j-driver");

const uri = process.env.PEER_BOLT_URI;
const password = process.env.PEER_PASSWORD;
const port = Number(process.env.PORT ?? 4100);
if (!uri || !password) throw new Error("PEER_BOLT_URI and PEER_PASSWORD are required");

const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
const typeDefs = readFileSync(path.join(import.meta.dirname, "type-defs.graphql"), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: "/graphql", graphiql: false, landingPage: false, logging: false });
const server = createServer(yoga);
server.listen(port, "127.0.0.1", () => console.log(`peer is running on http://127.0.0.1:${port}/graphql`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void driver.close().finally(() => process.exit(0));
  });
}
