// "Nigeria's Foreign Ministry spokeswoman Lena Ortiz said Okafor, Nigeria's ambassador, met Brazil." ->
// raw mentions in reading order: org "Foreign Ministry" qualified by Nigeria, person "Lena Ortiz" with the
// title "spokeswoman" and that org as qualifier, name "Okafor", country "Brazil" (not acting). Nothing is
// resolved yet: surnames, aliases and pronouns are the next steps' work.
import type { OrganizationKind } from '@news-kg/graph-model';
import { isHyphenTail } from './04-find-name-runs';
import {
  COURTESY,
  HONORIFICS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  ROLE_RETIRED_AFTER,
  ROLE_TIME_WORDS,
} from '../lexicon/titles';
import { ORG_HEADS, SEAT_INSTITUTIONS } from '../lexicon/organizations';
import { isAttributiveInstitution } from './attributive-institutions';
import { findCollectiveSpeakers } from './collective-speakers';
import { foldQualifiedBodies } from './qualified-bodies';
import type { CountryEntry } from '../lexicon/countries';
import type { ParsedSentence, Token } from './02-split-sentences';
import { findKnownSpans } from './03-find-known-spans';
import { findNameRuns } from './04-find-name-runs';
import { EVIDENCED, findOrganizationEvidence } from './find-organization-evidence';
import { nlp } from '../nlp';
import { SPEECH_VERBS } from '../lexicon/speech';
import { COUNTERPART_NOUNS } from '../lexicon/references';
import {
  baseLower,
  findTitleBeforeName,
  has,
  isAllCaps,
  isCapitalised,
  isJoined,
  isPossessive,
  isSentenceOpenerNotName,
} from './token-helpers';
import {
  CAMPAIGN_NOUNS,
  INDEFINITES,
  NICKNAME_VERBS,
  PHOTO_POSITIONS,
  SLOGAN_VERBS,
  THING_CLASS_NOUNS,
  WORK_NOUNS_AFTER,
  PRODUCT_NOUNS_AFTER,
} from '../lexicon/name-parts';
import { GEO_FIRST } from '../lexicon/places';
import { isPersonOnlySlot, modifiesNextNoun } from './person-slots';
import { WORK_VERBS } from '../lexicon/person-slots';

const IMAGE_FILE = /\S\.(jpe?g|png|gif|webp)\b/i;

export interface RawTitle {
  /** Title words as written ("Finance Minister", "press secretary", "Sen."). */
  text: string;
  first: number;
  last: number;
}

export interface RawMention {
  type: 'person' | 'org' | 'country' | 'name';
  sentence: number;
  /** Token indexes of the name itself (titles and possessive excluded), inclusive. */
  first: number;
  last: number;
  /** Offsets of the name in the decoded copy. */
  start: number;
  end: number;
  surface: string;
  /** Lexicon name for known organizations and countries ("The Guardian", "Nigeria"). */
  known: string | null;
  kind: OrganizationKind | null;
  country: CountryEntry | null;
  title: RawTitle | null;
  /** The mention right before the name or its title that qualifies it ("Nigerian" in "Nigerian Foreign Ministry"). */
  qualifier: RawMention | null;
  /** Evidence that a capitalised name is a person (first name, title, speech verb…). */
  personSignal: boolean;
  /** A country that acts ("Nigeria denied…"), not a place. */
  acting: boolean;
  possessive: boolean;
  gender: 'male' | 'female' | null;
  /** The class noun that introduced an organization ("regulator" in "the regulator OFTRA"). */
  classNoun?: string | null;
  /** "Green" in "Green MP X": a party named by an adjective, canonical name "Green Party". */
  partyOfMember?: boolean;
  /** A one-word name the tagger knows as a first name ("Anna"): never a surname-first short form. */
  firstName?: boolean;
}

