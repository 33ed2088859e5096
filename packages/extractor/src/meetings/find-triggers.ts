// "Duarte sat down with Okafor, and their talks ..." -> triggers: verb "sat down" (needs "with"), noun "talks".
// A trigger is the word that makes a sentence report an encounter; its kind decides how participants are read.
import {
  CHAIRING_VERBS,
  CONTACT_NOUNS,
  MEAL_NOUNS,
  MEETING_NOUNS,
  MEETING_VERBS,
  PERSON_OBJECT_VERBS,
  PHRASAL_ENCOUNTERS,
} from './lexicon';
import { QUANTIFYING_DETERMINERS } from './lexicon';
import type { SentenceReading, Token } from './read-sentence';
import { verbAt } from './read-sentence';

export type TriggerKind = 'verb' | 'noun' | 'contact';

export interface Trigger {
  kind: TriggerKind;
  /** The head word: "met", "meetings", "sat", "dinner". */
  index: number;
  /** The last word of the trigger phrase: "down" in "sat down", "dinner" in "had dinner". */
  last: number;
  /** Lemma of the head: "meet", "meeting", "visit". */
  lemma: string;
  /** "visited", "hosted", "received": an encounter only with a person. */
  needsPersonObject: boolean;
  /** "sat down", "had dinner": the other party comes with "with". */
  needsWith: boolean;
}

/** Every word of the sentence that may report a meeting, in text order. */
export function findTriggers(reading: SentenceReading): Trigger[] {
  const found: Trigger[] = [];
  for (const token of reading.tokens) {
    const trigger = readTrigger(reading, token);
    if (trigger) found.push(trigger);
  }
  return found;
}

function readTrigger(reading: SentenceReading, token: Token): Trigger | null {
  const { tokens } = reading;
  const next = tokens[token.index + 1];
  const prev = tokens[token.index - 1];
  const base = { index: token.index, last: token.index, needsPersonObject: false, needsWith: false };
  // "either meeting", "the meeting": a determiner makes a gerund a noun
  const nounLike =
    prev !== undefined && (isDeterminerLike(prev) || isPossessiveClitic(reading, token.index - 1));
  // "Halloran, who had chaired them, said …": what a chairing verb takes, unresolved to anyone, is the meeting told before
  if (
    /^(it|them)$/.test(token.normal) &&
    token.mentions.length === 0 &&
    isChairedObject(reading, token.index)
  )
    return { ...base, kind: 'noun', lemma: 'meeting' };
  // "is due to meet": compromise may read the infinitive as a noun
  if (token.normal === 'meet' && prev?.normal === 'to') return { ...base, kind: 'verb', lemma: 'meet' };
  // "during talks with", "the talks": after a preposition or determiner a meeting noun is a noun, whatever the tagger says
  const nounSlot = nounLike || (prev !== undefined && prev.tags.has('Preposition'));
  if (
    token.tags.has('Verb') &&
    !(nounLike && token.tags.has('Gerund')) &&
    !(nounSlot && MEETING_NOUNS.has(token.normal) && token.normal !== 'meeting')
  ) {
    const verb = verbAt(reading, token.index);
    const lemma = token.lemma;
    if (MEETING_VERBS.has(lemma)) return { ...base, kind: 'verb', lemma };
    // "showed Okafor around the plant": a guided visit, an encounter only with a person shown round a place
    if (verb?.infinitive === 'show') return { ...base, kind: 'verb', lemma: 'show', needsPersonObject: true };
    // "spent the evening with Okafor", "spent two hours at the palace with Okafor": a day or less in someone's company
    const span = verb?.infinitive === 'spend' ? spanOfTime(reading, token.index + 1) : -1;
    if (span > 0) return { ...base, kind: 'verb', lemma: 'spend', last: span, needsWith: true };
    if (PERSON_OBJECT_VERBS.has(lemma)) return { ...base, kind: 'verb', lemma, needsPersonObject: true };
    const phrasal = next ? `${lemma} ${next.normal}` : '';
    // "shook hands": an irregular past whose token root compromise leaves as written
    const byInfinitive = verb && next ? `${verb.infinitive} ${next.normal}` : '';
    if (
      PHRASAL_ENCOUNTERS.has(phrasal) ||
      PHRASAL_ENCOUNTERS.has(byInfinitive) ||
      (verb && PHRASAL_ENCOUNTERS.has(verb.infinitive) && verb.last > token.index)
    ) {
      return { ...base, kind: 'verb', lemma: phrasal, last: token.index + 1, needsWith: true };
    }
    return null;
  }
  if (!token.tags.has('Noun') && !token.tags.has('Gerund') && !nounSlot) return null;
  if (token.tags.has('Gerund') && !nounLike) return null;
  const normal = token.normal.replace(/\u00e9/g, 'e');
  // "meeting room", "summit venue": the meeting noun only modifies another noun
  if (
    next &&
    next.tags.has('Noun') &&
    !next.tags.has('Pronoun') &&
    next.mentions.length === 0 &&
    /^[a-z]/.test(next.text) &&
    !endsPhraseAfter(token)
  )
    return null;
  if (MEETING_NOUNS.has(normal)) {
    if ((normal === 'audience' || normal === 'consultations') && next?.normal !== 'with') return null;
    return { ...base, kind: 'noun', lemma: token.lemma };
  }
  // "had dinner with", "over lunch with": a meal is an encounter only when shared with someone
  // "had a private dinner with": articles and adjectives may stand between
  let host = token.index - 1;
  while (host > 0 && (tokens[host]!.tags.has('Determiner') || tokens[host]!.tags.has('Adjective'))) host -= 1;
  if (
    MEAL_NOUNS.has(normal) &&
    next?.normal === 'with' &&
    /^(had|has|have|having|over|for|at)$/.test(tokens[host]?.normal ?? '')
  ) {
    return { ...base, kind: 'noun', lemma: normal, needsWith: true };
  }
  if (CONTACT_NOUNS.has(normal)) return { ...base, kind: 'contact', lemma: token.lemma };
  return null;
}

