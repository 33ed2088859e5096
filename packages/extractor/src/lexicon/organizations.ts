// Organization vocabulary of general English: head nouns that make a capitalised phrase an institution
// ("Interior Ministry", "Department of Energy"), well-known institutions named by a seat or short name
// ("the Kremlin", "White House"), parties named by their members ("Democrats"), and a modest list of
// well-known news outlets, agencies and companies worldwide.
import type { OrganizationKind } from '@news-kg/graph-model';

/** Head nouns of institution names and the kind they give. */
export const ORG_HEADS: Readonly<Record<string, OrganizationKind>> = {
  ministry: 'government',
  department: 'government',
  embassy: 'government',
  consulate: 'government',
  agency: 'government',
  bureau: 'government',
  office: 'government',
  administration: 'government',
  government: 'government',
  cabinet: 'government',
  senate: 'government',
  congress: 'government',
  parliament: 'government',
  assembly: 'government',
  duma: 'government',
  court: 'government',
  police: 'government',
  army: 'government',
  navy: 'government',
  military: 'government',
  forces: 'government',
  guard: 'government',
  service: 'government',
  services: 'government',
  directorate: 'government',
  authority: 'government',
  inspectorate: 'government',
  treasury: 'government',
  prosecutor: 'government',
  board: 'government',
  committee: 'committee',
  subcommittee: 'committee',
  commission: 'committee',
  panel: 'committee',
  party: 'party',
  coalition: 'party',
  movement: 'other',
  alliance: 'party',
  front: 'party',
  bloc: 'party',
  apps: 'company',
  software: 'company',
  therapeutics: 'company',
  biotech: 'company',
  biosciences: 'company',
  studios: 'company',
  brands: 'company',
  airline: 'company',
  air: 'company',
  company: 'company',
  corporation: 'company',
  corp: 'company',
  inc: 'company',
  ltd: 'company',
  plc: 'company',
  llc: 'company',
  ag: 'company',
  gmbh: 'company',
  sa: 'company',
  nv: 'company',
  spa: 'company',
  limited: 'company',
  group: 'company',
  holdings: 'company',
  bank: 'company',
  airlines: 'company',
  motors: 'company',
  technologies: 'company',
  industries: 'company',
  partners: 'company',
  capital: 'company',
  mining: 'company',
  oil: 'company',
  petroleum: 'company',
  steel: 'company',
  airways: 'company',
  pharmaceuticals: 'company',
  pharma: 'company',
  foods: 'company',
  telecom: 'company',
  mutual: 'company',
  telecommunications: 'company',
  resources: 'company',
  systems: 'company',
  solutions: 'company',
  labs: 'company',
  ventures: 'company',
  logistics: 'company',
  insurance: 'company',
  investments: 'company',
  securities: 'company',
  chemicals: 'company',
  electronics: 'company',
  shipping: 'company',
  construction: 'company',
  energy: 'company',
  entertainment: 'company',
  events: 'company',
  productions: 'company',
  promotions: 'company',
  media: 'media',
  devices: 'company',
  instruments: 'company',
  laboratories: 'company',
  semiconductors: 'company',
  materials: 'company',
  robotics: 'company',
  aerospace: 'company',
  automotive: 'company',
  diagnostics: 'company',
  healthcare: 'company',
  biologics: 'company',
  properties: 'company',
  utilities: 'company',
  hotels: 'company',
  resorts: 'company',
  stores: 'company',
  railways: 'company',
  freight: 'company',
  dairies: 'company',
  breweries: 'company',
  terminals: 'company',
  maritime: 'company',
  marine: 'company',
  shipyards: 'company',
  carriers: 'company',
  haulage: 'company',
  cargo: 'company',
  containers: 'company',
  lines: 'company',
  water: 'company',
  metals: 'company',
  minerals: 'company',
  homes: 'company',
  estates: 'company',
  textiles: 'company',
  plastics: 'company',
  cement: 'company',
  fertilisers: 'company',
  fertilizers: 'company',
  mills: 'company',
  engineering: 'company',
  power: 'company',
  gas: 'company',
  electric: 'company',
  airport: 'company',
  rail: 'company',
  tankers: 'company',
  // industry words of company names across sectors ("Brindle Music", "Kellan Farms", "Lorrow Publishing"); not
  // "games" (the Commonwealth Games is an event) nor words common as family names alone ("Farmer")
  music: 'company',
  records: 'company',
  recordings: 'company',
  pictures: 'company',
  films: 'company',
  gaming: 'company',
  publishing: 'company',
  publishers: 'company',
  aviation: 'company',
  farms: 'company',
  seeds: 'company',
  agri: 'company',
  agriculture: 'company',
  beverages: 'company',
  brewing: 'company',
  distillers: 'company',
  bakeries: 'company',
  networks: 'company',
  wireless: 'company',
  renewables: 'company',
  drilling: 'company',
  refining: 'company',
  shipbuilding: 'company',
  biopharma: 'company',
  cosmetics: 'company',
  apparel: 'company',
  // engineering trades of makers' names ("Orlen Propulsion", "Vask Avionics", "Tarrow Turbines")
  propulsion: 'company',
  avionics: 'company',
  aeronautics: 'company',
  turbines: 'company',
  engines: 'company',
  optics: 'company',
  composites: 'company',
  university: 'other',
  college: 'other',
  institute: 'other',
  school: 'other',
  hospital: 'other',
  foundation: 'other',
  association: 'other',
  chamber: 'other',
  federation: 'other',
  union: 'other',
  league: 'other',
  trust: 'other',
  charity: 'other',
  club: 'other',
  fc: 'other',
  united: 'other',
  rovers: 'other',
  athletic: 'other',
  wanderers: 'other',
  albion: 'other',
  council: 'government',
  organization: 'other',
  organisation: 'other',
  society: 'other',
  center: 'other',
  centre: 'other',
  fund: 'other',
  network: 'media',
  news: 'media',
  times: 'media',
  post: 'media',
  journal: 'media',
  herald: 'media',
  tribune: 'media',
  gazette: 'media',
  telegraph: 'media',
  broadcasting: 'media',
  television: 'media',
  radio: 'media',
  press: 'media',
  courier: 'media',
  chronicle: 'media',
  observer: 'media',
  mirror: 'media',
  examiner: 'media',
  inquirer: 'media',
  dispatch: 'media',
  ledger: 'media',
  sentinel: 'media',
  bulletin: 'media',
  mail: 'media',
  express: 'media',
  globe: 'media',
  weekly: 'media',
  monthly: 'media',
};

