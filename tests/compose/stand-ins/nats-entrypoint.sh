#!/bin/sh
# As the upstream image: arguments that start with a dash are options of nats-server.
set -e
if [ "${1#-}" != "$1" ]; then
  set -- nats-server "$@"
fi
exec "$@"
