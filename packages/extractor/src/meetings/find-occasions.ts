// "met Okafor in May at a hotel in Geneva and again in October at her residence"
//   -> two occasions: 2018-05 "a hotel in Geneva", 2018-10 "Ana Duarte's residence" (published 2019-03-08).
// The clause of a meeting runs from its subject to the first clause boundary ("when", "according to", ";");
// its dates and places belong to the meeting, and coordinated dates split it into one occasion each.
import type { DateExpression } from '../dates';
import { anchorToYear, findDates } from '../dates';
import type { MeetingStatus } from '@news-kg/graph-model';
import type { Parties } from './find-parties';
import { nounPhraseStart } from './find-parties';
import { isModifyingGerund } from './noun-phrases';
import { findPhaseVerb } from './find-phase-verb';
import { findPlace, findTouredPlace, isVenueReadAsVerb } from './find-place';
import type { Trigger } from './trigger';
import {
  CLAUSE_BOUNDARIES,
  COUNT_WORDS,
  MEASURE_NOUNS,
  EVENT_RELATIVE_UNITS,
  PAST_PLAN_WORDS,
  PLACE_VISITING_VERBS,
  NOT_RECENT_WORDS,
  RELATIONAL_TIME_WORDS,
} from './lexicon';
import type { SentenceReading, Token } from './read-sentence';
import { endsPhrase } from './read-sentence';

/** Verbs that keep a meeting noun's clause going: "the meetings were held in Helsinki", "took place". */
const CONTINUING_VERBS = new Set([
  'hold',
  'take',
  'happen',
  'occur',
  'be',
  'is',
  'was',
  'were',
  'last',
  'come',
  'go',
]);

/** Where a meeting's date comes from: a date expression of the text, or the article's publication (news recency). */
export type DateBasis = 'text' | 'publication';

export interface Occasion {
  date: string | null;
  dateText: string | null;
  /** 'text' when a date expression dates it, 'publication' when only the publication does ("has met"); null undated. */
  dateBasis: DateBasis | null;
  /** The publication month (YYYY-MM) an undated report of one encounter falls in when the clause names no time at
   * all and nothing takes it out of the recent past; merging uses it only when no report of the meeting dates it. */
  recencyMonth: string | null;
  place: string | null;
  /** "07" for "in July" even when the year is unknown (no publication date): enough to tell meetings apart. */
  month: string | null;
}

export interface Occasions {
  occasions: Occasion[];
  /** How many encounters the words count: "twice", "two meetings", "both"; null when unsaid. */
  count: number | null;
  /** "meetings", "encounters": more than one, number unsaid. */
  plural: boolean;
}

// a plan reads its days forward ("will meet on Tuesday" is next Tuesday), except a plan told as of the past: "was
// expected to meet on Tuesday", "were due to hold talks on Monday" in a Friday paper are this week's days
function readsForward(reading: SentenceReading, parties: Parties, status: MeetingStatus): 'past' | 'future' {
  if (status !== 'planned') return 'past';
  const verb = parties.verb;
  const { tokens } = reading;
  if (!verb || tokens[verb.first - 1]?.normal !== 'to') return 'future';
  const was = /^(was|were)$/.test(tokens[verb.first - 3]?.normal ?? '');
  return was && PAST_PLAN_WORDS.has(tokens[verb.first - 2]?.normal ?? '') ? 'past' : 'future';
}

