// Words of personal names that the tagger cannot tell from ordinary words.

/** Second parts of hyphenated compounds that are ordinary English, never a given name's second syllable:
 * "Calgary-based", "state-run", "Kremlin-backed", "President-elect" (a given name "Min-jun" or "Jae-yong" ends in a
 * syllable that is no English word). */
export const COMPOUND_TAILS: ReadonlySet<string> = new Set([
  'based',
  'born',
  'run',
  'led',
  'owned',
  'backed',
  'made',
  'built',
  'bred',
  'funded',
  'linked',
  'allied',
  'style',
  'like',
  'wide',
  'long',
  'old',
  'free',
  'level',
  'type',
  'term',
  'era',
  'year',
  'day',
  'week',
  'month',
  'time',
  'class',
  'elect',
  'designate',
  'in-law',
  'law',
  'general',
  'speaking',
  'friendly',
  'sized',
  'scale',
  'bound',
  'area',
  'region',
  'side',
  'wing',
  'leaning',
  'centric',
  'inspired',
  'controlled',
  'dominated',
  'registered',
  'listed',
  'headquartered',
  'focused',
  'related',
  'specific',
  'only',
  'first',
  'ready',
  'proof',
  'up',
  'down',
  'out',
  'off',
  'over',
  'on',
  'upon',
  'sur',
  'sous',
  'le',
  'la',
  'les',
  'en',
  'am',
  'im',
  'an',
  'in',
  'at',
  'to',
  'for',
  'and',
  'or',
  'the',
  'a',
  'an',
  'of',
  'new',
  'old',
]);

/** Irregular plurals whose possessive stands inside an institution's name as a regular plural's does ("People's
 * Liberation Army", "Women's Institute", "Children's Hospital", beside "Dock Workers' Union"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'women', 'men', 'children', 'folk']);

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Luiz da Silva", "Ahmed bin Salman". */
export const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
]);

/** Titles of laws and of works and programmes ("Clean Water Act", "the Breakfast Show", "the Orlen Suite"): they name
 * no one. */
export const LAW_HEADS = new Set([
  'act',
  'bill',
  'law',
  'treaty',
  'directive',
  'accord',
  'amendment',
  'show',
  'programme',
  'program',
  'podcast',
  'documentary',
  'series',
  'suite',
  'symphony',
  'concerto',
  'sonata',
  'overture',
  'requiem',
]);

/** "Storm Berthe", "Hurricane Ivo", "Operation Harvest": a word opening a name that makes it a weather event's or an
 * operation's name, never a person or a body. */
export const EVENT_OPENERS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical', 'operation']);

/** Last words of the names of things that are no actor: awards, venues, memorials, transport hubs ("the Harlan
 * Prize", "the Wilma Ortiz Stadium", "Captain Ivo Renk Memorial Park"). */
export const THING_LAST = new Set([
  'prize',
  'award',
  'awards',
  'medal',
  'trophy',
  'stadium',
  'arena',
  'airport',
  'memorial',
  'park',
  'station',
  'cathedral',
  'bridge',
  'street',
  'road',
  'avenue',
  'boulevard',
]);

/** Type words of venues ("Cafe Mora", "Bistro Lenz", "Hotel Weissberg", "Gallery Ostra", "Studio Kettle"): before a
 * name they make a place, never a person ("club" is a body's head in ORG_HEADS). */
export const VENUE_WORDS = new Set([
  'cafe',
  'café',
  'bistro',
  'brasserie',
  'restaurant',
  'trattoria',
  'pizzeria',
  'diner',
  'bar',
  'pub',
  'tavern',
  'inn',
  'hotel',
  'motel',
  'hostel',
  'lounge',
  'nightclub',
  'gallery',
  'studio',
  'bakery',
]);

/** Head words of company names that are also family names: after one given name they close a person's name ("Tom
 * Mills", "Ann Records", "Lena Power"; "Kelsport Mills" stays a company). */
