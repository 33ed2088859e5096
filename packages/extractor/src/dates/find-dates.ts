// "The envoys held two rounds of talks last year, in May and in October" (published 2019-03-08)
//   -> "last year" 2018, "in May" 2018-05, "in October" 2018-10.
// compromise-dates finds and parses the expressions against the publication day; it reads bare weekdays and
// months forward (a scheduling habit), while news reports the past, so a bare "in July" or "on Thursday" that
// would fall after publication is moved back to the most recent one. Without a publication date only
// expressions that state their year keep a date: no guessed year.
import { nlpDates } from './nlp-dates';
import type { DateMatchJson } from './nlp-dates';
import type { NumericDateOrder } from './numeric-date-order';
import { toPartialDate } from './precision';
import { DATE_IDIOMS, PART_OF_DAY_MODIFIERS, POSSESSIVE_DATE_WORDS } from '../lexicon/date-phrases';

export interface DateExpression {
  /** As written, without trailing punctuation: "in July", "last year", "on Thursday". */
  text: string;
  /** Offsets within the sentence given to findDates. */
  start: number;
  end: number;
  /** ISO partial date ("2016", "2016-07", "2016-07-18"), or null when the expression cannot be resolved. */
  date: string | null;
  /** The text fixes its own year ("2016", "July 2016", "last year", "last December"), so no context may change it. */
  fixesYear: boolean;
  /** Only a year: "last year", "in 2016". */
  isYearOnly: boolean;
  /** The month ("07") a month or day expression names, kept even when its year is unknown ("in July", no publication date). */
  month: string | null;
}

export interface FindDatesOptions {
  /** Which way a bare "in July" / "on Thursday" points from the publication day. @default 'past' */
  direction?: 'past' | 'future';
  /** Which number of "04/03/2026" is the day, as the article's page writes them. @default 'month-first' */
  numericOrder?: NumericDateOrder;
}

/** Compromise needs some reference day; without a publication date only year-stating expressions are kept. */
const NO_REFERENCE_DAY = '2000-01-01';
const EXPLICIT_YEAR = /\b(1[6-9]|20)\d{2}\b/;
const RELATIVE_MARKER =
  /\b(last|next|this|past|coming|ago|yesterday|today|tomorrow|tonight|earlier|later|previous|following)\b/i;
const WEEKDAY = /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b/i;
const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const TRAILING = /[\s.,;:!?)"'\u2019\u201d]+$/;

/** A cheap test before `findDates` where a caller only wants days and months told plainly (a digit, a weekday, a
 * month or a relative word such as "yesterday" / "last"): false means `findDates` would find none of those. */
export function mayTellPlainDate(text: string): boolean {
  return /\d/.test(text) || WEEKDAY.test(text) || MONTH_NAME.test(text) || RELATIVE_MARKER.test(text);
}

/** Date expressions in one sentence, resolved against the article's publication day. */
export function findDates(
  sentenceText: string,
  publishedAt: string | null,
  { direction = 'past', numericOrder = 'month-first' }: FindDatesOptions = {},
): DateExpression[] {
  const today = publishedAt?.slice(0, 10) ?? NO_REFERENCE_DAY;
  return parseSpans(sentenceText, 0, today, numericOrder)
    .flatMap(match => splitCoordinated(match, sentenceText, today, numericOrder))
    .map(match => toExpression(match, publishedAt?.slice(0, 10) ?? null, direction))
    .filter((e): e is DateExpression => e !== null);
}

/** The first date expression in a phrase ("last December" -> 2018-12 when published in 2019), or null. */
export function resolveDate(
  phrase: string,
  publishedAt: string | null,
): { date: string | null; text: string } | null {
  const first = findDates(phrase, publishedAt)[0];
  return first ? { date: first.date, text: first.text } : null;
}

interface SpanMatch {
  text: string;
  start: number;
  parsed: DateMatchJson['dates'];
}