/** Dates, places and count of the encounter(s) one trigger reports. */
export function findOccasions(
  reading: SentenceReading,
  trigger: Trigger,
  parties: Parties,
  status: MeetingStatus,
  owner: string | null,
): Occasions {
  const { tokens } = reading;
  // "talks between X and Y broke down on Wednesday": the clause runs on through the meeting's own predicate
  const phase = findPhaseVerb(reading, trigger, parties);
  const windowEnd = Math.min(
    findClauseEnd(reading, (phase?.last ?? parties.settingEnd ?? parties.partiesEnd) + 1),
    relativeClauseEnd(reading, parties),
  );
  const windowStart = findClauseStart(reading, parties.clauseStart);
  const startOffset = tokens[windowStart]?.start ?? reading.sentence.start;
  const endOffset = tokens[windowEnd - 1]?.end ?? reading.sentence.end;
  const dates = datesOf(reading, windowStart, windowEnd, readsForward(reading, parties, status)).filter(
    d =>
      d.start >= startOffset &&
      d.end <= endOffset &&
      !isRelational(reading, d, windowStart, { from: trigger.index, to: parties.partiesEnd }) &&
      !withinTrigger(reading, trigger, d) &&
      !isIndefiniteOrLength(d) &&
      !withinRelativeClauseBefore(reading, d, windowStart, trigger.index),
  );
  const { count, plural } = findCount(reading, trigger, parties);
  // "lasted about an hour" is a length, not a date: only resolved years count
  const years = dates.filter(d => d.isYearOnly && d.date !== null);
  const year = years.length === 1 ? years[0]! : null;
  const specific = dedupeByDate(dates.filter(d => !d.isYearOnly));
  const afterTrigger = tokenIndexAt(reading, parties.partiesEnd + 1);
  // "In Geneva on Wednesday, Duarte met Okafor": a fronted place locates the meeting when none follows, and so
  // does one between a meeting noun and its parties ("talks in Tromso between Varga and Pernell")
  const inner = parties.innerPlace;
  const fronted =
    (inner?.toured ? findTouredPlace(reading, inner.from, inner.to, owner) : null) ??
    (inner ? findPlace(reading, inner.from, inner.to, owner) : null) ??
    (windowStart < parties.clauseStart
      ? findPlace(reading, windowStart, parties.clauseStart, owner)
      : null) ??
    antecedentPlace(reading, parties.clauseStart, owner);
  // "On Monday Lee flew to Oslo, where she met Okafor": a where-clause happens when its antecedent clause does
  const inherited =
    specific.length === 0 && !year ? antecedentDate(reading, parties.clauseStart, status) : null;
  if (inherited) specific.push(inherited);
  if (specific.length === 0) {
    const place = findPlace(reading, afterTrigger, windowEnd, owner) ?? fronted;
    const recent =
      year || status !== 'reported'
        ? null
        : (sinceBound(reading, parties) ??
          (plural || (count ?? 1) > 1 ? null : recentPast(reading, trigger, parties)));
    const date = recent?.date ?? year?.date ?? null;
    const undated =
      date === null &&
      status === 'reported' &&
      !plural &&
      (count ?? 1) <= 1 &&
      !namesAnyTime(reading, windowStart, windowEnd, trigger.index) &&
      !isOutOfRecentPast(reading, trigger, parties);
    return {
      occasions: [
        {
          date,
          dateText: recent?.text ?? year?.text ?? null,
          dateBasis: recent?.basis ?? (year ? 'text' : null),
          recencyMonth: undated ? publicationMonth(reading) : null,
          place,
          month: null,
        },
      ],
      count,
      plural,
    };
  }
  const firstDateToken = tokenIndexAtOffset(reading, specific[0]!.start);
  const shared = findPlace(reading, afterTrigger, Math.max(afterTrigger, firstDateToken), owner) ?? fronted;
  const occasions = specific.map((d, i) => {
    const from = tokenIndexAtOffset(reading, d.start);
    const next = specific[i + 1];
    const to = next ? tokenIndexAtOffset(reading, next.start) : windowEnd;
    const anchored =
      year?.date && !d.fixesYear && d.date ? anchorToYear(d.date, year.date.slice(0, 4)) : d.date;
    return {
      date: anchored,
      dateText: anchored !== d.date && year ? `${d.text} (${year.text})` : d.text,
      dateBasis: anchored ? ('text' as const) : null,
      recencyMonth: null,
      place: findPlace(reading, from, to, owner) ?? shared,
      month: d.month,
    };
  });
  // "met in July and in September" is two meetings; "met on Monday, July 3" one
  const split = occasions.length > 1 && (count === null || count >= occasions.length || plural);
  return { occasions: split ? occasions : occasions.slice(0, 1), count, plural };
}

function publicationMonth(reading: SentenceReading): string | null {
  const published = reading.analysis.article.publishedAt;
  return published && published.length >= 7 ? published.slice(0, 7) : null;
}

