// "Duarte denied meeting Okafor" -> denied; "a future meeting between" / "plans to meet" -> planned;
// "did not deny meeting" -> reported; "would not confirm or deny meeting" / "if they met" -> null (left out).
import type { MeetingStatus } from '@news-kg/graph-model';
import type { Parties } from './find-parties';
import type { Trigger } from './trigger';
import {
  NOW_ADVERBS,
  CLAIM_NOUNS,
  FALSITY_WORDS,
  TRUTH_WORDS,
  CONDITIONAL_WORDS,
  DENIAL_WORDS,
  HEARSAY_WORDS,
  HYPOTHETICAL_MODALS,
  PLANNING_WORDS,
  PROSPECTIVE_MODIFIERS,
} from './lexicon';
import type { SentenceReading, Token, VerbPhrase } from './read-sentence';
import { verbAt } from './read-sentence';

const NEGATORS = new Set(['not', 'never', "n't", 'no']);
const GOVERNOR_PATH = new Set([
  'that',
  'having',
  'ever',
  'any',
  'of',
  'about',
  'the',
  'a',
  'an',
  'to',
  'reports',
  'report',
  'media',
  'all',
  'further',
  'other',
]);
const CALLED_OFF = new Set(['cancel', 'postpone', 'scrap', 'delay', 'suspend', 'shelve', 'abandon']);
const FAILED_OR_REFUSED = new Set(['refuse', 'decline', 'fail', 'cancel', 'postpone', 'call off', 'avoid']);