/** Offices only a state holds: "Velaria's foreign minister", "Velaria's intelligence chief", "its embassy". */
export const GOVERNMENT_OFFICES: ReadonlySet<string> = new Set([
  'minister',
  'ministers',
  'ministry',
  'ambassador',
  'envoy',
  'premier',
  'parliament',
  'government',
  'army',
  'military',
  'navy',
  'embassy',
  'cabinet',
  'consul',
  'intelligence',
  'defence',
  'defense',
  'diplomats',
  'diplomat',
  'monarch',
  'president',
]);

/** Lower-case heads that may close a capitalised name ("Senate Armed Services committee"). */
export const LOWERCASE_ORG_HEADS: ReadonlySet<string> = new Set([
  'committee',
  'subcommittee',
  'panel',
  'commission',
  'ministry',
  'department',
  'embassy',
  'agency',
  'party',
  'government',
  'administration',
]);

/** Institutions named by their building, seat or chamber, which English also uses as a plain modifier ("a Senate
 * seat", "the Pentagon budget", "Kremlin walls"): before a common noun they name no actor. */
export const SEAT_INSTITUTIONS: ReadonlySet<string> = new Set([
  'Kremlin',
  'White House',
  'Pentagon',
  'Downing Street',
  'Elysee',
  'Vatican',
  'House of Commons',
  'House of Lords',
  'House of Representatives',
  'Congress',
  'Senate',
]);