// "met Y for about an hour", "at noon" name no day; "on a Saturday", "two weeks after the vote", "in July" (no
// publication year) name a time the publication month may not be: any that starts in the meeting's clause, even
// when a clause boundary ("after") cuts it off
// ("The minister, who arrived on Sunday, was received by Okafor": the time of a relative clause set off before the
// meeting word is its own event's, which the meeting follows; when that time falls in the month of publication, so
// does the meeting, and the time does not keep news recency from dating it; "who resigned last month" does)
function inPublicationMonth(reading: SentenceReading, d: DateExpression): boolean {
  const published = reading.analysis.article.publishedAt;
  return !!published && d.date !== null && d.date.length >= 7 && d.date.slice(0, 7) === published.slice(0, 7);
}

function namesAnyTime(reading: SentenceReading, from: number, to: number, triggerIndex: number): boolean {
  const startOffset = reading.tokens[from]?.start ?? reading.sentence.start;
  const endOffset = reading.tokens[to - 1]?.end ?? reading.sentence.end;
  return datesOf(reading, from, reading.tokens.length, 'past').some(
    d =>
      d.start >= startOffset &&
      d.start < endOffset &&
      !HOUR_ONLY.test(d.text) &&
      !(d.date === null && LENGTH_OF_TIME.test(d.text)) &&
      !(inPublicationMonth(reading, d) && withinRelativeClauseBefore(reading, d, from, triggerIndex)),
  );
}

// "has never met", "had met before", "met regularly", "a previous meeting": not a recent encounter
function isOutOfRecentPast(reading: SentenceReading, trigger: Trigger, parties: Parties): boolean {
  const { tokens } = reading;
  const first = Math.min(parties.verb?.first ?? trigger.index, nounPhraseStart(reading, trigger.index));
  const around = tokens.slice(Math.max(0, first - 1), Math.min(tokens.length, trigger.last + 3));
  if (around.some(t => NOT_RECENT_WORDS.has(t.normal))) return true;
  // "met Okafor the day before the vote": a time told by another event, anywhere in the rest of the sentence
  return tokens.some(
    (t, i) =>
      i > trigger.last &&
      EVENT_RELATIVE_UNITS.has(t.normal) &&
      /^(before|after)$/.test(tokens[i + 1]?.normal ?? '') &&
      !endsPhrase(t),
  );
}

// "X has met Y", "a recent meeting": news tells a recent encounter in the present perfect or calls it recent; with
// no date of its own it falls in the month of publication (the text's own words as dateText)
function recentPast(
  reading: SentenceReading,
  trigger: Trigger,
  parties: Parties,
): { date: string; text: string; basis: DateBasis } | null {
  const published = reading.analysis.article.publishedAt;
  if (!published || published.length < 7) return null;
  const { tokens } = reading;
  const verb = parties.verb;
  const around = tokens.slice(
    Math.max(0, (verb?.first ?? trigger.index) - 1),
    Math.min(tokens.length, trigger.last + 3),
  );
  if (around.some(t => NOT_RECENT_WORDS.has(t.normal))) return null;
  if (verb && isPresentPerfect(verb)) {
    const text = tokens
      .slice(verb.first, verb.last + 1)
      .map(t => t.text)
      .join(' ');
    return { date: published.slice(0, 7), text, basis: 'publication' };
  }
  const modifier = tokens
    .slice(nounPhraseStart(reading, trigger.index), trigger.index)
    .find(t => /^(recent|latest)$/.test(t.normal));
  if (trigger.kind === 'noun' && modifier)
    return {
      date: published.slice(0, 7),
      text: `${modifier.text} ${tokens[trigger.index]!.text}`,
      basis: 'publication',
    };
  return null;
}

