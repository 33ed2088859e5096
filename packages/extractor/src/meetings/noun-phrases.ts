// "met with Finance Minister Ana Duarte, Okafor and the envoy in Geneva" -> conjuncts headed by Ana Duarte,
// Okafor and "the envoy"; each head names its entities (or none: "partners", "officials" are generic).
import { SPEECH_VERBS } from '../lexicon/speech';
import { ROLE_HEADS } from '../lexicon/titles';
import {
  APPOINTEE_NOUNS,
  APPOINTING_FORMS,
  EVENT_RELATIVE_UNITS,
  INCLUSION_MARKERS,
  LEADING_PARTICIPLES,
  MEMBERS_NEXT_OPENERS,
  LED_GROUP_NOUNS,
  MEMBER_NOUNS,
  QUANTIFYING_DETERMINERS,
} from './lexicon';
import type { SentenceReading, Token } from './read-sentence';
import { endsPhrase, isPossessor } from './read-sentence';

export interface Conjunct {
  first: number;
  last: number;
  /** Entity ids the head resolves to; empty for an unresolved head ("officials", "partners"). */
  entityIds: string[];
}

export interface NounPhrase {
  conjuncts: Conjunct[];
  first: number;
  last: number;
}

const NP_TAGS = [
  'Determiner',
  'Adjective',
  'Noun',
  'ProperNoun',
  'Pronoun',
  'Value',
  'Cardinal',
  'Possessive',
  'Honorific',
  'Acronym',
];
// adverbs, and prepositions compromise may tag as adjectives ("met Okafor behind closed doors")
const NOT_IN_NP = new Set([
  'twice',
  'once',
  'again',
  'also',
  'then',
  'both',
  'together',
  'each',
  'other',
  'behind',
  'near',
  'beside',
  'alongside',
  'inside',
  'outside',
  'amid',
  'over',
]);

/** A word that can stand inside a noun phrase ("the", "Ghanaian", "Ambassador", "Mensah", "her"). */
export function isNominal(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.mentions.length > 0 || QUANTIFYING_DETERMINERS.has(token.normal)) return true;
  // the empty auxiliary compromise makes of a possessive 's ("Duarte's meeting" read as "Duarte has meeting")
  // (or as "Duarte is": "at the company's Marrowby depot" read as "company is Marrowby")
  if (token.text === '' && (token.tags.has('Auxiliary') || token.tags.has('Copula'))) return true;
  // (or as a present verb: "the tourism board's Marta Vey" read as "board is Marta Vey")
  if (token.text === '' && token.tags.has('PresentTense') && !token.tags.has('Modal')) return true;
  if (
    NOT_IN_NP.has(token.normal) ||
    token.tags.has('Date') ||
    token.tags.has('Month') ||
    token.tags.has('WeekDay')
  )
    return false;
  if (token.tags.has('Verb') || token.tags.has('Preposition') || token.tags.has('Conjunction')) return false;
  if (token.tags.has('QuestionWord')) return false;
  return NP_TAGS.some(tag => token.tags.has(tag));
}

/**
 * A gerund that modifies the noun after it inside a noun phrase: "training" in "the team's training ground",
 * "dining" in "a private dining room" (compromise may read "team's training" as "team is training"), "managing" in
 * "Norvik managing director Lee" (a name before it modifies the same noun).
 */
export function isModifyingGerund(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  const prev = tokens[at - 1];
  if (!token?.tags.has('Gerund') || !next || !prev) return false;
  if (!next.tags.has('Noun') || next.tags.has('Pronoun') || next.tags.has('Verb') || endsPhrase(token))
    return false;
  if (next.mentions.length > 0 || !/^[a-z]/.test(next.text)) return false;
  const clitic = prev.text === '' && prev.tags.has('Auxiliary');
  return (
    clitic ||
    prev.tags.has('Determiner') ||
    prev.tags.has('Adjective') ||
    prev.tags.has('Possessive') ||
    prev.mentions.length > 0
  );
}

/** The entities a phrase head stands for: its non-possessor mentions. */
export function headEntities(reading: SentenceReading, token: Token | undefined): string[] {
  if (!token) return [];
  return [...new Set(token.mentions.filter(m => !isPossessor(reading, m)).map(m => m.entityId))];
}

/** Reads the coordinated noun phrase that starts at `from`: "X", "X and Y", "X, Y and Z". */
export function readNounPhraseForward(
  reading: SentenceReading,
  from: number,
  limit = reading.tokens.length,
): NounPhrase | null {
  const conjuncts: Conjunct[] = [];
  let at = from;
  while (at < limit) {
    const conjunct = readConjunctForward(reading, at, limit);
    if (!conjunct) break;
    const previous = conjuncts[conjuncts.length - 1];
    const joinedByComma = previous !== undefined && !isAnd(reading.tokens[previous.last + 1]);
    // "Okafor, the president, and Lee, the prime minister,": an apposition set between commas inside a list
    // renames the person before it, and the list goes on after it
    if (joinedByComma && conjunct.entityIds.length === 0 && isListApposition(reading, previous, conjunct)) {
      previous.last = conjunct.last;
      const next = reading.tokens[conjunct.last + 1];
      at = isAnd(next) ? conjunct.last + 2 : conjunct.last + 1;
      continue;
    }
    // after a comma only a resolved name continues a list; "Okafor, the envoy," is an apposition
    if (joinedByComma && conjunct.entityIds.length === 0) break;
    // "met Duarte of Norvik and Okafor of Tarn": the complement of a named person stays with her
    const affiliation = affiliationEnd(reading, conjunct, limit);
    if (affiliation > 0) conjunct.last = affiliation;
    conjuncts.push(conjunct);
    const last = reading.tokens[conjunct.last];
    const next = reading.tokens[conjunct.last + 1];
    if (last && /^\s*,\s*$/.test(last.post) && next && (isNominal(next) || isAnd(next))) {
      at = isAnd(next) ? conjunct.last + 2 : conjunct.last + 1;
      continue;
    }
    if (last && !endsPhrase(last) && isAnd(next) && startsConjunct(reading, conjunct.last + 2, limit)) {
      at = conjunct.last + 2;
      continue;
    }
    // "Okafor as well as Lee", "Okafor, along with Lee and Marsh,"
    const coordinator = last ? coordinatorAt(reading, conjunct.last + 1) : 0;
    if (
      last &&
      coordinator > 0 &&
      (!endsPhrase(last) || /^\s*,\s*$/.test(last.post)) &&
      isNominal(reading.tokens[conjunct.last + 1 + coordinator])
    ) {
      at = conjunct.last + 1 + coordinator;
      continue;
    }
    break;
  }
  const listed = closeList(reading, conjuncts);
  const first = listed[0];
  const final = listed[listed.length - 1];
  return first && final ? { conjuncts: listed, first: first.first, last: final.last } : null;
}

