// "the Senate race", "two Peruvian army bases": an institution written before a common noun only
// says what kind of thing that noun is (a race, bases); it names no one acting. Before a noun of people ("White
// House officials", "embassy staff", "press secretary") it still names their employer and stays a mention.
import { ROLE_HEADS, ROLE_MODIFIERS } from '../lexicon/titles';
import { PEOPLE_NOUNS, PERSONNEL_NOUNS, RELATIONAL_PERSON_NOUNS } from '../lexicon/references';
import type { Token } from './02-split-sentences';
import { COUNTING_WORDS, OBJECT_PREPOSITIONS } from '../lexicon/function-words';
import { baseLower, has, isCapitalised, isJoined, isPossessive } from './token-helpers';

/** The institution mention ending at token `last` is a modifier of the common noun after it. */
export function isAttributiveInstitution(
  tokens: Token[],
  first: number,
  last: number,
  titleCase: boolean,
): boolean {
  const end = tokens[last];
  const next = tokens[last + 1];
  if (!end || !next || isPossessive(end) || !isJoined(end, next)) return false;
  // in a title-case headline ("Harlow Quits Senate Race") every word is capitalised
  const lower = (t: Token): boolean => !isCapitalised(t) || titleCase;
  if (!lower(next) || !/^\p{L}\p{Ll}+$/u.test(next.text) || has(next, 'Person')) return false;
  if (!has(next, 'Noun') && !(has(next, 'Verb') && has(next, 'PresentTense'))) return false;
  // "the Senate passes the bill": a finite verb reading may be the institution's predicate, except right after a
  // preposition, whose object it is ("access to army bases in …"), or a number, which counts the noun ("two army
  // bases")
  if (has(next, 'Verb')) {
    const prev = tokens[first - 1];
    if (
      !prev ||
      !(OBJECT_PREPOSITIONS.has(prev.text) || COUNTING_WORDS.has(prev.text) || /^\d+$/.test(prev.text))
    )
      return false;
  }
  // the compound the institution modifies, up to its head: no word of it may name people
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > last + 1 && (!isJoined(tokens[k - 1] as Token, t) || !has(t, 'Noun') || !lower(t))) break;
    if (namesPeople(baseLower(t))) return false;
  }
  return true;
}

function namesPeople(word: string): boolean {
  const singular = word.replace(/(?<=[^s])s$/, '');
  return [word, singular].some(
    w =>
      ROLE_HEADS.has(w) ||
      ROLE_MODIFIERS.has(w) ||
      PERSONNEL_NOUNS.has(w) ||
      RELATIONAL_PERSON_NOUNS.has(w) ||
      PEOPLE_NOUNS.has(word),
  );
}
