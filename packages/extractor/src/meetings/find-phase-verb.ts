// "Talks between Varga and Pernell, chaired by Halloran, broke down on Thursday" -> "broke down": the predicate of a
// meeting noun that tells how the meeting itself went (took place, began, ended, broke down) is said of the
// meeting, so its date and place are the meeting's. Appositions and participle phrases between commas may stand
// between the subject and that predicate ("Pernell, the guild's treasurer,", "…, chaired by Halloran,").
import type { Parties } from './find-parties';
import { nounPhraseStart } from './find-parties';
import { isPhaseVerb } from './is-phase-verb';
import type { Trigger } from './trigger';
import type { SentenceReading, VerbPhrase } from './read-sentence';
import { endsPhrase, verbAt } from './read-sentence';

/** How far (tokens) a parenthetical between commas may run before the predicate. */
const PARENTHETICAL_MAX = 15;

/** The course-of-meeting verb whose subject is the meeting noun of `trigger`, or null. */
export function findPhaseVerb(
  reading: SentenceReading,
  trigger: Trigger,
  parties: Parties,
): VerbPhrase | null {
  const { tokens } = reading;
  if (trigger.kind !== 'noun' || parties.verb !== null) return null;
  // the noun phrase must open its clause to be the subject: "Talks between …", "On Monday, talks between …"
  const npFirst = nounPhraseStart(reading, trigger.index);
  if (npFirst > 0 && !/,/.test(tokens[npFirst - 1]!.post)) return null;
  const phaseAt = (i: number): VerbPhrase | null => {
    const verb = verbAt(reading, i);
    return verb && verb.first === i && isPhaseVerb(reading, verb) ? verb : null;
  };
  let at = parties.partiesEnd;
  // a comma after the parties opens a parenthetical ("Y, the guild's treasurer,", "…, chaired by Halloran,"): the
  // predicate comes after the comma that closes it
  for (let hops = 0; hops < 2 && !phaseAt(at + 1) && /,/.test(tokens[at]?.post ?? ''); hops += 1) {
    const close = tokens.findIndex((t, i) => i > at && i <= at + PARENTHETICAL_MAX && endsPhrase(t));
    if (close < 0 || !/,/.test(tokens[close]!.post)) return null;
    at = close;
  }
  // "Her meeting with Okafor since the flood took place on Thursday": a short time phrase closing the subject
  // (a preposition of time and a noun phrase with no verb of its own) stands before the predicate
  if (!phaseAt(at + 1) && TIME_PREPOSITIONS.has(tokens[at + 1]?.normal ?? '') && !endsPhrase(tokens[at]!)) {
    for (let k = at + 3; k <= at + 1 + TIME_PHRASE_MAX && k < tokens.length; k += 1) {
      if (endsPhrase(tokens[k - 1]!)) break;
      const verb = phaseAt(k);
      if (verb) return verb;
      if (tokens[k]!.tags.has('Verb')) break;
    }
  }
  return phaseAt(at + 1);
}

/** Prepositions of a time phrase that may close a meeting noun's subject ("since the flood", "after the vote"). */
const TIME_PREPOSITIONS = new Set(['since', 'after', 'before', 'during']);
/** How far (tokens) such a phrase may run. */
const TIME_PHRASE_MAX = 5;
