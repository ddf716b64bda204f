# One multi-stage recipe for every runnable project of the monorepo:
#   --build-arg PROJECT=parser --build-arg ENTRY=services/parser/dist/main.js
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
ARG PROJECT
RUN NX_DAEMON=false npx nx run ${PROJECT}:build --outputStyle=static
# Production dependencies only in the image.
RUN npm ci --omit=dev --ignore-scripts

FROM ${NODE_IMAGE} AS runtime
ARG ENTRY
ENV NODE_ENV=production ENTRY=${ENTRY}
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
# HEALTH_URL is given per service by the compose file.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch(process.env.HEALTH_URL).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node \"$ENTRY\""]
