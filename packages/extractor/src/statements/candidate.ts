// `Ana Duarte denied the report.` -> { speakerIds: ['person:ana-duarte'], text: 'denied the report', kind:
// 'denial', mode: 'reported', spans: [[11, 28]], firstSentence: 0, lastSentence: 0 }: a statement as one rule
// found it, before merging within the article (paraphrase + quote) and across articles.
import type { Zone } from '../analysis';
import type { StatementKind } from '@news-kg/graph-model';

export interface Candidate {
  /** The id of the construction row (constructions.ts) that read it: why the statement exists. */
  rule: string;
  speakerIds: string[];
  /** The quote or the reported claim in the article's words (pieces of a split quote joined by a space). */
  text: string;
  /** Where the words of `text` stand in the article. */
  spans: Array<[start: number, end: number]>;
  kind: StatementKind;
  /** The reporting verb fixed the kind (denied, confirmed, refused), so content cannot override it. */
  kindFromVerb: boolean;
  mode: 'quote' | 'reported';
  quoted: boolean;
  firstSentence: number;
  lastSentence: number;
  zone: Zone;
  /** The speaker was named by a pronoun ("he said"). */
  viaPronoun?: boolean;
  /** The speaker was named by a pronoun or a description ("he said", "according to the paper"): the sentence
   * leans on an earlier one for its source. */
  viaAnaphor?: boolean;
  /** Reported speech whose words hold a clause of their own ("denied that he would leave"), not only an object
   * ("denied the allegations"). */
  clause?: boolean;
  /** A quote whose attribution is only "X said" / "she added" (no other clause): it can carry a paraphrase. */
  bareAttribution?: boolean;
  /** The attribution outside the quoted words ("he said in a statement on Wednesday"), for the date. */
  attribution: [start: number, end: number] | null;
}

/** Cuts trailing punctuation that stands outside the quoted words: `the plan, ` -> `the plan`. */
export function trimStatementText(raw: string): string {
  let text = raw.trim().replace(/[\s,;:\u2014-]+$/, '');
  const marks = (text.match(/["\u201c\u201d]/g) ?? []).length;
  if (marks % 2 === 0) text = text.replace(/[.,;:]+$/, '');
  return text.trim();
}