function parseSpans(
  text: string,
  base: number,
  today: string,
  numericOrder: NumericDateOrder = 'month-first',
): SpanMatch[] {
  const { masked, spans } = preRead(text, base, today, numericOrder);
  const found = nlpDates(masked).dates({ today, timezone: 'UTC' }).json({ offset: true });
  const read = found.map(m => {
    const raw = text.slice(m.offset.start, m.offset.start + m.offset.length);
    const trimmed = raw.replace(TRAILING, '');
    // compromise-dates reads "two weeks ago" but not "two weeks ago," with the comma it took in: read it again bare
    const parsed =
      !m.dates?.start && trimmed !== raw && trimmed
        ? (nlpDates(trimmed).dates({ today, timezone: 'UTC' }).json({ offset: true })[0]?.dates ?? m.dates)
        : m.dates;
    // "late yesterday", "early Monday": a part of the day is still that day
    const modified = PART_OF_DAY.exec(trimmed);
    if (!parsed?.start && modified) {
      const [day] = parseSpans(trimmed.slice(modified[0].length), 0, today);
      if (day?.parsed?.start) return { text: trimmed, start: base + m.offset.start, parsed: day.parsed };
    }
    return { text: trimmed, start: base + m.offset.start, parsed };
  });
  return [...spans, ...read.filter(r => !LONE_PREPOSITION.test(r.text))].sort((a, b) => a.start - b.start);
}

const WORDS = (list: readonly string[]) => list.map(w => w.replace(/ /g, '\\s+')).join('|');
/** "Monday's talks", "last week's summit": the possessor dates the noun (compromise reads "Monday's" as no date). */
const POSSESSIVE_DATE = new RegExp(
  `\\b((?:(?:last|this|next|past)\\s+)?(?:${WORDS(POSSESSIVE_DATE_WORDS)}))['\u2019]s\\b`,
  'gi',
);
const IDIOM = new RegExp(`\\b(?:${WORDS(DATE_IDIOMS.map(i => i.phrase))})\\b`, 'gi');
const PART_OF_DAY = new RegExp(`^(?:${WORDS(PART_OF_DAY_MODIFIERS)})\\s+`, 'i');
/** "04/03/2026", "4.3.2026": two numbers and a year. */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])/g;
/** compromise-dates sometimes returns a bare "After" as a date of today. */
const LONE_PREPOSITION = /^(?:after|before|since|until|by|from|during|on|in|at|for)$/i;

// Date phrases of the lexicon compromise cannot read as written are read apart ("Monday's" as "Monday", "last
// night" as "yesterday") and blanked out of the text compromise parses, so each is found once at its offsets.
function preRead(
  text: string,
  base: number,
  today: string,
  numericOrder: NumericDateOrder,
): { masked: string; spans: SpanMatch[] } {
  const spans: SpanMatch[] = [];
  let masked = text;
  const take = (start: number, written: string, readAs: string) => {
    const parsed = nlpDates(readAs).dates({ today, timezone: 'UTC' }).json({ offset: true })[0]?.dates;
    if (!parsed?.start) return;
    spans.push({ text: written, start: base + start, parsed });
    masked = masked.slice(0, start) + ' '.repeat(written.length) + masked.slice(start + written.length);
  };
  for (const m of text.matchAll(IDIOM)) {
    const idiom = DATE_IDIOMS.find(i => i.phrase === m[0].toLowerCase().replace(/\s+/g, ' '));
    if (idiom) take(m.index, m[0], idiom.readAs);
  }
  for (const m of masked.matchAll(POSSESSIVE_DATE)) {
    if (m[1] && !/^(week|weekend|month|year)$/i.test(m[1])) take(m.index, m[1], m[1]);
  }
  // "04/03/2026" on a page that puts the day first: compromise reads the month first, so it reads it swapped
  if (numericOrder === 'day-first') {
    for (const m of masked.matchAll(NUMERIC_DATE)) {
      const [day, month] = [Number(m[1]), Number(m[2])];
      if (day <= 12 && month <= 12) take(m.index, m[0], `${month}/${day}/${m[3]}`);
    }
  }
  return { masked, spans };
}