/** Lengths of time no longer than a day: spent in someone's company they make an encounter, not a stay. */
const SHORT_SPANS = /^(minutes|hour|hours|morning|afternoon|evening|night|day)$/;

// "the day", "an hour", "two hours", "most of the afternoon" -> the index of the time noun, or -1
function spanOfTime(reading: SentenceReading, from: number): number {
  for (let i = from; i < Math.min(reading.tokens.length, from + 5); i += 1) {
    const token = reading.tokens[i]!;
    if (SHORT_SPANS.test(token.normal)) return i;
    if (!/^(the|a|an|most|much|part|of|several|two|three|four|five|six|whole|entire|best)$/.test(token.normal))
      return -1;
  }
  return -1;
}

function isChairedObject(reading: SentenceReading, index: number): boolean {
  const over = reading.tokens[index - 1]?.normal === 'over';
  const verb = verbAt(reading, index - (over ? 2 : 1));
  return verb !== null && CHAIRING_VERBS.has(verb.infinitive) && (!over || verb.infinitive === 'preside');
}

function isDeterminerLike(token: Token): boolean {
  return (
    token.tags.has('Determiner') ||
    token.tags.has('Value') ||
    token.tags.has('Adjective') ||
    token.tags.has('Possessive') ||
    QUANTIFYING_DETERMINERS.has(token.normal)
  );
}

// compromise may expand "Duarte's meeting" to "Duarte has meeting": the empty auxiliary is a possessive 's
function isPossessiveClitic(reading: SentenceReading, index: number): boolean {
  const token = reading.tokens[index];
  const before = reading.tokens[index - 1];
  return token !== undefined && token.text === '' && before !== undefined && /['\u2019]s$/i.test(before.text);
}

function endsPhraseAfter(token: Token): boolean {
  return /[,;:.!?]/.test(token.post);
}