// "Y's meeting with Z, which followed an audience with X, lasted an hour at the palace": a relative clause set off
// by commas ends at its closing comma; what follows is the main clause's (tokens.length when not in one)
function relativeClauseEnd(reading: SentenceReading, parties: Parties): number {
  const { tokens } = reading;
  const verb = parties.verb;
  const pronoun = verb ? tokens[verb.first - 1] : undefined;
  if (!verb || !pronoun || !/^(which|who|that)$/.test(pronoun.normal)) return tokens.length;
  if (!/,/.test(tokens[verb.first - 2]?.post ?? '')) return tokens.length;
  for (let i = Math.max(verb.last, parties.partiesEnd); i < tokens.length; i += 1) {
    if (/[,;:]/.test(tokens[i]!.post)) return i + 1;
  }
  return tokens.length;
}

// "once the talks at the harbour inn were over, where she had faced X": a where-clause happens at the place
// its antecedent names
function antecedentPlace(reading: SentenceReading, clauseStart: number, owner: string | null): string | null {
  const { tokens } = reading;
  const where = tokens[clauseStart - 1];
  if (where?.normal !== 'where' || !/,/.test(tokens[clauseStart - 2]?.post ?? '')) return null;
  // the nearest place phrase before "where": "flew from Lisbon to Oslo, where …" is Oslo
  for (let from = clauseStart - 2; from >= Math.max(0, clauseStart - 12); from -= 1) {
    const place = findPlace(reading, from, clauseStart - 1, owner);
    if (place) return place;
  }
  // "visited Rosedale Hospital on Friday, where she met …": the place visited, the object of its verb
  const visit = reading.verbs.filter(v => v.last < clauseStart - 1 && v.last >= clauseStart - 12).pop();
  if (!visit || !PLACE_VISITING_VERBS.has(visit.infinitive)) return null;
  return findTouredPlace(reading, visit.last + 1, clauseStart - 1, owner);
}

// "On Monday Lee flew to Oslo, where she met Okafor": the one day the clause before ", where" names
function antecedentDate(
  reading: SentenceReading,
  clauseStart: number,
  status: MeetingStatus,
): DateExpression | null {
  const { tokens } = reading;
  if (tokens[clauseStart - 1]?.normal !== 'where' || !/,/.test(tokens[clauseStart - 2]?.post ?? ''))
    return null;
  const days = datesOf(reading, 0, clauseStart - 1, status === 'planned' ? 'future' : 'past').filter(
    d =>
      d.date !== null &&
      !d.isYearOnly &&
      !isRelational(reading, d, 0) &&
      !isIndefiniteOrLength(d) &&
      !withinRelativeClauseBefore(reading, d, 0, clauseStart - 1),
  );
  return days.length === 1 ? days[0]! : null;
}

/** "on a Saturday", "one Monday", "every Friday": a day of no particular week. */
const INDEFINITE_DAY = /^(?:on\s+)?(?:a|an|one|some|any|every|each)\s/i;
/** "for about an hour", "two days", "several hours": a length of time, not when. */
const LENGTH_OF_TIME =
  /^(?:for\s+)?(?:(?:about|around|nearly|almost|some|roughly|over|under|just|barely|at least|more than|less than)\s+)?(?:half\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|several|a few|few|\d+)\s+(?:more\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)$/i;

/** "at noon", "at 3pm": an hour of some day the words do not name. */
const HOUR_ONLY =
  /^(?:at\s+|by\s+|around\s+|about\s+)?(?:noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?))$/i;

// "said he had met Y 'on a Saturday'", "met Y for about an hour", "ended at noon": none says which day
function isIndefiniteOrLength(d: DateExpression): boolean {
  return (
    INDEFINITE_DAY.test(d.text) || HOUR_ONLY.test(d.text) || (d.date === null && LENGTH_OF_TIME.test(d.text))
  );
}

// "Since the vote two weeks ago, X has attended two meetings with Y" (published 2022-11-26): a perfect bounded by
// "since" tells encounters between that date and publication; when both fall in one month (or year), so do they
function sinceBound(
  reading: SentenceReading,
  parties: Parties,
): { date: string; text: string; basis: DateBasis } | null {
  const published = reading.analysis.article.publishedAt;
  const verb = parties.verb;
  if (!published || published.length < 10 || !verb || !isPresentPerfect(verb)) return null;
  const { tokens } = reading;
  const since = tokens.findIndex(t => t.normal === 'since');
  if (since < 0) return null;
  const bound = datesOf(reading, since + 1, Math.min(tokens.length, since + 16), 'past').find(
    d => d.date !== null && d.date.length >= 7 && d.date <= published,
  );
  if (!bound?.date) return null;
  const shared =
    bound.date.slice(0, 7) === published.slice(0, 7)
      ? 7
      : bound.date.slice(0, 4) === published.slice(0, 4)
        ? 4
        : 0;
  return shared > 0 ? { date: published.slice(0, shared), text: `since ${bound.text}`, basis: 'text' } : null;
}

