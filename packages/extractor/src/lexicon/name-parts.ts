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

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Luiz da Silva", "Ahmed bin Salman". */
export const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'y']);

/** Titles of laws and of works and programmes ("Clean Water Act", "the Breakfast Show"): they name no one. */
export const LAW_HEADS = new Set(['act', 'bill', 'law', 'treaty', 'directive', 'accord', 'amendment', 'show', 'programme', 'program', 'podcast', 'documentary', 'series']);

/** Indefinite pronouns the tagger may read as nouns: "Nobody said", "Everyone knows". */
export const INDEFINITES = new Set([
  'everyone',
  'everybody',
  'nobody',
  'somebody',
  'someone',
  'anyone',
  'anybody',
  'none',
  'noone',
  'others',
  'many',
  'most',
  'some',
  'all',
  'both',
  'each',
  'few',
  'several',
]);
