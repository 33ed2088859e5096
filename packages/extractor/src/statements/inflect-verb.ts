// "quip" -> quip, quips, quipped, quipping; "rebut" -> rebut, rebuts, rebutted, rebutting; "agree" -> agree,
// agrees, agreed, agreeing: the forms of a regular English verb, so that one lexicon row (a lemma) reaches every
// form a sentence may use. compromise's conjugator knows the stress of the verbs in its lexicon (it doubles
// "admitted", "referred" but not "visited"), yet returns the bare lemma as the past of verbs it does not know
// ("quip", "tweet") and as the gerund of some it does ("slam"): its doubling is trusted, its gaps are not.
import { nlp } from '../nlp';

interface Conjugation {
  PastTense?: string;
  Gerund?: string;
}
type Conjugator = (verb: string, model: unknown) => Conjugation;

const world = nlp.world() as unknown as {
  methods: { two: { transform: { verb: { conjugate: Conjugator } } } };
  model: unknown;
};

/** Base, third person, past and gerund of a regular verb (irregular verbs list their forms in the lexicon). */
export function inflectVerb(lemma: string): string[] {
  const known = world.methods.two.transform.verb.conjugate(lemma, world.model);
  const doubles = isStressedCvc(lemma) || doublesIn(known.PastTense, lemma) || doublesIn(known.Gerund, lemma);
  const stem = doubles ? lemma + lemma.slice(-1) : lemma;
  if (/ee$/.test(lemma)) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma}ing`];
  if (/ie$/.test(lemma)) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -2)}ying`];
  if (/e$/.test(lemma)) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma))
    return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

/** compromise wrote the verb's last consonant twice ("rebutted"): the verb is stressed on its last syllable. */
function doublesIn(form: string | undefined, lemma: string): boolean {
  const last = lemma.slice(-1);
  return !!form && form.startsWith(lemma + last) && form !== lemma;
}

/** One syllable ending consonant-vowel-consonant ("slam", "quip": "qu" counts as a consonant), the last not w, x
 * or y: English doubles that consonant before -ed and -ing. */
function isStressedCvc(lemma: string): boolean {
  const word = lemma.replace(/^qu/, 'q');
  const syllables = word.match(/[aeiouy]+/g) ?? [];
  return syllables.length === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(word);
}
