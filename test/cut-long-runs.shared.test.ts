// Cutting long runs (packages/extractor/src/entities/cut-long-runs.ts) never touches a real article: every run
// without a sentence end in the shared dev and real articles is under the cap (a ratchet: it reads ../shared).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findLongRunCuts, MAX_RUN_CHARS } from '@news-kg/extractor';

const SHARED = resolve(__dirname, '..', '..', 'shared', 'corpus');

test('no line of a real article is cut', () => {
  let lines = 0;
  for (const corpus of ['dev', 'real'].map(set => join(SHARED, set))) {
    for (const file of readdirSync(corpus).filter(f => f.endsWith('.txt'))) {
      for (const text of readFileSync(join(corpus, file), 'utf8').split('\n')) {
        lines += 1;
        expect([file, findLongRunCuts(text)]).toEqual([file, []]);
      }
    }
  }
  expect(lines).toBeGreaterThan(100);
  expect(MAX_RUN_CHARS).toBeGreaterThan(400); // the longest such run in the shared articles
});
