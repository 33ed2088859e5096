// Words of personal names that the tagger cannot tell from ordinary words.

/** Second parts of hyphenated compounds that are ordinary English, never a given name's second syllable:
 * "Calgary-based", "state-run", "Kremlin-backed", "President-elect" (a given name "Min-jun" or "Jae-yong" ends in a
 * syllable that is no English word). */
export const COMPOUND_TAILS: ReadonlySet<string> = new Set([
  'based', 'born', 'run', 'led', 'owned', 'backed', 'made', 'built', 'bred', 'funded', 'linked', 'allied', 'style',
  'like', 'wide', 'long', 'old', 'free', 'level', 'type', 'term', 'era', 'year', 'day', 'week', 'month', 'time',
  'class', 'elect', 'designate', 'in-law', 'law', 'general', 'speaking', 'friendly', 'sized', 'scale', 'bound',
  'area', 'region', 'side', 'wing', 'leaning', 'centric', 'inspired', 'controlled', 'dominated', 'registered',
  'listed', 'headquartered', 'focused', 'related', 'specific', 'only', 'first', 'ready', 'proof', 'up', 'down',
  'out', 'off', 'over', 'on', 'upon', 'sur', 'sous', 'le', 'la', 'les', 'en', 'am', 'im', 'an', 'in', 'at', 'to', 'for', 'and', 'or', 'the', 'a', 'an', 'of', 'new', 'old',
]);

/** Irregular plurals whose possessive stands inside an institution's name as a regular plural's does ("People's
 * Liberation Army", "Women's Institute", "Children's Hospital", beside "Dock Workers' Union"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'women', 'men', 'children', 'folk']);
