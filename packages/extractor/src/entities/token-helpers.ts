// Small predicates over tagged tokens shared by the name, role and reference steps.
import type { Token } from './02-split-sentences';
import { HONORIFICS } from '../lexicon/titles';

const CAPITALISED = /^[\p{Lu}]/u;
const CAMEL_BRAND = /^\p{Ll}{1,4}\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)*$/u;
const ACRONYM = /^(?:[\p{Lu}]\.){2,}$|^[\p{Lu}]{2,6}$/u;

/** Capitalised, or a brand written in camel case with a lower-case first letter ("easyJet", "eBay", "iPhone"). */
export const isCapitalised = (t: Token): boolean => CAPITALISED.test(t.text) || CAMEL_BRAND.test(t.text);
export const isAcronym = (t: Token): boolean =>
  ACRONYM.test(t.text.replace(/\.$/, '') + (t.text.endsWith('.') ? '.' : ''));
export const isAllCaps = (t: Token): boolean =>
  t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
export const has = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);

/** "Duarte's", "Rivers’" (apostrophe left in post) -> true. */
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
  if (/^\s+$/.test(post) && post.length <= 2 && !post.includes('\n')) return !/["“”'‘([]/.test(b.pre);
  if (post === '-' || post === '‐') return true;
  // (an opening bracket or quotation mark before the next word parts them: "Inc. (NASDAQ: …)")
  if (/^\.\s$/.test(post))
    return (
      (has(a, 'Honorific') || has(a, 'Abbreviation') || /^\p{Lu}$/u.test(a.text)) && !/["“”'‘([]/.test(b.pre)
    );
  return false;
}

/** Words that open sentences but never names ("But", "Asked", "Speaking", "Top"). */
export function isSentenceOpenerNotName(t: Token): boolean {
  for (const tag of [
    'Determiner',
    'Preposition',
    'Conjunction',
    'Adverb',
    'Pronoun',
    'Verb',
    'QuestionWord',
    'Adjective',
    'Expression',
    'Negative',
    'Value',
  ]) {
    if (t.tags.has(tag) && !t.tags.has('Demonym') && !t.tags.has('Person') && !t.tags.has('Honorific'))
      return true;
  }
  return false;
}

const COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'in']);

/** "The chief executive of Acme Mining, Tomas Vidal," / "a ministry spokesperson, Johan Ek,": the head noun of a
 * title set off by a comma right before the name at `first`; -1 when there is none. */
export function findTitleBeforeName(
  tokens: readonly Token[],
  first: number,
  roleHeads: ReadonlySet<string>,
): number {
  // "The head of the council, Dr. Sanna Berg,": a courtesy title between the comma and the name
  // (or a capitalised title: "…, Professor Hugh Tallis,")
  while (
    first > 1 &&
    (HONORIFICS.has(baseLower(tokens[first - 1] as Token)) ||
      (/^\p{Lu}/u.test((tokens[first - 1] as Token).text) &&
        roleHeads.has(baseLower(tokens[first - 1] as Token)))) &&
    !/,/.test((tokens[first - 1] as Token).post)
  )
    first--;
  const c = tokens[first - 1];
  if (!c || !/^\s*,\s*$/.test(c.post)) return -1;
  // the leftmost head whose complement runs to the comma: "a spokeswoman for the governor," -> spokeswoman
  let found = -1;
  for (let h = first - 1; h >= 0 && h >= first - 9; h--) {
    const t = tokens[h] as Token;
    if (h !== first - 1 && /[,;:]/.test(t.post)) break;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) break;
    const next = tokens[h + 1];
    if (roleHeads.has(baseLower(t)) && (h === first - 1 || (next && COMPLEMENT_PREPOSITIONS.has(next.lower))))
      found = h;
  }
  return found;
}
