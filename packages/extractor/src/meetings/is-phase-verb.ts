// "broke down", "began", "kicked off": a verb phrase of a meeting's course, or of a stretch of time it opens or closes.
import { PHASE_VERBS } from './lexicon';
import type { SentenceReading, VerbPhrase } from './read-sentence';

/** True when the verb phrase (with a particle compromise left outside it) is one of PHASE_VERBS. */
export function isPhaseVerb(reading: SentenceReading, verb: VerbPhrase): boolean {
  const particle = reading.tokens[verb.last + 1]?.normal ?? '';
  return PHASE_VERBS.has(verb.infinitive) || PHASE_VERBS.has(`${verb.infinitive} ${particle}`);
}