/** Collects the raw mentions of one sentence. */
export function collectMentions(
  sentence: ParsedSentence,
  text: string,
  productNames: Set<string> = new Set(),
): RawMention[] {
  // a work's or a model's name is read in headlines and link lines too ("'Orlen' album row"), no entity there
  findProductNames(sentence.tokens, productNames, text);
  if (sentence.zone === 'boilerplate' || !sentence.tokens.length) return [];
  // a thumbnail's file name ("ana duarte talks_0042.jpg") is not prose
  if (IMAGE_FILE.test(text.slice(sentence.start, sentence.end))) return [];
  const tokens = sentence.tokens;
  const known = findKnownSpans(sentence, text);
  const taken = new Set<number>();
  for (const span of known) for (let k = span.first; k <= span.last; k++) taken.add(k);
  const runs = findNameRuns(sentence, taken);
  const raw: RawMention[] = [
    ...known.map(span =>
      toRaw(sentence, span.first, span.last, text, span.type, {
        known: span.name,
        kind: span.kind,
        country: span.country,
      }),
    ),
    ...runs.map(run => {
      const type =
        run.type === 'name' &&
        isTaggedOrganization(tokens.slice(run.first, run.last + 1)) &&
        !isPlacedInPhoto(tokens, run.last)
          ? 'org'
          : run.type;
      const m = toRaw(sentence, run.first, run.last, text, type, {
        known: null,
        kind: type === 'org' ? (run.kind ?? 'other') : run.kind,
        country: null,
      });
      if (run.titleFirst >= 0) m.title = titleOf(tokens, run.titleFirst, run.titleLast, text);
      if (run.cut) {
        m.start += run.cut;
        m.surface = text.slice(m.start, m.end);
      }
      return m;
    }),
  ]
    .filter(
      m =>
        !isAttributive(tokens, m) &&
        !isIndefiniteInstitution(tokens, m) &&
        !isThingName(tokens, m) &&
        !isQuotedNickname(tokens, m),
    )
    .sort((a, b) => a.first - b.first);
  // "State prosecutors say …": a body speaking through a qualified common noun
  for (const c of findCollectiveSpeakers(tokens, taken)) {
    const overlapping = raw.filter(m => m.first <= c.last && m.last >= c.first);
    if (overlapping.some(m => m.type !== 'name')) continue;
    for (const m of overlapping) raw.splice(raw.indexOf(m), 1);
    raw.push(
      toRaw(sentence, c.first, c.last, text, 'org', { known: null, kind: 'government', country: null }),
    );
  }
  raw.sort((a, b) => a.first - b.first);
  extendWithCountry(raw, tokens, text);
  // "Maravel's coast guard", "the Bellhaven city council": a place's public body
  foldQualifiedBodies(raw, tokens, text);
  const named = new Set(
    raw
      .filter(m => m.type !== 'name')
      .flatMap(m => Array.from({ length: m.last - m.first + 1 }, (_, k) => m.first + k)),
  );
  for (const m of raw) {
    if (m.type === 'org' || m.type === 'country') continue;
    if (isSloganName(tokens, m)) {
      Object.assign(m, { type: 'org', kind: 'other', title: null, personSignal: false });
      continue;
    }
    // "the former UN envoy to Sendal Mr. Ivo Renk": a courtesy title between a role and the name
    if (!m.title) m.title = findLeftTitle(tokens, m.first, text, named);
    else if (isCourtesyOnly(tokens, m.title))
      m.title = findLeftTitle(tokens, m.title.first, text, named) ?? m.title;
    m.personSignal = hasPersonSignal(tokens, m);
    m.gender = genderOf(tokens, m);
    m.firstName = m.first === m.last && has(tokens[m.first], 'FirstName');
    if (m.type === 'name' && (!m.title || !m.personSignal)) {
      const evidence = findOrganizationEvidence(tokens, m.first, m.last);
      if (evidence && (evidence.strong || !m.personSignal)) {
        Object.assign(m, {
          type: 'org',
          kind: evidence.kind,
          classNoun: evidence.classNoun,
          personSignal: false,
          title: null,
          partyOfMember: evidence.partyOfMember,
        });
        if (evidence.first !== undefined && evidence.first < m.first) {
          m.first = evidence.first;
          m.start = (tokens[m.first] as Token).start;
          m.surface = text.slice(m.start, m.end);
        }
        if (!evidence.strong) EVIDENCED.add(m);
      }
    }
  }
  shareCoordinatedTitles(raw, tokens);
  for (const m of raw) {
    const anchor = m.title ? m.title.first : m.first;
    m.qualifier =
      raw.find(
        q =>
          q !== m &&
          q.last === anchor - 1 &&
          (q.possessive || isJoined(tokens[q.last] as Token, tokens[anchor] as Token)),
      ) ?? null;
  }
  for (const m of raw) if (m.type === 'country') m.acting = isActing(tokens, m, raw);
  return raw;
}

/** "Presidents Ana Duarte and Lena Ortiz": a plural title before coordinated names titles each of them; "Ekene
 * Uzor and Laila Nasser": a name of two or three capitalised words coordinated with a person's name is a person's
 * name too (like is coordinated with like). */