/** Institutions referred to by a seat or short name, with their canonical name. */
const INSTITUTIONS: readonly [string, OrganizationKind, ...string[]][] = [
  ['Kremlin', 'government'],
  ['White House', 'government'],
  ['Pentagon', 'government'],
  ['Downing Street', 'government'],
  ['Elysee', 'government', 'Élysée', 'Elysée'],
  ['Vatican', 'government'],
  ['Supreme Court', 'government'],
  ['House of Commons', 'government', 'Commons'],
  ['House of Lords', 'government'],
  ['House of Representatives', 'government'],
  ['Congress', 'government'],
  ['Senate', 'government'],
  ['Federal Reserve', 'government', 'Fed'],
  ['European Commission', 'government'],
  ['European Union', 'government', 'EU'],
  ['United Nations', 'government', 'UN', 'U.N.'],
  ['NATO', 'government'],
  ['CIA', 'government'],
  ['FBI', 'government'],
  ['NSA', 'government'],
  ['KGB', 'government'],
  ['FSB', 'government'],
  ['GRU', 'government'],
  ['MI6', 'government'],
  ['World Health Organization', 'other', 'WHO'],
  ['International Monetary Fund', 'other', 'IMF'],
  ['World Bank', 'other'],
  ['Interpol', 'government'],
  ['OPEC', 'other'],
  ['Democratic Party', 'party', 'Democrats', 'Democrat', 'Democratic'],
  ['Republican Party', 'party', 'Republicans', 'GOP', 'Republican'],
  ['Labour Party', 'party', 'Labour'],
  ['Conservative Party', 'party', 'Conservatives', 'Tories', 'Tory'],
  ['Liberal Democrats', 'party', 'Lib Dems'],
];

/** Well-known news outlets and agencies worldwide (canonical name first, then other written forms). A page names
 * its outlet in a dateline, byline, masthead or copyright line; this list tells an outlet's name from any other
 * capitalised words there. */
const OUTLETS: readonly string[][] = [
  // agencies
  ['Reuters'],
  ['Associated Press', 'AP'],
  ['AFP', 'Agence France-Presse'],
  ['Bloomberg'],
  ['TASS', 'ITAR-TASS'],
  ['Interfax'],
  ['RIA Novosti'],
  ['Xinhua'],
  ['Kyodo'],
  ['Yonhap'],
  ['PA Media', 'PA', 'Press Association'],
  ['UPI', 'United Press International'],
  ['dpa', 'DPA', 'Deutsche Presse-Agentur'],
  ['ANSA'],
  ['EFE'],
  ['Jiji Press', 'Jiji'],
  ['PTI', 'Press Trust of India'],
  ['ANI'],
  ['IANS'],
  ['Anadolu Agency', 'Anadolu'],
  ['Canadian Press'],
  ['Australian Associated Press', 'AAP'],
  ['Bernama'],
  ['Antara'],
  ['WAM'],
  ['SPA', 'Saudi Press Agency'],
  ['Getty Images', 'Getty'],
  ['EPA'],
  // broadcasters
  ['BBC', 'BBC News', 'BBC News Online', 'BBC World Service'],
  ['CNN'],
  ['NPR'],
  ['PBS'],
  ['Fox News'],
  ['NBC News', 'NBC'],
  ['CBS News', 'CBS'],
  ['ABC News', 'ABC'],
  ['MSNBC'],
  ['CNBC'],
  ['Sky News'],
  ['ITV', 'ITV News'],
  ['Channel 4 News'],
  ['Al Jazeera'],
  ['Al Arabiya'],
  ['France 24'],
  ['Deutsche Welle', 'DW'],
  ['Euronews'],
  ['RT', 'Russia Today'],
  ['CCTV'],
  ['CGTN'],
  ['NHK'],
  ['CBC', 'CBC News'],
  ['Voice of America', 'VOA'],
  ['Radio Free Europe', 'RFE/RL'],
  ['RTE', 'RTÉ'],
  ['SBS'],
  ['KBS'],
  ['Arirang'],
  // newspapers, magazines and sites
  ['The New York Times', 'New York Times', 'NYT'],
  ['The Washington Post', 'Washington Post'],
  ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  ['The Guardian', 'Guardian'],
  ['Financial Times', 'FT'],
  ['The Times'],
  ['The Sunday Times'],
  ['The Observer'],
  ['Evening Standard'],
  ['The Economist', 'Economist'],
  ['The Moscow Times', 'Moscow Times'],
  ['The Independent'],
  ['The Telegraph', 'Daily Telegraph', 'The Daily Telegraph'],
  ['Daily Mail'],
  ['Daily Mirror'],
  ['Daily Express'],
  ['The Scotsman'],
  ['The Irish Times', 'Irish Times'],
  ['Irish Independent'],
  ['USA Today'],
  ['Los Angeles Times', 'LA Times'],
  ['Chicago Tribune'],
  ['The Boston Globe', 'Boston Globe'],
  ['The Detroit News', 'Detroit News'],
  ['Detroit Free Press'],
  ['San Francisco Chronicle'],
  ['Miami Herald'],
  ['Politico'],
  ['Axios'],
  ['The Atlantic'],
  ['The New Yorker'],
  ['Newsweek'],
  ['Forbes'],
  ['Business Insider'],
  ['BuzzFeed News'],
  ['HuffPost', 'Huffington Post'],
  ['Vox'],
  ['ProPublica'],
  ['Vice News', 'VICE News'],
  ['The Globe and Mail', 'Globe and Mail'],
  ['Toronto Star'],
  ['The Sydney Morning Herald', 'Sydney Morning Herald'],
  ['Australian Financial Review', 'AFR'],
  ['New Zealand Herald'],
  ['Le Monde'],
  ['Le Figaro'],
  ['Der Spiegel', 'Spiegel'],
  ['Die Zeit'],
  ['Frankfurter Allgemeine Zeitung', 'FAZ'],
  ['Süddeutsche Zeitung'],
  ['Handelsblatt'],
  ['El País'],
  ['El Mundo'],
  ['Corriere della Sera'],
  ['La Repubblica'],
  ['Haaretz'],
  ['The Times of Israel', 'Times of Israel'],
  ['The Jerusalem Post', 'Jerusalem Post'],
  ['Arab News'],
  ['Gulf News'],
  ['Khaleej Times'],
  ['The Times of India', 'Times of India'],
  ['Hindustan Times'],
  ['The Straits Times', 'Straits Times'],
  ['South China Morning Post', 'SCMP'],
  ['The Japan Times', 'Japan Times'],
  ['Nikkei', 'Nikkei Asia'],
  ['The Korea Herald', 'Korea Herald'],
  ['The Korea Times', 'Korea Times'],
  ['China Daily'],
  ['Global Times'],
  ['Mail & Guardian'],
  ['Daily Nation'],
  ['The East African'],
  ['Premium Times'],
  ['The Moscow Times'],
];

