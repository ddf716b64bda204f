#!/usr/bin/env bash
# Installs, when missing, what `npm run test:compose` runs on a Debian machine (as root), from Debian's archive
# only: the Docker engine (docker.io), debootstrap for the stand-in images, and compose v2 with buildx as
# CLI plugins. Debian 12 packages compose v1 only, so the plugins come from Debian 13's packages, fetched
# with a private apt configuration (the system's sources stay as they are) and unpacked where the docker
# CLI looks for plugins. Idempotent: what is there is left alone.
#   install.sh [DEBIAN_MIRROR]
set -euo pipefail
mirror=${1:-http://deb.debian.org/debian}
plugins=/usr/local/lib/docker/cli-plugins

missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "install.sh: ${missing[*]} missing; run as root or install them" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
  echo "install.sh: installed ${missing[*]}"
fi

if ! docker compose version 2>/dev/null | grep -q 'version v\?2\.'; then
  [ "$(id -u)" = 0 ] || { echo "install.sh: docker compose v2 missing; run as root or install it" >&2; exit 1; }
  apt=$(mktemp -d)
  trap 'rm -rf "$apt"' EXIT
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/debs"
  echo "deb $mirror trixie main" >"$apt/sources.list"
  opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update -qq
  (cd "$apt/debs" && apt-get "${opts[@]}" download -qq docker-compose docker-buildx)
  for deb in "$apt"/debs/*.deb; do dpkg-deb -x "$deb" "$apt/root"; done
  install -D -m 755 -t "$plugins" "$apt/root/usr/libexec/docker/cli-plugins/docker-compose" \
    "$apt/root/usr/libexec/docker/cli-plugins/docker-buildx"
  echo "install.sh: $(docker compose version) and buildx into $plugins"
fi
