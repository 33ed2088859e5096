// One word of a sentence that may report a meeting, as the trigger finder read it (find-triggers.ts) and the
// construction table matches it (constructions.ts).

export type TriggerKind = 'verb' | 'noun' | 'contact';

export interface Trigger {
  kind: TriggerKind;
  /** The head word: "met", "meetings", "sat", "dinner". */
  index: number;
  /** The last word of the trigger phrase: "down" in "sat down", "dinner" in "had dinner". */
  last: number;
  /** Lemma of the head: "meet", "meeting", "visit". */
  lemma: string;
  /** "visited", "hosted", "received": an encounter only with a person. */
  needsPersonObject: boolean;
  /** "sat down", "had dinner": the other party comes with "with". */
  needsWith: boolean;
  /** The meetings lexicon the trigger word belongs to ("MEETING_VERBS"), the name patterns use as !@LEXICON. */
  lexicon: string | null;
}