/** Agencies that supply photographs only: a credit to them says nothing of who wrote the story. */
const PHOTO_AGENCIES: ReadonlySet<string> = new Set(['Getty Images', 'EPA']);

export function isPhotoAgency(name: string): boolean {
  return PHOTO_AGENCIES.has(name);
}

/** Well-known companies (canonical name first). */
const COMPANIES: readonly string[][] = [
  ['Facebook'],
  ['Twitter'],
  ['Google'],
  ['Apple'],
  ['Microsoft'],
  ['Amazon'],
  ['Meta'],
  ['YouTube'],
  ['Instagram'],
  ['Telegram'],
  ['WhatsApp'],
  ['TikTok'],
  ['Netflix'],
  ['Tesla'],
  ['Gazprom'],
  ['Rosneft'],
  ['Exxon', 'ExxonMobil', 'Exxon Mobil'],
  ['Boeing'],
  ['Airbus'],
  ['Toyota'],
  ['Samsung'],
  ['Huawei'],
];

export interface KnownOrganization {
  name: string;
  kind: OrganizationKind;
}

const KNOWN = new Map<string, KnownOrganization>();
/** Keys registered from an all-capitals form ("WHO", "AP"): they match only when written in capitals. */
const CAPITALS_ONLY = new Set<string>();
const register = (forms: readonly string[], kind: OrganizationKind): void => {
  const name = forms[0];
  if (!name) return;
  for (const form of forms) {
    const key = toOrgKey(form);
    if (KNOWN.has(key)) continue;
    KNOWN.set(key, { name, kind });
    if (/^[A-Z0-9.]{2,6}$/.test(form)) CAPITALS_ONLY.add(key);
  }
};
for (const [name, kind, ...others] of INSTITUTIONS) register([name, ...others], kind);
for (const forms of OUTLETS) register(forms, 'media');
for (const forms of COMPANIES) register(forms, 'company');

/** "The Washington Post's" -> "washington post": lower case, no leading article, dots or possessive. */
export function toOrgKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s?$/, '')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A well-known organization by any of its written forms ("Washington Post" -> The Washington Post, media). */
export function findKnownOrganization(text: string): KnownOrganization | null {
  const key = toOrgKey(text);
  const found = KNOWN.get(key);
  if (!found) return null;
  if (CAPITALS_ONLY.has(key) && text.replace(/['’]s?$/, '') !== text.replace(/['’]s?$/, '').toUpperCase())
    return null;
  return found;
}