function shareCoordinatedTitles(raw: RawMention[], tokens: Token[]): void {
  for (let k = 0; k + 1 < raw.length; k++) {
    const a = raw[k] as RawMention;
    const b = raw[k + 1] as RawMention;
    const and = tokens[a.last + 1];
    if (b.first !== a.last + 2 || !and || and.lower !== 'and' || /[,;:]/.test((tokens[a.last] as Token).post))
      continue;
    if (a.type === 'org' || a.type === 'country' || b.type === 'org' || b.type === 'country') continue;
    if (a.possessive || b.possessive) continue;
    const plural =
      a.title && /s$/i.test(a.title.text) && !ROLE_HEADS.has(a.title.text.split(/\s+/).pop()!.toLowerCase());
    if (plural && !b.title && b.last > b.first) {
      b.title = a.title;
      b.personSignal = true;
      continue;
    }
    const bare = (m: RawMention): boolean =>
      m.last > m.first &&
      m.last - m.first <= 2 &&
      !m.title &&
      tokens.slice(m.first, m.last + 1).every(t => isBareProperWord(t) || has(t, 'Person'));
    const person = (m: RawMention): boolean => m.type === 'person' || (m.personSignal && m.last > m.first);
    if (person(a) && bare(b) && !b.personSignal) b.personSignal = true;
    else if (person(b) && bare(a) && !a.personSignal) a.personSignal = true;
  }
}

/** "a Senate race", "two Peruvian army bases": a seat institution or a country's lower-case institution used as
 * a modifier of a common noun is no mention. */
function isAttributive(tokens: Token[], m: RawMention): boolean {
  if (m.type !== 'org' || !m.known) return false;
  const seat = SEAT_INSTITUTIONS.has(m.known);
  const countryInstitution = m.country !== null && m.kind === 'government';
  return (
    (seat || countryInstitution) && isAttributiveInstitution(tokens, m.first, m.last, isTitleCase(tokens))
  );
}

/** "plans to call a National Forum on Water": a capitalised institution phrase after "a"/"an", heading its noun
 * phrase, is one of a kind being set up or described, not a body the article names ("a Kelsport Bank loan", where the
 * name modifies a noun, still names the bank). */
function isIndefiniteInstitution(tokens: Token[], m: RawMention): boolean {
  if (m.type !== 'org' || m.known) return false;
  const prev = tokens[m.first - 1];
  if (!prev || !['a', 'an'].includes(prev.text) || !isJoined(prev, tokens[m.first] as Token)) return false;
  const next = tokens[m.last + 1];
  const modifies =
    !!next &&
    isJoined(tokens[m.last] as Token, next) &&
    !isCapitalised(next) &&
    has(next, 'Noun') &&
    !has(next, 'Pronoun');
  return !modifies;
}

/** "the container ship Orla Maren", "his novel Marianne", "the storm Ivo": a vessel's, work's or storm's name after
 * its lower-case class noun (not "the film Ana Duarte directed", where a given name opens a clause's subject). */
function isThingName(tokens: Token[], m: RawMention): boolean {
  if (m.known) return false;
  const noun = tokens[m.first - 1];
  if (
    !noun ||
    isCapitalised(noun) ||
    !THING_CLASS_NOUNS.has(noun.lower) ||
    !isJoined(noun, tokens[m.first] as Token)
  )
    return false;
  const next = tokens[m.last + 1];
  const clause =
    has(tokens[m.first], 'FirstName') &&
    !!next &&
    has(next, 'Verb') &&
    !/[,;:]/.test((tokens[m.last] as Token).post);
  return !clause;
}

/** "the 'Orlen' album row", "nine Merrow 72 turboprops", "the Merrow planes": a capitalised name of one or two words
 * right before a work's or a product's noun (`WORK_NOUNS_AFTER`, `PRODUCT_NOUNS_AFTER`), maybe with a model number
 * between, is the name of that work or model. Its surface goes into `productNames`, so that no mention of it in the
 * article ("refusing to release Orlen, which …") names a body or a person (analyze-article.ts). A name with a body's
 * head word ("Tarn Aerospace jets"), a first name, a possessive ("Merrow's planes") or a title-case line keeps its
 * reading. */
