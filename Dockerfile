# news-kg CLI and GraphQL API on Node 20, compiled. Neo4j runs in its own container (see docker-compose.yml).
# Build: docker build -t news-kg .   Run: docker compose up (API on http://localhost:4000/graphql)

# --- build: every dependency, `pnpm build` (tsc -b: packages/*/dist), then the production dependencies only --------
FROM node:20-bookworm-slim AS build

WORKDIR /app
ENV CI=true COREPACK_ENABLE_DOWNLOAD_PROMPT=0
# corepack reads "packageManager": "pnpm@10.34.9" from package.json, so the image uses the lockfile's pnpm.
RUN corepack enable pnpm

# Manifests first: the dependency layer is rebuilt only when a manifest or the lockfile changes.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/api/package.json packages/api/
COPY packages/bench/package.json packages/bench/
COPY packages/cli/package.json packages/cli/
COPY packages/extractor/package.json packages/extractor/
COPY packages/graph-model/package.json packages/graph-model/
COPY packages/loader/package.json packages/loader/
COPY packages/eval/package.json packages/eval/
COPY packages/neo4j-local/package.json packages/neo4j-local/
# All dependencies, dev included: TypeScript compiles the packages.
RUN pnpm install --frozen-lockfile

COPY . .
# The JavaScript the image runs; a type error fails the image build. Then node_modules again without the dev
# dependencies (TypeScript, jest, tsx…), from the store the first install filled.
RUN pnpm build \
  && rm -rf node_modules packages/*/node_modules \
  && pnpm install --frozen-lockfile --prod --offline

# --- run: the compiled packages (dist/), their production dependencies, the Cypher schema and the example corpus ----
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
# `kg` on the PATH: the cli package's bin, which runs packages/cli/dist/main.js (docker compose run --rm api kg …)
RUN ln -s /app/packages/cli/bin/kg.cjs /usr/local/bin/kg

ENV NEO4J_URI=bolt://neo4j:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=password HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["kg", "serve"]
