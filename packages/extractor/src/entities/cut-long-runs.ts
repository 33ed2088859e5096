// "word word word …" for 200 000 characters on one line, without a full stop -> pieces of at most 200 characters,
// cut at spaces. compromise tags a sentence, and the steps after it read it, at a cost that grows much faster
// than its length (one 25 000-character sentence: over 30 s; 1 000-character pieces still cost forty times
// what normal sentences do per character), so a line that never ends a sentence stalled the extraction.
// Only a run longer than any real sentence is cut: the longest run without . ! ? … in every corpus of the project
// is 400 characters, so normal text is never cut and its results do not change. Offsets stay exact: a piece is a
// slice of its line with its own start and end.
import type { Line } from './line';

/** A run of characters without a sentence end longer than this is not a sentence: it is cut into pieces. */
export const MAX_RUN_CHARS = 600;
/** Longest piece of such a run: about the length of a long sentence. */
export const PIECE_CHARS = 200;

const SENTENCE_END = /[.!?…]/;
const SPACE = /\s/;
const UPPER = /\p{Lu}/u;

/** Where to cut `text`: inside every run over `maxRun` characters without a sentence end, every `piece`
 * characters at most; none for normal text. */
export function findLongRunCuts(text: string, maxRun = MAX_RUN_CHARS, piece = PIECE_CHARS): number[] {
  const cuts: number[] = [];
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.test(text[i] as string)) continue;
    if (i - runStart > maxRun) cuts.push(...cutRun(text, runStart, i, piece));
    runStart = i + 1;
  }
  return cuts;
}

/** Cuts in [from, to), each at most `piece` after the last: before a capitalised word in the piece's second half
 * when there is one (pieces then start as sentences do), else at its last space, else at the limit itself. */
function cutRun(text: string, from: number, to: number, piece: number): number[] {
  const cuts: number[] = [];
  let at = from;
  while (to - at > piece) {
    let space = -1;
    let capital = -1;
    for (let k = at + piece; k > at && capital === -1; k--) {
      if (!SPACE.test(text[k] as string)) continue;
      if (space === -1) space = k;
      if (k >= at + piece / 2 && UPPER.test(text[k + 1] ?? '')) capital = k;
      if (k < at + piece / 2 && space !== -1) break;
    }
    const cut = capital !== -1 ? capital : space !== -1 ? space : at + piece;
    cuts.push(cut);
    at = cut;
  }
  return cuts;
}

/** The line itself, or its pieces (whitespace at the cuts left out) when it has a run over the cap. */
export function cutLongRuns(line: Line): Line[] {
  if (line.text.length <= MAX_RUN_CHARS) return [line];
  const cuts = findLongRunCuts(line.text);
  if (cuts.length === 0) return [line];
  const bounds = [0, ...cuts, line.text.length];
  const pieces: Line[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let start = bounds[k] as number;
    let end = bounds[k + 1] as number;
    while (start < end && SPACE.test(line.text[start] as string)) start++;
    while (end > start && SPACE.test(line.text[end - 1] as string)) end--;
    if (end > start) {
      pieces.push({
        ...line,
        start: line.start + start,
        end: line.start + end,
        text: line.text.slice(start, end),
      });
    }
  }
  return pieces;
}