function findProductNames(tokens: Token[], productNames: Set<string>, text: string): void {
  if (isTitleCase(tokens)) return;
  const spaced = (t: Token): boolean => /^['’"”]?\s{1,2}$/.test(t.post);
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i] as Token;
    const w = noun.lower;
    const work = WORK_NOUNS_AFTER.has(w);
    if (!work && !PRODUCT_NOUNS_AFTER.has(w)) continue;
    if (isCapitalised(noun)) continue;
    let last = i - 1;
    const number = /^\d+[A-Za-z]?$/.test((tokens[last] as Token).text);
    if (number) {
      if (work) continue;
      last--;
    } else if (w === 'fleet') continue;
    const name = tokens[last];
    if (!name || !spaced(name) || !spaced(tokens[i - 1] as Token)) continue;
    let first = last;
    const prev = tokens[last - 1];
    if (prev && isCapitalised(prev) && isJoined(prev, name) && last - 1 > 0) first = last - 1;
    const words = tokens.slice(first, last + 1);
    if (
      words.some(
        t =>
          !isCapitalised(t) ||
          isPossessive(t) ||
          has(t, 'FirstName') ||
          Object.prototype.hasOwnProperty.call(ORG_HEADS, baseLower(t)),
      )
    )
      continue;
    if (first === 0 && words.length === 1) continue;
    productNames.add(
      text.slice((tokens[first] as Token).start, (tokens[last] as Token).end).replace(/^['‘"“]/, ''),
    );
  }
}

/** "the Save Nightingale campaign", "parents from Keep Kelsport Green said": a name opening with a slogan's verb
 * (`SLOGAN_VERBS`) names a campaign; at a clause's start only before a campaign noun ("Save X campaigners said"),
 * where an imperative may open the sentence. */
function isSloganName(tokens: Token[], m: RawMention): boolean {
  const first = tokens[m.first] as Token;
  if (m.last === m.first || m.title || !SLOGAN_VERBS.has(first.lower) || has(first, 'FirstName'))
    return false;
  const prev = tokens[m.first - 1];
  const next = tokens[m.last + 1];
  const opensClause = !prev || /[.!?:"“]\s*$/.test(prev.post) || /["“‘(]/.test(first.pre);
  const campaignNoun = !!next && CAMPAIGN_NOUNS.has(next.lower) && isJoined(tokens[m.last] as Token, next);
  return campaignNoun || !opensClause;
}

/** 'known to fans as "the Duchess"', 'nicknamed "Big Joe"': a quoted name after a naming verb is a nickname of
 * someone the article names otherwise, no entity of its own. */
function isQuotedNickname(tokens: Token[], m: RawMention): boolean {
  if (m.known) return false;
  let k = m.first - 1;
  const opensQuote = (t: Token | undefined): boolean => !!t && /["“‘']/.test(t.pre);
  let quoted = opensQuote(tokens[m.first]);
  if (tokens[k]?.lower === 'the') {
    quoted ||= opensQuote(tokens[k]);
    k--;
  }
  if (!quoted) return false;
  const verb = tokens[k];
  if (verb && NICKNAME_VERBS.has(verb.lower)) return true;
  if (verb?.lower !== 'as') return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if ((tokens[j] as Token).lower === 'known') return true;
  return false;
}

/** "Ana Duarte (centre)", "Tom Hale (L)": a position in a photo in brackets right after the name. */
function isPlacedInPhoto(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return !!next && /\(\s*$/.test((tokens[last] as Token).post + next.pre) && PHOTO_POSITIONS.has(next.lower);
}

/** "Goldman Sachs": two or more words the tagger reads as an organization, none a first name. */
function isTaggedOrganization(words: Token[]): boolean {
  return (
    words.length > 1 && words.every(t => has(t, 'Organization') && !has(t, 'FirstName') && !isPossessive(t))
  );
}

/** "Central Bank" + "of Brazil": an institution named after its country keeps the country in its name. */
function extendWithCountry(raw: RawMention[], tokens: Token[], text: string): void {
  for (const m of raw) {
    if (m.type !== 'org' || m.known) continue;
    const of = tokens[m.last + 1];
    const country = raw.find(c => c.type === 'country' && c.first === m.last + 2);
    if (!of || of.lower !== 'of' || !country || !isJoined(tokens[m.last] as Token, of)) continue;
    m.last = country.last;
    m.end = country.end;
    m.surface = text.slice(m.start, m.end);
    m.possessive = country.possessive;
    raw.splice(raw.indexOf(country), 1);
  }
}

function toRaw(
  sentence: ParsedSentence,
  first: number,
  last: number,
  text: string,
  type: RawMention['type'],
  extra: Pick<RawMention, 'known' | 'kind' | 'country'>,
): RawMention {
  const a = sentence.tokens[first] as Token;
  const b = sentence.tokens[last] as Token;
  const possessive = isPossessive(b);
  let end = b.end;
  if (/['’]s$/i.test(b.text)) end -= 2;
  let start = a.start;
  if (text.startsWith('The ', start) && type !== 'org') start += 4;
  return {
    type,
    sentence: sentence.index,
    first,
    last,
    start,
    end,
    surface: text.slice(start, end),
    ...extra,
    title: null,
    qualifier: null,
    personSignal: false,
    acting: false,
    possessive,
    gender: null,
  };
}

function titleOf(tokens: Token[], first: number, last: number, text: string): RawTitle {
  return { text: text.slice((tokens[first] as Token).start, (tokens[last] as Token).end), first, last };
}

/** "spokeswoman Lena Ortiz", "press secretary Ana Duarte", "former national security adviser X". */
function findLeftTitle(
  tokens: Token[],
  first: number,
  text: string,
  named: ReadonlySet<number>,
): RawTitle | null {
  const end = first - 1;
  // "ambassador in Ottawa Ruth Wanjiru": the title's place complement stands between the head and the name
  if (isPlaceComplement(tokens, first)) first -= 2;
  // "judge in retirement Perrin Vale", "professor emeritus X": words after the head that say the post was held
  first -= retiredAfterHead(tokens, first);
  const head = tokens[first - 1];
  if (
    !head ||
    isCapitalised(head) ||
    !ROLE_HEADS.has(baseLower(head)) ||
    !isJoined(head, tokens[first] as Token)
  )
    return null;
  let k = first - 1;
  while (k - 1 >= 0 && first - k < 4) {
    const t = tokens[k - 1] as Token;
    // "Property developer X": only the sentence's first word may be a capitalised common modifier
    const opener = k - 1 === 0 && !named.has(k - 1) && !has(t, 'ProperNoun') && !has(t, 'Person');
    if ((isCapitalised(t) && !opener) || !isJoined(t, tokens[k] as Token)) break;
    const w = baseLower(t);
    const noun =
      (has(t, 'Noun') || has(t, 'Adjective')) &&
      !has(t, 'Plural') &&
      !has(t, 'Pronoun') &&
      !has(t, 'Determiner') &&
      !has(t, 'Verb') &&
      !isPossessive(t);
    if (!(ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w) || noun) || ROLE_TIME_WORDS.has(w)) break;
    k--;
  }
  return titleOf(tokens, k, end, text);
}

/** "Philippa Crouch, of St Odile's, said": a name of two words or more, an "of" phrase of capitalised words set off
 * by commas (where the speaker works or lives), then a verb of saying. */
function isSpeakerWithOfApposition(tokens: Token[], last: number): boolean {
  if (!/^\s*,\s*$/.test((tokens[last] as Token).post) || tokens[last + 1]?.lower !== 'of') return false;
  for (let k = last + 2; k < tokens.length && k <= last + 7; k++) {
    const t = tokens[k] as Token;
    // ("St Odile's": compromise reads the 's as a word of its own, which carries the comma)
    if (!isCapitalised(t) && t.lower !== 'the' && t.text !== '') return false;
    if (/^\s*,\s*$/.test(t.post)) return SPEECH_VERBS.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** How many words before `first` close a title by saying its holder has retired (`ROLE_RETIRED_AFTER`: "in
 * retirement", "emeritus"), when a lower-case role head goes before them; 0 when none. */
function retiredAfterHead(tokens: Token[], first: number): number {
  for (const phrase of ROLE_RETIRED_AFTER) {
    const words = phrase.split(' ');
    const start = first - words.length;
    const head = tokens[start - 1];
    if (!head || isCapitalised(head) || !ROLE_HEADS.has(baseLower(head))) continue;
    if (words.every((w, k) => tokens[start + k]?.lower === w)) return words.length;
  }
  return 0;
}

/** A title of courtesy words only ("Mr.", "Mrs", "Ms."): it names no role. */
function isCourtesyOnly(tokens: Token[], title: RawTitle): boolean {
  return tokens.slice(title.first, title.last + 1).every(t => COURTESY.has(baseLower(t)));
}

/** "… in Ottawa" + name at `first`: a capitalised place after "in/to/at", joined to the name (any capitalised word
 * after a role head and "to"/"in": "envoy to Sendal Mr. X"). */
function isPlaceComplement(tokens: Token[], first: number): boolean {
  const place = tokens[first - 1];
  const prep = tokens[first - 2];
  const roleBefore = !!tokens[first - 3] && ROLE_HEADS.has(baseLower(tokens[first - 3] as Token));
  return (
    !!place &&
    !!prep &&
    ['in', 'to', 'at'].includes(prep.lower) &&
    ((has(place, 'Place') && !has(place, 'Person')) ||
      (roleBefore && isCapitalised(place) && !has(place, 'FirstName'))) &&
    !isPossessive(place) &&
    isJoined(place, tokens[first] as Token)
  );
}

function hasPersonSignal(tokens: Token[], m: RawMention): boolean {
  const first = tokens[m.first] as Token;
  const words = tokens.slice(m.first, m.last + 1);
  // single letters, acronyms, places and plural nouns ("Nigerians", "Diplomats") are not names of people
  if (m.first === m.last && (first.text.replace(/[.'’-]/g, '').length < 2 || isAllCaps(first))) return false;
  // "Elin Marsh", "Anna Hill": a first name before a place word ("marsh", "hill") is read as a place by the
  // tagger; only the first name's lexicon entry still says it is a person's name
  // "Kim Min-jun", "Lee Jae-yong": a family name, then a given name whose second syllable follows a hyphen (the
  // tagger may read the syllables as places)
  if (words.some((t, k) => isHyphenTail(words[k - 1], t))) return true;
  const placeGuess =
    m.last === m.first + 1 &&
    isLexiconFirstName(first) &&
    !isCapitalisedPlaceInLexicon(tokens[m.last] as Token);
  // "Ottilie Marsh, an analyst at X,": a role apposition makes a person of a name whose last word the tagger reads
  // as a place word ("marsh", "hill"), when the first word is no place
  if (
    m.last === m.first + 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    !isCapitalisedPlaceInLexicon(first) &&
    !GEO_FIRST.has(first.lower) &&
    !has(first, 'Organization') &&
    !has(tokens[m.last], 'Organization') &&
    isFollowedByRoleApposition(tokens, m.last)
  )
    return true;
  if (
    m.last > m.first &&
    !GEO_FIRST.has(first.lower) &&
    words.every(t => /^\p{Lu}\p{Ll}/u.test(t.text) && !has(t, 'Organization')) &&
    isSpeakerWithOfApposition(tokens, m.last)
  )
    return true;
  // "the art dealer Lucan Marsh-Day": a role written before a name of two words or more says it is a person's, even
  // when the tagger guesses place words in it
  if (
    m.title &&
    m.last > m.first &&
    !GEO_FIRST.has(first.lower) &&
    words.every(t => /^\p{Lu}\p{Ll}/u.test(t.text) && !has(t, 'Organization'))
  )
    return true;
  if (
    words.some(
      t =>
        (isAllCaps(t) && t.text.replace(/\./g, '').length > 1) ||
        (has(t, 'Place') && !has(t, 'Person') && !placeGuess),
    )
  )
    return false;
  if (m.first === m.last && (has(first, 'Plural') || isSentenceOpenerNotName(first)) && !has(first, 'Person'))
    return false;
  if (m.first === m.last && INDEFINITES.has(first.lower)) return false;
  // "Dr. Mr. Mrs.": titles only, no name
  if (
    words.every(
      t => HONORIFICS.has(baseLower(t)) || ROLE_HEADS.has(baseLower(t)) || ROLE_MODIFIERS.has(baseLower(t)),
    )
  )
    return false;
  if (m.title) return true;
  if (has(first, 'FirstName') && m.last > m.first) return true;
  // "Bethan Howell (centre) with members of the group": a caption places a person in the photo
  if (m.last > m.first && isPlacedInPhoto(tokens, m.last)) return true;
  if (m.last > m.first && tokens.slice(m.first, m.last + 1).every(t => has(t, 'Person'))) return true;
  const prev = tokens[m.first - 1];
  if (prev && HONORIFICS.has(baseLower(prev))) return true;
  // "Nigeria's ambassador, Chidi Okafor, said", "the Minister of Mines, Lindiwe Dube, said"
  if (m.last > m.first && findTitleBeforeName(tokens, m.first, ROLE_HEADS) >= 0) return true;
  if (m.last > m.first && isPersonsCounterpart(tokens, m.first)) return true;
  // "had breakfast with Kelda Marr", "went to see Ferris Wald", "spoke to Idris Kallow": a slot only a person fills
  if (isBareName(tokens, m) && isPersonOnlySlot(tokens, m.first, m.last)) return true;
  // "the embassy in Brenna declined", "talks at Harbour Hall ended": after a place preposition a name is a
  // place or the complement of another subject, so a verb after it says nothing about a person
  if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return false;
  const next = tokens[m.last + 1];
  if (next && !m.possessive && SPEECH_VERBS.has(next.lower) && !/[,;:]/.test((tokens[m.last] as Token).post))
    return true;
  if (m.last > m.first && isFollowedByRoleApposition(tokens, m.last)) return true;
  // "Tunde Okafor, 45,": an age in commas after a name
  const age = tokens[m.last + 1];
  if (
    m.last > m.first &&
    age &&
    /^\s*,/.test((tokens[m.last] as Token).post) &&
    /^\d{1,3}$/.test(age.text) &&
    /^\s*[,.;]/.test(age.post)
  )
    return true;
  // "Police arrested Tunde Okafor", "Tunde Okafor founded the firm": two or three capitalised words the tagger
  // knows nothing about (no first name, place, organization or common-word tag), no head word, as the subject
  // or object of a verb
  if (
    placeGuess &&
    !isTitleCase(tokens) &&
    ((prev && has(prev, 'Verb') && !has(prev, 'Copula')) ||
      (next && has(next, 'Verb') && !/[,;:]/.test((tokens[m.last] as Token).post)))
  )
    return true;
  if (isBareName(tokens, m)) {
    if (
      ((prev && has(prev, 'Verb') && !has(prev, 'Copula') && !WORK_VERBS.has(prev.lower)) ||
        (next && has(next, 'Verb') && !/[,;:]/.test((tokens[m.last] as Token).post)) ||
        isVerbsPartner(tokens, m.first)) &&
      !modifiesNextNoun(tokens, m.last)
    )
      return true;
    // "Ilse Varga, who chaired the panel, said": "who" after a comma opens a relative clause about a person
    // (not after an article: "the Varden Trust, who run the archive," is a body spoken of as its members)
    const article = prev !== undefined && /^(the|a|an)$/.test(prev.lower);
    const comma = /^\s*,\s*$/.test((tokens[m.last] as Token).post);
    if (!article && comma && next && /^(who|whom)$/.test(next.lower)) return true;
  }
  return false;
}

/** Two or three capitalised words the tagger knows nothing of (or as a person's only), in prose, not possessive. */
function isBareName(tokens: Token[], m: RawMention): boolean {
  const words = tokens.slice(m.first, m.last + 1);
  return (
    m.last > m.first &&
    m.last - m.first <= 2 &&
    words.every(
      t => isBareProperWord(t) || (has(t, 'Person') && !has(t, 'Place') && !has(t, 'Organization')),
    ) &&
    words.some(isBareProperWord) &&
    !m.possessive &&
    !isTitleCase(tokens)
  );
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to']);

/** "was confronted by Ifeoma Vance", "strolling with Ifeoma Vance": the agent of a passive verb or the partner of a
 * verb ("with") is an actor as the object of a verb is; a noun before "with" ("a deal with X") says nothing. */
function isVerbsPartner(tokens: Token[], first: number): boolean {
  const preposition = tokens[first - 1];
  const verb = tokens[first - 2];
  if (!preposition || !verb || !/^(by|with)$/.test(preposition.lower) || /[,;:]/.test(verb.post))
    return false;
  if (!has(verb, 'Verb') || has(verb, 'Copula') || has(verb, 'Noun')) return false;
  return (
    preposition.lower === 'with' || has(verb, 'Passive') || has(verb, 'PastTense') || has(verb, 'Participle')
  );
}

/** "met his counterpart Odile Vance", "her Marovian counterpart, Odile Vance,": the counterpart of a person ("his",
 * "her") is a person ("its counterpart" may be a body). Up to two modifiers between the possessive and the noun. */
function isPersonsCounterpart(tokens: Token[], first: number): boolean {
  const noun = tokens[first - 1];
  if (
    !noun ||
    !COUNTERPART_NOUNS.has(noun.lower) ||
    noun.lower.endsWith('s') ||
    !/^(\s+|\s*,\s*)$/.test(noun.post)
  )
    return false;
  for (let k = first - 2; k >= 0 && k >= first - 4; k--) {
    const t = tokens[k] as Token;
    if (/^(his|her)$/.test(t.lower)) return true;
    if (/[,;:]/.test(t.post) || has(t, 'Verb') || has(t, 'Determiner')) return false;
  }
  return false;
}

/** A word compromise's lexicon lists as a given name, whatever the tagger made of it in context. */
function isLexiconFirstName(t: Token): boolean {
  const tag = lexiconTag(t);
  return tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName';
}

/** "Victoria", "Paris": a word the lexicon itself lists as a place, not a place guessed from its neighbour. */
function isCapitalisedPlaceInLexicon(t: Token): boolean {
  const tag = lexiconTag(t);
  return tag === 'Place' || tag === 'City' || tag === 'Country' || tag === 'Region';
}

function lexiconTag(t: Token): unknown {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return Object.prototype.hasOwnProperty.call(lexicon, t.lower) ? lexicon[t.lower] : undefined;
}

/** "Drug Trial Halted After Patient Deaths": most words capitalised, so capitals say nothing about names. */
function isTitleCase(tokens: Token[]): boolean {
  // no lower-case word of four letters or more: a headline, not prose
  const words = tokens.filter(t => /^\p{L}{4,}/u.test(t.text));
  return words.length >= 2 && words.every(isCapitalised);
}

/** A capitalised word tagged only as a (proper) noun: unknown to the lexicon, like most family names. */
function isBareProperWord(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text)) return false;
  for (const tag of t.tags) if (!['Noun', 'ProperNoun', 'Singular'].includes(tag)) return false;
  return !Object.prototype.hasOwnProperty.call(ORG_HEADS, t.lower) && !ROLE_HEADS.has(t.lower);
}

/** "Chidi Okafor, Nigeria's ambassador to Canada," -> a role noun heads the apposition after the comma. */
function isFollowedByRoleApposition(tokens: Token[], last: number): boolean {
  if (!/^\s*,/.test((tokens[last] as Token).post)) return false;
  for (let k = last + 1; k < tokens.length && k <= last + 6; k++) {
    const t = tokens[k] as Token;
    if (ROLE_HEADS.has(baseLower(t)) && !isCapitalised(t)) return true;
    if (has(t, 'Verb') || /[,;:.!?]/.test(t.post)) return false;
  }
  return false;
}

function genderOf(tokens: Token[], m: RawMention): 'male' | 'female' | null {
  const first = tokens[m.first] as Token;
  const title = m.title ? tokens.slice(m.title.first, m.title.last + 1).map(baseLower) : [];
  const prev = tokens[m.first - 1];
  if (prev) title.push(baseLower(prev));
  if (
    title.some(w =>
      [
        'spokeswoman',
        'chairwoman',
        'congresswoman',
        'businesswoman',
        'queen',
        'princess',
        'mrs',
        'ms',
        'miss',
        'lady',
        'dame',
        'actress',
      ].includes(w),
    )
  )
    return 'female';
  if (
    title.some(w =>
      ['spokesman', 'chairman', 'congressman', 'businessman', 'king', 'prince', 'mr', 'sir', 'lord'].includes(
        w,
      ),
    )
  )
    return 'male';
  if (m.last > m.first && has(first, 'FemaleName')) return 'female';
  if (m.last > m.first && has(first, 'MaleName')) return 'male';
  return null;
}

/** "Nigeria denied", "Nigeria has consistently denied": a country followed (after adverbs and auxiliaries) by a
 * verb, not after a preposition or article, and not qualifying a following name. */
function isActing(tokens: Token[], m: RawMention, raw: RawMention[]): boolean {
  if (m.possessive) return false;
  const prev = tokens[m.first - 1];
  // "the US said" acts; "in the US", "a US official" do not
  const before = tokens[m.first - 2];
  if (prev && prev.lower === 'the' && before && has(before, 'Preposition')) return false;
  // "the Russian had bought the club", "the Swede was photographed": one person named by nationality, not a state
  if (
    prev &&
    prev.lower === 'the' &&
    m.country &&
    m.surface.toLowerCase() === m.country.demonym.toLowerCase()
  )
    return false;
  if (
    prev &&
    prev.lower !== 'the' &&
    (has(prev, 'Preposition') || has(prev, 'Determiner') || has(prev, 'Adjective'))
  )
    return false;
  if (raw.some(q => q.qualifier === m)) return false;
  for (let k = m.last + 1; k < tokens.length && k <= m.last + 4; k++) {
    const t = tokens[k] as Token;
    if (has(t, 'Adverb') || has(t, 'Negative')) continue;
    if (has(t, 'Verb') && !has(t, 'Gerund'))
      return k === m.last + 1 ? !/[,;:]/.test((tokens[m.last] as Token).post) : true;
    return false;
  }
  return false;
}
