// "met Okafor at a hotel in Geneva" -> "a hotel in Geneva"; "in her office" -> "Ana Duarte's office";
// "on the sidelines of the party congress" -> "the party congress"; "in Helsinki" -> "Helsinki".
import {
  CALLED_IN_VERBS,
  MODIFIED_VENUE_NOUNS,
  PLACE_PREPOSITIONS,
  RECEPTION_VERBS,
  SUMMONING_VERBS,
  TOWN_NOUNS,
  TRAVEL_VERBS,
  VENUE_NOUNS,
} from './lexicon';
import { isModifyingGerund, isNominal } from './noun-phrases';
import type { SentenceReading, Token } from './read-sentence';
import { endsPhrase } from './read-sentence';

const TOWNS: ReadonlySet<string> = new Set(TOWN_NOUNS);

const NOT_PLACES = new Set([
  'response',
  'addition',
  'private',
  'public',
  'person',
  'secret',
  'depth',
  'particular',
  'fact',
  'part',
  'total',
  'time',
  'turn',
  'return',
  'order',
  'front',
  'case',
  'charge',
  'favor',
  'favour',
  'capacity',
  'role',
  'way',
  'effect',
  'touch',
  'contact',
  'question',
  'statement',
  'interview',
  'light',
  'view',
]);

/** The first place named between `from` and `to` (token indexes), or null. */
export function findPlace(
  reading: SentenceReading,
  from: number,
  to: number,
  owner: string | null,
): string | null {
  const { tokens } = reading;
  for (let i = from; i < to; i += 1) {
    const token = tokens[i]!;
    if (token.normal === 'on' && tokens[i + 2]?.normal === 'sidelines' && tokens[i + 3]?.normal === 'of') {
      const phrase = readPlacePhrase(reading, i + 4, to);
      if (phrase) return render(reading, phrase, owner);
    }
    // "during a visit to Lagos", "on a trip to Accra": the destination is where the meeting was
    // "flew to Lagos for talks": the destination of a journey made for the meeting
    // "summoned Duarte to his office", "was summoned to the ministry": where the one summoned was received
    const destination =
      token.normal === 'to' &&
      (/^(visit|trip|journey|tour)s?$/.test(tokens[i - 1]?.normal ?? '') ||
        (tokens[i - 1]?.tags.has('Verb') === true && TRAVEL_VERBS.has(tokens[i - 1]!.lemma)) ||
        // "was called to the ministry": a person brought somewhere
        (tokens[i - 1]?.tags.has('Verb') === true &&
          CALLED_IN_VERBS.has(tokens[i - 1]!.lemma) &&
          /^(was|were|been|being|be|is|are)$/.test(tokens[i - 2]?.normal ?? '')) ||
        // ("was summoned by Foreign Minister Okafor to the ministry": the agent may stand between)
        // "welcomed Okafor to Lisbon": where the one welcomed was received
        tokens
          .slice(Math.max(0, i - 8), i)
          .some(t => t.tags.has('Verb') && (SUMMONING_VERBS.has(t.lemma) || RECEPTION_VERBS.has(t.lemma))));
    // "on board the trawler": as "aboard"
    const onBoard = token.normal === 'on' && tokens[i + 1]?.normal === 'board' && !endsPhrase(tokens[i + 1]!);
    if ((!PLACE_PREPOSITIONS.has(token.normal) && !destination && !onBoard) || endsPhrase(token)) continue;
    const phrase = readPlacePhrase(reading, onBoard ? i + 2 : i + 1, to);
    // "to the mountain capital, Tarvena,": the name says which town
    const town =
      phrase && TOWNS.has(tokens[phrase.last]!.normal) ? placeApposition(reading, phrase, to) : null;
    if (town) return render(reading, town, owner);
    if (phrase && isPlace(reading, phrase)) return render(reading, phrase, owner);
    // "to the new capital, Tarvena,": a named apposition places a described one
    const named = phrase ? placeApposition(reading, phrase, to) : null;
    if (named) return render(reading, named, owner);
  }
  return null;
}

/** "toured the new shipyard", "toured a plant in Varn": what was toured, between `from` and `to`, or null. */
export function findTouredPlace(
  reading: SentenceReading,
  from: number,
  to: number,
  owner: string | null,
): string | null {
  const phrase = readPlacePhrase(reading, from, to);
  const head = phrase ? headOf(reading, phrase) : undefined;
  if (
    !phrase ||
    !head ||
    head.mentions.some(m => reading.analysis.entities.get(m.entityId)?.label === 'Person')
  )
    return null;
  return render(reading, phrase, owner);
}

function placeApposition(reading: SentenceReading, phrase: PlacePhrase, to: number): PlacePhrase | null {
  const { tokens } = reading;
  if (!/^\s*,\s*$/.test(tokens[phrase.last]!.post)) return null;
  let last = phrase.last + 1;
  if (last >= to || !/^[A-Z]/.test(tokens[last]!.text) || tokens[last]!.mentions.length > 0) return null;
  while (last + 1 < to && /^[A-Z]/.test(tokens[last + 1]!.text) && !endsPhrase(tokens[last]!)) last += 1;
  const named = { first: phrase.last + 1, last };
  return isPlace(reading, named) || isUnnamedProperNoun(reading, tokens[last]!) ? named : null;
}

