// Honorifics and role nouns of general English ("Finance Minister", "spokeswoman", "Sen."), as a compromise
// plugin object. The same word lists drive the role and name steps, so a word is a title in one place only.

/** Abbreviated or courtesy titles written before a name: "Sen. Ana Duarte", "Dr. Lena Ortiz". */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'sen', 'rep', 'gov', 'gen', 'lt',
  'col', 'capt', 'cpt', 'maj', 'sgt', 'adm', 'cmdr', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'amb', 'cllr', 'cr',
]);

/** Expansions used in role strings ("Sen." -> "senator"). */
export const HONORIFIC_ROLES: Readonly<Record<string, string>> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel',
  capt: 'captain', cpt: 'captain', maj: 'major', sgt: 'sergeant', adm: 'admiral', cmdr: 'commander',
  pres: 'president', supt: 'superintendent', insp: 'inspector', amb: 'ambassador', prof: 'professor',
  cllr: 'councillor', cr: 'councillor',
};

/** Head nouns of roles: the word a role phrase ends with ("Foreign Minister", "press secretary"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  // government and diplomacy
  'president', 'president-elect', 'vice-president', 'premier', 'minister', 'secretary', 'secretary-general',
  'attorney', 'attorney-general', 'general', 'ambassador', 'envoy', 'diplomat', 'consul', 'senator', 'congressman',
  'congresswoman', 'representative', 'lawmaker', 'legislator', 'governor', 'mayor', 'chancellor', 'commissioner',
  'administrator', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide',
  'counsel', 'prosecutor', 'judge', 'justice', 'speaker', 'leader', 'chairman', 'chairwoman', 'chairperson',
  'chair', 'director', 'deputy', 'head', 'chief', 'member', 'candidate', 'nominee', 'king', 'queen', 'prince',
  'princess', 'emperor', 'monarch', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'sheikh',
  'dictator', 'regent', 'sheriff', 'inspector', 'superintendent', 'colonel', 'lieutenant', 'captain', 'major',
  'sergeant', 'admiral', 'commander', 'marshal', 'officer', 'agent', 'investigator',
  // business, media, science, sport
  'executive', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'owner', 'president', 'manager', 'partner',
  'financier', 'banker', 'investor', 'entrepreneur', 'businessman', 'businesswoman', 'billionaire', 'economist',
  'analyst', 'editor', 'correspondent', 'reporter', 'journalist', 'columnist', 'anchor', 'producer', 'publisher',
  'professor', 'scientist', 'researcher', 'physicist', 'chemist', 'biologist', 'astronaut', 'engineer',
  'lawyer', 'attorney', 'author', 'novelist', 'writer', 'poet', 'actor', 'actress', 'singer', 'rapper',
  'musician', 'director', 'coach', 'striker', 'midfielder', 'goalkeeper', 'defender', 'forward', 'quarterback',
  'referee', 'player', 'champion', 'captain', 'treasurer', 'auditor', 'regulator', 'negotiator', 'strategist',
  'secretary', 'organizer', 'activist', 'campaigner', 'spokesperson',
  // members of parliaments ("Labour MP X") and occupations written before a name ("property developer X")
  'mp', 'mep', 'msp', 'mla', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'assemblyman',
  'assemblywoman', 'developer', 'tycoon', 'magnate', 'mogul', 'broker', 'consultant', 'architect',
  'designer', 'surgeon', 'doctor', 'teacher', 'historian', 'lobbyist', 'accountant', 'winger', 'boxer',
  'sprinter', 'athlete', 'cyclist', 'golfer', 'presenter', 'commentator', 'photographer', 'filmmaker',
  'playwright', 'composer', 'philanthropist', 'oligarch', 'restaurateur', 'landlord', 'chef',
]);

/** Role heads whose reading as a person's title is clear even when the word stands alone ("the ambassador"). */
export const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'ambassador', 'envoy', 'senator', 'governor', 'mayor', 'chancellor',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'prosecutor', 'judge', 'chairman',
  'chairwoman', 'director', 'congressman', 'congresswoman', 'coach', 'manager', 'executive', 'founder',
  'commissioner', 'premier', 'king', 'queen', 'pope', 'general', 'professor', 'captain', 'economist',
  'financier', 'lawyer', 'diplomat',
]);

