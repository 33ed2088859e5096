// Countries, their short forms and demonyms ("Russian" -> Russia, "U.S." -> United States): a country acting
// as a speaker becomes Organization kind "state", and a demonym before an institution names its country
// ("Brazilian Finance Ministry" and "Brazil's Finance Ministry" are one node).

/** [canonical name, demonym, ...other names] */
const COUNTRY_ROWS: readonly (readonly string[])[] = [
  ['United States', 'American', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  ['United Kingdom', 'British', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['Russia', 'Russian', 'Russian Federation'],
  ['China', 'Chinese', "People's Republic of China", 'PRC'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Italy', 'Italian'],
  ['Spain', 'Spanish'],
  ['Portugal', 'Portuguese'],
  ['Netherlands', 'Dutch', 'Holland'],
  ['Belgium', 'Belgian'],
  ['Switzerland', 'Swiss'],
  ['Austria', 'Austrian'],
  ['Poland', 'Polish'],
  ['Ukraine', 'Ukrainian'],
  ['Belarus', 'Belarusian'],
  ['Sweden', 'Swedish'],
  ['Norway', 'Norwegian'],
  ['Denmark', 'Danish'],
  ['Finland', 'Finnish'],
  ['Ireland', 'Irish'],
  ['Greece', 'Greek'],
  ['Turkey', 'Turkish', 'Türkiye'],
  ['Hungary', 'Hungarian'],
  ['Romania', 'Romanian'],
  ['Serbia', 'Serbian'],
  ['Czech Republic', 'Czech', 'Czechia'],
  ['Estonia', 'Estonian'],
  ['Latvia', 'Latvian'],
  ['Lithuania', 'Lithuanian'],
  ['Georgia', 'Georgian'],
  ['Armenia', 'Armenian'],
  ['Azerbaijan', 'Azerbaijani'],
  ['Kazakhstan', 'Kazakh'],
  ['Canada', 'Canadian'],
  ['Mexico', 'Mexican'],
  ['Brazil', 'Brazilian'],
  ['Argentina', 'Argentine', 'Argentinian'],
  ['Chile', 'Chilean'],
  ['Colombia', 'Colombian'],
  ['Peru', 'Peruvian'],
  ['Venezuela', 'Venezuelan'],
  ['Cuba', 'Cuban'],
  ['Japan', 'Japanese'],
  ['South Korea', 'South Korean'],
  ['North Korea', 'North Korean'],
  ['India', 'Indian'],
  ['Pakistan', 'Pakistani'],
  ['Afghanistan', 'Afghan'],
  ['Iran', 'Iranian'],
  ['Iraq', 'Iraqi'],
  ['Syria', 'Syrian'],
  ['Israel', 'Israeli'],
  ['Lebanon', 'Lebanese'],
  ['Jordan', 'Jordanian'],
  ['Egypt', 'Egyptian'],
  ['Saudi Arabia', 'Saudi'],
  ['Qatar', 'Qatari'],
  ['United Arab Emirates', 'Emirati', 'UAE'],
  ['Yemen', 'Yemeni'],
  ['Libya', 'Libyan'],
  ['Tunisia', 'Tunisian'],
  ['Algeria', 'Algerian'],
  ['Morocco', 'Moroccan'],
  ['Nigeria', 'Nigerian'],
  ['Ghana', 'Ghanaian'],
  ['Kenya', 'Kenyan'],
  ['Ethiopia', 'Ethiopian'],
  ['South Africa', 'South African'],
  ['Sudan', 'Sudanese'],
  ['Australia', 'Australian'],
  ['New Zealand', 'New Zealander'],
  ['Indonesia', 'Indonesian'],
  ['Philippines', 'Filipino', 'Philippine'],
  ['Vietnam', 'Vietnamese'],
  ['Thailand', 'Thai'],
  ['Malaysia', 'Malaysian'],
  ['Singapore', 'Singaporean'],
  ['Taiwan', 'Taiwanese'],
  ['Bangladesh', 'Bangladeshi'],
  ['Sri Lanka', 'Sri Lankan'],
  ['Myanmar', 'Burmese'],
];

export interface CountryEntry {
  name: string;
  demonym: string;
}

const BY_KEY = new Map<string, CountryEntry>();
for (const [name, demonym, ...others] of COUNTRY_ROWS) {
  if (!name || !demonym) continue;
  const entry = { name, demonym };
  for (const form of [name, demonym, ...others]) BY_KEY.set(toCountryKey(form), entry);
}

/** "U.S." / "us" / "American" -> "us" / "us" / "american": lower case, dots dropped. */
export function toCountryKey(text: string): string {
  return text
    .replace(/\./g, '')
    .replace(/['’]s$/, '')
    .toLowerCase()
    .trim();
}

/** The country a name, short form or demonym stands for ("U.S." -> United States), or null. */
export function findCountry(text: string): CountryEntry | null {
  return BY_KEY.get(toCountryKey(text)) ?? null;
}

/** Country names that are also first names, states or words ("Jordan", "Georgia", "Turkey"): left to the tagger. */
const AMBIGUOUS_COUNTRY_NAMES = new Set(['Jordan', 'Georgia', 'Turkey', 'Chile', 'China']);

/** Compromise plugin: country names as #Country and demonyms as #Demonym. */
export const countriesPlugin = {
  words: Object.fromEntries(
    COUNTRY_ROWS.filter(([name]) => !AMBIGUOUS_COUNTRY_NAMES.has(String(name))).flatMap(([name, demonym]) => [
      [String(name).toLowerCase(), 'Country'],
      [String(demonym).toLowerCase(), 'Demonym'],
    ]),
  ),
};