// "in March, two officials said": a count after a month and a comma is no day of that month
const MONTH_THEN_COUNT =
  /^(.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*,\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})$/i;

const WEEKDAY_THEN_DATE =
  /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,\s*((?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?)$/i;

// compromise joins "last year, in May" into one span read as May of this year: read the parts apart.
function splitCoordinated(
  match: SpanMatch,
  sentence: string,
  today: string,
  numericOrder: NumericDateOrder,
): SpanMatch[] {
  const counted = MONTH_THEN_COUNT.exec(match.text);
  if (counted?.[1]) return parseSpans(counted[1], match.start, today, numericOrder);
  // "on Tuesday, March 5": one day, named twice; the calendar date decides
  const named = WEEKDAY_THEN_DATE.exec(match.text);
  if (named?.[1]) {
    const [dated] = parseSpans(named[1], 0, today, numericOrder);
    if (dated?.parsed?.start) return [{ ...match, parsed: dated.parsed }];
  }
  if (!/,|\band\b/.test(match.text)) return [match];
  const parts: SpanMatch[] = [];
  // "on July 18, 2020": the year after a comma belongs to the day before it, so no piece starts with a bare year
  const pieces = /(?:[^,]|,(?=\s*\d{4}\b))+?(?=,(?!\s*\d{4}\b)|\s+and\s+|$)/g;
  for (const piece of match.text.matchAll(pieces)) {
    const lead = piece[0].match(/^\s*(and\s+)?/)?.[0].length ?? 0;
    const text = piece[0].slice(lead);
    const start = match.start + (piece.index ?? 0) + lead;
    if (sentence.slice(start, start + text.length) !== text) return [match];
    parts.push(...parseSpans(text, start, today, numericOrder));
  }
  return parts.length > 1 ? parts : [match];
}

function toExpression(
  match: SpanMatch,
  publishedAt: string | null,
  direction: 'past' | 'future',
): DateExpression | null {
  if (!match.text) return null;
  const fixesYear =
    EXPLICIT_YEAR.test(match.text) || (publishedAt !== null && RELATIVE_MARKER.test(match.text));
  const parsedStart = match.parsed?.start ?? null;
  const read = parsedStart ? toPartialDate(parsedStart, match.parsed?.end ?? null) : null;
  // only a month the words name: "on Thursday" or "last month" read without a publication day fall in no known month
  const month =
    read && read.length >= 7 && (publishedAt !== null || MONTH_NAME.test(match.text))
      ? read.slice(5, 7)
      : null;
  let date = read;
  if (date && !fixesYear) {
    date = publishedAt ? alignWithPublication(date, match.text, publishedAt, direction) : null;
  }
  return {
    text: match.text,
    start: match.start,
    end: match.start + match.text.length,
    date,
    fixesYear,
    isYearOnly: read !== null && read.length === 4,
    month,
  };
}

// A bare "on Thursday" read forward from a Friday is next week's; in a past-tense report it is yesterday.
function alignWithPublication(
  date: string,
  text: string,
  publishedAt: string,
  direction: 'past' | 'future',
): string {
  if (direction === 'future') return date;
  let aligned = date;
  // "on Friday" moves by weeks; "on Friday, 12 April" names its month and moves by years like "12 April"
  const isWeekday = aligned.length === 10 && WEEKDAY.test(text) && !MONTH_NAME.test(text);
  for (
    let guard = 0;
    aligned.slice(0, publishedAt.length) > publishedAt.slice(0, aligned.length) && guard < 60;
    guard++
  ) {
    aligned = isWeekday ? shiftDays(aligned, -7) : shiftYear(aligned, -1);
  }
  return aligned;
}

function shiftDays(isoDay: string, days: number): string {
  const t = Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function shiftYear(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}
