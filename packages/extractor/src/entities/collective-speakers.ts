// "State prosecutors say the mayor …", "campaign officials said X had left", "the independent prosecutor said …":
// a body speaking through a common noun and the word that makes it one body (a bare "officials said", "Israeli
// officials said" or "two prosecutors said" names no body). The phrase becomes an organization mention.
import { COLLECTIVE_SPEAKER_HEADS } from '../lexicon/organizations';
import { SPEECH_VERBS } from '../lexicon/speech';
import type { Token } from './02-split-sentences';
import { isCapitalised, isJoined } from './token-helpers';

export interface CollectiveSpeaker {
  /** Token indexes of the qualifier and the head, inclusive. */
  first: number;
  last: number;
}

/** The collective speakers of one sentence (tokens `taken` by a name are skipped). */
export function findCollectiveSpeakers(tokens: Token[], taken: ReadonlySet<number>): CollectiveSpeaker[] {
  const out: CollectiveSpeaker[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const head = tokens[k] as Token;
    const qualifiers = COLLECTIVE_SPEAKER_HEADS[head.lower];
    const qualifier = tokens[k - 1] as Token;
    const verb = tokens[k + 1] as Token;
    if (!qualifiers || taken.has(head.i) || taken.has(qualifier.i) || isCapitalised(head)) continue;
    if (!qualifiers.has(qualifier.lower) || !isJoined(qualifier, head) || !isJoined(head, verb)) continue;
    if (!SPEECH_VERBS.has(verb.lower)) continue;
    // the phrase opens its clause: at the sentence's start, after a comma, or after "the" / "what the"
    const before = tokens[k - 2];
    const singular = !head.lower.endsWith('s');
    const opens =
      !before || /[,;:]\s*$/.test(before.post) || (before.lower === 'the' && isJoined(before, qualifier));
    if (!opens || (singular && before?.lower !== 'the')) continue;
    // capitalised only as the sentence's first word
    if (isCapitalised(qualifier) && before) continue;
    out.push({ first: k - 1, last: k });
  }
  return out;
}
