// `dismissed the audit as "a work of pure fiction"` (one outlet) and `"The audit is a work of pure fiction, written
// to order"` (another, quoting the same speaker): the words one outlet puts in quotation marks are the speaker's
// own, so another outlet's statement of that speaker carrying the same run of words reports the same remark,
// whatever frames it. Two translations or spellings of one remark may differ by a letter in a long word
// (organisation / organization); shorter words must match exactly.
import { normalizeForKey } from '@news-kg/graph-model';
import { toContentWords } from './content-words';

/** A quoted run this long (words) with this many content words is no coincidence within one speaker's words. */
const MIN_RUN_WORDS = 4;
/** A partial quote ("was "cooperating fully" with …") found inside another outlet's full quotation of the same
 * speaker: the full quotation is the remark the partial one cuts from, so two words in a row suffice. */
const MIN_RUN_WORDS_IN_QUOTATION = 2;
const MIN_RUN_CONTENT_WORDS = 2;
/** Words at least this long may differ by one edit (a spelling or translation variant); statement blocking keys
 * such words by their one-deletion variants (blocking-keys.ts). */
export const VARIANT_MIN_LENGTH = 8;

/** A statement's words and the runs it puts in quotation marks, read once per statement. */
export interface QuotedWords {
  words: string[];
  runs: string[][];
}

export function readQuotedWords(text: string): QuotedWords {
  return { words: toWords(text), runs: findQuotedRuns(text) };
}

/** Some quoted run of words inside `framed` (a reported statement quoting the speaker in part) stands in `other`. */
export function sharesQuotedWords(
  framed: QuotedWords,
  other: QuotedWords,
  otherIsQuotation = false,
): boolean {
  const min = otherIsQuotation ? MIN_RUN_WORDS_IN_QUOTATION : MIN_RUN_WORDS;
  return framed.runs.some(run => run.length >= min && containsRun(other.words, run));
}

/** The runs of words between double quotation marks, long enough to count. */
function findQuotedRuns(text: string): string[][] {
  return [...text.matchAll(/["\u201c]([^"\u201c\u201d]+)["\u201d]/g)]
    .map(m => m[1] ?? '')
    .filter(run => toContentWords(run).length >= MIN_RUN_CONTENT_WORDS)
    .map(toWords)
    .filter(run => run.length >= MIN_RUN_WORDS_IN_QUOTATION);
}

function toWords(text: string): string[] {
  return normalizeForKey(text).split(' ').filter(Boolean);
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i += 1) {
    if (run.every((w, k) => isSameWord(w, words[i + k] ?? ''))) return true;
  }
  return false;
}

function isSameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= VARIANT_MIN_LENGTH && isOneEditApart(a, b);
}

/** One substitution, insertion or deletion turns one word into the other. */
export function isOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1);
}
