# news-kg CLI and GraphQL API on Node 20. Neo4j runs in its own container (see docker-compose.yml).
# Build: docker build -t news-kg .   Run: docker compose up (API on http://localhost:4000/graphql)
FROM node:20-bookworm-slim

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
# All dependencies, dev included: TypeScript runs through tsx, there is no build step.
RUN pnpm install --frozen-lockfile

COPY . .

ENV NEO4J_URI=bolt://neo4j:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=password HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["pnpm", "kg", "serve"]
