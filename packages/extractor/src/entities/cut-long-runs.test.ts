import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Line } from './line';
import { cutLongRuns, findLongRunCuts, MAX_RUN_CHARS, PIECE_CHARS } from './cut-long-runs';

const line = (text: string, start = 0): Line => ({
  start,
  end: start + text.length,
  text,
  zone: 'body',
  paragraph: 0,
});

test('a line without a sentence end is cut at spaces into pieces whose offsets are exact', () => {
  const words = ['talks', 'with', 'Ana', 'Duarte', 'in', 'Lisbon', 'about', 'the', 'harbour', 'contract'];
  const text = Array.from({ length: 900 }, (_, i) => words[i % words.length]).join(' ');
  const pieces = cutLongRuns(line(text, 1_000));
  expect(pieces.length).toBeGreaterThan(text.length / PIECE_CHARS);
  for (const piece of pieces) {
    expect(piece.text.length).toBeLessThanOrEqual(PIECE_CHARS);
    expect(text.slice(piece.start - 1_000, piece.end - 1_000)).toBe(piece.text);
    expect(piece.text).toBe(piece.text.trim());
  }
  // Nothing is lost: the pieces hold every word, in order.
  expect(pieces.map(p => p.text).join(' ')).toBe(text);
  // Pieces start as sentences do, on a capitalised word, where the text has one near the cut.
  expect(pieces.slice(1).every(p => /^[A-Z]/.test(p.text))).toBe(true);
});

test('a run without spaces is cut at the limit; sentences around a long run are left whole', () => {
  expect(findLongRunCuts('x'.repeat(1_000))).toEqual([200, 400, 600, 800]);
  const sentence = 'Ana Duarte met Tomas Reyes in Lisbon. ';
  const text = `${sentence}${'word '.repeat(200)}. ${sentence}`;
  const cuts = findLongRunCuts(text);
  expect(cuts.length).toBeGreaterThan(0);
  expect(cuts.every(cut => cut > sentence.length && cut < text.length - sentence.length)).toBe(true);
});

// The same check on the real articles of ../shared runs in CI: test/cut-long-runs.shared.test.ts.
test('no line of an article of the project is cut: every run without a sentence end there is under the cap', () => {
  const corpora = [
    '../../../cli/example-corpus',
    '../../../../test/heldout/corpus',
    '../../../../test/heldout-story/corpus',
    '../../../../test/heldout-story-2/corpus',
    '../../../../test/heldout-story-3/corpus',
  ];
  let lines = 0;
  for (const corpus of corpora.map(dir => resolve(__dirname, dir))) {
    for (const file of readdirSync(corpus).filter(f => f.endsWith('.txt'))) {
      for (const text of readFileSync(join(corpus, file), 'utf8').split('\n')) {
        lines += 1;
        expect([file, findLongRunCuts(text)]).toEqual([file, []]);
      }
    }
  }
  expect(lines).toBeGreaterThan(100);
  expect(MAX_RUN_CHARS).toBeGreaterThan(400); // the longest such run in the project's corpora
});
