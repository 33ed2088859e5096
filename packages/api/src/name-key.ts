// "José García-López" -> "josegarcialopez": the key that makes name lookups ignore case, accents, spaces and
// punctuation. Cypher has no accent folding, so candidates from the full-text index are compared in JS
// (resolve-names.ts).

import { foldLetters } from '@news-kg/graph-model';

export { SPECIAL_FOLDS } from '@news-kg/graph-model';

/**
 * "Sergéy O'Neil" -> "sergeyoneil": lower case, accents folded, only letters and digits kept. The special
 * letters are folded before NFKD, as a character-by-character fold would ("ǣ" -> "æ", not "ae"); NFKD of the
 * whole string then decomposes each character as it would alone, so one pass over the string gives the same key
 * as folding each character (name lookups run this on every request).
 */
export function toNameKey(text: string): string {
  return foldLetters(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** "José García" -> ["jose", "garcia"]: the words of a name, folded, for a full-text query. */
export function toNameTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map(toNameKey)
    .filter(token => token.length > 0);
}

/** The extractor's id slug, so a canonical name finds its node by id: "Ana Duarte" -> "ana-duarte". */
export { slugify as toSlug } from '@news-kg/graph-model';
