// "Duarte arrived in Tarvena on Monday. She met Okafor at the palace." -> the palace in Tarvena: a meeting told
// without a town takes the destination of the journey the sentence next to it narrates for one of its parties.
// "Duarte met Okafor on Tuesday." + the photo caption "Duarte (left) and Okafor at the Grand Hotel in Tarvena"
// -> the Grand Hotel in Tarvena: a caption showing the parties of a meeting told in the prose gives its place.
// Both only fill in where a meeting was: they never tell a meeting.
import type { ArticleAnalysis, Sentence } from '../analysis';
import type { CountedMeetingFact as MeetingFact } from './meeting-fact';
import { findDates, mayTellPlainDate } from '../dates/find-dates';
import { findPlace, findTouredPlace } from './find-place';
import { CALLED_IN_VERBS, TRAVEL_VERBS } from './lexicon';
import type { SentenceReading, VerbPhrase } from './read-sentence';
import { endsPhrase, readSentence } from './read-sentence';
import { summarizeMeeting } from './summarize';

/** Fills the place of single reported meetings from a neighbouring journey or a caption showing their parties. */
export function placeFromContext(analysis: ArticleAnalysis, facts: MeetingFact[]): void {
  const body = analysis.sentences.filter(s => s.zone === 'body');
  const captions = analysis.sentences.filter(s => s.zone === 'caption' || isPhotoCaption(s.text));
  const readings = new Map<Sentence, SentenceReading>();
  const read = (s: Sentence) => {
    let r = readings.get(s);
    if (!r) readings.set(s, (r = readSentence(analysis, s)));
    return r;
  };
  for (const fact of facts) {
    if (fact.status !== 'reported' || fact.attachOnly || fact.plural || (fact.count ?? 1) > 1) continue;
    const at = body.findIndex(s => s.start === fact.evidence.start);
    if (at < 0) continue;
    if (dateFromJourney(read, body[at - 1], fact)) {
      const names = fact.participantIds.map(id => analysis.entities.get(id)?.name ?? id);
      fact.summary = summarizeMeeting(names, fact.date, fact.place, fact.status);
    }
    if (fact.place !== null && !isUnnamedVenue(fact.place)) continue;
    const place =
      ownJourneyPlace(read(body[at]!), fact) ??
      journeyPlace(read, body[at - 1], fact, 'before') ??
      journeyPlace(read, body[at + 1], fact, 'after') ??
      captionPlace(read, captions, fact, facts) ??
      datelinePlace(analysis, fact);
    if (!place) continue;
    const merged = mergePlaces(fact.place, place);
    if (merged === fact.place) continue;
    fact.place = merged;
    const names = fact.participantIds.map(id => analysis.entities.get(id)?.name ?? id);
    fact.summary = summarizeMeeting(names, fact.date, fact.place, fact.status);
  }
}

// "She arrived in Tarvena on Monday." before the meeting, "Duarte had flown to Tarvena." after it: a journey of a
// party, told as done (after the meeting only as what had happened before it), ends where the meeting was
function journeyPlace(
  read: (s: Sentence) => SentenceReading,
  sentence: Sentence | undefined,
  fact: MeetingFact,
  side: 'before' | 'after',
): string | null {
  const journey = journeyOf(read, sentence, fact, side);
  return journey ? findPlace(journey.reading, journey.from, journey.to, null) : null;
}

// the clause after the verb of a party's journey told in `sentence` (see journeyPlace), or null
function journeyOf(
  read: (s: Sentence) => SentenceReading,
  sentence: Sentence | undefined,
  fact: MeetingFact,
  side: 'before' | 'after',
): { reading: SentenceReading; from: number; to: number } | null {
  if (!sentence) return null;
  const reading = read(sentence);
  const { tokens } = reading;
  const verb = reading.verbs.find(v => {
    const head = tokens[v.last]!;
    return (
      (head.tags.has('Verb') && TRAVEL_VERBS.has(head.lemma) && TRAVEL_VERBS.has(v.infinitive)) ||
      isCalledIn(reading, v)
    );
  });
  if (!verb || verb.negative || /\b(will|would|could|might|may|shall|should|to)\b/.test(verb.auxiliary))
    return null;
  if (verb.tense !== 'PastTense' && !/\bhad\b/.test(verb.auxiliary)) return null;
  if (side === 'after' && !/\bhad\b/.test(verb.auxiliary)) return null;
  if (!subjectIsParty(reading, verb.first, fact)) return null;
  let end = verb.last + 1;
  while (end < tokens.length && !/^(and|but|before|after|where|when)$/.test(tokens[end]!.normal)) end += 1;
  return { reading, from: verb.last + 1, to: end };
}

