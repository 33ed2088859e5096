// "The envoy, whom Duarte met twice, ..." -> parties [Duarte, the envoy]; "Lee attended a meeting between
// Duarte and Okafor" -> [Lee, Duarte, Okafor]; "his meetings with Okafor" -> [his, Okafor].
// Who took part, read from the syntax around a trigger: subject and object of a meeting verb, the possessor,
// "between"/"with"/"of" complements and the subject of a light verb ("held talks") for a meeting noun.
import type { Skeleton } from './construction-pattern';
import type { Trigger } from './trigger';
import {
  ANAPHORIC_DETERMINERS,
  CHAIRING_VERBS,
  HOLDING_VERBS,
  PERCEPTION_VERBS,
  BRIEFING_VERBS,
  PLANNING_WORDS,
  LIGHT_VERBS,
  LEADING_PARTICIPLES,
  SHORT_SPANS,
  TIME_TOGETHER_VERBS,
  MANNER_ADVERBIALS,
  LED_GROUP_NOUNS,
  MEAL_GIVING_VERBS,
  BODY_CONTACT_NOUNS,
  PERSONAL_PLACE_NOUNS,
  MEASURE_NOUNS,
  MEETING_NOUNS,
  MEMBER_NOUNS,
  SEQUENCE_VERBS,
  SUMMONS_PURPOSE_VERBS,
  TIME_SPAN_NOUNS,
  TRAVEL_VERBS,
} from './lexicon';
import { isPhaseVerb } from './is-phase-verb';
import type { NounPhrase } from './noun-phrases';
import {
  entitiesOf,
  groupLeader,
  inclusionAt,
  isModifyingGerund,
  isNominal,
  namedEntitiesOf,
  readNounPhraseBackward,
  readNounPhraseForward,
  renameByApposition,
} from './noun-phrases';
import { dropAppositiveConjuncts } from './appositive-conjuncts';
import type { Host } from './find-host';
import { findHost } from './find-host';
import type { SentenceReading, Token, VerbPhrase } from './read-sentence';
import { endsPhrase, isPossessor, verbAt } from './read-sentence';

export interface Parties {
  /** Resolved entity ids of everyone the sentence says took part; empty for an anaphor ("either meeting"). */
  entityIds: string[];
  /** Some party is inferred, not stated ("X failed to disclose meetings with Y"): only attach to known meetings. */
  inferred: boolean;
  /** No party named: "the two meetings", "either meeting" refer to meetings told before. */
  anaphoric: boolean;
  /** The verb phrase carrying tense, negation and modality for this encounter. */
  verb: VerbPhrase | null;
  /** For "denied meeting", "plans to meet": the verb that governs a non-finite trigger. */
  governing: VerbPhrase | null;
  /** Where the clause of the encounter starts (its subject, or the noun phrase of a meeting noun). */
  clauseStart: number;
  /** The last token of the stated parties, so the clause is read for dates and places after it. */
  partiesEnd: number;
  /** "Lee met separately with Duarte and Okafor": one participant set per encounter (absent: one encounter). */
  separate?: string[][];
  /** "Lee attended the meeting (between Duarte and Okafor)": who joined a meeting that may have been told. */
  attendees?: string[];
  /** "met Okafor, in talks hosted by Lee, on Monday": the last token of a setting phrase after the parties; the
   * clause (its date and place) goes on after it. */
  settingEnd?: number;
  /** "talks in Tromso between Varga and Pernell": the tokens of a place phrase before the parties. */
  /** Where the place stands inside the parties; `toured` when it is the object of a tour ("toured the plant"). */
  innerPlace?: { from: number; to: number; toured?: boolean };
  /** What the reader found, in the notation of the construction table: slots, the words tying them, and the token
   * after the parties; the row whose pattern matches it names the construction (construction-pattern.ts). */
  skeleton: Skeleton;
}

/** Verbs by which someone joins a meeting others hold: "attended", "joined", "took part in", "sat in on". */
const ATTENDANCE_VERBS = /^(attend|join|participate|take part|take|sit in|sit)$/;

const AUXILIARY_LIKE = new Set([
  'also',
  'then',
  'later',
  'reportedly',
  'never',
  'not',
  'had',
  'has',
  'have',
  'did',
  'does',
  'do',
  'once',
  'previously',
  'again',
  'first',
  'last',
  'secretly',
  'privately',
  'briefly',
  'finally',
]);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'that', 'which']);
const PROGRESSIVE = /^(is|are|was|were|be|been|am)$/;

/** The parties of one trigger, or null when a needed party is missing or generic ("met with officials"). */
export function findParties(reading: SentenceReading, trigger: Trigger): Parties | null {
  return trigger.kind === 'verb' ? findVerbParties(reading, trigger) : findNounParties(reading, trigger);
}

