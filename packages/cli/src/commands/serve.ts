// kg serve [--port 4000] [--host 127.0.0.1] [--uri bolt://…]: the GraphQL API (and GraphiQL) over an existing
// Neo4j; the graph is read-only through it.
import type { Command } from 'commander';
import { createDriver } from '@news-kg/loader';
import { addConnectionOptions, resolveConnection, type ConnectionFlags } from '../ingest-connection';
import {
  assertNeo4jReachable,
  collectOrigin,
  parsePort,
  resolveServeFlags,
  serveApi,
  type ServeFlags,
} from '../serve-api';

export function registerServe(program: Command): void {
  addConnectionOptions(
    program
      .command('serve')
      .description('Serve the GraphQL API and GraphiQL at http://<host>:<port>/graphql over the Neo4j graph.')
      .option('--port <port>', 'port to listen on (env PORT, default 4000)', parsePort)
      .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
      .option(
        '--cors-origin <origin>',
        'let web pages of this origin query the API, e.g. http://localhost:3000 (repeatable; env CORS_ORIGINS, comma-separated; default none but its own GraphiQL)',
        collectOrigin,
      ),
  ).action(async (flags: ServeFlags & ConnectionFlags) => {
    const connection = resolveConnection(flags);
    const driver = createDriver(connection);
    await assertNeo4jReachable(driver, connection.uri);
    await serveApi({ driver, database: connection.database, ...resolveServeFlags(flags) });
  });
}
