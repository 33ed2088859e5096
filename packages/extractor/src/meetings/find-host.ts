// "Duarte and Okafor met at the guild hall, during talks hosted by a mediator, Lee." -> host [Lee]
// A setting phrase after a meeting clause ("in talks hosted by X", "at a dinner chaired by X") names who ran the
// encounter the clause tells; a person who hosts or chairs talks sits in them (as "Lee hosted talks between …").
import { HOSTING_PARTICIPLES, MEAL_NOUNS, MEETING_NOUNS } from './lexicon';
import { namedEntitiesOf, readNounPhraseForward, renameByApposition } from './noun-phrases';
import type { SentenceReading } from './read-sentence';

export interface Host {
  ids: string[];
  /** The participle as written: "hosted". */
  participle: string;
  /** The last token of the host's phrase. */
  last: number;
}

/** How far after the parties the setting phrase may start: a place phrase may stand between. */
const MAX_GAP = 14;

/** The person(s) who hosted the encounter, from a setting phrase after `from` in the same clause, or null. */
export function findHost(reading: SentenceReading, from: number): Host | null {
  const { tokens } = reading;
  for (let at = from; at < Math.min(tokens.length, from + MAX_GAP); at += 1) {
    const token = tokens[at]!;
    // another clause begins: its verb is not the setting's
    if (token.tags.has('Verb') && !HOSTING_PARTICIPLES.has(token.normal)) return null;
    if (!/^(in|at|during|over)$/.test(token.normal)) continue;
    const noun = settingNoun(reading, at + 1);
    if (noun < 0) continue;
    const participle = tokens[noun + 1]?.normal ?? '';
    if (!HOSTING_PARTICIPLES.has(participle) || tokens[noun + 2]?.normal !== 'by') return null;
    const phrase = readNounPhraseForward(reading, noun + 3);
    if (!phrase) return null;
    const renamed = renameByApposition(reading, phrase);
    const ids = (namedEntitiesOf(reading, renamed) ?? []).filter(
      id => reading.analysis.entities.get(id)?.label === 'Person',
    );
    return ids.length > 0 ? { ids, participle, last: renamed.last } : null;
  }
  return null;
}

// "talks", "a dinner", "the two-hour meeting": the index of the meeting or meal noun the phrase is headed by, or -1
function settingNoun(reading: SentenceReading, from: number): number {
  const { tokens } = reading;
  for (let at = from; at < Math.min(tokens.length, from + 4); at += 1) {
    const token = tokens[at]!;
    if (MEETING_NOUNS.has(token.normal) || MEAL_NOUNS.has(token.normal)) return at;
    if (!(token.tags.has('Determiner') || token.tags.has('Adjective') || token.tags.has('Value'))) return -1;
  }
  return -1;
}
