// buildLongLineTexts('../shared/corpus/dev', 2_000_000) -> two articles of 2 million characters made of the same
// words: `normal` (the folder's articles one after another, as written) and `unpunctuated` (one line, no . ! ? …
// anywhere), the shape that stalled extraction for minutes (issue 18). Shared by `pnpm bench long-line` and its
// guard test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '@news-kg/graph-model';

export function buildLongLineTexts(
  corpus: string,
  chars: number,
): { normal: ArticleInput; unpunctuated: ArticleInput } {
  const files = readdirSync(corpus)
    .filter(f => f.endsWith('.txt'))
    .sort();
  if (!files.length) throw new Error(`no .txt articles in ${corpus}; pass --corpus <folder of articles>`);
  const joined = files.map(file => readFileSync(join(corpus, file), 'utf8')).join('\n\n');
  const repeat = (text: string) => text.repeat(Math.ceil(chars / text.length)).slice(0, chars);
  return {
    normal: { path: 'normal.txt', text: repeat(`${joined}\n\n`) },
    unpunctuated: {
      path: 'unpunctuated.txt',
      text: repeat(`${joined.replace(/[.!?…]/g, '').replace(/\s+/g, ' ')} `),
    },
  };
}