// "She arrived at the ministry at 9am on Monday. She spent two hours with Okafor.": a meeting its own words do not
// date (no time named in its clause) that the sentence right before brings a party to, on a day it names, was that
// day. Only one day named there; the meeting keeps its own date when it has one.
function dateFromJourney(
  read: (s: Sentence) => SentenceReading,
  sentence: Sentence | undefined,
  fact: MeetingFact,
): boolean {
  if (fact.date !== null || !fact.recencyMonth) return false;
  const journey = journeyOf(read, sentence, fact, 'before');
  if (!journey) return false;
  const { reading, from, to } = journey;
  const first = reading.tokens[from];
  const last = reading.tokens[to - 1];
  if (!first || !last || to <= from) return false;
  const text = reading.analysis.text.slice(first.start, last.end);
  if (!mayTellPlainDate(text)) return false;
  const { publishedAt, numericDateOrder } = reading.analysis.article;
  const days = findDates(text, publishedAt, { numericOrder: numericDateOrder }).filter(
    d => d.date !== null && d.date.length === 10,
  );
  if (days.length !== 1) return false;
  fact.date = days[0]!.date;
  fact.dateText = days[0]!.text;
  fact.dateBasis = 'text';
  fact.recencyMonth = null;
  return true;
}

// "Duarte visited Tarvena on Tuesday and met Okafor at the palace", "Duarte, who flew to Tarvena on Tuesday, met
// Okafor": a journey of a party told in the meeting's own sentence, in a first conjunct or a relative clause
function ownJourneyPlace(reading: SentenceReading, fact: MeetingFact): string | null {
  const { tokens } = reading;
  for (const verb of reading.verbs) {
    const head = tokens[verb.last]!;
    const visit = head.lemma === 'visit' || verb.infinitive === 'visit';
    if (
      !head.tags.has('Verb') ||
      (!visit &&
        !(TRAVEL_VERBS.has(head.lemma) && TRAVEL_VERBS.has(verb.infinitive)) &&
        !isCalledIn(reading, verb))
    )
      continue;
    // ("Reyes, who is visiting Velmar, held talks": a visit under way)
    const underWay = verb.form === 'progressive' && /^(is|are|was|were)$/.test(verb.auxiliary);
    const calledIn = isCalledIn(reading, verb);
    if (verb.negative || (!underWay && !calledIn && (verb.tense !== 'PastTense' || verb.auxiliary !== '')))
      continue;
    const relative = /^(who|which)$/.test(tokens[verb.first - 1]?.normal ?? '');
    let end = verb.last + 1;
    while (
      end < tokens.length &&
      !/^(and|but|where|when)$/.test(tokens[end]!.normal) &&
      !/,/.test(tokens[end - 1]!.post)
    )
      end += 1;
    // ("arrived at the hall with his lawyer, Lee, and was questioned": an apposition may close the first conjunct)
    let and = end;
    while (and < Math.min(tokens.length, end + 6) && tokens[and]!.normal !== 'and') and += 1;
    const coordinated =
      tokens[and]?.normal === 'and' &&
      reading.verbs.some(v => v.first === and + 1) &&
      !reading.verbs.some(v => v.first >= end && v.first < and);
    if (!relative && !coordinated) continue;
    if (!subjectIsParty(reading, verb.first, fact)) continue;
    const place = visit
      ? findTouredPlace(reading, verb.last + 1, end, null)
      : findPlace(reading, verb.last + 1, end, null);
    if (place) return place;
  }
  return null;
}

