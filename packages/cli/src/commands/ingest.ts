// kg ingest <paths…>: read articles (files, folders, - for stdin), extract, load into Neo4j; see @news-kg/loader
// ingestArticles for the guarantees (idempotent, incremental = all at once, atomic per article).
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createReadingStore, ingestStreamed } from '@news-kg/loader';
import { toArticleRowsById } from '../article-report';
import { formatArticleReport } from '../format-article-report';
import { noArticleMessage } from '../gather-articles';
import { streamArticles } from '../stream-articles';
import { createStreamIngest, type StreamIngest } from '../stream-ingest';
import { reportFormatOf, writeReportFile } from '../write-report-file';
import {
  addConnectionOptions,
  resolveConnection,
  withDriver,
  type ConnectionFlags,
} from '../ingest-connection';
import { createProgressReporter } from '../ingest-progress';
import type { InputFailure } from '../input-failure';
import { formatIngestReport } from '../ingest-report';
import { extractorVersion } from '../extractor-version';
import { parseWorkers } from '../parse-workers';
import { createReadingPool, defaultWorkers } from '../reading-pool';

interface IngestFlags extends ConnectionFlags {
  strategy: 'exact' | 'merge';
  batchSize: number;
  report?: string;
  workers?: number;
}

export function registerIngest(program: Command): void {
  addConnectionOptions(
    program
      .command('ingest')
      .description('Extract the knowledge graph of articles (files or folders) and load it into Neo4j.')
      .argument('<paths...>', 'article files (.txt, .html, .json, .jsonl), folders, or - for stdin')
      .option(
        '--strategy <exact|merge>',
        'exact: re-extract stored + new articles together so the graph equals extracting all at once; merge: extract only the new ones',
        parseStrategy,
        'exact',
      )
      .option(
        '--batch-size <rows>',
        'nodes + relationships per transaction (whole articles)',
        parsePositive,
        5000,
      )
      .option(
        '--report <file>',
        'write what each article gave, and the files skipped, as JSON (.json) or CSV (.csv)',
      )
      .option(
        '--workers <n>',
        `worker threads reading articles (default: the cores available, here ${defaultWorkers()})`,
        parseWorkers,
      ),
  ).action(async (paths: string[], flags: IngestFlags) => {
    const startedAt = Date.now();
    const connection = resolveConnection(flags);
    if (flags.report) reportFormatOf(flags.report);
    // the articles are streamed: read a batch at a time, their readings stored, their texts let go (stream-ingest.ts)
    const stream = streamArticles(paths);
    const progress = createProgressReporter();
    const pool = createReadingPool(flags.workers ?? defaultWorkers());
    let ingest: StreamIngest | undefined;
    let readStarted = false;
    const summary = await withDriver(connection, async driver => {
      const store = createReadingStore(driver, {
        database: connection.database,
        owner: `${hostname()}:${process.pid}:${randomUUID()}`,
      });
      const streamed = createStreamIngest(stream, { pool, store, onProgress: p => progress.extracting(p) });
      ingest = streamed;
      const summary = await ingestStreamed(driver, {
        prepare: async () => {
          readStarted = true;
          await streamed.prepare();
          for (const warning of stream.warnings) console.error(`kg ingest: warning: ${warning.message}`);
          if (streamed.articles().length === 0)
            throw new NoArticleError(noArticleMessage(paths, stream.skipped()));
        },
        extract: streamed.extract,
        sourcesOf: streamed.sourcesOf,
        database: connection.database,
        strategy: flags.strategy,
        batchSize: flags.batchSize,
        onProgress: p => progress.update(p),
      });
      // readings of an earlier extractor version are never found again: drop them (a process of another version
      // running at the same time only reads its articles once more)
      await store.dropOtherVersions(extractorVersion());
      return summary;
    })
      .catch(error => {
        progress.stop();
        if (error instanceof NoArticleError) {
          console.error(formatArticleReport({ articles: [], skipped: stream.skipped() }));
          throw new Error(`${error.message}; the graph was not changed`);
        }
        // The closing report lists them, but it is never printed when the ingest itself fails (Neo4j down).
        // Failing before the articles were read (Neo4j unreachable), the files are still read through, a batch at
        // a time, to name the ones that cannot be read.
        if (!readStarted) for (const _batch of stream.batches(64));
        printInputFailures(stream.failures);
        throw error;
      })
      .finally(async () => {
        progress.stop();
        await pool.close();
      });
    const seconds = (Date.now() - startedAt) / 1000;
    const report = {
      articles: toArticleRowsById(
        ingest?.articles() ?? [],
        ingest?.lastDocument() ?? { nodes: [], relationships: [] },
      ),
      skipped: stream.skipped(),
    };
    console.log(formatArticleReport(report));
    if (flags.report) writeReportFile(flags.report, report);
    console.log(formatIngestReport(summary, { failed: stream.failures, seconds, uri: connection.uri }));
    const counts = pool.counts();
    console.log(
      `Per-article stage: ${counts.read} article(s) read, ${counts.reread} re-read in a new context, ${pool.workers} worker(s); the rest from stored readings.`,
    );
    if (stream.failures.length + summary.failed.length > 0) process.exitCode = 1;
  });
}

/** No article could be read from the paths given: nothing is written. */
class NoArticleError extends Error {}

/** "Input failures (2):" and one line per file or folder, on stderr. */
export function printInputFailures(failures: readonly InputFailure[]): void {
  if (failures.length === 0) return;
  console.error([`Input failures (${failures.length}):`, ...failures.map(f => `  ${f.message}`)].join('\n'));
}

function parseStrategy(value: string): 'exact' | 'merge' {
  if (value === 'exact' || value === 'merge') return value;
  throw new InvalidArgumentError('expected "exact" or "merge"');
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
