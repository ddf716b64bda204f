#!/usr/bin/env bash
# Stops the engine start.sh started in DIR and removes everything it made: containers, networks (and so
# their bridges), volumes, the engine and its containerd, mounts left under DIR, and DIR itself.
# Safe to run twice, and on an engine that already died.
#   stop.sh DIR
set -uo pipefail
dir=$1
[ -d "$dir" ] || exit 0
export DOCKER_HOST="unix://$dir/docker.sock"
pid=$(cat "$dir/dockerd.pid" 2>/dev/null)
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
  if docker version >/dev/null 2>&1; then
    docker ps -aq | xargs -r docker rm -f -v >/dev/null
    docker network prune -f >/dev/null
    docker volume ls -q | xargs -r docker volume rm -f >/dev/null
  fi
  kill -TERM "$pid"
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null
fi
# A containerd or shim that outlived its engine names DIR on its command line.
grep -laF -- "$dir/" /proc/[0-9]*/cmdline 2>/dev/null | awk -F/ '{ print $3 }' | xargs -r kill -KILL 2>/dev/null
# Mounts of containers the engine could not clean up itself (a killed engine), deepest first.
awk -v d="$dir/" 'index($5, d) == 1 { print $5 }' /proc/self/mountinfo | sort -r | xargs -r -n1 umount -l
rm -rf "$dir"
