// kg ingest <paths…>: read articles (files, folders, - for stdin), extract, load into Neo4j; see @news-kg/loader
// ingestArticles for the guarantees (idempotent, incremental = all at once, atomic per article).
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { extractDocument } from '@news-kg/extractor';
import { ingestArticles } from '@news-kg/loader';
import {
  addConnectionOptions,
  resolveConnection,
  withDriver,
  type ConnectionFlags,
} from '../ingest-connection';
import { createProgressReporter } from '../ingest-progress';
import { readInputs, type InputFailure } from '../read-inputs';
import { formatIngestReport } from '../ingest-report';

interface IngestFlags extends ConnectionFlags {
  strategy: 'exact' | 'merge';
  batchSize: number;
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
      ),
  ).action(async (paths: string[], flags: IngestFlags) => {
    const startedAt = Date.now();
    const connection = resolveConnection(flags);
    const read = readInputs(paths);
    if (read.articles.length === 0) {
      const why = read.failures.map(f => `\n  ${f.message}`).join('');
      throw new Error(`no article could be read from ${paths.join(', ')}${why}`);
    }
    for (const warning of read.warnings) console.error(`kg ingest: warning: ${warning.message}`);
    const progress = createProgressReporter();
    const summary = await withDriver(connection, driver =>
      ingestArticles(driver, read.articles, {
        extract: extractDocument,
        database: connection.database,
        strategy: flags.strategy,
        batchSize: flags.batchSize,
        onProgress: p => progress.update(p),
      }),
    )
      .catch(error => {
        // The closing report lists them, but it is never printed when the ingest itself fails (Neo4j down).
        printInputFailures(read.failures);
        throw error;
      })
      .finally(() => progress.stop());
    const seconds = (Date.now() - startedAt) / 1000;
    console.log(formatIngestReport(summary, { failed: read.failures, seconds, uri: connection.uri }));
    if (read.failures.length + summary.failed.length > 0) process.exitCode = 1;
  });
}

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
