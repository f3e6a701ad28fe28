# syntax=docker/dockerfile:1
# The app in a container: the compiled server serving the built client and the API on one port.
# It needs two external Neo4j 5 servers — the graph (NEO4J_URI) and the credential store
# (AUTH_NEO4J_URI); compose.yaml runs the official image for both — the embedded Neo4j (Java +
# Maven) is for running without Docker and is not in this image.
# See docs/deploy.md. (Not built on the machine this was written on: it has no Docker.)

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: all dependencies, client bundle (precompressed), server compiled to server/dist ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
RUN npm install -g pnpm@10
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN pnpm install --frozen-lockfile
COPY scripts scripts
COPY server server
COPY client client
COPY cypher cypher
RUN pnpm --filter @chain-graph/client build \
 && node scripts/precompress.mjs \
 && pnpm --filter @chain-graph/server build

# --- runtime: production dependencies of the server only, non-root ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
RUN npm install -g pnpm@10
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
# Every workspace manifest, so the frozen lockfile matches the workspace; only the server's
# production dependencies are installed.
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN pnpm install --frozen-lockfile --prod --filter @chain-graph/server && npm uninstall -g pnpm && npm cache clean --force
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
COPY cypher cypher
COPY seeds seeds
# Where `backup` writes in the container (a volume in compose.yaml), owned by the app's user.
RUN mkdir /backups && chown node:node /backups
USER node
EXPOSE 4000
# /readyz: the HTTP server is up and the database answers.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Run with --init (compose.yaml sets it) so signals reach node and SIGTERM drains requests.
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