function isPresentPerfect(verb: NonNullable<Parties['verb']>): boolean {
  return /perfect/.test(verb.form) && /^(has|have|'s|'ve)\b/.test(verb.auxiliary);
}

// compromise-dates parses its text again: only the clause, only when a word in it looks like a date
function datesOf(
  reading: SentenceReading,
  from: number,
  to: number,
  direction: 'past' | 'future',
): DateExpression[] {
  const window = reading.tokens.slice(from, to);
  if (!window.some(looksLikeDate)) return [];
  const key = `dates:${from}:${to}:${direction}`;
  const known = reading.memo.get(key) as DateExpression[] | undefined;
  if (known) return known;
  const start = window[0]!.start;
  const text = reading.analysis.text.slice(start, window[window.length - 1]!.end);
  const { publishedAt, numericDateOrder } = reading.analysis.article;
  const found = findDates(text, publishedAt, { direction, numericOrder: numericDateOrder }).map(d => ({
    ...d,
    start: d.start + start,
    end: d.end + start,
  }));
  reading.memo.set(key, found);
  return found;
}

const DATE_WORDS =
  /^(yesterday|today|tonight|tomorrow|ago|last|next|this|earlier|later|week|weekend|month|year|spring|summer|autumn|fall|winter)$/;

function looksLikeDate(token: SentenceReading['tokens'][number]): boolean {
  return (
    ['Date', 'Month', 'WeekDay', 'Time', 'Duration', 'Holiday'].some(tag => token.tags.has(tag)) ||
    /^\d{1,4}(st|nd|rd|th)?$/.test(token.normal) ||
    DATE_WORDS.test(token.normal)
  );
}

// "spent the evening with Okafor": the span of time is part of the trigger, not the meeting's date
// ("spent most of Thursday with Okafor", "spent Tuesday evening with Okafor": a named day in the span dates it)
function withinTrigger(
  reading: SentenceReading,
  trigger: Trigger,
  d: { start: number; end: number },
): boolean {
  if (trigger.last === trigger.index) return false;
  if (reading.tokens.slice(trigger.index + 1, trigger.last + 1).some(t => t.tags.has('WeekDay')))
    return false;
  const from = reading.tokens[trigger.index + 1]!.start;
  const to = reading.tokens[trigger.last]!.end;
  return d.start >= from && d.end <= to;
}

function findCount(
  reading: SentenceReading,
  trigger: Trigger,
  parties: Parties,
): { count: number | null; plural: boolean } {
  const { tokens } = reading;
  if (trigger.kind === 'verb') {
    for (let i = trigger.last + 1; i <= Math.min(tokens.length - 1, parties.partiesEnd + 3); i += 1) {
      const word = tokens[i]!.normal;
      if (word in COUNT_WORDS && (word.endsWith('ce') || tokens[i + 1]?.normal === 'times'))
        return { count: COUNT_WORDS[word]!, plural: COUNT_WORDS[word]! > 1 };
      if (/^(several|many|multiple|numerous|repeatedly|regularly|often)$/.test(word))
        return { count: null, plural: true };
    }
    return { count: null, plural: false };
  }
  const head = tokens[trigger.index]!;
  for (let i = nounPhraseStart(reading, trigger.index); i < trigger.index; i += 1) {
    const word = tokens[i]!.normal;
    if (word === 'either' || word === 'neither') return { count: 2, plural: true };
    // "a two-hour meeting": the number measures the length of one meeting
    // "two hours of talks" measures their length, "two rounds of talks" counts sessions of one negotiation
    const measures =
      (tokens[i + 1]?.tags.has('Duration') === true && /-/.test(tokens[i]!.post)) ||
      MEASURE_NOUNS.has(tokens[i + 1]?.normal ?? '');
    if (word in COUNT_WORDS && !measures)
      return { count: COUNT_WORDS[word]!, plural: COUNT_WORDS[word]! > 1 };
  }
  const plural = head.tags.has('Plural') && !/^talks$/.test(head.normal);
  return { count: plural ? null : 1, plural };
}

