# Stand-in for postgres:16-alpine: Debian 12's PostgreSQL (15; Debian packages no 16) behind an entry point
# that keeps the upstream image's contract: POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB create the
# cluster, its user and database on the first start into an empty /var/lib/postgresql/data, and
# pg_isready, psql and postgres are on PATH.
ARG BASE
FROM ${BASE}
ENV PG_MAJOR=15
ENV PATH=/usr/lib/postgresql/${PG_MAJOR}/bin:$PATH PGDATA=/var/lib/postgresql/data
RUN mkdir -p /etc/postgresql-common \
 && echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf \
 && apt-get update \
 && apt-get install -y postgresql-${PG_MAJOR} \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin \
 && install -d -o postgres -g postgres -m 3777 /var/run/postgresql \
 && install -d -o postgres -g postgres -m 700 "$PGDATA"
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
VOLUME /var/lib/postgresql/data
ENTRYPOINT ["docker-entrypoint.sh"]
# Postgres's fast shutdown, as upstream.
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