// "Okafor, the president, and Lee": a singular nameless description after a named person, closed by a comma
// that a further named conjunct follows (", and Lee", ", Lee"); "Okafor, the envoys and Lee" is a list
function isListApposition(reading: SentenceReading, previous: Conjunct, conjunct: Conjunct): boolean {
  const { tokens } = reading;
  const head = tokens[conjunct.last]!;
  const people =
    previous.entityIds.length > 0 &&
    previous.entityIds.every(id => reading.analysis.entities.get(id)?.label === 'Person');
  if (!people || head.tags.has('Plural') || head.tags.has('Pronoun') || !/^\s*,\s*$/.test(head.post))
    return false;
  if (!tokens[conjunct.first]!.tags.has('Determiner') && !tokens[conjunct.first]!.tags.has('Possessive'))
    return false;
  const next = isAnd(tokens[conjunct.last + 1]) ? conjunct.last + 2 : conjunct.last + 1;
  return (tokens[next]?.mentions.length ?? 0) > 0;
}

// "X, Y and Z" is a list; "Okafor, Duarte's spokeswoman Lima said" is not: commas need a closing "and"
function closeList(reading: SentenceReading, conjuncts: Conjunct[]): Conjunct[] {
  let end = conjuncts.length;
  for (let i = conjuncts.length - 1; i >= 1; i -= 1) {
    const first = conjuncts[i]!.first;
    if (isAnd(reading.tokens[first - 1]) || coordinatorBefore(reading, first)) break;
    end = i;
  }
  return conjuncts.slice(0, end);
}

function readConjunctForward(reading: SentenceReading, from: number, limit: number): Conjunct | null {
  const conjunct = readGroupOrNameForward(reading, from, limit);
  if (!conjunct || conjunct.entityIds.length > 0) return conjunct;
  // "met parents' leaders including Weil and Quinn": a nameless group stands for the people named as its members
  const members = membersAfter(reading, conjunct.last, limit);
  if (members) return { first: conjunct.first, last: members.last, entityIds: members.ids };
  // "sat down with cruise operators on Wednesday. Among them was Okafor": members named in the next sentence
  const next = membersInNextSentence(reading, conjunct);
  return next ? { ...conjunct, entityIds: next } : conjunct;
}

/** How far past its opener the members of "Among them was …" may be named. */
const NEXT_MEMBERS_SPAN = 80;

