// Small predicates over tagged tokens shared by the name, role and reference steps.
import type { Token } from './02-split-sentences';

const CAPITALISED = /^[\p{Lu}]/u;
const ACRONYM = /^(?:[\p{Lu}]\.){2,}$|^[\p{Lu}]{2,6}$/u;

export const isCapitalised = (t: Token): boolean => CAPITALISED.test(t.text);
export const isAcronym = (t: Token): boolean => ACRONYM.test(t.text.replace(/\.$/, '') + (t.text.endsWith('.') ? '.' : ''));
export const isAllCaps = (t: Token): boolean => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
export const has = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);

/** "Duarte's", "Sessions’" (apostrophe left in post) -> true. */
export function isPossessive(t: Token): boolean {
  return /['’]s$/i.test(t.text) || (/s$/i.test(t.text) && /^['’]/.test(t.post));
}

/** "Duarte's" -> "Duarte"; "U.S." stays "U.S.". */
export function baseText(t: Token): string {
  return t.text.replace(/['’]s$/i, '');
}

/** Lower-case base form without possessive: the key of lexicon lookups. */
export function baseLower(t: Token): string {
  return baseText(t).toLowerCase().replace(/\.$/, '');
}

/** Tokens written together as one name part: only spaces, a hyphen, or an abbreviation's full stop between. */
export function isJoined(a: Token, b: Token): boolean {
  if (isPossessive(a)) return false;
  const post = a.post;
  if (/^\s+$/.test(post) && post.length <= 2 && !post.includes('\n')) return !/["“”'‘(\[]/.test(b.pre);
  if (post === '-' || post === '‐') return true;
  if (/^\.\s$/.test(post)) return has(a, 'Honorific') || has(a, 'Abbreviation') || /^\p{Lu}$/u.test(a.text);
  return false;
}

/** Words that open sentences but never names ("But", "Asked", "Speaking", "Top"). */
export function isSentenceOpenerNotName(t: Token): boolean {
  for (const tag of ['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Verb', 'QuestionWord', 'Adjective', 'Expression', 'Negative', 'Value']) {
    if (t.tags.has(tag) && !t.tags.has('Demonym') && !t.tags.has('Person') && !t.tags.has('Honorific')) return true;
  }
  return false;
}

export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'insisted', 'insists', 'denied', 'denies', 'stated',
  'states', 'claimed', 'claims', 'argued', 'argues', 'noted', 'notes', 'explained', 'wrote', 'writes',
  'warned', 'warns', 'confirmed', 'confirms', 'announced', 'announces', 'asked', 'asks', 'replied', 'responded',
  'dismissed', 'rejected', 'rejects', 'accused', 'accuses', 'declined', 'refused', 'acknowledged', 'admitted',
  'tweeted', 'posted', 'recalled', 'stressed', 'suggested', 'urged', 'called', 'met', 'resigned', 'reported',
]);