export const ORG_HEAD_SURNAMES = new Set([
  'mills',
  'records',
  'power',
  'steel',
  'post',
  'press',
  'lines',
  'marine',
]);

/** Words of THING_LAST that are also family names: after one given name they close a person's name ("Jenny Park"). */
export const THING_SURNAMES = new Set(['park', 'bridge']);

/** "the container ship Orla Maren", "his novel Marianne", "the song Ivo": a common noun right before a capitalised
 * name that makes it a vessel's or a work's name (a band, club or party noun names a body instead: CLASS_NOUNS). */
export const THING_CLASS_NOUNS = new Set([
  'ship',
  'vessel',
  'tanker',
  'freighter',
  'ferry',
  'yacht',
  'trawler',
  'liner',
  'frigate',
  'destroyer',
  'submarine',
  'boat',
  'novel',
  'book',
  'album',
  'song',
  'single',
  'film',
  'movie',
  'play',
  'opera',
  'poem',
  'painting',
  'memoir',
  'storm',
  'hurricane',
  'typhoon',
  'cyclone',
]);

/** Common nouns right after a capitalised name that make it a work's or a product model's name, no body or
 * person: "the 'Orlen' album row", "her Ambersky tour", "the Merrow planes", "nine Merrow 72 turboprops", "the
 * Tarka-2 rocket" (`isProductOrWork` in 05-collect-mentions.ts; a maker named with a model keeps its head word:
 * "Tarn Aerospace jets" names the company). */
export const WORK_NOUNS_AFTER = new Set([
  'album',
  'albums',
  'single',
  'ep',
  'mixtape',
  'tour',
  'demo',
  'soundtrack',
]);
export const PRODUCT_NOUNS_AFTER = new Set([
  'plane',
  'planes',
  'aircraft',
  'jet',
  'jets',
  'jetliner',
  'jetliners',
  'airliner',
  'airliners',
  'turboprop',
  'turboprops',
  'helicopter',
  'helicopters',
  'rocket',
  'rockets',
  'launcher',
  'drone',
  'drones',
  'fleet',
]);

/** Verbs that open the names of campaigns as slogans ("Save Nightingale", "Keep Kelsport Green", "Stop the Quarry"):
 * a name opening with one names a campaign, never a person. */
export const SLOGAN_VERBS = new Set([
  'save',
  'keep',
  'stop',
  'protect',
  'defend',
  'fight',
  'reclaim',
  'halt',
  'scrap',
  'restore',
  'rebuild',
  'end',
  'hands',
  // "the Clean Tarnley campaign", "Free the Ostmark Five": imperatives of cleaning up, freeing, banning
  'clean',
  'free',
  'ban',
]);

/** Nouns a campaign's name modifies ("the Save Nightingale campaign"). */
export const CAMPAIGN_NOUNS = new Set([
  'campaign',
  'campaigners',
  'group',
  'movement',
  'coalition',
  'alliance',
]);

/** Verbs that give a quoted nickname ('nicknamed "Big Joe"'; "known as" is read with them). */
export const NICKNAME_VERBS: ReadonlySet<string> = new Set(['nicknamed', 'dubbed']);

/** Where a caption places someone in a photo ("Ana Duarte (centre)", "Tom Hale (L)"): a name before one in brackets
 * is a person's. */
export const PHOTO_POSITIONS: ReadonlySet<string> = new Set([
  'left',
  'right',
  'centre',
  'center',
  'l',
  'r',
  'c',
  'front',
  'back',
  'pictured',
]);

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

/** Spellings that transliterations of one given name trade (Cyrillic, Greek, Hebrew and Arabic names in Latin
 * letters), applied in order to a lower-case given name: "aleksandr" and "alexander" both give "alexandr". */
export const TRANSLITERATIONS: readonly [RegExp, string][] = [
  [/ks/g, 'x'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/c(?=[aou]|$)/g, 'k'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  [/(\p{L})\1/gu, '$1'],
  [/(?<=\p{L}{3})er$/u, 'r'],
];