function findClauseStart(reading: SentenceReading, clauseStart: number): number {
  // "On Thursday, Duarte met Okafor": a fronted date or place before the subject belongs to the clause
  const before = reading.tokens.slice(0, clauseStart);
  const hasVerb = before.some(t => t.tags.has('Verb'));
  if (!hasVerb && before.length <= 6 && before[0]?.tags.has('Preposition')) return 0;
  // "At the Kentmoor trade fair on Tuesday, Kass had …": a longer fronted phrase closed by the one comma before
  // the subject, no verb in it but a noun compromise took for one ("trade")
  const commas = before.filter(t => /,/.test(t.post));
  const closing = before.findIndex(t => /,/.test(t.post));
  return before[0]?.tags.has('Preposition') &&
    commas.length === 1 &&
    closing <= FRONTED_SPAN &&
    !/[;:—–]/.test(before.map(t => t.post).join('')) &&
    before.every((t, i) => !t.tags.has('Verb') || isNounReadAsVerb(before, i))
    ? 0
    : clauseStart;
}

/** How many words a fronted place or time phrase may have before its comma. */
const FRONTED_SPAN = 10;

// "the Kentmoor trade fair": a lower-case present form inside a noun phrase, after a modifier, before a noun
function isNounReadAsVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  return (
    /^[a-z]/.test(token.text) &&
    (token.tags.has('Infinitive') || token.tags.has('PresentTense')) &&
    !token.tags.has('Gerund') &&
    !token.tags.has('Auxiliary') &&
    prev !== undefined &&
    !endsPhrase(prev) &&
    ['Determiner', 'Adjective', 'Noun', 'ProperNoun'].some(tag => prev.tags.has(tag)) &&
    next !== undefined &&
    next.tags.has('Noun') &&
    !next.tags.has('Verb')
  );
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

/** The index after a comma-set relative clause opening at `at` ("who led the takeover,") when a place or date
 * phrase follows its closing comma; -1 otherwise. */
function skipRelativeClause(tokens: readonly Token[], at: number): number {
  if (!RELATIVE_PRONOUNS.has(tokens[at]?.normal ?? '')) return -1;
  for (let k = at; k < tokens.length && k < at + 25; k += 1) {
    const post = tokens[k]!.post;
    if (/[;:.!?\u2014\u2013]/.test(post)) return -1;
    if (/,/.test(post)) {
      const after = tokens[k + 1];
      return after && (after.tags.has('Preposition') || after.tags.has('Date')) ? k + 1 : -1;
    }
  }
  return -1;
}

// "Duarte, who met Lee last month, dined with Okafor on Friday": a comma-set relative clause between the subject
// and the trigger tells its own event; its dates are not the trigger's
function withinRelativeClauseBefore(
  reading: SentenceReading,
  date: DateExpression,
  windowStart: number,
  triggerIndex: number,
): boolean {
  const { tokens } = reading;
  const at = tokenIndexAtOffset(reading, date.start);
  for (let k = Math.max(windowStart, 1); k < triggerIndex; k += 1) {
    if (!RELATIVE_PRONOUNS.has(tokens[k]!.normal) || !/,/.test(tokens[k - 1]!.post)) continue;
    let close = k;
    while (close < triggerIndex && !/,/.test(tokens[close]!.post)) close += 1;
    if (close < triggerIndex && at >= k && at <= close) return true;
  }
  return false;
}

// "through the palace gardens on Saturday": a venue noun compromise took for a verb, after "the" and a lower-case
// modifier, is the end of a place phrase, not a new clause
function isVenueAfterModifier(tokens: readonly Token[], at: number): boolean {
  const modifier = tokens[at - 1];
  return (
    modifier !== undefined &&
    /^[a-z]/.test(modifier.text) &&
    !endsPhrase(modifier) &&
    (modifier.tags.has('Noun') || modifier.tags.has('Adjective')) &&
    at >= 2 &&
    isVenueReadAsVerb(tokens, at - 2, at)
  );
}