/** Lower-case words that may stand inside a role phrase before its head ("press secretary", "foreign policy adviser"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'press', 'communications', 'national', 'security', 'foreign', 'policy', 'senior', 'deputy', 'vice', 'chief',
  'executive', 'general', 'assistant', 'associate', 'special', 'top', 'acting', 'interim', 'prime', 'finance',
  'interior', 'defence', 'defense', 'trade', 'economy', 'economic', 'health', 'education', 'justice', 'energy',
  'environment', 'home', 'state', 'district', 'federal', 'regional', 'local', 'state', 'legal', 'political',
  'military', 'intelligence', 'campaign', 'party', 'team', 'head', 'managing', 'technical', 'research',
  'programme', 'program', 'sports', 'news', 'investment', 'science', 'medical', 'public', 'affairs', 'white',
  'house', 'first', 'lead', 'principal', 'permanent', 'former', 'then', 'new', 'current', 'longtime',
  'long-time', 'outgoing', 'incoming', 'veteran', 'retired', 'founding', 'attorney', 'supreme', 'high',
  // policy areas of ministers and secretaries ("Transport Minister", "housing secretary")
  'transport', 'agriculture', 'labour', 'labor', 'culture', 'commerce', 'industry', 'digital', 'climate',
  'crown', 'standards', 'tourism', 'sport', 'housing', 'development', 'infrastructure', 'immigration', 'fisheries', 'mines', 'water',
  'information', 'technology', 'planning', 'equality', 'welfare', 'pensions', 'treasury', 'budget', 'property',
  // the functions of a company's officers ("Chief Strategy Officer", "chief operating officer")
  'strategy', 'operating', 'financial', 'marketing', 'commercial', 'product', 'data', 'risk', 'compliance',
  'operations', 'revenue', 'creative', 'content', 'innovation', 'sustainability', 'customer', 'human', 'resources',
]);

/** Lower-case time words that precede a role without being part of it ("then a senator", "former adviser"). */
export const ROLE_TIME_WORDS: ReadonlySet<string> = new Set(['then', 'former', 'ex', 'now', 'currently', 'once', 'later']);

/** Role words that are also verbs or adjectives ("coach", "head", "executive"): not forced to Noun in the tagger. */
const AMBIGUOUS_ROLE_WORDS = new Set([
  'general', 'major', 'head', 'chief', 'forward', 'chair', 'anchor', 'counsel', 'deputy', 'coach', 'partner',
  'champion', 'executive', 'official', 'representative', 'captain', 'leader', 'judge', 'agent', 'owner', 'speaker',
  'doctor', 'broker', 'mp', 'mep', 'msp', 'mla',
]);

/** Compromise plugin: role words are nouns (unless also common verbs/adjectives); honorifics are honorifics. */
export const titlesPlugin = {
  words: {
    ...Object.fromEntries([...ROLE_HEADS].filter(w => !AMBIGUOUS_ROLE_WORDS.has(w)).map(w => [w, 'Noun'])),
    ...Object.fromEntries(['sen', 'rep', 'gov', 'gen', 'prof', 'dr', 'mr', 'mrs', 'ms'].map(w => [w, 'Honorific'])),
  },
};

/** "dr", "dr.", "chief", "executive", "spokeswoman": a courtesy title or any word of a role title. */
export function isPartOfTitle(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return HONORIFICS.has(w) || ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w);
}

/** Courtesy titles say nothing about a role ("Mr.", "Dr."). */
export const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'hon', 'rev', 'fr']);

/** Titles of members of a parliament: the capitalised word before them is their party ("Green MP X"). */
export const MEMBER_TITLES = new Set(['mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'mlas', 'td', 'tds']);

/** Nouns that name whoever leads a body, whatever the title: "the head of", "the boss of". */
export const LEADER_NOUNS: ReadonlySet<string> = new Set(['head', 'boss', 'leader', 'chief']);
