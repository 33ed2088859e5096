// "Interior Ministry spokeswoman Lena Ortiz met Okafor" -> runs of capitalised words, cut and typed:
// org "Interior Ministry", person "Lena Ortiz" (role words "spokeswoman" before her), name "Okafor".
// Titles and possessives never enter a name: "Finance Minister Ana Duarte's" -> name "Ana Duarte",
// title "Finance Minister". Sentence openers ("But", "Asked"), dates and lexicon spans cut runs.
import type { OrganizationKind } from '@news-kg/graph-model';
import { nlp } from '../nlp';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../lexicon/titles';
import { LOWERCASE_ORG_HEADS, ORG_HEADS } from '../lexicon/organizations';
import type { ParsedSentence, Token } from './02-split-sentences';
import type { Span } from './03-find-known-spans';
import { findCountry } from '../lexicon/countries';
import { COMPOUND_TAILS, IRREGULAR_PLURALS } from '../lexicon/name-parts';
import { CLASS_NOUNS } from '../lexicon/organizations';
import { DESCRIPTIVE_MODIFIERS } from '../lexicon/organizations';
import { OPENER_WORDS } from '../lexicon/function-words';
import {
  baseLower,
  baseText,
  has,
  isCapitalised,
  isJoined,
  isPossessive,
  isSentenceOpenerNotName,
} from './token-helpers';
import { FELLOWSHIPS, WORKER_NOUNS } from '../lexicon/organizations';
import { PARTICLES } from '../lexicon/name-parts';
import { EVENT_OPENERS, LAW_HEADS, SLOGAN_VERBS, THING_LAST, THING_SURNAMES } from '../lexicon/name-parts';
import { ORG_HEAD_SURNAMES, VENUE_WORDS } from '../lexicon/name-parts';
import { GEO_FIRST } from '../lexicon/places';
import { GEO_LAST } from '../lexicon/places';
import { STREET_WORDS } from '../lexicon/places';
import { appositionAfter } from './find-organization-evidence';

export interface NameRun extends Span {
  type: 'person' | 'org' | 'name';
  /** Name words without titles or possessive ("Ana", "Duarte"). */
  words: string[];
  kind: OrganizationKind | null;
  /** Title tokens inside the run before the name ("Finance Minister"), as token indexes; -1 when none. */
  titleFirst: number;
  titleLast: number;
  possessive: boolean;
  /** Characters of the first token before the name ("The Courier/" in "The Courier/Lena Ortiz"); 0 when none. */
  cut?: number;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'on', '&']);
const COORDINATORS = new Set(['and', '&']);
/** "Shares of …", "Negotiators for …", "Workers at …": what a plural common noun opening a sentence takes before
 * the name it is not part of. */
const PLURAL_COMPLEMENTS = new Set(['of', 'for', 'from', 'at', 'with']);
const LEGISLATURES = new Set([
  'house',
  'senate',
  'parliament',
  'congress',
  'assembly',
  'duma',
  'council',
  'commons',
  'lords',
]);

/** Finds runs of capitalised words outside the given lexicon spans and types them. */
export function findNameRuns(sentence: ParsedSentence, taken: ReadonlySet<number>): NameRun[] {
  const tokens = sentence.tokens;
  const out: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const credit = creditedName(sentence, i, taken);
    if (credit) {
      out.push(credit);
      i = credit.last;
      continue;
    }
    if (!startsRun(tokens, i, taken)) continue;
    let j = i;
    while (j + 1 < tokens.length && extends_(tokens, j, taken)) {
      if (opensOfTheName(tokens, j, taken))
        j++; // over "of" to "the", which joins as any capitalised word would
      else if (opensSloganThe(tokens, j, taken)) j++; // "Save the Valleys": over "the"
      j++;
      while (PARTICLES.has((tokens[j] as Token).text) && j + 1 < tokens.length) j++;
    }
    // a connector may not end a run ("Department of" + date)
    while (j > i && CONNECTORS.has(baseLower(tokens[j] as Token))) j--;
    j = extendLowercaseHead(tokens, j, taken);
    const from = extendOverTimeWord(tokens, i, j, taken);
    out.push(...typeRun(sentence, from === i ? trimOpeners(tokens, i, j) : from, j));
    i = j;
  }
  return out;
}

/** "Courier/Lena": an outlet or agency, a slash and the first word of a name, as photo credits write them. */
const CREDIT_TOKEN = /^[\p{L}][\p{L}.&'’-]*\/(\p{Lu}[\p{Ll}'’-]+)$/u;

/** "The Kelsport Courier/Lena M. Ortiz", "AP Photo/Tom Hale": a photo credit's name starts inside the token that
 * joins it to the outlet with a slash; the name is that word and the capitalised words after it (two to four). */
function creditedName(sentence: ParsedSentence, i: number, taken: ReadonlySet<number>): NameRun | null {
  const tokens = sentence.tokens;
  const t = tokens[i] as Token;
  const m = CREDIT_TOKEN.exec(t.text);
  if (!m || taken.has(t.i) || !isLexiconGivenName(m[1] as string)) return null;
  let j = i;
  while (j + 1 < tokens.length && j - i < 3) {
    const next = tokens[j + 1] as Token;
    if (!isJoined(tokens[j] as Token, next) || !usable(next, taken) || !isCapitalised(next)) break;
    j++;
  }
  if (j === i || !isPersonName(tokens.slice(i + 1, j + 1))) return null;
  const words = [m[1] as string, ...tokens.slice(i + 1, j + 1).map(baseText)];
  return {
    sentence: sentence.index,
    first: i,
    last: j,
    type: 'name',
    words,
    kind: null,
    titleFirst: -1,
    titleLast: -1,
    possessive: isPossessive(tokens[j] as Token),
    cut: t.text.length - (m[1] as string).length,
  };
}