/** The status of the encounter a trigger reports, or null when the text leaves it open. */
export function findStatus(
  reading: SentenceReading,
  trigger: Trigger,
  parties: Parties,
): MeetingStatus | null {
  if (/\?\s*["'\u201d\u2019]?\s*$/.test(reading.sentence.text)) return null;
  if (isConditional(reading, parties.clauseStart)) return null;
  const verb = parties.verb;
  const prospective = isProspective(reading, trigger, parties);
  if (prospective === 'open') return null;
  if (prospective) return prospective;
  if (isCalledUntrue(reading, trigger, parties)) return 'denied';
  const governed = governorStatus(reading, parties);
  if (governed !== undefined) return governed;
  if (isCalledOff(reading, parties)) return 'planned';
  if (trigger.kind === 'noun' && !verb && isDatedAhead(reading, parties)) return 'planned';
  if (trigger.kind !== 'verb' && neverHappened(reading, parties)) return 'denied';
  if (verb && isNegated(reading, verb)) return negatedUntil(reading, verb) ? null : 'denied';
  if (trigger.kind !== 'verb' && reading.tokens[parties.clauseStart]?.normal === 'no') return 'denied';
  return 'reported';
}

// "is now meeting", "are currently meeting": an adverb of the present inside the progressive
function isUnderWayNow(reading: SentenceReading, verb: VerbPhrase): boolean {
  return reading.tokens.slice(verb.first, verb.last + 1).some(t => NOW_ADVERBS.has(t.normal));
}

function isNegated(reading: SentenceReading, verb: VerbPhrase): boolean {
  if (verb.negative) return true;
  for (let i = Math.max(0, verb.first - 2); i <= verb.last; i += 1) {
    if (NEGATORS.has(reading.tokens[i]?.normal ?? '')) return true;
  }
  return false;
}

// "did not meet again until June": a gap before a meeting, not a denial (the meeting itself is told elsewhere)
function negatedUntil(reading: SentenceReading, verb: VerbPhrase): boolean {
  const { tokens } = reading;
  for (let i = verb.last + 1; i < Math.min(tokens.length, verb.last + 8); i += 1) {
    if (/^(until|till)$/.test(tokens[i]!.normal)) return true;
    if (/[,;:]/.test(tokens[i]!.post)) return false;
  }
  return false;
}

// "will meet", "could meet", "plans to meet", "a future meeting", "the prospects of talks"
function isProspective(
  reading: SentenceReading,
  trigger: Trigger,
  parties: Parties,
): MeetingStatus | 'open' | null {
  const { tokens } = reading;
  const verb = parties.verb;
  if (verb) {
    const aux = verb.auxiliary.toLowerCase().split(/\s+/);
    if (verb.tense === 'FutureTense' || aux.some(a => /^(will|shall|'ll|wo)$/.test(a))) return 'planned';
    if (aux.some(a => HYPOTHETICAL_MODALS.has(a))) return 'planned';
    // "After meeting Okafor, Duarte will fly home", "Duarte, meeting Okafor on Friday, will ask": a participle
    // clause with no verb governing it takes the time of the clause it is set in
    if (!parties.governing && isNonFiniteVerb(reading, verb) && tokens[verb.first - 1]?.normal !== 'to') {
      const main = reading.verbs.find(v => v.first > parties.partiesEnd && !isNonFiniteVerb(reading, v));
      const mainAux = main?.auxiliary.toLowerCase().split(/\s+/) ?? [];
      if (main && (main.tense === 'FutureTense' || mainAux.some(a => /^(will|shall|'ll|wo)$/.test(a))))
        return 'planned';
    }
    // "Duarte meets Okafor on Friday", "is meeting Okafor": in an article body the present tells a schedule;
    // "is now meeting Okafor", "is currently meeting" (a live report) tells what is under way
    if (
      trigger.kind === 'verb' &&
      verb.tense === 'PresentTense' &&
      !/perfect/.test(verb.form) &&
      !isNonFiniteVerb(reading, verb) &&
      !verb.negative
    )
      return verb.form === 'progressive' && isUnderWayNow(reading, verb) ? 'reported' : 'planned';
    if (tokens[verb.first - 1]?.normal === 'to') {
      const governor = parties.governing ?? verbAt(reading, verb.first - 2);
      // "are said to have met", "is believed to have met": a past encounter, unless only alleged
      if (/perfect/.test(verb.form))
        return governor && /^(allege|claim|rumor|rumour|suspect|accuse)$/.test(governor.infinitive)
          ? 'open'
          : 'reported';
      // "declined to meet" did not happen; "did not refuse to meet" says nothing sure either
      if (governor && FAILED_OR_REFUSED.has(governor.infinitive)) return 'open';
      if (governor && /^(manage|go on)$/.test(governor.infinitive))
        return isNegated(reading, governor) ? 'open' : 'reported';
      return 'planned';
    }
  }
  if (trigger.kind !== 'verb') {
    for (let i = Math.max(0, parties.clauseStart - 2); i < trigger.index; i += 1) {
      if (PROSPECTIVE_MODIFIERS.has(tokens[i]?.normal ?? '')) return 'planned';
    }
  }
  return null;
}

// "denied meeting", "denied that they met", "rejected claims that", "did not deny meeting", "allegations that"
function governorStatus(reading: SentenceReading, parties: Parties): MeetingStatus | null | undefined {
  const { tokens } = reading;
  let hearsay = false;
  let at = parties.governing ? parties.governing.last : parties.clauseStart - 1;
  // "denied ever meeting", "has repeatedly denied meeting": the denial word stands inside the governing phrase
  if (parties.governing) {
    for (let k = parties.governing.last; k >= parties.governing.first; k -= 1) {
      if (DENIAL_WORDS.has(tokens[k]!.normal) || DENIAL_WORDS.has(tokens[k]!.lemma)) {
        at = k;
        break;
      }
    }
  }
  for (let steps = 0; at >= 0 && steps < 8; steps += 1, at -= 1) {
    const token = tokens[at]!;
    if (HEARSAY_WORDS.has(token.normal)) hearsay = true;
    if (DENIAL_WORDS.has(token.normal) || DENIAL_WORDS.has(token.lemma)) {
      if (
        /^(confirm|confirmed)$/.test(tokens[at - 2]?.normal ?? '') &&
        /^(or|nor)$/.test(tokens[at - 1]?.normal ?? '')
      )
        return null;
      const verb = verbAt(reading, at);
      return verb && isNegated(reading, verb) ? 'reported' : 'denied';
    }
    const verb = verbAt(reading, at);
    // compromise reads "claims" in "denied claims by …" as a verb; right after another verb it is its object
    const before = verbAt(reading, at - 1);
    const objectNoun = CLAIM_NOUNS.has(token.normal) && !!verb && !!before && before !== verb;
    if (verb && !objectNoun) {
      if (PLANNING_WORDS.has(verb.infinitive)) return 'planned';
      break;
    }
    if (objectNoun || CLAIM_NOUNS.has(token.normal)) continue;
    if (
      !GOVERNOR_PATH.has(token.normal) &&
      !HEARSAY_WORDS.has(token.normal) &&
      !token.tags.has('Adjective')
    ) {
      const agent = claimAgentStart(reading, at);
      if (agent < 0) break;
      at = agent;
    }
  }
  return hearsay ? null : undefined;
}

// "it was not true that she had met him", "it is false that they met": the meeting's clause is called untrue
function isCalledUntrue(reading: SentenceReading, trigger: Trigger, parties: Parties): boolean {
  const { tokens } = reading;
  for (
    let k = trigger.index - 1;
    k >= Math.max(0, Math.min(parties.clauseStart, trigger.index) - 4);
    k -= 1
  ) {
    if (tokens[k]!.normal === 'that' && callsUntrue(tokens, k)) return true;
  }
  return false;
}

/** "not true", "never true", "untrue", "false", "baseless" right before the "that" of a clause. */
function callsUntrue(tokens: readonly Token[], that: number): boolean {
  const word = tokens[that - 1]?.normal ?? '';
  if (FALSITY_WORDS.has(word)) return true;
  return TRUTH_WORDS.has(word) && /^(not|never|n't)$/.test(tokens[that - 2]?.normal ?? '');
}

// "denied claims by the embassy that she had met him", "reports in the local press that": the source of the
// claim sits between the noun and its "that" clause; the index of the preposition (so the walk goes on to the
// noun), or -1 when `at` is in no such phrase
function claimAgentStart(reading: SentenceReading, at: number): number {
  const { tokens } = reading;
  for (let i = at; i >= Math.max(1, at - 6); i -= 1) {
    if (i < at && /[,;:]/.test(tokens[i]!.post)) return -1;
    if (/^(by|from|in)$/.test(tokens[i]!.normal)) return CLAIM_NOUNS.has(tokens[i - 1]!.normal) ? i : -1;
    if (verbAt(reading, i)) return -1;
  }
  return -1;
}

function isConditional(reading: SentenceReading, clauseStart: number): boolean {
  for (let i = clauseStart - 1; i >= Math.max(0, clauseStart - 3); i -= 1) {
    if (CONDITIONAL_WORDS.has(reading.tokens[i]?.normal ?? '')) return true;
  }
  return false;
}

function isNonFiniteVerb(reading: SentenceReading, verb: VerbPhrase): boolean {
  return (
    reading.tokens[verb.first - 1]?.normal === 'to' ||
    verb.form === 'gerund' ||
    (reading.tokens[verb.first]?.tags.has('Gerund') === true && verb.auxiliary === '')
  );
}

// "the meeting on Tuesday was cancelled", "talks were postponed": announced, never held
function isCalledOff(reading: SentenceReading, parties: Parties): boolean {
  for (let i = parties.partiesEnd + 1; i < Math.min(reading.tokens.length, parties.partiesEnd + 8); i += 1) {
    const verb = verbAt(reading, i);
    const token = reading.tokens[i]!;
    if (verb && CALLED_OFF.has(token.lemma)) return true;
    if (verb && /^(call|put)$/.test(token.lemma) && reading.tokens[i + 1]?.normal === 'off') return true;
  }
  return false;
}

// "the meeting never took place", "talks between X and Y did not happen"
function neverHappened(reading: SentenceReading, parties: Parties): boolean {
  const verb = verbAt(reading, parties.partiesEnd + 1) ?? verbAt(reading, parties.partiesEnd + 2);
  if (!verb || !isNegated(reading, verb)) return false;
  const head = reading.tokens[verb.last]!.lemma;
  return (
    /^(happen|occur|exist)$/.test(head) ||
    (head === 'take' && reading.tokens[verb.last + 1]?.normal === 'place')
  );
}

// "X's meeting with Y on Friday is the day before the vote", "talks between X and Y on 3 May will …": a meeting noun
// with a day of its own, subject of a present or future predicate, is still ahead (a past one "was")
function isDatedAhead(reading: SentenceReading, parties: Parties): boolean {
  const { tokens } = reading;
  let at = parties.partiesEnd + 1;
  let dated = false;
  while (at < tokens.length && at <= parties.partiesEnd + 6 && !verbAt(reading, at)) {
    const token = tokens[at]!;
    if (['Date', 'WeekDay', 'Month'].some(tag => token.tags.has(tag))) dated = true;
    else if (!/^(on|in|at|the|of|\d+\.?)$/.test(token.normal) && !token.tags.has('Value')) return false;
    at += 1;
  }
  const predicate = verbAt(reading, at);
  if (!dated || !predicate || predicate.first !== at) return false;
  const head = tokens[predicate.first]!.normal;
  return predicate.tense === 'FutureTense' || (predicate.tense === 'PresentTense' && /^(is|are)$/.test(head));
}
