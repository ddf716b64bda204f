#!/usr/bin/env bash
# `npm run test:compose`: docker compose up, for real, in containers (README.md here).
# Uses the Docker engine that answers (DOCKER_HOST, or the default socket); when none does, installs one
# and starts it just for this run (engine/), stopped and removed at the end whatever happens. Builds the
# stand-ins for the upstream images that are missing (stand-ins/), then runs the Jest suite.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
started=$SECONDS
say() { echo "[compose] $*"; }

"$here/engine/install.sh" "$mirror"
if docker version >/dev/null 2>&1; then
  say "using the engine that answers at ${DOCKER_HOST:-the default socket}"
  export COMPOSE_TEST_FOREIGN_ENGINE=1
  # That engine keeps nothing of this run: the test removes its containers, volumes and image, this the stand-ins.
  trap 'docker image ls -q --filter label=org.hoinghi.stand-in=yes | xargs -r docker image rm -f >/dev/null' EXIT
else
  engine=$(mktemp -d /tmp/hoinghi-engine-XXXXXX)
  # Runs even when this script is killed: the engine outlives it (own session) until stop.sh.
  parent=$$
  (trap '' INT TERM HUP; while kill -0 "$parent" 2>/dev/null; do sleep 2; done; "$here/engine/stop.sh" "$engine") \
    >/dev/null 2>&1 </dev/null &
  trap '"$here/engine/stop.sh" "$engine"; say "engine stopped and removed"' EXIT
  trap 'exit 130' INT TERM HUP
  "$here/engine/start.sh" "$engine"
  export DOCKER_HOST="unix://$engine/docker.sock"
  say "own engine at $DOCKER_HOST ($(docker version -f '{{.Server.Version}}'), $((SECONDS - started)) s)"
fi

step=$SECONDS
"$here/stand-ins/build.sh" "$mirror"
say "stand-ins ready in $((SECONDS - step)) s"

set +e
(cd "$here" && node --experimental-vm-modules --no-warnings=ExperimentalWarning ../../node_modules/jest/bin/jest.js --runInBand)
status=$?
set -e
say "finished in $((SECONDS - started)) s"
exit "$status"