/** The first well-known outlet named in a line ("Watch Example News" -> Example News at 6), longest name first. */
export function findKnownOutletIn(line: string): { name: string; index: number; length: number } | null {
  const words = [...line.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&'’.-]*/gu)];
  for (let size = Math.min(MAX_KNOWN_ORG_WORDS, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const first = words[i]!;
      const last = words[i + size - 1]!;
      const end = (last.index ?? 0) + last[0].length;
      const phrase = line.slice(first.index ?? 0, end).replace(/[.]$/, '');
      const known = findKnownOrganization(phrase);
      // "THE HARTWELL TIMES", "Kelmsby Observer": a known title written without its article after another
      // capitalised word is the tail of another outlet's name
      const before = words[i - 1]?.[0] ?? '';
      const tail =
        /^the\s/i.test(known?.name ?? '') &&
        !/^the\s/i.test(phrase) &&
        /^\p{Lu}/u.test(before) &&
        !/^the$/i.test(before) &&
        /^\s+$/.test(line.slice((words[i - 1]?.index ?? 0) + before.length, first.index ?? 0));
      if (known?.kind === 'media' && !tail)
        return { name: known.name, index: first.index ?? 0, length: end - (first.index ?? 0) };
    }
  }
  return null;
}

/** The longest number of words of any known organization form (bounds the lookup window). */
export const MAX_KNOWN_ORG_WORDS = Math.max(...[...KNOWN.keys()].map(k => k.split(' ').length));

/** Compromise plugin: multi-word outlets and institutions tagged #Organization (single words like "Apple"
 * stay with the tagger: they are ordinary words too). */
export const organizationsPlugin = {
  words: Object.fromEntries([...KNOWN.keys()].filter(k => k.includes(' ')).map(k => [k, 'Organization'])),
};

/** Lower-case institutions a country name or demonym may govern: "the Nigerian embassy", "US intelligence". */
export const COUNTRY_INSTITUTIONS: ReadonlySet<string> = new Set([
  'embassy',
  'consulate',
  'ministry',
  'department',
  'government',
  'parliament',
  'military',
  'army',
  'navy',
  'police',
  'intelligence',
  'agency',
  'cabinet',
  'treasury',
]);

/** Policy areas naming a ministry or department: "the German economy ministry", "the US energy department". */
export const POLICY_AREAS: ReadonlySet<string> = new Set([
  'foreign',
  'interior',
  'home',
  'defence',
  'defense',
  'justice',
  'finance',
  'economy',
  'economic',
  'health',
  'education',
  'trade',
  'energy',
  'environment',
  'transport',
  'agriculture',
  'labour',
  'labor',
  'culture',
  'state',
  'commerce',
  'industry',
  'digital',
  'climate',
  'emergencies',
  'security',
  // "the sports ministry", "the ministry of tourism": fields a ministry is named by in lower case
  'sport',
  'sports',
  'tourism',
  'fisheries',
  'housing',
  'employment',
  // "the science committee", "the science ministry"
  'science',
  'technology',
  'research',
]);

/** Heads a policy area takes as a portfolio ("Labour Minister", "Labour Secretary"): there a party's one-word name
 * that is also a policy area names no party. */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set([
  'minister',
  'ministry',
  'secretary',
  'department',
]);

/** Public bodies a place or a state has, named by a common noun after the place: "Maravel's coast guard", "the
 * Bellhaven city council", "the coast guard of Maravel" make one organization (`qualified-bodies.ts`). One or two
 * words; a two-word entry is read before its last word alone. */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  'coast guard',
  'coastguard',
  'border guard',
  'border police',
  'city council',
  'town council',
  'county council',
  'district council',
  'regional council',
  'municipal council',
  'city hall',
  'council',
  'ministry',
  'embassy',
  'consulate',
  'presidency',
  'parliament',
  'navy',
  'army',
  'police',
  'regulator',
  'authority',
  'commission',
  'agency',
  'customs service',
  'central bank',
]);

/** Lower-case kinds of place written after a place's name ("Tarnby district", "Orlen county"): "Police of Tarnby
 * district" is the district's police (`qualified-bodies.ts`). */
export const PLACE_UNITS: ReadonlySet<string> = new Set([
  'district',
  'county',
  'region',
  'province',
  'municipality',
  'borough',
  'prefecture',
  'canton',
  'parish',
]);

/** The last words of public bodies' nouns (`BODY_NOUNS`): "council", "guard", "ministry" … A role after one ("council
 * spokeswoman") is held in the article's body of that noun (08-find-roles.ts). */
export const BODY_NOUN_HEADS: ReadonlySet<string> = new Set(
  [...BODY_NOUNS].map(n => n.split(' ').pop() as string),
);

