// One statement as one article reports it, with what the cross-article merge compares read once: its normalised
// words, content words, figures, quoted runs and the meetings it tells. to-statement-graph.ts builds them;
// same-remark.ts compares two of them.
import type { ArticleAnalysis, StatementFact } from '../analysis';
import type { QuotedWords } from './shared-quoted-words';

export interface Occurrence {
  articleIndex: number;
  analysis: ArticleAnalysis;
  fact: StatementFact;
  key: string;
  /** The text normalised for comparison (case, accents, punctuation). */
  normalized: string;
  words: string[];
  /** Its figures (shared-figure.ts), read once: every pair of one speaker's occurrences compares them. */
  figures: string[];
  /** The text's words and its quoted runs, for words one outlet quotes and another carries. */
  quoting: QuotedWords;
  /** Meeting nodes whose reporting sentences carry these words (the statement is an account of them). */
  meetingIds: string[];
  /** Meeting nodes this denial says did not take place. */
  deniedMeetingIds: string[];
  /** Who met, per meeting the statement tells (sorted participant ids joined), denied and reported alike: a denial
   * and an assertion of one encounter meet here even when the meeting layer keeps them apart by status. */
  toldEncounters: string[];
  deniedEncounters: string[];
}
