// pnpm bench long-line [--chars 2000000] [--corpus ../shared/corpus/dev]
// Times the extractor on one article of normal text and on one of the same words as a single line without
// sentence punctuation (issue 18: 200 000 such characters took 6 s, 800 000 over 5 minutes, because the tagger
// got them as one sentence). Prints both and their ratio by wall and CPU time; never asserts.
import { join, resolve } from 'node:path';
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import { buildLongLineTexts } from './long-line-texts';

const REPO = resolve(__dirname, '../../..');

function time(article: ArticleInput): { seconds: number; cpuSeconds: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  extractDocument([article]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

export async function runLongLineBench(argv: string[]): Promise<void> {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const chars = Number(get('chars') ?? 2_000_000);
  if (!(chars > 0)) throw new Error('--chars must be a positive number (e.g. --chars 2000000)');
  const corpus = resolve(get('corpus') ?? join(REPO, '../shared/corpus/dev'));
  const { normal, unpunctuated } = buildLongLineTexts(corpus, chars);
  extractDocument([{ path: 'warm-up.txt', text: normal.text.slice(0, 20_000) }]); // lexicons, JIT
  const a = time(normal);
  const b = time(unpunctuated);
  console.log(`text: ${chars} characters of ${corpus}, as written and as one line without . ! ? …`);
  console.log(`normal text     ${a.seconds.toFixed(2)} s wall, ${a.cpuSeconds.toFixed(2)} s CPU`);
  console.log(`unpunctuated    ${b.seconds.toFixed(2)} s wall, ${b.cpuSeconds.toFixed(2)} s CPU`);
  console.log(
    `ratio unpunctuated/normal: ${(b.seconds / a.seconds).toFixed(2)} wall, ${(b.cpuSeconds / a.cpuSeconds).toFixed(2)} CPU`,
  );
  await Promise.resolve();
}
