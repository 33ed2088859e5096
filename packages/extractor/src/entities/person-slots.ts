// Slots of a sentence only a person fills: a bare name (words the tagger knows nothing of) there is a person's name.
// "had breakfast with Kelda Marr", "went to see Ferris Wald", "toured the site with Ilka Dorne", "spoke to Idris
// Kallow". The caller has checked the name is two or three bare capitalised words in prose (no headline), so places
// and bodies with a head word ("Port Selden", "Ostra Telecom") never reach here.
import type { Token } from './02-split-sentences';
import { has, isCapitalised } from './token-helpers';
import {
  COMPANY_VERBS,
  INFINITIVE_MARKERS,
  PARTNER_NOUNS,
  PERSON_OBJECT_VERBS,
  SPOKEN_TO_VERBS,
} from '../lexicon/person-slots';

/** Whether the name at tokens first..last stands in a slot only a person fills (rows in docs/entities.md). */
export function isPersonOnlySlot(tokens: Token[], first: number, last: number): boolean {
  if (modifiesNextNoun(tokens, last)) return false;
  const before = tokens[first - 1];
  if (!before || /[,;:.!?]/.test(before.post)) return false;
  const b = before.lower;
  // row partner-noun-with: "had breakfast with X", "held talks with X", "a meeting with X"
  if (b === 'with') {
    const noun = tokens[first - 2];
    if (noun && !/[,;:]/.test(noun.post) && PARTNER_NOUNS.has(noun.lower)) return true;
    // row company-verb-object-with: "toured the site with X", "spent the evening with X"
    for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
      const t = tokens[k] as Token;
      if (/[,;:]/.test(t.post) || isCapitalised(t)) return false;
      if (COMPANY_VERBS.has(t.lower)) return k < first - 2;
      const nounPhrase = ['Noun', 'Date', 'Determiner', 'Adjective', 'Possessive'].some(tag => has(t, tag));
      if (!nounPhrase) return false;
    }
    return false;
  }
  // row infinitive-person-verb: "went to see X", "is due to meet X", "will thank X"
  if (PERSON_OBJECT_VERBS.has(b)) {
    const marker = tokens[first - 2];
    return !!marker && INFINITIVE_MARKERS.has(marker.lower) && !/[,;:]/.test(marker.post);
  }
  // row spoken-to: "spoke to X", "was talking to X"
  if (b === 'to') {
    const verb = tokens[first - 2];
    return !!verb && SPOKEN_TO_VERBS.has(verb.lower) && !/[,;:]/.test(verb.post);
  }
  return false;
}

/** "dined with Grand Harbour staff", "met Halden Mutual officials": a name right before a lower-case common noun
 * modifies it (the staff, the officials are the partners), so the slot says nothing of the name. */
export function modifiesNextNoun(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return (
    !!next &&
    /^\s+$/.test((tokens[last] as Token).post) &&
    !isCapitalised(next) &&
    has(next, 'Noun') &&
    !has(next, 'Verb') &&
    !has(next, 'Pronoun') &&
    !has(next, 'Date') &&
    !has(next, 'Adverb')
  );
}
