// "Duarte spoke with Okafor by telephone", "held a virtual meeting with Okafor", "met Okafor via video link": an
// encounter told with a means of talking at a distance is a call, and a call is no meeting in person.
import { nounPhraseStart } from './find-parties';
import type { Parties } from './find-parties';
import { MEANS_PREPOSITIONS, REMOTE_MEANS } from './lexicon';
import type { SentenceReading } from './read-sentence';
import { endsPhrase } from './read-sentence';
import type { Trigger } from './trigger';

/** How far after the parties the means may be told ("met Okafor on Monday by video link"). */
const MEANS_WINDOW = 8;

/** True when the trigger's own phrase ("a virtual meeting") or its clause ("by phone") tells a remote means. */
export function isRemote(reading: SentenceReading, trigger: Trigger, parties: Parties): boolean {
  const { tokens } = reading;
  const first = trigger.kind === 'verb' ? trigger.index : nounPhraseStart(reading, trigger.index);
  for (let at = first; at < trigger.index; at += 1) if (REMOTE_MEANS.has(tokens[at]!.normal)) return true;
  const end = Math.min(tokens.length, parties.partiesEnd + 1 + MEANS_WINDOW);
  for (let at = trigger.last + 1; at < end; at += 1) {
    const token = tokens[at]!;
    if (/^(virtually|remotely|online)$/.test(token.normal)) return true;
    if (MEANS_PREPOSITIONS.has(token.normal)) {
      const means = [tokens[at + 1], tokens[at + 2]].find(t => t && !t.tags.has('Determiner'));
      if (means && REMOTE_MEANS.has(means.normal)) return true;
    }
    if (at > parties.partiesEnd && endsPhrase(token)) return false;
  }
  return false;
}
