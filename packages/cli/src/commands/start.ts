// pnpm start [folder]: the main job in one command. Starts the local Neo4j unless NEO4J_URI is set, ingests
// the folder (default: the example corpus shipped in packages/cli/example-corpus), then serves the API and
// prints the GraphiQL address. Ctrl-C stops the server and the Neo4j it started.
import * as path from 'node:path';
import type { Command } from 'commander';
import { extractDocument } from '@news-kg/extractor';
import { applySchema, createDriver, ingestArticles } from '@news-kg/loader';
import { addConnectionOptions, type ConnectionFlags } from '../ingest-connection';
import { formatIngestReport } from '../ingest-report';
import { printInputFailures } from './ingest';
import { readInputs } from '../read-inputs';
import {
  assertNeo4jReachable,
  collectOrigin,
  parsePort,
  resolveServeFlags,
  serveApi,
  type ServeFlags,
} from '../serve-api';
import { startNeo4jUnlessGiven, type LocalNeo4jFlags } from '../start-neo4j';

export const EXAMPLE_CORPUS = path.resolve(__dirname, '../../example-corpus');

export function registerStart(program: Command): void {
  addConnectionOptions(
    program
      .command('start')
      .description(
        'Start Neo4j (unless NEO4J_URI is set), ingest a folder of articles, serve the GraphQL API.',
      )
      .argument('[folder]', 'articles to ingest (default: the example corpus)')
      .option('--port <port>', 'API port (env PORT, default 4000)', parsePort)
      .option('--host <host>', 'API address (env HOST, default 127.0.0.1)')
      .option(
        '--cors-origin <origin>',
        'let web pages of this origin query the API (repeatable; env CORS_ORIGINS; default none but its own GraphiQL)',
        collectOrigin,
      )
      .option(
        '--neo4j-dir <dir>',
        'data dir of the local Neo4j (without NEO4J_URI; default .neo4j-local/default)',
      )
      .option(
        '--bolt-port <port>',
        'Bolt port of the local Neo4j (without NEO4J_URI; default 7687)',
        parsePort,
      )
      .option(
        '--http-port <port>',
        'HTTP port of the local Neo4j (without NEO4J_URI; default 7474)',
        parsePort,
      ),
  ).action(async (folder: string | undefined, flags: ServeFlags & ConnectionFlags & LocalNeo4jFlags) => {
    const source = folder ?? EXAMPLE_CORPUS;
    const inputs = readInputs([source]);
    if (inputs.articles.length === 0) {
      const why = inputs.failures.map(f => `\n  ${f.message}`).join('');
      throw new Error(`no article could be read from ${source}${why}`);
    }
    for (const warning of inputs.warnings) console.error(`kg start: warning: ${warning.message}`);
    const neo4j = await startNeo4jUnlessGiven(flags).catch(error => {
      printInputFailures(inputs.failures);
      throw error;
    });
    try {
      const driver = createDriver(neo4j.connection);
      await assertNeo4jReachable(driver, neo4j.connection.uri);
      console.log(`Ingesting ${inputs.articles.length} articles from ${source}...`);
      const startedAt = Date.now();
      await applySchema(driver, { database: neo4j.connection.database });
      const summary = await ingestArticles(driver, inputs.articles, {
        extract: extractDocument,
        database: neo4j.connection.database,
      });
      const seconds = (Date.now() - startedAt) / 1000;
      console.log(
        formatIngestReport(summary, { failed: inputs.failures, seconds, uri: neo4j.connection.uri }),
      );
      await serveApi({
        driver,
        database: neo4j.connection.database,
        ...resolveServeFlags(flags),
        onClose: neo4j.stop,
      });
    } catch (error) {
      // The closing report lists them, but it is never printed when the ingest fails (Neo4j unreachable).
      printInputFailures(inputs.failures);
      await neo4j.stop();
      throw error;
    }
  });
}