/** "Also", "Again", "Too": a word compromise's lexicon lists as an adverb (and as no name). */
function isLexiconAdverb(t: Token): boolean {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return Object.prototype.hasOwnProperty.call(lexicon, t.lower) && lexicon[t.lower] === 'Adverb';
}

/** A word compromise's lexicon lists as a given name ("Lena"), not a weekday or another word after a slash. */
function isLexiconGivenName(word: string): boolean {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const tag = Object.prototype.hasOwnProperty.call(lexicon, word.toLowerCase())
    ? lexicon[word.toLowerCase()]
    : null;
  return tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName';
}

const NOT_NAME_TAGS = [
  'Date',
  'Value',
  'Pronoun',
  'Determiner',
  'Conjunction',
  'Preposition',
  'QuestionWord',
  'Expression',
];
/** Letters, apostrophes, hyphens and dots only ("Marsh/Getty", "Lee_0042.jpg", "(AP)Nigeria" are not name parts), or
 * capitals joined by "&" or "+" as companies write their names ("K+S", "P&G", "AT&T"). */
const NAME_TOKEN = /^[\p{L}][\p{L}\p{M}'’.-]*$|^\p{Lu}[\p{L}]*[&+]\p{Lu}[\p{L}]*$/u;

function usable(t: Token | undefined, taken: ReadonlySet<number>, next?: Token): t is Token {
  if (!t || taken.has(t.i) || !NAME_TOKEN.test(t.text)) return false;
  if (
    NOT_NAME_TAGS.some(tag => t.tags.has(tag)) &&
    !has(t, 'Person') &&
    !has(t, 'Honorific') &&
    !isCapitalisedParticle(t, next) &&
    !(next && isHyphenTail(t, next))
  )
    return false;
  return isCapitalised(t) || HONORIFICS.has(baseLower(t));
}

/** "Le Maire", "Van Dijk", "De Souza": a name particle written with a capital opens a surname when a
 * capitalised word follows it (the tagger reads "Le" as a determiner). */
function isCapitalisedParticle(t: Token, next: Token | undefined): boolean {
  return (
    isCapitalised(t) &&
    PARTICLES.has(t.lower) &&
    t.lower !== 'y' &&
    !!next &&
    isCapitalised(next) &&
    isJoined(t, next) &&
    !isPossessive(t)
  );
}

function startsRun(tokens: Token[], i: number, taken: ReadonlySet<number>): boolean {
  const t = tokens[i];
  if (!usable(t, taken, tokens[i + 1]) || !isCapitalised(t)) return false;
  const prev = tokens[i - 1];
  return !(prev && usable(prev, taken) && isJoined(prev, t));
}

function extends_(tokens: Token[], j: number, taken: ReadonlySet<number>): boolean {
  const a = tokens[j] as Token;
  const b = tokens[j + 1] as Token;
  if (
    isPossessiveInstitution(tokens, j, taken) ||
    opensOfTheName(tokens, j, taken) ||
    opensSloganThe(tokens, j, taken)
  )
    return true;
  if (!isJoined(a, b)) return false;
  if (usable(b, taken, tokens[j + 2]) && isCapitalised(b)) return true;
  if (!taken.has(b.i) && (isHyphenTail(a, b) || isHyphenedCommonWord(a, b))) return true;
  // "Department of Energy", "Environment and Public Works Committee"
  const c = tokens[j + 2];
  // "Photo: Osric Vale for The Kelsport Courier": "for" before a capitalised "The" opens the outlet a photographer
  // works for, never a longer name
  if (baseLower(b) === 'for' && c && c.text === 'The') return false;
  if (
    CONNECTORS.has(baseLower(b)) &&
    !taken.has(b.i) &&
    !!c &&
    usable(c, taken) &&
    isCapitalised(c) &&
    isJoined(b, c)
  )
    return !isAddressAfter(tokens, j + 1);
  // "von der Leyen": particles, then a capitalised word
  let k = j + 1;
  while (
    tokens[k] &&
    PARTICLES.has((tokens[k] as Token).text) &&
    isJoined(tokens[k] as Token, tokens[k + 1] ?? (tokens[k] as Token)) &&
    k < j + 4
  )
    k++;
  const after = tokens[k];
  return k > j + 1 && !!after && usable(after, taken) && isCapitalised(after);
}

/** "Friends of the Earth", "Council of the Baltic Sea States", "Ministry of the Interior": an institution's head or
 * a capitalised plural noun, then "of the" and a capitalised word, is one name going on through "the" (a person or
 * a title before "of the" is not: "Duarte of the Interior Ministry", "Minister of the Interior"). */
function opensOfTheName(tokens: Token[], j: number, taken: ReadonlySet<number>): boolean {
  const [a, of, the, next] = [tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]];
  if (!a || !of || !the || !next || baseLower(of) !== 'of' || baseLower(the) !== 'the') return false;
  if (
    !isJoined(a, of) ||
    !isJoined(of, the) ||
    !isJoined(the, next) ||
    !usable(next, taken) ||
    !isCapitalised(next)
  )
    return false;
  if (isOrgHead(a)) return true;
  // a plural's "of the" names a body only when no institution follows it ("Shares of the Acme Group" are shares),
  // and at a sentence's start only a fellowship word does ("Residents of the valley" are residents)
  const opensSentence = opensClause(tokens, j);
  const pluralNoun =
    isCapitalised(a) &&
    has(a, 'Plural') &&
    !['Person', 'FirstName', 'LastName'].some(tag => has(a, tag)) &&
    (!opensSentence || FELLOWSHIPS.has(baseLower(a)));
  let k = j + 3;
  while (tokens[k] && isCapitalised(tokens[k] as Token) && !isOrgHead(tokens[k] as Token)) k++;
  return (
    pluralNoun &&
    !(tokens[k] && isOrgHead(tokens[k] as Token) && isJoined(tokens[k - 1] as Token, tokens[k] as Token))
  );
}

