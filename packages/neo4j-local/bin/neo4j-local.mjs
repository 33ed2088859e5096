#!/usr/bin/env node
// `pnpm neo4j:start` -> here -> src/cli.ts through tsx (the workspace runs TypeScript without a build step).
import { tsImport } from 'tsx/esm/api';

const cli = await tsImport('../src/cli.ts', import.meta.url);
const { runNeo4jLocalCli } = cli.runNeo4jLocalCli ? cli : cli.default;
try {
  process.exitCode = await runNeo4jLocalCli(process.argv.slice(2));
} catch (error) {
  console.error(`neo4j-local: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