// "was summoned to the ministry", "was called to the palace": a person brought somewhere made that journey
function isCalledIn(reading: SentenceReading, verb: VerbPhrase): boolean {
  return (
    /passive/.test(verb.form) &&
    CALLED_IN_VERBS.has(verb.infinitive) &&
    reading.tokens[verb.last + 1]?.normal === 'to'
  );
}

// the nearest mention before the verb, in its clause, is one of the meeting's parties
function subjectIsParty(reading: SentenceReading, verbAt: number, fact: MeetingFact): boolean {
  const { tokens } = reading;
  for (let i = verbAt - 1; i >= 0; i -= 1) {
    const token = tokens[i]!;
    if (token.mentions.length > 0) return token.mentions.some(m => fact.participantIds.includes(m.entityId));
    if (
      /^(and|but|or)$/.test(token.normal) ||
      (i < verbAt - 1 && endsPhrase(token) && /[;.]/.test(token.post))
    )
      return false;
  }
  return false;
}

// a caption that shows two of the meeting's parties, or the one party of the article's only meeting with them,
// and no other person
function captionPlace(
  read: (s: Sentence) => SentenceReading,
  captions: Sentence[],
  fact: MeetingFact,
  facts: MeetingFact[],
): string | null {
  for (const sentence of captions) {
    const reading = read(sentence);
    const people = new Set(
      reading.tokens
        .flatMap(t => t.mentions)
        .map(m => m.entityId)
        .filter(id => reading.analysis.entities.get(id)?.label === 'Person'),
    );
    if ([...people].some(id => !fact.participantIds.includes(id))) continue;
    const shown = fact.participantIds.filter(id => people.has(id));
    const alone =
      shown.length === 1 &&
      facts.filter(f => f.status === 'reported' && !f.attachOnly && f.participantIds.includes(shown[0]!))
        .length === 1;
    if (shown.length < 2 && !alone) continue;
    const place = findPlace(reading, 0, reading.tokens.length, null);
    if (place) return place;
  }
  return null;
}

// "KELSPORT — Duarte met Okafor on Tuesday at the town hall": a wire dateline names where the story was filed; a
// meeting told as of the days just before the filing (within two days of publication, or by a weekday, "today",
// "yesterday" within the week) took place there when the text names no town for it
function datelinePlace(analysis: ArticleAnalysis, fact: MeetingFact): string | null {
  const town = analysis.article.datelinePlace;
  if (!town || fact.dateBasis === 'publication') return null;
  const published = analysis.article.publishedAt;
  const days = published && fact.date?.length === 10 ? daysBetween(fact.date, published) : null;
  const recent = days !== null ? days <= 6 : NEAR_DAYS.test(fact.dateText ?? '');
  return recent && (days === null || days <= 2 || NEAR_DAYS.test(fact.dateText ?? '')) ? town : null;
}

/** Words that date a meeting to the days of the filing when no publication date resolves them. */
const NEAR_DAYS =
  /\b(today|tonight|yesterday|this (morning|afternoon|evening)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)('s)?)\b/i;

function daysBetween(date: string, published: string): number {
  const ms = Date.parse(`${published}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) || ms < 0 ? Infinity : ms / 86_400_000;
}

/** "Duarte (left) and Okafor at the hotel", "Duarte, right, greets Okafor": the positions a photo caption gives. */
const PHOTO_POSITION = /\((left|right|centre|center|L|R|C)\)|,\s(left|right|centre|center),/;

function isPhotoCaption(text: string): boolean {
  return PHOTO_POSITION.test(text);
}

// "the presidential palace", "a hotel": a venue the text names no town for
function isUnnamedVenue(place: string): boolean {
  return !/[A-Z]/.test(place);
}

// "the palace" + "Tarvena" -> "the palace in Tarvena"; a fuller account of the same venue replaces it
function mergePlaces(told: string | null, found: string): string {
  if (told === null) return found;
  if (found.toLowerCase().includes(told.toLowerCase().replace(/^(the|a|an) /, ''))) return found;
  const named = found.split(' ').every(w => /^[A-Z]/.test(w));
  return named ? `${told} in ${found}` : told;
}
