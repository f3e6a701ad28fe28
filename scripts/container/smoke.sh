#!/usr/bin/env bash
# Runs the app's container image against running Neo4j servers and checks what a deployment
# relies on: the healthcheck turns healthy, the process is not root, UI and API on one port,
# precompressed and immutable assets, anonymous chain-map reads, /metrics, and a clean SIGTERM.
#
#   npm start                              # in another shell: the embedded graph and credential store
#   docker build -t chain-graph .          # (or --build-arg NODE_IMAGE=… , see offline-base.sh)
#   scripts/container/smoke.sh             # IMAGE=chain-graph PORT=4100 by default
#
# By default it uses the embedded databases of that `npm start` (Bolt 7687 and 7688, passwords
# from .data/*/.credentials) through the host network; set NEO4J_URI, NEO4J_PASSWORD,
# AUTH_NEO4J_URI and AUTH_NEO4J_PASSWORD for others. Prints one line per check; exits 1 if any fails.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
IMAGE="${IMAGE:-chain-graph}"
PORT="${PORT:-4100}"
NAME="chain-graph-smoke-$$"
secret() { node -e "process.stdout.write(JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')).password)" "$1"; }
NEO4J_URI="${NEO4J_URI:-neo4j://127.0.0.1:7687}"
AUTH_NEO4J_URI="${AUTH_NEO4J_URI:-neo4j://127.0.0.1:7688}"
NEO4J_PASSWORD="${NEO4J_PASSWORD:-$(secret "$root/.data/neo4j/.credentials")}"
AUTH_NEO4J_PASSWORD="${AUTH_NEO4J_PASSWORD:-$(secret "$root/.data/neo4j-auth/.credentials")}"
base="http://127.0.0.1:$PORT"
failed=0
check() { # name, then a command that succeeds when the check holds
  local name="$1"; shift
  if "$@" > /dev/null 2>&1; then echo "✓ $name"; else echo "✗ $name"; failed=1; fi
}
cleanup() { docker rm -f "$NAME" > /dev/null 2>&1 || true; }
trap cleanup EXIT

docker run -d --name "$NAME" --network host --init \
  -e NODE_ENV=production -e HOST=127.0.0.1 -e PORT="$PORT" \
  -e NEO4J_URI="$NEO4J_URI" -e NEO4J_USERNAME=neo4j -e NEO4J_PASSWORD="$NEO4J_PASSWORD" \
  -e AUTH_NEO4J_URI="$AUTH_NEO4J_URI" -e AUTH_NEO4J_USERNAME=neo4j -e AUTH_NEO4J_PASSWORD="$AUTH_NEO4J_PASSWORD" \
  -e PUBLIC_READ=chain-map "$IMAGE" > /dev/null || { echo "✗ docker run"; exit 1; }

started=$(date +%s)
status=starting
while [ "$status" != healthy ] && [ $(( $(date +%s) - started )) -lt 240 ]; do
  sleep 3
  status="$(docker inspect --format '{{.State.Health.Status}}' "$NAME" 2>/dev/null || echo gone)"
  [ "$status" = gone ] || [ "$status" = unhealthy ] && break
done
echo "  health: $status after $(( $(date +%s) - started )) s"
check "healthcheck reports healthy" test "$status" = healthy
[ "$status" = healthy ] || { docker logs --tail 30 "$NAME"; exit 1; }

check "runs as a non-root user" test "$(docker exec "$NAME" id -u)" != 0
check "/readyz answers 200" curl -fsS "$base/readyz"
page="$(curl -fsS "$base/")"
check "the app's page is served on the API's port" grep -q '<div id="root"' <<< "$page"
asset="$(grep -o '/assets/[^"]*\.js' <<< "$page" | head -1)"
headers="$(curl -sS -o /dev/null -D - -H 'Accept-Encoding: br, gzip' "$base$asset")"
check "hashed asset sent brotli-compressed ($asset)" grep -qi '^content-encoding: br' <<< "$headers"
check "hashed asset cached as immutable" grep -qi '^cache-control:.*immutable' <<< "$headers"
check "security headers (CSP) on the page" grep -qi '^content-security-policy:' <<< "$(curl -sS -o /dev/null -D - "$base/")"
answer="$(curl -sS -H 'content-type: application/json' \
  --data '{"query":"{ chainMap(chainId: \"pv\") { nodes { id label } } }"}' "$base/graphql")"
check "anonymous chain map over GraphQL" grep -q '"nodes":\[{"id":"pv' <<< "$answer"
check "/metrics in Prometheus format" grep -q '^# TYPE' <<< "$(curl -sS "$base/metrics")"

t0=$(date +%s)
docker stop -t 30 "$NAME" > /dev/null
code="$(docker inspect --format '{{.State.ExitCode}}' "$NAME")"
echo "  stopped in $(( $(date +%s) - t0 )) s, exit code $code"
check "SIGTERM: drained and exited 0" test "$code" = 0
check "logs are JSON lines with the stop message" grep -q '"msg":"stopped"' <<< "$(docker logs "$NAME" 2>&1)"
exit $failed