function findVerbParties(reading: SentenceReading, trigger: Trigger): Parties | null {
  const { tokens } = reading;
  // compromise may tag "meet" in "is due to meet" as a noun: the trigger is then its own verb phrase
  const verb = verbAt(reading, trigger.index) ?? bareVerb(trigger);
  const first = verb?.first ?? trigger.index;
  const passive = verb !== null && /passive/.test(verb.form) && !trigger.needsWith;
  const nonFinite = isNonFinite(reading, trigger, verb);
  const governing = nonFinite ? previousVerb(reading, first) : null;
  // "Duarte, meeting Okafor in Geneva, said …": a participle set off after a name has that name as its subject
  const apposed = nonFinite && !governing && isApposedParticiple(reading, trigger, first);
  const subject = nonFinite
    ? governing
      ? findSubject(reading, governing.first)
      : apposed
        ? readNounPhraseBackward(reading, first - 1)
        : subjectAfterFrontedClause(reading, trigger.last)
    : ledGroup(reading, findSubject(reading, first));
  let objectFrom = trigger.last + 1;
  // "met Okafor several times", "have met three times": a count, not an object
  while (
    tokens[objectFrom + 1] &&
    /^(times|occasions)$/.test(tokens[objectFrom + 1]!.normal) &&
    /^(several|many|multiple|numerous|few|\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(
      tokens[objectFrom]?.normal ?? '',
    )
  )
    objectFrom += 2;
  // "met separately with X and Y", "X and Y met separately with Z": one encounter per conjunct
  const separately = tokens
    .slice(Math.max(0, first - 2), trigger.last + 3)
    .some(t => t.normal === 'separately' || t.normal === 'individually');
  // "met face to face on Tuesday", "met in person with Okafor": a phrase of manner, as an adverb
  const manner = mannerAt(reading, objectFrom);
  objectFrom += manner;
  while (
    tokens[objectFrom] &&
    // ("walked alongside Okafor": on a walk "alongside" opens the company kept, read below as "with")
    !(trigger.lexicon === 'WALK_VERBS' && tokens[objectFrom]!.normal === 'alongside') &&
    (tokens[objectFrom]!.tags.has('Adverb') ||
      /^(twice|once|again|also|privately|secretly|briefly|together|separately|individually)$/.test(
        tokens[objectFrom]!.normal,
      ))
  )
    objectFrom += 1;
  // "met Tuesday with Okafor", "met on Saturday for two hours with Okafor": a time adverbial before the "with"
  objectFrom = skipTimeBeforeWith(reading, objectFrom, passive);
  // "spent the afternoon walking the bank with Okafor": what the span was spent doing comes before the company kept
  const doing = trigger.lexicon === 'TIME_TOGETHER_VERBS' ? withAfterDoing(reading, objectFrom) : objectFrom;
  const spentDoing = doing > objectFrom;
  objectFrom = doing;
  // "sat down at a cafe in Riga with Okafor", "spent the day at the mill with Okafor": a place before the "with"
  const placeFrom = objectFrom;
  // "was received at the palace by Okafor": so before the agent of a passive
  // ("was summoned to the palace by Okafor")
  const placeOpener = tokens[objectFrom]?.normal ?? '';
  // ("sat at the table with Okafor": a seat taken in someone's company; "was questioned behind closed doors by
  // Okafor": a setting before the agent)
  const withComes = trigger.needsWith || trigger.lexicon === 'SEATING_VERBS';
  if ((withComes && /^(at|in)$/.test(placeOpener)) || (passive && /^(at|in|to|behind)$/.test(placeOpener)))
    objectFrom = openerAfterPlace(reading, objectFrom, passive && !trigger.needsWith ? 'by' : 'with');
  // "toured the plant with Okafor": the place gone round comes before the company kept
  if (trigger.lexicon === 'TOUR_VERBS') objectFrom = withAfterToured(reading, objectFrom);
  // "toured the plant alongside Okafor", "walked alongside Okafor": on a tour or a walk, "alongside" keeps
  // company as "with" does
  // "testified before the panel", "gave evidence to Lee": a hearing's "before" or "to" opens who heard it
  // ("spent five hours before the commission": a span spent before people who heard one)
  const hearing =
    (trigger.lexicon === 'HEARING_VERBS' && /^(before|to)$/.test(tokens[objectFrom]?.normal ?? '')) ||
    (trigger.lexicon === 'TIME_TOGETHER_VERBS' && tokens[objectFrom]?.normal === 'before');
  const opener =
    (trigger.lexicon === 'TOUR_VERBS' || trigger.lexicon === 'WALK_VERBS') &&
    tokens[objectFrom]?.normal === 'alongside'
      ? 'with'
      : tokens[objectFrom]?.normal;
  let object: NounPhrase | null = null;
  // "faced each other across the table", "met one another": a reciprocal object names no one beyond the subject
  const reciprocal = /^(each other|one another)$/.test(
    `${tokens[objectFrom]?.normal ?? ''} ${tokens[objectFrom + 1]?.normal ?? ''}`,
  );
  // "sat across the table from Okafor", "sat opposite Okafor": the person faced
  const faced = trigger.lexicon === 'SEATING_VERBS' ? personFaced(reading, objectFrom) : null;
  // "sat across the table from each other", "sat opposite one another": the coordinated subject faced itself
  const facedEachOther =
    faced !== null &&
    /^(each other|one another)$/.test(
      `${tokens[faced.first]!.normal} ${tokens[faced.first + 1]?.normal ?? ''}`,
    );
  const facing = facedEachOther ? null : faced;
  if (facing) object = facing;
  else if (reciprocal || facedEachOther) object = null;
  else if (opener === 'with' || (passive && opener === 'by') || hearing)
    object = readNounPhraseForward(reading, objectFrom + 1);
  else if (trigger.lexicon === 'HEARING_VERBS') object = null;
  else if (!trigger.needsWith && !passive && trigger.lexicon !== 'SEATING_VERBS')
    object = readNounPhraseForward(reading, objectFrom);
  if (object) object = renameByApposition(reading, object);
  // "visited Okafor's home": a visit to a person's home or office is a visit to that person
  if (object && trigger.lexicon === 'VISIT_VERBS') object = ownerOfVisitedPlace(reading, object) ?? object;
  // "shook Okafor's hand": the hand shaken stands for its owner; nothing else shaken is anyone
  if (object && trigger.lexicon === 'HANDSHAKE_VERBS') object = ownerOfShakenHand(reading, object);
  const relativeObject =
    !object && !passive && subject && !nonFinite ? objectOfRelative(reading, subject.first) : null;
  if (relativeObject) object = relativeObject;
  // "testified before Lee resigned", "spent an hour before Lee arrived": a clause of time, not who heard her
  if (hearing && object && tokens[object.last + 1]?.tags.has('Verb')) return null;
  // "Duarte and Okafor spent the evening together": a coordinated subject's span in one another's company
  const together =
    trigger.lexicon === 'TIME_TOGETHER_VERBS' &&
    tokens[trigger.last + 1]?.normal === 'together' &&
    opener !== 'with';
  if (together) object = null;
  // "was called in to see Okafor", "was summoned to see Okafor": the one summoned came to see the person named
  const purpose =
    trigger.lexicon === 'SUMMONING_VERBS' &&
    verb !== null &&
    /passive/.test(verb.form) &&
    tokens[placeFrom]?.normal === 'to' &&
    SUMMONS_PURPOSE_VERBS.has(tokens[placeFrom + 1]?.lemma ?? '')
      ? tokens[placeFrom + 1]!.lemma
      : null;
  if (purpose) object = readNounPhraseForward(reading, placeFrom + 2);
  if (trigger.needsWith && opener !== 'with' && !hearing && !together) return null;
  const subjectIds = entitiesOf(subject);
  const objectIds = object ? namedEntitiesOf(reading, object) : [];
  if (!subjectIds || !objectIds) return null;
  // "Osterlund received her and Ungersby": a plain object pronoun is never its own clause's subject (that is
  // "herself"); resolved so, whom it stands for is unknown
  if (object && pronounOfSubject(reading, object, subjectIds)) return null;
  // "met at the council, in talks hosted by Lee": the host sits in the encounter the clause tells
  const host =
    relativeObject || (nonFinite && !governing)
      ? null
      : findHost(reading, (object?.last ?? trigger.last) + 1);
  const entityIds = [...new Set([...subjectIds, ...objectIds, ...(host?.ids ?? [])])];
  if (entityIds.length < 2) return null;
  // "met X and Y separately on Friday": the adverb may close the object as well
  const separatelyAfter =
    !!object &&
    tokens
      .slice(object.last + 1, object.last + 3)
      .some(t => t.normal === 'separately' || t.normal === 'individually');
  const separate = separately || separatelyAfter ? splitSeparately(subject, object) : undefined;
  const clauseStart = nonFinite
    ? governing
      ? (subject?.first ?? governing.first)
      : trigger.index
    : (subject?.first ?? first);
  return {
    entityIds,
    inferred: false,
    anaphoric: false,
    verb,
    governing,
    clauseStart: Math.min(clauseStart, trigger.index),
    partiesEnd: Math.max(object?.last ?? trigger.last, trigger.last + manner),
    skeleton: verbSkeleton(trigger, {
      fronted: nonFinite && !governing && !apposed,
      apposed,
      relative: relativeObject ? (tokens[(subject?.first ?? 1) - 1]?.normal ?? 'whom') : null,
      passive: passive && opener === 'by',
      placedBefore: passive && opener === 'by' && objectFrom > placeFrom ? tokens[placeFrom]!.normal : null,
      opener: facing || hearing ? opener! : opener === 'with' ? 'with' : null,
      facedEachOther,
      spentDoing,
      purpose,
      subjectIds,
      objectIds,
      host,
      next: (object?.last ?? trigger.last) + 1,
    }),
    ...(separate ? { separate } : {}),
    ...(host ? { settingEnd: host.last } : {}),
    ...(objectFrom > placeFrom && (opener === 'with' || (passive && opener === 'by'))
      ? {
          innerPlace: {
            from: placeFrom,
            to: objectFrom,
            ...(trigger.lexicon === 'TOUR_VERBS' ? { toured: true } : {}),
          },
        }
      : {}),
  };
}

/** The length of a phrase of manner (MANNER_ADVERBIALS) starting at `at`, or 0. */
function mannerAt(reading: SentenceReading, at: number): number {
  for (const phrase of MANNER_ADVERBIALS) {
    const words = phrase.split(' ');
    const ok = words.every(
      (w, k) =>
        reading.tokens[at + k]?.normal === w &&
        (k === words.length - 1 || !endsPhrase(reading.tokens[at + k]!)),
    );
    if (ok) return words.length;
  }
  return 0;
}

interface VerbShape {
  fronted: boolean;
  /** "Duarte, meeting Okafor, said": a participle set off after its subject. */
  apposed: boolean;
  /** The relative pronoun when the object is its antecedent: "Okafor, whom Duarte met". */
  relative: string | null;
  passive: boolean;
  /** "was received at the palace by Okafor": the preposition of a place told before a passive's agent. */
  placedBefore: string | null;
  /** The word that opens the object's phrase: "with", or "across" / "opposite" for a person faced. */
  opener: string | null;
  /** "sat across the table from each other": the subject's conjuncts faced one another. */
  facedEachOther: boolean;
  /** "spent the afternoon walking the bank with Okafor": a gerund phrase between the span and the "with". */
  spentDoing: boolean;
  /** "was called in to see Okafor": the verb of what the one summoned came for. */
  purpose: string | null;
  subjectIds: string[];
  objectIds: string[];
  /** "…, in talks hosted by Lee": who ran the encounter. */
  host: Host | null;
  next: number;
}

// "Duarte met with Okafor" -> [subject] !@MEETING_VERBS with [object]; "Okafor, whom Duarte met" -> [object] whom
// [subject] !@MEETING_VERBS; "After meeting Okafor, Duarte said" -> !@MEETING_VERBS [object] , [subject]
function verbSkeleton(trigger: Trigger, shape: VerbShape): Skeleton {
  const head = [
    triggerElement(trigger),
    ...(trigger.lexicon === 'TIME_TOGETHER_VERBS'
      ? ['@SHORT_SPANS', ...(shape.spentDoing ? ['…'] : [])]
      : []),
  ];
  const object = shape.facedEachOther
    ? ['each other']
    : shape.objectIds.length === 0 || shape.relative
      ? []
      : shape.passive
        ? [...(shape.placedBefore ? [shape.placedBefore, '…'] : []), 'by', '[object]']
        : shape.opener
          ? [shape.opener, '[object]']
          : ['[object]'];
  const hosted = shape.host ? ['…', shape.host.participle, 'by', '[host]'] : [];
  const elements = shape.purpose
    ? ['[subject]', 'be', ...head, 'to', '@SUMMONS_PURPOSE_VERBS', '[object]']
    : shape.relative
      ? ['[object]', shape.relative, '[subject]', ...head]
      : shape.fronted
        ? [...head, ...object, ',', '[subject]']
        : shape.apposed
          ? ['[subject]', ',', ...head, ...object]
          : ['[subject]', ...(shape.passive ? ['be'] : []), ...head, ...object, ...hosted];
  const slots = { subject: shape.subjectIds, object: shape.objectIds, host: shape.host?.ids ?? [] };
  return { elements, slots, next: shape.host ? shape.host.last + 1 : shape.next };
}

function triggerElement(trigger: Trigger): string {
  return trigger.lexicon ? `!@${trigger.lexicon}` : `!${trigger.lemma}`;
}

/** Words that may open or fill a time adverbial: "on Tuesday", "for two hours", "last week", "this morning". */
const TIME_FILLERS = /^(on|for|last|this|that|early|late|earlier|later|about|nearly|almost|more|than|some)$/;

// the "with" (or passive "by") after a time adverbial that starts at `from`, or `from` when there is none
function skipTimeBeforeWith(reading: SentenceReading, from: number, passive: boolean): number {
  const at = skipTime(reading, from);
  if (at === from) return from;
  const opener = reading.tokens[at]?.normal;
  return opener === 'with' || (passive && opener === 'by') ? at : from;
}

function isTimeToken(token: Token): boolean {
  return (
    ['Date', 'Month', 'WeekDay', 'Duration', 'Time'].some(tag => token.tags.has(tag)) ||
    MEASURE_NOUNS.has(token.normal) ||
    (token.tags.has('Value') && token.mentions.length === 0)
  );
}

// the "with" (or a passive's "by") that follows a place phrase within the same phrase (no comma between), or
// `from` when there is none
function openerAfterPlace(reading: SentenceReading, from: number, opener: 'with' | 'by'): number {
  const { tokens } = reading;
  for (let i = from + 1; i < Math.min(tokens.length, from + 14); i += 1) {
    const comma = /^,\s*$/.test(tokens[i - 1]!.post);
    // "at the headquarters, with Okafor": a comma may close the place before the company kept
    if (tokens[i]!.normal === opener && (comma || !endsPhrase(tokens[i - 1]!))) return i;
    // "at the offices of its parent company, Halden Group, with Okafor": a name in apposition inside the place
    if (endsPhrase(tokens[i - 1]!) && !(comma && tokens[i]!.tags.has('ProperNoun'))) return from;
  }
  return from;
}

// "across the table from Okafor", "across from Okafor", "opposite Okafor": the phrase of the person faced, or null
function personFaced(reading: SentenceReading, from: number): NounPhrase | null {
  const { tokens } = reading;
  const opener = tokens[from]?.normal;
  if (opener === 'opposite') return readNounPhraseForward(reading, from + 1);
  if (opener !== 'across') return null;
  for (let at = from + 1; at < Math.min(tokens.length, from + 5); at += 1) {
    if (endsPhrase(tokens[at - 1]!)) return null;
    if (tokens[at]!.normal === 'from') return readNounPhraseForward(reading, at + 1);
  }
  return null;
}

// "toured the plant with", "toured the flooded district of Brask with": the with-phrase after the place toured
function withAfterToured(reading: SentenceReading, from: number): number {
  const place = readNounPhraseForward(reading, from);
  if (!place) return from;
  let at = place.last + 1;
  // "the district of Brask", "the port in Varn": a complement of the place toured
  while (/^(of|in|at|near)$/.test(reading.tokens[at]?.normal ?? '')) {
    const complement = readNounPhraseForward(reading, at + 1);
    if (!complement) break;
    at = complement.last + 1;
  }
  // "toured the shipyard on Tuesday alongside Okafor": a time adverbial may come first
  at = skipTime(reading, at);
  return /^(with|alongside)$/.test(reading.tokens[at]?.normal ?? '') ? at : from;
}

// "spent the afternoon walking the bank with Okafor", "spent an hour talking with Okafor": the "with" after the
// gerund phrase that starts at `from`, or `from` when none
function withAfterDoing(reading: SentenceReading, from: number): number {
  const gerund = reading.tokens[from];
  // (compromise may tag the gerund a noun: "an hour talking with")
  const isGerund = gerund && (gerund.tags.has('Gerund') || /^[a-z]{3,}ing$/.test(gerund.normal));
  if (!gerund || !isGerund || endsPhrase(gerund)) return from;
  if (reading.tokens[from + 1]?.normal === 'with') return from + 1;
  const at = withAfterToured(reading, from + 1);
  return reading.tokens[at]?.normal === 'with' ? at : from;
}

// past a time adverbial that starts at `from` ("on Tuesday", "last week"), or `from` when none starts there
function skipTime(reading: SentenceReading, from: number): number {
  const { tokens } = reading;
  let at = from;
  while (
    tokens[at] &&
    !endsPhrase(tokens[at]!) &&
    (isTimeToken(tokens[at]!) || TIME_FILLERS.test(tokens[at]!.normal))
  )
    at += 1;
  return at > from && tokens[at - 1] && isTimeToken(tokens[at - 1]!) ? at : from;
}

// "Lee met separately with Duarte and Okafor" -> [Lee, Duarte], [Lee, Okafor]; the side with several
// conjuncts is the one split (the object first)
function splitSeparately(subject: NounPhrase | null, object: NounPhrase | null): string[][] | undefined {
  const sides = [object, subject].filter((p): p is NounPhrase => p !== null);
  const split = sides.find(p => p.conjuncts.length > 1);
  const other = sides.find(p => p !== split);
  if (!split || !other) return undefined;
  const shared = other.conjuncts.flatMap(c => c.entityIds);
  return split.conjuncts.map(c => [...new Set([...shared, ...c.entityIds])]).filter(ids => ids.length > 1);
}

function findNounParties(reading: SentenceReading, trigger: Trigger): Parties | null {
  const { tokens } = reading;
  const npFirst = nounPhraseStart(reading, trigger.index);
  let after = trigger.last + 1;
  let agent: string[] = [];
  let verb: VerbPhrase | null = null;
  let inferred = false;
  let left: string[] = [];
  let inner: string[] = [];
  // "the meetings (that) he held with Okafor": a relative clause names the host
  if (tokens[after] && /^(that|which)$/.test(tokens[after]!.normal)) after += 1;
  const relative = readNounPhraseForward(reading, after);
  if (relative) {
    const relVerb = verbAt(reading, relative.last + 1);
    // "told that session the firm had not …": "had" before a negation or participle is an auxiliary
    const auxiliary =
      relVerb?.infinitive === 'have' &&
      (/^(not|never|been|already)$/.test(tokens[relVerb.last + 1]?.normal ?? '') ||
        tokens[relVerb.last + 1]?.tags.has('Participle') === true);
    if (relVerb && LIGHT_VERBS.has(relVerb.infinitive) && relVerb.first === relative.last + 1 && !auxiliary) {
      agent = entitiesOf(relative) ?? [];
      verb = relVerb;
      after = relVerb.last + 1;
      if (agent.length > 0) inner = ['[subject]', '@LIGHT_VERBS'];
    }
  }
  // "Talks were held on Thursday between X and Y", "A meeting took place in Oslo between X and Y": the verb that
  // tells the meeting was held stands between the noun and its parties, and carries its tense
  const held = verb ? null : heldBeforeParties(reading, after);
  if (held) {
    verb = held.verb;
    after = held.opener;
  }
  // ("took place in Oslo on Monday between": the place told between the verb and the parties is the meeting's)
  const placeFrom = held ? held.verb.last + 1 : after;
  after = skipPlaceBeforeParties(reading, after);
  const opener = tokens[after]?.normal;
  let complement: NounPhrase | null = null;
  // "hosted a dinner for Okafor": the guest of a meal given for her
  const givenFor = opener === 'for' && trigger.lexicon === 'MEAL_NOUNS' ? mealGiver(reading, npFirst) : null;
  if (
    opener === 'between' ||
    opener === 'with' ||
    givenFor !== null ||
    (opener === 'of' && /^(summit|meeting)/.test(trigger.lemma))
  ) {
    complement = readNounPhraseForward(reading, after + 1);
    // "between Duarte and Norvik's chief executive, Elena Marsh, in Oslo": the apposition names the last party
    if (complement) complement = renameByApposition(reading, complement);
  }
  if (trigger.needsWith && opener !== 'with') return null;
  if (givenFor) {
    verb = givenFor;
    agent = entitiesOf(findSubject(reading, givenFor.first)) ?? [];
    if (agent.length > 0) left = ['[subject]', '@MEAL_GIVING_VERBS'];
  }
  // "the meeting in Brindlow, which was chaired by X and attended by Y": the agents of its participles
  const byAgents = complement ? null : participleAgents(reading, trigger.last + 1);
  // "a dinner hosted by Okafor", "a reception given by Okafor for Duarte": who gave the meal or ran the talks
  let hosted = complement || byAgents || givenFor ? null : hostOfNoun(reading, trigger.last + 1);
  if (byAgents) {
    complement = byAgents.phrase;
    verb = byAgents.verb;
  }
  // "talks with Okafor and other senior officials": nameless common-noun conjuncts leave the named parties
  let stated = byAgents
    ? byAgents.ids
    : complement
      ? namedEntitiesOf(reading, complement)
      : (hosted?.guests ?? []);
  if (!stated) return null;
  // "Duarte's meetings with Okafor", "his talks with Okafor"
  const possessor = givenFor ? [] : possessorBefore(reading, npFirst, trigger.index);
  // "Duarte attended Okafor's dinner", "at Okafor's banquet": a meal a person owns, with no one named to share it,
  // is one she gave
  let ownerHost =
    trigger.lexicon === 'MEAL_NOUNS' &&
    !complement &&
    !hosted &&
    possessor.length > 0 &&
    possessor.every(id => isPerson(reading, id));
  if (ownerHost) hosted = { ids: possessor, participle: '', guests: [], last: trigger.last };
  if (agent.length === 0 && possessor.length > 0 && !ownerHost) {
    agent = possessor;
    left = ['[possessor]'];
  }
  // "Duarte held talks with Okafor", "Lee attended a meeting between ..."
  const light = givenFor ? null : lightVerbBefore(reading, npFirst);
  // "She spoke after chairing a meeting with X": an adverbial gerund has the main clause's subject and tense
  const main = light ? mainClauseOfGerund(reading, light) : null;
  if (light) {
    verb = main?.verb ?? light;
    const lexicon = CHAIRING_VERBS.has(light.infinitive) ? '@CHAIRING_VERBS' : '@LIGHT_VERBS';
    if (agent.length === 0) {
      agent = entitiesOf(main ? main.subject : findSubject(reading, light.first)) ?? [];
      const subordinator = reading.tokens[light.first - 1]?.normal ?? '';
      left = main ? ['[subject]', '…', subordinator, lexicon] : ['[subject]', lexicon];
    }
    // "Halloran chaired the talks": the chair sits in them; an organization that chairs ("chaired by the
    // arbitration board") convenes them and is no side, and the person it sent is unnamed
    if (CHAIRING_VERBS.has(light.infinitive)) agent = agent.filter(id => isPerson(reading, id));
  }
  // "Lee told the meeting that …", "Lee addressed the talks": whoever speaks to a meeting is at it
  const addressed = light ? null : addressingVerbBefore(reading, npFirst);
  if (addressed && agent.length === 0) {
    verb = addressed;
    agent = (entitiesOf(findSubject(reading, addressed.first)) ?? []).filter(id => isPerson(reading, id));
    left = ['[subject]', addressed.infinitive];
  }
  // "At a meeting with Okafor, Duarte said ...", "Duarte said during talks with Okafor ...": whoever the
  // clause is about was at the meeting the phrase locates it in
  let travel: VerbPhrase | null = null;
  let phaseStart: number | null = null;
  if (agent.length === 0 && ((stated.length > 0 && opener === 'with') || hosted)) {
    const setting = agentOfSetting(reading, npFirst);
    agent = setting.ids;
    travel = setting.travel;
    if (travel) verb = travel;
    if (agent.length > 0)
      left = travel ? ['[subject]', '@TRAVEL_VERBS', '…', 'for'] : [tokens[npFirst - 1]!.normal];
  }
  // "Duarte's week began with a lunch with Okafor", "Duarte opened the visit with talks with Okafor", "her day ended
  // with a dinner hosted by Lee"
  if (agent.length === 0 && ((stated.length > 0 && opener === 'with') || hosted)) {
    const phase = agentOfPhase(reading, npFirst);
    if (phase) {
      agent = phase.ids;
      verb = phase.verb;
      phaseStart = phase.first;
      left = ['[subject]', '@PHASE_VERBS', '…', 'with'];
    }
  }
  // "Duarte's meeting with Okafor, which followed an audience with Lee": the owner of the meeting it follows
  if (agent.length === 0 && stated.length > 0 && opener === 'with') {
    const sequel = ownerOfSequence(reading, npFirst);
    if (sequel) {
      agent = sequel.ids;
      verb = sequel.verb;
      left = ['[possessor]', '…', '@SEQUENCE_VERBS'];
    }
  }
  // "Duarte and Okafor discussed the leak at a meeting", "Duarte briefed Okafor at a meeting": a meeting with no one
  // named in it is the setting of its clause, whose coordinated subject (or a person briefed) was at it
  if (agent.length === 0 && stated.length === 0 && !hosted && !complement && !light && !addressed) {
    const setting = refersBack(reading, npFirst, trigger.index) ? null : namelessSetting(reading, npFirst);
    if (setting) {
      agent = setting.subject;
      stated = setting.object;
      verb = setting.verb;
      phaseStart = setting.verb.first;
      left =
        setting.object.length > 0
          ? ['[subject]', '@BRIEFING_VERBS', '[object]', '…', setting.prep]
          : [setting.prep];
    }
  }
  if (agent.length === 0 && stated.length > 0 && !hosted && (opener === 'with' || stated.length < 2)) {
    const probable = inferredAgent(reading, npFirst);
    agent = probable.ids;
    inferred = agent.length > 0;
    if (inferred) left = [probable.owner ? '[owner]' : '[subject]', '…'];
  }
  // "Duarte and Okafor had their lunch": the owners of the meal are the ones sharing it, no host
  if (ownerHost && hosted && hosted.ids.every(id => agent.includes(id))) {
    ownerHost = false;
    hosted = null;
  }
  const entityIds = [...new Set([...agent, ...stated, ...(hosted?.ids ?? [])])];
  // "Lee also attended the meeting": Lee joins the meeting told before
  // ("attended the summit" is an event of its own, not the meeting told before)
  const attending =
    ((light !== null && (ATTENDANCE_VERBS.test(light.infinitive) || CHAIRING_VERBS.has(light.infinitive))) ||
      addressed !== null) &&
    agent.length > 0 &&
    /^(meet|meeting|talk|talks|encounter|session|dinner|lunch|breakfast)$/.test(trigger.lemma);
  const definite = refersBack(reading, npFirst, trigger.index);
  // "The meeting, attended by Lee, ended at noon": one person alone makes no meeting; she joins the one told before
  const joinedBy = byAgents !== null && definite && agent.length === 0 && stated.length === 1;
  const anaphoric = ((!complement && !hosted) || joinedBy) && definite && (agent.length === 0 || attending);
  if (!anaphoric && entityIds.length < 2) return null;
  return {
    ...(attending && definite ? { attendees: agent } : joinedBy ? { attendees: stated } : {}),
    entityIds: anaphoric ? [] : entityIds,
    inferred,
    anaphoric,
    // the participle of "the meeting, attended by Lee, took place …" is no predicate of the meeting; "took place" is
    verb: joinedBy ? null : verb,
    governing: null,
    clauseStart: light
      ? Math.min(npFirst, findSubject(reading, light.first)?.first ?? light.first)
      : (phaseStart ?? npFirst),
    partiesEnd: complement?.last ?? hosted?.last ?? trigger.last,
    skeleton: nounSkeleton(trigger, {
      left,
      inner,
      setting: left.length === 1 && !left[0]!.startsWith('['),
      right: anaphoric
        ? joinedBy
          ? [',', byAgents.participle, 'by', '[agent]']
          : []
        : byAgents
          ? [',', byAgents.participle, 'by', '[agent]']
          : complement
            ? [opener!, opener === 'with' || opener === 'for' ? '[object]' : '[parties]']
            : hosted && !ownerHost
              ? [hosted.participle, 'by', '[host]', ...(hosted.guests.length > 0 ? ['for', '[object]'] : [])]
              : [],
      anaphoric,
      attending: (attending && definite) || joinedBy,
      agent,
      stated,
      host: hosted?.ids ?? [],
      ownerHost,
      next: (complement?.last ?? hosted?.last ?? trigger.last) + 1,
    }),
    ...(after > placeFrom
      ? { innerPlace: { from: placeFrom, to: after } }
      : hosted?.place
        ? { innerPlace: hosted.place }
        : travel
          ? { innerPlace: { from: travel.last + 1, to: npFirst - 1 } }
          : {}),
  };
}

interface NounShape {
  left: string[];
  inner: string[];
  /** "At a meeting with Okafor, Duarte said": the subject of the clause comes after the phrase. */
  setting: boolean;
  right: string[];
  anaphoric: boolean;
  attending: boolean;
  agent: string[];
  stated: string[];
  /** "a dinner hosted by Okafor": who gave the meal or ran the talks. */
  host: string[];
  /** "Okafor's banquet": the host is the meal's possessor. */
  ownerHost: boolean;
  next: number;
}

// "Duarte held talks with Okafor" -> [subject] @LIGHT_VERBS !@MEETING_NOUNS with [object]; "Lee attended the
// meeting" -> [subject] @LIGHT_VERBS the !@MEETING_NOUNS (the meeting told before)
function nounSkeleton(trigger: Trigger, shape: NounShape): Skeleton {
  const head = triggerElement(trigger);
  const slots = {
    subject: shape.agent,
    possessor: shape.agent,
    owner: shape.agent,
    object: shape.stated,
    parties: shape.stated,
    agent: shape.stated,
    host: shape.host,
  };
  if (shape.anaphoric) {
    // "the meeting", "either meeting"; the pronoun a chairing verb takes ("who had chaired them") has none
    const determiner = trigger.lexicon ? ['@ANAPHORIC_DETERMINERS'] : [];
    const elements = shape.attending
      ? [...shape.left, ...determiner, head, ...shape.right]
      : [...determiner, head];
    return { elements, slots, next: shape.next };
  }
  const owner = shape.ownerHost ? ['[host]'] : [];
  const elements = shape.setting
    ? [...shape.left, ...owner, head, ...shape.right, '…', '[subject]']
    : [...shape.left, ...owner, head, ...shape.inner, ...shape.right];
  return { elements, slots, next: shape.next };
}

/** Subordinators that open an adverbial gerund clause: "after chairing", "before hosting", "while attending". */
const GERUND_SUBORDINATORS = /^(after|before|since|while|when|upon|on)$/;

// "Lee spoke after chairing a meeting with X", "After hosting talks with X, Lee said": the gerund has no subject
// of its own; it is the main clause's, whose verb also carries the tense ("Lee will speak after chairing …")
function mainClauseOfGerund(
  reading: SentenceReading,
  light: VerbPhrase,
): { subject: NounPhrase | null; verb: VerbPhrase | null } | null {
  const { tokens } = reading;
  if (!tokens[light.first]?.tags.has('Gerund') || light.auxiliary !== '') return null;
  if (!GERUND_SUBORDINATORS.test(tokens[light.first - 1]?.normal ?? '')) return null;
  const fronted = light.first - 1 === 0 || /,/.test(tokens[light.first - 2]?.post ?? '');
  if (fronted) {
    const subject = subjectAfterFrontedClause(reading, light.last);
    return { subject, verb: subject ? verbAt(reading, subject.last + 1) : null };
  }
  const verb = previousVerb(reading, light.first - 1);
  return verb ? { subject: findSubject(reading, verb.first), verb } : null;
}

/** How far a place phrase may run between a meeting noun and the participle of its host ("a dinner at the palace
 * hosted by"). */
const HOST_GAP = 8;

// "a dinner hosted by Okafor", "a reception given by Okafor for Duarte", "a lunch at the palace hosted by Okafor":
// a past participle with a by-phrase right after the noun (no comma), the people of that phrase, and the people of a
// for-phrase after it (the guests of honour); the table decides which participles make a host
function hostOfNoun(
  reading: SentenceReading,
  from: number,
): {
  ids: string[];
  participle: string;
  guests: string[];
  last: number;
  place?: { from: number; to: number };
} | null {
  const { tokens } = reading;
  let at = from;
  if (endsPhrase(tokens[from - 1]!)) return null;
  if (/^(at|in)$/.test(tokens[at]?.normal ?? '')) {
    const place = readNounPhraseForward(reading, at + 1);
    if (!place || endsPhrase(tokens[place.last]!) || place.last - from > HOST_GAP) return null;
    at = place.last + 1;
  }
  const participle = tokens[at];
  if (
    !participle ||
    !participle.tags.has('Verb') ||
    !(
      participle.tags.has('PastTense') ||
      participle.tags.has('Participle') ||
      participle.tags.has('Passive')
    ) ||
    tokens[at + 1]?.normal !== 'by'
  )
    return null;
  const phrase = readNounPhraseForward(reading, at + 2);
  if (!phrase) return null;
  const renamed = renameByApposition(reading, phrase);
  const ids = (namedEntitiesOf(reading, renamed) ?? []).filter(id => isPerson(reading, id));
  if (ids.length === 0) return null;
  let last = renamed.last;
  let guests: string[] = [];
  if (tokens[last + 1]?.normal === 'for' && !endsPhrase(tokens[last]!)) {
    const guest = readNounPhraseForward(reading, last + 2);
    const guestIds = guest ? (entitiesOf(renameByApposition(reading, guest)) ?? []) : [];
    if (guest && guestIds.length > 0 && guestIds.every(id => isPerson(reading, id))) {
      guests = guestIds;
      last = renameByApposition(reading, guest).last;
    }
  }
  return {
    ids,
    participle: participle.normal,
    guests,
    last,
    ...(at > from ? { place: { from, to: at } } : {}),
  };
}

// "Duarte's week began with a lunch with Okafor", "Duarte opened the visit with talks with Okafor", "Duarte began
// with a breakfast with Okafor": a phase verb whose subject is a person, or a stretch of a person's time ("Duarte's
// week", "her visit"), or which takes such a stretch as object, opens or closes it "with" the meeting; its subject
// (or the stretch's owner) is at the meeting, and the phase verb carries the tense
function agentOfPhase(
  reading: SentenceReading,
  npFirst: number,
): { ids: string[]; verb: VerbPhrase; first: number } | null {
  const { tokens } = reading;
  if (tokens[npFirst - 1]?.normal !== 'with') return null;
  let before = npFirst - 2;
  // "began on Monday with a lunch": a time adverbial between the verb and "with"
  while (
    before > 0 &&
    !endsPhrase(tokens[before]!) &&
    !TIME_SPAN_NOUNS.has(tokens[before]!.normal) &&
    (isTimeToken(tokens[before]!) || TIME_FILLERS.test(tokens[before]!.normal))
  )
    before -= 1;
  let verb = verbAt(reading, before);
  let transitive = false;
  if (!verb || verb.last !== before) {
    // "opened the visit with", "began her day with": the stretch is the object
    if (!TIME_SPAN_NOUNS.has(tokens[before]?.normal ?? '')) return null;
    let first = before;
    while (
      first - 1 >= 0 &&
      before - first < 3 &&
      !endsPhrase(tokens[first - 1]!) &&
      ['Determiner', 'Possessive', 'Adjective', 'Value'].some(tag => tokens[first - 1]!.tags.has(tag))
    )
      first -= 1;
    verb = verbAt(reading, first - 1);
    if (!verb || verb.last !== first - 1) return null;
    transitive = true;
  }
  if (!isPhaseVerb(reading, verb) || /passive/.test(verb.form)) return null;
  const subject = findSubject(reading, verb.first);
  const people = (ids: string[] | null) => (ids ?? []).filter(id => isPerson(reading, id));
  if (transitive) {
    const ids = people(entitiesOf(subject));
    return ids.length > 0 && subject ? { ids, verb, first: subject.first } : null;
  }
  // "Duarte's week began": the owner of the stretch
  let head = verb.first - 1;
  while (head >= 0 && tokens[head]!.tags.has('Adverb')) head -= 1;
  // "Duarte's visit started with talks … and ended with a dinner": the stretch of the first verb
  if (tokens[head]?.normal === 'and' && subject) head = subject.last;
  if (TIME_SPAN_NOUNS.has(tokens[head]?.normal ?? '')) {
    const first = nounPhraseStart(reading, head);
    const ids = possessorBefore(reading, first, head).filter(id => isPerson(reading, id));
    return ids.length > 0 ? { ids, verb, first } : null;
  }
  const ids = people(entitiesOf(subject));
  return ids.length > 0 && subject ? { ids, verb, first: subject.first } : null;
}

/** Participles whose agent took part in the meeting they describe: "chaired by", "attended by", "hosted by". */
const PARTAKING_PARTICIPLES = /^(chaired|attended|hosted)$/;

// "a meeting (in Brindlow), which was chaired by X and attended by Y", "talks, attended by X and Y": the agents,
// with the span read as the parties and the verb carrying the tense; a chair that is an organization convenes
// the meeting and is no side (as with "chaired the talks")
function participleAgents(
  reading: SentenceReading,
  from: number,
): { ids: string[]; phrase: NounPhrase; verb: VerbPhrase | null; participle: string } | null {
  const { tokens } = reading;
  let at = from;
  if (/^(in|at)$/.test(tokens[at]?.normal ?? '') && !endsPhrase(tokens[at]!)) {
    const place = readNounPhraseForward(reading, at + 1);
    if (!place) return null;
    at = place.last + 1;
  }
  if (!/,/.test(tokens[at - 1]?.post ?? '')) return null;
  if (
    /^(which|that)$/.test(tokens[at]?.normal ?? '') &&
    /^(was|were|had been)$/.test(tokens[at + 1]?.normal ?? '')
  )
    at += 2;
  // "which was then attended by", "that were later chaired by"
  if (/^(also|later|then)$/.test(tokens[at]?.normal ?? '') && tokens[at]!.tags.has('Adverb')) at += 1;
  else if (/^(which|that)$/.test(tokens[at]?.normal ?? '')) return null;
  const verb = verbAt(reading, at);
  const ids: string[] = [];
  let phrase = null as NounPhrase | null;
  for (let links = 0; links < 3; links += 1) {
    const participle = tokens[at]?.normal ?? '';
    if (!PARTAKING_PARTICIPLES.test(participle) || tokens[at + 1]?.normal !== 'by') break;
    // the agent runs to the next "and <participle>" or the end of the clause: "by the board's chair Prof. Ana
    // Duarte" (a title's full stop ends no phrase here); a person named in it is the agent, the rest describes her
    let last = at + 2;
    while (
      tokens[last + 1] &&
      !/[,;:]/.test(tokens[last]!.post) &&
      !(tokens[last + 1]!.normal === 'and' && PARTAKING_PARTICIPLES.test(tokens[last + 2]?.normal ?? ''))
    )
      last += 1;
    const mentioned = [
      ...new Set(tokens.slice(at + 2, last + 1).flatMap(t => t.mentions.map(m => m.entityId))),
    ];
    const people = mentioned.filter(id => isPerson(reading, id));
    const agentIds = people.length > 0 ? people : participle === 'chaired' ? [] : mentioned;
    if (mentioned.length === 0) return null;
    ids.push(...agentIds);
    const conjunct = { first: at + 2, last, entityIds: agentIds };
    phrase = { conjuncts: [...(phrase?.conjuncts ?? []), conjunct], first: phrase?.first ?? at + 2, last };
    if (tokens[last + 1]?.normal !== 'and') break;
    at = last + 2;
  }
  const participle = tokens[phrase?.first !== undefined ? phrase.first - 2 : 0]?.normal ?? '';
  return phrase && ids.length > 0 ? { ids: [...new Set(ids)], phrase, verb, participle } : null;
}

// "talks in Tromso between Varga and Pernell": a place phrase may stand between a meeting noun and the
// "between"/"with" phrase of its parties (only when that phrase follows at once; the place is read later)
function skipPlaceBeforeParties(reading: SentenceReading, after: number): number {
  const { tokens } = reading;
  // "Duarte's meeting on Tuesday with Okafor", "talks last week at the port with Okafor": the time told first
  const timed = skipTime(reading, after);
  if (timed > after) {
    const at = skipPlaceBeforeParties(reading, timed);
    return /^(between|with)$/.test(tokens[at]?.normal ?? '') ? at : after;
  }
  if (!/^(at|in)$/.test(tokens[after]?.normal ?? '') || endsPhrase(tokens[after]!)) return after;
  let place = readNounPhraseForward(reading, after + 1);
  if (!place || endsPhrase(tokens[place.last]!)) return after;
  // "talks at the guild's offices in Tromso with …": the venue and the town it stands in
  if (tokens[place.last + 1]?.normal === 'in') {
    const town = readNounPhraseForward(reading, place.last + 2);
    if (town && !endsPhrase(tokens[town.last]!)) place = town;
  }
  return /^(between|with)$/.test(tokens[place.last + 1]?.normal ?? '') ? place.last + 1 : after;
}

/** How far after "were held" / "took place" the between-phrase may stand (a date and a place between). */
const HELD_SPAN = 10;

function heldBeforeParties(
  reading: SentenceReading,
  after: number,
): { verb: VerbPhrase; opener: number } | null {
  const { tokens } = reading;
  const verb = verbAt(reading, after);
  if (!verb || verb.first !== after) return null;
  const passive = /passive/.test(verb.form) && HOLDING_VERBS.has(verb.infinitive.split(' ')[0]!);
  const tookPlace = verb.infinitive === 'take' && tokens[verb.last + 1]?.normal === 'place';
  if (!passive && !tookPlace) return null;
  const from = verb.last + (tookPlace ? 2 : 1);
  for (let at = from; at < Math.min(tokens.length, from + HELD_SPAN); at += 1) {
    if (tokens[at]!.normal === 'between') return { verb, opener: at };
    if (endsPhrase(tokens[at]!) || tokens[at]!.tags.has('Verb')) return null;
  }
  return null;
}

// "the two meetings", "either meeting", "those talks": a determiner that points at meetings already told
function refersBack(reading: SentenceReading, npFirst: number, head: number): boolean {
  const first = reading.tokens[npFirst];
  // "Halloran, who had chaired them, …": the pronoun a chairing verb takes (find-triggers.ts) is the meeting told before
  if (npFirst === head && first?.tags.has('Pronoun')) return true;
  if (npFirst >= head || first === undefined || !ANAPHORIC_DETERMINERS.has(first.normal)) return false;
  // "the G20 summit", "the Davos meeting" name an event; "the two meetings", "the secret talks" refer back
  // "the board meeting" is a kind of meeting, not a reference: only adjectives and numbers may stand between
  return reading.tokens
    .slice(npFirst + 1, head)
    .every(
      t =>
        t.tags.has('Month') ||
        t.tags.has('WeekDay') ||
        (/^[a-z]/.test(t.text) &&
          t.mentions.length === 0 &&
          (!t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value'))),
    );
}

function bareVerb(trigger: Trigger): VerbPhrase {
  return {
    first: trigger.index,
    last: trigger.last,
    infinitive: trigger.lemma,
    negative: false,
    auxiliary: '',
    form: 'simple',
    tense: 'PresentTense',
  };
}

function isNonFinite(reading: SentenceReading, trigger: Trigger, verb: VerbPhrase | null): boolean {
  const token = reading.tokens[trigger.index];
  const before = reading.tokens[(verb?.first ?? trigger.index) - 1];
  if (before?.normal === 'to') return true;
  // "denied having met": a perfect participle, compromise sometimes files "having" with the verb before
  if (verb?.auxiliary === 'having' || before?.normal === 'having') return true;
  if (token?.tags.has('Gerund') && !PROGRESSIVE.test(verb?.auxiliary ?? '')) return true;
  return false;
}

/** The subject of the verb phrase starting at `verbFirst`: "Duarte and Okafor" in "Duarte and Okafor met". */
export function findSubject(reading: SentenceReading, verbFirst: number): NounPhrase | null {
  const { tokens } = reading;
  let at = verbFirst - 1;
  while (
    at >= 0 &&
    (AUXILIARY_LIKE.has(tokens[at]!.normal) ||
      tokens[at]!.tags.has('Adverb') ||
      tokens[at]!.tags.has('Negative') ||
      tokens[at]!.tags.has('Auxiliary'))
  )
    at -= 1;
  const token = tokens[at];
  if (!token) return null;
  // "Keller, meanwhile, met Walsh", "Keller, however, met Walsh": an adverb set off by commas is no apposition
  const parenthetical =
    at < verbFirst - 1 &&
    /,/.test(token.post) &&
    /,/.test(tokens[verbFirst - 1]!.post) &&
    tokens.slice(at + 1, verbFirst).every(t => t.tags.has('Adverb'));
  if (parenthetical) {
    const phrase = readNounPhraseBackward(reading, at);
    return headOfComplement(reading, phrase && dropAppositiveConjuncts(reading, phrase));
  }
  // "Duarte was spotted having dinner with Okafor", "was seen strolling with": a gerund after a passive verb of
  // seeing has the subject of that verb
  const seen = verbAt(reading, at);
  if (
    seen &&
    seen.last === verbFirst - 1 &&
    /passive/.test(seen.form) &&
    PERCEPTION_VERBS.has(seen.infinitive) &&
    tokens[verbFirst]?.tags.has('Gerund')
  )
    return findSubject(reading, seen.first);
  // "was received by Duarte and sat down with him": the subject is the first verb's
  if (token.normal === 'and' || token.normal === 'but') {
    const earlier = previousVerb(reading, at);
    return earlier ? findSubject(reading, earlier.first) : null;
  }
  // "Okafor, who met Duarte": the antecedent of the relative pronoun
  if (RELATIVE_PRONOUNS.has(token.normal)) {
    const antecedent = readNounPhraseBackward(reading, at - 1);
    // "Okafor was among those who met Duarte", "Okafor was one of the envoys who met Duarte": a nameless group the
    // subject of a copula is counted among stands for that subject
    const among = antecedent && isUnnamed(antecedent) ? countedAmong(reading, antecedent.first) : null;
    return among ?? antecedent;
  }
  if (endsPhrase(token) && /,/.test(token.post)) return subjectAroundApposition(reading, at);
  const phrase = readNounPhraseBackward(reading, at);
  return headOfComplement(reading, phrase && dropAppositiveConjuncts(reading, phrase));
}

// "Inspectors led by Marsh spent the day with Okafor": a group led by someone stands for its leader, the one party
// the text names; the subject starts at the group
function ledGroup(reading: SentenceReading, phrase: NounPhrase | null): NounPhrase | null {
  const { tokens } = reading;
  if (!phrase) return phrase;
  let first = phrase.first;
  // "inspectors led by the head of the board, Marsh, …": the name renames the description after "by"
  if (/,/.test(tokens[first - 1]?.post ?? '')) {
    const description = headOfComplement(reading, readNounPhraseBackward(reading, first - 1));
    if (description) first = description.first;
  }
  if (tokens[first - 1]?.normal !== 'by' || !/^(led|headed)$/.test(tokens[first - 2]?.normal ?? ''))
    return phrase;
  const group = tokens[first - 3];
  if (!group || !isNominal(group) || group.mentions.length > 0 || !group.tags.has('Plural')) return phrase;
  return { ...phrase, first: nounPhraseStart(reading, first - 3) };
}

// "The head of Norvik Shipping met Pernell": read backwards, the phrase before the verb is only the complement;
// the subject is the head it belongs to, the person holding that role (named when the entity layer resolved
// the description), never the organization of the complement
function headOfComplement(reading: SentenceReading, phrase: NounPhrase | null): NounPhrase | null {
  const { tokens } = reading;
  if (!phrase || phrase.conjuncts.length > 1) return phrase;
  const preposition = tokens[phrase.first - 1];
  const head = tokens[phrase.first - 2];
  // "A delegation from the ministry was received … The delegation was led by Okafor": the group's named leader
  if (preposition && /^(of|from)$/.test(preposition.normal) && head && !endsPhrase(head)) {
    const group = readNounPhraseBackward(reading, phrase.first - 2);
    const leader = group ? groupLeader(reading, group.first, head) : null;
    if (group && leader) {
      const conjunct = { first: group.first, last: phrase.last, entityIds: [leader] };
      return { conjuncts: [conjunct], first: group.first, last: phrase.last };
    }
  }
  if (!preposition || !/^(of|at|for)$/.test(preposition.normal) || !isNominal(head) || endsPhrase(head!))
    return phrase;
  const outer = readNounPhraseBackward(reading, phrase.first - 2);
  // "Negotiators for the union and the company met": a head that stands for bodies leaves the bodies as parties
  const ids = entitiesOf(phrase) ?? [];
  const bodies =
    ids.length > 0 && ids.every(id => reading.analysis.entities.get(id)?.label === 'Organization');
  if (
    outer &&
    bodies &&
    MEMBER_NOUNS.has(head!.normal) &&
    outer.conjuncts.length === 1 &&
    outer.conjuncts[0]!.entityIds.length === 0
  )
    return { ...phrase, first: outer.first };
  return outer ? { ...outer, last: phrase.last } : phrase;
}

// An apposition between commas renames the noun phrase before it:
//   "Duarte, then a junior minister, met Okafor"                -> Duarte (the name comes first)
//   "The head of Norvik Shipping, Elena Marsh, met Okafor"      -> Elena Marsh (the phrase before is a description)
//   "Duarte and her Nigerian counterpart, Okafor, met in Accra" -> Duarte and Okafor (the last conjunct renamed)
//   "Duarte, 52, the head of Norvik, met Okafor"                -> Duarte (an unnamed segment: one comma further)
function subjectAroundApposition(reading: SentenceReading, at: number): NounPhrase | null {
  const { tokens } = reading;
  let comma = -1;
  for (let back = at - 1; back >= Math.max(0, at - 15); back -= 1) {
    if (/,/.test(tokens[back]!.post)) {
      comma = back;
      break;
    }
  }
  if (comma < 0) return null;
  // "Representatives of the union, including Okafor, met Duarte": the members named stand for the group
  const marker = inclusionAt(reading, comma + 1);
  if (marker > 0) {
    const members = readNounPhraseForward(reading, comma + 1 + marker, at + 1);
    const ids = members && members.last === at ? (entitiesOf(members) ?? []) : [];
    return ids.length > 0 && ids.every(id => isPerson(reading, id)) ? members : null;
  }
  // "A delegation from the union, led by Okafor, met Duarte": the group set before the participle stands for its leader
  const leader = leaderOfGroupBefore(reading, comma, at);
  if (leader) return leader;
  const apposition = readNounPhraseForward(reading, comma + 1, at + 1);
  let before = readNounPhraseBackward(reading, comma);
  // "Duarte, 52, the head ...": an unnamed segment between commas is one more apposition
  for (let hops = 0; hops < 2 && before && isUnnamed(before); hops += 1) {
    const earlier = before.first - 1;
    if (!/,/.test(tokens[earlier]?.post ?? '')) break;
    before = readNounPhraseBackward(reading, earlier);
  }
  const renaming = apposition && apposition.last === at ? entitiesOf(apposition) : null;
  if (!before) return null;
  before = dropAppositiveConjuncts(reading, before);
  // "The head of Norvik Shipping, ...": the phrase before the comma is the complement of an unnamed head
  if (/^(of|at|for|from)$/.test(tokens[before.first - 1]?.normal ?? '')) {
    const outer = readNounPhraseBackward(reading, before.first - 2);
    const named = entitiesOf(outer);
    if (outer && named && named.length > 0) return outer;
    return renaming && renaming.length > 0 ? apposition : null;
  }
  const last = before.conjuncts[before.conjuncts.length - 1]!;
  if (last.entityIds.length > 0 || !renaming || renaming.length === 0 || !apposition) return before;
  return {
    conjuncts: [...before.conjuncts.slice(0, -1), ...apposition.conjuncts],
    first: before.first,
    last: apposition.last,
  };
}

// "a delegation from the union, led by Okafor," ending at `at`: the leader's phrase when the phrase before the comma is
// a group a person leads (or its complement), else null
function leaderOfGroupBefore(reading: SentenceReading, comma: number, at: number): NounPhrase | null {
  const { tokens } = reading;
  if (!LEADING_PARTICIPLES.has(tokens[comma + 1]?.normal ?? '') || tokens[comma + 2]?.normal !== 'by')
    return null;
  const leader = readNounPhraseForward(reading, comma + 3, at + 1);
  const ids = leader && leader.last === at ? (entitiesOf(leader) ?? []) : [];
  if (!leader || ids.length === 0 || !ids.every(id => isPerson(reading, id))) return null;
  const before = readNounPhraseBackward(reading, comma);
  if (!before) return null;
  // (only a group told as coming from a body: "our team, led by Y, spent hours with the management of Z" is one side
  // of talks whose other side is a body, told in full elsewhere)
  const complemented = /^(of|from)$/.test(tokens[before.first - 1]?.normal ?? '');
  const group = complemented ? tokens[before.first - 2] : undefined;
  return group && LED_GROUP_NOUNS.has(group.normal) && group.mentions.length === 0
    ? { ...leader, first: nounPhraseStart(reading, before.first - 2) }
    : null;
}

// "Okafor was among those", "Okafor is one of the envoys": the subject of the copula before "among" / "one of"
function countedAmong(reading: SentenceReading, groupFirst: number): NounPhrase | null {
  const { tokens } = reading;
  const among = tokens[groupFirst - 1]?.normal === 'among' ? groupFirst - 1 : -1;
  const oneOf =
    tokens[groupFirst - 1]?.normal === 'of' && tokens[groupFirst - 2]?.normal === 'one' ? groupFirst - 2 : -1;
  const opener = Math.max(among, oneOf);
  if (opener < 1) return null;
  const copula = verbAt(reading, opener - 1);
  if (!copula || copula.last !== opener - 1 || !PROGRESSIVE.test(tokens[copula.last]!.normal)) return null;
  const subject = findSubject(reading, copula.first);
  const ids = entitiesOf(subject) ?? [];
  return ids.length > 0 && ids.every(id => isPerson(reading, id)) ? subject : null;
}

function isUnnamed(phrase: NounPhrase): boolean {
  return phrase.conjuncts.length === 1 && phrase.conjuncts[0]!.entityIds.length === 0;
}

// "the envoy, whom Duarte met": the object of the verb is the antecedent of "whom"
function objectOfRelative(reading: SentenceReading, subjectFirst: number): NounPhrase | null {
  const pronoun = reading.tokens[subjectFirst - 1];
  if (!pronoun || !/^(whom|who|that)$/.test(pronoun.normal)) return null;
  return readNounPhraseBackward(reading, subjectFirst - 2);
}

// "After meeting Okafor in Geneva, Duarte said ..." -> Duarte
// "Duarte, meeting Okafor": a present participle right after a comma that closes a name, with no verb before it
function isApposedParticiple(reading: SentenceReading, trigger: Trigger, first: number): boolean {
  const before = reading.tokens[first - 1];
  return (
    first === trigger.index &&
    reading.tokens[trigger.index]!.tags.has('Gerund') &&
    before !== undefined &&
    /^\s*,\s*$/.test(before.post) &&
    before.mentions.length > 0
  );
}

function subjectAfterFrontedClause(reading: SentenceReading, from: number): NounPhrase | null {
  const comma = reading.tokens.findIndex((t, i) => i >= from && /,/.test(t.post));
  return comma >= 0 ? readNounPhraseForward(reading, comma + 1) : null;
}

function previousVerb(reading: SentenceReading, before: number): VerbPhrase | null {
  const earlier = reading.verbs.filter(v => v.last < before);
  return earlier[earlier.length - 1] ?? null;
}

/** The first token of the noun phrase whose head is `head`: "his two meetings" -> "his". */
export function nounPhraseStart(reading: SentenceReading, head: number): number {
  let first = head;
  while (
    first - 1 >= 0 &&
    isPrenominal(reading.tokens[first - 1]!, reading.tokens) &&
    !endsPhrase(reading.tokens[first - 1]!)
  )
    first -= 1;
  // "two hours of talks", "three rounds of talks": the measure opens the phrase
  const measure = reading.tokens[first - 2];
  if (
    reading.tokens[first - 1]?.normal === 'of' &&
    measure &&
    MEASURE_NOUNS.has(measure.normal) &&
    !endsPhrase(measure)
  )
    return nounPhraseStart(reading, first - 2);
  return first;
}

// before a head noun a month or weekday is a modifier: "the July meeting", "Tuesday's talks"; so is a hyphenated
// length of time: "a three-day summit", "a two-hour meeting", and any hyphenated compound: "a face-to-face meeting"
function isPrenominal(token: Token, tokens: readonly Token[]): boolean {
  return (
    isNominal(token) ||
    isModifyingGerund(tokens, token.index) ||
    token.tags.has('Month') ||
    token.tags.has('WeekDay') ||
    (token.tags.has('Hyphenated') && token.tags.has('Duration')) ||
    (token.tags.has('Hyphenated') && (token.post === '-' || tokens[token.index - 1]?.post === '-'))
  );
}

function possessorBefore(reading: SentenceReading, from: number, head: number): string[] {
  for (let i = head - 1; i >= from; i -= 1) {
    const token = reading.tokens[i]!;
    const owners = token.mentions.filter(m => isPossessor(reading, m)).map(m => m.entityId);
    if (owners.length > 0) return [...new Set(owners)];
  }
  return [];
}

// "Okafor's home", "the envoy's residence": the person who owns the one place the phrase names, or null
function ownerOfVisitedPlace(reading: SentenceReading, phrase: NounPhrase): NounPhrase | null {
  if (phrase.conjuncts.length !== 1) return null;
  const [place] = phrase.conjuncts;
  const head = reading.tokens[place!.last];
  if (!head || head.mentions.length > 0 || !PERSONAL_PLACE_NOUNS.has(head.normal)) return null;
  const owners = possessorBefore(reading, place!.first, place!.last).filter(id => isPerson(reading, id));
  if (owners.length !== 1) return null;
  return { ...phrase, conjuncts: [{ ...place!, entityIds: owners }] };
}

function ownerOfShakenHand(reading: SentenceReading, phrase: NounPhrase): NounPhrase | null {
  if (phrase.conjuncts.length !== 1) return null;
  const [hand] = phrase.conjuncts;
  const head = reading.tokens[hand!.last];
  if (!head || !BODY_CONTACT_NOUNS.has(head.normal)) return null;
  const owners = possessorBefore(reading, hand!.first, hand!.last).filter(id => isPerson(reading, id));
  return owners.length === 1 ? { ...phrase, conjuncts: [{ ...hand!, entityIds: owners }] } : null;
}

// "hosted a dinner for", "gave a lunch for": the verb that gives the meal, right before its noun phrase
function mealGiver(reading: SentenceReading, npFirst: number): VerbPhrase | null {
  const verb = verbAt(reading, npFirst - 1);
  return verb &&
    verb.last === npFirst - 1 &&
    MEAL_GIVING_VERBS.has(verb.infinitive) &&
    !/passive/.test(verb.form)
    ? verb
    : null;
}

function lightVerbBefore(reading: SentenceReading, npFirst: number): VerbPhrase | null {
  let at = npFirst - 1;
  // "took part in a meeting", "participated in talks", "presided over the talks"
  const over = reading.tokens[at]?.normal === 'over';
  if (reading.tokens[at]?.normal === 'in' || over) at -= 1;
  if (reading.tokens[at]?.normal === 'part') at -= 1;
  const verb = verbAt(reading, at);
  if (!verb || verb.last !== at || (over && verb.infinitive !== 'preside')) return null;
  return LIGHT_VERBS.has(verb.infinitive) ||
    /^(participate|take part)$/.test(verb.infinitive) ||
    reading.tokens[at]?.lemma === 'take'
    ? verb
    : null;
}

function addressingVerbBefore(reading: SentenceReading, npFirst: number): VerbPhrase | null {
  const verb = verbAt(reading, npFirst - 1);
  return verb &&
    verb.last === npFirst - 1 &&
    /^(tell|address)$/.test(verb.infinitive) &&
    !/passive/.test(verb.form)
    ? verb
    : null;
}

// "Duarte flew to Lagos for talks with Okafor": a journey made for talks puts the traveller in them; the
// journey's verb carries their tense ("will fly to Lagos for talks" is planned)
function agentOfSetting(
  reading: SentenceReading,
  npFirst: number,
): { ids: string[]; travel: VerbPhrase | null } {
  const { tokens } = reading;
  if (tokens[npFirst - 1]?.normal === 'for') {
    const travel = travelVerbBefore(reading, npFirst - 1);
    const ids = travel ? (entitiesOf(findSubject(reading, travel.first)) ?? []) : [];
    return { ids, travel: ids.length > 0 ? travel : null };
  }
  return { ids: settingAgent(reading, npFirst), travel: null };
}

// the travel verb of the clause that "for" closes, with only its destination between: "flew to X, Y, for"
function travelVerbBefore(reading: SentenceReading, forAt: number): VerbPhrase | null {
  const verb = previousVerb(reading, forAt);
  if (!verb || !TRAVEL_VERBS.has(verb.infinitive.split(' ')[0]!) || forAt - verb.last > 10) return null;
  const between = reading.tokens.slice(verb.last + 1, forAt);
  // a capitalised word is part of the destination's name whatever compromise tagged it ("Nay" as an expression)
  return between.every(
    t => isNominal(t) || /^[A-Z]/.test(t.text) || /^(to|in|into|back)$/.test(t.normal) || t.tags.has('Date'),
  )
    ? verb
    : null;
}

/** Prepositions that set the clause at a meeting ("at talks with") or right after one ("after talks with"). */
const SETTING_PREPOSITIONS = /^(at|during|in|after|following)$/;
/** "will speak after talks with Y": the talks are still ahead of a clause told in the future or as possible. */
const NOT_DONE = /\b(will|would|could|might|may|shall|should|to)\b/;

function settingAgent(reading: SentenceReading, npFirst: number): string[] {
  const { tokens } = reading;
  if (!SETTING_PREPOSITIONS.test(tokens[npFirst - 1]?.normal ?? '')) return [];
  const prepAt = npFirst - 1;
  const after = !/^(at|during|in)$/.test(tokens[prepAt]!.normal);
  // "Speaking after her meeting with Y, X said": a participle opening the sentence is fronted with its phrase
  const opening = previousVerb(reading, prepAt);
  const frontedParticiple =
    opening !== null && opening.first === 0 && opening.last === prepAt - 1 && opening.form === 'gerund';
  const fronted = prepAt === 0 || /,/.test(tokens[prepAt - 1]?.post ?? '') || frontedParticiple;
  if (fronted) {
    const comma = tokens.findIndex((t, i) => i > npFirst && /,/.test(t.post));
    const subject = comma >= 0 ? readNounPhraseForward(reading, comma + 1) : null;
    const verb = subject ? verbAt(reading, subject.last + 1) : null;
    if (!verb || (after && NOT_DONE.test(verb.auxiliary))) return [];
    return entitiesOf(subject) ?? [];
  }
  const governing = previousVerb(reading, prepAt);
  if (!governing || governing.form === 'passive' || (after && NOT_DONE.test(governing.auxiliary))) return [];
  // "Duarte, speaking after a meeting with Y, said": a participle set off after a name has that name as subject
  const named = tokens[governing.first - 1];
  if (governing.form === 'gerund' && named && /^\s*,\s*$/.test(named.post) && named.mentions.length > 0)
    return entitiesOf(readNounPhraseBackward(reading, governing.first - 1)) ?? [];
  return entitiesOf(findSubject(reading, governing.first)) ?? [];
}

/** Prepositions that set a clause in a meeting with no one named in it: "at a meeting", "locked in talks". */
const NAMELESS_SETTING = /^(at|during|in)$/;

// "Duarte and Okafor discussed the leak at a meeting on Wednesday" -> the coordinated subject (people);
// "Duarte briefed Okafor on the cuts at a meeting" -> the subject and the person briefed (BRIEFING_VERBS);
// "Duarte and Okafor spent the morning locked in talks": a participle after a span spent has the spender's subject
function namelessSetting(
  reading: SentenceReading,
  npFirst: number,
): { subject: string[]; object: string[]; verb: VerbPhrase; prep: string } | null {
  const { tokens } = reading;
  const prep = tokens[npFirst - 1]?.normal ?? '';
  if (!NAMELESS_SETTING.test(prep)) return null;
  let governing = previousVerb(reading, npFirst - 1);
  if (!governing || governing.form === 'passive' || /,/.test(tokens[npFirst - 2]?.post ?? '')) return null;
  let subject = entitiesOf(findSubject(reading, governing.first)) ?? [];
  if (subject.length === 0 && governing.auxiliary === '') {
    // ("spent Thursday morning locked in talks": only a span of time between the two verbs)
    const spent = previousVerb(reading, governing.first);
    const span = spent ? tokens.slice(spent.last + 1, governing.first) : [];
    if (
      spent &&
      TIME_TOGETHER_VERBS.has(spent.infinitive) &&
      span.length > 0 &&
      span.every(
        t => !endsPhrase(t) && (isTimeToken(t) || SHORT_SPANS.has(t.normal) || t.tags.has('Determiner')),
      )
    ) {
      subject = entitiesOf(findSubject(reading, spent.first)) ?? [];
      governing = spent;
    }
  }
  if (subject.length === 0 || !subject.every(id => isPerson(reading, id))) return null;
  // ("did not discuss the leak at a meeting" denies the discussing, not the meeting; "agreed the plan during talks"
  // is no plan to meet): a verb whose status would be read for the meeting must be a plain one
  if (governing.negative || PLANNING_WORDS.has(governing.infinitive)) return null;
  // ("are in talks to buy the club": being in talks is a state, often with a third side; only a span spent, or a
  // past verb of staying, puts the subject in talks with each other: "spent the morning locked in talks")
  const copula = PROGRESSIVE.test(tokens[governing.last]!.normal);
  if (prep === 'in' && (copula || governing.tense !== 'PastTense')) return null;
  if (BRIEFING_VERBS.has(governing.infinitive)) {
    const object = namedEntitiesOf(reading, readNounPhraseForward(reading, governing.last + 1)) ?? [];
    if (object.length > 0 && object.every(id => isPerson(reading, id)))
      return { subject, object, verb: governing, prep };
  }
  return subject.length > 1 ? { subject, object: [], verb: governing, prep } : null;
}

// "Duarte's meeting with Okafor, which followed an audience with Lee", "Duarte's talks with Okafor preceded a dinner
// with Lee": a meeting noun that a sequence verb takes has the owner of the meeting that is the verb's subject
function ownerOfSequence(
  reading: SentenceReading,
  npFirst: number,
): { ids: string[]; verb: VerbPhrase } | null {
  const { tokens } = reading;
  const verb = verbAt(reading, npFirst - 1);
  if (!verb || verb.last !== npFirst - 1 || !SEQUENCE_VERBS.has(verb.infinitive) || /passive/.test(verb.form))
    return null;
  let at = verb.first - 1;
  if (/^(which|that)$/.test(tokens[at]?.normal ?? '')) at -= 1;
  // the subject meeting: the nearest meeting noun before, with nothing but its complement between
  for (let i = at; i >= Math.max(0, at - 12); i -= 1) {
    const token = tokens[i]!;
    if (MEETING_NOUNS.has(token.normal)) {
      const owner = possessorBefore(reading, nounPhraseStart(reading, i), i);
      return owner.length > 0 ? { ids: owner, verb } : null;
    }
    if (token.tags.has('Verb')) return null;
  }
  return null;
}

// "Okafor's accounts of two meetings with Duarte", "Duarte failed to disclose meetings with Okafor": the
// owner of the account or the subject of the clause probably took part, but the text does not say so
function inferredAgent(reading: SentenceReading, npFirst: number): { ids: string[]; owner: boolean } {
  const { tokens } = reading;
  if (tokens[npFirst - 1]?.normal === 'of') {
    const head = nounPhraseStart(reading, npFirst - 2);
    const owner = possessorBefore(reading, head, npFirst - 1);
    if (owner.length > 0) return { ids: owner, owner: true };
  }
  const governing = previousVerb(reading, npFirst);
  if (!governing || npFirst - governing.last > 2) return { ids: [], owner: false };
  return { ids: entitiesOf(findSubject(reading, governing.first)) ?? [], owner: false };
}

function isPerson(reading: SentenceReading, id: string): boolean {
  return reading.analysis.entities.get(id)?.label === 'Person';
}

function pronounOfSubject(
  reading: SentenceReading,
  object: NounPhrase,
  subjectIds: readonly string[],
): boolean {
  return reading.tokens
    .slice(object.first, object.last + 1)
    .some(
      t =>
        !isPossessiveUse(reading, t.index, object.last) &&
        t.mentions.some(
          m => m.form === 'pronoun' && /^(him|her|them)$/i.test(m.surface) && subjectIds.includes(m.entityId),
        ),
    );
}

// "received her counterpart, Lee": "her" opens a noun phrase and owns it (the subject's own counterpart), so it is
// not the object; "received her and Lee" / "received her." leave it the object
function isPossessiveUse(reading: SentenceReading, index: number, last: number): boolean {
  const token = reading.tokens[index];
  const next = reading.tokens[index + 1];
  if (!token || token.normal !== 'her' || !next || index >= last) return false;
  return !/[,;:.]/.test(token.post) && !/^(and|or|but|to|at|in|on|for|with|by)$/.test(next.normal);
}