// "through the flooded streets of Marlow on Saturday": a past participle between a determiner and a lower-case
// noun modifies the noun
function isParticipleModifier(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  const next = tokens[at + 1];
  return (
    token.tags.has('PastTense') &&
    /^[a-z]/.test(token.text) &&
    !endsPhrase(token) &&
    tokens[at - 1]?.tags.has('Determiner') === true &&
    next !== undefined &&
    /^[a-z]/.test(next.text) &&
    next.tags.has('Noun') &&
    !next.tags.has('Verb') &&
    !next.tags.has('Pronoun')
  );
}

function findClauseEnd(reading: SentenceReading, from: number): number {
  const { tokens } = reading;
  for (let i = from; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    // "met X, who led the takeover, at his home last week": a relative clause set off by commas describes the
    // last party; the meeting's own place and date may follow it
    const skipped = i > 0 && /,/.test(tokens[i - 1]!.post) ? skipRelativeClause(tokens, i) : -1;
    if (skipped > 0) {
      i = skipped - 1;
      continue;
    }
    if (CLAUSE_BOUNDARIES.has(token.normal)) return i;
    // "talks with Okafor led to his dismissal last week": a new verb starts another clause
    if (
      token.tags.has('Verb') &&
      !CONTINUING_VERBS.has(token.lemma) &&
      !token.tags.has('Auxiliary') &&
      !isModifyingGerund(tokens, i) &&
      !isVenueAfterModifier(tokens, i) &&
      !isParticipleModifier(tokens, i)
    )
      return i;
    if (/;|--|\u2014|\u2013|:/.test(token.post)) return i + 1;
    const next = tokens[i + 1];
    // a comma continues the clause only before another date or place: ", and in October at her residence"
    if (
      /,/.test(token.post) &&
      next &&
      !(
        next.tags.has('Preposition') ||
        next.normal === 'and' ||
        next.tags.has('Date') ||
        next.tags.has('Month') ||
        next.tags.has('WeekDay')
      )
    )
      return i + 1;
  }
  return tokens.length;
}

// "before the election in November 2016": the date is the election's, not the meeting's
function isRelational(
  reading: SentenceReading,
  date: DateExpression,
  windowStart: number,
  // the tokens from the trigger to the parties' end: "testified before the panel on Tuesday" — that "before" opens
  // the parties, it relates no time
  own: { from: number; to: number } = { from: -1, to: -1 },
): boolean {
  if (date.text.split(/\s+/).some(w => RELATIONAL_TIME_WORDS.has(w.toLowerCase()))) return true;
  const first = tokenIndexAtOffset(reading, date.start);
  for (let i = first - 1; i >= Math.max(windowStart, first - 7); i -= 1) {
    const token = reading.tokens[i]!;
    if (/,/.test(token.post) || token.tags.has('Verb') || isPersonMention(reading, token)) return false;
    // "by March" is a deadline; "received by Macron on Tuesday" is an agent
    if (token.normal === 'by') return i === first - 1;
    if (RELATIONAL_TIME_WORDS.has(token.normal)) return !(i >= own.from && i <= own.to);
  }
  return false;
}

function isPersonMention(reading: SentenceReading, token: SentenceReading['tokens'][number]): boolean {
  return token.mentions.some(m => reading.analysis.entities.get(m.entityId)?.label === 'Person');
}

function dedupeByDate(dates: DateExpression[]): DateExpression[] {
  const seen = new Set<string>();
  return dates.filter(d => {
    const key = d.date ?? d.month ?? d.text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function tokenIndexAtOffset(reading: SentenceReading, offset: number): number {
  const i = reading.tokens.findIndex(t => t.end > offset);
  return i < 0 ? reading.tokens.length : i;
}

function tokenIndexAt(reading: SentenceReading, index: number): number {
  return Math.min(index, reading.tokens.length);
}