/** "Save the Valleys", "Stop the Quarry": a slogan's verb opening a run, "the" and a capitalised word name a campaign
 * (`SLOGAN_VERBS`; not after a clause's start, where an imperative may open a sentence). */
function opensSloganThe(tokens: Token[], j: number, taken: ReadonlySet<number>): boolean {
  const [prev, a, the, next] = [tokens[j - 1], tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!prev || !a || !the || !next || !SLOGAN_VERBS.has(a.lower) || !isCapitalised(a)) return false;
  if (opensClause(tokens, j) || (usable(prev, taken) && isJoined(prev, a))) return false;
  return (
    the.lower === 'the' &&
    isJoined(a, the) &&
    isJoined(the, next) &&
    usable(next, taken) &&
    isCapitalised(next)
  );
}

/** A name opening with "River"/"Lake"/"Mount" or closing with a feature word, unless it opens with a first name
 * ("Ricki Lake" is a person). */
function isGeographicName(run: Token[]): boolean {
  if (run.length < 2) return false;
  const first = run[0] as Token;
  // ("Port Minister Ana Duarte": a title after the word makes it a policy area)
  if (GEO_FIRST.has(baseLower(first)) && !has(first, 'FirstName') && !run.some(isTitleWord)) return true;
  return (
    GEO_LAST.has(baseLower(run[run.length - 1] as Token)) && !has(first, 'FirstName') && !has(first, 'Person')
  );
}

/** "the Harlan Prize", "Wilma Ortiz Stadium", "Captain Ivo Renk Memorial Park": a name closing with an award's,
 * venue's or street's word, unless a family-name word closes two words opening with a given name ("Jenny Park"). */
function isNameOfThing(run: Token[]): boolean {
  if (run.length < 2 || !THING_LAST.has(baseLower(run[run.length - 1] as Token))) return false;
  const first = run[0] as Token;
  const surname = THING_SURNAMES.has(baseLower(run[run.length - 1] as Token));
  return !(surname && run.length === 2 && (has(first, 'FirstName') || isLexiconGivenName(first.text)));
}

/** "the Ministry of Health on Harbour Street": "on" before a street name gives an address, not more of the name
 * ("Committee on Foreign Relations" goes on). */
function isAddressAfter(tokens: Token[], connector: number): boolean {
  if (baseLower(tokens[connector] as Token) !== 'on') return false;
  for (let k = connector + 1; k < connector + 5 && tokens[k] && isCapitalised(tokens[k] as Token); k++) {
    if (STREET_WORDS.has(baseLower(tokens[k] as Token))) return true;
  }
  return false;
}

/** "St Aidan's University Hospital", "King's College London", "the Dock Workers' Union": a possessive stays inside
 * a name when it follows "St"/"Saint", is the name's first word, or is a plural's ("Workers'"), and capitalised
 * words ending in an organization head come next (elsewhere a possessive ends a name: "Duarte's Finance Ministry"
 * is two). */
