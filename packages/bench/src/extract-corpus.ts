// buildBenchCorpus('../shared/corpus/dev', 5) -> the .txt articles of the folder repeated until they hold at
// least 5 MB: [{ path: '0/000_….txt', text }, …, { path: '221/004_….txt', text }]. Both sides of
// `pnpm bench extract` (separate processes) build it the same way, so they time the same texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '@news-kg/graph-model';

/** The folder's articles repeated to at least `mb` megabytes; paths keep each copy distinct. */
export function buildBenchCorpus(corpus: string, mb: number): ArticleInput[] {
  const files = readdirSync(corpus)
    .filter(f => f.endsWith('.txt'))
    .sort();
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
