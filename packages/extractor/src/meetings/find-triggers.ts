// "Duarte sat down with Okafor, and their talks ..." -> triggers: verb "sat down" (needs "with"), noun "talks".
// A trigger is the word that makes a sentence report an encounter; its kind decides how participants are read.
import { isTriggerWord, needsOf } from './constructions';
import type { Trigger } from './trigger';
import {
  CHAIRING_VERBS,
  MEAL_GIVING_VERBS,
  MEAL_SETTING_PREPOSITIONS,
  MEAL_SHARING_VERBS,
  MEETING_NOUNS,
  PHRASAL_VISIT_VERBS,
  QUANTIFYING_DETERMINERS,
  SHORT_SPANS,
} from './lexicon';
import type { SentenceReading, Token } from './read-sentence';
import { verbAt } from './read-sentence';
import { isModifyingGerund } from './noun-phrases';

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
  const base = {
    index: token.index,
    last: token.index,
    needsPersonObject: false,
    needsWith: false,
    lexicon: null,
  };
  // "was inside for forty minutes with Okafor", "were closeted with Okafor": the trigger is the verb "be" with the word
  // that places its subject in someone's company
  if (isTriggerWord('PRESENCE_WORDS', token.normal)) {
    const be = verbAt(reading, token.index - 1);
    if (be && be.last === token.index - 1 && /^(is|are|was|were|be|been|being|am)$/.test(prev?.normal ?? ''))
      return {
        ...base,
        ...needsOf('PRESENCE_WORDS'),
        kind: 'verb',
        index: be.last,
        last: token.index,
        lemma: token.normal,
        lexicon: 'PRESENCE_WORDS',
      };
    if (token.tags.has('Verb') && verbAt(reading, token.index)?.infinitive.startsWith('closet'))
      return {
        ...base,
        ...needsOf('PRESENCE_WORDS'),
        kind: 'verb',
        lemma: token.normal,
        lexicon: 'PRESENCE_WORDS',
      };
  }
  // "either meeting", "the meeting": a determiner makes a gerund a noun
  // ("a face-to-face meeting", "her one-on-one meeting": a hyphenated compound before it modifies a noun)
  const nounLike =
    prev !== undefined &&
    (isDeterminerLike(prev) ||
      isPossessiveClitic(reading, token.index - 1) ||
      (prev.tags.has('Hyphenated') && reading.tokens[token.index - 2]?.tags.has('Hyphenated') === true));
  // "Halloran, who had chaired them, said …": what a chairing verb takes, unresolved to anyone, is the meeting told before
  if (
    /^(it|them)$/.test(token.normal) &&
    token.mentions.length === 0 &&
    isChairedObject(reading, token.index)
  )
    return { ...base, kind: 'noun', lemma: 'meeting' };
  // "is due to meet": compromise may read the infinitive as a noun
  if (token.normal === 'meet' && prev?.normal === 'to' && isTriggerWord('MEETING_VERBS', 'meet'))
    return { ...base, ...needsOf('MEETING_VERBS'), kind: 'verb', lemma: 'meet', lexicon: 'MEETING_VERBS' };
  // "during talks with", "the talks": after a preposition or determiner a meeting noun is a noun, whatever the tagger says
  const nounSlot = nounLike || (prev !== undefined && prev.tags.has('Preposition'));
  if (
    token.tags.has('Verb') &&
    !(nounLike && token.tags.has('Gerund')) &&
    !(nounSlot && MEETING_NOUNS.has(token.normal) && token.normal !== 'meeting')
  ) {
    const verb = verbAt(reading, token.index);
    const lemma = token.lemma;
    const verbTrigger = (lexicon: string, word: string, last = token.index): Trigger => ({
      ...base,
      ...needsOf(lexicon),
      kind: 'verb',
      lemma: word,
      last,
      lexicon,
    });
    // the lexicon of the lemma, or (for irregular forms compromise leaves as written) of the verb phrase's head
    const inLexicon = (lexicon: string) =>
      isTriggerWord(lexicon, lemma) ||
      (verb !== null && verb.last === token.index && isTriggerWord(lexicon, verb.infinitive));
    if (inLexicon('MEETING_VERBS')) return verbTrigger('MEETING_VERBS', lemma);
    // "called on", "paid a visit to", "went to see": the phrase ends at its last word
    const visit = phrasalVisit(reading, token, verb?.infinitive ?? lemma);
    if (visit) return verbTrigger('PHRASAL_VISIT_VERBS', visit.phrase, visit.last);
    if (inLexicon('GUIDE_VERBS')) return verbTrigger('GUIDE_VERBS', verb?.infinitive ?? lemma);
    // "spent the evening with Okafor", "spent two hours at the palace with Okafor": a day or less in someone's company
    const span = inLexicon('TIME_TOGETHER_VERBS') ? spanOfTime(reading, token.index + 1) : -1;
    if (span > 0) return verbTrigger('TIME_TOGETHER_VERBS', verb?.infinitive ?? lemma, span);
    if (inLexicon('VISIT_VERBS')) return verbTrigger('VISIT_VERBS', lemma);
    if (inLexicon('TOUR_VERBS')) return verbTrigger('TOUR_VERBS', lemma);
    if (inLexicon('FACING_VERBS')) {
      // "came face to face with Okafor", "has come face to face with": the idiom's tense is its verb's ("came")
      const idiom =
        prev?.normal === 'to' && tokens[token.index - 2]?.normal === 'face'
          ? verbAt(reading, token.index - 3)
          : null;
      return idiom
        ? { ...verbTrigger('FACING_VERBS', lemma), index: idiom.last }
        : verbTrigger('FACING_VERBS', lemma);
    }
    if (inLexicon('JOINING_VERBS')) return verbTrigger('JOINING_VERBS', lemma);
    if (inLexicon('RECEPTION_VERBS')) return verbTrigger('RECEPTION_VERBS', lemma);
    if (inLexicon('CONVERSATION_VERBS')) return verbTrigger('CONVERSATION_VERBS', verb?.infinitive ?? lemma);
    const phrasal = next ? `${lemma} ${next.normal}` : '';
    // "shook hands": an irregular past whose token root compromise leaves as written
    const byInfinitive = verb && next ? `${verb.infinitive} ${next.normal}` : '';
    if (
      isTriggerWord('PHRASAL_ENCOUNTERS', phrasal) ||
      isTriggerWord('PHRASAL_ENCOUNTERS', byInfinitive) ||
      (verb && isTriggerWord('PHRASAL_ENCOUNTERS', verb.infinitive) && verb.last > token.index)
    ) {
      return verbTrigger('PHRASAL_ENCOUNTERS', phrasal, token.index + 1);
    }
    if (inLexicon('INTERVIEW_VERBS')) return verbTrigger('INTERVIEW_VERBS', lemma);
    // "testified before the panel", "gave evidence to Lee's commission": the phrase ends at its noun
    if (inLexicon('HEARING_VERBS')) return verbTrigger('HEARING_VERBS', verb?.infinitive ?? lemma);
    const heard = `${verb?.infinitive ?? lemma} ${next?.normal ?? ''}`;
    if (next && isTriggerWord('HEARING_VERBS', heard))
      return verbTrigger('HEARING_VERBS', heard, token.index + 1);
    // "sat across the table from Okafor" (after "sat down with", a phrasal encounter)
    if (inLexicon('SEATING_VERBS')) return verbTrigger('SEATING_VERBS', verb?.infinitive ?? lemma);
    if (inLexicon('WALK_VERBS')) return verbTrigger('WALK_VERBS', lemma);
    if (inLexicon('SUMMONING_VERBS')) return verbTrigger('SUMMONING_VERBS', lemma);
    // "called in the ambassador": the phrasal verb ends at its particle, whatever the tagger made of "in"
    const called = `${verb?.infinitive ?? lemma} ${next?.normal ?? ''}`;
    if (next && isTriggerWord('SUMMONING_VERBS', called))
      return verbTrigger('SUMMONING_VERBS', called, token.index + 1);
    if (inLexicon('CONFRONTING_VERBS')) return verbTrigger('CONFRONTING_VERBS', lemma);
    // "shook Okafor's hand" (after "shook hands with", a phrasal encounter)
    if (inLexicon('HANDSHAKE_VERBS')) return verbTrigger('HANDSHAKE_VERBS', verb?.infinitive ?? lemma);
    // "took Okafor on a tour of the yard": the outing is checked by the row's trailing "on @OUTING_NOUNS"
    if (inLexicon('ESCORT_VERBS')) return verbTrigger('ESCORT_VERBS', verb?.infinitive ?? lemma);
    return null;
  }
  if (!token.tags.has('Noun') && !token.tags.has('Gerund') && !nounSlot) return null;
  if (token.tags.has('Gerund') && !nounLike) return null;
  const normal = hyphenatedCompound(reading, token).replace(/\u00e9/g, 'e');
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
  if (isTriggerWord('MEETING_NOUNS', normal)) {
    if ((normal === 'audience' || normal === 'consultations') && next?.normal !== 'with') return null;
    return {
      ...base,
      ...needsOf('MEETING_NOUNS'),
      kind: 'noun',
      lemma: token.lemma,
      lexicon: 'MEETING_NOUNS',
    };
  }
  // "had dinner with", "over lunch with": a meal is an encounter only when shared with someone
  // "had a private dinner with": articles and adjectives may stand between
  let host = token.index - 1;
  // ("a working lunch with", "a state banquet": a gerund or a common noun may modify the meal)
  while (
    host > 0 &&
    (tokens[host]!.tags.has('Determiner') ||
      tokens[host]!.tags.has('Adjective') ||
      isModifyingGerund(tokens, host) ||
      (host > token.index - 3 &&
        tokens[host]!.tags.has('Noun') &&
        !tokens[host]!.tags.has('Pronoun') &&
        /^[a-z]/.test(tokens[host]!.text) &&
        !/[,;:.!?]/.test(tokens[host]!.post)))
  )
    host -= 1;
  // "hosted a dinner for Okafor": a meal given for someone
  const given =
    next?.normal === 'for' && tokens[host] !== undefined && MEAL_GIVING_VERBS.has(tokens[host]!.lemma);
  const before = tokens[host];
  // "had dinner with", "over lunch with", "Duarte's dinner with" (the possessor shared it)
  const sharedWith =
    next?.normal === 'with' &&
    before !== undefined &&
    (MEAL_SHARING_VERBS.has(before.lemma) ||
      MEAL_SETTING_PREPOSITIONS.has(before.normal) ||
      isPossessiveClitic(reading, host) ||
      (host === token.index - 1 && /['\u2019]s$/i.test(before.text)));
  // "Duarte and Okafor had lunch": shared among a coordinated subject (the row needs two parties)
  const sharedAmong = next?.normal !== 'with' && before !== undefined && MEAL_SHARING_VERBS.has(before.lemma);
  // "a dinner hosted by Okafor", "a reception given by Okafor": a meal someone gave (the rows ask who else was at it)
  const givenBy = next?.tags.has('Verb') === true && tokens[token.index + 2]?.normal === 'by';
  // "attended Okafor's dinner", "at Okafor's banquet": a person's meal, attended or the setting of a clause
  const owned = ownedMeal(reading, host);
  if (isTriggerWord('MEAL_NOUNS', normal) && (sharedWith || sharedAmong || given || givenBy || owned)) {
    return { ...base, ...needsOf('MEAL_NOUNS'), kind: 'noun', lemma: normal, lexicon: 'MEAL_NOUNS' };
  }
  if (isTriggerWord('CONTACT_NOUNS', normal))
    return {
      ...base,
      ...needsOf('CONTACT_NOUNS'),
      kind: 'contact',
      lemma: token.lemma,
      lexicon: 'CONTACT_NOUNS',
    };
  return null;
}

// "attended Okafor's dinner", "at Okafor's banquet": a named possessor at `at`, after a sharing verb or a setting
// preposition
function ownedMeal(reading: SentenceReading, at: number): boolean {
  const { tokens } = reading;
  let owner = at;
  if (isPossessiveClitic(reading, owner)) owner -= 1;
  const token = tokens[owner];
  if (!token || token.mentions.length === 0 || !/['\u2019]s?$/i.test(token.text)) return false;
  let before = owner - 1;
  while (before > 0 && (tokens[before]!.tags.has('Determiner') || tokens[before]!.tags.has('Adjective')))
    before -= 1;
  const word = tokens[before];
  return (
    word !== undefined &&
    (MEAL_SHARING_VERBS.has(word.lemma) ||
      (MEAL_SETTING_PREPOSITIONS.has(word.normal) && word.normal !== 'with'))
  );
}

// "paid a visit to" -> the phrase of PHRASAL_VISIT_VERBS whose first word is this verb and whose other words follow it
function phrasalVisit(
  reading: SentenceReading,
  token: Token,
  infinitive: string,
): { phrase: string; last: number } | null {
  const heads = new Set([token.lemma, infinitive.split(' ')[0]]);
  for (const phrase of PHRASAL_VISIT_VERBS) {
    const [head = '', ...rest] = phrase.split(' ');
    if (!heads.has(head) || !isTriggerWord('PHRASAL_VISIT_VERBS', phrase)) continue;
    if (rest.every((word, k) => reading.tokens[token.index + 1 + k]?.normal === word))
      return { phrase, last: token.index + rest.length };
  }
  return null;
}

// "the day", "an hour", "two hours", "most of the afternoon" -> the index of the time noun, or -1
function spanOfTime(reading: SentenceReading, from: number): number {
  for (let i = from; i < Math.min(reading.tokens.length, from + 5); i += 1) {
    const token = reading.tokens[i]!;
    if (SHORT_SPANS.has(token.normal)) return i;
    // "spent Thursday with Okafor", "most of Thursday", "last Thursday": a named day is a span of a day
    // ("Thursday evening": the span named after it is the span)
    if (token.tags.has('WeekDay') && !SHORT_SPANS.has(reading.tokens[i + 1]?.normal ?? '')) return i;
    // "several amicable hours", "a long evening": adjectives may describe the span
    if (token.tags.has('Adjective') && !token.tags.has('Noun')) continue;
    // "about half an hour", "nearly two hours", "less than an hour", "forty minutes": a span told as about so
    // long; "Tuesday afternoon": the day it fell on
    if (
      !/^(the|a|an|last|this|most|much|part|of|several|two|three|four|five|six|whole|entire|best|half|about|nearly|almost|less|more|than|under|over|just|barely|some|around|roughly)$/.test(
        token.normal,
      ) &&
      !(token.tags.has('Value') && token.mentions.length === 0) &&
      !token.tags.has('WeekDay')
    )
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

// compromise splits "sit-down" and "tete-a-tete" into tokens: the compound ends at its last part
function hyphenatedCompound(reading: SentenceReading, token: Token): string {
  let first = token.index;
  while (first > 0 && reading.tokens[first - 1]!.post === '-') first -= 1;
  return reading.tokens
    .slice(first, token.index + 1)
    .map(t => t.normal)
    .join('-');
}