interface PlacePhrase {
  first: number;
  last: number;
  /** "the offices of its parent company, Halden Group": the description the named apposition replaces. */
  skip?: { from: number; to: number };
}

/** Words that locate a venue: "a hotel in Geneva", "a farm outside Nakuru", "a restaurant near the port". */
const LOCATING = /^(in|of|near|outside)$/;

// "a hotel in Geneva": a noun phrase, extended by one "in <city>" that locates it
function readPlacePhrase(reading: SentenceReading, from: number, to: number): PlacePhrase | null {
  const { tokens } = reading;
  if (!isNominal(tokens[from]) || isTimeWord(tokens[from]!)) return null;
  let last = from;
  while (
    last + 1 < to &&
    (isNominal(tokens[last + 1]) ||
      isModifyingGerund(tokens, last + 1) ||
      isVenueReadAsVerb(tokens, from, last + 1)) &&
    !isTimeWord(tokens[last + 1]!) &&
    !endsPhrase(tokens[last]!)
  )
    last += 1;
  const next = tokens[last + 1];
  // "her office at the town hall", "a room at the hotel": a venue inside a venue
  const within =
    next?.normal === 'at' && VENUE_NOUNS.has(tokens[last]!.normal) && !tokens[last]!.tags.has('Verb');
  if (within && !endsPhrase(tokens[last]!) && last + 2 < to) {
    const tail = readPlacePhrase(reading, last + 2, to);
    if (tail && VENUE_NOUNS.has(tokens[tail.last]!.normal)) return { first: from, last: tail.last };
  }
  if (next && LOCATING.test(next.normal) && !endsPhrase(tokens[last]!) && last + 2 < to) {
    const tail = readPlacePhrase(reading, last + 2, to);
    const tailHead = tail ? tokens[tail.last]! : null;
    if (
      tail &&
      tailHead &&
      (next.normal === 'of' ||
        isNamedPlace(tailHead) ||
        isUnknownName(reading, tailHead) ||
        (next.normal !== 'in' && VENUE_NOUNS.has(tailHead.normal)))
    ) {
      // "the headquarters of the firm's parent company, Halden Group,": the owner is told by its name
      const name = next.normal === 'of' ? namedApposition(reading, tail.last, to) : null;
      if (name) return { first: from, last: name, skip: { from: last + 2, to: tail.last } };
      last = tail.last;
    }
  }
  return { first: from, last };
}

// "<description>, Halden Group," -> the last token of a capitalized name set off by commas after the description
// (no person's), or null
function namedApposition(reading: SentenceReading, described: number, to: number): number | null {
  const { tokens } = reading;
  if (!/^\s*,\s*$/.test(tokens[described]!.post) || tokens[described]!.tags.has('ProperNoun')) return null;
  let last = described + 1;
  if (last >= to || !/^[A-Z]/.test(tokens[last]!.text)) return null;
  while (last + 1 < to && /^[A-Z]/.test(tokens[last + 1]!.text) && !endsPhrase(tokens[last]!)) last += 1;
  if (!/^\s*,/.test(tokens[last]!.post) && last + 1 < to) return null;
  const name = tokens.slice(described + 1, last + 1);
  return name.every(t => isUnknownName(reading, t) && !isTimeWord(t)) ? last : null;
}

// "at the company's sewage works with X": compromise reads "works" as a verb of "sewage"; after a determiner and
// before a preposition or the end of the phrase, a venue word closes the noun phrase instead
// ("the palace gardens on Saturday", "the training ground on Tuesday": "ground on" read as a phrasal verb)
export function isVenueReadAsVerb(tokens: readonly Token[], from: number, at: number): boolean {
  const token = tokens[at]!;
  const next = tokens[at + 1];
  return (
    VENUE_NOUNS.has(token.normal) &&
    token.tags.has('Verb') &&
    tokens[from]!.tags.has('Determiner') &&
    (next === undefined || endsPhrase(token) || next.tags.has('Preposition') || next.tags.has('Particle'))
  );
}

function isPlace(reading: SentenceReading, phrase: PlacePhrase): boolean {
  const head = headOf(reading, phrase);
  if (!head || NOT_PLACES.has(head.normal) || isTimeWord(head)) return false;
  if (VENUE_NOUNS.has(head.normal))
    return !MODIFIED_VENUE_NOUNS.has(head.normal) || head.index - phrase.first >= 2;
  // "at the Quirinal", "at the United Nations": a named institution is where it sits
  if (reading.tokens[phrase.first - 1]?.normal === 'at' && isUnknownName(reading, head)) return true;
  // "met in Tartu": a bare proper name after "in" that names no person or organization is a town or district;
  // so is the destination of a journey ("flew to Tartu": findPlace reads "to" only after a journey)
  // ("in Port Evander": a name of two or three such words, none of them naming anything else)
  if (
    /^(in|to)$/.test(reading.tokens[phrase.first - 1]?.normal ?? '') &&
    phrase.last - phrase.first < 3 &&
    reading.tokens.slice(phrase.first, phrase.last + 1).every(t => isUnnamedProperNoun(reading, t))
  )
    return true;
  if (isNamedPlace(head))
    return !head.mentions.some(m => reading.analysis.entities.get(m.entityId)?.label === 'Person');
  return false;
}