function isPossessiveInstitution(tokens: Token[], j: number, taken: ReadonlySet<number>): boolean {
  const a = tokens[j] as Token;
  // "Dock Workers' Union", "Suppliers' Federation": a capitalised plural possessive names whom the body serves
  const plural = isCapitalised(a) && /s$/i.test(a.text) && /^['’] $/.test(a.post);
  if (!plural) {
    if (!isPossessive(a) || !/['’]s$/i.test(a.text) || !/^ $/.test(a.post)) return false;
    const before = tokens[j - 1];
    const saint = !!before && /^(st\.?|saint)$/i.test(before.text);
    const opensName = !before || !isCapitalised(before) || !isJoined(before, a);
    const irregularPlural = IRREGULAR_PLURALS.has(baseLower(a));
    if (!saint && !irregularPlural && !(opensName && ['king', 'queen'].includes(baseLower(a)))) return false;
  }
  for (let k = j + 1; k < j + 5; k++) {
    const t = tokens[k];
    if (
      !usable(t, taken) ||
      !isCapitalised(t) ||
      isPossessive(t) ||
      (k > j + 1 && !isJoined(tokens[k - 1] as Token, t))
    )
      return false;
    if (isOrgHead(t)) return true;
  }
  return false;
}

/** "the Evening Courier", "Morning Star Group": a time word opening an institution's name (the date tagger
 * reads "Evening" as a time) joins the run when the name ends with an organization head. */
function extendOverTimeWord(tokens: Token[], i: number, j: number, taken: ReadonlySet<number>): number {
  const prev = tokens[i - 1];
  if (!prev || i - 1 === 0 || taken.has(prev.i) || !isCapitalised(prev) || !has(prev, 'Date')) return i;
  if (has(prev, 'Value') || has(prev, 'Month') || !isJoined(prev, tokens[i] as Token)) return i;
  // "The Sunday Herald": a weekday opens only a newspaper's name
  if (has(prev, 'WeekDay')) return ORG_HEADS[baseLower(tokens[j] as Token)] === 'media' ? i - 1 : i;
  return isOrgHead(tokens[j] as Token) ? i - 1 : i;
}

/** "Senate Armed Services committee", "House intelligence committee": a lower-case head closes a name. */
function extendLowercaseHead(tokens: Token[], j: number, taken: ReadonlySet<number>): number {
  const next = tokens[j + 1];
  const last = tokens[j] as Token;
  if (next && !taken.has(next.i) && isJoined(last, next) && LOWERCASE_ORG_HEADS.has(baseLower(next)))
    return j + 1;
  if (!LEGISLATURES.has(baseLower(last)) || isPossessive(last)) return j;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isCapitalised(t) || !isJoined(tokens[k - 1] as Token, t) || has(t, 'Verb') || has(t, 'Determiner'))
      return j;
    if (['committee', 'subcommittee', 'panel'].includes(baseLower(t))) return k;
  }
  return j;
}

/** Drops a sentence-initial word that is not a name ("But", "Asked", "Top") and a leading "The". */
function trimOpeners(tokens: Token[], i: number, j: number): number {
  const t = tokens[i] as Token;
  // "Foreign Ministry spokesman …", "Finance Minister …": an adjective opening an institution or a title stays
  const rest = tokens.slice(i + 1, j + 1);
  if (has(t, 'Adjective') && !has(t, 'Determiner') && rest.some(w => isOrgHead(w) || isTitleWord(w)))
    return i;
  // "Coach Marco Bellini", "Finance Minister Ana Duarte": role words open the title, which stays out of the name
  if ((isTitleWord(t) || ROLE_MODIFIERS.has(baseLower(t))) && rest.some(isTitleWord)) return i;
  if (isTitleWord(t) && rest.length) return i;
  // "Network Rail cancelled …": an institution head opening a sentence opens a name (the tagger may read a verb)
  if (isOrgHead(t) && rest.length && !has(t, 'Determiner') && !has(t, 'Preposition')) return i;
  const atStart = opensClause(tokens, i);
  if (baseLower(t) === 'the') return i + 1;
  // "Shares of Arlo Pharmaceuticals fell": a plural common noun capitalised only because it opens the sentence,
  // with its "of", is not part of the name after it
  // after a dateline ("KELSPORT, June 6 Negotiators for …") a plural is capitalised as at a sentence's start, and
  // the tagger reads it as a proper noun
  const afterDateline =
    /^\d{1,2}$/.test(tokens[i - 1]?.text ?? '') && /^\s+$/.test(tokens[i - 1]?.post ?? '');
  const plural = has(t, 'Plural') || (afterDateline && /\p{Ll}s$/u.test(t.text) && !has(t, 'Organization'));
  if (
    (atStart || afterDateline) &&
    i + 2 <= j &&
    plural &&
    (!has(t, 'ProperNoun') || afterDateline) &&
    !has(t, 'Person') &&
    !isOrgHead(t) &&
    PLURAL_COMPLEMENTS.has(baseLower(tokens[i + 1] as Token)) &&
    !opensOfTheName(tokens, i, new Set())
  )
    return i + 2;
  // "Carmaker Voltan said": a class noun capitalised only because it opens the sentence introduces the name
  if (
    atStart &&
    i < j &&
    Object.prototype.hasOwnProperty.call(CLASS_NOUNS, baseLower(t)) &&
    !isOrgHead(t) &&
    !isTitleWord(t)
  )
    return i + 1;
  // "Rivals Hugo Vance and …", "Neighbours Ana Duarte …": a plural common noun capitalised only because it opens the
  // sentence describes the person named after it
  if (
    atStart &&
    i < j &&
    has(t, 'Plural') &&
    !has(t, 'ProperNoun') &&
    !has(t, 'Person') &&
    !isOrgHead(t) &&
    !isPluralTitle(t) &&
    has(tokens[i + 1], 'FirstName')
  )
    return i + 1;
  if (atStart && isCapitalisedParticle(t, tokens[i + 1]) && i < j) return i;
  if (atStart && OPENER_WORDS.has(t.lower) && i < j) return i + 1;
  // "Reform Now, the anti-corruption movement,", "Open Hands Velmark, a refugee charity,": a verb or adjective opening
  // a name that an apposition says is a body's stays in the name
  if (atStart && i < j && appositionAfter(tokens, j)) return i;
  // "Harbour City FC sacked …": a base-form verb reading ("harbour") of a name's first word yields to an
  // organization head closing the run
  if (atStart && i < j && isOrgHead(tokens[j] as Token) && isBaseFormWord(t)) return i;
  if (atStart && isSentenceOpenerNotName(t) && !has(t, 'ProperNoun')) return i + 1;
  if (atStart && isSentenceOpenerNotName(t) && has(t, 'Adjective')) return i + 1;
  return i;
}

/** The token opens its sentence, a quotation, a parenthesis or a clause after a colon or dash: where any word
 * is capitalised, name or not. */
function opensClause(tokens: Token[], i: number): boolean {
  // (a full stop before it ends a sentence the splitter kept inside a quotation: "… for years. As Lee said …")
  return (
    i === 0 ||
    /["“‘'(:[—–-]\s*$|[.!?]["”’]?\s+$/.test((tokens[i - 1] as Token).post) ||
    /["“‘'(]/.test((tokens[i] as Token).pre)
  );
}

/** A word that may be a noun or a verb's base form, not a past tense, participle or function word. */
function isBaseFormWord(t: Token): boolean {
  if (
    [
      'PastTense',
      'Gerund',
      'Participle',
      'Determiner',
      'Preposition',
      'Conjunction',
      'Pronoun',
      'Adverb',
      'QuestionWord',
    ].some(tag => has(t, tag))
  )
    return false;
  return has(t, 'Infinitive') || has(t, 'Imperative') || has(t, 'Noun');
}

const isOrgHead = (t: Token): boolean => Object.prototype.hasOwnProperty.call(ORG_HEADS, baseLower(t));
const isTitleWord = (t: Token): boolean => ROLE_HEADS.has(baseLower(t)) || HONORIFICS.has(baseLower(t));

/** "Presidents X and Y met", "Foreign Ministers X and Y": a capitalised plural of a role head titles the names
 * coordinated after it. */
function isPluralTitle(t: Token): boolean {
  const w = baseLower(t);
  if (!/^\p{Lu}\p{Ll}+s$/u.test(t.text) || isPossessive(t)) return false;
  return ROLE_HEADS.has(w.slice(0, -1)) || (w.endsWith('ies') && ROLE_HEADS.has(`${w.slice(0, -3)}y`));
}

function typeRun(sentence: ParsedSentence, i: number, j: number): NameRun[] {
  const tokens = sentence.tokens;
  if (i > j) return [];
  const run = tokens.slice(i, j + 1);
  // "President Tomas Vidal Signs Mining Bill": a finite verb inside a title-case run ends the name before it
  const verb = run.findIndex((t, k) => k > 0 && isFiniteVerb(t) && !isHyphenTail(run[k - 1], t));
  if (verb > 0) return [...typeRun(sentence, i, i + verb - 1), ...typeRun(sentence, i + verb + 1, j)];
  // "Treasurer Jim Calder Also Backs Plan": an adverb the lexicon knows ends the name, whatever the tagger made of
  // its capital
  // (an adverb closing the run is a slogan's last word: "Fair Freight Now", "Keep Kelsport Well")
  const adverb = run.findIndex((t, k) => k > 0 && k < run.length - 1 && isLexiconAdverb(t));
  if (adverb > 0) return [...typeRun(sentence, i, i + adverb - 1), ...typeRun(sentence, i + adverb + 1, j)];
  const withComplement = splitTitleWithComplement(sentence, i, j);
  if (withComplement) return withComplement;
  // "Clean Water Act", "Public Health Bill", "the Morning Show": a law's or a programme's title names no one, whatever
  // institution words it holds
  if (run.length > 1 && LAW_HEADS.has(baseLower(run[run.length - 1] as Token))) return [];
  // "Storm Berthe", "Hurricane Ivo": an event's name; "the Harlan Prize", "Captain Ivo Renk Memorial Park": a thing's
  if (
    run.length > 1 &&
    EVENT_OPENERS.has(baseLower(run[0] as Token)) &&
    !has(run[0], 'FirstName') &&
    !run.some(isOrgHead)
  )
    return [];
  if (isNameOfThing(run)) return [];
  // "the Breakfast Show on Radio Kelsport": after a title and its connector, another name begins
  const work = run.findIndex(
    (t, k) =>
      k < run.length - 2 && LAW_HEADS.has(baseLower(t)) && CONNECTORS.has(baseLower(run[k + 1] as Token)),
  );
  if (work >= 0) return typeRun(sentence, i + work + 2, j);
  // "Tom Mills", "Ann Records": a given name and a company head that is also a family name are a person's name
  const givenThenSurname =
    run.length === 2 &&
    ORG_HEAD_SURNAMES.has(baseLower(run[1] as Token)) &&
    (has(run[0], 'FirstName') || isLexiconGivenName((run[0] as Token).text));
  const orgHead = givenThenSurname ? -1 : lastIndex(run, isOrgHead);
  if (orgHead < 0 && isGeographicName(run)) return [];
  // "the Gulf", "two Gulf states": a feature word alone names a place
  if (run.length === 1 && GEO_LAST.has(baseLower(run[0] as Token))) return [];
  // "Samuel Okoro of Northfield University", "Professor Ana Duarte of Lisbon Hospital": a person's name, "of" and
  // an institution are two names (an institution's own "of" comes after its head: "University of Lisbon")
  const of = run.findIndex(t => baseLower(t) === 'of');
  if (
    of > 0 &&
    orgHead > of &&
    !run.slice(0, of).some(isOrgHead) &&
    run.slice(0, of).some(t => has(t, 'FirstName') || has(t, 'Person') || isLexiconGivenName(t.text))
  ) {
    return [...typeRun(sentence, i, i + of - 1), ...typeRun(sentence, i + of + 1, j)];
  }
  // the last title word that still has name words after it: "Interior Ministry Spokesperson Lena Ortiz"
  let title = -1;
  for (let k = run.length - 2; k >= 0; k--) {
    // ("Negotiators for Acme Inc": a plural before a connector is a common noun of the sentence)
    const plural = isPluralTitle(run[k] as Token) && !CONNECTORS.has(baseLower(run[k + 1] as Token));
    if ((isTitleWord(run[k] as Token) || plural) && k > orgHead) {
      title = k;
      break;
    }
  }
  // a title-case headline goes on after the name ("Minister Ana Duarte Signs Bill"): the name stops at the first
  // verb, plural or adjective, and a title followed by none ("Minister Visits Flooded Town") names nobody
  let nameLength = 0;
  if (title >= 0)
    while (
      title + 1 + nameLength < run.length &&
      isNameWord(run[title + 1 + nameLength] as Token, run[title + nameLength])
    )
      nameLength++;
  if (title >= 0 && nameLength > 0 && isPersonName(run.slice(title + 1, title + 1 + nameLength))) {
    let titleFirst = firstTitleIndex(run, title, orgHead);
    // "Mayor Ana Duarte and Police Chief Tom Hale": a body's word before the second title opens that title, the
    // coordinator parts the two people (not "Acme and Police Chief": an organization's name before the coordinator)
    let beforeEnd = titleFirst - 1;
    if (
      titleFirst >= 3 &&
      isOrgHead(run[titleFirst - 1] as Token) &&
      COORDINATORS.has(baseLower(run[titleFirst - 2] as Token)) &&
      isPersonName(run.slice(Math.max(0, titleFirst - 4), titleFirst - 2)) &&
      run.slice(0, titleFirst - 2).some(isTitleWord)
    ) {
      titleFirst -= 1;
      beforeEnd = titleFirst - 2;
    }
    const before = titleFirst > 0 ? typeRun(sentence, i, i + beforeEnd) : [];
    const nameEnd = i + title + nameLength;
    const [named, ...others] = splitAtFirstNames(sentence, i + title + 1, nameEnd);
    const person = {
      ...(named as NameRun),
      type: 'person' as const,
      titleFirst: i + titleFirst,
      titleLast: i + title,
    };
    let rest = nameEnd + 1;
    while (rest <= j && !isNameWord(tokens[rest] as Token)) rest++;
    const after = rest <= j ? typeRun(sentence, rest, j) : [];
    return [...before, person, ...others, ...after];
  }
  if (title >= 0 && nameLength === 0 && isTitleCaseTail(run.slice(title + 1))) {
    const titleFirst = firstTitleIndex(run, title, orgHead);
    const before = titleFirst > 0 ? typeRun(sentence, i, i + titleFirst - 1) : [];
    let rest = i + title + 1;
    while (rest <= j && !isNameWord(tokens[rest] as Token)) rest++;
    return [...before, ...(rest <= j ? typeRun(sentence, rest, j) : [])];
  }
  // "at Cafe Mora", "Bistro Lenz", "Hotel Weissberg": a venue's type word before a name makes a place, never a
  // person; the business when it acts ("Hotel Marisol said", "a spokesperson for Hotel Marisol") (no body's head in
  // the run: "Hotel Workers Union" is a body; "the Grand Orsk Hotel said" is read as before)
  if (orgHead < 0 && run.length > 1 && run.length <= 4 && VENUE_WORDS.has(baseLower(run[0] as Token))) {
    const next = tokens[j + 1];
    // (a verb after it, or the employer slot of "a spokesperson for …", "the manager of (the) …")
    const article = !!tokens[i - 1] && baseLower(tokens[i - 1] as Token) === 'the' ? 1 : 0;
    const before = tokens[i - 1 - article];
    const acts =
      (!!next && has(next, 'Verb') && !has(next, 'Gerund')) ||
      (!!before && ['for', 'of'].includes(baseLower(before)));
    return acts ? [makeRun(sentence, 'org', i, j, 'company', -1, -1)] : [];
  }
  // "Minister of Mineral Resources", "Secretary of State": a title with its complement, not an institution
  if (orgHead >= 0 && isTitleWord(run[0] as Token) && CONNECTORS.has(baseLower((run[1] ?? run[0]) as Token)))
    return [];
  // "Network Rail", "Police Scotland": a head opening a run of two or three words with no connector and no
  // first name after it names the whole run, never a fragment of it
  if (
    orgHead === 0 &&
    run.length > 1 &&
    run.length <= 3 &&
    run
      .slice(1)
      .every(t => isNameWord(t) && !CONNECTORS.has(baseLower(t)) && !has(t, 'FirstName') && !isTitleWord(t))
  ) {
    return [makeRun(sentence, 'org', i, j, ORG_HEADS[baseLower(run[0] as Token)] ?? 'other', -1, -1)];
  }
  // "the Security Agency Varnak": common words and a head describe the body whose one-word name follows
  if (orgHead >= 0 && orgHead === run.length - 2 && isDescriptionOfName(run)) {
    return [makeRun(sentence, 'org', j, j, ORG_HEADS[baseLower(run[orgHead] as Token)] ?? 'other', -1, -1)];
  }
  if (orgHead >= 0) {
    // "Department of Energy" is a department: the head before "of" gives the kind
    const headOfOf = run.findIndex((t, k) => isOrgHead(t) && baseLower(run[k + 1] ?? t) === 'of');
    const headToken = run[headOfOf >= 0 && headOfOf < orgHead ? headOfOf : orgHead] as Token;
    const end = orgHead;
    // "Department of Energy": the name goes on after the head through connectors
    const tail = run.slice(end + 1);
    // "Acme Bank and Brightloop": "and" after a complete institution name coordinates a second name, unless that one
    // closes with a head of its own ("Bank and Trust Company", "Ministry of Trade and Industry" goes on after "of")
    const coordinated = COORDINATORS.has(baseLower((tail[0] ?? run[0]) as Token)) && !tail.some(isOrgHead);
    const orgEnd =
      tail.length && CONNECTORS.has(baseLower(tail[0] as Token)) && !coordinated ? run.length - 1 : end;
    const org = makeRun(sentence, 'org', i, i + orgEnd, ORG_HEADS[baseLower(headToken)] ?? 'other', -1, -1);
    const next = coordinated ? i + orgEnd + 2 : i + orgEnd + 1;
    const after = next <= j ? typeRun(sentence, next, j) : [];
    return [org, ...after];
  }
  // "Harbour and Transport Workers": capitalised trade words closing with the people a union is of, coordinated
  // or not, are one union's name (not "Workers" alone, nor after a person's name)
  if (
    run.length > 1 &&
    WORKER_NOUNS.has(baseLower(run[run.length - 1] as Token)) &&
    !run.some(t => has(t, 'FirstName') || has(t, 'Person') || isPossessive(t)) &&
    run.every((t, k) => (k > 0 && COORDINATORS.has(baseLower(t))) || isCapitalised(t)) &&
    !COORDINATORS.has(baseLower(run[0] as Token)) &&
    !has(run[0], 'Plural')
  ) {
    return [makeRun(sentence, 'org', i, j, 'other', -1, -1)];
  }
  // "Friends of the Earth": a plural noun opening "… of the …" with no institution head names a body
  if (
    run.length > 3 &&
    baseLower(run[1] as Token) === 'of' &&
    baseLower(run[2] as Token) === 'the' &&
    opensOfTheName(tokens, i, new Set())
  ) {
    return [makeRun(sentence, 'org', i, j, 'other', -1, -1)];
  }
  return splitAtConnectors(sentence, i, j);
}

/** "Security Agency Varnak": descriptive common words, an institution head, then one capitalised word that is no
 * acronym (an acronym after a full name is its short form: "Federal Security Service FSB"), first name or head. */
function isDescriptionOfName(run: Token[]): boolean {
  const name = run[run.length - 1] as Token;
  const description = run.slice(0, -1);
  if (isAllCapsWord(name) || has(name, 'FirstName') || isOrgHead(name) || isTitleWord(name)) return false;
  if (description.length < 2) return false;
  return description.every((t, k) =>
    k === description.length - 1 ? isOrgHead(t) : DESCRIPTIVE_MODIFIERS.has(baseLower(t)),
  );
}

const isAllCapsWord = (t: Token): boolean => /^\p{Lu}{2,}$/u.test(t.text.replace(/[.'’-]/g, ''));

/** A word that may stand in a person's name: not a verb, plural, adjective or adverb the tagger knows (names
 * it tags as people pass). */
function isNameWord(t: Token, prev?: Token): boolean {
  if (isHyphenTail(prev, t)) return true;
  // a family name after a first name whatever its tags ("Ana Rivers": "Rivers" reads as a plural)
  if (
    prev &&
    has(prev, 'FirstName') &&
    !has(t, 'Copula') &&
    !has(t, 'Conjunction') &&
    !CONNECTORS.has(baseLower(t))
  )
    return true;
  if (has(t, 'Person') || has(t, 'FirstName') || has(t, 'LastName')) return true;
  return !['Verb', 'Copula', 'Plural', 'Adjective', 'Adverb', 'Pronoun', 'Conjunction', 'Preposition'].some(
    tag => has(t, tag),
  );
}

/** "Signs", "Vows", "Flooded": a word the tagger reads only as a finite verb, never as a noun or a name. */
function isFiniteVerb(t: Token): boolean {
  return (
    has(t, 'Verb') &&
    (has(t, 'PresentTense') || has(t, 'PastTense')) &&
    !['Noun', 'Person', 'ProperNoun', 'Gerund', 'Participle', 'Adjective'].some(tag => has(t, tag))
  );
}

/** "Visits Flooded Town" after "Minister": the rest of a title-case headline, starting with a non-name word. */
function isTitleCaseTail(words: Token[]): boolean {
  return words.length > 0 && !isNameWord(words[0] as Token);
}

/** Without an organization head, "of"/"and" separate names: "Ana Duarte and Lena Ortiz". */
function splitAtConnectors(sentence: ParsedSentence, i: number, j: number): NameRun[] {
  const out: NameRun[] = [];
  let from = i;
  for (let k = i; k <= j + 1; k++) {
    const t = sentence.tokens[k];
    if (k === j + 1 || (t && CONNECTORS.has(baseLower(t)))) {
      if (k - 1 >= from) out.push(...splitAtFirstNames(sentence, from, k - 1));
      from = k + 1;
    }
  }
  return out;
}

/** "Jeff Ortiz Ana Duarte" (names run together in a caption) -> two names: a first name after a surname
 * starts a new name. */
function splitAtFirstNames(sentence: ParsedSentence, i: number, j: number): NameRun[] {
  const out: NameRun[] = [];
  let from = i;
  for (let k = i + 1; k <= j; k++) {
    const t = sentence.tokens[k] as Token;
    const prev = sentence.tokens[k - 1] as Token;
    // "ambassador in Ottawa Ruth Wanjiru": a place right before a first name is not part of the name
    const afterPlace = has(prev, 'Place') && !has(prev, 'Person') && !isPossessive(prev);
    if (
      (k - from >= 2 || afterPlace) &&
      has(t, 'FirstName') &&
      !has(prev, 'FirstName') &&
      prev.post !== '-' &&
      !PARTICLES.has(prev.lower)
    ) {
      out.push(makeRun(sentence, 'name', from, k - 1, null, -1, -1));
      from = k;
    }
  }
  out.push(makeRun(sentence, 'name', from, j, null, -1, -1));
  return out;
}

/** "Secretary of State Mike Pompeo", "White House Director of Intergovernmental Affairs Jerry Abramson": a title whose
 * head takes an "of" complement, then the holder's name. The name starts at its first name, or else after a
 * one-word complement ("Minister of Finance Ana Duarte"); the words before the title are typed on their own. */
function splitTitleWithComplement(sentence: ParsedSentence, i: number, j: number): NameRun[] | null {
  const tokens = sentence.tokens;
  const of = tokens.slice(i, j + 1).findIndex(
    // ("Minister for Climate Change Rhodri Vaughan": "for" takes the portfolio as "of" does)
    (t, k) =>
      k > 0 && ['of', 'for'].includes(baseLower(t)) && ROLE_HEADS.has(baseLower(tokens[i + k - 1] as Token)),
  );
  if (of < 0) return null;
  const at = i + of;
  let name = -1;
  for (let k = at + 2; k <= j; k++)
    if (has(tokens[k], 'FirstName') && !isTitleWord(tokens[k] as Token)) {
      name = k;
      break;
    }
  // no first name the tagger knows: a name of two words after the complement ("of Homeland Security Tom Ridge")
  if (name < 0 && j - (at + 2) >= 1) name = Math.max(at + 2, j - 1);
  if (
    name < 0 ||
    !isPersonName(tokens.slice(name, j + 1)) ||
    tokens.slice(at + 1, name).some(t => !isCapitalised(t) && !CONNECTORS.has(baseLower(t)))
  )
    return null;
  let titleFirst = at - 1;
  while (titleFirst - 1 >= i && isRoleWord(tokens[titleFirst - 1] as Token)) titleFirst--;
  const before = titleFirst > i ? typeRun(sentence, i, titleFirst - 1) : [];
  const [named, ...others] = splitAtFirstNames(sentence, name, j);
  return [...before, { ...(named as NameRun), type: 'person', titleFirst, titleLast: name - 1 }, ...others];
}

function isRoleWord(t: Token): boolean {
  const w = baseLower(t);
  return !isPossessive(t) && (ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w) || HONORIFICS.has(w));
}

/** Where a title phrase starts: back over role words only ("Foreign Minister", "National Security Advisor",
 * "Attorney General"); a title-case headline's other words stay out of the title. */
function firstTitleIndex(run: Token[], title: number, orgHead: number): number {
  let k = title;
  while (k - 1 > orgHead && title - k < 4) {
    const t = run[k - 1] as Token;
    const w = baseLower(t);
    if (isPossessive(t) || !(ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w) || HONORIFICS.has(w))) break;
    k--;
  }
  return k;
}

/** "Min-jun", "Jae-yong", "Wu-cheol": a given name's second syllable written in lower case after a hyphen goes on
 * the capitalised part before it (the tagger splits the word at the hyphen). */
export function isHyphenTail(a: Token | undefined, b: Token): boolean {
  return (
    !!a &&
    (a.post === '-' || a.post === '\u2010') &&
    isCapitalised(a) &&
    /^\p{Ll}{1,8}$/u.test(b.text) &&
    !/(ed|ing|ly|ian|ese|ish)$/.test(b.text) &&
    !COMPOUND_TAILS.has(b.text)
  );
}

/** "Fairbourne-Day", "Ashby-March", "Lunn-May": the capitalised second part of a hyphenated surname that the tagger
 * reads as a calendar or common word (a date, a month) is still a name part: a hyphen with no space before it joins
 * it to the capitalised part before it ("Pre-Christmas" or "mid-May" do not: the part before is no name word). */
export function isHyphenedCommonWord(a: Token | undefined, b: Token): boolean {
  return (
    !!a &&
    (a.post === '-' || a.post === '\u2010') &&
    isCapitalised(a) &&
    has(a, 'ProperNoun') &&
    !has(a, 'Date') &&
    isCapitalised(b) &&
    /^\p{Lu}\p{Ll}+$/u.test(b.text) &&
    !has(b, 'Value')
  );
}

/** 1-4 capitalised words, no title word, org head, country or date: "Ana Duarte", "Maria Elena Vidal". */
export function isPersonName(words: Token[]): boolean {
  if (words.length < 1 || words.length > 6) return false;
  const inner = (t: Token, k: number): boolean =>
    (k < words.length - 1 && PARTICLES.has(t.lower) && (k > 0 || isCapitalised(t))) ||
    isHyphenTail(words[k - 1], t) ||
    isHyphenedCommonWord(words[k - 1], t);
  return words.every(
    (t, k) =>
      inner(t, k) ||
      (isCapitalised(t) &&
        !isOrgHead(t) &&
        !isTitleWord(t) &&
        !findCountry(baseText(t)) &&
        !has(t, 'Date') &&
        !CONNECTORS.has(baseLower(t))),
  );
}

function makeRun(
  sentence: ParsedSentence,
  type: NameRun['type'],
  first: number,
  last: number,
  kind: OrganizationKind | null,
  titleFirst: number,
  titleLast: number,
): NameRun {
  // inside a name a plural possessive keeps its apostrophe ("Dock Workers' Union"); at the end it is the name's own
  const words: string[] = [];
  sentence.tokens.slice(first, last + 1).forEach((t, k) => {
    const word =
      first + k < last && /^['’]/.test(t.post) && /s$/i.test(t.text) ? t.text + t.post.trim() : baseText(t);
    // "Geun-hye", "Ocasio-Cortez": parts the tagger split at a hyphen are one name word
    const previous = sentence.tokens[first + k - 1];
    if (k > 0 && previous && /^[-\u2010]$/.test(previous.post))
      words[words.length - 1] += `${previous.post}${word}`;
    else words.push(word);
  });
  const possessive = isPossessive(sentence.tokens[last] as Token);
  return { sentence: sentence.index, first, last, type, words, kind, titleFirst, titleLast, possessive };
}

function lastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k] as T)) return k;
  return -1;
}
