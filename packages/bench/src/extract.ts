// pnpm bench extract [--mb 5] [--batch 100] [--corpus ../shared/corpus/dev]
// Builds a corpus of the dev articles repeated to at least --mb megabytes, then times, in the same run and on
// the same texts: (1) bare compromise parsing, `nlp(text).json({ offset: true })` per article (tokens, tags,
// sentences and offsets: what any extractor needs at minimum), and (2) the full extractor, `extractDocument`
// per batch of --batch articles (parse, entities, resolution, meetings, statements, assembly). Prints
// articles/s, MB/s and the ratio of the two. Prints figures only; never asserts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { extractDocument, type ArticleInput } from '@news-kg/extractor';

interface ExtractBenchOptions {
  mb: number;
  batch: number;
  corpus: string;
}

interface Figures {
  seconds: number;
  articlesPerS: number;
  mbPerS: number;
}

const REPO = resolve(__dirname, '../../..');

export async function runExtractBench(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const corpus = buildCorpus(options);
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const mb = bytes / 1e6;
  console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(2)} MB (${options.corpus} repeated)`);
  // one warm-up pass on a few articles so neither side pays the JIT and lexicon set-up in its figures
  extractDocument(corpus.slice(0, 5));
  for (const a of corpus.slice(0, 5)) nlp(a.text).json({ offset: true });

  const bare = time(corpus, mb, 'bare compromise', articles => {
    for (const a of articles) nlp(a.text).json({ offset: true });
  }, 1);
  const full = time(corpus, mb, 'full extractor', articles => {
    extractDocument(articles);
  }, options.batch);
  report('bare compromise', corpus.length, bare);
  report('full extractor ', corpus.length, full);
  const ratio = full.mbPerS / bare.mbPerS;
  console.log(`ratio extractor/bare: ${ratio.toFixed(3)} (target >= 0.333: ${ratio >= 1 / 3 ? 'met' : 'NOT met'})`);
  await Promise.resolve();
}

function parseOptions(argv: string[]): ExtractBenchOptions {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const mb = Number(get('mb') ?? 5);
  const batch = Number(get('batch') ?? 100);
  if (!(mb > 0) || !(batch >= 1)) throw new Error('--mb must be a positive number and --batch a positive integer (e.g. --mb 5 --batch 100)');
  return { mb, batch: Math.floor(batch), corpus: resolve(get('corpus') ?? join(REPO, '../shared/corpus/dev')) };
}

/** The dev articles repeated until the corpus holds at least `mb` megabytes; paths keep each copy distinct. */
function buildCorpus({ mb, corpus }: ExtractBenchOptions): ArticleInput[] {
  const files = readdirSync(corpus).filter(f => f.endsWith('.txt')).sort();
  if (!files.length) throw new Error(`no .txt articles in ${corpus}; pass --corpus <folder of articles>`);
  const base = files.map(file => ({ path: file, text: readFileSync(join(corpus, file), 'utf8') }));
  const out: ArticleInput[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < mb * 1e6; copy++) {
    for (const a of base) {
      out.push({ path: `${copy}/${a.path}`, text: a.text });
      bytes += Buffer.byteLength(a.text);
    }
  }
  return out;
}

/** Runs `work` over the corpus in batches, printing progress on stderr. */
function time(corpus: ArticleInput[], mb: number, label: string, work: (articles: ArticleInput[]) => void, batch: number): Figures {
  const started = process.hrtime.bigint();
  const step = Math.max(batch, Math.ceil(corpus.length / 50));
  let printed = 0;
  for (let i = 0; i < corpus.length; i += batch) {
    work(corpus.slice(i, i + batch));
    const done = Math.min(i + batch, corpus.length);
    if (done - printed >= step || done === corpus.length) {
      printed = done;
      const s = Number(process.hrtime.bigint() - started) / 1e9;
      process.stderr.write(`\r${label}: ${done}/${corpus.length} articles, ${s.toFixed(1)} s`);
    }
  }
  process.stderr.write('\n');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, articlesPerS: corpus.length / seconds, mbPerS: mb / seconds };
}

function report(label: string, articles: number, f: Figures): void {
  console.log(`${label}: ${articles} articles in ${f.seconds.toFixed(1)} s = ${f.articlesPerS.toFixed(1)} articles/s, ${f.mbPerS.toFixed(3)} MB/s`);
}
