# Stand-in for nats:2.10-alpine: nats-server 2.10 from Debian 13's package (Debian 12 has only 2.9) on the
# Debian 12 base, wget for the compose file's health check, and the upstream image's entry point and command.
ARG BASE
FROM ${BASE}
RUN mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list) \
 && echo "deb $mirror trixie main" >/etc/apt/sources.list.d/trixie.list \
 && apt-get update \
 && apt-get install -y nats-server/trixie wget \
 && rm -rf /etc/apt/sources.list.d/trixie.list /var/lib/apt/lists/* /var/cache/apt/*.bin
COPY nats-server.conf /etc/nats/nats-server.conf
COPY nats-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
EXPOSE 4222 6222 8222
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["nats-server", "--config", "/etc/nats/nats-server.conf"]
