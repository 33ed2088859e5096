// `node extract-bare.ts <corpus> <mb> <plain|dates>` -> one JSON line on stdout: {"seconds": 41.2, "cpuSeconds": 39.8}
// The "bare compromise" side of `pnpm bench extract`, in a process of its own: what a plain user of compromise
// gets, `nlp(text).json({ offset: true })` per article with compromise's default plugins (plus compromise-dates
// with `dates`). In the extractor's process the same compromise instance carries the extractor's lexicons and
// date plugin (plugins are global), so the bare figure could not be measured there. Progress goes to stderr.
import nlp from 'compromise';
import { buildBenchCorpus } from './extract-corpus';

function runBareParse(corpus: string, mb: number, mode: string): void {
  if (mode === 'dates') {
    // compromise-dates is the extractor's dependency: resolved from there, as a user would install it
    const extractorDir = require.resolve('@news-kg/extractor');
    const datesPath = require.resolve('compromise-dates', { paths: [extractorDir] });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path resolved at run time, from the extractor
    nlp.plugin((require(datesPath) as { default?: unknown }).default ?? require(datesPath));
  }
  const articles = buildBenchCorpus(corpus, mb);
  // warm-up, as on the extractor side: JIT and lexicon set-up stay out of the figure
  for (const a of articles.slice(0, 5)) nlp(a.text).json({ offset: true });
  const label = mode === 'dates' ? 'compromise + dates' : 'bare compromise';
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const step = Math.ceil(articles.length / 50);
  articles.forEach((a, i) => {
    nlp(a.text).json({ offset: true });
    if ((i + 1) % step === 0 || i + 1 === articles.length) {
      const s = Number(process.hrtime.bigint() - started) / 1e9;
      process.stderr.write(`\r${label}: ${i + 1}/${articles.length} articles, ${s.toFixed(1)} s`);
    }
  });
  process.stderr.write('\n');
  const { user, system } = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ seconds, cpuSeconds: (user + system) / 1e6 }));
}

const [corpus, mb, mode] = process.argv.slice(2);
if (!corpus || !mb || !mode) throw new Error('usage: extract-bare.ts <corpus folder> <mb> <plain|dates>');
runBareParse(corpus, Number(mb), mode);