/** Public bodies an article may name by their common noun alone, each one body of the story: "a spokesman for the
 * presidency", "the coast guard said" (`bare-bodies.ts`; "the police", "the government" or "the ministry" alone are
 * left to the names around them). A policy area and "ministry" count too ("the foreign ministry said"). */
export const BARE_BODY_NOUNS: ReadonlySet<string> = new Set([
  'presidency',
  'coast guard',
  'coastguard',
  'border guard',
  'city council',
  'town council',
  'county council',
  'district council',
  'parish council',
]);

/** Words that narrow a public body before its noun: "the Maravel fisheries ministry", "Bellhaven's port authority",
 * "the Velarian data regulator" (policy areas count too: `POLICY_AREAS`). */
export const BODY_MODIFIERS: ReadonlySet<string> = new Set([
  'port',
  'harbour',
  'harbor',
  'data',
  'competition',
  'fisheries',
  'maritime',
  'media',
  'aviation',
  'water',
  'food',
  'financial',
  'banking',
  'telecoms',
  'communications',
  'broadcasting',
  'planning',
  'safety',
  'privacy',
  'consumer',
  'licensing',
  'gaming',
  'medicines',
  'public',
  'national',
  'federal',
  'regional',
  'provincial',
  'municipal',
  'local',
  'city',
  'town',
  'county',
  'district',
  'border',
  'coast',
  'environmental',
  'energy',
  'protection',
  'oversight',
]);

/** Heads of the names of regulating bodies (both generic nouns below stand for the same ones). */
const REGULATOR_HEADS: ReadonlySet<string> = new Set([
  'directorate',
  'inspectorate',
  'authority',
  'commission',
  'regulator',
  'agency',
  'office',
  'ombudsman',
  'board',
  'watchdog',
]);
/** A generic noun for a regulating body and the heads of the names it may stand for: "the Rivers Authority … the
 * regulator", "the Data Protection Commission … the watchdog" (the one such body of the article before it). */
export const REGULATOR_NOUNS: Readonly<Record<string, ReadonlySet<string>>> = {
  regulator: REGULATOR_HEADS,
  watchdog: REGULATOR_HEADS,
};

/** Legislatures whose possessive may open a committee named by its field: "parliament's science committee". */
export const LEGISLATURE_NOUNS: ReadonlySet<string> = new Set([
  'parliament',
  'congress',
  'senate',
  'assembly',
  'legislature',
]);

/** Lower-case words before a legislature's committee of a field: "the parliamentary science committee". */
export const COMMITTEE_MODIFIERS: ReadonlySet<string> = new Set([
  'parliamentary',
  'congressional',
  'legislative',
  'select',
  'standing',
  'joint',
]);

/** Parts of a body a person may chair or head: "who chairs the union's local branch", "who heads its press office". */
export const BODY_PARTS: ReadonlySet<string> = new Set([
  'branch',
  'chapter',
  'section',
  'office',
  'board',
  'panel',
  'subcommittee',
  'division',
  'unit',
  'wing',
  'caucus',
  'delegation',
]);

/** Heads of a legislature's committee: "the Senate science committee". */
export const COMMITTEE_WORDS: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'panel']);

/** Plural nouns that open the names of societies: "Friends of the …", "Sisters of the …". */
export const FELLOWSHIPS = new Set([
  'friends',
  'sisters',
  'brothers',
  'daughters',
  'sons',
  'knights',
  'servants',
  'companions',
  'guardians',
  'keepers',
  'children',
]);

/** Heads of a definite description of an institution: "the embassy", "the ministry", "the union". */
export const ORG_DESCRIPTIONS = new Set([
  'embassy',
  'consulate',
  'guard',
  'coastguard',
  'presidency',
  'parliament',
  'navy',
  'ministry',
  'hospital',
  'clinic',
  'school',
  'college',
  'academy',
  'museum',
  'bureau',
  'tribunal',
  'department',
  'committee',
  'agency',
  'party',
  'commission',
  'council',
  'court',
  'government',
  'club',
  'university',
  'union',
  'alliance',
  'federation',
  'association',
  'league',
  'movement',
  'front',
  'foundation',
  'institute',
  'authority',
  'trust',
  'board',
  'society',
  'service',
  'centre',
  'center',
  'coalition',
  'corporation',
]);

/** Class nouns that describe an organization only through the noun that introduced it ("the regulator OFTRA
 * … the regulator"), or its kind; they resolve only when exactly one organization fits. */
