# One image for every runnable project of the monorepo, built once; a container runs the entry file that
# its environment names: ENTRY=services/parser/dist/main.js (the compose file sets it per service).
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json nx.json tsconfig.base.json .npmrc ./
COPY libs libs
COPY services services
COPY tools tools
# Workspaces outside the image still need their manifests for `npm ci` to match the lockfile.
COPY tests/e2e/package.json tests/e2e/
COPY examples/conference-consumer/package.json examples/conference-consumer/
RUN npm ci --ignore-scripts
RUN NX_DAEMON=false npx nx run-many -t build -p crawler parser store demo-site --outputStyle=static
# Production dependencies only in the image.
RUN npm ci --omit=dev --ignore-scripts

FROM ${NODE_IMAGE} AS runtime
# The runtime every service runs with (as `SERVICE_RUNTIME` in tools/stack, which a test keeps equal):
# a young generation and old-generation growth sized for a service, not the host, and two malloc arenas.
# V8 flags go on the command line (NODE_OPTIONS refuses them); set NODE_FLAGS to change them.
ENV NODE_ENV=production \
    NODE_FLAGS="--max-semi-space-size=4 --heap-growing-percent=30" MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
# HEALTH_URL is given per service by the compose file.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch(process.env.HEALTH_URL).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node $NODE_FLAGS \"${ENTRY:?set ENTRY to a service's entry file, e.g. services/parser/dist/main.js}\""]
