// kg extract <paths…> [--out graph.json]: articles (text, HTML, JSON, JSON Lines; files, folders, "-" for
// stdin) -> one GraphDocument on stdout or in a file. Per-file errors go to stderr and make the exit code 1;
// a summary line (articles, entities, facts) always ends the run on stderr.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { extractDocument, type GraphDocument } from '@news-kg/extractor';
import { explainDocument } from '../explain-document';
import { readInputs } from '../read-inputs';

export interface ExtractCommandOptions {
  /** Write the GraphDocument here instead of stdout. */
  out?: string;
  /** Print, per fact, its slots, the construction that read it and its sentence (instead of the JSON on stdout). */
  explain?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract a knowledge graph (GraphDocument JSON) from news articles')
    .argument('[paths...]', 'article files or folders (recursive); "-" or nothing reads stdin')
    .option('-o, --out <file>', 'write the GraphDocument to this file instead of stdout')
    .option(
      '--explain',
      'print per fact the sentence, the construction (rule) that read it and the slots it filled',
    )
    .action((paths: string[], options: ExtractCommandOptions) => runExtract(paths, options));
}

/** Runs the extraction; sets process.exitCode to 1 when any input failed. */
export function runExtract(paths: string[], options: ExtractCommandOptions): void {
  if (!paths.length && process.stdin.isTTY) {
    throw new Error(
      'kg extract: give article files or folders, or pipe an article on stdin (e.g. kg extract stories/ --out graph.json)',
    );
  }
  const { articles, failures } = readInputs(paths.length ? paths : ['-']);
  for (const failure of failures) console.error(`kg extract: ${failure.message}`);
  const document = extractDocument(articles);
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, json);
  if (options.explain) process.stdout.write(explainDocument(document));
  else if (!options.out) process.stdout.write(json);
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