export const CLASS_DESCRIPTIONS = new Set([
  'regulator',
  'watchdog',
  'charity',
  'airline',
  'carmaker',
  'automaker',
  'broadcaster',
  'startup',
  'conglomerate',
  'manufacturer',
  'union',
  'club',
  'group',
  'party',
  'company',
  'firm',
  'newspaper',
  'paper',
  'tabloid',
  'magazine',
  'bank',
  'lender',
  'retailer',
  'insurer',
  'alliance',
  'league',
  'federation',
  'association',
]);

/** Sports clubs are named by these heads ("Rovers", "FC", "United"): "the club". */
export const CLUB_HEADS = new Set([
  'club',
  'fc',
  'united',
  'rovers',
  'athletic',
  'wanderers',
  'albion',
  'city',
]);

/** Descriptions that only a company answers to: "the company", "the firm", "the lender". */
export const COMPANY_DESCRIPTIONS = new Set([
  'company',
  'firm',
  'group',
  'business',
  'carmaker',
  'bank',
  'lender',
  'retailer',
  'insurer',
  'supplier',
  'manufacturer',
  'utility',
]);

/** Descriptions that only a news outlet answers to: "the newspaper", "the broadcaster". */
export const MEDIA_DESCRIPTIONS = new Set([
  'newspaper',
  'paper',
  'daily',
  'broadcaster',
  'network',
  'channel',
  'magazine',
  'outlet',
  'agency',
]);

/** Modifiers that make "group" a body of citizens, never a company: "the campaign group", "the residents' group". */
export const CIVIC_MODIFIERS = new Set([
  'campaign',
  'pressure',
  'advocacy',
  'lobby',
  'protest',
  'activist',
  'environmental',
  'rights',
  'residents',
  'community',
  'civic',
  'citizens',
  'voluntary',
  'volunteer',
  'charity',
  'conservation',
  'green',
]);

/** People a trade union names itself after ("Harbour and Transport Workers", "the Allied Nurses"): capitalised
 * trade words closing with one of these, coordinated or not, are one union's name. */
export const WORKER_NOUNS: ReadonlySet<string> = new Set([
  'workers',
  'employees',
  'drivers',
  'teachers',
  'nurses',
  'dockers',
  'miners',
  'pilots',
  'seafarers',
  'engineers',
  'firefighters',
  'doctors',
]);

/** Class nouns that introduce or describe an organization, with the kind they give. */
export const CLASS_NOUNS: Readonly<Record<string, OrganizationKind>> = {
  group: 'other',
  regulator: 'government',
  watchdog: 'government',
  charity: 'other',
  ngo: 'other',
  nonprofit: 'other',
  'non-profit': 'other',
  coalition: 'other',
  society: 'other',
  trust: 'other',
  union: 'other',
  company: 'company',
  firm: 'company',
  startup: 'company',
  'start-up': 'company',
  carmaker: 'company',
  automaker: 'company',
  drugmaker: 'company',
  chipmaker: 'company',
  steelmaker: 'company',
  toymaker: 'company',
  maker: 'company',
  planemaker: 'company',
  shipbuilder: 'company',
  supplier: 'company',
  refiner: 'company',
  brewer: 'company',
  exporter: 'company',
  shipper: 'company',
  utility: 'company',
  biotech: 'company',
  pharmaceuticals: 'company',
  airline: 'company',
  carrier: 'company',
  retailer: 'company',
  lender: 'company',
  bank: 'company',
  insurer: 'company',
  conglomerate: 'company',
  manufacturer: 'company',
  chain: 'company',
  supermarket: 'company',
  miner: 'company',
  producer: 'company',
  operator: 'company',
  developer: 'company',
  broadcaster: 'media',
  newspaper: 'media',
  paper: 'media',
  tabloid: 'media',
  magazine: 'media',
  daily: 'media',
  weekly: 'media',
  website: 'media',
  journal: 'media',
  publisher: 'media',
  channel: 'media',
  network: 'media',
  party: 'party',
  club: 'other',
  team: 'other',
  band: 'other',
  university: 'other',
  agency: 'other',
  association: 'other',
  federation: 'other',
  organisation: 'other',
  organization: 'other',
  'think-tank': 'other',
  thinktank: 'other',
  institute: 'other',
  foundation: 'other',
  body: 'other',
  authority: 'government',
  // bodies without a suffix word named by what they are ("Reform Now, the anti-corruption movement,")
  movement: 'other',
  alliance: 'other',
  collective: 'other',
  cooperative: 'other',
  'co-operative': 'other',
  league: 'other',
  lobby: 'other',
};

