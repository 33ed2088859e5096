// "Acme and the dockers' union met on Monday. … Both sides declined to comment." -> "Both sides" is Acme and the
// union: "the two", "both", "the pair", "the duo", with or without a plural noun ("the two leaders", "both men"),
// stand for the last two entities the article coordinated ("X and Y", "between X and Y") within the last few
// sentences of the body; a noun of people ("men", "leaders") takes only two people. Two mentions cover the phrase.
import { PAIR_NOUNS } from '../lexicon/references';
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkMention } from './06-resolve-names';
import { entityOf, mentionAt, mentionsIn } from './mention-helpers';
import { PEOPLE_NOUNS } from '../lexicon/references';

/** How many sentences back (the sentence itself included) the coordinated pair may stand: a story names its two
 * sides in the lede and may call them "both sides" several paragraphs on. */
const PAIR_WINDOW = 10;

/** Adds two 'description' mentions, one per entity of the pair, for each pair reference. */
export function resolvePairReferences(sentences: readonly ParsedSentence[], names: ResolvedNames): void {
  for (const s of sentences) {
    if (s.zone !== 'body') continue;
    for (const t of s.tokens) {
      const phrase = readPairPhrase(s.tokens, t.i);
      if (!phrase || mentionAt(names, s.index, phrase.last)) continue;
      const pair = findCoordinatedPair(sentences, names, s, phrase.first, phrase.peopleOnly);
      if (!pair) continue;
      const first = s.tokens[phrase.first] as Token;
      const last = s.tokens[phrase.last] as Token;
      for (const key of pair) {
        names.mentions.push({
          entityKey: key,
          start: first.start,
          end: last.end,
          surface: s.tokens
            .slice(phrase.first, phrase.last + 1)
            .map(x => x.text)
            .join(' '),
          form: 'description',
          sentence: s.index,
          first: phrase.first,
          last: phrase.last,
        });
      }
    }
  }
}

interface PairPhrase {
  first: number;
  last: number;
  peopleOnly: boolean;
}

/** "the two [leaders]", "both [sides]", "the pair", "the duo" starting at token i. */
function readPairPhrase(tokens: readonly Token[], i: number): PairPhrase | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  let last: number;
  if (t.lower === 'both') last = i;
  else if (t.lower === 'the' && next && ['two', 'pair', 'duo'].includes(next.lower)) last = i + 1;
  else return null;
  // "both Acme and X", "both of them", "the two companies' …": not a pair reference of its own
  const after = tokens[last + 1];
  if (t.lower === 'both' && after && !PAIR_NOUNS.has(after.lower) && !after.tags.has('Verb')) return null;
  const noun = after && PAIR_NOUNS.has(after.lower) ? last + 1 : last;
  if (
    noun === last &&
    after &&
    (after.tags.has('Noun') || after.tags.has('Adjective')) &&
    !after.tags.has('Verb')
  )
    return null;
  return { first: i, last: noun, peopleOnly: PEOPLE_NOUNS.has((tokens[noun] as Token).lower) };
}

/** The two entities of the last "X and Y" before the phrase, within the window. */
function findCoordinatedPair(
  sentences: readonly ParsedSentence[],
  names: ResolvedNames,
  s: ParsedSentence,
  before: number,
  peopleOnly: boolean,
): [string, string] | null {
  for (let k = s.index; k >= 0 && k > s.index - PAIR_WINDOW; k--) {
    const prev = sentences[k] as ParsedSentence;
    if (prev.zone !== 'body' && k !== s.index) break;
    const ms = mentionsIn(names, k).filter(m => k !== s.index || m.last < before);
    for (let j = ms.length - 1; j > 0; j--) {
      const right = ms[j] as WorkMention;
      const left = ms[j - 1] as WorkMention;
      if (!isCoordinated(prev.tokens, left, right) || left.entityKey === right.entityKey) continue;
      const a = entityOf(names, left);
      const b = entityOf(names, right);
      if (!a || !b || (peopleOnly && (a.label !== 'Person' || b.label !== 'Person'))) continue;
      return [a.key, b.key];
    }
  }
  return null;
}

/** "X and Y", "X and the Y union": only "and" and a determiner or lower-case head words of Y's phrase between. */
function isCoordinated(tokens: readonly Token[], left: WorkMention, right: WorkMention): boolean {
  const between = tokens.slice(left.last + 1, right.first);
  if (between[0]?.lower !== 'and' || /[,;:]/.test((tokens[left.last] as Token).post)) return false;
  return between.slice(1).every(t => t.lower === 'the');
}
