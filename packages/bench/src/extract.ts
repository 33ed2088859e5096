// pnpm bench extract [--mb 5] [--batch 100] [--corpus ../shared/corpus/dev]
// Builds a corpus of the dev articles repeated to at least --mb megabytes, then times on the same texts:
// (1) bare compromise, `nlp(text).json({ offset: true })` per article with compromise's default plugins (tokens,
// tags, sentences and offsets: what a plain user of compromise gets), (2) the same with compromise-dates
// registered (its tagging hook runs on every parse), each in a process of its own (extract-bare.ts) because
// compromise's plugins are global, and (3) the full extractor, `extractDocument` per batch of --batch articles
// (parse, entities, resolution, meetings, dates, statements, assembly). Prints articles/s, MB/s and the ratio
// of extractor to bare compromise, by wall time and by CPU time: the phases run one after the other, so on a
// machine shared with other jobs a change of load between them skews the wall ratio, much less the CPU one.
// Prints figures only; never asserts.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import { buildBenchCorpus } from './extract-corpus';

interface ExtractBenchOptions {
  mb: number;
  batch: number;
  corpus: string;
}

interface Timing {
  seconds: number;
  /** CPU time of the process (user + system) over the same span. */
  cpuSeconds: number;
}

interface Figures extends Timing {
  articlesPerS: number;
  mbPerS: number;
}

const REPO = resolve(__dirname, '../../..');

export async function runExtractBench(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const corpus = buildBenchCorpus(options.corpus, options.mb);
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const mb = bytes / 1e6;
  console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(2)} MB (${options.corpus} repeated)`);
  const bare = toFigures(timeBareParse(options, 'plain'), corpus.length, mb);
  const dated = toFigures(timeBareParse(options, 'dates'), corpus.length, mb);
  // one warm-up pass on a few articles so the figure leaves out the JIT and lexicon set-up, as on the bare side
  extractDocument(corpus.slice(0, 5));
  const full = toFigures(timeExtractor(corpus, options.batch), corpus.length, mb);
  report('bare compromise   ', corpus.length, bare);
  report('compromise + dates', corpus.length, dated);
  report('full extractor    ', corpus.length, full);
  const ratio = bare.seconds / full.seconds;
  const cpuRatio = bare.cpuSeconds / full.cpuSeconds;
  const met = (r: number) => (r >= 1 / 3 ? 'met' : 'NOT met');
  console.log(
    `ratio extractor/bare: ${ratio.toFixed(3)} wall (target >= 0.333: ${met(ratio)}), ${cpuRatio.toFixed(3)} CPU (${met(cpuRatio)})`,
  );
  await Promise.resolve();
}

function parseOptions(argv: string[]): ExtractBenchOptions {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const mb = Number(get('mb') ?? 5);
  const batch = Number(get('batch') ?? 100);
  if (!(mb > 0) || !(batch >= 1))
    throw new Error(
      '--mb must be a positive number and --batch a positive integer (e.g. --mb 5 --batch 100)',
    );
  return {
    mb,
    batch: Math.floor(batch),
    corpus: resolve(get('corpus') ?? join(REPO, '../shared/corpus/dev')),
  };
}

/** Time the bare parse takes in a fresh process (same node flags, so tsx loads the TypeScript worker). */
function timeBareParse({ corpus, mb }: ExtractBenchOptions, mode: 'plain' | 'dates'): Timing {
  const worker = join(__dirname, 'extract-bare.ts');
  const run = spawnSync(process.execPath, [...process.execArgv, worker, corpus, String(mb), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{'))
    throw new Error(`bare compromise run (${mode}) failed with status ${run.status}`);
  return JSON.parse(line) as Timing;
}

/** Time `extractDocument` takes over the corpus in batches, with progress on stderr. */
function timeExtractor(corpus: ArticleInput[], batch: number): Timing {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const step = Math.max(batch, Math.ceil(corpus.length / 50));
  let printed = 0;
  for (let i = 0; i < corpus.length; i += batch) {
    extractDocument(corpus.slice(i, i + batch));
    const done = Math.min(i + batch, corpus.length);
    if (done - printed >= step || done === corpus.length) {
      printed = done;
      const s = Number(process.hrtime.bigint() - started) / 1e9;
      process.stderr.write(`\rfull extractor: ${done}/${corpus.length} articles, ${s.toFixed(1)} s`);
    }
  }
  process.stderr.write('\n');
  const { user, system } = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: (user + system) / 1e6 };
}

function toFigures(t: Timing, articles: number, mb: number): Figures {
  return { ...t, articlesPerS: articles / t.seconds, mbPerS: mb / t.seconds };
}

function report(label: string, articles: number, f: Figures): void {
  console.log(
    `${label}: ${articles} articles in ${f.seconds.toFixed(1)} s (CPU ${f.cpuSeconds.toFixed(1)} s) = ${f.articlesPerS.toFixed(1)} articles/s, ${f.mbPerS.toFixed(3)} MB/s`,
  );
}
