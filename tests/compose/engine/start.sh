#!/usr/bin/env bash
# Starts a Docker engine of the test's own in DIR: its data root, exec root, socket, log and pid file are
# there, and nothing else on the machine is touched (no iptables rules, no default bridge, no IP forwarding:
# compose's own networks still connect the containers, and published ports answer through docker-proxy).
# The engine runs in its own session, so a Ctrl-C of the test reaches stop.sh, not the engine.
#   start.sh DIR     (then DOCKER_HOST=unix://DIR/docker.sock)
set -euo pipefail
dir=$1
mkdir -p "$dir/data" "$dir/exec"
setsid dockerd --data-root "$dir/data" --exec-root "$dir/exec" -H "unix://$dir/docker.sock" \
  --pidfile "$dir/dockerd.pid" --iptables=false --ip6tables=false --bridge=none --ip-forward=false \
  --ip-masq=false --storage-driver=overlay2 --exec-opt native.cgroupdriver=cgroupfs \
  >"$dir/dockerd.log" 2>&1 </dev/null &
for _ in $(seq 1 150); do
  DOCKER_HOST="unix://$dir/docker.sock" docker version >/dev/null 2>&1 && exit 0
  kill -0 $! 2>/dev/null || break
  sleep 0.2
done
echo "start.sh: the engine did not answer within 30 s; its log:" >&2
tail -20 "$dir/dockerd.log" >&2
exit 1