/** "the maker of …": nouns of an apposition that only an organization heads when followed by "of". */
export const MAKER_NOUNS = new Set([
  'maker',
  'manufacturer',
  'operator',
  'owner',
  'publisher',
  'provider',
  'supplier',
  'parent',
  'producer',
  'developer',
  'creator',
  'distributor',
  'organiser',
  'organizer',
]);

/** Roles held in a company ("Brightloop's chief executive"): a possessive name before them is an employer. */
/** Posts held in a body (an employer): the words EMPLOYER_ROLES and STAFF_OF_BODIES share. */
const BODY_POSTS = [
  'executive',
  'ceo',
  'chairman',
  'chairwoman',
  'chairperson',
  'founder',
  'co-founder',
  'director',
  'analyst',
  'economist',
  'strategist',
  'researcher',
  'treasurer',
];

/** Roles whose "of" / "at" complement is the body the holder works for: "chief executive of X", "an analyst at X",
 * "chair of X" (`find-organization-evidence.ts`). Not "adviser to" or "spokesman for", which may name a person. */
export const EMPLOYER_ROLES: ReadonlySet<string> = new Set([
  ...BODY_POSTS,
  'chair',
  'partner',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'president',
  'secretary',
  'manager',
  'owner',
  'head',
  'boss',
  'employee',
  'engineer',
]);

export const CORPORATE_ROLES = new Set([
  'ceo',
  'cfo',
  'coo',
  'cto',
  'chairman',
  'chairwoman',
  'chairperson',
  'executive',
  'founder',
  'co-founder',
  'shareholders',
  'board',
  'directors',
  'employees',
]);

/** Company titles that follow their employer in title case ("Acme CEO", "Acme Chief Technology Officer"); a
 * government title there follows a nationality or a place ("Ruritanian President", "Crown Prince"). */
export const CAPITALISED_COMPANY_ROLES = new Set([
  'ceo',
  'cfo',
  'coo',
  'cto',
  'chairman',
  'chairwoman',
  'chairperson',
  'founder',
  'co-founder',
  'chief',
  'officer',
  'executive',
]);

/** Roles held in a club or a company, never in a territory: a place name before one names the club or the company
 * ("Kelsport manager X", "the Kelsport skipper"), while a territorial title keeps it a place ("Kelsport mayor X"). */
export const NON_TERRITORIAL_ROLES: ReadonlySet<string> = new Set([
  'chairman',
  'chairwoman',
  'chairperson',
  'ceo',
  'manager',
  'boss',
  'coach',
  'skipper',
  'captain',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'winger',
  'owner',
]);

/** Common words that, with an institution head, describe a body without naming it: "the Security Agency
 * Varnak", "the News Agency Lumo" (the name follows the description). */
export const DESCRIPTIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'intelligence',
  'security',
  'news',
  'press',
  'space',
  'nuclear',
  'oil',
  'gas',
  'energy',
  'state',
  'spy',
  'police',
  'tax',
  'research',
  'aid',
  'relief',
  'rating',
  'ratings',
  'broadcasting',
  'telecommunications',
]);

/** Collective speakers a news report names by a common noun: "State prosecutors say …", "campaign officials
 * said …", "the independent prosecutor said …". The head, with the words that may qualify it into one body. */
export const COLLECTIVE_SPEAKER_HEADS: Readonly<Record<string, ReadonlySet<string>>> = {
  prosecutors: new Set(['federal', 'state', 'special', 'county', 'district', 'military']),
  prosecutor: new Set(['special', 'independent']),
  investigators: new Set(['federal', 'state', 'congressional', 'military']),
  officials: new Set([
    'transition',
    'campaign',
    'federal',
    'state',
    'county',
    'city',
    'military',
    'administration',
  ]),
};

/** Posts held in a body that a person does not have of her own ("Voss, whose lawyer" or "whose spokesman" may be a
 * person's): "Greenfield Ostmark, whose researcher X said", "Pell, whose chief executive resigned". */
export const STAFF_OF_BODIES: ReadonlySet<string> = new Set([
  ...BODY_POSTS,
  'researchers',
  'members',
  'employees',
  'engineers',
  'shareholders',
]);
