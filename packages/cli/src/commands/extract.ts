// kg extract <paths…> [--out graph.json] [--report report.csv]: articles (text, HTML, JSON, JSON Lines; files,
// folders, "-" for stdin) -> one GraphDocument on stdout or in a file. On stderr: a progress bar while extracting,
// then a table of what each article gave (title, date, outlet, entities, meetings, statements, warnings), the files
// skipped and why, and a summary line. Exit 1 when a file could not be read; when no article could be read at all,
// nothing is written (an existing --out keeps its graph).
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { GraphDocument } from '@news-kg/graph-model';
import { toArticleRowsById, type ArticleReport } from '../article-report';
import { explainDocument } from '../explain-document';
import { formatArticleReport } from '../format-article-report';
import { noArticleMessage } from '../gather-articles';
import { extractStreamed } from '../extract-streamed';
import { streamArticles } from '../stream-articles';
import { EXTRACT_LABELS } from '../ingest-progress';
import { createReadingPool, defaultWorkers } from '../reading-pool';
import { parseWorkers } from '../parse-workers';
import { createProgressBar } from '../progress-bar';
import { reportFormatOf, writeReportFile } from '../write-report-file';

export interface ExtractCommandOptions {
  /** Write the GraphDocument here instead of stdout. */
  out?: string;
  /** Print, per fact, its slots, the construction that read it and its sentence (instead of the JSON on stdout). */
  explain?: boolean;
  /** Write the per-article report here (.json or .csv). */
  report?: string;
  /** Worker threads of the per-article stage (default: the cores available). */
  workers?: number;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract a knowledge graph (GraphDocument JSON) from news articles')
    .argument('[paths...]', 'article files or folders (recursive); "-" or nothing reads stdin')
    .option('-o, --out <file>', 'write the GraphDocument to this file instead of stdout')
    .option(
      '--report <file>',
      'write what each article gave, and the files skipped, as JSON (.json) or CSV (.csv)',
    )
    .option(
      '--explain',
      'print per fact the sentence, the construction (rule) that read it and the slots it filled',
    )
    .option(
      '--workers <n>',
      `worker threads reading articles (default: the cores available, here ${defaultWorkers()})`,
      parseWorkers,
    )
    .action((paths: string[], options: ExtractCommandOptions) => runExtract(paths, options));
}

/** Runs the extraction; sets process.exitCode to 1 when any input failed. */
export async function runExtract(paths: string[], options: ExtractCommandOptions): Promise<void> {
  if (!paths.length && process.stdin.isTTY) {
    throw new Error(
      'kg extract: give article files or folders, or pipe an article on stdin (e.g. kg extract stories/ --out graph.json)',
    );
  }
  if (options.report) reportFormatOf(options.report); // a bad --report fails before the work, not after
  const inputs = paths.length ? paths : ['-'];
  // the pool starts first: its workers load the extractor while this thread reads the first batch of articles
  const pool = createReadingPool(options.workers ?? defaultWorkers());
  const stream = streamArticles(inputs);
  const bar = createProgressBar();
  let extracted: Awaited<ReturnType<typeof extractStreamed>>;
  try {
    extracted = await extractStreamed(stream, {
      pool,
      onProgress: p => bar.update(EXTRACT_LABELS[p.stage], p.done, p.total),
    });
  } finally {
    bar.stop();
    await pool.close();
  }
  const { document, articles } = extracted;
  const { failures, warnings } = stream;
  const skipped = stream.skipped();
  for (const failure of failures) console.error(`kg extract: ${failure.message}`);
  for (const warning of warnings) console.error(`kg extract: warning: ${warning.message}`);
  if (articles.length === 0) {
    const report: ArticleReport = { articles: [], skipped };
    console.error(formatArticleReport(report));
    if (options.report) writeReportFile(options.report, report);
    throw new Error(
      `${noArticleMessage(paths, skipped)}${options.out ? `; ${options.out} was left as it was` : ''}`,
    );
  }
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, json);
  if (options.explain) process.stdout.write(explainDocument(document));
  else if (!options.out) process.stdout.write(json);
  const report: ArticleReport = { articles: toArticleRowsById(articles, document), skipped };
  console.error(formatArticleReport(report));
  if (options.report) writeReportFile(options.report, report);
  console.error(summarize(document, articles.length, failures.length));
  if (failures.length) process.exitCode = 1;
}

/** "kg extract: 5 articles, 42 entities, 17 facts (3 meetings, 14 statements), 0 failed" */
export function summarize(document: GraphDocument, articles: number, failed: number): string {
  const count = (label: string): number =>
    document.nodes.filter(n => n.labels.includes(label as never)).length;
  const entities = count('Person') + count('Organization');
  const meetings = count('Meeting');
  const statements = count('Statement');
  return `kg extract: ${articles} articles, ${entities} entities, ${meetings + statements} facts (${meetings} meetings, ${statements} statements), ${failed} failed`;
}