// the people the next sentence names as members of a nameless plural group that ends its own clause ("Among them
// was Okafor, chief executive of Norvik", "They included Okafor and Lee"): the names before a relative clause, a
// verb of saying or the end; null when it names none or the group is not plural
function membersInNextSentence(reading: SentenceReading, conjunct: Conjunct): string[] | null {
  const { tokens, analysis, sentence } = reading;
  const head = tokens[conjunct.last];
  if (!head || !head.tags.has('Plural') || head.mentions.length > 0 || !/^[a-z]/.test(head.text)) return null;
  const next = analysis.sentences[sentence.index + 1];
  if (!next || next.zone !== sentence.zone) return null;
  const lower = next.text.toLowerCase();
  const opener = MEMBERS_NEXT_OPENERS.find(o => lower.startsWith(`${o} `));
  if (!opener) return null;
  const rest = next.text.slice(opener.length, opener.length + NEXT_MEMBERS_SPAN);
  const stop = /\b(?:who|whom|which|whose|said|says|told)\b|[;:]|\.(?:\s|$)/.exec(rest);
  const from = next.start + opener.length;
  const to = from + (stop ? stop.index : rest.length);
  const ids = analysis.mentions
    .filter(m => m.sentence === next.index && m.start >= from && m.end <= to)
    .filter(m => !/^['’]/.test(analysis.text.slice(m.end, m.end + 1)))
    .map(m => m.entityId);
  // ("Among them was Okafor, chief executive of Norvik": a body after the first person is her affiliation)
  const person = (id: string) => analysis.entities.get(id)?.label === 'Person';
  const people = [...new Set(ids)].filter(person);
  return ids.length > 0 && person(ids[0]!) ? people : null;
}

/** The length of an inclusion marker ("including", "among them") starting at `at`, or 0. */
export function inclusionAt(reading: SentenceReading, at: number): number {
  const { tokens } = reading;
  const one = tokens[at]?.normal ?? '';
  if (INCLUSION_MARKERS.has(one) && !endsPhrase(tokens[at]!)) return 1;
  const two = `${one} ${tokens[at + 1]?.normal ?? ''}`;
  return INCLUSION_MARKERS.has(two) && !endsPhrase(tokens[at + 1]!) ? 2 : 0;
}

// "leaders including Weil and Quinn", "representatives of the union, including Okafor,": the people named after an
// inclusion marker right after a nameless group (a comma may set them off); all of them people, or null
export function membersAfter(
  reading: SentenceReading,
  last: number,
  limit: number,
): { ids: string[]; last: number } | null {
  const { tokens } = reading;
  const head = tokens[last];
  if (!head || !/^\s*,?\s*$/.test(head.post) || /[.;:!?]/.test(head.post)) return null;
  const marker = inclusionAt(reading, last + 1);
  if (marker === 0) return null;
  const phrase = readNounPhraseForward(reading, last + 1 + marker, limit);
  const ids = entitiesOf(phrase) ?? [];
  const people = ids.length > 0 && ids.every(id => reading.analysis.entities.get(id)?.label === 'Person');
  return phrase && people ? { ids, last: phrase.last } : null;
}

function readGroupOrNameForward(reading: SentenceReading, from: number, limit: number): Conjunct | null {
  const { tokens } = reading;
  // "oil executive Sunita Rao", "Port of Ambrel director Yuki Tanabe": a description set before a name
  const described = nameAfterDescriptor(reading, from, limit);
  if (described) return described;
  if (!isNominal(tokens[from])) return null;
  let last = from;
  while (
    last + 1 < limit &&
    (isNominal(tokens[last + 1]) || isModifyingGerund(tokens, last + 1)) &&
    !endsPhrase(tokens[last]!) &&
    !startsAdverbial(reading, last)
  )
    last += 1;
  const entityIds = entitiesOfConjunct(reading, from, last);
  if (entityIds.length > 0) return { first: from, last, entityIds };
  // "a delegation led by Okafor": the group stands for the person leading it
  const leader = leaderAfter(reading, last, limit);
  if (leader) return { first: from, last: leader.last, entityIds: leader.ids };
  const complement = ofComplement(reading, last, limit);
  if (!complement) {
    const leading = groupLeader(reading, from, tokens[last]);
    return { first: from, last, entityIds: leading ? [leading] : entityIds };
  }
  // "a delegation from the broadcaster, led by Okafor,": the leader set after the group's complement
  const ledAfter = LED_GROUP_NOUNS.has(tokens[last]!.normal)
    ? leaderAfterComplement(reading, complement.last, limit)
    : null;
  if (ledAfter) return { first: from, last: ledAfter.last, entityIds: ledAfter.ids };
  // "a delegation from the ministry … The delegation was led by Okafor": the leader the article names, not the body
  const leading = groupLeader(reading, from, tokens[last]);
  if (leading) return { first: from, last: complement.last, entityIds: [leading] };
  // "the commission of Okafor": a group named after a person is hers, and stands for her
  if (LED_GROUP_NOUNS.has(tokens[last]!.normal) && tokens[last + 1]?.normal === 'of') {
    const people = entitiesOfConjunct(reading, complement.first, complement.last);
    if (people.length > 0 && people.every(id => reading.analysis.entities.get(id)?.label === 'Person'))
      return { first: from, last: complement.last, entityIds: people };
  }
  // "negotiators for the union and the company", "members of the board": the organizations they stand for
  const represented = isMemberHead(reading.tokens[last])
    ? organizationsIn(reading, complement.first, complement.last)
    : [];
  if (represented.length > 0) return { first: from, last: complement.last, entityIds: represented };
  // "Director of Regional Affairs Jo Marsh": a capitalised title whose complement ends in the holder's name
  const holder = titleHolder(reading, last, complement);
  if (holder.length > 0) return { first: from, last: complement.last, entityIds: holder };
  const named = entitiesOfConjunct(reading, complement.first, complement.last).length > 0;
  return { first: from, last: named ? last : complement.last, entityIds };
}

function startsConjunct(reading: SentenceReading, at: number, limit: number): boolean {
  return isNominal(reading.tokens[at]) || nameAfterDescriptor(reading, at, limit) !== null;
}

/** How many words a description set before a name may have ("reality TV beauty", "Port of Ambrel director"). */
const DESCRIPTOR_SPAN = 6;

/**
 * A description set right before a person's name, with no comma, headed by the name: "oil executive Sunita Rao",
 * "reality TV beauty Chloe Ambry", "Port of Ambrel director Yuki Tanabe". compromise may tag a noun of the
 * description as a verb ("oil", "trade") or cut it at "of"; the name ends the phrase and is its head. Null when
 * the words before the name are not such a description (a verb of another tense, a preposition, punctuation).
 */
function nameAfterDescriptor(reading: SentenceReading, from: number, limit: number): Conjunct | null {
  const { tokens } = reading;
  const first = tokens[from];
  if (!first || first.mentions.some(m => !isPossessor(reading, m))) return null;
  let bare = 0;
  for (let at = from; at < Math.min(limit, from + DESCRIPTOR_SPAN + 1); at += 1) {
    const token = tokens[at]!;
    const people = headEntities(reading, token).filter(
      id => reading.analysis.entities.get(id)?.label === 'Person',
    );
    if (people.length > 0 && at > from) {
      if (bare === 0) return null;
      let last = at;
      while (last + 1 < limit && !endsPhrase(tokens[last]!) && sameMention(tokens[last]!, tokens[last + 1]!))
        last += 1;
      return { first: from, last, entityIds: people };
    }
    if (endsPhrase(token) || !isDescriptorWord(reading, at)) return null;
    if (token.mentions.length === 0) bare += 1;
  }
  return null;
}

function sameMention(token: Token, next: Token): boolean {
  return token.mentions.some(m => next.mentions.some(n => n.entityId === m.entityId && n.start === m.start));
}

// a word of a description before a name: a noun or adjective, a noun compromise took for a present verb ("oil"),
// an organization named as a modifier, or "of" between capitalised words ("Port of Ambrel")
function isDescriptorWord(reading: SentenceReading, at: number): boolean {
  const token = reading.tokens[at]!;
  if (token.tags.has('Pronoun') || token.tags.has('Date') || NOT_IN_NP.has(token.normal)) return false;
  // ("the President of the Federation Mrs. Ana Duarte": a capitalised title's "of the <Body>")
  if (token.normal === 'of')
    return (
      /^[A-Z]/.test(reading.tokens[at - 1]?.text ?? '') &&
      (/^[A-Z]/.test(reading.tokens[at + 1]?.text ?? '') ||
        (reading.tokens[at + 1]?.normal === 'the' && /^[A-Z]/.test(reading.tokens[at + 2]?.text ?? '')))
    );
  if (token.tags.has('Determiner')) return at === 0 || !isNominal(reading.tokens[at - 1]);
  if (token.tags.has('Verb'))
    return (
      /^[a-z]/.test(token.text) &&
      (token.tags.has('Infinitive') || token.tags.has('PresentTense')) &&
      !token.tags.has('Gerund') &&
      !token.tags.has('Auxiliary') &&
      !token.tags.has('Copula') &&
      !token.tags.has('Modal')
    );
  return isNominal(token);
}

/** The "of"/"for"/"from" complement of a nameless head: "relatives of the miners", "negotiators for the union". */
function ofComplement(
  reading: SentenceReading,
  last: number,
  limit: number,
): { first: number; last: number } | null {
  const { tokens } = reading;
  if (!/^(of|for|from)$/.test(tokens[last + 1]?.normal ?? '') || endsPhrase(tokens[last]!)) return null;
  if (!isNominal(tokens[last + 2])) return null;
  // "for" and "from" only after a head that stands for a body: "officials from the ministry"
  if (tokens[last + 1]!.normal !== 'of' && !isMemberHead(tokens[last])) return null;
  let end = last + 2;
  while (end + 1 < limit && continuesComplement(reading, end)) end += 1;
  return { first: last + 2, last: end };
}

// the complement runs over names and their coordination: "for Norvik Shipping and the dockers' union"
function continuesComplement(reading: SentenceReading, at: number): boolean {
  const { tokens } = reading;
  const next = tokens[at + 1];
  if (endsPhrase(tokens[at]!) && !/^\s*\(?\s*$/.test(tokens[at]!.post)) return false;
  if (isNominal(next)) return true;
  return isAnd(next) && isNominal(tokens[at + 2]) && organizationsIn(reading, at + 2, at + 2).length > 0;
}

function isMemberHead(token: Token | undefined): boolean {
  return token !== undefined && token.mentions.length === 0 && MEMBER_NOUNS.has(token.normal);
}

function organizationsIn(reading: SentenceReading, first: number, last: number): string[] {
  const ids = reading.tokens.slice(first, last + 1).flatMap(t => t.mentions.map(m => m.entityId));
  return [...new Set(ids)].filter(id => reading.analysis.entities.get(id)?.label === 'Organization');
}

function titleHolder(
  reading: SentenceReading,
  head: number,
  complement: { first: number; last: number },
): string[] {
  const { tokens } = reading;
  if (!/^[A-Z]/.test(tokens[head]!.text)) return [];
  const words = tokens.slice(complement.first, complement.last + 1);
  if (!words.every(t => /^[A-Z]/.test(t.text))) return [];
  const people = headEntities(reading, tokens[complement.last]).filter(
    id => reading.analysis.entities.get(id)?.label === 'Person',
  );
  return people;
}

// "met Okafor two times", "met Okafor several times": a number after a name opens an adverbial, not the name
function startsAdverbial(reading: SentenceReading, at: number): boolean {
  const token = reading.tokens[at]!;
  const next = reading.tokens[at + 1]!;
  if (next.mentions.length > 0 || !token.mentions.some(m => !isPossessor(reading, m))) return false;
  // "with Okafor that the plan ...": a determiner after a name opens the next phrase
  return (
    next.tags.has('Value') ||
    next.tags.has('Cardinal') ||
    QUANTIFYING_DETERMINERS.has(next.normal) ||
    next.tags.has('Date') ||
    next.tags.has('Determiner') ||
    TIME_ADVERBS.has(next.normal) ||
    // "met Okafor hours after the vote", "days later"
    (EVENT_RELATIVE_UNITS.has(next.normal) &&
      /^(before|after|ago|later|earlier)$/.test(reading.tokens[at + 2]?.normal ?? ''))
  );
}

/** "met Okafor earlier this month", "met Okafor late last year", "met Okafor last night": time words after a name
 * open an adverbial. */
const TIME_ADVERBS = new Set([
  'last',
  'next',
  'earlier',
  'later',
  'late',
  'early',
  'recently',
  'again',
  'previously',
  'briefly',
  'privately',
  'secretly',
  'twice',
  'once',
]);

// "the two", "the pair", "both men": the two parties of the meeting told just before
const PAIR_REFERENCE = /^(the |both )?(two|pair|both|duo)( [a-z]+)?$/;

function entitiesOfConjunct(reading: SentenceReading, first: number, last: number): string[] {
  const head = reading.tokens[headIndex(reading, first, last)];
  const named = headEntities(reading, head);
  // "senior NLD members", "the company's executives": the organization named before a member head
  if (named.length === 0 && isMemberHead(head)) {
    const represented = organizationsIn(reading, first, last - 1);
    if (represented.length > 0) return represented;
  }
  if (named.length === 0) {
    const holder = roleHolder(reading, first, head);
    if (holder) return [holder];
  }
  // "Okafor's commission", "Okafor's panel": a group owned by a person stands for her
  // (the group noun is the phrase's last word, whatever head a name before it took)
  const group = reading.tokens[last];
  if (named.length === 0 && group && LED_GROUP_NOUNS.has(group.normal) && !group.tags.has('Plural')) {
    const owners = reading.tokens
      .slice(first, last)
      .filter(t => !t.tags.has('Pronoun') && (/['’]s?$/.test(t.text) || /^['’]s?$/.test(t.post.trim())))
      .flatMap(t => t.mentions.map(m => m.entityId))
      .filter(id => reading.analysis.entities.get(id)?.label === 'Person');
    if (new Set(owners).size === 1) return [owners[0]!];
  }
  if (named.length > 0) return named;
  const words = reading.tokens
    .slice(first, last + 1)
    .map(t => t.normal)
    .join(' ');
  if (!PAIR_REFERENCE.test(words)) return named;
  // "He said he had asked Okafor for a guarantee when the two met": in a clause of time the pair is the two people
  // the sentence has named before it
  const before = pairOfTimeClause(reading, first);
  if (before) return before;
  if (reading.recentParties.length !== 2) return named;
  // "Reyes met Vandermeer. … Reyes said the two men had met last month": one of a pair does not call the pair "the
  // two" — in the speech of one of them the words are about other people, whom the text does not name
  return spokenByOneOf(reading, first, reading.recentParties) ? [] : [...reading.recentParties];
}

/** Words opening a clause of time: "when the two met", "after the pair sat down". */
const TIME_CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'as', 'until', 'while', 'once']);

// the two people named (not as possessors, outside quotes) in the sentence before "the two" that opens a clause of
// time, or null when the sentence names more or fewer
function pairOfTimeClause(reading: SentenceReading, first: number): string[] | null {
  const { tokens } = reading;
  if (!TIME_CLAUSE_OPENERS.has(tokens[first - 1]?.normal ?? '')) return null;
  const ids = new Set<string>();
  for (const token of tokens.slice(0, first - 1)) {
    if (token.quoted) continue;
    for (const m of token.mentions)
      if (!isPossessor(reading, m) && reading.analysis.entities.get(m.entityId)?.label === 'Person')
        ids.add(m.entityId);
  }
  return ids.size === 2 ? [...ids].sort() : null;
}

/** How near its speaker a verb of saying stands: "Reyes said", "said Reyes", "according to Reyes". */
const SPEAKER_SPAN = 3;

// the phrase at `at` is told in the speech of one of `parties`: after a verb of saying (or "according to") whose
// speaker, the name right before or after it, is one of them, or inside a quote such a verb attributes
function spokenByOneOf(reading: SentenceReading, at: number, parties: readonly string[]): boolean {
  const { tokens } = reading;
  const quoted = tokens[at]?.quoted === true;
  return tokens.some((token, i) => {
    if (token.quoted || !(SPEECH_VERBS.has(token.normal) || token.normal === 'according')) return false;
    if (!quoted && i > at) return false;
    const near = tokens.slice(Math.max(0, i - SPEAKER_SPAN), i + SPEAKER_SPAN + 1);
    // ("Reyes's office said the two leaders met": a party's office or aide may tell of the pair)
    return near.some(
      t => !t.quoted && t.mentions.some(m => parties.includes(m.entityId) && !isPossessor(reading, m)),
    );
  });
}

// "A senior minister met Okafor … The minister, Duarte, said": an indefinite role description introduces someone
// the text names later; it stands for the one person of the article given that role after it (a role told before
// would have made it "the minister": "a minister" then is someone else). Definite descriptions are the entity
// layer's to resolve.
function roleHolder(reading: SentenceReading, first: number, head: Token | undefined): string | null {
  if (!head || !/^[a-z]/.test(head.text) || head.tags.has('Plural')) return null;
  const definite = reading.tokens[first]!.normal === 'the' && head.index - first <= 3;
  if (!ROLE_HEADS.has(head.normal) && !(definite && APPOINTEE_NOUNS.has(head.normal))) return null;
  if (!definite && !/^(a|an)$/.test(reading.tokens[first]!.normal)) return null;
  // "the minister's aide", "a minister of the church": the head is not the person meant
  const next = reading.tokens[head.index + 1];
  if (/^['\u2019]/.test(head.post) || next?.text === '' || next?.normal === 'of') return null;
  const here = reading.sentence.index;
  // "the site director, Penhallow,": an apposition names the holder itself
  const named = /^\s*,\s*$/.test(head.post) && (next?.mentions.length ?? 0) > 0;
  if (definite) return named ? null : definiteRoleHolder(reading, head.normal, here);
  const holders = [...reading.analysis.entities.values()].filter(
    e =>
      e.label === 'Person' &&
      e.roles.some(r => r.role.toLowerCase().split(/\s+/).pop() === head.normal && r.sentence > here),
  );
  return holders.length === 1 ? holders[0]!.id : null;
}

// "Varga, the foreign minister, arrived … The minister met Marsh": a definite role description the entity layer left
// unresolved stands for the person the article gave that role before, mentioned nearest before it; only a person
// named in full (a given name and a surname: a one-word "person" may be a place the entity layer mistyped) and only
// when no other such person with that role was mentioned as near
function definiteRoleHolder(reading: SentenceReading, head: string, here: number): string | null {
  return memoized(reading, `role-holder:${head}`, () => readDefiniteRoleHolder(reading, head, here));
}

// results that depend on the sentence and one word only, read once per sentence (readers ask again and again)
function memoized(reading: SentenceReading, key: string, read: () => string | null): string | null {
  if (reading.memo.has(key)) return reading.memo.get(key) as string | null;
  const value = read();
  reading.memo.set(key, value);
  return value;
}

function readDefiniteRoleHolder(reading: SentenceReading, head: string, here: number): string | null {
  const { analysis } = reading;
  const holders = [...analysis.entities.values()].filter(
    e =>
      e.label === 'Person' &&
      /\S\s+\S/.test(e.name) &&
      e.roles.some(r => r.role.toLowerCase().split(/\s+/).pop() === head && r.sentence <= here),
  );
  if (holders.length === 0) return appointedBefore(reading, head, here);
  const lastMention = (id: string) =>
    Math.max(
      -1,
      ...analysis.mentions.filter(m => m.entityId === id && m.sentence <= here).map(m => m.sentence),
    );
  const ranked = holders.map(e => ({ id: e.id, at: lastMention(e.id) })).sort((a, b) => b.at - a.at);
  if (ranked[0]!.at < 0 || (ranked[1] && ranked[1].at === ranked[0]!.at)) return null;
  return ranked[0]!.id;
}

/** How many sentences back a person chosen for a post may be told. */
const APPOINTMENT_WINDOW = 6;

// "Velland named Duarte as its envoy … The envoy met Okafor", "named Duarte to the cabinet … The cabinet pick
// met Okafor": the person named in full whom the nearest earlier sentence tells as chosen for a post ("named /
// appointed X") when the head is a noun of being chosen, or as "X … as its <head>"; none when two qualify there
function appointedBefore(reading: SentenceReading, head: string, here: number): string | null {
  return memoized(reading, `appointed:${head}`, () => readAppointedBefore(reading, head, here));
}

function readAppointedBefore(reading: SentenceReading, head: string, here: number): string | null {
  const { analysis } = reading;
  const asRole = new RegExp(
    `^[^.;]{0,60}?\\bas\\s+(?:its|his|her|their|the|a|an)?\\s*(?:[a-z-]+\\s+){0,3}${head}\\b`,
  );
  for (let s = here - 1; s >= Math.max(0, here - APPOINTMENT_WINDOW); s -= 1) {
    const sentence = analysis.sentences[s];
    if (!sentence) continue;
    const found = new Set<string>();
    let listed = false;
    for (const m of analysis.mentions) {
      if (m.sentence !== s || m.form !== 'name') continue;
      const entity = analysis.entities.get(m.entityId);
      if (entity?.label !== 'Person' || !/\S\s+\S/.test(entity.name)) continue;
      const before = analysis.text
        .slice(Math.max(sentence.start, m.start - 20), m.start)
        .trim()
        .split(/\s+/)
        .pop();
      // "named Keller and Harris": a person coordinated with one chosen is chosen too
      const word = (before ?? '').toLowerCase();
      const chosen: boolean =
        APPOINTEE_NOUNS.has(head) && (APPOINTING_FORMS.has(word) || (listed && /^(and|&|.*,)$/.test(word)));
      listed = chosen;
      if (chosen || asRole.test(analysis.text.slice(m.end, sentence.end))) found.add(m.entityId);
    }
    if (found.size === 1) return [...found][0]!;
    if (found.size > 1) return null;
  }
  return null;
}

// "a delegation led by Okafor": the people of the by-phrase of a leading participle right after a group noun
function leaderAfter(
  reading: SentenceReading,
  last: number,
  limit: number,
): { ids: string[]; last: number } | null {
  const { tokens } = reading;
  const head = tokens[last];
  if (!head || !LED_GROUP_NOUNS.has(head.normal) || endsPhrase(head)) return null;
  return leadingByPhrase(reading, last, limit);
}

// "led by Okafor" right after token `last`: the people of the by-phrase of a leading participle
function leadingByPhrase(
  reading: SentenceReading,
  last: number,
  limit: number,
): { ids: string[]; last: number } | null {
  const { tokens } = reading;
  if (!LEADING_PARTICIPLES.has(tokens[last + 1]?.normal ?? '') || tokens[last + 2]?.normal !== 'by')
    return null;
  const phrase = readNounPhraseForward(reading, last + 3, limit);
  const renamed = phrase ? renameByApposition(reading, phrase) : null;
  const ids = (entitiesOf(renamed) ?? []).filter(id => reading.analysis.entities.get(id)?.label === 'Person');
  return renamed && ids.length > 0 ? { ids, last: renamed.last } : null;
}

// "a delegation from the broadcaster, led by Okafor,": a leading participle after the complement of a group noun,
// set off by a comma or not; the people of its by-phrase
function leaderAfterComplement(
  reading: SentenceReading,
  last: number,
  limit: number,
): { ids: string[]; last: number } | null {
  const { tokens } = reading;
  const end = tokens[last];
  if (!end || !/^\s*,?\s*$/.test(end.post)) return null;
  return leadingByPhrase(reading, last, limit);
}

// "Duarte was received by a delegation … The delegation was led by Okafor": a singular group the article says one
// named person led ("the delegation was led / headed by X", "X, who led the delegation"), anywhere in it, stands
// for that person; none when the article gives it no leader or several
export function groupLeader(reading: SentenceReading, first: number, head: Token | undefined): string | null {
  if (
    !head ||
    !LED_GROUP_NOUNS.has(head.normal) ||
    // ("his federation's panel": a possessive determiner, or a possessed body, opens it as well)
    !/^(a|an|the|this|that|his|her|its|their)$/.test(reading.tokens[first]!.normal)
  )
    return null;
  return memoized(reading, `group-leader:${head.normal}`, () => readGroupLeader(reading, head.normal));
}

function readGroupLeader(reading: SentenceReading, noun: string): string | null {
  const { analysis } = reading;
  // ("The delegation, led by Okafor, asked": the participle may be set off by a comma; "the panel, which is
  // chaired by Okafor": or told in a relative clause)
  const passive = new RegExp(
    `\\b${noun}\\s*,?\\s+(?:(?:which|that)\\s+)?(?:was\\s+|is\\s+|were\\s+|are\\s+)?(?:led|headed|chaired)\\s+by\\s+`,
    'i',
  );
  // "Okafor, the panel's chair," / "the panel's chairwoman, Okafor": a person the article names as its chair
  const titled = new RegExp(
    `\\b(?:the\\s+${noun}'s\\s+(?:chair|chairman|chairwoman|chairperson|head)|the\\s+(?:chair|chairman|chairwoman|chairperson|head)\\s+of\\s+the\\s+${noun}|the\\s+${noun}\\b[^,.;]{0,40},\\s+whose\\s+(?:chair|chairman|chairwoman|chairperson|head))\\b`,
    'i',
  );
  const active = new RegExp(
    `\\b(?:led|leads|leading|headed|heads|heading|chaired|chairs|chairing)\\s+(?:the|a|this)\\s+${noun}\\b`,
    'i',
  );
  // "Leading the delegation was Okafor", "Heading the team is Okafor": the subject set after the verb
  const inverted = new RegExp(`\\b(?:leading|heading)\\s+(?:the|this)\\s+${noun}\\s+(?:was|is)\\s+`, 'i');
  const leaders = new Set<string>();
  for (const sentence of analysis.sentences) {
    const person = (m: { entityId: string }) => analysis.entities.get(m.entityId)?.label === 'Person';
    const inSentence = analysis.mentions.filter(m => m.sentence === sentence.index && person(m));
    const by = passive.exec(sentence.text) ?? inverted.exec(sentence.text);
    if (by) {
      const after = sentence.start + by.index + by[0].length;
      const next = inSentence.find(m => m.start >= after);
      if (next && next.start - after < 40) leaders.add(next.entityId);
    }
    // the name set right before or right after the title, as an apposition
    const title = titled.exec(sentence.text);
    if (title) {
      const from = sentence.start + title.index;
      const to = from + title[0].length;
      const before = inSentence.filter(m => m.end <= from).pop();
      const after = inSentence.find(m => m.start >= to);
      if (before && from - before.end <= 2) leaders.add(before.entityId);
      // ("the chairwoman of the panel, the retired judge Okafor": a description may lead the apposed name)
      else if (after && /^,[^,.;]{0,40}$/.test(analysis.text.slice(to, after.start)))
        leaders.add(after.entityId);
    }
    const led = active.exec(sentence.text);
    if (led) {
      const at = sentence.start + led.index;
      const before = inSentence.filter(m => m.end <= at).pop();
      if (before && at - before.end < 40) leaders.add(before.entityId);
    }
  }
  return leaders.size === 1 ? [...leaders][0]! : null;
}

// The head is the last word ("Ghanaian Ambassador Kofi Mensah", "ministry officials"), except after a resolved
// name followed only by lower-case words compromise took for names ("Duarte drew criticism")
function headIndex(reading: SentenceReading, first: number, last: number): number {
  const { tokens } = reading;
  for (let i = last; i > first; i -= 1) {
    const token = tokens[i]!;
    if (token.mentions.length > 0) return i;
    const misread = /^[a-z]/.test(token.text) && (token.tags.has('ProperNoun') || token.tags.has('Person'));
    // "Mr Walsh envoy flew": a role noun right after a person's name, with no comma or article, is that name's
    // apposition ("Walsh, the envoy") broken by a slip of the pen; the name stays the head
    const role =
      i === last &&
      /^[a-z]/.test(token.text) &&
      ROLE_HEADS.has(token.normal) &&
      !endsPhrase(tokens[i - 1]!) &&
      tokens[i - 1]!.mentions.some(m => reading.analysis.entities.get(m.entityId)?.label === 'Person');
    if (role) continue;
    if (!misread) return last;
  }
  return tokens[first]!.mentions.length > 0 ? first : last;
}

/** Reads the coordinated noun phrase that ends at `to`: "Duarte and Okafor" before "met". */
export function readNounPhraseBackward(reading: SentenceReading, to: number): NounPhrase | null {
  const { tokens } = reading;
  const conjuncts: Conjunct[] = [];
  let at = to;
  while (at >= 0) {
    const conjunct = readConjunctBackward(reading, at);
    if (!conjunct) break;
    conjuncts.unshift(conjunct);
    const before = tokens[conjunct.first - 1];
    if (isAnd(before) && isNominal(tokens[conjunct.first - 2]) && !endsPhrase(tokens[conjunct.first - 2]!)) {
      at = conjunct.first - 2;
      continue;
    }
    if (isAnd(before) && tokens[conjunct.first - 2] && /^\s*,\s*$/.test(tokens[conjunct.first - 2]!.post)) {
      at = antecedentOfRelative(reading, conjunct.first - 2);
      continue;
    }
    const listComma = tokens[conjunct.first - 1];
    if (listComma && /^\s*,\s*$/.test(listComma.post) && conjuncts.length > 1 && isNominal(listComma)) {
      const more = readConjunctBackward(reading, conjunct.first - 1);
      if (more && more.entityIds.length > 0) {
        at = conjunct.first - 1;
        continue;
      }
    }
    break;
  }
  const first = conjuncts[0];
  const final = conjuncts[conjuncts.length - 1];
  return first && final ? { conjuncts, first: first.first, last: final.last } : null;
}

/** How far back a relative clause set off by commas may open before the conjunct that follows it. */
const RELATIVE_SPAN = 12;

// "Threlkeld, who chairs the guild, and Okafor met …": the phrase ending at `end` closes a relative clause set off
// after the conjunct before it; the list goes on from that clause's antecedent ("Threlkeld"), or from `end` when none
function antecedentOfRelative(reading: SentenceReading, end: number): number {
  const { tokens } = reading;
  for (let k = end; k > 0 && end - k < RELATIVE_SPAN; k -= 1) {
    if (k < end && endsPhrase(tokens[k]!)) return end;
    if (/^(who|whose)$/.test(tokens[k]!.normal) && /,/.test(tokens[k - 1]!.post)) return k - 1;
  }
  return end;
}

function readConjunctBackward(reading: SentenceReading, to: number): Conjunct | null {
  const { tokens } = reading;
  if (!isNominal(tokens[to])) return null;
  let first = to;
  while (first - 1 >= 0 && isNominal(tokens[first - 1]) && !endsPhrase(tokens[first - 1]!)) first -= 1;
  const ids = entitiesOfConjunct(reading, first, to);
  const leading = ids.length === 0 ? groupLeader(reading, first, tokens[to]) : null;
  const conjunct = { first, last: to, entityIds: leading ? [leading] : ids };
  // "Duarte of Norvik and Okafor of Tarn met": the complement gives a named person's side; the person is the head
  const person = personBeforeAffiliation(reading, first);
  return person ? { first: person.first, last: to, entityIds: person.entityIds } : conjunct;
}

/** Prepositions that tie a named person to the side she belongs to: "Duarte of Norvik", "Okafor from the union". */
const AFFILIATING = /^(of|from)$/;

function personBeforeAffiliation(reading: SentenceReading, complementFirst: number): Conjunct | null {
  const { tokens } = reading;
  const preposition = tokens[complementFirst - 1];
  const name = tokens[complementFirst - 2];
  if (!preposition || !AFFILIATING.test(preposition.normal) || !name || endsPhrase(name)) return null;
  let first = complementFirst - 2;
  while (first - 1 >= 0 && isNominal(tokens[first - 1]) && !endsPhrase(tokens[first - 1]!)) first -= 1;
  const ids = entitiesOfConjunct(reading, first, complementFirst - 2);
  const people = ids.length > 0 && ids.every(id => reading.analysis.entities.get(id)?.label === 'Person');
  return people && headIndex(reading, first, complementFirst - 2) === complementFirst - 2
    ? { first, last: complementFirst - 2, entityIds: ids }
    : null;
}

/** The end of "of Norvik" after a named person when the list goes on ("Duarte of Norvik and Okafor"), or -1. */
function affiliationEnd(reading: SentenceReading, conjunct: Conjunct, limit: number): number {
  const { tokens } = reading;
  const people =
    conjunct.entityIds.length > 0 &&
    conjunct.entityIds.every(id => reading.analysis.entities.get(id)?.label === 'Person');
  if (
    !people ||
    endsPhrase(tokens[conjunct.last]!) ||
    !AFFILIATING.test(tokens[conjunct.last + 1]?.normal ?? '')
  )
    return -1;
  let end = conjunct.last + 2;
  if (!isNominal(tokens[end])) return -1;
  while (end + 1 < limit && isNominal(tokens[end + 1]) && !endsPhrase(tokens[end]!)) end += 1;
  return isAnd(tokens[end + 1]) && !endsPhrase(tokens[end]!) ? end : -1;
}

/** Multi-word coordinators of noun phrases: "Okafor as well as Lee", "along with", "together with" ("alongside"
 * is not one: "toured the plant alongside Okafor" keeps company, it lists no place). */
const COORDINATORS: readonly (readonly string[])[] = [
  ['as', 'well', 'as'],
  ['along', 'with'],
  ['together', 'with'],
];

/** The length of the coordinator starting at `at`, or 0. */
function coordinatorAt(reading: SentenceReading, at: number): number {
  const { tokens } = reading;
  const found = COORDINATORS.find(words => words.every((w, k) => tokens[at + k]?.normal === w));
  return found && !endsPhrase(tokens[at + found.length - 1]!) ? found.length : 0;
}

/** True when a coordinator ends right before `first`. */
function coordinatorBefore(reading: SentenceReading, first: number): boolean {
  return COORDINATORS.some(words => coordinatorAt(reading, first - words.length) === words.length);
}

export function isAnd(token: Token | undefined): boolean {
  return token !== undefined && (token.normal === 'and' || token.normal === '&');
}

/**
 * An unnamed last conjunct renamed by the apposition after it: "met Norvik's chief executive, Elena Marsh, in
 * Oslo" and "met the chief executive of Norvik, Elena Marsh," -> the conjunct becomes "Elena Marsh".
 */
export function renameByApposition(reading: SentenceReading, phrase: NounPhrase): NounPhrase {
  const { tokens } = reading;
  const last = phrase.conjuncts[phrase.conjuncts.length - 1];
  if (!last || last.entityIds.length > 0) return phrase;
  let end = phrase.last;
  // "the chief executive of Norvik, ...": the complement belongs to the unnamed head
  if (tokens[end + 1]?.normal === 'of' && !endsPhrase(tokens[end]!)) {
    const complement = readNounPhraseForward(reading, end + 2);
    if (complement) end = complement.last;
  }
  if (!/^\s*,\s*$/.test(tokens[end]?.post ?? '')) return phrase;
  const apposition = readNounPhraseForward(reading, end + 1);
  const named = apposition ? entitiesOf(apposition) : null;
  if (!apposition || !named || named.length === 0 || apposition.conjuncts.length > 1) return phrase;
  const after = tokens[apposition.last];
  // the apposition closes with a comma or ends the sentence: "..., Elena Marsh, in Oslo", "..., Elena Marsh."
  if (after && !/[,.;:!?]/.test(after.post) && apposition.last < tokens.length - 1) return phrase;
  return {
    conjuncts: [...phrase.conjuncts.slice(0, -1), ...apposition.conjuncts],
    first: phrase.first,
    last: apposition.last,
  };
}

/** All entity ids of a phrase; null when one of its conjuncts is generic ("Duarte and officials"). */
export function entitiesOf(phrase: NounPhrase | null): string[] | null {
  if (!phrase) return null;
  if (phrase.conjuncts.some(c => c.entityIds.length === 0)) return null;
  return [...new Set(phrase.conjuncts.flatMap(c => c.entityIds))];
}

/** "met families of the victims and Ana Duarte" -> [Duarte]: a list's nameless common-noun conjuncts ("his wife")
 * are people the article does not name, so the named ones still met; a nameless pronoun ("him and Duarte") leaves
 * it unknown. */
export function namedEntitiesOf(reading: SentenceReading, phrase: NounPhrase | null): string[] | null {
  if (!phrase) return null;
  const named = phrase.conjuncts.filter(c => c.entityIds.length > 0);
  const nameless = phrase.conjuncts.filter(c => c.entityIds.length === 0);
  if (named.length === 0) return entitiesOf(phrase);
  // the head decides: "his wife" is a nameless person, "him" an unresolved one
  // ("the farmers of Brask district": a name inside the complement of a common plural head names no one)
  const common = nameless.every(c => {
    const all = reading.tokens.slice(c.first, c.last + 1);
    const cut = all.findIndex((t, k) => k > 0 && /^(of|from|in)$/.test(t.normal));
    const words =
      cut > 0 && all[cut - 1]!.tags.has('Plural') && /^[a-z]/.test(all[cut - 1]!.text)
        ? all.slice(0, cut)
        : all;
    const head = words[words.length - 1]!;
    return !head.tags.has('Pronoun') && words.every(t => !t.tags.has('ProperNoun'));
  });
  return common ? [...new Set(named.flatMap(c => c.entityIds))] : null;
}
