// pnpm start [folder]: the main job in one command. Starts the local Neo4j unless NEO4J_URI is set, builds the
// graph of the folder (default: the example corpus shipped in packages/cli/example-corpus) in place of the one
// there (--keep adds to it instead), then serves the API and prints the GraphiQL address. Ctrl-C stops the
// server and the Neo4j it started.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import * as path from 'node:path';
import type { Command } from 'commander';
import {
  applySchema,
  createDriver,
  createReadingStore,
  ingestArticles,
  resetDatabase,
} from '@news-kg/loader';
import { toArticleRows } from '../article-report';
import { createReportingExtractor } from '../extract-for-ingest';
import { formatArticleReport } from '../format-article-report';
import { gatherArticles, noArticleMessage } from '../gather-articles';
import { addConnectionOptions, type ConnectionFlags } from '../ingest-connection';
import { createProgressReporter } from '../ingest-progress';
import { extractorVersion } from '../extractor-version';
import { parseWorkers } from '../parse-workers';
import { createReadingPool, defaultWorkers } from '../reading-pool';
import { formatIngestReport } from '../ingest-report';
import { printInputFailures } from './ingest';
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

type StartFlags = ServeFlags & ConnectionFlags & LocalNeo4jFlags & { keep?: boolean; workers?: number };

export function registerStart(program: Command): void {
  addConnectionOptions(
    program
      .command('start')
      .description(
        'Start Neo4j (unless NEO4J_URI is set), ingest a folder of articles, serve the GraphQL API.',
      )
      .argument('[folder]', 'articles to ingest (default: the example corpus)')
      .option('--keep', 'add the folder to the graph already in Neo4j instead of replacing it')
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
      )
      .option(
        '--workers <n>',
        `worker threads reading articles (default: the cores available, here ${defaultWorkers()})`,
        parseWorkers,
      ),
  ).action(async (folder: string | undefined, flags: StartFlags) => {
    const source = folder ?? EXAMPLE_CORPUS;
    const inputs = gatherArticles([source]);
    if (inputs.articles.length === 0) {
      console.error(formatArticleReport({ articles: [], skipped: inputs.skipped }));
      throw new Error(noArticleMessage([source], inputs.skipped));
    }
    for (const warning of inputs.warnings) console.error(`kg start: warning: ${warning.message}`);
    const neo4j = await startNeo4jUnlessGiven(flags).catch(error => {
      printInputFailures(inputs.failures);
      throw error;
    });
    try {
      const driver = createDriver(neo4j.connection);
      await assertNeo4jReachable(driver, neo4j.connection.uri);
      const database = neo4j.connection.database;
      if (!flags.keep) {
        // The graph of this folder only: what an earlier start (the example corpus) left goes first.
        const { nodesDeleted } = await resetDatabase(driver, { database });
        if (nodesDeleted > 0)
          console.log(`Replaced the graph that was there (${nodesDeleted} nodes; --keep adds instead).`);
      }
      console.log(`Ingesting ${inputs.articles.length} articles from ${source}...`);
      const startedAt = Date.now();
      await applySchema(driver, { database });
      const progress = createProgressReporter();
      // as kg ingest: the per-article stage in the reading pool, its readings kept in Neo4j for the next ingest
      const pool = createReadingPool(flags.workers ?? defaultWorkers());
      const store = createReadingStore(driver, {
        database,
        owner: `${hostname()}:${process.pid}:${randomUUID()}`,
      });
      const extractor = createReportingExtractor(progress, { pool, store });
      const summary = await ingestArticles(driver, inputs.articles, {
        extract: extractor.extract,
        prepare: extractor.prepare,
        database,
        onProgress: p => progress.update(p),
      }).finally(async () => {
        progress.stop();
        await pool.close();
      });
      await store.dropOtherVersions(extractorVersion());
      const seconds = (Date.now() - startedAt) / 1000;
      console.log(
        formatArticleReport({
          articles: toArticleRows(inputs.articles, extractor.lastDocument()),
          skipped: inputs.skipped,
        }),
      );
      console.log(
        formatIngestReport(summary, { failed: inputs.failures, seconds, uri: neo4j.connection.uri }),
      );
      const counts = pool.counts();
      console.log(
        `Per-article stage: ${counts.read} article(s) read, ${counts.reread} re-read in a new context, ${pool.workers} worker(s); the rest from stored readings.`,
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