// "a hotel in Geneva" is headed by "hotel": the head is the last word before a locating "in"/"of"
function headOf(reading: SentenceReading, phrase: PlacePhrase): Token | undefined {
  const { tokens } = reading;
  for (let i = phrase.first; i <= phrase.last; i += 1) {
    if (LOCATING.test(tokens[i + 1]?.normal ?? '') && i < phrase.last) return tokens[i];
  }
  return tokens[phrase.last];
}

// "a conference in Davos": a capitalised word that names no person is most likely the town
function isUnknownName(reading: SentenceReading, token: Token): boolean {
  return (
    /^[A-Z]/.test(token.text) &&
    !isTimeWord(token) &&
    !token.mentions.some(m => reading.analysis.entities.get(m.entityId)?.label === 'Person')
  );
}

// "met in English", "spoke in Portuguese": languages (compromise does not always tag them) are manners
const LANGUAGE_LIKE = /(ish|ese|ian|ic)$|^(French|Dutch|Greek|Thai|Hindi|Swahili|Hebrew)$/;

function isUnnamedProperNoun(reading: SentenceReading, token: Token): boolean {
  return (
    isUnknownName(reading, token) &&
    token.tags.has('ProperNoun') &&
    !token.tags.has('Demonym') &&
    !token.tags.has('Language') &&
    !token.tags.has('Acronym') &&
    !LANGUAGE_LIKE.test(token.text) &&
    token.mentions.length === 0
  );
}

function isNamedPlace(token: Token): boolean {
  return (
    token.tags.has('Place') || token.tags.has('City') || token.tags.has('Country') || token.tags.has('Region')
  );
}

function isTimeWord(token: Token): boolean {
  return (
    token.tags.has('Date') ||
    token.tags.has('Month') ||
    token.tags.has('WeekDay') ||
    token.tags.has('Time') ||
    token.tags.has('Duration') ||
    (token.tags.has('Value') && /^\d{4}$/.test(token.text))
  );
}

// "his office" -> "Ana Duarte's office": possessive pronouns take the name of whom they refer to
function render(reading: SentenceReading, phrase: PlacePhrase, owner: string | null): string {
  const { tokens, analysis } = reading;
  const words: string[] = [];
  for (let i = phrase.first; i <= phrase.last; i += 1) {
    if (phrase.skip && i >= phrase.skip.from && i <= phrase.skip.to) continue;
    const token = tokens[i]!;
    // the empty copula compromise makes of a possessive 's ("team's" read as "team is")
    if (token.text === '') continue;
    // "the company's depot" -> "Hollin Water's depot": a description the article resolved takes the name
    const described = describedOwner(reading, i, phrase.last);
    if (described) {
      words.push(/s$/.test(described) ? `${described}' ` : `${described}'s `);
      i += 1;
      continue;
    }
    if (/^(his|her|their|its)$/.test(token.normal)) {
      const pronoun = token.mentions[0];
      const name = pronoun ? analysis.entities.get(pronoun.entityId)?.name : owner;
      if (name) {
        words.push(/s$/.test(name) ? `${name}' ` : `${name}'s `);
        continue;
      }
    }
    const apostrophe = /^['\u2019]/.test(token.post) ? token.post.charAt(0) : '';
    // "rebel-held": a hyphenated word compromise reads as two keeps its hyphen
    const hyphen = /^[-\u2010\u2011]$/.test(token.post) && i < phrase.last;
    words.push(token.text + apostrophe + (hyphen ? token.post : ' '));
  }
  return words.join('').trimEnd();
}

// "the company's" / "the council's": a definite description in the possessive that the article resolved to a named
// organization or person (the mention the entity layer gave it); the name of the determiner + noun pair, or null
function describedOwner(reading: SentenceReading, at: number, last: number): string | null {
  const { tokens, analysis } = reading;
  const determiner = tokens[at]!;
  const noun = tokens[at + 1];
  const possessive =
    noun !== undefined &&
    (/['\u2019]s?$/.test(noun.text) || /^['\u2019]/.test(noun.post) || tokens[at + 2]?.text === '');
  if (determiner.normal !== 'the' || !noun || at + 1 >= last || !possessive) return null;
  const entityId = noun.mentions[0]?.entityId;
  if (!entityId || /^[A-Z]/.test(noun.text) || determiner.mentions.some(m => m.entityId !== entityId))
    return null;
  return analysis.entities.get(entityId)?.name ?? null;
}
